/**
 * The follow-up tests' small plan: customers described by tier, risk, purchases and value, a
 * 30-day rhythm for everyone, two calls a day and no birthday or holiday care (callOrder and
 * urgentOrder tests; each adds its own rules).
 */
import type { Analysis } from "../../../src/engine/analyze";
import {
  scheduleFollowUps,
  type FollowUpInput,
  type FollowUpSchedule,
} from "../../../src/engine/followUp/schedule";
import { isoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_PRIORITIES } from "../../../src/engine/rules/followUpCodes";
import { parseIsoDate } from "../../../src/engine/parse/date";
import {
  FOLLOW_UP_REASONS,
  followUpRulesSchema,
  type FollowUpRules,
} from "../../../src/engine/rules/service";
import { smallDataset, type CustomerSpec } from "./smallDataset";

export const TIER = { high: 0, medium: 1, low: 2 } as const;
export const RISK = { high: 0, medium: 1, low: 2 } as const;

export interface Who extends CustomerSpec {
  tier: number;
  risk: number;
  lastPurchase: number;
  /** Absent: 200 days before the last purchase (a repeat buyer). */
  firstPurchase?: number;
  monetary: number;
  churnProbability: number;
  /** Index into LIFECYCLE_STAGES; absent: mature (3). */
  stage?: number;
  /** Days of the customer's contacts on the Contacts sheet; absent: none (no Contacts sheet when nobody has one). */
  contacts?: number[];
  /** Its own rhythm in days (Rhythm.ownGapDays); absent for everyone: no ownGapDays. */
  ownGap?: number;
  /** A finished course (Rhythm.finishedCourse); absent for everyone: none. */
  finished?: boolean;
}

/**
 * The schedule of `who` as of `asOf` (every customer mature), with `rules` over a test file's own
 * `base` (rule-set input, e.g. `{ cadenceChannels: { high: "phone" } }`) over the defaults above;
 * `input` what else the schedule is told (`{ firstRun: true }`).
 */
export function planFor(
  asOf: string,
  who: Who[],
  rules: Partial<FollowUpRules> = {},
  base: Record<string, unknown> = {},
  input: Pick<FollowUpInput, "firstRun" | "shrinking"> = {},
): FollowUpSchedule {
  const day = parseIsoDate(asOf);
  return scheduleFollowUps({
    dataset: smallDataset({
      asOf: day,
      customers: who,
      contacts: who.some((w) => w.contacts)
        ? who.flatMap((w, customer) => (w.contacts ?? []).map((d) => ({ customer, day: d })))
        : undefined,
    }),
    analysis: {
      valueTier: Int8Array.from(who, (w) => w.tier),
      churnLevel: Int8Array.from(who, (w) => w.risk),
      lifecycleStage: Int8Array.from(who, (w) => w.stage ?? 3), // mature unless given
      monetary: Float64Array.from(who, (w) => w.monetary),
      churnProbability: Float64Array.from(who, (w) => w.churnProbability),
    },
    lastPurchase: Float64Array.from(who, (w) => w.lastPurchase),
    firstPurchase: Float64Array.from(who, (w) => w.firstPurchase ?? w.lastPurchase - 200),
    rhythm: {
      typicalGapDays: new Float64Array(who.length).fill(30),
      overdueFactor: 3,
      horizonDays: 90,
      ...(who.some((w) => w.ownGap !== undefined)
        ? { ownGapDays: Float64Array.from(who, (w) => w.ownGap ?? 30) }
        : {}),
      ...(who.some((w) => w.finished)
        ? { finishedCourse: Uint8Array.from(who, (w) => (w.finished ? 1 : 0)) }
        : {}),
    },
    rules: followUpRulesSchema.parse({
      birthdayCare: false,
      holidayCare: false,
      dailyCapacity: 2,
      ...base,
      ...rules,
    }),
    asOf: day,
    ...input,
  });
}

/**
 * Each customer's planned contacts of an analysis, by customer ID: "2026-12-07 cadence" (with
 * `priority`, "2026-12-07 cadence high"), in date order.
 */
export function plannedById(
  a: Pick<Analysis, "schedule" | "dataset">,
  priority = false,
): Map<string, string[]> {
  const f = a.schedule.followUps;
  const out = new Map<string, string[]>();
  for (let i = 0; i < f.count; i++) {
    const id = a.dataset.customers.id[f.customer[i]];
    const list = out.get(id) ?? [];
    const p = priority ? ` ${FOLLOW_UP_PRIORITIES[f.priority[i]]}` : "";
    list.push(`${isoDate(f.day[i])} ${FOLLOW_UP_REASONS[f.reason[i]]}${p}`);
    out.set(id, list.sort());
  }
  return out;
}
