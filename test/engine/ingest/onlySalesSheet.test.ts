import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { detectInputs } from "../../../src/taskpane/inputs";

// newuser70 N1 (/work/notes/stop70/newuser70/wb/d2_no_ledger.xlsx, cut to three members): a
// car-repair shop's 会员档案 + 维修单, no 储值卡流水. With the ledger beside, 维修单 was read for its
// columns (salesSheetByColumns, tester70 U600); without it the run stopped: "找不到“交易”工作表 …
// “维修单”的列像是“交易”表的列 … 请把它改名为“交易”". Removing an unrelated sheet broke the run.

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
];
const asOf = epochDay(2026, 10, 31);
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });

test("the one sheet with the sales' columns is read as them, said in a note (newuser70 N1)", async () => {
  const a = await run({ 会员档案: members, 维修单: workOrders });
  expect(a.dataset.sources.transactions!.sheetName).toBe("维修单");
  expect(a.dataset.counts.transactions!.used).toBe(4);
  expect(a.kpis.revenue).toBe(2340);
  const note = a.findings.find((f) => f.code === "sales_sheet_by_columns")!;
  expect(note.severity).toBe("info");
  expect(note.message["zh-CN"]).toBe(
    "没有名为“交易”的工作表：工作表“维修单”的列是交易表的列（会员卡号、进厂日期、实收金额、工单号…），已作为交易表读取。如果它不是交易表，请把交易表改名为“交易”（或在任务窗格中选择工作表）后重新分析",
  );
  expect(note.message["en-US"]).toMatch(
    /^No sheet is named as the Transactions: sheet “维修单” has the Transactions sheet's columns \(会员卡号, 进厂日期, 实收金额, 工单号…\) and was read as it\./,
  );
  // The task pane finds the same sheet.
  const { inputs } = await detectInputs(memorySource({ 会员档案: members, 维修单: workOrders }), {
    sheets: {},
    columns: {},
  });
  expect(inputs.transactions.sheet).toBe("维修单");
  expect(inputs.transactions.missing).toEqual([]);
});

test("two such sheets, or one whose name says quotes, still stop the run naming them", async () => {
  const stop = async (sheets: Record<string, Grid>) => {
    const failed = await run(sheets).catch((e: unknown) => e);
    if (!(failed instanceof InputError)) throw new Error("no input error");
    return failed.in("zh-CN");
  };
  // Per advisor, no period in the names: which is the sales is not for the program to guess.
  expect(await stop({ 会员档案: members, 张师傅: workOrders, 李师傅: workOrders })).toMatch(
    /^找不到“交易”工作表/,
  );
  expect(await stop({ 会员档案: members, 报价单: workOrders })).toContain(
    "“报价单”的列像是“交易”表的列",
  );
  // No customers sheet found either: the sales are not guessed.
  expect(await stop({ Sheet1: members, 维修单: workOrders })).toMatch(/^找不到“客户”工作表/);
});
