/**
 * tester61 U134: Chloe Nguyen's Stripe charges failed three times on an expired card, her status
 * past_due, and she still attends; the product called her "overdue by 22 days against own rhythm"
 * with a retention call (signs of leaving). The true call is about the card: "your payment failed,
 * please update it" (involuntary churn). A status saying a charge failed (past_due, 欠费, 扣款失败)
 * is now said first among her reasons and in the call's talking point, in both languages; her
 * probability is not moved (no data set measured what a failed charge does to buying again).
 * A small copy of tester61's yoga workbook (notes/stop61/tester61/yoga/gen.js): monthly $129.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { paymentFailedStatus } from "../../../src/engine/ingest/paymentFailed";
import { memorySource } from "../../../src/engine/ingest/memorySource";
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
