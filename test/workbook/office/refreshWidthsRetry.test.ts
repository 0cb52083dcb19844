import type { Cell } from "../../../src/engine/cells";
import { tableOf, type ReportColumn, type ReportTable } from "../../../src/engine/report/table";
import { columnWidthPoints } from "../../../src/workbook/office/cells";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { columnWidths } from "../../../src/workbook/office/printLayout";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";
import type { ApiVersion } from "../../../src/workbook/simulator/apiVersion";

// Our columns are fitted on every refresh and a column the user resized keeps their width
// (ownWidths.ts, refreshWidths.test.ts). A refresh that fails part way, or is retried after a
// failure, must not leave our columns taken as the user's for good (reviewer51 F5: 27 fault
// positions did, from a retry comparing the first try's widths with the old record).

const columns: ReportColumn[] = [
  { key: "customerId", header: "客户编号", format: "text" },
  { key: "name", header: "客户名称", format: "text" },
  { key: "risk", header: "流失风险", format: "text" },
];

/** The segments tab with `name` as every customer's name. */
function segments(name: string, n = 4): ReportTable {
  return tableOf(
    "segments",
    "客户分类",
    columns,
    Array.from({ length: n }, (_, i): Cell[] => [`C${i + 1}`, name, i % 2 ? "高" : "低"]),
  );
}

const SHORT = "张三";
const LONG = "上海浦东新区某某国际贸易有限公司华东大区采购部";

function setup(apiVersion: ApiVersion = "1.17") {
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]] });
  wb.apiVersion = apiVersion;
  const excel = createSimulatedExcel(wb);
  const book = new OfficeWorkbook(excel.run, {
    lang: "zh-CN",
    supports: (v) => wb.isSetSupported("ExcelApi", v),
  });
  return { wb, book };
}

/** The widths (points) of the first `n` columns of `sheet`, as Excel reports them. */
function widths(wb: SimWorkbook, sheet: string, n: number): number[] {
  const s = wb.sheet(sheet);
  return Array.from({ length: n }, (_, j) => s.columnWidths.get(j) ?? 48);
}

/** The widths the add-in gives a table's columns, in points (the file's fitted widths). */
const fitted = (t: ReportTable) => columnWidths(t).map(columnWidthPoints);

describe("a refresh whose commit fails or is retried part way", () => {
  test("at any fault, two later refreshes fit the name column to what it holds again", async () => {
    // How many syncs a LONG refresh takes.
    const probe = setup();
    await probe.book.writeTables([segments(SHORT)]);
    const s0 = probe.wb.stats.syncs;
    await probe.book.writeTables([segments(LONG)]);
    const syncs = probe.wb.stats.syncs - s0;
    const stuck: string[] = [];
    // The last sync saves the record in the workbook's settings: where that save fails, the next
    // refresh compares with the record before it and takes the columns for the user's (a known
    // limit: nothing else in the workbook says which widths were ours).
    for (let n = 1; n < syncs; n++)
      for (let op = 1; op <= 80; op += 1) {
        const { wb, book } = setup();
        await book.writeTables([segments(SHORT)]);
        wb.failOperation(n, op);
        let failed = false;
        await book.writeTables([segments(LONG)]).catch(() => (failed = true));
        const afterLong = widths(wb, "客户分类", 3)[1];
        await book.writeTables([segments(SHORT)]).catch(() => undefined);
        await book.writeTables([segments(SHORT)]).catch(() => undefined);
        const w = widths(wb, "客户分类", 3)[1];
        if (w !== fitted(segments(SHORT))[1])
          stuck.push(
            `sync ${n} op ${op} failedWrite=${failed} afterLong=${afterLong} afterShort=${w}`,
          );
      }
    expect({ syncs, stuck }).toEqual({ syncs, stuck: [] });
  }, 600_000);
});
