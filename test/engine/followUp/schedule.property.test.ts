import fc from "fast-check";
import { scheduleFollowUps } from "../../../src/engine/followUp/schedule";
import { FOLLOW_UP_REASONS, followUpRulesSchema } from "../../../src/engine/rules/service";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_MAKE_UP_WORKDAYS,
} from "../../../src/engine/calendar/chineseHolidays";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset } from "./smallDataset";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";

const CHURNED = LIFECYCLE_STAGES.indexOf("churned");
const R = (code: (typeof FOLLOW_UP_REASONS)[number]) => FOLLOW_UP_REASONS.indexOf(code);
const OWNERS = ["王", "李", "张", "赵"];
const FROM = parseIsoDate("2025-01-01");
const TO = parseIsoDate("2026-11-30");

// An oracle for working days independent of the calendar module: weekday arithmetic on the lists.
const holidays = new Set(DEFAULT_HOLIDAYS);
const makeUp = new Set(DEFAULT_MAKE_UP_WORKDAYS);
function isWorking(day: number): boolean {
  const iso = isoDate(day);
  if (holidays.has(iso)) return false;
  if (makeUp.has(iso)) return true;
  const w = new Date(day * 86400000).getUTCDay();
  return w !== 0 && w !== 6;
}
function nthWorkingDayFrom(start: number, n: number): number {
  let d = start - 1;
  for (let k = 0; k < n; k++) {
    d++;
    while (!isWorking(d)) d++;
  }
  return d;
}

const customerArb = fc.record({
  owner: fc.constantFrom("", ...OWNERS),
  consent: fc.constantFrom(-1, 0, 1),
  tier: fc.integer({ min: 0, max: 2 }),
  risk: fc.integer({ min: 0, max: 2 }),
  stage: fc.integer({ min: 0, max: 6 }),
  lastPurchaseAgo: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  contactAgo: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  resolvedAgo: fc.option(fc.double({ min: 0, max: 40, noNaN: true }), { nil: undefined }),
  birthdayOffset: fc.option(fc.integer({ min: 0, max: 365 }), { nil: undefined }),
});

const caseArb = fc.record({
  asOf: fc.integer({ min: FROM, max: TO }),
  customers: fc.array(customerArb, { minLength: 1, maxLength: 50 }),
  capacity: fc.integer({ min: 1, max: 4 }),
  horizon: fc.integer({ min: 3, max: 45 }),
  winBack: fc.integer({ min: 1, max: 3 }),
  absent: fc.subarray(OWNERS),
  winBackIsMarketing: fc.boolean(),
  winBackChurned: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function run(c: Case) {
  const asOf = c.asOf;
  const dataset = smallDataset({
    asOf,
    customers: c.customers.map((x) => ({
      owner: x.owner,
      consent: x.consent,
      birthday:
        x.birthdayOffset === undefined ? undefined : parseIsoDate("1980-01-01") + x.birthdayOffset,
    })),
    contacts: c.customers.flatMap((x, i) =>
      x.contactAgo === undefined ? [] : [{ customer: i, day: asOf - x.contactAgo }],
    ),
    complaints: c.customers.flatMap((x, i) =>
      x.resolvedAgo === undefined
        ? []
        : [{ customer: i, receivedAt: asOf - x.resolvedAgo - 1, resolvedAt: asOf - x.resolvedAgo }],
    ),
  });
  const rules = followUpRulesSchema.parse({
    dailyCapacity: c.capacity,
    horizonDays: c.horizon,
    winBackWithinWorkingDays: c.winBack,
    absentOwners: c.absent,
    winBackChurnedCustomers: c.winBackChurned,
    marketingReasons: c.winBackIsMarketing
      ? ["win_back", "birthday_care", "holiday_care"]
      : ["birthday_care", "holiday_care"],
  });
  const lastPurchase = Float64Array.from(c.customers, (x) =>
    x.lastPurchaseAgo === undefined ? NaN : asOf - x.lastPurchaseAgo,
  );
  const schedule = scheduleFollowUps({
    dataset,
    analysis: {
      valueTier: Int8Array.from(c.customers, (x) => x.tier),
      churnLevel: Int8Array.from(c.customers, (x) => x.risk),
      lifecycleStage: Int8Array.from(c.customers, (x) => x.stage),
    },
    lastPurchase,
    firstPurchase: lastPurchase,
    rules,
    asOf,
  });
  return { schedule, rules, dataset };
}

describe("scheduleFollowUps invariants", () => {
  test("no contact on a non-working day, and every contact inside the horizon", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { schedule: s } = run(c);
        for (let i = 0; i < s.followUps.count; i++) {
          const day = s.followUps.day[i];
          expect(isWorking(day)).toBe(true);
          expect(day).toBeGreaterThanOrEqual(c.asOf);
          expect(day).toBeLessThan(c.asOf + c.horizon);
          expect(s.followUps.overdueDays[i]).toBe(
            Math.max(0, day - Math.floor(s.followUps.due[i])),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  test("no owner over capacity on any day; each contact is made by the customer's owner or a present owner", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { schedule: s } = run(c);
        const perOwnerDay = new Map<string, number>();
        const named = c.customers.some((x) => x.owner !== "");
        for (let i = 0; i < s.followUps.count; i++) {
          const owner = s.followUps.owner[i] >= 0 ? s.owners[s.followUps.owner[i]] : "";
          const key = `${owner}|${s.followUps.day[i]}`;
          perOwnerDay.set(key, (perOwnerDay.get(key) ?? 0) + 1);
          const own = c.customers[s.followUps.customer[i]].owner;
          if (!named) expect(owner).toBe("");
          else if (own !== "" && !c.absent.includes(own)) expect(owner).toBe(own);
          else expect(c.absent).not.toContain(owner);
        }
        if (named) for (const n of perOwnerDay.values()) expect(n).toBeLessThanOrEqual(c.capacity);
      }),
      { numRuns: 200 },
    );
  });

  test("every high-risk customer gets a win-back within the working-day limit, unless listed", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { schedule: s } = run(c);
        const deadline = nthWorkingDayFrom(c.asOf, c.winBack);
        c.customers.forEach((x, i) => {
          if (x.risk !== 0) return;
          let planned = 0;
          for (let k = 0; k < s.followUps.count; k++) {
            if (s.followUps.customer[k] === i && s.followUps.reason[k] === R("win_back")) {
              planned++;
              expect(s.followUps.day[k]).toBeLessThanOrEqual(deadline);
            }
          }
          let listed = 0;
          for (let k = 0; k < s.unscheduled.count; k++) {
            if (s.unscheduled.customer[k] === i && s.unscheduled.reason[k] === R("win_back"))
              listed++;
          }
          expect(planned + listed).toBe(1);
        });
      }),
      { numRuns: 200 },
    );
  });

  test("no marketing contact for a customer without consent", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { schedule: s, rules } = run(c);
        const marketing = new Set(rules.marketingReasons.map((r) => R(r)));
        for (let i = 0; i < s.followUps.count; i++) {
          if (marketing.has(s.followUps.reason[i]))
            expect(c.customers[s.followUps.customer[i]].consent).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("every due contact is either scheduled or listed", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { schedule: s, rules } = run(c);
        const end = c.asOf + c.horizon;
        const has = (i: number, r: number) => {
          for (let k = 0; k < s.followUps.count; k++)
            if (s.followUps.customer[k] === i && s.followUps.reason[k] === r) return true;
          for (let k = 0; k < s.unscheduled.count; k++)
            if (s.unscheduled.customer[k] === i && s.unscheduled.reason[k] === r) return true;
          return false;
        };
        const listed = (i: number, why: string) => {
          for (let k = 0; k < s.unscheduled.count; k++)
            if (
              s.unscheduled.customer[k] === i &&
              UNSCHEDULED_REASONS[s.unscheduled.why[k]] === why
            )
              return true;
          return false;
        };
        c.customers.forEach((x, i) => {
          // Birthdays in the horizon.
          if (x.birthdayOffset !== undefined) {
            const b = parseIsoDate("1980-01-01") + x.birthdayOffset;
            const [, m, dd] = isoDate(b).split("-").map(Number);
            for (let day = c.asOf; day < end; day++) {
              const [, m2, d2] = isoDate(day).split("-").map(Number);
              const feb29 =
                m === 2 &&
                dd === 29 &&
                m2 === 2 &&
                d2 === 28 &&
                !isoDate(day + 1).endsWith("02-29");
              if ((m2 === m && d2 === dd) || feb29) expect(has(i, R("birthday_care"))).toBe(true);
            }
          }
          // Complaints resolved in the lookback with no contact since.
          if (x.resolvedAgo !== undefined && x.resolvedAgo <= rules.complaintFollowUpLookbackDays) {
            const resolvedDay = Math.floor(c.asOf - x.resolvedAgo);
            const contacted = x.contactAgo !== undefined && c.asOf - x.contactAgo > resolvedDay;
            expect(has(i, R("complaint_follow_up"))).toBe(!contacted);
          }
          // A churned high-risk customer not called for a win-back (winBackChurnedCustomers false) has
          // no regular contact due either: the already_churned listing covers it.
          if (x.risk === 0 && x.stage === CHURNED && !rules.winBackChurnedCustomers) {
            expect(listed(i, "already_churned")).toBe(true);
            expect(has(i, R("cadence"))).toBe(false);
            return;
          }
          // Regular contact due in the horizon, for customers with no service event restarting it.
          const serviceEvent =
            x.risk === 0 || has(i, R("complaint_follow_up")) || has(i, R("onboarding"));
          const last =
            x.contactAgo !== undefined
              ? c.asOf - x.contactAgo
              : x.lastPurchaseAgo !== undefined
                ? c.asOf - x.lastPurchaseAgo
                : NaN;
          const due = Number.isFinite(last)
            ? last + rules.cadenceDays[(["high", "medium", "low"] as const)[x.tier]]
            : c.asOf;
          if (!serviceEvent && due < end) expect(has(i, R("cadence"))).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  test("nextFollowUp is each customer's first planned day", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { schedule: s } = run(c);
        const first = new Map<number, number>();
        for (let i = 0; i < s.followUps.count; i++) {
          const cu = s.followUps.customer[i];
          first.set(cu, Math.min(first.get(cu) ?? Infinity, s.followUps.day[i]));
        }
        c.customers.forEach((_, i) => {
          if (first.has(i)) expect(s.nextFollowUp[i]).toBe(first.get(i));
          else expect(s.nextFollowUp[i]).toBeNaN();
        });
      }),
      { numRuns: 100 },
    );
  });
});
