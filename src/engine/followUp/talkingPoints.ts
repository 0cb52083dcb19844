import { isReturn } from "../aggregate/purchase";
import {
  COMPLAINT_STATUSES,
  CONTACT_CHANNELS,
  type Contacts,
  type Dataset,
  type RowTexts,
} from "../model";
import { isoDate } from "../parse/date";
import { amount, overdueSince } from "../churn/reasons";
import { lastContactRows } from "./history";
import { quotedNote, statusPaused } from "./hold";
import type { Refunded } from "../churn/refunded";
import { saysAmends, saysOurAmends, withoutRoutine } from "../ingest/contactOutcome";
import { complaintAgeDays } from "../complaints/age";
import { owedSince, owesInvoices, type PaymentFailed } from "../ingest/paymentFailed";
import { subscriptionState } from "../ingest/subscriptions";
import { PAYMENT_FAILED_STATUS_WORDS } from "../optionWords";
import {
  repeatedNoShows,
  saidSignals,
  type SaidSignals,
  UNHAPPY_DETRACTOR,
  UNHAPPY_SCORE,
  type MissedAppointments,
} from "../churn/signals";
import type { Lang } from "../schema";
import { SHRANK_SPEND, SHRANK_VISITS, SHRINK_DAYS, type Shrinking } from "./shrinking";
import { say, type Code } from "../words/catalog";
import type { WordParams } from "../words/format";

/**
 * What the caller can open the conversation with, from the data, per customer: an open complaint,
 * the weakest dimension of the latest survey, the product last bought. One pass over each sheet,
 * so the schedule tab of a million customers needs no lookups per row.
 */
export interface TalkingPoints {
  /** Open complaints per customer, and the received time of the oldest (NaN none). */
  openComplaints: Int32Array;
  oldestOpen: Float64Array;
  /** Latest survey (up to the analysis date): its weakest 1–5 dimension (index into DIMENSIONS, -1 none) and score. */
  weakestDimension: Int8Array;
  weakestScore: Float64Array;
  /** Product code of the last purchase (index into transactions.products, -1 none). */
  lastProduct: Int32Array;
  /**
   * The customer's last contact on the Contacts sheet up to the analysis date (its row in
   * dataset.contacts, -1 none; absent: no contacts measured): its date, channel and owner go into
   * the talking point (tester #8, stop 44: the caller did not know who spoke to the customer last).
   */
  lastContact?: Int32Array;
  /**
   * The customer's last call that did not get through (Contacts.notReached; its row, -1 none;
   * absent when the sheet says no outcome): said before the last contact when it is later.
   */
  lastAttempt?: Int32Array;
  /**
   * True when the last contact's note is not quoted: a workbook to pass on (maskContactDetails,
   * --share) carries nothing typed, and a note may hold a phone number.
   */
  withoutNotes?: boolean;
  /**
   * The customers whose payment failed (a past_due status, failed charges with no payment since:
   * ingest/paymentFailed.ts); absent when none: said first, the call is about the card (tester61
   * U134).
   */
  paymentFailed?: PaymentFailed;
  /**
   * Per customer, the period end a subscription is set to cancel at (ingest/subscriptions.ts; NaN
   * none, Infinity not written); absent without a Subscriptions sheet (tester61 U114).
   */
  cancelDay?: Float64Array;
  /** The day and reason of a cancellation leaving the door open (tester63 U163; NaN / "" none). */
  winBackDay?: Float64Array;
  winBackReason?: string[];
  /**
   * The bookings each customer missed since her last visit or purchase (churn/signals.ts); absent
   * without such rows. Repeated no-shows are said before the rest (tester65 U209).
   */
  missedAppointments?: MissedAppointments;
  /**
   * The latest fault of ours with amends per customer (saysOurAmends: 洗坏了大衣，赔偿200元; a 赔偿
   * row, saysAmends; tester66 U233): its day (NaN: the Customers note, undated), its words and, from a contact,
   * its row (-1 else: not quoted twice with the last contact). Absent when none is written.
   */
  amends?: { day: Float64Array; text: string[]; contact: Int32Array };
  /**
   * Most of each customer's last purchase refunded, nothing bought since (churn/refunded.ts;
   * tester69 U503, U506), and the refund row's note ("" none): the call opens with it. Absent when none.
   */
  refunded?: Refunded;
  refundNote?: Map<number, string>;
  /**
   * The customers shrinking and unhappy (shrinking.ts; tester67 U309), set by the caller from the
   * schedule (FollowUpSchedule.shrinking): the fall and the score said first. Absent: none.
   */
  shrinking?: Shrinking;
  /**
   * The customers unhappy by their own word (churn/signals.ts unhappyOf bits), set by the caller
   * from the schedule (FollowUpSchedule.unhappy): her low score said with her words, and her pause
   * status that did not hold her (tester69 U502, U523). Absent: none.
   */
  unhappy?: Uint8Array;
  /** Per customer, her latest survey's row up to the analysis date (-1 none); absent without surveys. */
  latestSurvey?: Int32Array;
}

const DIMENSIONS = ["quality", "price", "afterSales", "delivery"] as const;
const OPEN = COMPLAINT_STATUSES.indexOf("open");

/**
 * Measures the talking points of every customer as of `asOf` (rows after it are not used).
 *
 * `said`: the run's payment failures, missed appointments and refunds as of `asOf` (the schedule's,
 * FollowUpSchedule.said); measured here when absent.
 *
 * @example talkingPoints(dataset, dataset.asOf).lastProduct[0] // 3 (dataset.transactions.products[3])
 */
export function talkingPoints(
  dataset: Dataset,
  asOf: number,
  said: SaidSignals = saidSignals(dataset, asOf),
): TalkingPoints {
  const n = dataset.customers.count;
  const limit = Math.floor(asOf) + 1;
  const openComplaints = new Int32Array(n);
  const oldestOpen = new Float64Array(n).fill(NaN);
  if (dataset.complaints) openComplaintsOf(dataset.complaints, limit, openComplaints, oldestOpen);
  const weakestDimension = new Int8Array(n).fill(-1);
  const weakestScore = new Float64Array(n).fill(NaN);
  let latestSurvey: Int32Array | undefined;
  if (dataset.surveys) {
    weakestOf(dataset.surveys, limit, weakestDimension, weakestScore, n);
    latestSurvey = latestSurveyOf(dataset.surveys, limit, n);
  }
  const lastProduct = new Int32Array(n).fill(-1);
  lastProductsOf(dataset.transactions, limit, lastProduct);
  const lastContact = lastContactRows(dataset, asOf);
  const points: TalkingPoints = {
    openComplaints,
    oldestOpen,
    weakestDimension,
    weakestScore,
    lastProduct,
    lastContact,
  };
  if (latestSurvey) points.latestSurvey = latestSurvey;
  if (dataset.contacts?.notReached) points.lastAttempt = lastContactRows(dataset, asOf, true);
  const failed = said.paymentFailed;
  if (failed) points.paymentFailed = failed;
  const missed = said.missedAppointments;
  if (missed) points.missedAppointments = missed;
  const amends = amendsOf(dataset, limit);
  if (amends) points.amends = amends;
  const back = said.refunded;
  if (back) {
    points.refunded = back;
    const notes = dataset.sources?.transactions?.notes;
    if (notes && !dataset.sources.transactions!.parts) points.refundNote = rowTexts(notes);
  }
  const subs = subscriptionState(dataset, asOf);
  if (subs) {
    points.cancelDay = subs.cancelDay;
    points.winBackDay = subs.winBackDay;
    points.winBackReason = subs.winBackReason;
  }
  return points;
}

// Each pass over a sheet's rows is a function of its own with nothing after its loop: in one
// function, the loop compiled on the fly was thrown away at the line after it (a new array, a
// call not yet seen) and the next sheet's rows ran uncompiled until compiled again.

/** Open complaints received before `limit` per customer, and the oldest one's received time. */
function openComplaintsOf(
  q: NonNullable<Dataset["complaints"]>,
  limit: number,
  openComplaints: Int32Array,
  oldestOpen: Float64Array,
): void {
  const n = openComplaints.length;
  for (let i = 0; i < q.count; i++) {
    const c = q.customer[i];
    if (c < 0 || c >= n || q.status[i] !== OPEN || !(q.receivedAt[i] < limit)) continue;
    openComplaints[c]++;
    if (!(q.receivedAt[i] >= oldestOpen[c])) oldestOpen[c] = q.receivedAt[i];
  }
}

/** The weakest dimension and its score in each customer's latest survey before `limit`. */
function weakestOf(
  s: NonNullable<Dataset["surveys"]>,
  limit: number,
  weakestDimension: Int8Array,
  weakestScore: Float64Array,
  n: number,
): void {
  const latestSurvey = new Float64Array(n).fill(NaN);
  const cols = [s.quality, s.price, s.afterSales, s.delivery];
  for (let i = 0; i < s.count; i++) {
    const c = s.customer[i];
    if (c < 0 || c >= n || !(s.day[i] < limit) || s.day[i] < latestSurvey[c]) continue;
    let best = -1;
    let score = Infinity;
    for (let k = 0; k < cols.length; k++) {
      const v = cols[k][i];
      if (v < score) {
        score = v;
        best = k;
      }
    }
    if (best < 0) continue;
    latestSurvey[c] = s.day[i];
    weakestDimension[c] = best;
    weakestScore[c] = score;
  }
}

/** Each customer's latest survey row before `limit` (on one day, the row further down); -1 none. */
function latestSurveyOf(s: NonNullable<Dataset["surveys"]>, limit: number, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  for (let i = 0; i < s.count; i++) {
    const c = s.customer[i];
    if (c < 0 || c >= n || !(s.day[i] < limit)) continue;
    if (out[c] < 0 || s.day[i] >= s.day[out[c]]) out[c] = i;
  }
  return out;
}

/**
 * The product of each customer's latest purchase before `limit`: the line that sets the last
 * purchase date the report shows (isReturn, the one owner: a return, -0 too, is no purchase; a 0
 * line is one). On that day a line with spend is named before a 0 line (a free gift beside the
 * order it came with is not what the customer bought); among equals, the last in the file.
 */
function lastProductsOf(t: Dataset["transactions"], limit: number, lastProduct: Int32Array): void {
  const n = lastProduct.length;
  const lastDay = new Float64Array(n).fill(-Infinity);
  const lastSpent = new Uint8Array(n);
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = t.day[i];
    const a = t.amount[i];
    if (c < 0 || c >= n || !(d < limit) || isReturn(a) || d < lastDay[c]) continue;
    const spent = a > 0 ? 1 : 0;
    if (d === lastDay[c] && spent < lastSpent[c]) continue;
    lastDay[c] = d;
    lastSpent[c] = spent;
    lastProduct[c] = t.product[i];
  }
}

/**
 * Per customer, the latest fault of ours with amends written before `limit`: in a contact's note, a
 * sales row's note or the Customers note (undated) as a complaint reads it (saysOurAmends: not her own
 * loss, 别家洗坏的 brought in to fix: reviewer67 H3), or a sales row's item (saysAmends: a 赔偿 row, its
 * amount after the item); null when none.
 */
function amendsOf(dataset: Dataset, limit: number): TalkingPoints["amends"] | null {
  const n = dataset.customers.count;
  const day = new Float64Array(n).fill(NaN);
  const text = new Array<string>(n).fill("");
  const contact = new Int32Array(n).fill(-1);
  let found = false;
  const take = (c: number, d: number, words: string, row: number) => {
    if (c < 0 || c >= n || !(d < limit) || d < day[c]) return;
    day[c] = d;
    text[c] = words;
    contact[c] = row;
    found = true;
  };
  const customerNote = dataset.customers.note;
  if (customerNote)
    for (let c = 0; c < n; c++)
      if (customerNote[c] && saysOurAmends(customerNote[c])) {
        text[c] = customerNote[c];
        found = true;
      }
  const t = dataset.transactions;
  // Datasets built in code may carry no sources.
  const source = dataset.sources?.transactions;
  // A row's note by its Excel row: one sheet only (a part's rows share numbers with the first's).
  const notes = source?.notes && !source.parts ? rowTexts(source.notes) : null;
  // Each item asked once, not once per row: a 100k workbook's 1,002,340 sales rows name 12 items,
  // and asking each row's took 130-180 ms of the main thread's CPU (load 21, speed68). Without
  // notes and with no item saying it, no row can: the rows are not walked.
  const itemSays = itemsSayingAmends(t.products);
  if (notes || itemSays.includes(1))
    for (let i = 0; i < t.count; i++) {
      const note = notes?.get(t.sourceRow[i]) ?? "";
      const p = t.product[i];
      if (note !== "" && saysOurAmends(note)) take(t.customer[i], t.day[i], note, -1);
      else if (p >= 0 && itemSays[p] === 1)
        take(t.customer[i], t.day[i], `${t.products[p]} ${amount(Math.abs(t.amount[i]))}`, -1);
    }
  const k = dataset.contacts;
  if (k?.note)
    for (let i = 0; i < k.count; i++)
      if (k.note[i] && saysOurAmends(k.note[i])) take(k.customer[i], k.day[i], k.note[i], i);
  return found ? { day, text, contact } : null;
}

/** Per item of the sales sheet (Transactions.products), 1 when its name says amends (saysAmends). */
function itemsSayingAmends(products: readonly string[]): Uint8Array {
  const says = new Uint8Array(products.length);
  for (let p = 0; p < products.length; p++)
    if (products[p] !== "" && saysAmends(products[p])) says[p] = 1;
  return says;
}

/** A RowTexts as a map of Excel row → text. */
function rowTexts(r: RowTexts): Map<number, string> {
  const m = new Map<number, string>();
  for (let j = 0; j < r.rows.length; j++) m.set(r.rows[j], r.texts[j]);
  return m;
}

/**
 * Customer c's latest fault of ours or amends for it in words ("" none): with its day and the
 * words quoted; a workbook to pass on quotes nothing (the day alone, an undated note not said), nor
 * is a contact's note quoted here when it is the last contact's, said after.
 */
function amendsText(p: TalkingPoints, c: number, lang: Lang): string {
  const a = p.amends;
  if (!a || a.text[c] === "") return "";
  const row = a.contact[c];
  if (row >= 0 && row === p.lastContact?.[c] && !p.withoutNotes) return "";
  const d = a.day[c];
  if (p.withoutNotes)
    return d === d ? say(lang, "talkingPoints", "amendsNoQuote", { date: isoDate(d) }) : "";
  const note = quotedNote(a.text[c]);
  return d === d
    ? say(lang, "talkingPoints", "amends", { date: isoDate(d), note })
    : say(lang, "talkingPoints", "amendsNoted", { note });
}

/**
 * Customer c's last contact in words ("" none): its date, with the channel and the owner where
 * the Contacts sheet gives them. "上次联系：2025-11-02，电话，王芳" / "last contact: 2025-11-02 by
 * phone, 王芳".
 *
 * @example lastContactText(points, dataset, 0, "zh-CN") // "上次联系：2025-11-02，电话，王芳"
 */
export function lastContactText(p: TalkingPoints, dataset: Dataset, c: number, lang: Lang): string {
  const row = p.lastContact?.[c] ?? -1;
  const attempt = p.lastAttempt?.[c] ?? -1;
  const k = dataset.contacts;
  if (!k) return "";
  let text = row >= 0 ? contactWords(k, row, lang, false) : "";
  // The note of the last contact that got through: what was said (tester55 U4).
  // Routine words alone (例行回访) say nothing: left out (contacts56).
  const note = row >= 0 && k.note && !p.withoutNotes ? quotedNote(withoutRoutine(k.note[row])) : "";
  if (note !== "") text = say(lang, "talkingPoints", "withNote", { contact: text, note });
  // A later call that did not get through comes first: the caller sees it was tried (U8).
  if (attempt >= 0 && (row < 0 || k.day[attempt] >= k.day[row])) {
    const tried = contactWords(k, attempt, lang, true);
    return text === "" ? tried : tried + say(lang, "talkingPoints", "separator") + text;
  }
  return text;
}

/** Contacts row `row` in words: its date, channel and owner; `attempt`: as not reached. */
function contactWords(k: Contacts, row: number, lang: Lang, attempt: boolean): string {
  const date = isoDate(Math.floor(k.day[row]));
  const code = CONTACT_CHANNELS[k.channel[row]];
  const channel = code ? say(lang, "channelNames", code) : "";
  const owner = (k.owner[row] ?? "").trim();
  const code4 = channel
    ? owner
      ? attempt
        ? "lastAttempt"
        : "lastContact"
      : attempt
        ? "lastAttemptNoOwner"
        : "lastContactNoOwner"
    : owner
      ? attempt
        ? "lastAttemptNoChannel"
        : "lastContactNoChannel"
      : attempt
        ? "lastAttemptDateOnly"
        : "lastContactDateOnly";
  return say(lang, "talkingPoints", code4, { date, channel, owner });
}

/**
 * The talking points of customer c in words, most pressing first, joined for one cell ("" none).
 *
 * @example talkingPointText(points, dataset, 0, dataset.asOf, "en-US")
 * // "1 open complaint (oldest 12 days); weakest in the last survey: delivery 2/5; last bought: 打印纸"
 */
export function talkingPointText(
  p: TalkingPoints,
  dataset: Dataset,
  c: number,
  asOf: number,
  lang: Lang,
  withContact = true,
): string {
  const w = (code: Code<"talkingPoints">, params?: WordParams) =>
    say(lang, "talkingPoints", code, params);
  const out: string[] = [];
  const failed = p.paymentFailed;
  if (failed && failed.failed[c] === 1) {
    const status = failed.status[c];
    out.push(
      owesInvoices(failed, c)
        ? failed.laterInvoices[c] > 0
          ? w("moneyOwedLater", {
              count: failed.owedInvoices[c],
              amount: amount(failed.owedAmount[c]),
              since: overdueSince(lang, owedSince(failed, c)),
              later: failed.laterInvoices[c],
              laterAmount: amount(failed.laterAmount[c]),
            })
          : w("moneyOwed", {
              count: failed.owedInvoices[c],
              amount: amount(failed.owedAmount[c]),
              since: overdueSince(lang, owedSince(failed, c)),
            })
        : status >= 0
          ? w("paymentFailed", { status: PAYMENT_FAILED_STATUS_WORDS[status] })
          : failed.why.has(c)
            ? w("chargesFailedWhy", {
                count: failed.charges[c],
                date: isoDate(failed.lastDay[c]),
                why: failed.why.get(c)!,
              })
            : w("chargesFailed", { count: failed.charges[c], date: isoDate(failed.lastDay[c]) }),
    );
  }
  const end = p.cancelDay ? p.cancelDay[c] : NaN;
  if (end === end)
    out.push(
      end === Infinity ? w("cancelScheduledNoDate") : w("cancelScheduled", { date: isoDate(end) }),
    );
  const canceled = p.winBackDay ? p.winBackDay[c] : NaN;
  if (canceled === canceled)
    out.push(
      w("canceledMayReturn", { date: isoDate(canceled), reason: p.winBackReason?.[c] ?? "" }),
    );
  const back = p.refunded;
  if (back && back.amount[c] > 0) {
    const note = p.withoutNotes ? "" : (p.refundNote?.get(back.row[c]) ?? "");
    const params = { amount: amount(back.amount[c]), date: isoDate(back.day[c]) };
    out.push(
      note === ""
        ? w("refunded", params)
        : w("refundedNote", { ...params, note: quotedNote(note) }),
    );
  }
  const missed = p.missedAppointments;
  if (missed && repeatedNoShows(missed, c))
    out.push(w("missedNoShows", { count: missed.noShows[c], date: isoDate(missed.lastDay[c]) }));
  const shrinking = shrinkingText(p.shrinking, c, lang);
  if (shrinking !== "") out.push(shrinking);
  else {
    const unhappy = unhappyText(p, dataset, c, asOf, lang);
    if (unhappy !== "") out.push(unhappy);
  }
  const open = p.openComplaints[c];
  if (open > 0) {
    const age = complaintAgeDays(asOf, p.oldestOpen[c]);
    out.push(w("openComplaints", { count: open, days: age }));
  }
  const amends = amendsText(p, c, lang);
  if (amends !== "") out.push(amends);
  const dim = p.weakestDimension[c];
  if (dim >= 0 && p.weakestScore[c] <= 3)
    out.push(w("weakest", { dimension: w(DIMENSIONS[dim]), score: p.weakestScore[c] }));
  const product = p.lastProduct[c];
  if (product >= 0) out.push(w("lastBought", { product: dataset.transactions.products[product] }));
  const text = out.join(w("separator"));
  const contact = withContact ? lastContactText(p, dataset, c, lang) : "";
  return withLastContact(text, contact);
}

/**
 * What a customer unhappy by her own word is told by (p.unhappy: churn/signals.ts unhappyOf): a
 * pause status that did not hold her (停课 after a 1/5: tester69 U523), then her latest survey's low
 * score with its comment (tester69 U502: "换了老师以后孩子不愿意来了" was on no call); "" else.
 *
 * @example unhappyText(p, dataset, c, asOf, "zh-CN") // "客户状态为“停课”，但评分低或有未解决的投诉：仍安排挽留联系；2026-08-31 评分 1/5、推荐意愿 2/10：“换了老师以后孩子不愿意来了”；问清哪里不满意、怎样补救"
 */
export function unhappyText(
  p: TalkingPoints,
  dataset: Dataset,
  c: number,
  asOf: number,
  lang: Lang,
): string {
  const bits = p.unhappy?.[c] ?? 0;
  if (bits === 0) return "";
  const w = (code: Code<"talkingPoints">, params?: WordParams) =>
    say(lang, "talkingPoints", code, params);
  const out: string[] = [];
  const status = dataset.customers.status?.[c] ?? "";
  if (statusPaused(status, asOf)) out.push(w("statusNotPause", { status: quotedNote(status) }));
  const row = p.latestSurvey?.[c] ?? -1;
  const s = dataset.surveys;
  // The scores the signals found low, as her latest survey gives them (one answered there).
  const scores: string[] = [];
  if (s && row >= 0 && bits & UNHAPPY_SCORE && s.overall[row] === s.overall[row])
    scores.push(w("scoreOverall", { score: s.overall[row] }));
  if (s && row >= 0 && bits & UNHAPPY_DETRACTOR && s.recommend[row] === s.recommend[row])
    scores.push(w("scoreRecommend", { score: s.recommend[row] }));
  if (s && scores.length > 0) {
    const params = { date: isoDate(Math.floor(s.day[row])), score: scores.join(w("scoreAnd")) };
    const note = p.withoutNotes ? "" : quotedNote(s.comment[row] ?? "");
    out.push(note === "" ? w("lowScore", params) : w("lowScoreNote", { ...params, note }));
  }
  return out.join(w("separator"));
}

/**
 * What a customer shrinking and unhappy is told by (shrinking.ts): the fall with its rate before and
 * now, then her low score or complaint; "" for any other customer.
 *
 * @example shrinkingText(s, c, "en-US") // "spend down 55% in the last 90 days (about 14,100 → 6,300 a month); rated us 2/5 on 2026-10-22: ask what went wrong and what would put it right"
 */
export function shrinkingText(s: Shrinking | undefined, c: number, lang: Lang): string {
  if (s === undefined || s.flag[c] !== 1) return "";
  const w = (code: Code<"talkingPoints">, params?: WordParams) =>
    say(lang, "talkingPoints", code, params);
  const what = s.what[c];
  const rate = (x: number) => (what === SHRANK_SPEND ? amount(x) : String(Math.round(x * 10) / 10));
  const fell = w(
    what === SHRANK_VISITS
      ? "shrankVisits"
      : what === SHRANK_SPEND
        ? "shrankSpend"
        : "shrankPurchases",
    {
      fall: `${Math.round(s.fall[c] * 100)}%`,
      days: SHRINK_DAYS,
      before: rate(s.before[c]),
      now: rate(s.now[c]),
    },
  );
  const said = s.scoreDay[c];
  const complained = s.complaintDay[c];
  const unhappy =
    said === said && !(complained > said)
      ? w("unhappyScore", { score: s.score[c], date: isoDate(said) })
      : w("unhappyComplaint", { date: isoDate(complained) });
  return fell + w("separator") + unhappy;
}

/**
 * A talking point's words with the last contact on a line of its own after them (either may be
 * ""), each line a sentence: the English parts start lower case to read on after a separator.
 *
 * @example withLastContact("Last bought: 显示器", "last contact: 2025-11-02, Phone")
 * // "Last bought: 显示器\nLast contact: 2025-11-02, Phone"
 */
export function withLastContact(text: string, contact: string): string {
  if (contact === "") return sentence(text);
  return text === "" ? sentence(contact) : `${sentence(text)}\n${sentence(contact)}`;
}

/**
 * A text with its first letter upper case. Without a case to change (a Chinese text, a digit) the
 * text itself; a-z made upper case here; any other letter by toUpperCase (per schedule row: the
 * upper-cased copy of each was a tenth of the talking point's cost).
 *
 * @example sentence("last bought: 显示器") // "Last bought: 显示器"
 */
export function sentence(t: string): string {
  if (t === "") return t;
  const first = t.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return String.fromCharCode(first - 32) + t.slice(1);
  // ASCII other than a-z, and CJK ideographs and punctuation (U+3000–U+9FFF), have no upper case.
  if (first < 0x80 || (first >= 0x3000 && first <= 0x9fff)) return t;
  return t[0].toUpperCase() + t.slice(1);
}
