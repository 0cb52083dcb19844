// Tester53 N35, N30, N21: which column is the customer ID. An id headed 档案号 beside a 序号 row
// number; an accounting-software export whose invoice number (单据编号) and customer code
// (往来单位编号) both end in 编号; an English list whose id is `Account #`.
import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { ROW_NUMBER_HEADERS } from "../../../src/engine/headerWords";
import { findHeader, idCandidates, mapColumns } from "../../../src/engine/ingest/header";
import { headerRowHint, headerToChoose, nearHeader } from "../../../src/engine/ingest/headersFound";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { foldHeader } from "../../../src/engine/parse/text";
import { SHEETS, SHEET_KINDS } from "../../../src/engine/schema";

const headersOf = (m: ReturnType<typeof mapColumns>) =>
  Object.fromEntries(Object.entries(m.columns).map(([k, c]) => [k, m.headers[c]]));

test("N30: a 管家婆 / 用友 sales export maps each column to its field", () => {
  const t = mapColumns(
    ["单据日期", "单据编号", "往来单位编号", "往来单位名称", "价税合计", "经手人"],
    SHEETS.transactions,
  );
  expect(headersOf(t)).toEqual({
    date: "单据日期",
    orderId: "单据编号",
    customerId: "往来单位编号",
    amount: "价税合计",
  });
  const c = mapColumns(["往来单位编号", "往来单位名称", "业务员"], SHEETS.customers);
  expect(headersOf(c)).toEqual({
    customerId: "往来单位编号",
    name: "往来单位名称",
    owner: "业务员",
  });
  // tester57 U43: a gym's 会籍顾问 is the member's owner.
  const gym = mapColumns(["会员卡号", "姓名", "会籍顾问"], SHEETS.customers);
  expect(headersOf(gym).owner).toBe("会籍顾问");
  const calls = mapColumns(["往来单位编号", "日期", "经手人"], SHEETS.contacts);
  expect(headersOf(calls)).toEqual({ customerId: "往来单位编号", date: "日期", owner: "经手人" });
});

test("N35: 档案号 is the id beside a 序号 row number, and beside a bare 编号 too", () => {
  const row = ["区域", "序号", "档案号", "客户名称", "联系人", "电话", "业务员"];
  const m = findHeader([["客户资料"], [], row], SHEETS.customers)!;
  expect(m.rowIndex).toBe(2);
  expect(m.headers[m.columns.customerId]).toBe("档案号");
  const bare = mapColumns(["编号", "档案号", "客户名称"], SHEETS.customers);
  expect(bare.headers[bare.columns.customerId]).toBe("档案号");
});

test.each([
  ["档案号"],
  ["会员卡号"],
  ["客户账号"],
  ["客商编码"],
  ["Account #"],
  ["Account No."],
  ["Account Number"],
  ["Member No"],
  ["Customer #"],
])("N35/N21: %s is a customer ID header", (header) => {
  const m = mapColumns(["Name", header, "Phone"], SHEETS.customers);
  expect(m.headers[m.columns.customerId]).toBe(header);
});

test("N21: `Account #` beside `Account Name`, `Invoice #` the order", () => {
  const c = mapColumns(["Account #", "Account Name", "Account Manager"], SHEETS.customers);
  expect(headersOf(c)).toEqual({
    customerId: "Account #",
    name: "Account Name",
    owner: "Account Manager",
  });
  const t = mapColumns(["Invoice Date", "Invoice #", "Account #", "Amount"], SHEETS.transactions);
  expect(headersOf(t)).toEqual({
    date: "Invoice Date",
    orderId: "Invoice #",
    customerId: "Account #",
    amount: "Amount",
  });
});

test("the number sign reads as No when matching headers", () => {
  expect(foldHeader("Account #")).toBe(foldHeader("Account No"));
  expect(foldHeader("#")).toBe(foldHeader("No."));
  expect(foldHeader("客户编号")).toBe("客户编号");
});

test("N35: the hint never proposes 序号 as the customer ID", () => {
  const rows = [
    { row: ["客户资料"], n: 1 },
    { row: ["区域", "序号", "病历号", "客户名称", "电话"], n: 3 },
  ];
  const hint = headerRowHint(rows, SHEETS.customers);
  expect(hint.hint).toContain("第 3 行可能是标题行");
  expect(hint.hint).not.toContain("序号");
  expect(hint.hintEn).not.toContain("序号");
});

// Property: a row-number header, written any of its ways, is suggested for no field of any sheet.
test("a row-number header is never a near header of any field", () => {
  const fields = SHEET_KINDS.flatMap((k) => SHEETS[k].fields);
  const written = fc
    .tuple(
      fc.constantFrom(...ROW_NUMBER_HEADERS),
      fc.constantFrom("", " ", "."),
      fc.constantFrom("", "（）", " "),
    )
    .map(([h, a, b]) => a + h + b);
  fc.assert(
    fc.property(written, fc.constantFrom(...fields), (header, field) => {
      expect(nearHeader({ headers: [header], unmapped: [0] }, field)).toBeNull();
    }),
  );
});

test("N21: a sheet whose id header is unknown offers its header row to choose from", () => {
  const rows = [
    ["Customer List (exported)"],
    [],
    ["Kundennr", "Company", "Phone", "Email"],
    ["K1"],
  ];
  expect(findHeader(rows, SHEETS.customers)).toBeNull();
  const m = headerToChoose(rows, SHEETS.customers)!;
  expect(m.rowIndex).toBe(2);
  expect(m.missing).toEqual(["customerId"]);
  expect(headersOf(m)).toEqual({ name: "Company", phone: "Phone", email: "Email" });
  // Chosen (the pane's override), the same row is the header.
  expect(findHeader(rows, SHEETS.customers, { customerId: "Kundennr" })?.rowIndex).toBe(2);
});

test("a title row alone is no header row to choose", () => {
  expect(headerToChoose([["Customer List"], [], [null]], SHEETS.customers)).toBeNull();
});

// N30, the values' part: two columns whose headers both end in 编号 and neither is a word we know
// for either; the one whose values are the customers' ids is the customer ID.
describe("two columns named as the customer ID", () => {
  const asOf = epochDay(2026, 11, 27);
  const customers: Grid = [
    ["购方编号", "购方名称", "业务员"],
    ["C01", "甲公司", "张三"],
    ["C02", "乙公司", "李四"],
  ];
  const sales: Grid = [
    ["单据日期", "凭证编号", "购方编号", "价税合计"],
    ["2026-01-05", "XS-001", "C01", 1170],
    ["2026-02-05", "XS-002", "C02", 2340],
    ["2026-03-05", "XS-003", "C01", 500],
  ];

  test("are the only candidates, the headers alone cannot tell", () => {
    expect(idCandidates(sales[0] as string[], SHEETS.transactions)).toEqual([1, 2]);
    // The headers alone take the leftmost: the invoice number (what a run read before).
    expect(mapColumns(sales[0], SHEETS.transactions).columns.customerId).toBe(1);
    // One accepted header beside a longer one: the headers tell (no second read).
    expect(idCandidates(["客户编号", "产品编号", "订单编号"], SHEETS.transactions)).toEqual([0]);
  });

  test("the column of the customers' ids is read", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: customers, 销售: sales }, 2),
      { asOf },
    );
    expect(dataset.sources.transactions?.columns.customerId).toBe("购方编号");
    expect(dataset.transactions.customer.length).toBe(3);
    expect(findings.filter((f) => f.code === "unknown_customer")).toEqual([]);
  });

  test("a column the user chose stays", async () => {
    const columns = { transactions: { customerId: "凭证编号" } };
    await expect(
      ingestWorkbook(memorySource({ 客户: customers, 销售: sales }, 2), { asOf, columns }),
    ).rejects.toThrow(/XS-001/);
  });
});

// Reviewer54 H1: the bare 账号 / 卡号 took a customer list's bank account (开票信息: 开户行, 账号)
// as its id. A bank or payment account is never the customer ID.
describe("a bank or payment account is no customer ID", () => {
  test.each([
    ["customers", ["编号", "名称", "开户行", "账号"], "编号"],
    ["customers", ["学员编号", "姓名", "开户银行", "银行账号"], "学员编号"],
    ["customers", ["单位编号", "单位名称", "税号", "开户行", "账号"], "单位编号"],
    ["customers", ["ID", "Name", "Bank", "Account No"], "ID"],
    ["customers", ["ID", "Name", "Bank Account No"], "ID"],
    ["customers", ["会员编码", "姓名", "手机", "银行卡号"], undefined],
    ["customers", ["Name", "Credit Card No"], undefined],
    ["transactions", ["日期", "会员编码", "金额", "支付卡号"], undefined],
    ["transactions", ["订单日期", "客户", "支付账号", "金额"], undefined],
  ] as const)("%s %j: the id is %s", (kind, headers, id) => {
    const m = mapColumns(headers, SHEETS[kind]);
    expect(m.headers[m.columns.customerId]).toBe(id);
  });

  test("a customer list with 开户行 and 账号 joins its sales by 编号", async () => {
    const customers: Grid = [
      ["编号", "名称", "开户行", "账号", "联系电话"],
      ["C001", "上海甲公司", "工商银行", "6222020000000001", "13800000001"],
      ["C002", "北京乙公司", "建设银行", "6222020000000002", "13800000002"],
    ];
    const sales: Grid = [
      ["客户编号", "日期", "金额"],
      ["C001", "2025-10-01", 1200],
      ["C002", "2025-11-03", 800],
      ["C001", "2025-12-10", 300],
    ];
    const { dataset } = await ingestWorkbook(memorySource({ 客户: customers, 销售: sales }, 2), {
      asOf: epochDay(2025, 12, 31),
    });
    expect(dataset.sources.customers?.columns.customerId).toBe("编号");
    expect(dataset.transactions.customer.length).toBe(3);
  });
});

// Reviewer54 M3: with `#` read as No, `Tel #` (telno) and `Qty #` (qtyno) named no field and were
// left unmapped; they were phone and quantity. A sign that makes a header name nothing is dropped.
test.each([
  ["customers", ["Customer ID", "Name", "Tel #", "Email"], "phone", "Tel #"],
  ["transactions", ["Customer ID", "Date", "Amount", "Qty #"], "quantity", "Qty #"],
  ["customers", ["Customer #", "Customer Name", "Phone"], "customerId", "Customer #"],
  ["transactions", ["Date", "Invoice #", "Account #", "Amount"], "orderId", "Invoice #"],
] as const)("%s %j: %s is %s", (kind, headers, field, header) => {
  const m = mapColumns(headers, SHEETS[kind]);
  expect(m.headers[m.columns[field]]).toBe(header);
});

// tester55 U2/U6: HubSpot exports: a company's `Record ID`; a deal's `Record ID` is the deal's own,
// its company is `Associated Company IDs`.
test("HubSpot: Record ID names a company, Associated Company IDs a deal's company", () => {
  const c = mapColumns(["Record ID", "Company name", "Phone Number", "City"], SHEETS.customers);
  expect(c.columns.customerId).toBe(0);
  const t = mapColumns(
    ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Associated Company IDs"],
    SHEETS.transactions,
  );
  expect(t.columns.customerId).toBe(5);
});

test("a row of data is not offered as the header row for a value that nearly names a field", () => {
  const rows: Grid = [
    ["Company Key", "Company name", "Phone Number", "City", "Lifecycle Stage", "Create Date"],
    [
      "9000000000",
      "Northwind Hotels",
      "+1 415-555-6909",
      "San Francisco",
      "customer",
      "2024-09-05 09:50",
    ],
    [
      "9000007919",
      "Contoso Foods",
      "+1 415-555-5747",
      "San Francisco",
      "customer",
      "2025-02-15 09:44",
    ],
  ];
  const offered = headerToChoose(rows, SHEETS.customers);
  expect(offered?.rowIndex).toBe(0);
});
