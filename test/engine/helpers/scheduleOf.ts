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
