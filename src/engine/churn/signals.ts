import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import { MISSED, firstResponseOutcome, resolutionOutcome } from "../complaints/sla";

/**
 * What the service sheets say about each customer at the analysis date, one array per signal, built
 * in one pass over each sheet. A sheet that is absent gives null: its factors do not apply (absence
 * of a sheet is not evidence of anything).
 */
export interface ServiceSignals {
  /** Latest overall score (1–5) within the lookback, its day; NaN when none. */
  satisfactionScore: Float64Array | null;
  satisfactionDay: Float64Array | null;
  /** Latest likelihood to recommend (0–10) within the lookback, its day; NaN when none. */
  recommendScore: Float64Array | null;
  recommendDay: Float64Array | null;
  /** Open complaints received up to the end of the analysis date, and the age in days of the
   * oldest at the end of that date. */
  openComplaints: Int32Array | null;
  oldestOpenDays: Float64Array | null;
  /** Complaints received in the lookback whose first response or resolution missed the SLA
   * (complaints/sla.ts outcomes, judged at the end of the analysis date). */
  lateComplaints: Int32Array | null;
  /** Day of the last contact up to the analysis date; NaN: never contacted. */
  lastContactDay: Float64Array | null;
}

const OPEN = 0; // index of "open" in COMPLAINT_STATUSES
const COMPLEX = 1; // index of "complex" in COMPLAINT_COMPLEXITIES

/**
 * @example serviceSignals(dataset, defaultRules(), dataset.asOf).openComplaints // null without a Complaints sheet
 */
export function serviceSignals(dataset: Dataset, rules: RuleSet, asOf: number): ServiceSignals {
  return serviceSignalsAt(dataset, rules, [asOf])[0];
}

/**
 * The signals at several analysis dates (churn risk's three snapshots) from one pass over each
 * sheet: every row is read once and judged at each date, with exactly serviceSignals' arithmetic
 * per date, so each result equals serviceSignals at its date.
 *
 * @example const [today, past] = serviceSignalsAt(dataset, rules, [asOf, asOf - 90]);
 */
export function serviceSignalsAt(
  dataset: Dataset,
  rules: RuleSet,
  dates: readonly number[],
): ServiceSignals[] {
  const n = dataset.customers.count;
  const D = dates.length;
  const out: ServiceSignals[] = dates.map(() => ({
    satisfactionScore: null,
    satisfactionDay: null,
    recommendScore: null,
    recommendDay: null,
    openComplaints: null,
    oldestOpenDays: null,
    lateComplaints: null,
    lastContactDay: null,
  }));
  const f = rules.churn.signals;
  const s = dataset.surveys;
  if (s) {
    const scores = dates.map(() => new Float64Array(n).fill(NaN));
    const scoreDays = dates.map(() => new Float64Array(n).fill(NaN));
    const recs = dates.map(() => new Float64Array(n).fill(NaN));
    const recDays = dates.map(() => new Float64Array(n).fill(NaN));
    const scoreLookback = f.lowSatisfaction.lookbackDays;
    const recLookback = f.npsDetractor.lookbackDays;
    for (let i = 0; i < s.count; i++) {
      const c = s.customer[i];
      const d = s.day[i];
      const o = s.overall[i];
      const r = s.recommend[i];
      for (let t = 0; t < D; t++) {
        const asOf = dates[t];
        if (!(d <= asOf)) continue;
        const age = asOf - d;
        const scoreDay = scoreDays[t];
        if (o === o && age <= scoreLookback && !(d < scoreDay[c])) {
          scores[t][c] = o;
          scoreDay[c] = d;
        }
        const recDay = recDays[t];
        if (r === r && age <= recLookback && !(d < recDay[c])) {
          recs[t][c] = r;
          recDay[c] = d;
        }
      }
    }
    for (let t = 0; t < D; t++)
      Object.assign(out[t], {
        satisfactionScore: scores[t],
        satisfactionDay: scoreDays[t],
        recommendScore: recs[t],
        recommendDay: recDays[t],
      });
  }
  const k = dataset.complaints;
  if (k) {
    const opens = dates.map(() => new Int32Array(n));
    const oldests = dates.map(() => new Float64Array(n).fill(NaN));
    const lates = dates.map(() => new Int32Array(n));
    const cr = rules.complaints;
    const lateLookback = f.lateComplaints.lookbackDays;
    // Complaint times keep their time of day: judge them at the end of the analysis date, as the
    // Complaints tab does (complaints/summary.ts).
    const nows = dates.map((asOf) => Math.floor(asOf) + 1);
    for (let i = 0; i < k.count; i++) {
      const c = k.customer[i];
      const at = k.receivedAt[i];
      const resolved = k.status[i] !== OPEN;
      for (let t = 0; t < D; t++) {
        const now = nows[t];
        if (!(at < now)) continue;
        const age = now - at;
        if (!resolved) {
          opens[t][c]++;
          const oldest = oldests[t];
          if (!(age <= oldest[c])) oldest[c] = age;
        }
        if (age <= lateLookback) {
          const hours =
            k.complexity[i] === COMPLEX ? cr.resolutionHours.complex : cr.resolutionHours.general;
          const first = firstResponseOutcome(
            at,
            k.firstResponseAt[i],
            k.resolvedAt[i],
            resolved,
            now,
            cr.firstResponseHours,
          );
          if (
            first === MISSED ||
            resolutionOutcome(at, k.resolvedAt[i], resolved, now, hours) === MISSED
          )
            lates[t][c]++;
        }
      }
    }
    for (let t = 0; t < D; t++)
      Object.assign(out[t], {
        openComplaints: opens[t],
        oldestOpenDays: oldests[t],
        lateComplaints: lates[t],
      });
  }
  const contacts = dataset.contacts;
  if (contacts) {
    const lasts = dates.map(() => new Float64Array(n).fill(NaN));
    for (let i = 0; i < contacts.count; i++) {
      const d = contacts.day[i];
      const c = contacts.customer[i];
      for (let t = 0; t < D; t++) {
        const last = lasts[t];
        if (d <= dates[t] && !(d <= last[c])) last[c] = d;
      }
    }
    for (let t = 0; t < D; t++) out[t].lastContactDay = lasts[t];
  }
  return out;
}
