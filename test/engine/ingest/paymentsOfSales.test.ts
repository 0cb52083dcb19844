/**
 * tester62 U149 (H): a QuickBooks "Transaction List by Date" lists each Invoice and, later, the
 * Payment received of it (written positive, as QuickBooks writes it): every payment was a second
 * purchase (revenue 5,100 for 2,600, 7 orders for 4, the rhythm halved) and the warning said "If
 * they are returns, voided orders or gifts…". The same in a 用友 / 金蝶 ledger: 收款单 beside
 * 销售出库单 (4,000 for 2,000). A payment of a sale the sheet lists is no purchase: not used, said
 * in the run's warning. A sheet of payments alone (收款记录 of 回款, no sale row: fix61g) stays read
 * as the sales. Cut down from /work/notes/stop62/tester62/repro/qbpay (t.csv, zt.csv).
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { rowKindOf } from "../../../src/engine/ingest/rowKinds";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 6);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);
const customers: Grid = [["Customer ID"], ["A"], ["B"]];
const sum = (a: Float64Array) => [...a].reduce((x, y) => x + y, 0);

const quickBooks: Grid = [
  [
    "Date",
    "Transaction Type",
    "Num",
    "Customer ID",
    "Due Date",
    "Amount",
    "Open Balance",
    "Status",
  ],
  ["2026-09-01", "Invoice", "1001", "A", "2026-10-01", 1000, 0, "Paid"],
  ["2026-09-20", "Payment", "", "A", "", 1000, 0, "Closed"],
  ["2026-10-01", "Invoice", "1002", "A", "2026-10-31", 1000, 0, "Paid"],
  ["2026-10-25", "Payment", "", "A", "", 1000, 0, "Closed"],
  ["2026-10-05", "Invoice", "1003", "B", "2026-11-04", 500, 0, "Paid"],
  ["2026-10-30", "Payment", "", "B", "", 500, 0, "Closed"],
  ["2026-11-10", "Credit Memo", "CM-1", "B", "", -100, 0, "Closed"],
  ["2026-11-12", "Sales Receipt", "1004", "B", "", 200, 0, "Paid"],
];

describe.each(each)("payments of the sheet's sales are no purchases (%s)", (_, make) => {
  test("QuickBooks: Payment beside Invoice", async () => {
    const { dataset, findings } = await ingestWorkbook(
      make({ Customers: customers, Transactions: quickBooks }),
      { asOf },
    );
    const t = dataset.transactions;
    // Before: 5,100, each payment a second purchase.
    expect(sum(t.amount)).toBe(2600);
    expect([...t.day].map((d) => isoDate(d))).toEqual([
      "2026-09-01",
      "2026-10-01",
      "2026-10-05",
      "2026-11-10",
      "2026-11-12",
    ]);
    expect(dataset.counts.transactions).toMatchObject({ read: 8, used: 5, rejected: 3 });
    const codes = findings.map((f) => f.code);
    // Before: “Payment” (3 rows), “Sales Receipt” (1 row) are no row types we know.
    expect(codes).not.toContain("row_kind_unknown");
    const paid = findings.find((f) => f.code === "row_kind_payment")!;
    expect(paid.row).toBe(3);
    expect(paid.message["en-US"]).toBe(
      "Column “Transaction Type” says “Payment” on 3 rows (the first is row 3): the sheet lists the sales too (invoices, sales receipts), and a payment received of one is no new purchase, the same money again; they were not used (not in revenue, purchase counts or last-purchase dates)",
    );
    expect(paid.message["zh-CN"]).toContain("收款是对这些销售的付款，不是新的购买");
  });

  // A payment listed before the first sale (a list sorted by date starting with one of an earlier
  // invoice) is held until a sale shows the sheet lists them.
  test("用友: 收款单 beside 销售出库单, a 收款单 first", async () => {
    const ledger: Grid = [
      ["日期", "单据类型", "单据编号", "客户编号", "金额"],
      ["2026-08-25", "收款单", "SK0", "A", 800],
      ["2026-09-01", "销售出库单", "XS1", "A", 1000],
      ["2026-09-20", "收款单", "SK1", "A", 1000],
      ["2026-10-01", "销售出库单", "XS2", "A", 1000],
      ["2026-10-25", "回款", "SK2", "A", 1000],
    ];
    const { dataset, findings } = await ingestWorkbook(
      make({ 客户: [["客户编号"], ["A"]], 交易: ledger }),
      { asOf },
    );
    // Before: 4,800, each 收款单 a purchase.
    expect([...dataset.transactions.amount]).toEqual([1000, 1000]);
    expect(dataset.counts.transactions).toMatchObject({ read: 5, used: 2, rejected: 3 });
    const paid = findings.find((f) => f.code === "row_kind_payment")!;
    expect([paid.row, paid.value]).toEqual([2, "收款单"]);
    expect(paid.message["zh-CN"]).toBe(
      "列“单据类型”有 3 行写着“收款单”/“回款”（第一行为第 2 行）：这张表也列出了销售（发票、出库单），收款是对这些销售的付款，不是新的购买，同一笔钱不计两次，所以这些行未使用（不计入收入、购买次数和最近购买日期）",
    );
  });

  // fix61g: a renovation firm's 收款记录 is its sales. With a 类型 of 回款 on every row it stays so.
  test("a sheet of payments alone: each the purchase", async () => {
    const received: Grid = [
      ["收款日期", "客户编号", "类型", "金额"],
      ["2026-03-01", "A", "回款", 25000],
      ["2026-06-01", "A", "回款", 44000],
      ["2026-05-01", "B", "收款", 18000],
    ];
    const { dataset, findings } = await ingestWorkbook(
      make({ 客户档案: [["客户编号"], ["A"], ["B"]], 收款记录: received }),
      { asOf },
    );
    expect([...dataset.transactions.amount]).toEqual([25000, 44000, 18000]);
    expect(dataset.counts.transactions).toMatchObject({ read: 3, used: 3, rejected: 0 });
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain("row_kind_payment");
    const counted = findings.find((f) => f.code === "row_kind_payment_counted")!;
    expect(counted.message["zh-CN"]).toContain(
      "（这张表只有收款，或没有列出这位客户的销售），所以每笔收款按购买计入当天",
    );
    // The words now say why per customer (reviewer62 R7): no sale of hers comes to as much.
    expect(counted.message["en-US"]).toContain(
      "no sale of the same customer on the sheet comes to as much (the sheet lists payments only",
    );
  });

  // reviewer62 R7 (H): a school's 缴费流水, 收款 of tuition (3,600) beside three textbook 销售 (120):
  // one 销售 made every 收款 "a payment of its sales", revenue 108,360 → 360, S04–S10 prospects.
  // A payment is of its customer's sales only, when hers on the sheet come to as much.
  test("a 收款 is a payment only of its own customer's sales (R7)", async () => {
    const fees: Grid = [["日期", "学号", "类型", "金额", "摘要"]];
    const ids = ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10"];
    for (const m of ["03", "06", "09"])
      ids.forEach((id, i) => fees.push([`2026-${m}-0${1 + (i % 9)}`, id, "收款", 3600, "学费"]));
    for (const id of ids.slice(0, 3)) fees.push(["2026-03-02", id, "销售", 120, "教材"]);
    const { dataset, findings } = await ingestWorkbook(
      make({ 学员: [["学号"], ...ids.map((id) => [id])], 缴费流水: fees }),
      { asOf },
    );
    // Before: 360, the 30 收款 rows not used.
    expect(sum(dataset.transactions.amount)).toBe(108360);
    expect(dataset.counts.transactions).toMatchObject({ read: 33, used: 33, rejected: 0 });
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain("row_kind_payment");
    expect(codes).toContain("row_kind_payment_counted");
  });

  // reviewer62 R7, en: house account A pays $500 a month (its invoices elsewhere) beside walk-in
  // B's Sales Receipts: A's payments are her purchases, 6,960 (before: 960).
  test("a payment with no sale of its customer on the sheet is her purchase (R7)", async () => {
    const ledger: Grid = [["Date", "Customer ID", "Type", "Amount"]];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, "0");
      ledger.push(
        [`2026-${mm}-05`, "A", "Payment", 500],
        [`2026-${mm}-06`, "B", "Sales Receipt", 80],
      );
    }
    const { dataset, findings } = await ingestWorkbook(
      make({ Customers: customers, Transactions: ledger }),
      { asOf },
    );
    expect(sum(dataset.transactions.amount)).toBe(6960);
    const counted = findings.find((f) => f.code === "row_kind_payment_counted")!;
    expect([counted.row, counted.message["en-US"]]).toEqual([
      2,
      expect.stringContaining("on 12 rows (the first is row 2)"),
    ]);
  });

  // reviewer62 R13 (H): a ledger sorted by its type column (Transaction Type Z→A; 收款单 before
  // 销售出库单) lists every Payment before any Invoice. Past 50,000 payments held they were all
  // committed as sales: revenue doubled (30,200,086 → 61,058,339 on 241,436 rows). Payments are
  // held until the sheet's end (PAYMENTS_HELD_MAX), so the order does not matter.
  test("a ledger sorted with its 60,000 payments first: no money doubled (R13)", async () => {
    const rows = 60_000;
    const pays: Grid = [];
    const invoices: Grid = [];
    for (let i = 0; i < rows; i++) {
      const id = i % 2 === 0 ? "A" : "B";
      pays.push(["2026-10-20", "Payment", String(i), id, 10]);
      invoices.push(["2026-10-01", "Invoice", String(i), id, 10]);
    }
    const head = ["Date", "Transaction Type", "Num", "Customer ID", "Amount"];
    for (const sheet of [
      [head, ...pays, ...invoices],
      [head, ...invoices, ...pays],
    ]) {
      const { dataset } = await ingestWorkbook(
        make({ Customers: customers, Transactions: sheet }),
        { asOf },
      );
      // Before, payments first: 1,200,000, every payment a sale too.
      expect(sum(dataset.transactions.amount)).toBe(600_000);
      expect(dataset.counts.transactions).toMatchObject({ used: rows, rejected: rows });
    }
  }, 60_000);
});

test("the payments left out are the run's warning rows_not_used, in both languages", async () => {
  const a = await analyzeWorkbook(
    memorySource({ Customers: customers, Transactions: quickBooks }),
    { rules: defaultRules(), asOf },
  );
  const w = a.warnings.filter((x) => x.code === "rows_not_used");
  expect(w.map((x) => x.message["en-US"])).toEqual([
    expect.stringContaining("“Payment” on 3 rows (the first is row 3)"),
  ]);
  expect(w[0].message["zh-CN"]).toContain("收款是对这些销售的付款");
  expect(a.warnings.map((x) => x.code)).not.toContain("row_kinds_unknown");
});

test("the words of a payment received", () => {
  for (const w of ["Payment", "Receive Payment", "Deposit", "收款单", "收款", "回款"])
    expect(rowKindOf(w)).toBe("payment");
  expect(rowKindOf("Sales Receipt")).toBe("sale");
  // A status of a sale paid or collected stays a sale.
  for (const w of ["已收款", "Paid", "未收款"]) expect(rowKindOf(w)).toBe("sale");
});
