import type { Cell } from "../../../src/engine/cells";
import { RETIRED_COLUMNS } from "../../../src/engine/report/outputTabs";
import { tableOf, type ReportColumn } from "../../../src/engine/report/table";
import type { Lang } from "../../../src/engine/schema";
import { say } from "../../../src/engine/words/catalog";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";
import type { ApiVersion } from "../../../src/workbook/simulator/apiVersion";

// reviewer12 D1: the P(alive) column was taken off the MIDDLE of the segments tab (stop 36). A
// refresh copies the new header row over the live table's; without deleting the retired column
// first, each later header lands on its left neighbour and Excel renames that column, taking the
// user's references with it (CA_segments[客户终身价值（12 个月）] ended up naming 预计下次购买日).

const retired = RETIRED_COLUMNS.segments!.find((c) => c.key === "pAlive")!;

function layout(lang: Lang, withRetired: boolean): ReportColumn[] {
  const h = (code: "id" | "nextFollowUp" | "expectedPurchases" | "clv" | "expectedNextPurchase") =>
    say(lang, "segmentColumns", code, { days: 90, months: 12 });
  return [
    { key: "id", header: h("id"), format: "text" },
    { key: "nextFollowUp", header: h("nextFollowUp"), format: "text" },
    ...(withRetired
      ? [{ key: "pAlive", header: retired.header[lang], format: "percent" } as ReportColumn]
      : []),
    { key: "expectedPurchases", header: h("expectedPurchases"), format: "number" },
    { key: "clv", header: h("clv"), format: "money" },
    { key: "expectedNextPurchase", header: h("expectedNextPurchase"), format: "text" },
  ];
}

/** Three rows; each column's cells carry a value of their own, so a moved column shows. */
function rows(columns: ReportColumn[]): Cell[][] {
  const value: Record<string, (i: number) => Cell> = {
    id: (i) => `C${i}`,
    nextFollowUp: () => "2026-01-05",
    pAlive: () => 0.5,
    expectedPurchases: () => 2,
    clv: () => 1000,
    expectedNextPurchase: () => "2026-02-01",
  };
  return Array.from({ length: 3 }, (_, i) => columns.map((c) => value[c.key](i)));
}

const cases: [ApiVersion, Lang][] = [
  ["1.17", "zh-CN"],
  ["1.9", "zh-CN"],
  ["1.17", "en-US"],
  ["1.9", "en-US"],
];

describe("a refresh over a table with a column the registry retired", () => {
  test.each(cases)(
    "ExcelApi %s, %s: references to the retired column turn #REF!, every later one keeps its column",
    async (apiVersion, lang) => {
      const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]], mine: [["mine"]] });
      wb.apiVersion = apiVersion;
      const book = new OfficeWorkbook(createSimulatedExcel(wb).run, {
        lang,
        supports: (v) => wb.isSetSupported("ExcelApi", v),
      });
      const before = layout(lang, true);
      const after = layout(lang, false);
      await book.writeTables([tableOf("segments", "Segments", before, rows(before))]);
      const table = wb.tablesOn(wb.sheet("Segments"))[0].name;
      const mine = wb.sheet("mine");
      // A user's formulas naming the retired column and each column after it.
      const named = before.slice(2).map((c) => c.header);
      named.forEach((h, i) => mine.formulas.set((i + 1) * 16384, `=SUM(${table}[${h}])`));

      await book.writeTables([tableOf("segments", "Segments", after, rows(after))]);

      const live = wb.tablesOn(wb.sheet("Segments"))[0];
      expect(live.columns).toEqual(after.map((c) => c.header));
      expect(named.map((_, i) => mine.formula(i + 1, 0))).toEqual([
        "=SUM(#REF!)",
        ...named.slice(1).map((h) => `=SUM(${table}[${h}])`),
      ]);
      // The lifetime-value column holds lifetime values (not the dates to its right).
      const clv = after.findIndex((c) => c.key === "clv");
      expect([1, 2, 3].map((r) => wb.sheet("Segments").value(r, clv))).toEqual([1000, 1000, 1000]);
    },
  );

  test("a table without the retired column is refreshed as before (nothing deleted)", async () => {
    const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]], mine: [["mine"]] });
    const book = new OfficeWorkbook(createSimulatedExcel(wb).run, {
      lang: "zh-CN",
      supports: (v) => wb.isSetSupported("ExcelApi", v),
    });
    const now = layout("zh-CN", false);
    await book.writeTables([tableOf("segments", "Segments", now, rows(now))]);
    const table = wb.tablesOn(wb.sheet("Segments"))[0].name;
    wb.sheet("mine").formulas.set(16384, `=SUM(${table}[${now[3].header}])`);
    await book.writeTables([tableOf("segments", "Segments", now, rows(now))]);
    expect(wb.tablesOn(wb.sheet("Segments"))[0].columns).toEqual(now.map((c) => c.header));
    expect(wb.sheet("mine").formula(1, 0)).toBe(`=SUM(${table}[${now[3].header}])`);
  });
});

describe("the simulator deletes a table column as Excel does", () => {
  test("TableColumn.delete in the middle: cells move left with their names, only its references break", async () => {
    const wb = SimWorkbook.fromSheets({
      S: [
        ["A", "B", "C", "D"],
        [1, 2, 3, 4],
        [5, 6, 7, 8],
      ],
      mine: [["mine"]],
    });
    const excel = createSimulatedExcel(wb);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:D3", true).name = "T";
      await context.sync();
    });
    const mine = wb.sheet("mine");
    ["A", "B", "C", "D"].forEach((h, i) => mine.formulas.set((i + 1) * 16384, `=SUM(T[${h}])`));
    mine.formulas.set(5 * 16384, "=SUM(T[[#This Row],[C]])+SUM(T[[B]:[B]])");
    await excel.run(async (context) => {
      const column = context.workbook.tables.getItem("T").columns.getItemOrNullObject("b");
      const none = context.workbook.tables.getItem("T").columns.getItemOrNullObject("Z");
      await context.sync();
      expect([column.isNullObject, none.isNullObject]).toEqual([false, true]);
      column.delete();
      await context.sync();
    });
    const t = wb.tablesOn(wb.sheet("S"))[0];
    expect(t.columns).toEqual(["A", "C", "D"]);
    expect(t.rect.columnCount).toBe(3);
    const s = wb.sheet("S");
    expect([0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => s.value(r, c)))).toEqual([
      ["A", "C", "D", undefined],
      [1, 3, 4, undefined],
      [5, 7, 8, undefined],
    ]);
    expect([1, 2, 3, 4, 5].map((r) => mine.formula(r, 0))).toEqual([
      "=SUM(T[A])",
      "=SUM(#REF!)",
      "=SUM(T[C])",
      "=SUM(T[D])",
      "=SUM(T[[#This Row],[C]])+SUM(#REF!)",
    ]);
  });
});
