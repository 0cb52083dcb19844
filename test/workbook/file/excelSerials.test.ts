import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochDay } from "../../../src/engine/parse/date";
import { tableOf } from "../../../src/engine/report/table";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ZipReader } from "../../../src/workbook/file/zipReader";

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
