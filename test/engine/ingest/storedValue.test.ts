// tester57 U41: a gym's 收银流水 records a member's 充值 (stored value, 5,000) and then the 年卡 she
// paid from that balance (支付方式 储值卡): both were counted, the same money twice (+9,280 in her
// 12 months). A top-up is no purchase when the purchases paid from it are on the sheet (read at 0,
// its day kept: reviewer58 M2); without such a purchase the top-ups count, said either way.
import type { Grid } from "../../../src/engine/cells";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { paidFromStoredValue, saysPackageItem } from "../../../src/engine/ingest/storedValue";
import { rowKindOf } from "../../../src/engine/ingest/rowKinds";
import { churnReasonsOf, churnReasonsText } from "../../../src/engine/churn/reasons";
import { churnProbabilityOf } from "../../../src/engine/followUp/valueAtStake";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);
const customers: Grid = [["会员卡号"], ["QZ001"], ["QZ002"], ["QZ034"]];

/** Her till: cards paid by 微信, a top-up, two cards paid from it. */
function till(fromBalance: boolean): Grid {
  return [
    ["日期", "会员卡号", "项目", "金额", "支付方式"],
    ["2025-01-05", "QZ001", "月卡", 399, "微信"],
    ["2025-02-05", "QZ001", "续卡", 399, "微信"],
    ["2025-03-01", "QZ034", "充值", 5000, "微信"],
    ["2025-03-02", "QZ002", "季卡", 1080, "支付宝"],
    ["2025-03-10", "QZ034", "年卡", 3280, fromBalance ? "储值卡" : "现金"],
    ["2025-06-10", "QZ002", "续卡", 1080, "刷卡"],
    ["2025-09-10", "QZ034", "私教课", 1500, fromBalance ? "储值卡" : "现金"],
  ];
}

describe("stored value", () => {
  test.each(each)("purchases paid 储值卡 count, the top-up at 0 (%s)", async (_, make) => {
    const { dataset, findings } = await ingestWorkbook(
      make({ 会员资料: customers, 收银流水: till(true) }),
      { asOf },
    );
    const t = dataset.transactions;
    expect([...t.sourceRow]).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(t.amount[t.sourceRow.indexOf(4)]).toBe(0);
    expect([...t.amount].reduce((a, b) => a + b, 0)).toBe(399 * 2 + 1080 * 2 + 3280 + 1500);
    expect(dataset.counts.transactions).toMatchObject({ read: 7, used: 7, rejected: 0 });
    expect(dataset.sources.transactions!.columns.payment).toBe("支付方式");
    const f = findings.find((x) => x.code === "row_kind_top_up")!;
    expect([f.row, f.column]).toEqual([4, "项目"]);
    expect(f.message["zh-CN"]).toBe(
      "列“项目”有 1 行写着“充值”（第一行为第 4 行）：储值充值不是购买，用储值支付的消费才是（列“支付方式”有 2 行写着用储值支付，第一行为第 6 行，已计入），所以这些充值行按 0 计入（只记下这一天的到店），同一笔钱不计两次",
    );
    expect(f.message["en-US"]).toContain(
      "a top-up of stored value is no purchase, the purchases paid from it are (column “支付方式” says so on 2 rows, the first is row 6; counted), so it was read as 0 (the day kept as a visit)",
    );
    expect(findings.some((x) => x.code === "unmapped_column" && x.column === "支付方式")).toBe(
      false,
    );
  });

  test.each(each)(
    "no purchase paid from the balance: the top-up counts, said (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(
        make({ 会员资料: customers, 收银流水: till(false) }),
        { asOf },
      );
      expect(dataset.transactions.count).toBe(7);
      const f = findings.find((x) => x.code === "row_kind_top_up_counted")!;
      expect(f.message["zh-CN"]).toContain("储值充值已按购买计入，因为没有一行消费写明用储值支付");
      expect(f.message["en-US"]).toContain("top-ups of stored value were counted as purchases");
      // The sheet has a 支付方式 column: the advice is to say 储值卡 in it (reviewer60 R5: it
      // said to add one).
      expect(f.message["zh-CN"]).toContain("请在这些消费的支付方式中写明“储值卡”或“余额”");
      expect(f.message["en-US"]).toContain(
        "say “stored value” or “card balance” in their payment method",
      );
      expect(findings.some((x) => x.code === "row_kind_top_up")).toBe(false);
    },
  );

  // reviewer58 M2: left out, a member whose last visit was a top-up read as lapsed (QZ033 topped
  // up 5,000 five days before the analysis date: 77 % 中 and an urgent win-back).
  test("a top-up read at 0 is still the member's last visit; no rows said unused", async () => {
    const rows = [...till(true), ["2025-12-26", "QZ034", "充值", 5000, "微信"]];
    const a = await analyzeWorkbook(memorySource({ 会员资料: customers, 收银流水: rows }), {
      rules: defaultRules(),
      asOf,
    });
    expect(a.warnings.some((x) => x.code === "rows_not_used")).toBe(false);
    expect(a.kpis.revenue).toBe(399 * 2 + 1080 * 2 + 3280 + 1500);
    const qz034 = a.dataset.customers.id.indexOf("QZ034");
    expect(a.summary.segmentation.recencyDays[qz034]).toBe(5);
  });

  test("a payment cell paid from stored value", () => {
    for (const t of [
      "储值卡",
      "余额支付",
      "余额",
      "会员卡",
      "会员卡余额",
      "卡内余额",
      "Store credit",
    ])
      expect(paidFromStoredValue(t)).toBe(true);
    for (const t of ["Card balance", "Account Balance", "储值卡+微信"])
      expect(paidFromStoredValue(t)).toBe(true);
    for (const t of ["微信", "支付宝", "现金", "刷卡", "Shopify Payments", "Imbalanced"])
      expect(paidFromStoredValue(t)).toBe(false);
  });

  // reviewer58 L2: 余额 matched an outside wallet (余额宝, 支付宝余额) and balance a deposit's
  // remainder (Balance payment, 尾款), so every top-up on the sheet was read at 0.
  test("an outside wallet's or a deposit's balance is no stored value", () => {
    for (const t of [
      "余额宝",
      "支付宝余额",
      "微信零钱",
      "Balance payment",
      "Balance",
      "PayPal balance",
    ])
      expect(paidFromStoredValue(t)).toBe(false);
  });

  // tester59 U83: the till said how each row was paid in a column headed 付款, 付款类型 or 类别
  // (or wrote 储值消费 as the row's 类别), which was not read, so the 3,280 + 1,500 paid from the
  // balance counted beside the 5,000 top-up (12,738; truth 7,738: /work/notes/stop60/fix60c).
  const truth = 399 * 2 + 1080 * 2 + 3280 + 1500;
  const headed = (header: string): Grid =>
    till(true).map((row, r) => {
      if (r === 0) return [...row.slice(0, 4), header];
      // The second purchase from the balance written as 卡内余额.
      return row[4] === "储值卡" && row[2] === "私教课" ? [...row.slice(0, 4), "卡内余额"] : row;
    });
  test.each(["付款", "付款类型", "支付类型", "类别"])(
    "paid from stored value said in a column headed %s: the top-up at 0",
    async (header) => {
      const { dataset, findings } = await ingestWorkbook(
        memorySource({ 会员资料: customers, 收银流水: headed(header) }),
        { asOf },
      );
      const source = dataset.sources.transactions!;
      expect(source.columns).toMatchObject({ payment: header, rowKind: "项目" });
      expect([...dataset.transactions.amount].reduce((a, b) => a + b, 0)).toBe(truth);
      const f = findings.find((x) => x.code === "row_kind_top_up")!;
      expect(f.message["zh-CN"]).toContain(`列“${header}”有 2 行写着用储值支付`);
      expect(f.message["en-US"]).toContain(`column “${header}” says so on 2 rows`);
    },
  );

  // reviewer60 R13: a 摘要 (note) column saying the card ran out was taken as the payment column,
  // and both top-ups read at 0 (M1 2,300 → 300, M2 1,700 → 700; nothing here was paid by card).
  test("a note that the balance ran out is no payment from it", async () => {
    const { dataset } = await ingestWorkbook(
      memorySource({
        客户: [["会员编号"], ["M1"], ["M2"]],
        交易: [
          ["会员编号", "日期", "类型", "金额", "摘要"],
          ["M1", "2025-10-01", "充值", 2000, ""],
          ["M1", "2025-10-08", "消费", 300, "会员卡余额不足，改付微信"],
          ["M2", "2025-10-02", "充值", 1000, ""],
          ["M2", "2025-10-09", "消费", 500, "会员卡余额不足，改付微信"],
          ["M2", "2025-10-20", "消费", 200, "储值卡已用完"],
        ],
      }),
      { asOf },
    );
    expect(dataset.sources.transactions!.columns.payment).toBeUndefined();
    expect([...dataset.transactions.amount].reduce((a, b) => a + b, 0)).toBe(4000);
  });

  test("储值消费 in the row type's column is a purchase paid from stored value", async () => {
    const rows: Grid = till(true).map((row, r) =>
      r === 0
        ? ["日期", "会员卡号", "类别", "金额"]
        : [
            row[0],
            row[1],
            row[2] === "充值" ? "充值" : row[4] === "储值卡" ? "储值消费" : "消费",
            row[3],
          ],
    );
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 会员资料: customers, 收银流水: rows }),
      { asOf },
    );
    expect(dataset.sources.transactions!.columns.rowKind).toBe("类别");
    expect([...dataset.transactions.amount].reduce((a, b) => a + b, 0)).toBe(truth);
    const f = findings.find((x) => x.code === "row_kind_top_up")!;
    expect(f.message["zh-CN"]).toContain("列“类别”有 2 行写着用储值支付");
    expect(findings.some((x) => x.code === "row_kind_unknown")).toBe(false);
  });

  test("a date, an amount or a number headed 付款 / 支付 is no payment; a product named 会员卡 says nothing", async () => {
    const rows: Grid = [
      ["付款时间", "会员卡号", "项目", "支付金额", "支付单号"],
      ["2025-03-01", "QZ034", "充值", 5000, "P1"],
      ["2025-03-10", "QZ034", "新办会员卡", 3280, "P2"],
      ["2025-04-10", "QZ034", "储值卡充值", 2000, "P3"],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 会员资料: customers, 收银流水: rows }),
      { asOf },
    );
    const columns = dataset.sources.transactions!.columns;
    expect(columns).toMatchObject({ date: "付款时间", amount: "支付金额" });
    expect(columns.payment).toBeUndefined();
    expect(findings.some((x) => x.code === "row_kind_top_up")).toBe(false);
  });
});

// tester60 U94: a salon's 消费记录 writes a member's card use (划卡) at ¥0 paid 会员卡, and what the
// visit took from the balance in 卡扣金额 or nowhere (a 次卡). A ¥0 use made every 充值 on the sheet
// read 0: the card money vanished (repro: 760; truth 3,760 received; the salon ¥66,418 against
// ¥86,418 cash or ¥124,738 consumption). Rows from /work/notes/stop60/tester60/repro/u94-交易.csv and
// salon/丽人坊会员.xlsx, cut down.
describe("stored value per customer (tester60 U94)", () => {
  const members: Grid = [["会员卡号", "姓名"], ["A1"], ["A2"], ["B1"]];
  const asOf60 = epochDay(2026, 12, 6);
  const u94: Grid = [
    ["日期", "会员卡号", "项目", "类型", "实收金额", "支付方式"],
    ["2026-10-01", "A1", "小气泡疗程卡10次", "充值", 3000, "微信"],
    ["2026-10-08", "A1", "小气泡清洁", "划卡", 0, "会员卡"],
    ["2026-10-22", "A1", "小气泡清洁", "划卡", 0, "会员卡"],
    ["2026-11-05", "A1", "小气泡清洁", "划卡", 0, "会员卡"],
    ["2026-10-03", "A2", "面部护理", "消费", 380, "微信"],
    ["2026-11-03", "A2", "面部护理", "消费", 380, "微信"],
  ];
  const run = (rows: Grid) =>
    analyzeWorkbook(memorySource({ 会员信息: members, 消费记录: rows }), {
      rules: defaultRules(),
      asOf: asOf60,
    });
  const spend = (a: Awaited<ReturnType<typeof run>>, id: string) =>
    a.summary.segmentation.monetary[a.dataset.customers.id.indexOf(id)];

  test("card uses at ¥0: the top-up is what was received, said", async () => {
    const a = await run(u94);
    expect(a.kpis.revenue).toBe(3760);
    expect(spend(a, "A1")).toBe(3000);
    const f = a.findings.find((x) => x.code === "row_kind_top_up_uses_zero")!;
    expect(f.message["zh-CN"]).toBe(
      "列“类型”有 1 行写着“充值”（第一行为第 2 行）：已按收款计入，因为这些会员用储值的消费都按 0 记（列“支付方式”有 3 行用储值支付而金额为 0 或空白，第一行为第 3 行），收到的充值就是收入（按收款计）。如果每次划卡用了多少另有记录，请写在“卡扣金额”列，即按消费计",
    );
    expect(f.message["en-US"]).toContain(
      "counted as received, as these members' purchases paid from stored value are all at 0 (column “支付方式” says so on 3 rows whose amount is 0 or blank, the first is row 3)",
    );
    expect(a.findings.some((x) => x.code === "row_kind_top_up")).toBe(false);
  });

  test("decided per customer: uses with amounts leave that member's top-up out, not another's", async () => {
    const rows: Grid = [
      ...u94,
      ["2026-09-01", "B1", "金卡充值", "充值", 5000, "微信"],
      ["2026-09-10", "B1", "身体SPA", "划卡", 580, "会员卡"],
      ["2026-10-10", "B1", "身体SPA", "划卡", 580, "会员卡"],
      // A free session of hers: her top-up stays out, and this row is not A1's.
      ["2026-11-10", "B1", "身体SPA", "划卡", 0, "会员卡"],
    ];
    const a = await run(rows);
    expect(spend(a, "A1")).toBe(3000);
    expect(spend(a, "B1")).toBe(1160);
    expect(a.kpis.revenue).toBe(3000 + 760 + 1160);
    const codes = a.findings.map((x) => x.code);
    expect(codes).toEqual(expect.arrayContaining(["row_kind_top_up", "row_kind_top_up_uses_zero"]));
    const zero = a.findings.find((x) => x.code === "row_kind_top_up_uses_zero")!;
    expect(zero.message["zh-CN"]).toContain("有 3 行用储值支付而金额为 0 或空白，第一行为第 3 行");
    const left = a.findings.find((x) => x.code === "row_kind_top_up")!;
    expect(left.row).toBe(8);
    expect(left.message["zh-CN"]).toContain("有 1 行写着“充值”（第一行为第 8 行）");
  });

  test("a card use with its amount left blank is a visit at 0, not a refused row", async () => {
    const rows = u94.map((r, i) => (i === 3 ? [...r.slice(0, 4), null, r[5]] : r));
    const a = await run(rows);
    expect(a.dataset.counts.transactions).toMatchObject({ read: 6, used: 6, rejected: 0 });
    expect(a.kpis.revenue).toBe(3760);
    expect(a.findings.some((x) => x.code === "missing_required")).toBe(false);
    // A sale's blank amount is still missing.
    const sale = u94.map((r, i) => (i === 5 ? [...r.slice(0, 4), null, r[5]] : r));
    const b = await run(sale);
    expect(b.dataset.counts.transactions).toMatchObject({ used: 5, rejected: 1 });
  });

  test("卡扣金额 is what each card use took (the consumption basis); a 退卡 of that balance is 0", async () => {
    const rows: Grid = [
      ["日期", "会员卡号", "项目", "类型", "实收金额", "卡扣金额", "支付方式"],
      ["2026-01-01", "B1", "银卡充值", "充值", 3000, null, "微信"],
      ["2026-01-08", "B1", "身体SPA", "划卡", 0, 200, "会员卡"],
      ["2026-02-08", "B1", "身体SPA", "划卡", 0, 200, "会员卡"],
      ["2026-03-08", "B1", "身体SPA", "划卡", 100, 200, "会员卡"],
      ["2026-08-15", "B1", "退卡", "退卡", -2400, null, "微信"],
      ["2026-10-03", "A2", "面部护理", "消费", 380, null, "微信"],
    ];
    const a = await run(rows);
    // 200 + 200 + (100 cash + 200 from the card); the top-up and the refund of the rest at 0.
    expect(spend(a, "B1")).toBe(700);
    expect(a.kpis.revenue).toBe(700 + 380);
    expect(a.dataset.sources.transactions!.columns.cardAmount).toBe("卡扣金额");
    const codes = a.findings.map((x) => x.code);
    expect(codes).not.toContain("return_without_purchase");
    const card = a.findings.find((x) => x.code === "card_amount_read")!;
    expect(card.message["zh-CN"]).toContain("列“卡扣金额”读作用储值消费的金额（按消费计）：3 行");
    expect(card.message["en-US"]).toContain("(the consumption basis): 3 rows");
    const refund = a.findings.find((x) => x.code === "row_kind_card_refund")!;
    expect([refund.row, refund.column]).toEqual([6, "类型"]);
    expect(refund.message["zh-CN"]).toContain("退卡按 0 计，不从消费中减去");
    expect(refund.message["en-US"]).toContain("read as 0, not taken off their spend");
  });

  // reviewer60 R14: card-only rows write 实收 = 卡扣金额 (实收 includes the card's part), so the
  // mixed row 实收 500, 卡扣金额 300 is 500: it was added (800), M1 2,360 instead of 2,060.
  test("卡扣金额 inside 实收, as the sheet's card-only rows show: a mixed row is not added twice", async () => {
    const rows: Grid = [
      ["会员卡号", "日期", "类型", "实收", "卡扣金额", "支付方式"],
      ["B1", "2026-03-01", "充值", 3000, 0, "微信"],
      ["B1", "2026-04-01", "划卡", 880, 880, "会员卡"],
      ["B1", "2026-05-01", "划卡", 680, 680, "会员卡"],
      ["B1", "2026-06-01", "消费", 500, 300, "会员卡+现金"],
      ["A2", "2026-03-01", "充值", 2000, 0, "微信"],
      ["A2", "2026-04-01", "划卡", 400, 400, "会员卡"],
      ["A2", "2026-07-01", "划卡", 600, 600, "会员卡"],
    ];
    const a = await run(rows);
    expect([spend(a, "B1"), spend(a, "A2")]).toEqual([880 + 680 + 500, 1000]);
    const codes = a.findings.map((x) => x.code);
    expect(codes).not.toContain("card_amount_read");
    const f = a.findings.find((x) => x.code === "card_amount_in_paid")!;
    expect([f.row, f.column]).toEqual([3, "卡扣金额"]);
    expect(f.message["zh-CN"]).toBe(
      "列“卡扣金额”读作用储值消费的金额（按消费计）：5 行（第一行为第 3 行）。这张表的“实收”已含卡扣：只用卡扣的消费两列写同一个数（4 行，第一行为第 3 行），所以两列金额不同的 1 行（第一行为第 5 行）按“实收”计，不再加上卡扣；“实收”为 0 或空白时取卡扣金额",
    );
    expect(f.message["en-US"]).toContain(
      "the 1 row where the two differ (the first is row 5) was counted at column “实收”, the card's part not added again",
    );
    // The other convention (card-only rows at 实收 0): the cash part and the card's are added.
    const apart = rows.map((r, i) =>
      i === 2 || i === 3 || i === 6 || i === 7 ? [...r.slice(0, 3), 0, ...r.slice(4)] : r,
    );
    const b = await run(apart);
    expect(spend(b, "B1")).toBe(880 + 680 + 800);
    expect(b.findings.map((x) => x.code)).toContain("card_amount_read");
  });

  test("en: Card use / Redemption / Sale rows and a Stored Value Used column", async () => {
    const rows: Grid = [
      [
        "Date",
        "Member ID",
        "Service",
        "Transaction Type",
        "Amount",
        "Stored Value Used",
        "Payment Method",
      ],
      ["2026-01-01", "B1", "Gold card", "Top up", 3000, null, "Card"],
      ["2026-01-08", "B1", "Massage", "Card use", 0, 200, "Store credit"],
      ["2026-02-08", "B1", "Massage", "Redemption", null, 200, "Store credit"],
      ["2026-10-03", "A2", "Facial", "Sale", 380, null, "Cash"],
    ];
    const a = await analyzeWorkbook(
      memorySource({ Customers: [["Customer ID"], ["A2"], ["B1"]], Transactions: rows }),
      { rules: defaultRules(), asOf: asOf60 },
    );
    expect(a.kpis.revenue).toBe(200 + 200 + 380);
    const codes = a.findings.map((x) => x.code);
    expect(codes).not.toContain("row_kind_unknown");
    expect(codes).toContain("card_amount_read");
  });

  // reviewer60 R5: M5 buys a ¥100 cut, then tops up 10,000 and has not used it yet, on a sheet
  // whose uses carry amounts (M1's 储值卡 purchases): her top-up counted as spend (100 → 10,100)
  // beside members counted by consumption, said as "no purchase here says stored value: add a
  // 支付方式 column" though the sheet has one.
  test("a top-up not used yet on a consumption-basis sheet is read at 0, said with its member and row", async () => {
    const rows: Grid = [
      ["会员卡号", "日期", "类型", "项目", "金额", "支付方式"],
      ["A1", "2026-03-01", "充值", null, 5000, "微信"],
      ["A1", "2026-04-02", "消费", "烫发", 800, "储值卡"],
      ["A1", "2026-06-02", "消费", "护理", 300, "储值卡"],
      ["A2", "2026-03-01", "消费", "剪发", 100, "现金"],
      ["A2", "2026-06-01", "消费", "剪发", 100, "现金"],
      ["B1", "2026-05-01", "消费", "剪发", 100, "现金"],
      ["B1", "2026-11-25", "充值", null, 10000, "微信"],
    ];
    const a = await run(rows);
    expect([spend(a, "A1"), spend(a, "A2"), spend(a, "B1")]).toEqual([1100, 200, 100]);
    expect(a.kpis.revenue).toBe(1400);
    const codes = a.findings.map((x) => x.code);
    expect(codes).not.toContain("row_kind_top_up_counted");
    const f = a.findings.find((x) => x.code === "row_kind_top_up_not_used_yet")!;
    expect([f.row, f.column]).toEqual([8, "类型"]);
    expect(f.message["zh-CN"]).toBe(
      "列“类型”有 1 行充值的会员在表中还没有用储值的消费（第一行为第 8 行，会员“B1”）：这张表用储值的消费记有金额（列“支付方式”有 2 行写着用储值支付，第一行为第 3 行），按消费计，所以这些充值也按 0 计（只记下这一天的到店），余额用掉时随每次消费计入，与其他会员相同；同一笔钱不计两次",
    );
    expect(f.message["en-US"]).toBe(
      "Column “类型”: 1 top-up (the first is row 8, member “B1”) by members with no purchase from stored value on the sheet yet: this sheet records the purchases paid from stored value with their amounts (column “支付方式” says so on 2 rows, the first is row 3), the consumption basis, so it was read as 0 too (the day kept as a visit); the balance counts as it is used, as for the other members: the same money is not counted twice",
    );
    // A1's top-up is said as before, alone.
    expect(a.findings.find((x) => x.code === "row_kind_top_up")!.message["zh-CN"]).toContain(
      "有 1 行写着“充值”（第一行为第 2 行）",
    );
  });

  // reviewer61 R4: B1 topped up 3,000 in June and has not come since, on a sheet whose uses carry
  // amounts: her top-up reads 0 (ac3095a0), and she read "消费金额低：统计期内 0", went to the
  // one-time-buyer batch (value at stake 0) and got no call. Her unused balance is what is at stake.
  test("a member holding an unused balance is called, by her balance, and not said to spend little", async () => {
    const rows: Grid = [
      ["日期", "会员卡号", "项目", "类型", "实收金额", "支付方式"],
      ["2026-03-01", "A1", null, "充值", 5000, "微信"],
      ["2026-04-02", "A1", "烫发", "消费", 800, "储值卡"],
      ["2026-06-02", "A1", "护理", "消费", 300, "储值卡"],
      ["2026-08-02", "A1", "护理", "消费", 300, "储值卡"],
      ["2026-03-05", "A2", "剪发", "消费", 100, "现金"],
      ["2026-05-05", "A2", "剪发", "消费", 100, "现金"],
      ["2026-07-05", "A2", "剪发", "消费", 100, "现金"],
      ["2026-06-01", "B1", null, "充值", 3000, "微信"],
    ];
    const a = await run(rows);
    const b1 = a.dataset.customers.id.indexOf("B1");
    const an = a.classification.analysis;
    // Her spend stays 0 on the consumption basis: the balance is her value, not her revenue.
    expect(spend(a, "B1")).toBe(0);
    expect(a.kpis.revenue).toBe(1700);
    const codes = churnReasonsOf(an, b1).map((r) => r.code);
    expect(codes).not.toContain("low_spend");
    expect(churnReasonsText(an, b1, "zh-CN")).not.toContain("消费金额低");
    expect(churnReasonsText(an, b1, "en-US")).not.toContain("Low spend");
    // A win-back call ranked by her balance, not the one-time-buyer batch.
    const { followUps: f, unscheduled: u } = a.schedule;
    const hers = [...f.customer].indexOf(b1);
    expect(hers).toBeGreaterThanOrEqual(0);
    expect(FOLLOW_UP_REASONS[f.reason[hers]]).toBe("win_back");
    expect(f.valueAtStake[hers]).toBeCloseTo(churnProbabilityOf(an, b1) * 3000, 6);
    expect([...u.customer]).not.toContain(b1);
    // The balance held: hers 3,000; A1, who uses hers, none here (her spend is her uses).
    expect(an.heldBalance?.[b1]).toBe(3000);
    expect(an.heldBalance?.[a.dataset.customers.id.indexOf("A1")]).toBe(0);
  });

  test("a member whose own uses are at ¥0 keeps the cash basis on a consumption-basis sheet", async () => {
    // A1's 次卡 used at 0 beside B1's uses with amounts: A1's top-up counted, B1's read at 0.
    const rows: Grid = [
      ...u94,
      ["2026-09-01", "B1", "金卡充值", "充值", 5000, "微信"],
      ["2026-09-10", "B1", "身体SPA", "划卡", 580, "会员卡"],
    ];
    const a = await run(rows);
    expect([spend(a, "A1"), spend(a, "B1")]).toEqual([3000, 580]);
    expect(a.findings.map((x) => x.code)).not.toContain("row_kind_top_up_not_used_yet");
  });

  test("the row types 消费, 划卡, Sale, Card use, Redemption are known", () => {
    for (const t of ["消费", "划卡", "耗卡", "Sale", "Card use", "Redemption"])
      expect(rowKindOf(t)).toBe("sale");
    expect(rowKindOf("退卡")).toBe("returned");
  });
});

// tester60 U107: 开卡日期 is the day the member joined; 项目 (the service item) is the product, so a
// 充值 and a 划卡 of one day differ in their item, not only in their payment (said as duplicates).
describe("a salon's headers (tester60 U107)", () => {
  test("开卡日期 is the created date, 项目 the product; a top-up and a card use of one day are no duplicates", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({
        会员信息: [
          ["会员卡号", "姓名", "开卡日期"],
          ["LR007", "周婷", "2026-11-25"],
        ],
        消费记录: [
          ["日期", "会员卡号", "项目", "类型", "实收金额", "支付方式"],
          ["2026-11-25", "LR007", "普卡充值", "充值", 2000, "微信"],
          ["2026-11-25", "LR007", "面部护理", "划卡", 380, "会员卡"],
        ],
      }),
      { asOf: epochDay(2026, 12, 6) },
    );
    expect(dataset.sources.customers!.columns.created).toBe("开卡日期");
    expect(dataset.customers.created[0]).toBe(epochDay(2026, 11, 25));
    expect(dataset.sources.transactions!.columns.product).toBe("项目");
    const codes = findings.map((x) => x.code);
    expect(codes).not.toContain("duplicate_row_payment_differs");
    expect(codes).not.toContain("unmapped_near_field");
  });
});

describe("saysPackageItem: an item that is a card or pack of visits (fix61l)", () => {
  test.each([
    "面部护理10次卡",
    "肩颈理疗（10次）",
    "钢琴课 48课时",
    "课时包",
    "健身月卡",
    "Yoga 10-class pack",
    "10 sessions PT",
    "Punch card",
  ])("%s: a pack", (s) => expect(saysPackageItem(s)).toBe(true));
  test.each([
    "美团洁牙套餐",
    "正畸疗程",
    "第2次复查",
    "1次体验课",
    "面部护理",
    "卡布奇诺",
    "Backpack",
    "Class",
  ])("%s: no pack", (s) => expect(saysPackageItem(s)).toBe(false));
});

// tester63 U162: a clinic writes its top-up in its 项目 column among the treatments (会员卡充值),
// or in 类型 / 收费项目 as a phrase; the treatments paid from it (会员卡 / 储值卡) were counted and
// so was the top-up: revenue 7,700 for 2,700 (the consumption basis, as a cell of exactly 充值
// read), no warning. Repro: /work/notes/stop63/tester63/repro/topup (t.csv, t3, t4, t6), copied.
describe("a top-up written as a phrase, or in an item column (tester63 U162)", () => {
  const patients: Grid = [
    ["病历号", "姓名"],
    ["A1", "陈美玲"],
    ["A2", "张伟"],
  ];
  const sheet = (column: string, topUp: string, card: string): Grid => [
    ["收费日期", "病历号", column, "实收金额", "支付方式"],
    ["2026-03-01", "A1", topUp, 5000, "微信"],
    ["2026-03-05", "A1", "洁牙", 300, card],
    ["2026-06-05", "A1", "洁牙", 300, card],
    ["2026-09-05", "A1", "补牙", 600, card],
    ["2026-11-20", "A1", "洁牙", 300, card],
    ["2026-03-05", "A2", "洁牙", 300, "微信"],
    ["2026-06-05", "A2", "洁牙", 300, "微信"],
    ["2026-09-05", "A2", "洁牙", 300, "微信"],
    ["2026-11-25", "A2", "洁牙", 300, "微信"],
  ];
  test.each([
    ["项目", "会员卡充值", "会员卡"],
    ["类型", "会员卡充值", "会员卡"],
    ["收费项目", "会员卡充值", "会员卡"],
    ["项目", "会员卡充值", "储值卡"],
    ["项目", "储值卡充值", "会员卡"],
    ["项目", "充值5000送500", "会员卡"],
    ["项目", "充值", "会员卡"],
  ])("%s %s, the uses paid %s: the top-up at 0, said", async (column, topUp, card) => {
    const a = await analyzeWorkbook(
      memorySource({ 患者档案: patients, 收费明细: sheet(column, topUp, card) }),
      { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
    );
    expect([column, topUp, a.kpis.revenue]).toEqual([column, topUp, 2700]);
    const f = a.findings.find((x) => x.code === "row_kind_top_up")!;
    expect([f.row, f.column]).toEqual([2, column]);
    expect(f.message["zh-CN"]).toContain(`列“${column}”有 1 行写着“${topUp}”`);
    expect(f.message["en-US"]).toContain(`“${topUp}”`);
  });

  test("a 便利店's 话费充值 or 充值卡 among its items stays a sale", async () => {
    const shop: Grid = [
      ["日期", "会员号", "商品", "金额", "支付方式"],
      ["2026-03-01", "A1", "话费充值", 100, "会员卡"],
      ["2026-03-02", "A1", "充值卡", 50, "会员卡"],
      ["2026-03-03", "A1", "加油卡充值", 200, "会员卡"],
      ["2026-03-04", "A2", "矿泉水", 3, "微信"],
    ];
    const a = await analyzeWorkbook(
      memorySource({ 会员: [["会员号"], ["A1"], ["A2"]], 销售: shop }),
      { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
    );
    expect(a.kpis.revenue).toBe(353);
    expect(a.findings.map((x) => x.code)).not.toContain("row_kind_top_up");
  });

  // reviewer63 R8: a phone shop sells phone credit as 充100 / 充50 / 充30元 among 手机壳 and 贴膜;
  // once one sale was paid 会员卡 the credit sold was read as the shop's own top-ups (5,540 →
  // 1,720), and without it a warning asked the owner to change right data. A bare 充 + amount
  // names no card of ours: among items it stays a sale (repro /work/notes/stop63/reviewer63/r4).
  test.each([
    ["会员卡", 563],
    ["微信", 563],
  ])(
    "a phone shop's 充100 / 充50 / 充30元 among its items stay sales (a 贴膜 paid %s)",
    async (pay, revenue) => {
      const shop: Grid = [
        ["客户编号", "日期", "项目", "金额", "支付方式"],
        ["P01", "2026-06-18", "充100", 100, "微信"],
        ["P01", "2026-07-10", "贴膜", 20, pay],
        ["P01", "2026-08-17", "充50", 50, "微信"],
        ["P01", "2026-09-10", "充值100", 100, "微信"],
        ["P02", "2026-06-20", "手机壳", 35, "微信"],
        ["P02", "2026-08-20", "充30元", 30, "微信"],
        ["P02", "2026-10-20", "数据线", 28, "微信"],
        ["P02", "2026-11-20", "充200", 200, "微信"],
      ];
      const a = await analyzeWorkbook(
        memorySource({ 客户: [["客户编号"], ["P01"], ["P02"]], 销售: shop }),
        { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
      );
      expect(a.kpis.revenue).toBe(revenue);
      // Nor a warning asking the owner to write 储值卡 beside right data (row_kind_top_up*).
      expect(a.findings.map((x) => x.code).filter((c) => c.startsWith("row_kind_top_up"))).toEqual(
        [],
      );
    },
  );
});

// tester64 U183: a car wash's 何雪 topped up 1,000 (counted 0, as top-ups are), washed from the
// balance at 35 a time, then closed her card and was handed back the unspent 500: `退卡退余额 −500`
// in 项目. The −500 was taken off her spend (165 for 665: 19 washes × 35), as if she returned a
// sale. Repro: /work/notes/stop64/tester64/wash/gen.js (MERGED=1), made small here.
describe("a refund of a stored-value balance is the top-up's reversal: 0 (tester64 U183)", () => {
  const members: Grid = [
    ["会员卡号", "姓名"],
    ["JL016", "何雪"],
    ["JL012", "孙丽"],
  ];
  const log = (item: string, column = "项目", amount: number | string = -500): Grid => [
    ["日期", "会员卡号", column, "支付方式", "金额"],
    ["2026-01-05", "JL016", "充值", "微信", 1000],
    ["2026-01-07", "JL016", "普洗", "储值卡扣款", 35],
    ["2026-03-07", "JL016", "普洗", "储值卡扣款", 35],
    ["2026-05-07", "JL016", "普洗", "储值卡扣款", 35],
    ["2026-09-15", "JL016", item, "现金", amount],
    ["2026-04-04", "JL012", "精洗", "现金", 68],
  ];
  const run = (sheet: Grid) =>
    analyzeWorkbook(memorySource({ 会员档案: members, 消费记录: sheet }), {
      rules: defaultRules(),
      asOf: epochDay(2026, 12, 6),
    });
  const spend = async (sheet: Grid) => {
    const a = await run(sheet);
    return { a, total: a.kpis.revenue };
  };

  test.each([
    "退卡退余额",
    "退余额",
    "退储值",
    "余额退还",
    "储值退款",
    "退卡，退余额500元",
    "退还卡内余额",
    "Balance refund",
    "Refund of credit",
    "Store credit refund",
  ])("项目 %s −500: read as 0, said once", async (item) => {
    const { a, total } = await spend(log(item));
    expect([item, total]).toEqual([item, 105 + 68]); // −500 before: −327
    const said = a.findings.filter((x) => x.code === "row_kind_card_refund");
    expect(said).toHaveLength(1);
    expect([said[0].row, said[0].column]).toEqual([6, "项目"]);
    expect(said[0].message["zh-CN"]).toBe(
      `列“项目”有 1 行写着“${item}”（第一行为第 6 行）：储值退款不是退货，退回的是没用完的储值余额，而这些会员的充值按 0 计、用储值的消费已计入，所以退卡按 0 计，不从消费中减去`,
    );
    expect(said[0].message["en-US"]).toBe(
      `Column “项目” says “${item}” on 1 row (the first is row 6): a refund of stored value is no return of a sale; the balance refunded was never counted, as these members' top-ups were read as 0 and their purchases from the balance counted, so it was read as 0, not taken off their spend`,
    );
  });

  test("written positive, or in a row-type column as a phrase: 0 too", async () => {
    expect((await spend(log("退卡退余额", "项目", 500))).total).toBe(173);
    expect((await spend(log("退卡退余额", "类型"))).total).toBe(173);
  });

  test.each(["退货", "普洗退款", "会员卡退款", "退余额宝"])(
    "项目 %s −35 is a return of a sale: it still lowers the spend",
    async (item) => {
      const { a, total } = await spend(log(item, "项目", -35));
      expect([item, total]).toEqual([item, 173 - 35]);
      expect(a.findings.map((x) => x.code)).not.toContain("row_kind_card_refund");
    },
  );
});

// reviewer64 H3 (on b650bd26): a sale paid from the card, returned with the money put back onto the
// card, written as 退回储值卡 / 余额退款 … −300 with 支付方式 储值卡扣款, was read as a balance refund
// at 0: the 300 stayed in her spend (C01 500 → 800). Repro: /work/notes/stop64/reviewer64/gen2.js,
// made small here (何雪's 镀晶 300 from her card, returned two days later).
describe("a return put back onto the card lowers the spend; a balance paid out is 0 (reviewer64 H3)", () => {
  const members: Grid = [
    ["会员卡号", "姓名"],
    ["JL016", "何雪"],
    ["JL012", "孙丽"],
  ];
  const uses = (kind: string, paid: string[]) => [
    ["2026-01-05", "JL016", "充值", ...paid.slice(0, 1), 1000],
    ["2026-01-07", "JL016", kind, ...paid.slice(1), 35],
    ["2026-03-07", "JL016", kind, ...paid.slice(1), 35],
    ["2026-05-07", "JL016", kind, ...paid.slice(1), 35],
    ["2026-09-01", "JL016", kind === "普洗" ? "镀晶" : kind, ...paid.slice(1), 300],
  ];
  const withPayment = (item: string, payment: string): Grid => [
    ["日期", "会员卡号", "项目", "支付方式", "金额"],
    ...uses("普洗", ["微信", "储值卡扣款"]),
    ["2026-09-03", "JL016", item, payment, -300],
    ["2026-04-04", "JL012", "精洗", "现金", 68],
  ];
  // No payment column: the row type says the card was used (储值消费); the words decide.
  const noPayment = (item: string): Grid => [
    ["日期", "会员卡号", "类型", "金额"],
    ...uses("储值消费", []),
    ["2026-09-03", "JL016", item, -300],
    ["2026-04-04", "JL012", "消费", 68],
  ];
  const run = async (sheet: Grid) => {
    const a = await analyzeWorkbook(memorySource({ 会员档案: members, 消费记录: sheet }), {
      rules: defaultRules(),
      asOf: epochDay(2026, 12, 6),
    });
    return {
      total: a.kpis.revenue,
      said: a.findings.some((x) => x.code === "row_kind_card_refund"),
    };
  };

  test.each([
    "退回储值卡",
    "退回余额",
    "余额退款",
    "储值退款",
    "退还卡内余额",
    "Store credit refund",
    "退余额",
  ])(
    "项目 %s −300 paid 储值卡扣款 is a return onto the card: it lowers the spend",
    async (item) => {
      expect([item, await run(withPayment(item, "储值卡扣款"))]).toEqual([
        item,
        { total: 105 + 68, said: false }, // before: 105 + 300 + 68, said as a card refund
      ]);
    },
  );

  test.each(["退卡退余额", "退卡，退余额300元"])(
    "项目 %s −300 paid 储值卡扣款: the card was given back, the balance paid out: 0",
    async (item) => {
      expect(await run(withPayment(item, "储值卡扣款"))).toEqual({
        total: 105 + 300 + 68,
        said: true,
      });
    },
  );

  test.each(["现金", "微信", "转账"])(
    "退回储值卡 / 储值退款 −300 paid out in %s is the balance handed back: 0 (tester64 U183)",
    async (payment) => {
      for (const item of ["退回储值卡", "储值退款"])
        expect([item, await run(withPayment(item, payment))]).toEqual([
          item,
          { total: 105 + 300 + 68, said: true },
        ]);
    },
  );

  test("no payment column: 退回余额 / Store credit refund go back onto the card; 储值退款 is paid out", async () => {
    expect(await run(noPayment("退回储值卡"))).toEqual({ total: 105 + 68, said: false });
    expect(await run(noPayment("退回余额"))).toEqual({ total: 105 + 68, said: false });
    expect(await run(noPayment("Store credit refund"))).toEqual({ total: 105 + 68, said: false });
    expect(await run(noPayment("储值退款"))).toEqual({ total: 105 + 300 + 68, said: true });
    expect(await run(noPayment("退卡退余额"))).toEqual({ total: 105 + 300 + 68, said: true });
  });
});
