// Satisfaction scored in the contact log (tester70 U605): a garage's 回访记录 scores each call
// (满意度(1-5)). Each scored call is the customer's answer that day, as a Surveys sheet's row
// would be: one satisfaction model the Satisfaction tab, the churn signals and the calls read.
import type { Dataset, Surveys } from "../model";

/**
 * Adds the Contacts sheet's scored calls (contacts.score) to dataset.surveys as overall scores
 * (1–5), their words the row's feedback, else its note, and says how in
 * dataset.surveysFromContacts. A call the Surveys sheet already has an answer of (same customer,
 * same day) is not counted twice: the sheet's row stands. Nothing changes when the sheet has no
 * score column or no row is scored.
 *
 * @example surveysFromContacts(dataset); dataset.surveysFromContacts // { rows: 3, answers: 3, … }
 */
export function surveysFromContacts(dataset: Dataset): void {
  const k = dataset.contacts;
  const score = k?.score;
  if (!k || !score) return;
  const sheet = dataset.surveys;
  const answered = new Set<number>();
  if (sheet)
    for (let j = 0; j < sheet.count; j++) answered.add(dayKey(sheet.customer[j], sheet.day[j]));
  const added: number[] = [];
  let rows = 0;
  for (let i = 0; i < k.count; i++) {
    if (!(score[i] >= 1)) continue;
    rows++;
    if (!answered.has(dayKey(k.customer[i], k.day[i]))) added.push(i);
  }
  if (rows === 0) return;
  const source = dataset.sources.contacts;
  dataset.surveysFromContacts = {
    sheet: source?.sheetName ?? "",
    column: source?.columns.score ?? "",
    rows,
    answers: added.length,
    onSheet: rows - added.length,
  };
  if (added.length > 0) dataset.surveys = joined(sheet, dataset, added);
}

/** One key per customer and whole day. */
const dayKey = (customer: number, day: number): number => customer * 100_000 + Math.floor(day);

/** The Surveys sheet's rows (none: an empty table) then the contact rows `added`. */
function joined(sheet: Surveys | null, dataset: Dataset, added: readonly number[]): Surveys {
  const k = dataset.contacts!;
  const n0 = sheet?.count ?? 0;
  const n = n0 + added.length;
  const f64 = (from: Float64Array | undefined, at: (i: number) => number): Float64Array => {
    const out = new Float64Array(n).fill(NaN);
    if (from) out.set(from);
    for (let j = 0; j < added.length; j++) out[n0 + j] = at(added[j]);
    return out;
  };
  const customer = new Int32Array(n);
  const sourceRow = new Int32Array(n);
  if (sheet) {
    customer.set(sheet.customer);
    sourceRow.set(sheet.sourceRow);
  }
  const fromContacts = new Uint8Array(n);
  const comment = sheet ? sheet.comment.slice() : [];
  for (let j = 0; j < added.length; j++) {
    const i = added[j];
    customer[n0 + j] = k.customer[i];
    sourceRow[n0 + j] = k.sourceRow[i];
    fromContacts[n0 + j] = 1;
    comment.push((k.feedback?.[i] || k.note?.[i] || "").trim());
  }
  const none = () => NaN;
  return {
    count: n,
    customer,
    day: f64(sheet?.day, (i) => Math.floor(k.day[i])),
    overall: f64(sheet?.overall, (i) => k.score![i]),
    recommend: f64(sheet?.recommend, none),
    quality: f64(sheet?.quality, none),
    price: f64(sheet?.price, none),
    afterSales: f64(sheet?.afterSales, none),
    delivery: f64(sheet?.delivery, none),
    comment,
    sourceRow,
    fromContacts,
  };
}
