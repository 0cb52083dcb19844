/**
 * judge60 (a dental clinic, clinicFixture.ts): a key account's regular contact is every 14 days
 * (followUp.cadenceDays.high) and keyAccountOverdueDays counted from it, so 33 of 40 six-monthly
 * patients got an urgent key_account_overdue. It now counts from the later of that due day and the
 * day the customer goes quiet past their own rhythm (Rhythm.ownGapDays: churn risk's, from the days
 * with spend). A finished course (one day with spend, then only ¥0 revisits: 贴面 / 种植 / 正畸)
 * gets no retention call and no urgent overdue one: its regular contact is its care call.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { FOLLOW_UP_PRIORITIES } from "../../../src/engine/followUp/labels";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { atRiskInputsOf, atRiskTable } from "../../../src/engine/report/atRiskTab";
import { mostAtStake } from "../../../src/cli/summary";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { CLINIC_AS_OF, clinic, type ClinicTruth } from "../churn/clinicFixture";
import { planFor, RISK, TIER, type Who } from "./planFor";

/** "reason/priority" of every planned contact of the patients with truth `t`, counted. */
function calls(
  a: Analysis,
  truth: Map<string, ClinicTruth>,
  t: ClinicTruth,
): Record<string, number> {
  const f = a.schedule.followUps;
  const out: Record<string, number> = {};
  for (let i = 0; i < f.count; i++) {
    if (truth.get(a.dataset.customers.id[f.customer[i]]) !== t) continue;
    const k = `${FOLLOW_UP_REASONS[f.reason[i]]}/${FOLLOW_UP_PRIORITIES[f.priority[i]]}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

// The clinic as of 2026-11-30, default rules: one run for both describes below.
let a: Analysis;
let truth: Map<string, ClinicTruth>;
beforeAll(async () => {
  ({ truth } = clinic());
  a = await analyzeWorkbook(memorySource(clinic().sheets), {
    rules: defaultRules(),
    asOf: CLINIC_AS_OF,
  });
});

describe("the clinic's schedule (judge60)", () => {
  test("no six-monthly regular gets an urgent overdue call; the four lapsed get retention calls", () => {
    // Before: 33 key_account_overdue/urgent among the regulars.
    expect(calls(a, truth, "regular")["key_account_overdue/urgent"]).toBeUndefined();
    expect(calls(a, truth, "lapsed")).toEqual({ "win_back/urgent": 4 });
  });

  test("a finished course gets its regular contact (care), no retention nor urgent overdue call", () => {
    // Before: 5 win_back/urgent and 1 key_account_overdue/urgent of 6.
    const done = calls(a, truth, "oneoff_done");
    expect(Object.keys(done)).toEqual(["cadence/high"]);
    const f = a.schedule.followUps;
    const called = new Set<string>();
    for (let i = 0; i < f.count; i++) called.add(a.dataset.customers.id[f.customer[i]]);
    expect([...truth].filter(([id, t]) => t === "oneoff_done" && !called.has(id))).toEqual([]);
  });
});

describe("the clinic's at-risk list (judge60 item 3)", () => {
  test("the finished courses come after the others, their reasons opening with why; none in the console's top 10", () => {
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    const rows = tab.rows(0, tab.rowCount);
    const kinds = rows.map((r) => truth.get(String(r[0])));
    const firstDone = kinds.indexOf("oneoff_done");
    // Before: the first 5 rows were finished courses (97.6 %, 80.8 %, …), the lapsed after them.
    expect(firstDone).toBeGreaterThan(0);
    expect(kinds.slice(firstDone).every((k) => k === "oneoff_done")).toBe(true);
    expect(kinds.slice(0, firstDone)).toContain("lapsed");
    for (const r of rows.slice(firstDone))
      expect(String(r[8])).toMatch(
        /^疗程已完成：仅一次付费，此后只有免费复诊（0 元）；未再购买不算流失迹象，排在其他客户之后；超出自身购买周期/,
      );
    const en = atRiskTable(atRiskInputsOf(a), "en-US").rows(firstDone, firstDone + 1)[0];
    expect(String(en[8])).toMatch(/^Finished course: one paid visit, then only free revisits/);
    const top = mostAtStake(a.classification.analysis, a.schedule, 10);
    expect(top.map((c) => truth.get(a.dataset.customers.id[c]))).not.toContain("oneoff_done");
  });
});

describe("a key account's overdue regular contact and its own rhythm", () => {
  const d = parseIsoDate;
  const key: Who = {
    owner: "王",
    tier: TIER.high,
    risk: RISK.low,
    lastPurchase: d("2026-01-20"),
    monetary: 40_000,
    churnProbability: 0.1,
  };
  const first = (who: Who): string => {
    const f = planFor("2026-03-02", [who]).followUps;
    return `${isoDate(f.day[0])} ${FOLLOW_UP_REASONS[f.reason[0]]} ${FOLLOW_UP_PRIORITIES[f.priority[0]]}`;
  };

  test("buying every 10 days and silent 41: overdue, urgent (as before)", () => {
    expect(first({ ...key, ownGap: 10 })).toBe("2026-03-02 key_account_overdue urgent");
  });

  test("buying every 180 days and silent 41: its regular contact, not urgent", () => {
    expect(first({ ...key, ownGap: 180 })).toBe("2026-03-02 cadence high");
  });

  test("a finished course: its regular contact, never an urgent one", () => {
    expect(first({ ...key, ownGap: 10, finished: true })).toBe("2026-03-02 cadence high");
    expect(first({ ...key, risk: RISK.high, churnProbability: 0.9, finished: true })).toBe(
      "2026-03-02 cadence high",
    );
  });
});
