import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { inputSheets, salesSheetByColumns } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { detectInputs } from "../../../src/taskpane/inputs";

// tester70 U600 (/work/notes/stop70/tester70/min/u600.py → u600.xlsx, cut to three members): a car
// repair shop's 维修单 (work orders) beside its 储值卡流水 (stored-value ledger: 充值 top-ups and card
// deductions). The ledger was read as the sales for its name (流水), the work orders left unread:
// revenue −¥139,288 on the shop's workbook, and the warning advised merging 维修单 into the ledger.

const members: Grid = [
  ["会员卡号", "车主姓名", "手机号"],
  ["VIP001", "车主1", "13900000001"],
  ["VIP002", "车主2", "13900000002"],
  ["VIP003", "车主3", "13900000003"],
];
const workOrders: Grid = [
  ["工单号", "进厂日期", "会员卡号", "维修项目", "工时费", "配件费", "实收金额", "支付方式"],
  ["WX1", "2026-03-02", "VIP001", "小保养", 180, 300, 480, "微信"],
  ["WX2", "2026-04-10", "VIP002", "小保养", 180, 300, 480, "储值卡"],
  ["WX3", "2026-06-15", "VIP003", "换轮胎", 100, 800, 900, "现金"],
  ["WX4", "2026-08-20", "VIP001", "小保养", 180, 300, 480, "微信"],
  ["WX5", "2026-09-28", "VIP002", "大保养", 300, 600, 900, "储值卡"],
];
const ledger: Grid = [
  ["日期", "会员卡号", "业务类型", "金额"],
  ["2026-01-05", "VIP002", "充值", 2000],
  ["2026-04-10", "VIP002", "消费", -480],
  ["2026-09-28", "VIP002", "消费", -900],
];
const asOf = epochDay(2026, 10, 31);
const shop = (sales: Grid = workOrders) =>
  memorySource({ 会员档案: members, 维修单: sales, 储值卡流水: ledger });

describe("the sales sheet chosen by its columns, not a ledger's name (tester70 U600)", () => {
  test("维修单 is read as the sales, not 储值卡流水", async () => {
    const a = await analyzeWorkbook(shop(), { rules: defaultRules(), asOf });
    // Before: 储值卡流水, 3 rows, revenue 2,000 − 1,380 top-ups and deductions.
    expect(a.dataset.sources.transactions!.sheetName).toBe("维修单");
    expect(a.dataset.counts.transactions!.used).toBe(5);
    expect(a.kpis.revenue).toBe(3240);
    // The ledger is said not read, never to be merged into the sales.
    const said = a.warnings.filter((w) => w.code === "input_sheet_unread");
    expect(said.map((w) => w.message["zh-CN"])).toEqual([
      "工作表“储值卡流水”没有读取：它的名称说的是储值（充值和刷卡扣款），不是销售，充值也不是购买；交易读自工作表“维修单”。无需处理，不要把它的行并到“维修单”表中（刷卡消费已在那里，会把同一笔钱算两次）",
    ]);
    expect(said[0].message["en-US"]).toContain("Nothing to do: do not add its rows to “维修单”");
  });

  test("the task pane finds the same sheet; a sheet the user chose is kept", async () => {
    const { inputs } = await detectInputs(shop(), { sheets: {}, columns: {} });
    expect(inputs.transactions.sheet).toBe("维修单");
    const names = ["会员档案", "维修单", "储值卡流水"];
    const chosen = inputSheets(names, { transactions: "储值卡流水" });
    expect((await salesSheetByColumns(shop(), names, chosen)).transactions).toEqual({
      sheet: "储值卡流水",
      chosen: true,
    });
  });

  test("a sheet with no more of the sales' columns leaves the ledger read, and no merge into it is advised", async () => {
    // 日期, 会员卡号, 金额 only: fewer sales columns than the ledger's four, no choice by columns.
    const bare = workOrders.map((r) => [r[1], r[2], r[6]]);
    const a = await analyzeWorkbook(shop(bare), { rules: defaultRules(), asOf });
    expect(a.dataset.sources.transactions!.sheetName).toBe("储值卡流水");
    const said = a.warnings.find((w) => w.code === "input_sheet_unread")!;
    // Before: "请把它的行并到“储值卡流水”表中".
    expect(said.message["zh-CN"]).toContain("请把它的行并到名为“交易”的工作表中");
    expect(said.message["zh-CN"]).not.toContain("并到“储值卡流水”");
  });
});
