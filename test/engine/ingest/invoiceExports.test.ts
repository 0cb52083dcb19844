/**
 * B2B invoice exports (tester60 U96, U97, U106). A distributor's Stripe-like `Invoices` sheet (cut
 * down from /work/notes/stop60/tester60/repro/ub2b-invoices.csv and b2b/variant_open.py):
 * - U96: `Total` was read over `Amount Paid` (revenue 17,000 for 11,000 paid), and `uncollectible`
 *   invoices counted as purchases, so a non-paying account read as a recent buyer at low risk;
 * - U97: net-30 invoices still `open` on the day of the export were voided, so steady monthly
 *   accounts became high-risk win-backs (Acme 0.09 → 0.91);
 * - U106: the sheets `Accounts` / `Invoices` / `会员` and the column `实付(元)` were refused.
 * The same in zh: 实收金额 over an 应收金额 left of it, 坏账 no sale, a 发票号码 sheet's 未付款 billed.
 */
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { invoiceSheet, rowKindOf } from "../../../src/engine/ingest/rowKinds";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);

const accounts: Grid = [
  ["Customer ID", "Company"],
  ["ap@a.com", "Acme"],
  ["ap@b.com", "Bright"],
];
const invoices: Grid = [
  ["Invoice Number", "Customer ID", "Date (UTC)", "Currency", "Total", "Amount Paid", "Status"],
  ["INV-1", "ap@a.com", "2026-09-01 09:10", "usd", 4000, 4000, "paid"],
  ["INV-2", "ap@a.com", "2026-10-01 09:10", "usd", 4000, 4000, "paid"],
  ["INV-3", "ap@b.com", "2026-09-01 09:10", "usd", 3000, 3000, "paid"],
  ["INV-4", "ap@b.com", "2026-10-01 09:10", "usd", 3000, 0, "uncollectible"],
  ["INV-5", "ap@b.com", "2026-11-01 09:10", "usd", 3000, 0, "uncollectible"],
  // Billed on 12-01, net 30: awaiting payment.
  ["INV-6", "ap@a.com", "2026-12-01 09:00", "usd", 4000, 0, "open"],
];

const days = (t: { day: Float64Array }) => [...t.day].map((d) => isoDate(d));

describe("an invoice export: what was paid, the written-off and the open invoices", () => {
  test.each(each)(
    "Amount Paid over Total; uncollectible no purchase; open a purchase (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(
        make({ Accounts: accounts, Invoices: invoices }),
        { asOf },
      );
      expect(dataset.sources.customers!.sheetName).toBe("Accounts");
      expect(dataset.sources.transactions!.sheetName).toBe("Invoices");
      expect(dataset.sources.transactions!.columns.amount).toBe("Amount Paid");
      const t = dataset.transactions;
      // Before: 4000 ×3, 3000 ×3 (Total; INV-6 voided), 17,000 → 11,000 paid.
      expect([...t.amount]).toEqual([4000, 4000, 3000, 0]);
      expect(days(t)).toEqual(["2026-09-01", "2026-10-01", "2026-09-01", "2026-12-01"]);
      expect(dataset.counts.transactions).toMatchObject({ read: 6, used: 4, rejected: 2 });
      const bad = findings.find((f) => f.code === "row_kind_uncollectible")!;
      expect([bad.row, bad.severity]).toEqual([5, "info"]);
      expect(bad.message["en-US"]).toContain(
        "Column “Status” says “uncollectible” on 2 rows (the first is row 5): an invoice written off",
      );
      expect(bad.message["zh-CN"]).toContain("已核销为坏账、无法收回的发票从未付款，不是购买");
      const billed = findings.find((f) => f.code === "row_kind_billed")!;
      expect(billed.row).toBe(7);
      expect(billed.message["en-US"]).toContain("an invoice billed and awaiting payment");
      expect(billed.message["zh-CN"]).toContain("已开票、待付款的发票是已交付的订单");
      expect(findings.map((f) => f.code)).not.toContain("row_kind_unknown");
      expect(findings.map((f) => f.code)).not.toContain("row_kind_voided");
    },
  );

  // The tester's repro whole (ub2b-invoices.csv): paid 11,000, refunded 1,500; truth 9,500.
  test("Amount Refunded is taken off what was paid", async () => {
    const refunded = invoices
      .slice(0, 6)
      .map((row, i) => [...row, i === 0 ? "Amount Refunded" : i === 1 ? 1500 : 0]);
    const { dataset } = await ingestWorkbook(
      memorySource({ Accounts: accounts, Invoices: refunded }),
      { asOf },
    );
    // Before: 17,000 (Total, the uncollectible invoices counted, no refund taken off).
    expect([...dataset.transactions.amount].reduce((a, b) => a + b, 0)).toBe(9500);
  });

  test("open is still no sale on a sheet that lists no invoices (a cart, a deal)", async () => {
    const orders: Grid = [
      ["Customer ID", "Date", "Total", "Status"],
      ["ap@a.com", "2026-10-01", 4000, "paid"],
      ["ap@a.com", "2026-12-01", 4000, "open"],
      ["ap@b.com", "2026-10-01", 3000, "unpaid"],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: accounts, Orders: orders }),
      { asOf },
    );
    expect([...dataset.transactions.amount]).toEqual([4000]);
    expect(findings.map((f) => f.code)).toContain("row_kind_voided");
    expect(findings.map((f) => f.code)).not.toContain("row_kind_billed");
  });

  test("the words and the sheets of invoices", () => {
    for (const w of ["uncollectible", "Written off", "bad debt", "坏账", "呆账"])
      expect(rowKindOf(w)).toBe("uncollectible");
    expect(rowKindOf("open")).toBe("voided");
    expect(invoiceSheet(["Invoice Number", "Customer ID", "Status"])).toBe(true);
    expect(invoiceSheet(["Customer ID", "Due Date (UTC)", "Status"])).toBe(true);
    expect(invoiceSheet(["发票号码", "客户编号", "状态"])).toBe(true);
    expect(invoiceSheet(["Order ID", "Customer ID", "Status"])).toBe(false);
    expect(invoiceSheet(["订单编号", "买家会员名", "订单状态"])).toBe(false);
    // reviewer60 R6: an order export's invoice title, invoice wanted, invoice e-mail.
    expect(invoiceSheet(["订单编号", "买家会员名", "发票抬头", "订单状态"])).toBe(false);
    expect(invoiceSheet(["订单号", "客户编号", "是否开发票", "状态"])).toBe(false);
    expect(invoiceSheet(["Order ID", "Customer ID", "Invoice Email", "Status"])).toBe(false);
    expect(invoiceSheet(["Invoice No.", "Customer", "Status"])).toBe(true);
    expect(invoiceSheet(["发票编号", "客户编号", "状态"])).toBe(true);
  });
});

// reviewer60 R7: a till's 实收 beside 找零 is the cash handed over (实收 100, 找零 14 on an 86 bill).
test.each([
  ["找零", "应收金额"],
  ["Change Due", "应收金额"],
])("beside %s, 实收金额 is not the amount: %s is", async (change, amount) => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      客户: [["会员编号"], ["C1"]],
      交易: [
        ["单号", "会员编号", "日期", "应收金额", "实收金额", change],
        ["P1", "C1", "2026-11-01", 86, 100, 14],
        ["P2", "C1", "2026-11-02", 45, 50, 5],
      ],
    }),
    { asOf },
  );
  expect(dataset.sources.transactions!.columns.amount).toBe(amount);
  expect([...dataset.transactions.amount]).toEqual([86, 45]);
});

describe("zh: 实收金额 over 应收金额, 坏账 and 未付款 on a sheet of invoices", () => {
  const customers: Grid = [
    ["客户编号", "客户名称"],
    ["K1", "甲公司"],
    ["K2", "乙公司"],
  ];
  test.each(each)("发票: paid amounts, 坏账 left out, 未付款 billed (%s)", async (_, make) => {
    const ledger: Grid = [
      ["发票号码", "客户编号", "开票日期", "应收金额", "实收金额", "状态"],
      ["F1", "K1", "2026-09-01", 5000, 5000, "已收款"],
      ["F2", "K1", "2026-10-01", 5000, 4800, "已收款"],
      ["F3", "K2", "2026-09-01", 3000, 0, "坏账"],
      ["F4", "K1", "2026-11-20", 5000, 0, "未付款"],
    ];
    const { dataset, findings } = await ingestWorkbook(make({ 客户: customers, 发票: ledger }), {
      asOf,
    });
    expect(dataset.sources.transactions!.columns.amount).toBe("实收金额");
    // Before: 应收金额 (leftmost of two …金额), 坏账 unknown and counted, 未付款 voided: 13,000.
    expect([...dataset.transactions.amount]).toEqual([5000, 4800, 0]);
    expect(days(dataset.transactions)).toEqual(["2026-09-01", "2026-10-01", "2026-11-20"]);
    expect(findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["row_kind_uncollectible", "row_kind_billed"]),
    );
  });

  // A 淘宝 order's 等待买家付款 is no invoice: still unpaid, no purchase.
  test("等待买家付款 / 未付款 on an order export stays no sale", async () => {
    const orders: Grid = [
      ["订单编号", "客户编号", "日期", "实付金额", "订单状态"],
      ["T1", "K1", "2026-10-01", 99, "交易成功"],
      ["T2", "K1", "2026-11-01", 99, "等待买家付款"],
      ["T3", "K2", "2026-11-01", 59, "未付款"],
    ];
    const { dataset } = await ingestWorkbook(memorySource({ 客户: customers, 订单: orders }), {
      asOf,
    });
    expect([...dataset.transactions.amount]).toEqual([99]);
  });

  // tester60 U106: a franchise's 会员 sheet and its 实付(元) column, each refused.
  test("会员 is the customers sheet, 实付(元) the amount", async () => {
    const { dataset } = await ingestWorkbook(
      memorySource({
        会员: customers,
        交易: [
          ["客户编号", "日期", "原价(元)", "实付(元)"],
          ["K1", "2026-11-01", 20, 16],
          ["K2", "2026-11-02", 30, 25],
        ],
      }),
      { asOf },
    );
    expect(dataset.sources.customers!.sheetName).toBe("会员");
    expect(dataset.sources.transactions!.columns.amount).toBe("实付(元)");
    expect([...dataset.transactions.amount]).toEqual([16, 25]);
  });
});
