import { scheduleFollowUps, type FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import {
  FOLLOW_UP_REASONS,
  followUpRulesSchema,
  type FollowUpRules,
} from "../../../src/engine/rules/service";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { openComplaintText } from "../../../src/engine/report/followUpTab";
import { smallDataset, type CustomerSpec } from "./smallDataset";

/*
 * The schedule's judgments a tester questioned at stop 22 (S2: onboarding; J3: an open complaint),
 * each on the smallest case that shows it. 2026-03-02 is a Monday.
 */

const d = parseIsoDate;
const TIER = { high: 0, medium: 1, low: 2 } as const;
const RISK = { high: 0, medium: 1, low: 2 } as const;
const STAGE = { new: 1, mature: 3 } as const;

interface Who extends CustomerSpec {
  tier?: number;
  risk?: number;
  stage?: number;
  lastPurchase?: number;
  firstPurchase?: number;
  monetary?: number;
}

function plan(
  who: Who[],
  rules: Partial<FollowUpRules> = {},
  extra: Partial<Parameters<typeof smallDataset>[0]> = {},
): FollowUpSchedule {
  const asOf = d("2026-03-02");
  return scheduleFollowUps({
    dataset: smallDataset({ asOf, customers: who, ...extra }),
    analysis: {
      valueTier: Int8Array.from(who, (w) => w.tier ?? TIER.low),
      churnLevel: Int8Array.from(who, (w) => w.risk ?? RISK.low),
      lifecycleStage: Int8Array.from(who, (w) => w.stage ?? STAGE.mature),
      monetary: Float64Array.from(who, (w) => w.monetary ?? 0),
      churnProbability: Float64Array.from(who, () => 0.5),
    },
    lastPurchase: Float64Array.from(who, (w) => w.lastPurchase ?? NaN),
    firstPurchase: Float64Array.from(who, (w) => w.firstPurchase ?? NaN),
    rules: followUpRulesSchema.parse({ birthdayCare: false, holidayCare: false, ...rules }),
    asOf,
  });
}

/** Planned and unscheduled contacts as (list, date, customer, reason, priority). */
function contacts(s: FollowUpSchedule) {
  const out = [];
  for (let i = 0; i < s.followUps.count; i++)
    out.push({
      date: isoDate(s.followUps.day[i]),
      customer: s.followUps.customer[i],
      reason: FOLLOW_UP_REASONS[s.followUps.reason[i]],
      priority: s.followUps.priority[i],
    });
  for (let i = 0; i < s.unscheduled.count; i++)
    out.push({
      date: "unscheduled",
      customer: s.unscheduled.customer[i],
      reason: FOLLOW_UP_REASONS[s.unscheduled.reason[i]],
      priority: s.unscheduled.priority[i],
    });
  return out;
}

describe("onboarding (tester's S2)", () => {
  test("a new customer is called early in the first week when the owner's days are free", () => {
    const s = plan([
      {
        owner: "赵",
        stage: STAGE.new,
        firstPurchase: d("2026-02-28"),
        lastPurchase: d("2026-02-28"),
      },
    ]);
    expect(contacts(s)).toEqual([
      { date: "2026-03-02", customer: 0, reason: "onboarding", priority: 0 },
    ]);
  });

  test("contacts already due keep the first days; the onboarding takes the next one still free", () => {
    const s = plan(
      [
        {
          owner: "赵",
          stage: STAGE.new,
          firstPurchase: d("2026-02-28"),
          lastPurchase: d("2026-02-28"),
        },
        // A win-back due within 2 working days (03-02, 03-03), worth more than the newcomer.
        { owner: "赵", risk: RISK.high, lastPurchase: d("2025-09-01"), monetary: 9_000 },
        { owner: "赵", risk: RISK.high, lastPurchase: d("2025-09-01"), monetary: 8_000 },
      ],
      { dailyCapacity: 1 },
    );
    const urgent = contacts(s).filter((r) => r.priority === 0);
    expect(urgent).toEqual([
      { date: "2026-03-02", customer: 1, reason: "win_back", priority: 0 },
      { date: "2026-03-03", customer: 2, reason: "win_back", priority: 0 },
      { date: "2026-03-04", customer: 0, reason: "onboarding", priority: 0 },
    ]);
  });

  test("a customer who has bought again since the first purchase gets no late 'new customer' call", () => {
    const s = plan([
      // First bought 02-10 (first week over), bought again 02-25, never called.
      {
        owner: "赵",
        stage: STAGE.new,
        firstPurchase: d("2026-02-10"),
        lastPurchase: d("2026-02-25"),
      },
      // The same without the second purchase: still a late onboarding.
      {
        owner: "赵",
        stage: STAGE.new,
        firstPurchase: d("2026-02-10"),
        lastPurchase: d("2026-02-10"),
      },
    ]);
    const onboarding = contacts(s).filter((r) => r.reason === "onboarding");
    expect(onboarding.map((r) => r.customer)).toEqual([1]);
  });
});

describe("an open complaint (tester's J3)", () => {
  test("a complaint open for months with nobody in touch gets an urgent contact at once", () => {
    const s = plan(
      [{ owner: "王", tier: TIER.high, lastPurchase: d("2025-05-01"), monetary: 40_000 }],
      {},
      // Received 298 days before the analysis date, still open; no contact since.
      { complaints: [{ customer: 0, receivedAt: d("2025-05-08") + 0.4, cause: 0 }] },
    );
    const first = contacts(s)[0];
    expect(first).toEqual({
      date: "2026-03-02",
      customer: 0,
      reason: "complaint_follow_up",
      priority: 0,
    });
    // Owed since the day it came in: as many days late as it has been open (298), the number
    // the talking point gives, not one fewer.
    expect(s.followUps.overdueDays[0]).toBe(298);
    expect(openComplaintText(s, 0, "en-US")).toContain("(298 days ago)");
  });

  test("a contact since it came in, but months ago, does not settle a complaint still open", () => {
    const s = plan(
      [{ owner: "王", tier: TIER.high, lastPurchase: d("2025-05-01"), monetary: 40_000 }],
      {},
      {
        complaints: [{ customer: 0, receivedAt: d("2025-05-08"), cause: 0 }],
        contacts: [{ customer: 0, day: d("2025-07-28") }],
      },
    );
    expect(contacts(s)[0]).toEqual({
      date: "2026-03-02",
      customer: 0,
      reason: "complaint_follow_up",
      priority: 0,
    });
  });

  test("a customer contacted since the complaint came in (this month) gets no extra contact for it", () => {
    const s = plan(
      [{ owner: "王", tier: TIER.low, lastPurchase: d("2026-02-20"), monetary: 4_000 }],
      {},
      {
        complaints: [{ customer: 0, receivedAt: d("2026-02-10"), cause: 0 }],
        contacts: [{ customer: 0, day: d("2026-02-12") }],
      },
    );
    expect(contacts(s).filter((r) => r.reason === "complaint_follow_up")).toEqual([]);
  });
});
