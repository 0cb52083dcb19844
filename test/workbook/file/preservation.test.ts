import { convertWithLibreOffice, hasOpenpyxl, hasSoffice, runPython } from "./otherReaders";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { ZipReader } from "../../../src/workbook/file/zipReader";

/**
 * Issue 11, "Done when": a workbook with an Excel table, a pivot table with its cache, a chart,
 * comments, data validation, conditional formatting and a formula comes back from the CLI with all
 * of them intact (every part byte for byte), opens in LibreOffice and reads in exceljs and
 * openpyxl; a second run replaces our tabs in place. The fixture is made by
 * fixtures/make-rich-workbook.py (openpyxl plus hand-written pivot parts).
 */

const FIXTURE = join(__dirname, "fixtures", "rich-workbook.xlsx");
/** The parts a run rewrites; every other part of the input must come back byte for byte. */
const REWRITTEN = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "docProps/app.xml",
  "xl/styles.xml",
]);

let dir: string;
let input: string;
let run1: string;
let run2: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-preserve-"));
  input = join(dir, "rich.xlsx");
  copyFileSync(FIXTURE, input);
  run1 = join(dir, "run1.xlsx");
  run2 = join(dir, "run2.xlsx");
  const quiet = ["--as-of", "2025-12-31", "--lang", "zh-CN", "-q"];
  expect(await main(["analyze", input, "-o", run1, ...quiet])).toBe(0);
  expect(await main(["analyze", run1, "-o", run2, ...quiet])).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await ZipReader.open(path);
  const out = new Map<string, Buffer>();
  for (const name of zip.names()) out.set(name, await zip.readBuffer(name));
  zip.close();
  return out;
}

describe("a rich workbook through the CLI", () => {
  it("keeps every part of the user's workbook byte for byte, in both runs", async () => {
    const before = await parts(input);
    for (const out of [run1, run2]) {
      const after = await parts(out);
      for (const [name, bytes] of before) {
        if (REWRITTEN.has(name)) continue;
        expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
      }
    }
    // What the fixture holds, so the test cannot pass on an empty one.
    const names = [...before.keys()];
    for (const kind of [
      "tables/",
      "pivotCache/",
      "pivotTables/",
      "charts/",
      "comments/",
      "drawings/",
    ]) {
      expect(names.some((n) => n.includes(kind))).toBe(true);
    }
    const sheet2 = before.get("xl/worksheets/sheet2.xml")!.toString();
    expect(sheet2).toMatch(/<conditionalFormatting/);
    expect(before.get("xl/worksheets/sheet1.xml")!.toString()).toMatch(/<dataValidation/);
    expect(sheet2).toMatch(/<f>SUM\(C2:C13\)<\/f>/);
  });

  it("appends to the styles (the user's formats keep their indices) and rewrites only the lists", async () => {
    const before = (await parts(input)).get("xl/styles.xml")!.toString();
    const after = (await parts(run1)).get("xl/styles.xml")!.toString();
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
    const workbook = (await parts(run1)).get("xl/workbook.xml")!.toString();
    expect(workbook).toMatch(/<pivotCache cacheId="1" r:id="rIdPivotCache1"\/>/);
    expect(workbook).toMatch(/fullCalcOnLoad="1"/);
  });

  it("replaces our tabs in place on the second run: same names, positions, sheet ids, tables", async () => {
    const sheetsOf = async (path: string) => {
      const xml = (await parts(path)).get("xl/workbook.xml")!.toString();
      return [...xml.matchAll(/<sheet [^>]*name="([^"]*)" sheetId="(\d+)"/g)].map(
        (m) => `${m[1]}#${m[2]}`,
      );
    };
    const first = await sheetsOf(run1);
    expect(first.slice(0, 3)).toEqual(["客户#1", "交易#2", "透视#3"]);
    expect(first.length).toBeGreaterThan(5);
    // The Changes tab (issue 12) is written from the second run on, so it is the one tab added,
    // right after the Overview (stop-19 tester #16); every earlier tab keeps its name, order and
    // sheet id (names local to a sheet follow it: xlsxWriter.test.ts).
    const second = await sheetsOf(run2);
    const overview = first.findIndex((s) => s.startsWith("概览#"));
    expect(overview).toBeGreaterThan(2);
    expect(second.filter((s) => !s.startsWith("变化#"))).toEqual(first);
    expect(second[overview + 1]).toMatch(/^变化#\d+$/);
    expect(second.length).toBe(first.length + 1);
    const tables = async (path: string) =>
      [...(await parts(path)).entries()]
        .filter(([n]) => n.startsWith("xl/tables/"))
        .map(([, b]) => /name="([^"]*)"/.exec(b.toString())![1])
        .sort();
    expect(await tables(run2)).toEqual(expect.arrayContaining(await tables(run1)));
    expect(await tables(run1)).toContain("Transactions");
    expect(await tables(run1)).toContain("CA_segments");
  });

  it("reads in exceljs as well as the input does (exceljs 4.4 cannot read this chart's drawing)", async () => {
    const failure = async (path: string) =>
      new ExcelJS.Workbook().xlsx.readFile(path).then(
        () => "read",
        (e: Error) => e.message,
      );
    // exceljs's drawing reader fails on openpyxl's chart anchor in the input itself; our output
    // fails the same way and no other, and without the user's chart exceljs reads it (below).
    expect(await failure(run2)).toBe(await failure(input));
    const noChart = join(dir, "no-chart.xlsx");
    const plainInput = join(dir, "plain-input.xlsx");
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("客户").addRows([
      ["客户编号", "客户名称"],
      ["C001", "客户1"],
    ]);
    const tx = plain.addWorksheet("交易");
    tx.addRows([["客户编号", "日期", "金额"]]);
    tx.addRow(["C001", new Date(Date.UTC(2025, 0, 5)), 120]);
    tx.getCell("F1").value = { formula: "SUM(C2:C2)", result: 120 };
    await plain.xlsx.writeFile(plainInput);
    expect(await main(["analyze", plainInput, "-o", noChart, "--as-of", "2025-12-31", "-q"])).toBe(
      0,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(noChart);
    expect(book.getWorksheet("客户")!.getCell("B2").value).toBe("客户1");
    expect(book.getWorksheet("交易")!.getCell("F1").formula).toBe("SUM(C2:C2)");
    expect(book.worksheets.length).toBeGreaterThan(5);
  });

  (hasOpenpyxl ? it : it.skip)("reads in openpyxl (Debian python3-openpyxl)", () => {
    const script =
      "import sys, openpyxl\n" +
      "wb = openpyxl.load_workbook(sys.argv[1])\n" +
      "print(wb.sheetnames[0], wb['交易']['F1'].value, len(wb.sheetnames))\n";
    const r = runPython(script, run2);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.stdout.trim()).toMatch(/^客户 =SUM\(C2:C13\) \d+$/);
  });

  // CI installs LibreOffice (.ci/run); a machine without it says so here.
  (hasSoffice ? it : it.skip)(
    "opens in LibreOffice headless (converted without error)",
    () => {
      const r = convertWithLibreOffice(run2, dir, "csv");
      expect(r.status).toBe(0);
      expect(existsSync(join(dir, "run2.csv"))).toBe(true);
    },
    300_000,
  );
  if (!hasSoffice) {
    console.warn("LibreOffice (soffice) not found: the open-in-LibreOffice check is skipped here.");
  }
});
