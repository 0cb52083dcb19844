import type { Cell } from "../../../src/engine/cells";
import { applyOutputLimits } from "../../../src/engine/report/limits";
import { tableOf, type ReportTable } from "../../../src/engine/report/table";
import { columnWraps } from "../../../src/workbook/office/printLayout";
import { tableSheetXml } from "./tableSheet";

/**
 * Tester47 L2: a column's width and wrap were fitted to the first 2,000 rows, so a long status a
 * user typed on a kept row further down (the schedule's kept rows come after the planned ones)
 * ran out of the narrow zh 状态 column on paper. The rows holding what a user typed
 * (ReportTable.typedRows) are fitted to as well, by both adapters.
 */
const TYPED = "已约下周二拜访";
const LONG = "客户说下个月再联系，采购预算还没批下来，届时请找财务部王经理确认后再报价";

/** 2,100 rows of our status, `status` typed on row `at`. */
function schedule(status: string, typedRows?: number[], at = 2050): ReportTable {
  const rows: Cell[][] = Array.from({ length: 2100 }, (_, k) => [`C${k}`, "已安排", "逾期 3"]);
  rows[at][1] = status;
  const table = tableOf(
    "followUps",
    "回访计划",
    [
      { key: "customerId", header: "客户编号", format: "text" },
      { key: "status", header: "状态", format: "text" },
      { key: "note", header: "说明", format: "text", width: 48 },
    ],
    rows,
  );
  return typedRows ? { ...table, typedRows } : table;
}

/** The width the sheet gives column B (状态). */
async function statusWidth(table: ReportTable): Promise<number> {
  const xml = await tableSheetXml(table, "zh-CN");
  return Number(/<col min="2" max="2" width="([0-9.]+)"/.exec(xml)?.[1]);
}

test("a typed status past the first 2,000 rows widens its column, as one within them does", async () => {
  const within = await statusWidth(schedule(TYPED, [10], 10));
  expect(within).toBeGreaterThanOrEqual(14);
  expect(await statusWidth(schedule("已安排"))).toBeLessThan(14);
  // Row 2,050, past the first 2,000: as wide when it is known as a typed row.
  expect(await statusWidth(schedule(TYPED))).toBeLessThan(14);
  expect(await statusWidth(schedule(TYPED, [2050]))).toBe(within);
});

test("a typed status too long for any column wraps there, in the file and the add-in", async () => {
  expect(columnWraps(schedule(LONG))[1]).toBe(false);
  expect(columnWraps(schedule(LONG, [2050]))[1]).toBe(true);
  const xml = await tableSheetXml(schedule(LONG, [2050]), "zh-CN");
  // The row is sized to its wrapped status.
  expect(/<row r="2052"[^>]*>/.exec(xml)?.[0]).toMatch(/ ht="\d+(\.\d+)?" customHeight="1"/);
});

test("capped (limits.worklistRows), the typed rows are where the capped tab shows them", () => {
  const table = { ...schedule(TYPED, [5, 2050]), keepRows: () => [5, 2050] };
  const { tables } = applyOutputLimits([table], {
    lang: "zh-CN",
    worklistRows: 100,
    fullListsAt: () => "CSV",
  });
  const capped = tables[0];
  expect(capped.typedRows).toEqual([5, 99]);
  expect(capped.rows(99, 100)[0][1]).toBe(TYPED);
});
