/**
 * tester62 U140 (H): on a sheet of invoices that also has a Transaction Type / 单据类型 column (a
 * QuickBooks Invoice List always has one), the Status / 单据状态 is read beside the type
 * (rowKinds.ts statusBesideKind), and its Open / 未付款 invoices were voided: an invoice billed and
 * awaiting payment is an order delivered, a purchase, as it is on an invoice sheet with no type
 * column (tester60 U97). Cut down from /work/notes/stop62/tester62/repro/open (t1.csv, zt1.csv):
 * revenue 400 before, 700 the truth.
 */
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);

const en: Grid = [
  ["Date", "Transaction Type", "Num", "Customer ID", "Due Date", "Amount", "Status"],
  ["2026-10-01", "Invoice", "1001", "A", "2026-10-31", 100, "Paid"],
  ["2026-11-01", "Invoice", "1002", "A", "2026-12-01", 100, "Paid"],
  ["2026-12-01", "Invoice", "1003", "A", "2026-12-31", 100, "Open"],
  ["2026-11-05", "Invoice", "1004", "B", "2026-12-05", 200, "Overdue"],
  ["2026-12-02", "Invoice", "1005", "B", "2027-01-01", 200, "Open"],
];
const zh: Grid = [
  ["日期", "单据类型", "发票号", "客户编号", "到期日", "金额", "单据状态"],
  ["2026-10-01", "销售发票", "F1", "A", "2026-10-31", 100, "已收款"],
  ["2026-11-01", "销售发票", "F2", "A", "2026-12-01", 100, "已收款"],
  ["2026-12-01", "销售发票", "F3", "A", "2026-12-31", 100, "未付款"],
  ["2026-11-05", "销售发票", "F4", "B", "2026-12-05", 200, "已逾期"],
  ["2026-12-02", "销售发票", "F5", "B", "2027-01-01", 200, "未付款"],
];

describe.each(each)("open invoices beside a type column are purchases (%s)", (_, make) => {
  const cases: [string, Grid, Record<string, Grid>, string, string][] = [
    ["en", en, { Customers: [["Customer ID"], ["A"], ["B"]] }, "Open", "Transactions"],
    ["zh", zh, { 客户: [["客户编号"], ["A"], ["B"]] }, "未付款", "交易"],
  ];
  test.each(cases)("%s", async (_lang, sheet, customers, open, name) => {
    const { dataset, findings } = await ingestWorkbook(make({ ...customers, [name]: sheet }), {
      asOf,
    });
    const amount = [...dataset.transactions.amount];
    // Before: 400 (the two Open / 未付款 invoices voided; the overdue one counted).
    expect(amount.reduce((a, b) => a + b, 0)).toBe(700);
    expect(dataset.counts.transactions).toMatchObject({ read: 5, used: 5, rejected: 0 });
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain("row_kind_voided");
    // Said as on a sheet of invoices with no type column: billed, counted as purchases.
    const billed = findings.find((f) => f.code === "row_kind_billed")!;
    expect(billed.row).toBe(4);
    expect(billed.message["zh-CN"]).toContain(open);
    expect(billed.message["en-US"]).toContain("an invoice billed and awaiting payment");
  });
});

// Not on a sheet that lists no invoices: an order's 未付款 beside its 单据类型 is still no sale.
test("未付款 beside 单据类型 on a sheet of orders stays no sale", async () => {
  const orders: Grid = [
    ["日期", "单据类型", "单据编号", "客户编号", "金额", "单据状态"],
    ["2026-10-01", "销售出库单", "XS1", "A", 100, "已审核"],
    ["2026-11-01", "销售出库单", "XS2", "A", 100, "未付款"],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: [["客户编号"], ["A"]], 交易: orders }),
    { asOf },
  );
  expect([...dataset.transactions.amount]).toEqual([100]);
});
