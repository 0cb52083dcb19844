// tester45 #9: a required sheet not found by name, and a sheet whose headers are its: the Data
// step names it as the run's missing-sheet error does.
import type { Cell } from "../../src/engine/cells";
import { detectInputs } from "../../src/taskpane/inputs";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";
import { lookalikeCustomers, lookalikeTransactions } from "../fixtures/lookalike/sheets";
import { wineWorkbook } from "../fixtures/tester55wine/sheets";

const customers = lookalikeCustomers;
const transactions = lookalikeTransactions;

/** The Data step's inputs found in a simulated zh workbook of these sheets, nothing chosen. */
async function inputsOf(sheets: Record<string, unknown[][]>) {
  const wb = SimWorkbook.fromSheets(sheets as Record<string, Cell[][]>);
  const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN" });
  return (await detectInputs(source, { sheets: {}, columns: {} })).inputs;
}

test("the add-in's Data step finds the same lookalike for a missing required sheet", async () => {
  const inputs = await inputsOf({ Sheet1: customers, 交易: transactions });
  expect(inputs.customers.lookalike).toEqual({
    name: "Sheet1",
    columns: ["客户编号", "客户名称", "负责人", "电话"],
  });
  expect(inputs.transactions.lookalike).toBeNull();
});

test("a sheet another input took is named with that input (misc47)", async () => {
  const inputs = await inputsOf({ 交易: customers, Sheet2: transactions });
  expect(inputs.customers.lookalike).toEqual({
    name: "交易",
    columns: ["客户编号", "客户名称", "负责人", "电话"],
    takenBy: "transactions",
  });
});

// reviewer47 L1: a sheet holding its own input's required columns is not offered for renaming.
test("a denormalised 交易 sheet (customer columns beside 日期 and 金额) is no lookalike", async () => {
  const denormalised = [
    ["客户编号", "客户名称", "负责人", "电话", "地区", "日期", "金额"],
    ["C1", "甲公司", "王", "13800000001", "华东", "2025-11-02", 100],
  ];
  const inputs = await inputsOf({ 交易: denormalised });
  expect(inputs.transactions.sheet).toBe("交易");
  expect(inputs.customers.lookalike).toBeNull();
});

// tester61 U132: an optional input whose sheet is under another name (tester55's complaints on
// 客户反馈) was said by the command line (sheet_looks_like) while the Data step showed 未找到 alone.
// The Data step now finds it the same way (optionalLookalikes, the run's).
test("an optional input's lookalike sheet is found for the Data step, as the run finds it", async () => {
  const inputs = await inputsOf(wineWorkbook());
  expect(inputs.complaints.sheet).toBeNull();
  expect(inputs.complaints.lookalike).toEqual({
    name: "客户反馈",
    columns: ["日期", "客户代码", "问题类别", "处理进度", "回复日期", "解决日期"],
  });
  // Named as its input: found by name, no lookalike; other optional inputs have none.
  const { 客户反馈: feedback, ...rest } = wineWorkbook();
  const named = await inputsOf({ ...rest, 投诉: feedback });
  expect(named.complaints.sheet).toBe("投诉");
  expect(named.complaints.lookalike).toBeNull();
  expect(inputs.surveys.lookalike ?? null).toBeNull();
});

// tester65 U212: a salon's sales kept one sheet per store and month (国贸店1月 …), none named 交易.
// The command line read them as one input (lookalikeParts); the Data step said 交易 未找到 and asked
// the user to choose one sheet. It now finds them as the run does, all of them named.
test("sales kept one sheet per store and month are found as the transactions, as the run reads them", async () => {
  const month = (m: number) => [
    ["客户编号", "日期", "金额"],
    ["C1", `2026-${String(m).padStart(2, "0")}-05`, 100],
  ];
  const inputs = await inputsOf({
    客户: customers,
    国贸店1月: month(1),
    国贸店2月: month(2),
    万达店1月: month(1),
  });
  expect(inputs.transactions.sheet).toBe("国贸店1月");
  expect(inputs.transactions.parts).toEqual(["国贸店1月", "国贸店2月", "万达店1月"]);
  expect(inputs.transactions.lookalike).toBeNull();
  expect(inputs.transactions.missing).toEqual([]);
  // One such sheet alone is no family, but the one sheet with the sales' columns beside the
  // Customers: read as them, as the run reads it since newuser70 N1 (fix71a's onlySalesSheet).
  const one = await inputsOf({ 客户: customers, 国贸店1月: month(1) });
  expect(one.transactions.sheet).toBe("国贸店1月");
  expect(one.transactions.parts).toBeUndefined();
});

// tester66 L (丽颜美容, tester65 U200's workbook): the Data step said 国贸店1月 +11 where the run read
// the 12 万达店 sheets too, keyed by 顾客手机 (otherKeySheets): the pane lists them as the run reads them.
test("a store's sheets keyed by phone are listed with the family, as the run reads them", async () => {
  const title = (store: string, month: number) => [`丽颜美容 ${store} 2026年${month}月 营业流水`];
  const guomao = (month: number) => [
    title("国贸店", month),
    ["日期", "会员编号", "顾客", "项目", "实收金额", "美容师"],
    [`2026/${month}/5`, "MR001", "林晓", "补水", 100, "小美"],
  ];
  const wanda = (month: number) => [
    title("万达店", month),
    ["日期", "顾客手机", "顾客", "项目", "实收金额", "美容师"],
    [`2026/${month}/8`, "13800000001", "林晓", "面部护理", 1000, "阿珍"],
  ];
  const inputs = await inputsOf({
    客户档案: [
      ["会员编号", "备注名", "手机号"],
      ["MR001", "林晓", "13800000001"],
    ],
    国贸店1月: guomao(1),
    国贸店2月: guomao(2),
    万达店1月: wanda(1),
    万达店2月: wanda(2),
    备份万达店3月: wanda(3),
  });
  expect(inputs.transactions.parts).toEqual(["国贸店1月", "国贸店2月", "万达店1月", "万达店2月"]);
});
