import type { HolidayCalendar } from "../calendar/holidayCalendar";
import { COMPLAINT_CAUSES, CONTACT_CHANNELS, type Dataset } from "../model";
import { toCents } from "../cents";
import { isoDate } from "../parse/date";
import { amount } from "../churn/reasons";
import { owesInvoices } from "../ingest/paymentFailed";
import { complaintAgeDays } from "../complaints/age";
import { jsonDateText } from "./jsonDate";
import { jsonValue, quotedCodes, type JsonSink } from "./jsonSink";
import { FOLLOW_UP_REASONS } from "../rules/service";
import type { Lang } from "../schema";
import {
  FOLLOW_UP_PRIORITIES,
  UNSCHEDULED_REASONS,
  followUpReasonText,
  unscheduledText,
} from "../followUp/labels";
import type { ContactList, FollowUpSchedule } from "../followUp/schedule";
import { doNotContactText } from "../followUp/doNotContact";
import { inputSheetName } from "../inputSheetName";
import { bookedText, holdText, NOTE_QUOTE_CHARS, quotedNote } from "../followUp/hold";
import { NO_PRIORITY } from "../followUp/contactList";
import { INSTEAD_CODES } from "../followUp/placement";
import { say } from "../words/catalog";
import { originalReason, type CarriedNotes, type TypedRow } from "../followUp/typedNotes";

/**
 * The schedule in the JSON output (resultJson.ts writes it), split from followUpTab.ts (which
 * re-exports it): the rows, the words of their codes, and the open complaint's words both share.
 */

const COMPLAINT = FOLLOW_UP_REASONS.indexOf("complaint_follow_up");
const CADENCE = FOLLOW_UP_REASONS.indexOf("cadence");
const WIN_BACK = FOLLOW_UP_REASONS.indexOf("win_back");

/**
 * Longest complaint quoted (its first words and a later row's: twice a note's, NOTE_QUOTE_CHARS).
 */
const COMPLAINT_QUOTE_CHARS = 2 * NOTE_QUOTE_CHARS;

/**
 * The purpose of any call of a customer whose payment failed lately (ingest/paymentFailed.ts): the
 * card first, a regular contact too (reviewer62 L3: a charge failed yesterday, a low-risk
 * customer's call read a plain "Regular contact"); "" for any other.
 */
export function cardText(schedule: FollowUpSchedule, c: number, lang: Lang): string {
  const failed = schedule.paymentFailed;
  if (!failed || failed.failed[c] !== 1) return "";
  // Overdue invoices, nothing else: the money (tester62 U148).
  if (owesInvoices(failed, c))
    return failed.laterInvoices[c] > 0
      ? say(lang, "followUpTab", "moneyOwedLater", {
          amount: amount(failed.owedAmount[c]),
          later: amount(failed.laterAmount[c]),
        })
      : say(lang, "followUpTab", "moneyOwed", { amount: amount(failed.owedAmount[c]) });
  // Why it failed, where the transactions say (Decline Reason: expired_card; newuser62 M2).
  const why = failed.why.get(c);
  return why === undefined
    ? say(lang, "followUpTab", "paymentFailed")
    : say(lang, "followUpTab", "paymentFailedWhy", { why });
}

/**
 * The purpose of customer c's regular contact due on `due` when it comes before the account's
 * renewal (FollowUpSchedule.renewalDay; tester64 U188): "Renewal on 2026-12-31: talk it over
 * before the customer decides"; "" for any other.
 */
export function renewalText(
  schedule: FollowUpSchedule,
  c: number,
  lang: Lang,
  due: number,
): string {
  const renews = schedule.renewalDay ? schedule.renewalDay[c] : NaN;
  return renews === renews && due <= renews
    ? say(lang, "followUpTab", "renewal", { date: isoDate(renews) })
    : "";
}

/**
 * The reason of a retention call (win_back) of a customer whose payment failed (a past_due status,
 * failed charges with no payment since: ingest/paymentFailed.ts): the call is about the card, not
 * keeping them (tester61 U134); else of one whose subscription is set to cancel at the period's end
 * (ingest/subscriptions.ts): the call is before it ends (tester61 U114); "" for any other.
 *
 * @example paymentFailedText(schedule, 2, "en-US") // "Payment failed: ask the customer to update …"
 */
export function paymentFailedText(schedule: FollowUpSchedule, c: number, lang: Lang): string {
  const card = cardText(schedule, c, lang);
  if (card) return card;
  // A subscription set to cancel at the period's end: the call is before it (tester61 U114).
  const end = schedule.cancelDay ? schedule.cancelDay[c] : NaN;
  if (end !== end) return "";
  return end === Infinity
    ? say(lang, "followUpTab", "cancelScheduledNoDate")
    : say(lang, "followUpTab", "cancelScheduled", { date: isoDate(end) });
}

/**
 * The words of customer c's complaint still open on the analysis date, or "" when none: a contact
 * that covers a complaint follow-up names it instead of the generic reason.
 *
 * Without `quote`, its words (a complaint kept in the contact log) are left out.
 *
 * @example openComplaintText(schedule, 7, "zh-CN") // "未解决的投诉：产品质量，2025-12-28 收到（已 3 天）"
 */
export function openComplaintText(
  schedule: FollowUpSchedule,
  c: number,
  lang: Lang,
  quote = true,
): string {
  const since = schedule.openComplaint.since[c];
  if (!Number.isFinite(since)) return "";
  const cause = COMPLAINT_CAUSES[schedule.openComplaint.cause[c]] ?? "other";
  const params = {
    cause: say(lang, "complaintsTab", cause),
    date: isoDate(since),
    days: complaintAgeDays(schedule.start, since),
  };
  // Its words, kept in the contact log (tester60 U100), quoted as a note is: not in a workbook to
  // pass on (`quote` false), where a note may hold a phone number.
  const said = quote ? schedule.openComplaint.text?.get(c) : undefined;
  return said
    ? say(lang, "followUp", "openComplaintSaid", {
        ...params,
        said: quotedNote(said, COMPLAINT_QUOTE_CHARS),
      })
    : say(lang, "followUp", "openComplaint", params);
}

/**
 * A contact's reason in the JSON output (schemaVersion 2): the code; its words are in the result's
 * top-level `reasonTexts.followUp[code]`, written once instead of on every row. `text` is present
 * only when the row says more than those words: an open complaint, named with its cause, the day
 * it came in and the days since.
 */
export interface ContactReasonJson {
  code: string;
  text?: string;
}

/** What a planned and an unscheduled contact both say in the JSON output. */
export interface ContactJson {
  customerId: string;
  owner: string;
  reason: ContactReasonJson;
  channel: string;
  /** The placement band; null for an unscheduled customer already churned (no rank). */
  priority: string | null;
  /** null when there is no date (a customer already churned; never for a planned contact). */
  dueDate: string | null;
  /** The day the due day is counted from; null when there is none (a customer never touched). */
  plannedFrom: string | null;
  /** Codes of the other reasons merged into this contact (one contact per customer per day). */
  otherReasons: string[];
  /** Value at stake (win-back: churn probability × 12-month spend; others: 12-month spend). */
  valueAtStake: number;
}

/** One planned contact in the JSON output. */
export interface FollowUpJson extends ContactJson {
  date: string;
  overdueDays: number;
  /**
   * Present when the contact goes on another channel than its reason's (the tab's note says so):
   * no_call_slot (a late welcome call with no call slot left in the horizon), no_phone (the
   * customer has no phone number: by e-mail, or a visit with no address either), no_email (no
   * e-mail address: by message), asked_channel (the customer asked not to be called: by the one
   * channel it named). Stop 29: the JSON did not tell these rows from ordinary ones.
   */
  instead?: { code: (typeof INSTEAD_CODES)[1 | 2 | 3 | 4] };
}

/** One due contact that is not on the schedule; the reason's words: `reasonTexts.unscheduled[code]`. */
export interface UnscheduledJson extends ContactJson {
  unscheduledReason: { code: string };
}

/** The words of every reason code of the two lists, in one language: the JSON's `reasonTexts`. */
export interface ReasonTextsJson {
  followUp: Record<string, string>;
  unscheduled: Record<string, string>;
}

/**
 * The words of the follow-up and unscheduled reason codes (schemaVersion 2 moved them out of the
 * rows: at 100,000 customers they were 11.7 MB of the same few texts repeated on every row).
 *
 * @example reasonTextsJson("en-US").followUp.win_back // "Win-back (high churn risk)"
 */
export function reasonTextsJson(lang: Lang, whys?: ArrayLike<number>): ReasonTextsJson {
  const used = new Set<number>();
  if (whys) for (let i = 0; i < whys.length; i++) used.add(whys[i]);
  return {
    followUp: Object.fromEntries(
      FOLLOW_UP_REASONS.map((code, r) => [code, followUpReasonText(r, lang)]),
    ),
    unscheduled: Object.fromEntries(
      UNSCHEDULED_REASONS.flatMap((code, r) =>
        WHEN_USED.has(code) && !used.has(r) ? [] : [[code, unscheduledText(r, lang)]],
      ),
    ),
  };
}

/**
 * Unscheduled codes added after schemaVersion 3's required list: their words are written only when
 * a row has them, so a run without such rows writes the same JSON as before.
 */
export const WHEN_USED: ReadonlySet<string> = new Set([
  "customer_left",
  "do_not_contact",
  "channel_refused",
  "past_client",
  "occasion_client",
  "no_consent_column",
  "pet_died",
]);

const DO_NOT_CONTACT = UNSCHEDULED_REASONS.indexOf("do_not_contact");

/**
 * A do_not_contact row's `text` (the schedule tab's words) and `source`: where the customer asked
 * not to be contacted (doNotContact.ts), so a CRM reading the JSON can flag them too.
 */
function doNotContactJson(out: JsonSink, schedule: FollowUpSchedule, c: number, lang: Lang): void {
  const dnc = schedule.doNotContact;
  const s = dnc?.source.get(c);
  if (dnc === undefined || s === undefined) return;
  out.raw(',"text":');
  out.str(doNotContactText(dnc, c, lang));
  // Its fields in their order: input, field, sheet, row, column, text, phrase; the sheet as the
  // JSON names sheets (a CSV input: its kind's label).
  const { input, field, row, column, text, phrase } = s;
  const sheet = inputSheetName(dnc, s.input, lang);
  out.raw(',"source":');
  out.raw(JSON.stringify({ input, field, sheet, row, column, text, phrase }));
}

/**
 * A JSON list read one item at a time, so a long list is never built whole (see resultJson.ts):
 * `write` puts item i's JSON into a sink (the result file), `item` gives it as an object (its
 * JSON parsed back: tests, readers of one item).
 */
export interface JsonList<T> {
  count: number;
  item(i: number): T;
  write(out: JsonSink, i: number): void;
}

const REASON_TEXT = quotedCodes(FOLLOW_UP_REASONS);
const CHANNEL_TEXT = quotedCodes(CONTACT_CHANNELS);
const PRIORITY_TEXT = quotedCodes(FOLLOW_UP_PRIORITIES);
const UNSCHEDULED_TEXT = quotedCodes(UNSCHEDULED_REASONS);
const INSTEAD_TEXT = quotedCodes(INSTEAD_CODES);

/** A key (with its comma, if any) and a field's JSON text; nothing when there is none (JSON.stringify leaves it out). */
function field(out: JsonSink, key: string, text: string | undefined): void {
  if (text === undefined) return;
  out.raw(key);
  out.raw(text);
}

/**
 * The schedule as JSON: `followUps`, `unscheduled` (each a count and an item(i) that makes item i
 * on demand), the horizon and the words of the reason codes (`reasonTexts`, in `lang`). Codes are
 * the stable snake_case codes; a row's reason carries `text` only for an open complaint (its own
 * words); dates are ISO or null when there is none.
 *
 * @example followUpsJson(schedule, dataset, "en-US").followUps.item(0).reason.code // "win_back"
 */
export function followUpsJson(
  schedule: FollowUpSchedule,
  dataset: Dataset,
  lang: Lang,
  carried?: CarriedNotes,
): {
  horizon: { from: string; to: string; calendar: HolidayCalendar; calendarChosenBy: string };
  reasonTexts: ReasonTextsJson;
  followUps: JsonList<FollowUpJson>;
  unscheduled: JsonList<UnscheduledJson>;
} {
  const f = schedule.followUps;
  const u = schedule.unscheduled;
  const id = dataset.customers.id;
  // What the user typed, by row of the schedule (planned, then unscheduled): absent on a run
  // that read no earlier schedule tab, so a fresh run's rows pay one test each.
  const typed = carried?.byRow;
  // The owners' JSON texts, made once: few owners, each on thousands of rows.
  const ownerText = schedule.owners.map((o) => JSON.stringify(o));
  // The fields both lists write in a row: the customer (after `key`: the planned date's comma or
  // the unscheduled item's brace), owner, reason and channel.
  const contact = (out: JsonSink, key: string, l: ContactList, i: number): void => {
    out.raw(key);
    out.str(id[l.customer[i]]);
    const o = l.owner[i];
    field(out, ',"owner":', o >= 0 ? ownerText[o] : '""');
    // The reason: its code; the open complaint's own words where it is one (openComplaintText).
    out.raw(',"reason":{');
    const code = REASON_TEXT[l.reason[i]];
    const open =
      l.reason[i] === COMPLAINT
        ? openComplaintText(schedule, l.customer[i], lang)
        : l.reason[i] === CADENCE
          ? holdText(schedule.holds, l.customer[i], lang) ||
            bookedText(schedule.holds, l.customer[i], lang) ||
            cardText(schedule, l.customer[i], lang) ||
            renewalText(schedule, l.customer[i], lang, l.due[i])
          : l.reason[i] === WIN_BACK
            ? paymentFailedText(schedule, l.customer[i], lang) ||
              bookedText(schedule.holds, l.customer[i], lang)
            : "";
    if (code !== undefined) {
      out.raw('"code":');
      out.raw(code);
      if (open) out.raw(",");
    }
    if (open) {
      out.raw('"text":');
      out.str(open);
    }
    out.raw("}");
    field(out, ',"channel":', CHANNEL_TEXT[l.channel[i]]);
  };
  // Codes of the other reasons merged into the contact.
  const others = (out: JsonSink, l: ContactList, i: number): void => {
    out.raw(',"otherReasons":[');
    let n = 0;
    for (let r = 0; r < FOLLOW_UP_REASONS.length; r++)
      if (r !== l.reason[i] && l.reasons[i] & (1 << r)) {
        if (n++) out.raw(",");
        out.raw(REASON_TEXT[r]);
      }
    out.raw("]");
  };
  // Planned: date, customerId, owner, reason, channel, priority, dueDate, overdueDays,
  // plannedFrom, otherReasons, valueAtStake, and instead where the channel is another.
  const writeFollowUp = (out: JsonSink, i: number): void => {
    const day = f.day[i];
    out.raw('{"date":');
    out.raw(Number.isFinite(day) ? jsonDateText(day) : '""');
    contact(out, ',"customerId":', f, i);
    field(out, ',"priority":', PRIORITY_TEXT[f.priority[i]]);
    out.raw(',"dueDate":');
    out.raw(jsonDateText(f.due[i]));
    out.raw(',"overdueDays":');
    out.num(f.overdueDays[i]);
    // Due before a first run's plan, never planned before: due now (tester68 U407).
    if (f.firstPlan?.[i] === 1) out.raw(',"firstPlan":true');
    out.raw(',"plannedFrom":');
    out.raw(jsonDateText(f.plannedFrom[i]));
    others(out, f, i);
    out.raw(',"valueAtStake":');
    out.num(toCents(f.valueAtStake[i]));
    const instead = f.instead?.[i] ?? 0;
    if (instead > 0) {
      out.raw(',"instead":{');
      field(out, '"code":', INSTEAD_TEXT[instead]);
      out.raw("}");
    }
    if (typed !== undefined) typedJson(out, typed.get(i));
    out.raw("}");
  };
  // Unscheduled: customerId, owner, reason, channel, priority (null for a customer already
  // churned: no rank), dueDate, plannedFrom, otherReasons, valueAtStake, unscheduledReason.
  const writeUnscheduled = (out: JsonSink, i: number): void => {
    contact(out, '{"customerId":', u, i);
    const p = u.priority[i];
    field(out, ',"priority":', p === NO_PRIORITY ? "null" : PRIORITY_TEXT[p]);
    out.raw(',"dueDate":');
    out.raw(jsonDateText(u.due[i]));
    out.raw(',"plannedFrom":');
    out.raw(jsonDateText(u.plannedFrom[i]));
    others(out, u, i);
    out.raw(',"valueAtStake":');
    out.num(toCents(u.valueAtStake[i]));
    out.raw(',"unscheduledReason":{');
    field(out, '"code":', UNSCHEDULED_TEXT[u.why[i]]);
    if (u.why[i] === DO_NOT_CONTACT) doNotContactJson(out, schedule, u.customer[i], lang);
    out.raw("}");
    if (typed !== undefined) typedJson(out, typed.get(f.count + i));
    out.raw("}");
  };
  return {
    horizon: {
      from: isoDate(schedule.start),
      to: isoDate(schedule.end - 1),
      // The holiday calendar planned with and what chose it (tester60 U103).
      calendar: schedule.holidayCalendar.calendar,
      calendarChosenBy: schedule.holidayCalendar.from,
    },
    reasonTexts: reasonTextsJson(lang, u.why.subarray(0, u.count)),
    followUps: {
      count: f.count,
      write: writeFollowUp,
      item: (i) => jsonValue((out) => writeFollowUp(out, i)),
    },
    unscheduled: {
      count: u.count,
      write: writeUnscheduled,
      item: (i) => jsonValue((out) => writeUnscheduled(out, i)),
    },
  };
}

/**
 * A row's `typed` field: what the user typed on the earlier schedule tab that this row carries
 * (tester45 #11: a team feeding the JSON to a CRM lost the managers' statuses), each text null
 * when nothing was typed there; nothing for a row that carries nothing.
 */
function typedJson(out: JsonSink, t: TypedRow | undefined): void {
  if (t === undefined) return;
  out.raw(',"typed":{"status":');
  textOrNull(out, t.status);
  out.raw(',"talkingPoint":');
  textOrNull(out, t.talkingPoint);
  out.raw(',"note":');
  textOrNull(out, t.note);
  out.raw("}");
}

function textOrNull(out: JsonSink, text: string): void {
  if (text) out.str(text);
  else out.raw("null");
}

/** Why a typed row is kept off the schedule, as the tab's reason cell says it (followUpTab offRow). */
export const KEPT_TYPED_CODES = [
  "customer_not_scheduled",
  "fewer_contacts",
  "follow_up_not_scheduled",
] as const;

/**
 * The typed rows kept off this schedule (the tab's 已移出计划 / "Off the schedule" rows), for the
 * JSON's `keptTyped`: the customer and the follow-up they were typed on (due and planned date),
 * why it is kept, and the typed texts (null where nothing was typed).
 *
 * @example keptTypedJson(analysis.carriedNotes!)[0].why.code // "customer_not_scheduled"
 */
export function keptTypedJson(carried: CarriedNotes) {
  return carried.off.map(({ typed, customerGone, callGone, owner }) => {
    const r = typed.row;
    const code = customerGone ? 0 : callGone ? 2 : 1;
    // The reason of the follow-up it was typed on, as the tab's kept row names it (原回访原因：…):
    // fixsched48; absent when the earlier row named none.
    const reason = originalReason(r);
    return {
      customerId: r.id,
      name: r.name || null,
      // The tab's owner: the customer's now; the one it was typed under when another (tester51 R3).
      owner: (owner ?? r.owner) || null,
      ...(owner !== undefined && r.owner ? { typedUnder: r.owner } : {}),
      dueDate: Number.isFinite(r.due) ? isoDate(r.due) : null,
      plannedDate: Number.isFinite(r.date) ? isoDate(r.date) : null,
      why: { code: KEPT_TYPED_CODES[code] },
      status: typed.status || null,
      talkingPoint: typed.talkingPoint || null,
      note: typed.note || null,
      ...(reason ? { originalReason: reason } : {}),
    };
  });
}
