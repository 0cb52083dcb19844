import type { CustomerAnalysis } from "../analysis";
import type { Cell } from "../cells";
import { churnReasonsText } from "../churn/reasons";
import { labelsOf } from "../labels";
import { COMPLAINT_CAUSES, CONTACT_CHANNELS, type Dataset } from "../model";
import { isoDate } from "../parse/date";
import { jsonDate } from "./jsonDate";
import { FOLLOW_UP_REASONS } from "../rules/service";
import type { Lang } from "../schema";
import {
  FOLLOW_UP_PRIORITIES,
  UNSCHEDULED_REASONS,
  channelText,
  priorityText,
  followUpReasonText,
  unscheduledText,
} from "../followUp/labels";
import type { ContactList, FollowUpSchedule } from "../followUp/schedule";
import { NO_PRIORITY } from "../followUp/contactList";
import { maskEmail, maskPhone } from "../followUp/mask";
import { talkingPoints, talkingPointText } from "../followUp/talkingPoints";
import { MOVED_WRONG_WAY } from "../followUp/movements";
import type { RunChanges } from "../changes";
import { wrongWayText } from "../changes/words";
import { fourDecimals, type ReportColumn, type ReportTable } from "./table";
import { LEVEL_FILLS, dateCell } from "./serviceText";
import { tabName } from "./outputTabs";
import { say, type Code } from "../words/catalog";

const ALREADY_CHURNED = UNSCHEDULED_REASONS.indexOf("already_churned");
const ONE_TIME_CAMPAIGN = UNSCHEDULED_REASONS.indexOf("one_time_buyer_campaign");

const COMPLAINT = FOLLOW_UP_REASONS.indexOf("complaint_follow_up");
const EMAIL = CONTACT_CHANNELS.indexOf("email");

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

/** Characters for a yyyy-mm-dd column with its filter button, in both adapters. */
const DATE_WIDTH = 14;

/** Characters a header needs beside its filter button (CJK counted double). */
function headerChars(header: string): number {
  let w = 4;
  for (const ch of header) w += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return w;
}

type ColumnKey = Code<"followUpColumns"> | "note";

/**
 * The columns in order; headers from the catalog (followUpColumns; the note's: followUp.noteHeader).
 * The caller's call sheet comes first (issue 11, tester R1b): date, owner, who, phone, why and what
 * to say, channel and priority — the first CALL_SHEET_COLUMNS, printed one page wide (the print
 * area), so a caller reads name and phone beside the reason on one sheet; the manager's columns
 * (due date, overdue days, status, value at stake, churn reasons) follow on screen.
 */
const COLUMNS: { key: ColumnKey; format: ReportColumn["format"]; width?: number }[] = [
  // Dates get room for yyyy-mm-dd beside the filter button (a header-wide date column showed ####).
  { key: "followUpDate", format: "date", width: DATE_WIDTH },
  // Held at 14 (a longer name wraps): a long owner name pushed the call sheet past one page.
  { key: "owner", format: "text", width: 14 },
  { key: "customerId", format: "text" },
  { key: "customerName", format: "text", width: 26 },
  // Room for "+86 137-3141-5926" on one line.
  { key: "phone", format: "text", width: 18 },
  { key: "reason", format: "text", width: 28 },
  // 46 (was 40): the survey's and the last product's points on one line (…3/5；最近购买：…).
  { key: "talkingPoint", format: "text", width: 46 },
  { key: "channel", format: "text", width: 10 },
  { key: "priority", format: "text", width: 8 },
  { key: "dueDate", format: "date", width: DATE_WIDTH },
  { key: "overdueDays", format: "integer" },
  { key: "plannedFrom", format: "date", width: DATE_WIDTH + 2 },
  { key: "status", format: "text" },
  // The note's header says the tab's order (there is no caption row over a table).
  { key: "note", format: "text", width: 48 },
  { key: "email", format: "text", width: 22 },
  { key: "valueTier", format: "text" },
  { key: "valueAtStake", format: "money", width: 14 },
  { key: "lastPurchase", format: "date", width: DATE_WIDTH },
  { key: "churnProbability", format: "percent" },
  { key: "churnReasons", format: "text", width: 48 },
];

/** The call sheet's columns (date … priority): what prints, one page wide. */
const CALL_SHEET_COLUMNS = COLUMNS.findIndex((c) => c.key === "priority") + 1;

/** A column's header in a language. */
function header(key: ColumnKey, lang: Lang): string {
  return key === "note" ? say(lang, "followUp", "noteHeader") : say(lang, "followUpColumns", key);
}

/** What the caller needs besides the schedule: the customer's analysis and last purchase. */
export interface CallerInputs {
  analysis: CustomerAnalysis;
  /** Last purchase per customer (epoch day, NaN none). */
  lastPurchase: Float64Array;
  /** The analysis date (talking points count data up to it). */
  asOf: number;
  /** Mask phone and e-mail (rule set followUp.maskContactDetails; --share). */
  mask: boolean;
  /** The words of customer c's moved_wrong_way reason (issue 12: from → to, since when). */
  movementText?: (c: number, lang: Lang) => string;
}

/**
 * The caller inputs of a run.
 *
 * @example followUpTable(a.schedule, a.dataset, "zh-CN", callerInputsOf(a))
 */
export function callerInputsOf(a: {
  classification: { analysis: CustomerAnalysis };
  summary: { lastPurchase: Float64Array };
  asOf: number;
  rules: { followUp: { maskContactDetails: boolean } };
  changes?: RunChanges | null;
}): CallerInputs {
  const ch = a.changes;
  return {
    analysis: a.classification.analysis,
    lastPurchase: a.summary.lastPurchase,
    asOf: a.asOf,
    mask: a.rules.followUp.maskContactDetails,
    movementText: ch
      ? (c, lang) => wrongWayText(ch.comparison, ch.previous, ch.current, c, lang)
      : undefined,
  };
}

/** A stronger red than LEVEL_FILLS.high, for the urgent band. */
const URGENT_FILL = "#F4B084";

/**
 * The follow-up schedule tab: planned contacts by date, owner and value at stake, then the due
 * contacts that could not be planned, each with the reason. Each row carries what the caller needs
 * (issue 10): phone and e-mail (masked when the rule set says so), value tier and value at stake,
 * last purchase, churn probability and reasons in words, and a talking point. Rows are produced on
 * demand (a million contacts never exist as one array of rows).
 *
 * @example followUpTable(schedule, dataset, "zh-CN", callerInputsOf(analysis)).sheetName // "回访计划"
 */
export function followUpTable(
  schedule: FollowUpSchedule,
  dataset: Dataset,
  lang: Lang,
  caller: CallerInputs,
): ReportTable {
  const f = schedule.followUps;
  const u = schedule.unscheduled;
  const cust = dataset.customers;
  const ownerName = (o: number): string => (o >= 0 ? schedule.owners[o] : "");
  const an = caller.analysis;
  const points = talkingPoints(dataset, caller.asOf);
  const pointMemo = new Map<number, string>();
  /**
   * Customer c's talking point (talkingPointText): without an open complaint its words depend only
   * on the last product and the weakest survey dimension and score, so each such combination is
   * put into words once (a call and two or three catalog texts per row before: a tenth of the tab).
   */
  const pointText = (c: number): string => {
    const dim = points.weakestDimension[c];
    const score = points.weakestScore[c];
    const weak = dim >= 0 && score <= 3;
    if (points.openComplaints[c] > 0 || (weak && !(score >= 0 && Number.isInteger(score))))
      return talkingPointText(points, dataset, c, caller.asOf, lang);
    // dim 0–3, score 0–3: 1–16 when weak, 0 when the survey is not mentioned.
    const key = (points.lastProduct[c] + 1) * 32 + (weak ? 1 + dim * 4 + score : 0);
    let text = pointMemo.get(key);
    if (text === undefined) {
      text = talkingPointText(points, dataset, c, caller.asOf, lang);
      pointMemo.set(key, text);
    }
    return text;
  };
  const planned = say(lang, "followUpTab", "planned");
  const unscheduled = say(lang, "followUpTab", "unscheduled");
  const separator = say(lang, "followUpTab", "separator");
  const tierWords = labelsOf("valueTier", lang);
  const phone = (c: number) =>
    caller.mask ? maskPhone(cust.phone[c] ?? "") : (cust.phone[c] ?? "");
  const email = (c: number) =>
    caller.mask ? maskEmail(cust.email[c] ?? "") : (cust.email[c] ?? "");
  // The words of each code, looked up once (not per row).
  const reasonWords = FOLLOW_UP_REASONS.map((_, r) => followUpReasonText(r, lang));
  const channelWords = CONTACT_CHANNELS.map((_, k) => channelText(k, lang));
  const priorityWords = FOLLOW_UP_PRIORITIES.map((_, k) => priorityText(k, lang));
  const unscheduledWords = UNSCHEDULED_REASONS.map((_, k) => unscheduledText(k, lang));
  const rotatedWords = say(lang, "followUpTab", "rotated");
  const insteadWords = channelWords.map((w) => say(lang, "followUpTab", "instead", { channel: w }));
  // An e-mail contact's talking point starts with the address, on a line of its own: the call
  // sheet (A:I; OUTPUT_TABS is append-only) prints 电话, not 邮箱 (O). Stop 27 tester #3.
  const sendTo = say(lang, "followUpTab", "sendTo", { email: "\u0001" });
  const [sendPre, sendPost] = sendTo.split("\u0001");
  const noEmail = say(lang, "followUpTab", "noEmail");
  const mailPoint = (c: number): string => {
    const address = email(c);
    const to = address ? sendPre + address + sendPost : noEmail;
    const point = pointText(c);
    return point === "" ? to : `${to}\n${point}`;
  };
  const churnedCampaign = say(lang, "followUp", "churnedCampaign");
  const oneTimeCampaign = say(lang, "followUp", "oneTimeBuyerCampaign");
  /** Words of reason r of customer c's contact (its own words for a movement or an open complaint). */
  const words = (r: number, c: number): string =>
    (r === MOVED_WRONG_WAY && caller.movementText?.(c, lang)) ||
    (r === COMPLAINT && openComplaintText(schedule, c, lang)) ||
    reasonWords[r];
  /** Words of every reason a contact covers, the listed one first. */
  const reasonsOf = (primary: number, bits: number, c: number): string => {
    let out = words(primary, c);
    for (let r = 0; r < reasonWords.length; r++)
      if (r !== primary && bits & (1 << r)) out += separator + words(r, c);
    return out;
  };
  // Planned and unscheduled rows differ only in the date, overdue days, status and note cells.
  // Written into `row` (every slot, in COLUMNS' order): the writer reuses one array for all rows.
  const contactRow = (
    row: Cell[],
    l: ContactList,
    k: number,
    day: Cell,
    overdueDays: Cell,
    status: string,
    note: string,
    campaign: string | null,
  ): void => {
    const c = l.customer[k];
    const last = caller.lastPurchase[c];
    const p = an.churnProbability[c];
    row[0] = day;
    row[1] = ownerName(l.owner[k]);
    row[2] = cust.id[c];
    row[3] = cust.name[c] ?? "";
    row[4] = phone(c);
    // A churned customer, or a one-time buyer on the campaign list, is for a campaign, not a call (a
    // new-user trial read "Win-back (high churn risk), urgent, due in 2 days" on a third of the tab;
    // stop 25: the campaign list read 电话, 紧急, due 01-04). The campaign's words are the reason.
    row[5] = campaign ?? reasonsOf(l.reason[k], l.reasons[k], c);
    const byMail = campaign !== oneTimeCampaign && l.channel[k] === EMAIL;
    row[6] = byMail ? mailPoint(c) : pointText(c);
    row[7] = campaign === oneTimeCampaign ? "" : (channelWords[l.channel[k]] ?? "");
    // A campaign row has no rank and no due day (NO_PRIORITY, NaN: contactList.ts).
    row[8] = l.priority[k] === NO_PRIORITY ? "" : priorityWords[l.priority[k]];
    row[9] = dateCell(l.due[k]);
    row[10] = overdueDays;
    row[11] = dateCell(l.plannedFrom[k]);
    row[12] = status;
    row[13] = note;
    row[14] = email(c);
    row[15] = tierWords[an.valueTier[c]] ?? "";
    row[16] = toCents(l.valueAtStake[k]);
    row[17] = Number.isFinite(last) ? dateCell(last) : null;
    row[18] = fourDecimals(p); // as in the JSON
    row[19] = churnReasonsText(an, c, lang);
  };
  const fill = (i: number, row: Cell[]): void => {
    if (i < f.count) {
      const overdue = f.overdueDays[i];
      let note = overdue > 0 ? say(lang, "followUpTab", "overdue", { days: overdue }) : "";
      if (schedule.rotated[f.customer[i]]) note = (note ? note + separator : "") + rotatedWords;
      // A late welcome call with no call slot left goes by e-mail or message instead (schedule2).
      if (f.instead?.[i]) note = (note ? note + separator : "") + insteadWords[f.channel[i]];
      contactRow(row, f, i, dateCell(f.day[i]), overdue, planned, note, null);
      return;
    }
    const k = i - f.count;
    const why = u.why[k];
    const campaign =
      why === ALREADY_CHURNED
        ? churnedCampaign
        : why === ONE_TIME_CAMPAIGN
          ? oneTimeCampaign
          : null;
    contactRow(row, u, k, null, null, unscheduled, unscheduledWords[why], campaign);
  };
  const priorityColumn = COLUMNS.findIndex((c) => c.key === "priority");
  return {
    tab: "followUps",
    sheetName: tabName("followUps", lang),
    columns: COLUMNS.map((c) => ({
      key: c.key,
      header: header(c.key, lang),
      format: c.format,
      // A date column is at least as wide as its header too (the Office adapter takes it as is).
      width:
        c.format === "date"
          ? Math.max(c.width ?? DATE_WIDTH, headerChars(header(c.key, lang)))
          : c.width,
    })),
    rowCount: f.count + u.count,
    rows: (start, end) => {
      const out: Cell[][] = [];
      for (let i = Math.max(0, start); i < Math.min(end, f.count + u.count); i++) {
        const row = new Array<Cell>(COLUMNS.length);
        fill(i, row);
        out.push(row);
      }
      return out;
    },
    fillRow: fill,
    style: "table",
    printColumns: CALL_SHEET_COLUMNS,
    highlight: {
      column: priorityColumn,
      fills: Object.fromEntries(
        FOLLOW_UP_PRIORITIES.map((p, k) => [
          priorityText(k, lang),
          p === "urgent" ? URGENT_FILL : LEVEL_FILLS[p],
        ]),
      ),
    },
    mode: "replace",
  };
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
      item: (i) => ({
        date: jsonDate(f.day[i]) ?? "",
        ...contact(f, i),
        overdueDays: f.overdueDays[i],
        plannedFrom: dateOrNull(f.plannedFrom[i]),
        otherReasons: others(f, i),
        valueAtStake: toCents(f.valueAtStake[i]),
      }),
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
 * Per customer, the next follow-up date as ISO text ("" none): for the segments tab and JSON.
 *
 * @example nextFollowUpText(schedule, 0) // "2026-01-05"
 */
export function nextFollowUpText(schedule: FollowUpSchedule, customer: number): string {
  return isoDate(schedule.nextFollowUp[customer]);
}

/**
 * A value at stake (churn probability × spend: an expected amount, full of decimals) as money, to the
 * cent: the tab and the JSON hold the same figure the caller sees (stop 22 tester: 4708.22458662533).
 *
 * @example toCents(4708.22458662533) // 4708.22
 */
function toCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
