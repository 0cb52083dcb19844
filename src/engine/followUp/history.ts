import type { Dataset } from "../model";

/** What has already happened per customer, as far as the schedule needs it. */
export interface ContactHistory {
  /** Day of the last contact on or before the analysis date (Contacts sheet); NaN none. */
  lastContact: Float64Array;
  /** Time of the latest complaint resolution on or before the analysis date; NaN none. */
  lastResolved: Float64Array;
}

/**
 * One pass over Contacts and Complaints.
 *
 * @example contactHistory(dataset, dataset.asOf).lastContact[0] // NaN when never contacted
 */
export function contactHistory(dataset: Dataset, asOf: number): ContactHistory {
  const n = dataset.customers.count;
  const lastContact = new Float64Array(n).fill(NaN);
  const lastResolved = new Float64Array(n).fill(NaN);
  const limit = Math.floor(asOf) + 1; // anything during the analysis day counts
  const k = dataset.contacts;
  if (k) {
    for (let i = 0; i < k.count; i++) {
      const c = k.customer[i];
      const d = k.day[i];
      if (c < 0 || c >= n || !(d < limit)) continue;
      if (!(d <= lastContact[c])) lastContact[c] = d;
    }
  }
  const q = dataset.complaints;
  if (q) {
    for (let i = 0; i < q.count; i++) {
      const c = q.customer[i];
      const r = q.resolvedAt[i];
      if (c < 0 || c >= n || !(r < limit)) continue;
      if (!(r <= lastResolved[c])) lastResolved[c] = r;
    }
  }
  return { lastContact, lastResolved };
}
