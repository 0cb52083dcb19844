/**
 * Stripe's Pause Collection (fix63k/fix63n's leftover; tester61's yoga export wrote "resumes
 * 2027-01-01" in a Pause Collection column, then unread): a subscription still `active` whose
 * payments are paused is a hold until they resume, not a customer leaving. No retention call while
 * paused, one contact on the day they resume (followUp/hold.ts Holds.resumes), the at-risk row says
 * why it is listed last. As of 2026-12-06, zh and en.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";

const IDS = ["cus_A", "cus_B", "cus_C", "cus_D", "cus_E"];
const months = Array.from({ length: 11 }, (_, k) => `2026-${String(k + 1).padStart(2, "0")}`);
// cus_E paid monthly until her pause began in September.
const CHARGES: Grid = [
  ["Customer ID", "Created date (UTC)", "Amount", "Status"],
  ...IDS.flatMap((id) =>
    months
      .filter((m) => id !== "cus_E" || m < "2026-09")
      .map((m) => [id, `${m}-05 10:00:00`, "129.00", "Paid"]),
  ),
];
const subscriptions = (header: string[], e: string[]): Grid => [
  ["id", "Customer ID", "Plan", "Status", "Current Period End (UTC)", ...header],
  ...IDS.map((id, k) => [
    `sub_${k}`,
    id,
    "Unlimited Monthly",
    "active",
    "2026-12-31",
    ...(id === "cus_E" ? e : header.map(() => "")),
  ]),
];

const analyze = (subs?: Grid) =>
  analyzeWorkbook(
    memorySource({
      Customers: [["Customer ID", "Name"], ...IDS.map((id) => [id, id])],
      Transactions: CHARGES,
      ...(subs ? { Subscriptions: subs } : {}),
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );

const calls = (a: Analysis, lang: "zh-CN" | "en-US" = "en-US") => {
  const json = followUpsJson(a.schedule, a.dataset, lang);
  return Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i)).filter(
    (x) => x.customerId === "cus_E",
  );
};

test("without the pause she is a win-back call (the base)", async () => {
  const a = await analyze(subscriptions([], []));
  expect(calls(a)[0].reason.code).toBe("win_back");
}, 60_000);

test("Pause Collection Behavior with Resumes At: no win-back, one contact the day it resumes", async () => {
  const a = await analyze(
    subscriptions(
      ["Pause Collection Behavior", "Pause Collection Resumes At (UTC)"],
      ["keep_as_draft", "2026-12-16"],
    ),
  );
  const mine = calls(a);
  expect(mine.map((c) => [c.date, c.reason.code])).toEqual([["2026-12-16", "cadence"]]);
  expect(mine[0].reason.text).toBe(
    "Subscription payments resume on 2026-12-16 (Pause Collection): check in as they resume (no retention call)",
  );
  expect(calls(a, "zh-CN")[0].reason.text).toBe(
    "订阅于 2026-12-16 恢复收款（Pause Collection）：恢复时联系（不安排挽留联系）",
  );
}, 60_000);

test("tester61's Pause Collection cell 'resumes 2027-01-01': held past the horizon", async () => {
  const a = await analyze(subscriptions(["Pause Collection"], ["resumes 2027-01-01"]));
  expect(calls(a).map((c) => c.reason.code)).not.toContain("win_back");
  expect(a.schedule.holds?.resumes?.[a.dataset.customers.id.indexOf("cus_E")]).toBe(
    parseIsoDate("2027-01-01"),
  );
}, 60_000);

test("a pause that resumed before the date holds no more", async () => {
  const a = await analyze(
    subscriptions(
      ["Pause Collection Behavior", "Pause Collection Resumes At"],
      ["void", "2026-11-01"],
    ),
  );
  expect(calls(a)[0].reason.code).toBe("win_back");
}, 60_000);
