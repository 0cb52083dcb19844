import { COMPLAINT_CAUSES, CONTACT_CHANNELS, type Dataset } from "../model";
import { isoDate } from "../parse/date";
import { jsonDate } from "./jsonDate";
import { FOLLOW_UP_REASONS } from "../rules/service";
import type { Lang } from "../schema";
import {
  FOLLOW_UP_PRIORITIES,
  UNSCHEDULED_REASONS,
  followUpReasonText,
  unscheduledText,
} from "../followUp/labels";
import type { ContactList, FollowUpSchedule } from "../followUp/schedule";
import { NO_PRIORITY } from "../followUp/contactList";
import { INSTEAD_CODES } from "../followUp/placement";
import { say } from "../words/catalog";

/**
 * The schedule in the JSON output (resultJson.ts writes it), split from followUpTab.ts (which
 * re-exports it): the rows, the words of their codes, and the open complaint's words both share.
 */

const COMPLAINT = FOLLOW_UP_REASONS.indexOf("complaint_follow_up");

/**
 * The words of customer c's complaint still open on the analysis date, or "" when none: a contact
 * that covers a complaint follow-up names it instead of the generic reason.
 *
 * @example openComplaintText(schedule, 7, "zh-CN") // "未解决的投诉：产品质量，2025-12-28 收到（已 3 天）"
 */
export function openComplaintText(schedule: FollowUpSchedule, c: number, lang: Lang): string {
  const since = schedule.openComplaint.since[c];
  if (!Number.isFinite(since)) return "";
  const cause = COMPLAINT_CAUSES[schedule.openComplaint.cause[c]] ?? "other";
  return say(lang, "followUp", "openComplaint", {
    cause: say(lang, "complaintsTab", cause),
    date: isoDate(since),
    days: Math.max(0, schedule.start - Math.floor(since)),
  });
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
   * e-mail address: by message). Stop 29: the JSON did not tell these rows from ordinary ones.
   */
  instead?: { code: (typeof INSTEAD_CODES)[1 | 2 | 3] };
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
export function reasonTextsJson(lang: Lang): ReasonTextsJson {
  return {
    followUp: Object.fromEntries(
      FOLLOW_UP_REASONS.map((code, r) => [code, followUpReasonText(r, lang)]),
    ),
    unscheduled: Object.fromEntries(
      UNSCHEDULED_REASONS.map((code, r) => [code, unscheduledText(r, lang)]),
    ),
  };
}

/** A JSON list read one item at a time, so a long list is never built whole (see resultJson.ts). */
export interface JsonList<T> {
  count: number;
  item(i: number): T;
}

const dateOrNull = jsonDate;

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
): {
  horizon: { from: string; to: string };
  reasonTexts: ReasonTextsJson;
  followUps: JsonList<FollowUpJson>;
  unscheduled: JsonList<UnscheduledJson>;
} {
  const f = schedule.followUps;
  const u = schedule.unscheduled;
  const id = dataset.customers.id;
  const owner = (o: number): string => (o >= 0 ? schedule.owners[o] : "");
  // The fields both lists share, but plannedFrom: each item places it so the key order stays
  // date … dueDate, overdueDays, plannedFrom (planned) and … dueDate, plannedFrom, unscheduledReason.
  const others = (l: ContactList, i: number): string[] => {
    const out: string[] = [];
    for (let r = 0; r < FOLLOW_UP_REASONS.length; r++)
      if (r !== l.reason[i] && l.reasons[i] & (1 << r)) out.push(FOLLOW_UP_REASONS[r]);
    return out;
  };
  const reason = (l: ContactList, i: number): ContactReasonJson => {
    const code = FOLLOW_UP_REASONS[l.reason[i]];
    const open = l.reason[i] === COMPLAINT ? openComplaintText(schedule, l.customer[i], lang) : "";
    return open ? { code, text: open } : { code };
  };
  const contact = (
    l: ContactList,
    i: number,
  ): Omit<ContactJson, "plannedFrom" | "otherReasons" | "valueAtStake"> => ({
    customerId: id[l.customer[i]],
    owner: owner(l.owner[i]),
    reason: reason(l, i),
    channel: CONTACT_CHANNELS[l.channel[i]],
    priority: FOLLOW_UP_PRIORITIES[l.priority[i]],
    dueDate: dateOrNull(l.due[i]),
  });
  return {
    horizon: { from: isoDate(schedule.start), to: isoDate(schedule.end - 1) },
    reasonTexts: reasonTextsJson(lang),
    followUps: {
      count: f.count,
      item: (i) => {
        const row: FollowUpJson = {
          date: jsonDate(f.day[i]) ?? "",
          ...contact(f, i),
          overdueDays: f.overdueDays[i],
          plannedFrom: dateOrNull(f.plannedFrom[i]),
          otherReasons: others(f, i),
          valueAtStake: toCents(f.valueAtStake[i]),
        };
        const instead = f.instead?.[i] ?? 0;
        if (instead > 0) row.instead = { code: INSTEAD_CODES[instead as 1 | 2 | 3] };
        return row;
      },
    },
    unscheduled: {
      count: u.count,
      // Fields written out, not `{ ...contact(u, i), … }`: objects made by a leading spread were
      // kept past young-generation collections (measured: 1.2 KB a row left until a full GC, 1 GB of
      // the 1M run's peak memory over 900,000 unscheduled rows; 0.2 KB a row this way).
      item: (i) => ({
        customerId: id[u.customer[i]],
        owner: owner(u.owner[i]),
        reason: reason(u, i),
        channel: CONTACT_CHANNELS[u.channel[i]],
        priority: u.priority[i] === NO_PRIORITY ? null : FOLLOW_UP_PRIORITIES[u.priority[i]],
        dueDate: dateOrNull(u.due[i]),
        plannedFrom: dateOrNull(u.plannedFrom[i]),
        otherReasons: others(u, i),
        valueAtStake: toCents(u.valueAtStake[i]),
        unscheduledReason: { code: UNSCHEDULED_REASONS[u.why[i]] },
      }),
    },
  };
}

/**
 * A value at stake (churn probability × spend: an expected amount, full of decimals) as money, to the
 * cent: the tab and the JSON hold the same figure the caller sees (stop 22 tester: 4708.22458662533).
 *
 * @example toCents(4708.22458662533) // 4708.22
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
