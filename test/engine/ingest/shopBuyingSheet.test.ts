import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";

// reviewer71 H6 (on dc2230bf): a shop's own 流水 (a weak sales name) gave way to its stock-in log,
// which has more of the sales' columns and as many rows, and the run was refused ("sheet “进货记录”:
// Required column “Customer ID” is missing"). The shop's buying is never its sales by columns.
const asOf = epochDay(2026, 12, 1);
const members: Grid = [
  ["会员卡号", "姓名"],
  ...Array.from({ length: 10 }, (_, k) => [`V${k}`, `会员${k}`]),
];
const sales: Grid = [["日期", "会员卡号", "金额"]];
for (let i = 0; i < 100; i++) sales.push([isoDate(asOf - 3 - i), `V${i % 10}`, 200]);
const stock: Grid = [["日期", "商品", "数量", "单价", "金额", "供应商"]];
for (let i = 0; i < 120; i++)
  stock.push([isoDate(asOf - 3 - i), "机油", 10, 35, 350, "壳牌经销商"]);
const spend: Grid = [["日期", "项目", "数量", "单价", "金额"]];
for (let i = 0; i < 120; i++) spend.push([isoDate(asOf - 3 - i), "水电", 1, 80, 80]);

test.each([
  ["进货记录", stock],
  ["采购", stock],
  ["Sheet3", stock],
  ["支出", spend],
  ["成本", spend],
  ["Inventory", spend],
])("流水 beside %s is read as the sales", async (name, other) => {
  const { dataset } = await ingestWorkbook(
    memorySource({ 会员: members, 流水: sales, [name]: other }),
    { asOf },
  );
  expect(dataset.sources.transactions?.sheetName).toBe("流水");
  expect(dataset.transactions.count).toBe(100);
});

// newuser71: beside the 流水 read, the run told the owner to merge 进货记录 into it ("请把它的行并到
// “流水”表中"), which would count stock bought from suppliers as sales. It is said to be the shop's
// buying, not to be added.
test("the 进货记录 beside the sales read is said to be the shop's buying, not to be merged", async () => {
  const { analyzeWorkbook } = await import("../../../src/engine/analyze");
  const { defaultRules } = await import("../../../src/engine/rules");
  const a = await analyzeWorkbook(memorySource({ 会员: members, 流水: sales, 进货记录: stock }), {
    rules: defaultRules(),
    asOf,
  });
  const unread = a.warnings.filter((w) => w.code === "input_sheet_unread");
  expect(unread.map((w) => w.message["zh-CN"])).toEqual([
    "工作表“进货记录”有交易表的列，但名称表明是本店的进货或支出记录：没有读取，也不要并入销售（它不是客户的购买）。",
  ]);
  expect(unread[0].message["en-US"]).toContain("should not be added to the sales");
});
