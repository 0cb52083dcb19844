// Tester53 N21: a Customers sheet whose id column has a header we do not know showed "No header
// row in the first 30 rows" with no column to choose, and Run stayed disabled. The Data step now
// offers the likeliest header row with Customer ID to choose; chosen, the sheet is read.
import type { Cell } from "../../src/engine/cells";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../src/engine/ingest/workbook";
import { epochDay } from "../../src/engine/parse/date";
import { withColumnChoice, type Choices } from "../../src/taskpane/choices";
import { detectInputs } from "../../src/taskpane/inputs";
import { blockingInput, initialState } from "../../src/taskpane/paneState";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

const customers: Cell[][] = [
  ["Customer List"],
  [],
  ["Kundennr", "Company", "Owner", "Phone"],
  ["K1", "Acme", "Lee", "555-0100"],
  ["K2", "Beta", "Lee", "555-0101"],
];
const sales: Cell[][] = [
  ["Kundennr", "Invoice Date", "Invoice #", "Amount"],
  ["K1", "2025-11-02", "INV-1", 100],
];

async function detect(columns: Record<string, Record<string, string>> = {}) {
  const wb = SimWorkbook.fromSheets({ Customers: customers, Sales: sales });
  const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "en-US" });
  return detectInputs(source, { sheets: {}, columns });
}

test("the header row is offered with Customer ID to choose from its headers", async () => {
  const { inputs } = await detect();
  expect(inputs.customers.headerRow).toBe(3);
  expect(inputs.customers.headers).toEqual(["Kundennr", "Company", "Owner", "Phone"]);
  expect(inputs.customers.missing).toEqual(["customerId"]);
  expect(inputs.customers.mapping).toMatchObject({ name: "Company", owner: "Owner" });
});

test("Run says which column to choose, not that there is no header row", async () => {
  const detection = await detect();
  const state = { ...initialState("en-US"), detection };
  expect(blockingInput(state)).toEqual({
    kind: "customers",
    sheet: "Customers",
    fields: ["customerId"],
  });
});

test("once chosen, the customers read and Run is free", async () => {
  const detection = await detect({
    customers: { customerId: "Kundennr" },
    transactions: { customerId: "Kundennr" },
  });
  expect(detection.inputs.customers.missing).toEqual([]);
  expect(detection.inputs.customers.corrected).toEqual(["customerId"]);
  expect(blockingInput({ ...initialState("en-US"), detection })).toBeNull();
});

// tester67 U314 (B_力健会员台账.xlsx, cut to two members): a gym's sheets all key the member by 卡号,
// which no header word names the customer ID. Chosen on 会员资料, it had to be chosen again on
// 收银流水, 满意度回访 and 签到记录 (each "缺少必需的列：客户编号"), while the run read all four by it.
describe("the Customers' ID chosen once is chosen on the other sheets with that column (U314)", () => {
  const gym = {
    会员资料: [
      ["卡号", "姓名", "手机号", "卡种", "备注"],
      ["0041", "王芳", "13800000041", "年卡", "出差"],
      ["0088", "李娜", "13800000088", "季卡", ""],
    ],
    收银流水: [
      ["日期", "卡号", "姓名", "项目", "实收"],
      ["2026-10-02", "0041", "王芳", "私教", 300],
      ["2026-11-02", "0088", "李娜", "续卡", 1200],
    ],
    签到记录: [
      ["签到时间", "卡号", "姓名"],
      ["2026-11-20 18:00", "0041", "王芳"],
    ],
  };
  const detectGym = (columns: Choices["columns"]) => {
    const wb = SimWorkbook.fromSheets(gym);
    const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN" });
    return detectInputs(source, { sheets: {}, columns });
  };

  test("chosen on 会员资料, 卡号 is the ID of 收银流水 and 签到记录 too", async () => {
    const before = await detectGym({});
    expect(before.inputs.customers.missing).toEqual(["customerId"]);
    const choices = withColumnChoice(
      { sheets: {}, columns: {} },
      before,
      "customers",
      "customerId",
      "卡号",
    );
    // Before: { customers: { customerId: "卡号" } } alone, the other two sheets missing it.
    expect(choices.columns).toEqual({
      customers: { customerId: "卡号" },
      transactions: { customerId: "卡号" },
      visits: { customerId: "卡号" },
    });
    const after = await detectGym(choices.columns);
    for (const kind of ["customers", "transactions", "visits"] as const) {
      expect(after.inputs[kind].missing).toEqual([]);
      expect(after.inputs[kind].mapping.customerId).toBe("卡号");
    }
    expect(blockingInput({ ...initialState("zh-CN"), detection: after })).toBeNull();
    // Back to automatic on 会员资料: the choices carried go with it.
    const back = withColumnChoice(choices, after, "customers", "customerId", null);
    expect(back.columns).toEqual({});
  });

  test("a sheet naming its own customer ID keeps it", async () => {
    const own = { 收银流水: [["日期", "客户编号", "卡号", "实收"]] };
    const wb = SimWorkbook.fromSheets({ ...gym, ...own });
    const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN" });
    const detection = await detectInputs(source, { sheets: {}, columns: {} });
    const none = { sheets: {}, columns: {} };
    const choices = withColumnChoice(none, detection, "customers", "customerId", "卡号");
    expect(choices.columns.transactions).toBeUndefined();
  });
});

// fix68b's left item (tester67's B2_力健会员台账.xlsx, cut to two members): 会员资料 heads the
// member's card 会员卡号, the other sheets 卡号. The run reads those by 卡号, its values the
// members' (idByValues); the pane read headers only and said the three sheets lacked the Customer
// ID, Run blocked. Both now decide by the one rule.
describe("a sheet whose 卡号 holds the members' 会员卡号 is read by it in the pane as in the run", () => {
  const gym = {
    会员资料: [
      ["会员卡号", "姓名", "手机号", "卡种", "开卡日期"],
      ["0041", "王芳", "13800000041", "年卡", "2025-03-01"],
      ["0088", "李娜", "13800000088", "季卡", "2025-06-01"],
    ],
    收银流水: [
      ["日期", "卡号", "姓名", "项目", "实收"],
      ["2026-10-02", "0041", "王芳", "私教", 300],
      ["2026-11-02", "0088", "李娜", "续卡", 1200],
    ],
    满意度回访: [
      ["日期", "卡号", "满意度(1-5分)", "推荐意愿(0-10)", "意见"],
      ["2026-11-05", "0041", 5, 9, ""],
      ["2026-11-06", "0088", 3, 6, "淋浴太挤"],
    ],
    签到记录: [
      ["签到时间", "卡号", "姓名"],
      ["2026-11-20 18:00", "0041", "王芳"],
      ["2026-11-21 19:00", "0088", "李娜"],
    ],
  };

  test("no sheet lacks the Customer ID, Run is free, and the columns are the run's", async () => {
    const wb = SimWorkbook.fromSheets(gym);
    const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN" });
    const detection = await detectInputs(source, { sheets: {}, columns: {} });
    const run = await ingestWorkbook(memorySource(gym), { asOf: epochDay(2026, 11, 30) });
    for (const kind of ["transactions", "surveys", "visits"] as const) {
      // Before: missing ["customerId"], the ID not read.
      expect(detection.inputs[kind].missing).toEqual([]);
      expect(detection.inputs[kind].mapping.customerId).toBe("卡号");
      expect(run.dataset.sources[kind]!.columns.customerId).toBe("卡号");
    }
    expect(blockingInput({ ...initialState("zh-CN"), detection })).toBeNull();
  });

  test("a 卡号 whose values are no member's stays unread", async () => {
    const other = {
      ...gym,
      收银流水: [
        ["日期", "卡号", "姓名", "项目", "实收"],
        ["2026-10-02", "6222001", "王芳", "私教", 300],
        ["2026-11-02", "6222002", "李娜", "续卡", 1200],
      ],
    };
    const wb = SimWorkbook.fromSheets(other);
    const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN" });
    const detection = await detectInputs(source, { sheets: {}, columns: {} });
    expect(detection.inputs.transactions.missing).toEqual(["customerId"]);
    expect(detection.inputs.visits.mapping.customerId).toBe("卡号");
  });
});
