/**
 * tester63 U163 (rest): a Recharge export's cancellation_reason / cancellation_reason_comments were
 * not read, so every CANCELLED row was a customer who left (fix63k): Chloe Diaz, cancelled 11-02
 * "too much coffee, might come back every other month", churned with customer_left and no call.
 * Truth: an urgent win-back call first, with an every-other-month offer. Dan Evans ("Moving to the
 * UK") and Mia Nash ("Customer passed away") stay left, no call.
 * Fixture: notes/stop63/tester63/wine (Vine and Bean Club.xlsx, Subscriptions), monthly $24.
 */
import type { Analysis } from "../../../src/engine/analyze";
import { runClub, type Member } from "../../fixtures/tester63club/sheets";
import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { FOLLOW_UP_PRIORITIES, FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";

const PEOPLE: Member[] = [
  ["C1", "Chloe Diaz", "chloe@example.com"],
  ["C2", "Dan Evans", "dan@example.com"],
  ["C3", "Mia Nash", "mia@example.com"],
  ["C4", "Ava Smith", "ava@example.com"],
];
const HEADER = [
  "customer_email",
  "status",
  "next_charge_scheduled_at",
  "cancelled_at",
  "cancellation_reason",
  "cancellation_reason_comments",
];
const MIGHT = "too much coffee, might come back every other month";

const run = (subscriptions: Grid, asOf = "2026-12-06") =>
  runClub(PEOPLE, "C4", subscriptions, asOf);
const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);
const stage = (a: Analysis, id: string) =>
  LIFECYCLE_STAGES[a.classification.analysis.lifecycleStage[row(a, id)]];
const codes = (a: Analysis, id: string) =>
  churnReasonsIn(a.classification.analysis, row(a, id), "en-US").map((r) => r.code);
/** The customer's planned contacts as "reason priority". */
function calls(a: Analysis, id: string): string[] {
  const f = a.schedule.followUps;
  const out: string[] = [];
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === row(a, id))
      out.push(`${FOLLOW_UP_REASONS[f.reason[i]]} ${FOLLOW_UP_PRIORITIES[f.priority[i]] ?? "-"}`);
  return out;
}

const WINE: Grid = [
  HEADER,
  ["chloe@example.com", "CANCELLED", "", "2026-11-02", "Other", MIGHT],
  ["dan@example.com", "CANCELLED", "", "2026-11-02", "Moving to the UK", ""],
  ["mia@example.com", "CANCELLED", "", "2026-10-30", "Customer passed away", ""],
  ["ava@example.com", "ACTIVE", "2026-12-22", "", "", ""],
];

test("a recent cancellation that might come back: high, an urgent win-back (was churned, no call)", async () => {
  const a = await run(WINE);
  expect(a.dataset.subscriptions?.cancelReason[0]).toBe(`Other; ${MIGHT}`);
  expect(stage(a, "C1")).not.toBe("churned");
  expect(a.classification.analysis.churnProbability[row(a, "C1")]).toBeGreaterThanOrEqual(
    a.rules.churn.levels.high,
  );
  expect(codes(a, "C1")[0]).toBe("canceled_may_return");
  const c = row(a, "C1");
  expect(churnReasonsIn(a.classification.analysis, c, "en-US")[0].text).toBe(
    "Canceled the subscription on 2026-11-02; the reason says they may come back",
  );
  expect(churnReasonsIn(a.classification.analysis, c, "zh-CN")[0].text).toBe(
    "2026-11-02 取消了订阅，取消原因表示以后可能回来",
  );
  expect(calls(a, "C1")[0]).toBe("win_back urgent");
  const points = talkingPoints(a.dataset, a.asOf);
  expect(talkingPointText(points, a.dataset, c, a.asOf, "en-US")).toContain(
    `Canceled on 2026-11-02: “Other; ${MIGHT}”`,
  );
  expect(talkingPointText(points, a.dataset, c, a.asOf, "zh-CN")).toContain(
    `2026-11-02 取消订阅，原因：“Other; ${MIGHT}”`,
  );
  // Moved away, passed away: left, no call.
  for (const id of ["C2", "C3"]) {
    expect(stage(a, id)).toBe("churned");
    expect(codes(a, id)).toEqual(["customer_left"]);
    expect(calls(a, id)).toEqual([]);
  }
}, 60_000);

test("以后再说 / 暂停 leave the door open in Chinese; a plain reason (太贵了) stays left", async () => {
  // With a 套餐 column: a sheet of cancellations with no period, plan or price is no subscription
  // bought (reviewer63 R6: a newsletter list), and is not read.
  const a = await run([
    ["客户编号", "套餐", "订阅状态", "取消日期", "取消原因"],
    ["C1", "月度咖啡", "已取消", "2026-11-20", "最近不需要，以后再说"],
    ["C2", "月度咖啡", "canceled", "2026-11-20", "太贵了"],
    ["C3", "月度咖啡", "canceled", "2026-11-20", "先暂停两个月"],
    ["C4", "月度咖啡", "active", "", ""],
  ]);
  expect(codes(a, "C1")[0]).toBe("canceled_may_return");
  expect(codes(a, "C3")[0]).toBe("canceled_may_return");
  expect(stage(a, "C2")).toBe("churned");
  expect(codes(a, "C2")).toEqual(["customer_left"]);
}, 60_000);

test("a cancellation older than the window is read as left, whatever its reason", async () => {
  const a = await run(WINE, "2027-01-06");
  expect(stage(a, "C1")).toBe("churned");
  expect(codes(a, "C1")).toEqual(["customer_left"]);
}, 60_000);
