import { COMPLAINT_STATUSES, type Dataset } from "../model";

const OPEN = COMPLAINT_STATUSES.indexOf("open");

/** What has already happened per customer, as far as the schedule needs it. */
export interface ContactHistory {
  /** Day of the last contact on or before the analysis date (Contacts sheet); NaN none. */
  lastContact: Float64Array;
  /** Time of the latest complaint resolution on or before the analysis date; NaN none. */
  lastResolved: Float64Array;
  /** Received time of the oldest complaint still open on the analysis date; NaN none. */
  openSince: Float64Array;
  /** Index into COMPLAINT_CAUSES of that complaint; -1 none. */
  openCause: Int8Array;
  /**
   * The first day a contact is someone in touch about that complaint since it came in: the day it
   * came in, or the day after for one kept in the contact log, whose row that day is the complaint
   * itself (tester60 U100); NaN none.
   */
  openTouchFrom: Float64Array;
  /**
   * That complaint's words (Complaints.text: one kept in the contact log), by customer; only
   * customers whose oldest open complaint has words.
   */
  openText: Map<number, string>;
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
  const openSince = new Float64Array(n).fill(NaN);
  const openCause = new Int8Array(n).fill(-1);
  const openRow = new Int32Array(n).fill(-1);
  const limit = Math.floor(asOf) + 1; // anything during the analysis day counts
  const k = dataset.contacts;
  if (k) {
    const rows = lastContactRows(dataset, asOf);
    for (let c = 0; c < n; c++) if (rows[c] >= 0) lastContact[c] = k.day[rows[c]];
  }
  const q = dataset.complaints;
  if (q) {
    for (let i = 0; i < q.count; i++) {
      const c = q.customer[i];
      if (c < 0 || c >= n) continue;
      const r = q.resolvedAt[i];
      if (r < limit) {
        if (!(r <= lastResolved[c])) lastResolved[c] = r;
      } else if (
        q.status[i] === OPEN &&
        q.receivedAt[i] < limit &&
        !(q.receivedAt[i] >= openSince[c])
      ) {
        openSince[c] = q.receivedAt[i];
        openCause[c] = q.cause[i];
        openRow[c] = i;
      }
    }
  }
  const openTouchFrom = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++)
    if (openRow[c] >= 0)
      openTouchFrom[c] = Math.floor(openSince[c]) + (q!.fromContacts?.[openRow[c]] ?? 0);
  const openText = new Map<number, string>();
  const text = q?.text;
  if (text)
    for (let c = 0; c < n; c++)
      if (openRow[c] >= 0 && text[openRow[c]]) openText.set(c, text[openRow[c]]);
  return { lastContact, lastResolved, openSince, openCause, openTouchFrom, openText };
}

/**
 * Each customer's last contact on the Contacts sheet on or before the analysis date: its row in
 * dataset.contacts (-1 none); on the same day, the row further down the sheet (entered later).
 * The schedule's history (its day) and the talking point (its date, channel and owner) read it.
 * A call that did not get through (Contacts.notReached) is no contact (tester55 U8); with
 * `attempts`, only such calls are looked at (the talking point's 上次联系（未接通）).
 *
 * @example lastContactRows(dataset, dataset.asOf)[0] // 12: customer 0's latest contact is row 12
 */
export function lastContactRows(dataset: Dataset, asOf: number, attempts = false): Int32Array {
  const n = dataset.customers.count;
  const last = new Int32Array(n).fill(-1);
  const k = dataset.contacts;
  if (!k) return last;
  const notReached = k.notReached;
  if (attempts && !notReached) return last;
  const limit = Math.floor(asOf) + 1; // anything during the analysis day counts
  for (let i = 0; i < k.count; i++) {
    const c = k.customer[i];
    const d = k.day[i];
    if (c < 0 || c >= n || !(d < limit)) continue;
    if (notReached && (notReached[i] === 1) !== attempts) continue;
    const before = last[c];
    if (before < 0 || d >= k.day[before]) last[c] = i;
  }
  return last;
}
