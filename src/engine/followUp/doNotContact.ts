import { RISK_LEVELS } from "../analysis";
import {
  askedChannel,
  doNotContactPhrase,
  refusedChannels,
  saysContactAgain,
} from "../ingest/contactOutcome";
import type { Dataset } from "../model";
import type { Lang, SheetKind } from "../schema";
import { inputPlace } from "../inputSheetName";
import { say } from "../words/catalog";
import { noteTimesOf, quotedNote, type NoteTimes } from "./hold";
import { addRefusals, askedOnly } from "./placement";
import type { FollowUpSchedule } from "./schedule";
import type { RunWarning } from "./warnings";

const HIGH = RISK_LEVELS.indexOf("high");
const MEDIUM = RISK_LEVELS.indexOf("medium");

/** Where a customer asked not to be contacted. */
export interface DoNotContactSource {
  /** The input it was read from: the Customers sheet (its note or status) or the Contacts sheet. */
  input: Extract<SheetKind, "customers" | "contacts">;
  /** The field: a customer's note or status, a contact's note. */
  field: "note" | "status";
  /** The Excel row number. */
  row: number;
  /** The column's header as written (备注, 内容). */
  column: string;
  /** The cell as quoted (quotedNote: one line, at most NOTE_QUOTE_CHARS characters). */
  text: string;
  /** The do-not-contact phrase found in it (lower-cased as matched: 不要再联系, do not call). */
  phrase: string;
}

/**
 * The customers who asked not to be contacted (tester59 U80: a member whose pet died wrote
 * 别再发推销 in 备注, another said 不要再联系 on a call, and both were planned retention calls). One
 * owner of the rule:
 * - the Customers sheet: a do-not-contact phrase (optionWords.ts DO_NOT_CONTACT_WORDS, as
 *   ingest/contactOutcome.ts doNotContactPhrase reads it) in the customer's note (备注), else in its
 *   status (勿扰, 拒绝联系, DNC). It stands until the sheet is edited, unless the note names when to
 *   contact her again (不要打电话。明年三月再联系: hold.ts customerNoteTimes), a hold until then;
 * - else the Contacts sheet: the latest contact up to the analysis date whose note says so, unless
 *   a later contact's note says the customer may be contacted again (CONTACT_AGAIN_WORDS: 可以再联系,
 *   OK to call) or names when (明年三月再联系, Try in March: noteTime.ts putOffTime; a note saying
 *   both is a hold until that time, hold.ts): that lifts it. On one day, the row further down is the later.
 * Such a customer gets no contact of any kind on the schedule (listed once, do_not_contact); the
 * churn figures are left as they are. Undefined when nobody asked (nothing is read per customer).
 *
 * @param times the notes' times (hold.ts noteTimesOf), shared with the schedule's holds
 * @example doNotContactOf(dataset, dataset.asOf)?.source.get(2)?.row // 5 (“联系记录”表第 5 行)
 */
export function doNotContactOf(
  dataset: Dataset,
  asOf: number,
  times: NoteTimes = noteTimesOf(dataset, asOf),
): DoNotContact | undefined {
  const cust = dataset.customers;
  const n = cust.count;
  const source = new Map<number, DoNotContactSource>();
  const header = (kind: SheetKind, field: string) => dataset.sources[kind]?.columns[field] ?? field;
  const putOff = times.customers;
  for (const field of ["note", "status"] as const) {
    const texts = cust[field];
    if (!texts) continue;
    for (let c = 0; c < n; c++) {
      // A time her note names lifts its refusal; a pause's end her status writes does not.
      if (source.has(c) || (field === "note" && putOff?.has(c) && !putOff.get(c)!.inStatus))
        continue;
      const phrase = doNotContactPhrase(texts[c] ?? "");
      if (phrase === "") continue;
      source.set(c, {
        input: "customers",
        field,
        row: cust.sourceRow[c],
        column: header("customers", field),
        text: quotedNote(texts[c]),
        phrase,
      });
    }
  }
  const k = dataset.contacts;
  const notes = k?.note;
  if (k && notes) {
    const limit = Math.floor(asOf) + 1;
    // Per customer, the contact row of the latest do-not-contact note and of the latest note
    // saying it may be contacted again (-1 none): the first stands when it is the later.
    const said = new Int32Array(n).fill(-1);
    const again = new Int32Array(n).fill(-1);
    // The phrase of each customer's latest refusal, kept as found: read once per note.
    const phrases = new Map<number, string>();
    const later = (i: number, j: number) =>
      j < 0 || k.day[i] > k.day[j] || (k.day[i] === k.day[j] && k.sourceRow[i] > k.sourceRow[j]);
    for (let i = 0; i < k.count; i++) {
      const c = k.customer[i];
      if (c < 0 || c >= n || !(k.day[i] < limit) || !notes[i] || source.has(c)) continue;
      const phrase = doNotContactPhrase(notes[i]);
      // A time named as when to call again (不要打电话。明年三月再联系, Do not call. Try in March:
      // noteTime.ts putOffTime) makes it a hold until then (hold.ts), no refusal, and lifts an
      // earlier refusal as a note saying she may be contacted again does.
      // A day of the week with a refusal is no time to call again (不要打电话，周三来店里的时候再说:
      // talk in person; reviewer65 H3): the refusal stands.
      const time = times.contact(i);
      if (time !== undefined && !(phrase !== "" && time.kind === "weekday")) {
        if (later(i, again[c])) again[c] = i;
      } else if (phrase !== "") {
        if (later(i, said[c])) {
          said[c] = i;
          phrases.set(c, phrase);
        }
      } else if (saysContactAgain(notes[i]) && later(i, again[c])) again[c] = i;
    }
    for (let c = 0; c < n; c++) {
      const i = said[c];
      if (i < 0 || !later(i, again[c])) continue;
      source.set(c, {
        input: "contacts",
        field: "note",
        row: k.sourceRow[i],
        column: header("contacts", "note"),
        text: quotedNote(notes[i]),
        phrase: phrases.get(c)!,
      });
    }
  }
  if (source.size === 0) return undefined;
  const flag = new Uint8Array(n);
  for (const c of source.keys()) flag[c] = 1;
  return { flag, source, sources: dataset.sources };
}

/** The channels a note refuses (refusedChannels) and the one it asks for instead of calls (askedOnly). */
const channelsSaid = (text: string): number =>
  addRefusals(refusedChannels(text), askedOnly(askedChannel(text)));

/**
 * Per customer, the channels they refused (CHANNEL_REFUSAL_WORDS: 不要再发短信, no more emails) as
 * bits 1 << CONTACT_CHANNELS index, and the one channel asked for instead of calls (Do not call -
 * email only, 不要打电话，发微信: placement.ts askedOnly), read where doNotContactOf reads a refusal
 * of every contact: the
 * Customers sheet's note or status, else the contact notes up to the analysis date, a refusal
 * there lifted by a later note saying the customer may be contacted again. Nothing goes to them by
 * such a channel (placement.ts route; unscheduled channel_refused); every other contact goes by
 * the channel asked for (instead asked_channel). Undefined when nobody refused one.
 *
 * @example refusedChannelsOf(dataset, dataset.asOf)?.[0] // 8: customer 0 wrote 不要再发短信 (online)
 */
export function refusedChannelsOf(dataset: Dataset, asOf: number): Uint8Array | undefined {
  const cust = dataset.customers;
  const n = cust.count;
  let out: Uint8Array | undefined;
  const refuse = (c: number, bits: number) => {
    if (bits !== 0) (out ??= new Uint8Array(n))[c] = addRefusals(out[c], bits);
  };
  for (const field of ["note", "status"] as const) {
    const texts = cust[field];
    if (texts) for (let c = 0; c < n; c++) if (texts[c]) refuse(c, channelsSaid(texts[c]));
  }
  const k = dataset.contacts;
  const notes = k?.note;
  if (!k || !notes) return out;
  const limit = Math.floor(asOf) + 1;
  // Per customer, the refusals said after the last note saying it may be contacted again: the
  // rows in date order, a row further down the later on one day.
  const rows: number[] = [];
  for (let i = 0; i < k.count; i++) {
    const c = k.customer[i];
    if (c < 0 || c >= n || !(k.day[i] < limit) || !notes[i]) continue;
    rows.push(i);
  }
  rows.sort((a, b) => k.day[a] - k.day[b] || k.sourceRow[a] - k.sourceRow[b]);
  const said = new Uint8Array(n);
  for (const i of rows) {
    const c = k.customer[i];
    if (saysContactAgain(notes[i])) said[c] = 0;
    else said[c] = addRefusals(said[c], channelsSaid(notes[i]));
  }
  for (let c = 0; c < n; c++) refuse(c, said[c]);
  return out;
}

/** The customers who asked not to be contacted, and where (doNotContactOf). */
export interface DoNotContact {
  /** Per customer: 1 when they asked not to be contacted. */
  flag: Uint8Array;
  /** Per such customer: where they said so. */
  source: Map<number, DoNotContactSource>;
  /**
   * The run's inputs, to name the sheet or file a source was read from in the words' language
   * (inputSheetName.ts; reviewer60 R3: a CSV's was said “Customers表”).
   */
  sources: Dataset["sources"];
}

/** True when customer c asked not to be contacted. */
export function asksNoContact(dnc: DoNotContact | undefined, c: number): boolean {
  return dnc !== undefined && dnc.flag[c] === 1;
}

/**
 * Why customer c gets no contact, with where it was said ("" when they did not ask): the sheet,
 * row and column, and the words quoted. Without `quote` (a workbook to pass on: a note may hold a
 * phone number) the words are left out.
 *
 * @example doNotContactText(dnc, 2, "zh-CN") // "客户要求勿联系（“联系记录”表第 5 行内容列：“不要再联系”）"
 */
export function doNotContactText(
  dnc: DoNotContact | undefined,
  c: number,
  lang: Lang,
  quote = true,
): string {
  const s = dnc?.source.get(c);
  if (dnc === undefined || s === undefined) return "";
  const where = { place: inputPlace(dnc, s.input, lang), row: s.row, column: s.column };
  return quote
    ? say(lang, "followUpTab", "doNotContact", { ...where, words: s.text })
    : say(lang, "followUpTab", "doNotContactNoWords", where);
}

/**
 * do_not_contact: how many customers asked not to be contacted, from which sheet, one example of
 * the words, and how many of them are at risk (high or medium: their churn figures stand, and a
 * manager reading the at-risk list must not call them by hand). Null when nobody asked.
 *
 * @example doNotContactWarning(schedule, churnLevel, () => "回访计划")?.brief?.["zh-CN"] // "2 位客户要求勿联系：…"
 */
export function doNotContactWarning(
  schedule: Pick<FollowUpSchedule, "doNotContact">,
  churnLevel: Int8Array,
  followUpsTab: (lang: Lang) => string,
): RunWarning | null {
  const dnc = schedule.doNotContact;
  if (dnc === undefined) return null;
  let customers = 0;
  let atRisk = 0;
  for (const [c, s] of dnc.source) {
    if (s.input === "customers") customers++;
    if (churnLevel[c] === HIGH || churnLevel[c] === MEDIUM) atRisk++;
  }
  const count = dnc.source.size;
  const example = dnc.source.values().next().value?.text ?? "";
  const params = (lang: Lang) => ({
    count,
    customers,
    contacts: count - customers,
    atRisk,
    example,
    tab: followUpsTab(lang),
  });
  const both = (code: "doNotContact" | "briefDoNotContact"): Record<Lang, string> => ({
    "zh-CN": say("zh-CN", "followUp", code, params("zh-CN")),
    "en-US": say("en-US", "followUp", code, params("en-US")),
  });
  return {
    code: "do_not_contact",
    message: both("doNotContact"),
    brief: both("briefDoNotContact"),
  };
}
