// tester57 U49: 金蝶 K3's workbook keeps its 180 returns on a 销售退货单 sheet beside the 销售出库单
// read as the transactions; it was listed as an unread sheet on the console only, and the Overview
// said nothing, though the revenue did not subtract them.
import type { Grid } from "../../../src/engine/cells";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { returnsSheetName } from "../../../src/engine/ingest/returnsSheet";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [["客户编号"], ["C1"], ["C2"]];
const sales: Grid = [
  ["客户编号", "日期", "金额"],
  ["C1", "2025-10-01", 1000],
  ["C2", "2025-11-01", 500],
];
const returns: Grid = [
  ["客户编号", "日期", "金额"],
  ["C1", "2025-10-20", 200],
];

test("an unread returns sheet is said on the Overview, zh and en", async () => {
  const a = await analyzeWorkbook(
    memorySource({ 客户: customers, 销售出库单: sales, 销售退货单: returns }),
    { rules: defaultRules(), asOf },
  );
  const w = a.warnings.find((x) => x.code === "returns_sheet_unread")!;
  expect(w.message["zh-CN"]).toBe(
    "以下 1 个工作表看来记录的是退货，没有读取：“销售退货单”。收入、购买次数和最近购买日期都没有减去其中的退货。要计入，请把退货行并到“销售出库单”表中，金额写成负数（或加一列“类型”写“退货”），然后重新运行。",
  );
  expect(w.message["en-US"]).toContain(
    "Sheet “销售退货单” apparently holds returns and was not read: the revenue, purchase counts and last-purchase dates do not subtract its returns.",
  );
});

test("no returns sheet, no warning", async () => {
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 销售出库单: sales }), {
    rules: defaultRules(),
    asOf,
  });
  expect(a.warnings.map((x) => x.code)).not.toContain("returns_sheet_unread");
});

test("names that say returns", () => {
  for (const n of [
    "销售退货单",
    "退货记录",
    "2025退款",
    "Returns",
    "Credit Notes",
    "sales_returns",
  ])
    expect(returnsSheetName(n)).toBe(true);
  for (const n of ["销售出库单", "Returning customers", "客户", "Sales"])
    expect(returnsSheetName(n)).toBe(false);
});
