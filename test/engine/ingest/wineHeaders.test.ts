// tester55's wine importer's headers (fixtures/tester55wine): U15, her 销售明细 counts in 箱数 (cases):
// "列“箱数”未识别…是否应为“件数”？" on every run, quantity unread; U3, her 客户反馈's 处理进度 (已解决 /
// 处理中) was no status column.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { mapColumns } from "../../../src/engine/ingest/header";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { SHEETS } from "../../../src/engine/schema";
import { wineCustomers, wineFeedback, wineSales } from "../../fixtures/tester55wine/sheets";

const asOf = epochDay(2026, 11, 30);

test("箱数, 瓶数, 盒数 are the quantity", () => {
  expect(mapColumns(wineSales[0] as string[], SHEETS.transactions).columns.quantity).toBe(6);
  for (const h of ["瓶数", "盒数", "Cases"])
    expect(mapColumns(["客户编号", "日期", "金额", h], SHEETS.transactions).columns.quantity).toBe(
      3,
    );
});

test("处理进度 is a complaint's status", () => {
  expect(mapColumns(wineFeedback[0] as string[], SHEETS.complaints).columns.status).toBe(4);
});

// U14: her 类型 (酒店 / 西餐厅 / 酒吧 / 日料) was read as the customer type with a fixed list: 39 rows
// "D 列“类型”的值“酒店”无法识别为列表中的选项". They are her own types: kept and shown, not warned.
test("customer types outside our list are the user's own: kept, shown, no finding", async () => {
  const sheets = { 客户资料: wineCustomers, 销售明细: wineSales };
  const { dataset, findings } = await ingestWorkbook(memorySource(sheets), { asOf });
  const c = dataset.customers;
  expect(Array.from(c.type)).toEqual([-1, -1, -1, -1, -1]);
  expect(c.ownType).toEqual(["酒店", "西餐厅", "酒吧", "日料", "酒店"]);
  expect(
    findings.filter((f) => f.kind === "customers" && f.code === "unparseable_optional"),
  ).toEqual([]);
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  const segments = analysisTables(a, "zh-CN", {
    at: asOf + 0.5,
    durationSeconds: 1,
    source: "t",
  }).find((t) => t.tab === "segments")!;
  const rows = segments.rows(0, segments.rowCount);
  expect(rows.find((r) => r[0] === "SH-R002")![2]).toBe("西餐厅");
  // One of ours still reads as ours; a list without types of its own has no ownType.
  const ours = [
    wineCustomers[2],
    [...wineCustomers[3].slice(0, 3), "企业", ...wineCustomers[3].slice(4)],
  ];
  const mixed = await ingestWorkbook(memorySource({ 客户资料: ours, 销售明细: wineSales }), {
    asOf,
  });
  expect(Array.from(mixed.dataset.customers.type)).toEqual([0]);
  expect(mixed.dataset.customers.ownType).toBeUndefined();
});
