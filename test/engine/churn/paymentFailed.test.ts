/**
 * tester61 U134: Chloe Nguyen's Stripe charges failed three times on an expired card, her status
 * past_due, and she still attends; the product called her "overdue by 22 days against own rhythm"
 * with a retention call (signs of leaving). The true call is about the card: "your payment failed,
 * please update it" (involuntary churn). A status saying a charge failed (past_due, 欠费, 扣款失败)
 * is now said first among her reasons and in the call's talking point, in both languages; her
 * probability is not moved (no data set measured what a failed charge does to buying again).
 * A small copy of tester61's yoga workbook (notes/stop61/tester61/yoga/gen.js): monthly $129.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import {
  cycleDays,
  failedChargeWord,
  paymentFailedStatus,
} from "../../../src/engine/ingest/paymentFailed";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import type { Grid } from "../../../src/engine/cells";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { openCsv } from "../../../src/workbook/file/csvSource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = "2026-12-06";

/** Monthly charges on the 15th from 2025-06 to `last` (ISO), each `status`. */
function charges(id: string, last: string): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let m = 0; ; m++) {
    const y = 2025 + Math.floor((m + 5) / 12);
    const d = `${y}-${String(((m + 5) % 12) + 1).padStart(2, "0")}-15`;
    if (d > last) return out;
    out.push([d, id, 129, "Paid"]);
  }
}

/** The studio: steady members paid to 2026-11-15, CHLOE and TWIN to 2026-10-15; CHLOE's status `status`. */
async function studio(status: string, header = "Status"): Promise<Analysis> {
  const steady = [...Array(8).keys()].map((k) => `M${k}`);
  const rows = [
    ["Created date (UTC)", "Customer ID", "Amount", "Status"],
    ...steady.flatMap((id) => charges(id, "2026-11-15")),
    ...charges("CHLOE", "2026-10-15"),
    ...charges("TWIN", "2026-10-15"),
    ["2026-11-15", "CHLOE", 129, "Failed"],
    ["2026-11-18", "CHLOE", 129, "Failed"],
    ["2026-11-22", "CHLOE", 129, "Failed"],
  ];
  const customers = [
    ["Customer ID", header],
    ...steady.map((id) => [id, "active"]),
    ["CHLOE", status],
    ["TWIN", "active"],
  ];
  return analyzeWorkbook(memorySource({ Customers: customers, Transactions: rows }), {
    rules: defaultRules(),
    asOf: parseIsoDate(AS_OF),
  });
}

const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);
const reasons = (a: Analysis, id: string, lang: "zh-CN" | "en-US" = "en-US") =>
  churnReasonsIn(a.classification.analysis, row(a, id), lang);

describe("a status saying a charge failed (tester61 U134)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await studio("past_due");
  }, 60_000);

  it("is Chloe's first reason, in both languages", () => {
    const level = a.classification.analysis.churnLevel[row(a, "CHLOE")];
    // A low row's first line is what holds it down; what adds risk follows it.
    const first = RISK_LEVELS[level] === "low" ? 1 : 0;
    expect(reasons(a, "CHLOE")[first]).toEqual({
      code: "payment_failed",
      text: "Status “past_due”: the payment failed (a payment problem, not a sign of leaving); ask the customer to update the payment method",
    });
    expect(reasons(a, "CHLOE", "zh-CN")[first].text).toBe(
      "状态为“past_due”：扣款失败（付款问题，不是要离开的迹象），请客户更新付款方式",
    );
    expect(reasons(a, "TWIN").map((r) => r.code)).not.toContain("payment_failed");
  });

  it("does not move her probability: the same as her twin's, whose status is active", () => {
    const p = a.classification.analysis.churnProbability;
    expect(p[row(a, "CHLOE")]).toBe(p[row(a, "TWIN")]);
  });

  it("the call's talking point says to update the payment method, not a retention pitch", () => {
    const points = talkingPoints(a.dataset, a.dataset.asOf);
    const c = row(a, "CHLOE");
    expect(talkingPointText(points, a.dataset, c, a.dataset.asOf, "en-US")).toMatch(
      /^Status “past_due”: the payment failed; ask the customer to update the payment method \(a new card or account\), not a retention pitch/,
    );
    expect(talkingPointText(points, a.dataset, c, a.dataset.asOf, "zh-CN")).toMatch(
      /^状态“past_due”：扣款失败，请客户更新付款方式（换卡或换扣款账户），不是挽留/,
    );
    expect(
      talkingPointText(points, a.dataset, row(a, "TWIN"), a.dataset.asOf, "en-US"),
    ).not.toMatch(/payment/);
  });
});

test("欠费 in a 状态 column says the same, in zh", async () => {
  const a = await studio("欠费", "状态");
  expect(reasons(a, "CHLOE", "zh-CN").map((r) => r.text)).toContain(
    "状态为“欠费”：扣款失败（付款问题，不是要离开的迹象），请客户更新付款方式",
  );
}, 60_000);

test("the status words: past_due as Stripe writes it or spelt out, 欠费, 扣款失败; not active", () => {
  expect([
    ...paymentFailedStatus(["active", "past_due", "Past Due", "欠费", "扣款失败", ""])!,
  ]).toEqual([-1, 0, 0, 4, 6, -1]);
  expect(paymentFailedStatus(["active", "canceled"])).toBeNull();
  expect(paymentFailedStatus(undefined)).toBeNull();
});

/*
 * tester61 U134 (the rest, fix62c): a member whose card charges failed (Stripe's Payments `Status`
 * Failed, Decline Reason expired_card) with no past_due status said nothing of it: her reason was
 * "overdue against own rhythm" and the schedule's purpose "Retention call (signs of leaving)". The
 * failed rows are no sale (they were, and stay, left out of revenue), and now, when no paid charge
 * follows them, give the reason payment_failed, the talking point to update the card, and a
 * purpose that says payment, not retention; in zh and en, from a workbook and from CSV files.
 */
const members = [...Array(8).keys()].map((k) => `M${k}`);
/** Charges with a Decline Reason column: `charges`' rows, each with none. */
const paid = (id: string, last: string) => charges(id, last).map((r) => [...r, ""]);
/** Every member active; CHLOE's three charges failed after 10-15, LIAM's one failed then paid. */
const TRANSACTIONS: Grid = [
  ["Created date (UTC)", "Customer ID", "Amount", "Status", "Decline Reason"],
  ...members.flatMap((id) => paid(id, "2026-11-15")),
  ...paid("CHLOE", "2026-10-15"),
  ...paid("TWIN", "2026-10-15"),
  ...paid("LIAM", "2026-10-15"),
  ["2026-11-15", "CHLOE", 129, "Failed", "expired_card"],
  ["2026-11-18", "CHLOE", 129, "Failed", "expired_card"],
  ["2026-11-22", "CHLOE", 129, "Failed", "expired_card"],
  ["2026-11-15", "LIAM", 129, "Failed", "insufficient_funds"],
  ["2026-11-18", "LIAM", 129, "Paid", ""],
];
const CUSTOMERS: Grid = [
  ["Customer ID", "Status"],
  ...[...members, "CHLOE", "TWIN", "LIAM"].map((id) => [id, "active"]),
];

const runOn = (source: Parameters<typeof analyzeWorkbook>[0]) =>
  analyzeWorkbook(source, { rules: defaultRules(), asOf: parseIsoDate(AS_OF) });

const EN =
  "3 charges failed since the last payment (the last on 2026-11-22): a payment problem, not a sign of leaving; ask the customer to update the payment method";
const ZH =
  "上次付款后 3 次扣款失败（最近一次 2026-11-22）：付款问题，不是要离开的迹象，请客户更新付款方式";

/** The JSON's contacts planned for customer `id`. */
function contactsOf(a: Analysis, id: string, lang: "zh-CN" | "en-US") {
  const json = followUpsJson(a.schedule, a.dataset, lang).followUps;
  return Array.from({ length: json.count }, (_, i) => json.item(i)).filter(
    (x) => x.customerId === id,
  );
}

describe.each([
  ["a workbook", () => runOn(memorySource({ Customers: CUSTOMERS, Transactions: TRANSACTIONS }))],
  [
    "a workbook read by columns",
    () => runOn(memoryColumnSource({ Customers: CUSTOMERS, Transactions: TRANSACTIONS })),
  ],
])("failed charges with no payment since, from %s (tester61 U134)", (_name, analyze) => {
  let a: Analysis;
  beforeAll(async () => {
    a = await analyze();
  }, 60_000);

  it("are Chloe's first reason, in both languages; not her twin's, not Liam's (paid since)", () => {
    const first = a.classification.analysis.churnLevel[row(a, "CHLOE")] === 2 ? 1 : 0;
    expect(reasons(a, "CHLOE")[first]).toEqual({ code: "payment_failed", text: EN });
    expect(reasons(a, "CHLOE", "zh-CN")[first].text).toBe(ZH);
    expect(reasons(a, "TWIN").map((r) => r.code)).not.toContain("payment_failed");
    expect(reasons(a, "LIAM").map((r) => r.code)).not.toContain("payment_failed");
  });

  it("are no sale: her spend and probability are her twin's", () => {
    const c = a.classification.analysis;
    // The paid charges of the window (2025-12-15 to 2026-10-15), not the three failed ones.
    expect(c.monetary[row(a, "CHLOE")]).toBe(11 * 129);
    expect(c.monetary[row(a, "CHLOE")]).toBe(c.monetary[row(a, "TWIN")]);
    expect(c.churnProbability[row(a, "CHLOE")]).toBe(c.churnProbability[row(a, "TWIN")]);
  });

  it("her call's purpose says payment, not retention; her twin's stays a retention call", () => {
    const [chloe] = contactsOf(a, "CHLOE", "en-US");
    // Why it failed, quoted from the Decline Reason column (newuser62 M2; was not read).
    expect(chloe.reason).toEqual({
      code: "win_back",
      text: "Payment failed (“expired_card”): ask the customer to update the payment method (not a retention call)",
    });
    expect(contactsOf(a, "CHLOE", "zh-CN")[0].reason).toEqual({
      code: "win_back",
      text: "扣款失败（“expired_card”）：请客户更新付款方式（不是挽留联系）",
    });
    expect(contactsOf(a, "TWIN", "en-US")[0].reason).toEqual({ code: "win_back" });
  });

  it("her talking point opens with the card to update", () => {
    const points = talkingPoints(a.dataset, a.dataset.asOf);
    const at = (id: string, lang: "zh-CN" | "en-US") =>
      talkingPointText(points, a.dataset, row(a, id), a.dataset.asOf, lang);
    expect(at("CHLOE", "en-US")).toMatch(
      /^3 charges failed since the last payment \(the last on 2026-11-22: “expired_card”\); ask the customer to update the payment method/,
    );
    expect(at("CHLOE", "zh-CN")).toMatch(
      /^上次付款后 3 次扣款失败（最近一次 2026-11-22：“expired_card”），请客户更新付款方式/,
    );
    expect(at("LIAM", "en-US")).not.toMatch(/failed/);
  });
});

test("from CSV files: the same reason and purpose", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "failed-charges-"));
  try {
    const csv = (grid: Grid) => grid.map((r) => r.join(",")).join("\n") + "\n";
    const c = path.join(dir, "customers.csv");
    const t = path.join(dir, "payments.csv");
    writeFileSync(c, csv(CUSTOMERS));
    writeFileSync(t, csv(TRANSACTIONS));
    const a = await runOn(openCsv({ customers: c, transactions: t }));
    expect(reasons(a, "CHLOE").map((r) => r.text)).toContain(EN);
    expect(reasons(a, "LIAM").map((r) => r.code)).not.toContain("payment_failed");
    expect(contactsOf(a, "CHLOE", "zh-CN")[0].reason.text).toBe(
      "扣款失败（“expired_card”）：请客户更新付款方式（不是挽留联系）",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("the words of a failed charge: Failed, declined, 扣款失败; not Paid or Refunded", () => {
  expect(
    ["Failed", "declined", "扣款失败", "支付失败", "Paid", "Refunded", ""].map(failedChargeWord),
  ).toEqual([true, true, true, true, false, false, false]);
});

test("a 扣款失败 row is no purchase, and its customer's card is the call (READING_VERSION 2)", async () => {
  const a = await runOn(
    memorySource({
      客户: [["客户编号"], ["K1"], ["K2"]],
      交易: [
        ["客户编号", "日期", "金额", "状态"],
        ["K1", "2026-10-01", 100, ""],
        ["K1", "2026-11-01", 100, "扣款失败"],
        ["K2", "2026-10-01", 100, ""],
      ],
    }),
  );
  const c = a.classification.analysis;
  expect(c.monetary[row(a, "K1")]).toBe(100);
  expect(reasons(a, "K1", "zh-CN").map((r) => r.text)).toContain(
    "上次付款后 1 次扣款失败（最近一次 2026-11-01）：付款问题，不是要离开的迹象，请客户更新付款方式",
  );
  expect(reasons(a, "K2").map((r) => r.code)).not.toContain("payment_failed");
}, 60_000);

/*
 * reviewer62 R5 / L3 (notes/stop62/reviewer62/pf): X paid $99 monthly to 2026-01-01, one charge
 * Failed 2026-02-01 and nothing since; his call read "Payment failed: ask the customer to update
 * the payment method (not a retention call)" ten months on, when he has lapsed: a retention call.
 * Y paid monthly to 2026-11-05 and a charge Failed yesterday; low risk, her regular contact read a
 * plain "Regular contact": the card is its purpose.
 */
describe("a failed charge counts while recent (reviewer62 R5, L3)", () => {
  const monthly = (id: string, from: string, to: string, day: number): Grid => {
    const out: Grid = [];
    for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); ; m++) {
      if (m > 12) [y, m] = [y + 1, 1];
      const d = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (d > to) return out;
      out.push([d, id, 99, "Paid"]);
    }
  };
  let a: Analysis;
  beforeAll(async () => {
    a = await runOn(
      memorySource({
        Customers: [["Customer ID"], ["X"], ["Y"], ["Z"]],
        Transactions: [
          ["Date", "Customer ID", "Amount", "Status"],
          ...monthly("X", "2025-01", "2026-01-01", 1),
          ["2026-02-01", "X", 99, "Failed"],
          ...monthly("Y", "2025-01", "2026-11-05", 5),
          ["2026-12-05", "Y", 99, "Failed"],
          ...monthly("Z", "2025-01", "2026-06-10", 10),
        ],
      }),
    );
  }, 60_000);

  it("a charge failed ten months ago: X's call is a retention call, no payment reason", () => {
    const x = contactsOf(a, "X", "en-US");
    expect(x[0].reason).toEqual({ code: "win_back" });
    expect(reasons(a, "X").map((r) => r.code)).not.toContain("payment_failed");
    expect(reasons(a, "X")[0].code).toBe("overdue_vs_rhythm");
  });

  it("a charge failed yesterday: each of Y's calls says the card, in both languages", () => {
    const y = contactsOf(a, "Y", "en-US");
    expect(y.length).toBeGreaterThan(0);
    // The first is the call about the card, owed whatever her risk (newuser62 M2; was only her
    // regular contacts), the regular ones after it say the card too.
    expect(y.map((c) => c.reason.code)).toEqual(["win_back", ...y.slice(1).map(() => "cadence")]);
    expect(y[0].priority).toBe("urgent");
    for (const c of y)
      expect(c.reason.text).toBe(
        "Payment failed: ask the customer to update the payment method (not a retention call)",
      );
    expect(contactsOf(a, "Y", "zh-CN")[0].reason.text).toBe(
      "扣款失败：请客户更新付款方式（不是挽留联系）",
    );
    expect(reasons(a, "Y").map((r) => r.code)).toContain("payment_failed");
    expect(contactsOf(a, "Z", "en-US")[0].reason).toEqual({ code: "win_back" });
  });
});

test("a customer's cycle: the median gap of paid days, a month to a quarter", () => {
  expect(cycleDays(undefined)).toBe(31);
  expect(cycleDays([5])).toBe(31);
  expect(cycleDays([0, 7, 14, 21])).toBe(31);
  expect(cycleDays([0, 30, 61, 92, 92])).toBe(31);
  expect(cycleDays([0, 60, 120])).toBe(60);
  expect(cycleDays([0, 365, 730])).toBe(92);
});
