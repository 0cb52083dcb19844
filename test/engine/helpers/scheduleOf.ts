import {
  CHURN_REASON_CODES,
  LIFECYCLE_STAGES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  RISK_LEVELS,
} from "../../../src/engine/analysis";
import type { Analysis } from "../../../src/engine/analyze";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";

/**
 * Customer `id`'s rows on the schedule: how many contacts are planned, and the codes of its
 * not-scheduled rows (left.test, doNotContact.test: a customer listed, not called).
 *
 * @example scheduleOf(analysis, "K03") // { c: 2, planned: 0, listed: ["customer_left"] }
 */
export function scheduleOf(
  a: Analysis,
  id: string,
): { c: number; planned: number; listed: string[] } {
  const c = a.dataset.customers.id.indexOf(id);
  const { followUps: f, unscheduled: u } = a.schedule;
  let planned = 0;
  for (let i = 0; i < f.count; i++) if (f.customer[i] === c) planned++;
  const listed: string[] = [];
  for (let i = 0; i < u.count; i++)
    if (u.customer[i] === c) listed.push(UNSCHEDULED_REASONS[u.why[i]]);
  return { c, planned, listed };
}

/**
 * Customer `id`'s churn judgment (stage, level, first reason and its figures) beside its rows on
 * the schedule (scheduleOf): left.test, petDied.test.
 */
export function churnOf(a: Analysis, id: string) {
  const { c, planned, listed } = scheduleOf(a, id);
  const an = a.classification.analysis;
  return {
    stage: LIFECYCLE_STAGES[an.lifecycleStage[c]],
    level: RISK_LEVELS[an.churnLevel[c]],
    reason: CHURN_REASON_CODES[an.churnReasons.codes[c * MAX_CHURN_REASONS]],
    figures: an.churnReasons.figures.slice(
      c * MAX_CHURN_REASONS * REASON_FIGURES,
      (c * MAX_CHURN_REASONS + 1) * REASON_FIGURES,
    ),
    planned,
    listed,
  };
}
