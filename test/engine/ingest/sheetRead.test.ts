// misc47: a sheet that failed at its header (a required column missing, no header row) was still
// read to its end, its rows unused: a 1M-row customers file given as --transactions took 6.4-7.4
// CPU-s to be told 金额 is missing. The read now stops at the header, as a customers file of another
// kind already did (customersAreOther.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { openCsv } from "../../../src/workbook/file";
import { countedSource } from "./countedSource";

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];
const transactions: Grid = [
  ["客户编号", "日期", "金额"],
  ["C1", "2025-01-05", 100],
  ["C2", "2025-01-06", 200],
];
/** 5,000 rows under `header`. */
function big(header: string[]): Grid {
  return [header, ...Array.from({ length: 5000 }, (_, i) => [`C${i % 2}`, "2025-01-05", `x${i}`])];
}

describe.each([
  ["by row", memorySource],
  ["by column", memoryColumnSource],
])("%s, in blocks of 100", (_, make) => {
  test("a required sheet missing a column: one block read of 5,001 rows, the same words", async () => {
    const { source, handed } = countedSource(
      make({ 客户: customers, 交易: big(["客户编号", "日期", "备注"]) }, 100),
      "交易",
    );
    const failed = await ingestWorkbook(source, { asOf }).catch((e: unknown) => e);
    if (!(failed instanceof InputError)) throw new Error("no input error");
    expect(failed.in("zh-CN")).toMatch(/^工作表“交易”：缺少必需的列“金额”/);
    expect(failed.in("en-US")).toMatch(/^sheet “交易”: Required column “Amount” is missing/);
    expect(handed.rows).toBe(100);
  });

  test("an optional sheet with no header row: one block read, said, and the run goes on", async () => {
    const noHeader = big(["x1", "x2", "x3"]);
    noHeader.shift();
    const { source, handed } = countedSource(
      make({ 客户: customers, 交易: transactions, 投诉: noHeader }, 100),
      "投诉",
    );
    const { dataset, findings } = await ingestWorkbook(source, { asOf });
    expect(dataset.customers.count).toBe(2);
    expect(findings.filter((f) => f.kind === "complaints").map((f) => f.code)).toEqual([
      "header_not_found",
    ]);
    expect(handed.rows).toBe(100);
  });
});

test("a CSV file missing a required column: its reader stops after the first block, same words", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ca-stop-at-header-"));
  try {
    const write = (name: string, rows: Grid) => {
      const file = path.join(dir, name);
      writeFileSync(file, rows.map((r) => r.join(",")).join("\n") + "\n");
      return file;
    };
    const files = {
      customers: write("客户.csv", customers),
      transactions: write("交易.csv", big(["客户编号", "日期", "备注"])),
    };
    // No aside worker: the transactions are read on this thread, where they are counted.
    const inner = openCsv(files, { blockRows: 100, workerScript: null });
    const { source, handed } = countedSource(inner, (await inner.sheetNames())[1]);
    const failed = await ingestWorkbook(source, { asOf }).catch((e: unknown) => e);
    if (!(failed instanceof InputError)) throw new Error("no input error");
    expect(failed.in("en-US")).toMatch(
      /^Transactions file .*交易\.csv: Required column “Amount” is missing/,
    );
    expect(handed.rows).toBe(100);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Stop 62: the footnote check (sheet.ts footnoteLabel: is this row's one filled cell a `注：…`?)
// made the text of the first two cells of every row to see they were not blank: on the 100k CSVs
// ~0.25 CPU-s of decoding 1,000,000 transaction rows. A raw cell's blankness is told from its bytes.
test("a CSV's full rows are not decoded to be told from a footnote", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "footnote-decode-"));
  const rows = 2000;
  const buffer = Buffer.prototype as unknown as { utf8Slice: (...a: unknown[]) => string };
  const utf8Slice = buffer.utf8Slice;
  let byFootnote = 0;
  try {
    const files = { customers: path.join(dir, "c.csv"), transactions: path.join(dir, "t.csv") };
    const ids = Array.from({ length: 20 }, (_, i) => String(1000 + i));
    writeFileSync(
      files.customers,
      ["客户编号,客户名称", ...ids.map((id) => `${id},甲`)].join("\n"),
    );
    const day = (i: number) => `2025-01-${String(1 + (i % 28)).padStart(2, "0")}`;
    const lines = Array.from(
      { length: rows },
      (_, i) => `${ids[i % 20]},${day(i)},${i + 1},SO${i}`,
    );
    writeFileSync(
      files.transactions,
      ["客户编号,日期,金额,订单号", ...lines, "注：金额单位为元"].join("\n"),
    );
    // Each decoding of a cell's bytes, counted when the footnote check asked for it.
    buffer.utf8Slice = function (this: Buffer, ...args: unknown[]) {
      if (new Error().stack?.includes("footnoteLabel")) byFootnote++;
      return utf8Slice.apply(this, args);
    };
    const source = openCsv(files, { blockRows: 500, workerScript: null });
    const { dataset, findings } = await ingestWorkbook(source, { asOf });
    expect(dataset.transactions.count).toBe(rows);
    expect(findings.filter((f) => f.code === "footer_row").map((f) => f.value)).toEqual([
      "注：金额单位为元",
    ]);
    // Before: 4,042 (two cells of each row); now the footnote's own text and the customers' names
    // (a cell of bytes beyond ASCII is decoded to be told from a full-width space: rawBlank).
    expect(byFootnote).toBeLessThan(rows / 50);
  } finally {
    buffer.utf8Slice = utf8Slice;
    rmSync(dir, { recursive: true, force: true });
  }
});
