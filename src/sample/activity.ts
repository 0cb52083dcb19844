import type { Cell } from "../engine/cells";
import { SALT, STORY, SamplePlan } from "./plan";
import { Random } from "./random";
import type { SampleWords } from "./words";

/**
 * The Surveys, Complaints and Contacts sheets, customer by customer. Each customer draws from a
 * stream keyed by the customer, so their rows do not depend on anyone else's.
 */

export const SURVEY_KEYS = [
  "customerId",
  "date",
  "overall",
  "recommend",
  "quality",
  "price",
  "afterSales",
  "delivery",
  "comment",
] as const;
export const COMPLAINT_KEYS = [
  "customerId",
  "receivedAt",
  "cause",
  "complexity",
  "firstResponseAt",
  "resolvedAt",
  "status",
] as const;
export const CONTACT_KEYS = ["customerId", "date", "channel", "owner"] as const;

const CAUSE_WEIGHTS = [30, 20, 15, 12, 13, 10];
const HOUR = 1 / 24;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

/**
 * Writes k sorted uniform draws in [from, to) into out (sequential order statistics: no sort).
 *
 * @example sortedDays(new Random(1), 3, 0, 10, []) // three ascending numbers in [0, 10)
 */
export function sortedDays(
  rng: Random,
  k: number,
  from: number,
  to: number,
  out: number[],
): number[] {
  out.length = k;
  let x = 0;
  for (let j = 0; j < k; j++) {
    x = 1 - (1 - x) * Math.pow(1 - rng.next(), 1 / (k - j));
    out[j] = from + x * (to - from);
  }
  return out;
}

/** The days [from, to) in which customer i was around to answer or complain: their buying span. */
function engagedSpan(plan: SamplePlan, i: number): [number, number] {
  const asOf = plan.options.asOf;
  const from = Math.max(plan.start[i], plan.calendar.first);
  const limit = plan.story[i] === STORY.oneTime ? 60 : 30;
  const to = Math.min(asOf + 1, plan.end[i] + limit);
  return [from, Math.max(from + 1, to)];
}

/**
 * Survey answers, lower for customers drifting away: overall 1–5, recommend 0–10 (NPS) and the four
 * dimensions 1–5 (price a little lower, after-sales lower after a complaint), a comment now and then.
 *
 * @example surveyRows(plan, ZH).next().value // ["1000001", 19860, 5, 8, 5, 3, 5, 5, null]
 */
export function* surveyRows(plan: SamplePlan, words: SampleWords): Generator<Cell[]> {
  const rng = new Random();
  const days: number[] = [];
  for (let i = 0; i < plan.count; i++) {
    const k = plan.surveys[i];
    if (k === 0) continue;
    rng.reseed(plan.options.seed, SALT.surveys, i);
    const [from, to] = engagedSpan(plan, i);
    sortedDays(rng, k, from, to, days);
    const mood = plan.mood[i];
    for (let j = 0; j < k; j++) {
      const overall = clamp(rng.normal(mood, 0.6), 1, 5);
      const dim = (shift: number) =>
        rng.chance(0.05) ? null : clamp(rng.normal(mood + shift, 0.7), 1, 5);
      const comments =
        overall >= 4
          ? words.comments.good
          : overall === 3
            ? words.comments.fair
            : words.comments.poor;
      yield [
        plan.id(i),
        Math.floor(days[j]),
        overall,
        clamp(rng.normal(mood * 2.3 - 1.6, 1.1), 0, 10),
        dim(0.1),
        dim(-0.4),
        dim(plan.complaints[i] > 0 ? -0.6 : -0.1),
        dim(0),
        rng.chance(0.35) ? rng.pick(comments) : null,
      ];
    }
  }
}

/**
 * Complaints with the six causes, general or complex, received in office hours; first response
 * usually within hours (some miss the 24 h SLA, some were never logged), resolution within a day or
 * two (complex ones take longer); recent ones are often still open.
 *
 * @example complaintRows(plan, ZH).next().value // ["1000016", 20016.76, "服务态度", "一般", 20016.82, 20017.17, "已解决"]
 */
export function* complaintRows(plan: SamplePlan, words: SampleWords): Generator<Cell[]> {
  const rng = new Random();
  const days: number[] = [];
  const asOf = plan.options.asOf;
  const endOfToday = asOf + 1 - 1 / 1440;
  for (let i = 0; i < plan.count; i++) {
    const k = plan.complaints[i];
    if (k === 0) continue;
    rng.reseed(plan.options.seed, SALT.complaints, i);
    const [from, to] = engagedSpan(plan, i);
    sortedDays(rng, k, from, to, days);
    for (let j = 0; j < k; j++) {
      const received = minute(Math.floor(days[j]) + rng.uniform(8.5, 19) * HOUR);
      const cause = rng.weighted(CAUSE_WEIGHTS);
      const complex = rng.chance(0.25) ? 1 : 0;
      let first: number | null = rng.chance(0.05)
        ? null
        : minute(received + rng.lognormal(Math.log(4), 1.3) * HOUR);
      const hours = complex ? rng.lognormal(Math.log(30), 0.8) : rng.lognormal(Math.log(10), 0.9);
      let resolved: number | null = minute(
        Math.max(received + hours * HOUR, (first ?? received) + 0.5 * HOUR),
      );
      const age = asOf - received;
      if (resolved > endOfToday || rng.chance(age < 30 ? 0.3 : 0.02)) resolved = null;
      if (first !== null && first > endOfToday) first = null;
      const status =
        resolved !== null
          ? words.statuses[0]
          : first !== null
            ? words.statuses[1]
            : words.statuses[2];
      yield [
        plan.id(i),
        received,
        rng.chance(0.03) ? null : words.causes[cause],
        words.complexities[complex],
        first,
        resolved,
        status,
      ];
    }
  }
}

const minute = (day: number) => Math.round(day * 1440) / 1440;

/**
 * Contacts (calls, e-mails, visits, online) by the customer's owner, often for high-value customers,
 * none in the last months for some; visits mostly for firms and public bodies.
 *
 * @example contactRows(plan, ZH).next().value // ["1000001", 19556, "在线", "王芳"]
 */
export function* contactRows(plan: SamplePlan, words: SampleWords): Generator<Cell[]> {
  const rng = new Random();
  const days: number[] = [];
  for (let i = 0; i < plan.count; i++) {
    const k = plan.contacts[i];
    if (k === 0) continue;
    rng.reseed(plan.options.seed, SALT.contacts, i);
    const from = Math.max(plan.calendar.first, plan.created[i]);
    sortedDays(rng, k, from, plan.lastContact[i] + 1, days);
    const weights = plan.type[i] === 1 ? [45, 15, 5, 35] : [40, 20, 25, 15];
    const own = plan.owner[i];
    for (let j = 0; j < k; j++) {
      const by = own < 0 || rng.chance(0.05) ? rng.int(words.owners.length) : own;
      yield [
        plan.id(i),
        Math.floor(days[j]),
        words.channels[rng.weighted(weights)],
        words.owners[by],
      ];
    }
  }
}
