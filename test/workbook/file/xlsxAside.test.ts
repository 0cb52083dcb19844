import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AsideOutcome } from "../../../src/engine/ingest/aside";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { writeSample } from "../../../src/sample/write";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { randomBook } from "../../engine/ingest/randomTransactions";
import { buildAsideThread } from "./asideBundles";

// The Transactions sheet of a workbook ingested aside in its worker (xlsxAsideWorker.ts) while the
// customers are ingested: the worker opens the workbook itself (inline strings as we write them,
// shared strings as Excel does), and its outcome gives the dataset and findings of the read in
// order; a customer it cannot join, or a damaged sheet, is read again in order (same error).

let dir: string;
let asideScript: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-aside-"));
  asideScript = await buildAsideThread(dir, ["xlsxAside"]);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asOf = epochDay(2025, 12, 31);

/** openXlsx with the aside worker, noting each outcome and reads of the transactions sheet here. */
async function watched(file: string, transactions: string) {
  const source = await openXlsx(file, { asideScript, asideMinBytes: 0, blockRows: 500 });
  const seen = { outcomes: [] as (AsideOutcome | null)[], readHere: 0 };
  const watchedSource: GridSource = {
    ...source,
    readColumns: (name, ...rest) => {
      if (name === transactions) seen.readHere++;
      return source.readColumns!(name, ...rest);
    },
    ingestAside: (job, onProgress) => {
      const started = source.ingestAside!(job, onProgress);
      if (!started) return null;
      return {
        outcome: async () => {
          const o = await started.outcome();
          seen.outcomes.push(o);
          return o;
        },
        cancel: started.cancel,
        soFar: started.soFar,
      };
    },
  };
  return { source: watchedSource, seen };
}

/** The same workbook read in order, on this thread. */
async function inOrder(file: string) {
  return ingestWorkbook(await openXlsx(file, { asideScript: null, blockRows: 500 }), { asOf });
}

/** A workbook as Excel writes it (shared strings): ids as numbers and as digit texts, bad rows. */
async function excelBook(file: string, unknownCustomer = false): Promise<void> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户");
  customers.addRow(["客户编号", "客户名称", "地区"]);
  for (let i = 0; i < 400; i++) customers.addRow([1000 + i, `客户${i}`, i % 2 ? "华东" : "华南"]);
  const sheet = book.addWorksheet("交易");
  sheet.addRow(["客户编号", "日期", "金额", "订单号", "产品"]);
  for (let j = 0; j < 3000; j++) {
    const id = j % 3 ? 1000 + ((j * 7) % 400) : String(1000 + ((j * 11) % 400));
    const date = j % 89 === 3 ? "2025-13-01" : new Date(Date.UTC(2025, j % 12, 1 + (j % 27)));
    const amount = j % 83 === 5 ? "abc" : j % 71 === 6 ? -5 : (j % 97) + 0.25;
    sheet.addRow([id, date, amount, `SO${j}`, `产品${j % 13}`]);
    if (j === 300) sheet.addRow([]);
    if (j === 301) sheet.addRow(["合计", null, 12345]);
  }
  if (unknownCustomer) sheet.addRow([9999, new Date(Date.UTC(2025, 2, 1)), 5, "SO-x", "甲"]);
  sheet.getColumn(2).numFmt = "yyyy-mm-dd";
  await book.xlsx.writeFile(file);
}

/** One sheet's shared-string cells rewritten as inline strings (exceljs writes shared ones only). */
async function inlineStrings(file: string, part: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const texts = [...sst.matchAll(/<si><t(?: [^>]*)?>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  const xml = await zip.file(part)!.async("string");
  const inline = xml.replace(
    /<c r="([A-Z]+\d+)"((?: s="\d+")?) t="s"><v>(\d+)<\/v><\/c>/g,
    (_m, ref: string, style: string, k: string) =>
      `<c r="${ref}"${style} t="inlineStr"><is><t>${texts[Number(k)]}</t></is></c>`,
  );
  zip.file(part, inline);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The offset of a part's first stored byte (its local header found by name). */
function dataStart(bytes: Buffer, part: string): number {
  const at = bytes.indexOf(Buffer.from(part, "latin1"));
  const header = at - 30;
  expect(bytes.readUInt32LE(header)).toBe(0x04034b50);
  return header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
}

describe("a workbook's transactions ingested aside in its worker", () => {
  test("inline strings (a generated workbook): the worker's outcome, the same dataset", async () => {
    const file = join(dir, "sample.xlsx");
    const sample = { seed: 3, customers: 200, transactions: 2500, problems: false };
    await writeSample(sample, "xlsx", file);
    const zip = await ZipReader.open(file);
    expect(zip.has("xl/sharedStrings.xml")).toBe(false);
    zip.close();
    const { source, seen } = await watched(file, "交易");
    const got = await ingestWorkbook(source, { asOf });
    expect(seen.readHere).toBe(0);
    expect(seen.outcomes).toHaveLength(1);
    expect(seen.outcomes[0]?.void).toBe(false);
    // The worker checked the sheet's part: the writer copies it without inflating it again.
    const again = await ZipReader.open(file);
    expect(again.isVerified("xl/worksheets/sheet2.xml")).toBe(true);
    again.close();
    expect(got).toEqual(await inOrder(file));
    expect(got.dataset.transactions.count).toBeGreaterThan(2000);
  });

  test("inline strings with bad rows: the same dataset and findings, in row order", async () => {
    const file = join(dir, "inline.xlsx");
    await excelBook(file);
    await inlineStrings(file, "xl/worksheets/sheet2.xml");
    const zip = await ZipReader.open(file);
    const xml = await zip.readText("xl/worksheets/sheet2.xml");
    zip.close();
    expect(xml).toMatch(/t="inlineStr"/);
    expect(xml).not.toMatch(/t="s"/);
    const expected = await inOrder(file);
    const { source, seen } = await watched(file, "交易");
    const got = await ingestWorkbook(source, { asOf });
    expect(got).toEqual(expected);
    expect(seen.readHere).toBe(0);
    const rows = got.findings.filter((f) => f.kind === "transactions").map((f) => f.row);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  test("shared strings (as Excel writes): the worker reads them, the same dataset and findings", async () => {
    const file = join(dir, "excel.xlsx");
    await excelBook(file);
    const zip = await ZipReader.open(file);
    expect(await zip.readText("xl/worksheets/sheet2.xml")).toMatch(/t="s"/);
    zip.close();
    const expected = await inOrder(file);
    const { source, seen } = await watched(file, "交易");
    const got = await ingestWorkbook(source, { asOf });
    expect(got).toEqual(expected);
    expect(seen.readHere).toBe(0);
    expect(seen.outcomes[0]?.void).toBe(false);
    expect(got.dataset.transactions.count).toBeGreaterThan(2900);
    const rows = got.findings.filter((f) => f.kind === "transactions").map((f) => f.row);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(got.findings.every((f) => f.file === file)).toBe(true);
  });

  test("the file replaced between the two opens: the worker's outcome dropped, read here", async () => {
    const file = join(dir, "replaced.xlsx");
    const other = join(dir, "replacement.xlsx");
    await excelBook(file);
    await excelBook(other);
    await inlineStrings(other, "xl/worksheets/sheet2.xml"); // the same rows, other bytes
    const expected = await inOrder(file);
    const { source, seen } = await watched(file, "交易");
    renameSync(other, file); // this thread still reads the file it opened
    const got = await ingestWorkbook(source, { asOf });
    expect(got).toEqual(expected);
    expect(seen.outcomes).toEqual([null]);
    expect(seen.readHere).toBe(1);
  });

  test("the file replaced by one with the same sheet and other shared strings: read here", async () => {
    // Both written by JSZip alike, so the transactions sheet's part is the same, record and all;
    // only two shared strings (products) trade places.
    const excel = join(dir, "excel-sst.xlsx");
    await excelBook(excel);
    const zip = await JSZip.loadAsync(readFileSync(excel));
    const write = async (to: string) =>
      writeFileSync(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const file = join(dir, "sst.xlsx");
    const other = join(dir, "sst-swapped.xlsx");
    await write(file);
    const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
    const swapped = sst.replace(
      /<t>产品([12])<\/t>/g,
      (_m, k: string) => `<t>产品${3 - Number(k)}</t>`,
    );
    expect(swapped).not.toBe(sst);
    zip.file("xl/sharedStrings.xml", swapped);
    await write(other);
    const sheetOf = async (f: string) => {
      const z = await ZipReader.open(f);
      try {
        return [z.part("xl/worksheets/sheet2.xml"), z.part("xl/sharedStrings.xml")];
      } finally {
        z.close();
      }
    };
    const [a, b] = [await sheetOf(file), await sheetOf(other)];
    expect(b[0]).toEqual(a[0]);
    expect(b[1]).not.toEqual(a[1]);
    const expected = await inOrder(file);
    expect(await inOrder(other)).not.toEqual(expected); // the products differ
    const { source, seen } = await watched(file, "交易");
    renameSync(other, file); // this thread still reads the file it opened
    const got = await ingestWorkbook(source, { asOf });
    expect(got).toEqual(expected);
    expect(seen.outcomes).toEqual([null]);
    expect(seen.readHere).toBe(1);
  });

  test("an unknown customer: its row taken out of the worker's outcome, the same result", async () => {
    const file = join(dir, "unknown.xlsx");
    await excelBook(file, true);
    const expected = await inOrder(file);
    const { source, seen } = await watched(file, "交易");
    expect(await ingestWorkbook(source, { asOf })).toEqual(expected);
    expect(seen.readHere).toBe(0);
    expect(expected.findings.filter((f) => f.code === "unknown_customer")).toHaveLength(1);
  });

  test("random workbooks with unknown customer ids: the same dataset and findings as in order", async () => {
    let kept = 0;
    for (let seed = 201; seed <= 212; seed++) {
      const { customers, transactions, unknownRows } = randomBook(seed, true);
      const book = new ExcelJS.Workbook();
      for (const [name, grid] of [
        ["Customers", customers],
        ["Transactions", transactions],
      ] as const) {
        const sheet = book.addWorksheet(name);
        for (const row of grid) sheet.addRow(row as unknown[]);
      }
      const file = join(dir, `random${seed}.xlsx`);
      await book.xlsx.writeFile(file);
      const expected = await inOrder(file).catch((e) => e);
      const { source, seen } = await watched(file, "Transactions");
      const got = await ingestWorkbook(source, { asOf }).catch((e) => e);
      expect({ seed, got }).toEqual({ seed, got: expected });
      if (unknownRows > 0 && seen.readHere === 0) kept++;
    }
    expect(kept).toBeGreaterThanOrEqual(5); // not vacuous: outcomes kept despite unknown ids
  }, 120_000);

  test("a damaged transactions sheet: the same error as read in order", async () => {
    const good = join(dir, "excel.xlsx");
    const file = join(dir, "damaged.xlsx");
    copyFileSync(good, file);
    const bytes = readFileSync(file);
    const at = dataStart(bytes, "xl/worksheets/sheet2.xml") + 2000;
    bytes[at] ^= 0x55;
    writeFileSync(file, bytes);
    const expected = await inOrder(file).catch((e) => e);
    const { source, seen } = await watched(file, "交易");
    const got = await ingestWorkbook(source, { asOf }).catch((e) => e);
    expect(String(got)).toBe(String(expected));
    expect(String(got)).toMatch(/sheet2\.xml/);
    expect(seen.outcomes).toEqual([null]);
    expect(seen.readHere).toBe(1);
  });
});
