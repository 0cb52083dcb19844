import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { frozenClock, type Clock } from "../../src/cli/clock";
import { main } from "../../src/cli/main";
import type { Lang } from "../../src/engine/schema";
import { tableOf } from "../../src/engine/report/table";
import { XlsxReportWriter } from "../../src/workbook/file";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The "now" of every CLI test: a weekday morning, so "today" is 2026-01-01 in any time zone. */
export const CLI_TEST_NOW = new Date(2026, 0, 1, 9, 30);

/**
 * Runs the CLI in-process and captures what it prints. The clock stands still at CLI_TEST_NOW, so
 * progress lines (due after a second of wall time) never appear however busy the machine is.
 *
 * @example const r = await cli("analyze", "/nonexistent/book.xlsx", "--lang", "en-US"); // r.code 2
 */
export async function cli(...argv: string[]): Promise<CliRun> {
  return cliOnClock(frozenClock(CLI_TEST_NOW), ...argv);
}

/**
 * The same on a clock of the test's own (e.g. one that moves, to check the times a run reports).
 *
 * @example await cliOnClock(frozenClock(), "--help")
 */
export async function cliOnClock(clock: Clock, ...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const o = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((s) => ((out += String(s)), true));
  const e = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(argv, clock);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** A scratch folder for one test file: made before its tests, removed after. */
export interface Scratch {
  /** The folder (valid inside tests and hooks). */
  readonly dir: string;
  /** Writes `name` in the folder and returns its path. */
  write(name: string, content: string | Buffer): string;
  /** A path in the folder (not written). */
  path(...parts: string[]): string;
}

/**
 * Registers beforeAll/afterAll hooks for a scratch folder named `${prefix}…` under the system's
 * temporary folder.
 *
 * @example const scratch = scratchFolder("ca-msg-"); // then scratch.write("c.csv", "…")
 */
export function scratchFolder(prefix: string): Scratch {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    write(name, content) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    path: (...parts) => path.join(dir, ...parts),
  };
}

/**
 * One customer and one sale as CSVs in `scratch` (Chinese headers), analysed as of 2025-12-31 with
 * `options` (the outputs, --lang …) and --quiet: the run the output-file tests share (outputName,
 * lockedOutput).
 *
 * @example await analyseOneSale(scratch, "-o", scratch.path("a.xlsx"), "--lang", "en-US")
 */
export function analyseOneSale(scratch: Scratch, ...options: string[]): Promise<CliRun> {
  const customers = scratch.write("c.csv", "客户编号\nA\n");
  const transactions = scratch.write("t.csv", "客户编号,日期,金额\nA,2025-06-01,10\n");
  return cli(
    "analyze",
    "--customers",
    customers,
    "--transactions",
    transactions,
    "--as-of",
    "2025-12-31",
    ...options,
    "--quiet",
  );
}

/**
 * `n` customers C0…C(n-1) named `${prefix}${i}`, and one sale each in 2025 (month 1 + i mod 9,
 * amount 100 + i), as CSV texts with Chinese headers: the data the previous-run tests compare
 * (previousOtherData, replacedOutput). The same ids under another prefix are "other data".
 *
 * @example namedCustomersCsv(2, "甲公司") // "客户编号,客户名称\nC0,甲公司0\nC1,甲公司1"
 */
export function namedCustomersCsv(n: number, prefix: string): string {
  return (
    "客户编号,客户名称\n" + Array.from({ length: n }, (_, i) => `C${i},${prefix}${i}`).join("\n")
  );
}

/** One sale for each of namedCustomersCsv's `n` customers (see there). */
export function oneSaleEachCsv(n: number): string {
  return (
    "客户编号,日期,金额\n" +
    Array.from({ length: n }, (_, i) => `C${i},2025-0${1 + (i % 9)}-10,${100 + i}`).join("\n")
  );
}

/**
 * Writes `file`, a workbook of the user's (no tab marked ours): each sheet a header row and rows
 * of text, and returns its path. The input of the CLI tests that refresh a workbook.
 *
 * @example await userWorkbook(scratch.path("台账.xlsx"), { 客户: [["客户编号"], ["A"]], 交易: … })
 */
export async function userWorkbook(
  file: string,
  sheets: Record<string, string[][]>,
  lang: Lang = "zh-CN",
): Promise<string> {
  await new XlsxReportWriter(file, { lang, markOwned: false }).writeTables(
    Object.entries(sheets).map(([sheet, rows]) =>
      tableOf(
        "customerList",
        sheet,
        rows[0].map((h) => ({ key: h, header: h, format: "text" as const })),
        rows.slice(1),
      ),
    ),
  );
  return file;
}

/**
 * A small workbook of the user's (no tab of ours) in the scratch folder: 客户 and 交易 of six
 * customers, two purchases each. The refresh tests' input.
 *
 * @example const book = await sixCustomerBook(scratch, "台账.xlsx")
 */
export function sixCustomerBook(scratch: Scratch, name: string): Promise<string> {
  const ids = [1, 2, 3, 4, 5, 6];
  return userWorkbook(scratch.path(name), {
    客户: [["客户编号", "客户名称"], ...ids.map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ...ids.flatMap((i) => [
        [`C${i}`, `2025-0${i}-03`, String(100 * i)],
        [`C${i}`, `2025-1${i % 2}-05`, String(50 * i)],
      ]),
    ],
  });
}

/**
 * The number formats a workbook's styles define (styles.xml `formatCode`s, quotes unescaped).
 *
 * @example expect(await numberFormatsOf(out)).toContain('"$"#,##0.00')
 */
export async function numberFormatsOf(file: string): Promise<string[]> {
  const pkg = await XlsxPackage.open(file);
  try {
    const styles = await pkg.zip.readText("xl/styles.xml");
    return [...styles.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"'));
  } finally {
    pkg.close();
  }
}
