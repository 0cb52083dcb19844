import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochDay } from "../../../src/engine/parse/date";
import { tableOf } from "../../../src/engine/report/table";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { DateCells } from "../../../src/workbook/file/dateCells";
import { openXlsx } from "../../../src/workbook/file";

// tester11 #4: 首次购买 1900-01-01 on the tab, "1899-12-31" in the JSON. The writer gives each day
// the serial Excel shows it as, on both sides of Excel's fictitious 1900-02-29 (serial 60).
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "excel-serials-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const days: [number, number][] = [
  [epochDay(1900, 1, 1), 1],
  [epochDay(1900, 2, 28), 59],
  [epochDay(1900, 3, 1), 61],
  [epochDay(2025, 3, 7), 45723],
];

async function writtenSerials(): Promise<number[]> {
  const out = join(dir, "serials.xlsx");
  const table = tableOf(
    "segments",
    "客户分类",
    [
      { key: "customerId", header: "客户编号", format: "text" },
      { key: "firstPurchase", header: "首次购买", format: "date" },
      { key: "at", header: "时间", format: "text" },
    ],
    // A date column (epoch days) and a Date in a text column: the two ways a date is written.
    days.map(([day], i) => [`C${i}`, day, new Date(day * 86_400_000)]),
  );
  await new XlsxReportWriter(out, { lang: "zh-CN" }).writeTables([table]);
  const zip = await ZipReader.open(out);
  const sheet = zip.names().find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const xml = await zip.readText(sheet);
  zip.close();
  return [...xml.matchAll(/<v>([\d.]+)<\/v>/g)].map((m) => +m[1]);
}

test("1900-01-01, 1900-02-28, 1900-03-01 are written as serials 1, 59, 61 (what Excel shows them as)", async () => {
  const serials = await writtenSerials();
  expect(serials).toEqual(days.flatMap(([, s]) => [s, s]));
  expect(serials).not.toContain(60);
});

test("the reader takes serials 1, 59, 61 back to the same days, and 60 (1900-02-29, no such day) as no date", async () => {
  await writtenSerials();
  const rows: unknown[][] = [];
  await (
    await openXlsx(join(dir, "serials.xlsx"))
  ).readSheet("客户分类", (b) => void rows.push(...b));
  const read = rows.slice(1).map((r) => (r[1] as Date).getTime() / 86_400_000);
  expect(read).toEqual(days.map(([day]) => day));

  const told: number[] = [];
  const cells = new DateCells({ isDate: () => true }, false);
  cells.onNotADate = (_row, _column, value) => void told.push(value);
  expect([1, 59, 61].map((s) => cells.dayOf(s, 2, 1))).toEqual([
    epochDay(1900, 1, 1),
    epochDay(1900, 2, 28),
    epochDay(1900, 3, 1),
  ]);
  expect(cells.hasDay(60)).toBe(false);
  expect(cells.dayOf(60, 2, 1)).toBeNaN();
  expect(told).toEqual([60]);
  // The 1904 system has no false leap day: its serial 60 is a day (1904-03-01).
  expect(new DateCells({ isDate: () => true }, true).dayOf(60, 2, 1)).toBe(epochDay(1904, 3, 1));
});
