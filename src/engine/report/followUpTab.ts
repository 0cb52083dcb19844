import { levelRounded, type ChurnLevels } from "../churn/combine";
import type { CustomerAnalysis } from "../analysis";
import type { Cell } from "../cells";
import { churnReasonsText } from "../churn/reasons";
import type { ReasonsKept } from "./atRiskTab";
import { labelsOf } from "../labels";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { isoDate } from "../parse/date";
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
import { doNotContactText } from "../followUp/doNotContact";
import { bookedDay, bookedText, holdText, isHeld } from "../followUp/hold";
import {
  lastContactText,
  talkingPoints,
  talkingPointText,
  withLastContact,
} from "../followUp/talkingPoints";
import { MOVED_WRONG_WAY } from "../followUp/movements";
import type { RunChanges } from "../changes";
import { PROBABILITY_DECIMALS, wrongWayText } from "../changes/words";
import { filledRows, type ReportColumn, type ReportTable } from "./table";
import { LEVEL_FILLS, dateCell } from "./serviceText";
import { tabName } from "./outputTabs";
import { say, type Code } from "../words/catalog";
import { toCents } from "../cents";
import { cardText, openComplaintText, paymentFailedText, renewalText } from "./followUpJson";
import {
  originalReason,
  typedCell,
  type CarriedNotes,
  type WrittenTexts,
} from "../followUp/typedNotes";

// The JSON part of the schedule lives in followUpJson.ts; its importers read it from here too.
export {
  followUpsJson,
  openComplaintText,
  reasonTextsJson,
  type ContactJson,
  type ContactReasonJson,
  type FollowUpJson,
  type JsonList,
  type ReasonTextsJson,
  type UnscheduledJson,
} from "./followUpJson";

const ALREADY_CHURNED = UNSCHEDULED_REASONS.indexOf("already_churned");
const DO_NOT_CONTACT = UNSCHEDULED_REASONS.indexOf("do_not_contact");
const ONE_TIME_CAMPAIGN = UNSCHEDULED_REASONS.indexOf("one_time_buyer_campaign");

const COMPLAINT = FOLLOW_UP_REASONS.indexOf("complaint_follow_up");
const CADENCE = FOLLOW_UP_REASONS.indexOf("cadence");
const WIN_BACK = FOLLOW_UP_REASONS.indexOf("win_back");
const EMAIL = CONTACT_CHANNELS.indexOf("email");
const VISIT = CONTACT_CHANNELS.indexOf("visit");

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
 * to say, channel and priority, then when it was due and how many days late — the first
 * CALL_SHEET_COLUMNS, printed one page wide (the print area), so a caller reads name and phone
 * beside the reason, and a row 86 days overdue stands out on paper (stop 28 tester #2: A:I left
 * the due date and days overdue off). The manager's columns follow: planned from, status and note
 * print on the page beside the call sheet's (BESIDE_COLUMNS), the rest (value at stake, churn
 * reasons) stay on screen. The printed widths add up to at most 200 characters
 * (printSetup.ts: one landscape page wide at 70 % or more) in both languages.
 */
const COLUMNS: {
  key: ColumnKey;
  format: ReportColumn["format"];
  width?: number;
  sharesWidth?: boolean;
  wholeNames?: boolean;
  breakLines?: boolean;
}[] = [
  // Dates get room for yyyy-mm-dd beside the filter button (a header-wide date column showed ####).
  { key: "followUpDate", format: "date", width: DATE_WIDTH },
  // Held at 14 (a longer name wraps): a long owner name pushed the call sheet past one page.
  { key: "owner", format: "text", width: 14 },
  { key: "customerId", format: "text" },
  // A company name of 12 characters on one line; wider where names would leave one character
  // alone on a line (wholeNames: stop 35 tester #6), the width taken off the reason and talking point.
  { key: "customerName", format: "text", width: 26, wholeNames: true },
  // Room for "+86 137-3141-5926" on one line.
  { key: "phone", format: "text", width: 18 },
  // 24 (was 28) and the talking point 40 (was 46): room for the due date and days overdue on the
  // page; 挽留联系（有流失迹象） still fits a line. Their 64 (zh 72) are shared out by their content
  // (sharesWidth): a reason of 10 lines beside "Last bought: C" took the room the talking point
  // left blank (stop 34 tester #8).
  // Written broken where they wrap (breakLines): "（自 2025-11-" / "30）" printed in 82 of 268
  // zh reasons (tester13 #4).
  { key: "reason", format: "text", width: 24, sharesWidth: true, breakLines: true },
  { key: "talkingPoint", format: "text", width: 40, sharesWidth: true, breakLines: true },
  { key: "channel", format: "text", width: 10 },
  { key: "priority", format: "text", width: 8 },
  { key: "dueDate", format: "date", width: DATE_WIDTH },
  // A few digits: the header wraps on two lines in the file (its header row is two lines tall).
  { key: "overdueDays", format: "integer", width: 10 },
  { key: "plannedFrom", format: "date", width: DATE_WIDTH + 2 },
  { key: "status", format: "text" },
  // The note's header says the tab's order (there is no caption row over a table). Our notes are
  // written broken where they wrap, as the reasons are: LibreOffice started a line of the page
  // beside with "，" (…发送邮件、消息 / ，也无法预约拜访…: tester47 L6); a line typed there is
  // written as typed (ReportTable.typedLines).
  { key: "note", format: "text", width: 48, breakLines: true },
  { key: "email", format: "text", width: 22 },
  { key: "valueTier", format: "text" },
  { key: "valueAtStake", format: "money", width: 14 },
  { key: "lastPurchase", format: "date", width: DATE_WIDTH },
  { key: "churnProbability", format: "percent" },
  { key: "churnReasons", format: "text", width: 48 },
];

/**
 * Wider printed text in Chinese, whose headers are narrower (回访日期 14 where "Follow-up date" needs
 * 18): the reason and talking point as wide as on the A:I sheet of stop 28, the call sheet ~193 of
 * its 200 characters (en: 200).
 */
const PRINTED_WIDTHS: Record<Lang, Partial<Record<ColumnKey, number>>> = {
  "zh-CN": { reason: 28, talkingPoint: 44 },
  "en-US": {},
};

/** Columns whose text may come from the input (ReportTable.inputTextColumns). */
const INPUT_TEXT_COLUMNS = (
  ["owner", "customerId", "customerName", "phone", "reason", "talkingPoint", "email"] as const
).map((k) => COLUMNS.findIndex((c) => c.key === k));

/** The call sheet's columns (date … days overdue): what prints, one page wide. */
const CALL_SHEET_COLUMNS = COLUMNS.findIndex((c) => c.key === "overdueDays") + 1;

/**
 * The columns printed through (ReportTable.printBeside): the planned-from date, status and note
 * (L:N) print on a page of their own beside each page of the call sheet, with the customer's ID
 * and name, the same rows: a status or note typed on the tab reaches paper (tester46 H2: A:K left
 * them off, and a kept row's reason pointed at a status the page did not show). A:N on one page
 * was ~270 characters (~52 %); a second print area (M:N) prints after all of the first's pages.
 */
const BESIDE_COLUMNS = COLUMNS.findIndex((c) => c.key === "note") + 1;

/**
 * A column's header in a language (the earlier tab's reader finds the columns by it, typedNotes.ts).
 *
 * @example followUpHeader("note", "zh-CN") // the catalog's followUp.noteHeader
 */
export function followUpHeader(key: ColumnKey, lang: Lang): string {
  return key === "note" ? say(lang, "followUp", "noteHeader") : say(lang, "followUpColumns", key);
}

/**
 * Every header of the tab in a language (the earlier tab's reader tells a column the user added
 * from ours by them, typedNotes.ts).
 *
 * @example followUpHeaders("zh-CN")[0] // "回访日期"
 */
export function followUpHeaders(lang: Lang): string[] {
  return COLUMNS.map((c) => followUpHeader(c.key, lang));
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
  /** Where the medium and the high churn level start (rule set churn.levels). */
  churnLevels: ChurnLevels;
  /** The words of customer c's moved_wrong_way reason (issue 12: from → to, since when). */
  movementText?: (c: number, lang: Lang) => string;
  /** What the user typed on the earlier schedule tab, by row of this one (followUp/typedNotes.ts). */
  carried?: CarriedNotes;
  /**
   * Records the status, talking-point and note texts of ours the tab's rows hold (before what a
   * user typed is added), for the run state (reviewer44 D1). `worklistRows`: the rows the tab
   * shows (rule set limits.worklistRows), those it records when asked before they were written.
   */
  written?: { texts: WrittenTexts; worklistRows: number };
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
  rules: { followUp: { maskContactDetails: boolean }; churn: { levels: ChurnLevels } };
  changes?: RunChanges | null;
  carriedNotes?: CarriedNotes;
}): CallerInputs {
  const ch = a.changes;
  return {
    analysis: a.classification.analysis,
    lastPurchase: a.summary.lastPurchase,
    asOf: a.asOf,
    mask: a.rules.followUp.maskContactDetails,
    churnLevels: a.rules.churn.levels,
    movementText: ch
      ? (c, lang) => wrongWayText(ch.comparison, ch.previous, ch.current, c, lang)
      : undefined,
    ...(a.carriedNotes ? { carried: a.carriedNotes } : {}),
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
  kept?: ReasonsKept,
): ReportTable {
  const f = schedule.followUps;
  const u = schedule.unscheduled;
  const cust = dataset.customers;
  const ownerName = (o: number): string => (o >= 0 ? schedule.owners[o] : "");
  const an = caller.analysis;
  const points = talkingPoints(dataset, caller.asOf, schedule.said);
  // A workbook to pass on quotes no note (a note may hold a phone number: followUp/hold.ts).
  if (caller.mask) points.withoutNotes = true;
  if (schedule.shrinking) points.shrinking = schedule.shrinking;
  if (schedule.unhappy) points.unhappy = schedule.unhappy;
  const pointMemo = new Map<number, string>();
  /**
   * The last contact's words (lastContactText), which depend only on its day, channel and owner:
   * put into words once per day and channel, then owner (a date, a catalog text and a template
   * filled per row before; the 100,000-customer schedule's 71,521 talking points name 16,442).
   */
  const contactWords = new Map<number, Map<string, string>>();
  const lastContactOf = (c: number): string => {
    const row = points.lastContact?.[c] ?? -1;
    const k = dataset.contacts;
    // A note or a call not reached is the row's own: no memo (followUp/talkingPoints.ts).
    if (k && (k.note || k.notReached)) return lastContactText(points, dataset, c, lang);
    if (row < 0 || !k) return "";
    const day = Math.floor(k.day[row]);
    const channel = k.channel[row];
    if (!Number.isFinite(day) || channel < -1 || channel > 30)
      return lastContactText(points, dataset, c, lang);
    const key = day * 32 + channel + 1;
    let byOwner = contactWords.get(key);
    if (byOwner === undefined) contactWords.set(key, (byOwner = new Map()));
    const owner = k.owner[row] ?? "";
    let text = byOwner.get(owner);
    if (text === undefined) {
      text = lastContactText(points, dataset, c, lang);
      byOwner.set(owner, text);
    }
    return text;
  };
  /**
   * Customer c's talking point (talkingPointText): without an open complaint its words depend only
   * on the last product and the weakest survey dimension and score, so each such combination is
   * put into words once (a call and two or three catalog texts per row before: a tenth of the tab).
   */
  const pointText = (c: number): string => {
    const dim = points.weakestDimension[c];
    const score = points.weakestScore[c];
    const weak = dim >= 0 && score <= 3;
    // A status saying a charge failed is the customer's own too (tester61 U134).
    const failed =
      points.shrinking?.flag[c] === 1 ||
      (points.unhappy !== undefined && points.unhappy[c] !== 0) ||
      (points.paymentFailed !== undefined && points.paymentFailed.failed[c] === 1) ||
      (points.cancelDay !== undefined && points.cancelDay[c] === points.cancelDay[c]);
    if (
      points.openComplaints[c] > 0 ||
      failed ||
      (weak && !(score >= 0 && Number.isInteger(score)))
    )
      return talkingPointText(points, dataset, c, caller.asOf, lang);
    // dim 0–3, score 0–3: 1–16 when weak, 0 when the survey is not mentioned.
    const key = (points.lastProduct[c] + 1) * 32 + (weak ? 1 + dim * 4 + score : 0);
    let text = pointMemo.get(key);
    if (text === undefined) {
      text = talkingPointText(points, dataset, c, caller.asOf, lang, false);
      pointMemo.set(key, text);
    }
    // The last contact (date, channel, owner) is the customer's own: said after the rest.
    return withLastContact(text, lastContactOf(c));
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
  // The At-risk tab's short words after the unscheduled status: the talking point's first line.
  const whyWords = UNSCHEDULED_REASONS.map((code) =>
    say(lang, "followUpTab", "unscheduledWhy", {
      label: unscheduled,
      why: say(lang, "atRiskWhy", code),
    }),
  );
  const rotatedWords = say(lang, "followUpTab", "rotated");
  // Why a row goes by another channel than its reason's, by instead code (placement.ts) × channel.
  const insteadWords = [
    channelWords.map(() => ""),
    channelWords.map((w) => say(lang, "followUpTab", "instead", { channel: w })),
    channelWords.map((w, k) =>
      k === VISIT
        ? say(lang, "followUpTab", "insteadNoDetails")
        : say(lang, "followUpTab", "insteadNoPhone", { channel: w }),
    ),
    channelWords.map((w) => say(lang, "followUpTab", "insteadNoEmail", { channel: w })),
    channelWords.map((w) => say(lang, "followUpTab", "insteadAsked", { channel: w })),
  ];
  // An e-mail contact's talking point starts with the address, on a line of its own: the call
  // sheet (A:I; OUTPUT_TABS is append-only) prints 电话, not 邮箱 (O). Stop 27 tester #3.
  const sendTo = say(lang, "followUpTab", "sendTo", { email: "\u0001" });
  const [sendPre, sendPost] = sendTo.split("\u0001");
  const noEmail = say(lang, "followUpTab", "noEmail");
  const noDetails = say(lang, "followUpTab", "noDetails");
  // Data with no phone numbers at all has no phone column: then no row says a number is missing.
  const anyPhone = cust.phone.some((p) => p !== undefined && p !== "");
  // A visit to a customer with no phone number starts the same way: the address to arrange it by,
  // or the words that there is none (the printed 电话 cell is blank; stop 28 tester #2).
  const mailPoint = (c: number, visit: boolean): string => {
    const address = email(c);
    const to = address ? sendPre + address + sendPost : visit ? noDetails : noEmail;
    const point = pointText(c);
    return point === "" ? to : `${to}\n${point}`;
  };
  const churnedCampaign = say(lang, "followUp", "churnedCampaign");
  const oneTimeCampaign = say(lang, "followUp", "oneTimeBuyerCampaign");
  const holds = schedule.holds;
  const failed = schedule.paymentFailed;
  const cancelDay = schedule.cancelDay;
  const renewalDay = schedule.renewalDay;
  /**
   * Words of reason r of customer c's contact due on `due` (its own words for a movement, an open
   * complaint, the regular contact of a customer held by an agreed date or a pause:
   * followUp/hold.ts, or one before the account's renewal).
   */
  const words = (r: number, c: number, due = NaN): string =>
    (r === MOVED_WRONG_WAY && caller.movementText?.(c, lang)) ||
    (r === COMPLAINT && openComplaintText(schedule, c, lang, !caller.mask)) ||
    (r === CADENCE &&
      (holdText(holds, c, lang, !caller.mask) ||
        bookedText(holds, c, lang) ||
        cardText(schedule, c, lang) ||
        renewalText(schedule, c, lang, due))) ||
    (r === WIN_BACK && (paymentFailedText(schedule, c, lang) || bookedText(holds, c, lang))) ||
    reasonWords[r];
  // A contact's reasons in words are the customer's own only with a movement or an open complaint
  // among them; any other set is put into words once, by its listed reason and the rest: the rows
  // then share one string, whose hash the writer's look-ups (rowHeights.ts, sharedStrings.ts)
  // take once, not a text joined and hashed afresh per row.
  const own = (1 << MOVED_WRONG_WAY) | (1 << COMPLAINT);
  const all = (1 << reasonWords.length) - 1;
  const reasonSets: (string | undefined)[] = [];
  /** Words of every reason a contact covers, the listed one first. */
  const reasonsOf = (primary: number, bits: number, c: number, due: number): string => {
    const set = bits & all;
    const shared =
      ((set | (1 << primary)) & own) === 0 &&
      !isHeld(holds, c) &&
      !(bookedDay(holds, c) === bookedDay(holds, c)) &&
      failed?.failed[c] !== 1 &&
      !(cancelDay !== undefined && cancelDay[c] === cancelDay[c]) &&
      !(renewalDay !== undefined && renewalDay[c] === renewalDay[c]);
    const key = primary * (all + 1) + set;
    if (shared) {
      const known = reasonSets[key];
      if (known !== undefined) return known;
    }
    let out = words(primary, c, due);
    for (let r = 0; r < reasonWords.length; r++)
      if (r !== primary && bits & (1 << r)) out += separator + words(r, c, due);
    if (shared) reasonSets[key] = out;
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
    why: string | null = null,
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
    // A one-time buyer's campaign row names a wrong-way movement too: the campaign is its one
    // contact, no call of its own (followUp/movements.ts; tester12 #2).
    row[5] =
      campaign === null
        ? reasonsOf(l.reason[k], l.reasons[k], c, l.due[k])
        : campaign === oneTimeCampaign && l.reasons[k] & (1 << MOVED_WRONG_WAY)
          ? campaign + separator + words(MOVED_WRONG_WAY, c)
          : campaign;
    const ch = l.channel[k];
    const visitNoPhone = ch === VISIT && anyPhone && (cust.phone[c] ?? "") === "";
    const byMail = campaign !== oneTimeCampaign && (ch === EMAIL || visitNoPhone);
    const point = byMail && why === null ? mailPoint(c, visitNoPhone) : pointText(c);
    // An unscheduled row says why on the call sheet too (A:K; its status and note, M and N, print
    // on the page beside), and its date cell is blank (stop 33 tester #3).
    row[6] = why === null ? point : point === "" ? why : `${why}\n${point}`;
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
    row[18] = levelRounded(p, an.churnLevel[c], caller.churnLevels, PROBABILITY_DECIMALS); // as in the JSON
    // The segments tab's words of the same reasons where it kept them (written before this tab).
    row[19] = kept?.texts[c] ?? churnReasonsText(an, c, lang);
  };
  const carried = caller.carried;
  const off = carried?.off ?? [];
  const label = { label: say(lang, "followUpTab", "offSchedule") };
  const offCustomer = say(lang, "followUpTab", "offCustomer", label);
  const offContact = say(lang, "followUpTab", "offContact", label);
  const offCall = say(lang, "followUpTab", "offCall", label);
  /**
   * The user's values on row i (followUp/typedNotes.ts): the status replaces ours; typed lines go
   * where they stood among ours (typedCell), else after ours on lines of their own.
   */
  const withTyped = (i: number, row: Cell[]): void => {
    const t = carried?.byRow.get(i);
    if (!t) return;
    if (t.status !== "") row[12] = t.status;
    row[6] = typedCell(row[6], t.talkingPoint, t.place?.talkingPoint, "talkingPoint");
    row[13] = typedCell(row[13], t.note, t.place?.note, "note");
  };
  /**
   * A typed row whose customer has no row now: kept, with what locates it. No date (the call sheet
   * prints A:K: a date cell of 已移出计划 read like a contact, reviewer44 D12); the reason cell says
   * it is off the schedule and why.
   */
  const offRow = (k: number, row: Cell[]): void => {
    const { typed, customerGone, callGone, since, owner } = off[k];
    const r = typed.row;
    row.fill(null);
    // On the list of the customer's owner now (tester51 R3), the earlier one named below.
    row[1] = owner ?? r.owner;
    row[2] = r.id;
    row[3] = r.name;
    row[4] = caller.mask ? maskPhone(r.phone) : r.phone;
    const why = customerGone ? "offCustomer" : callGone ? "offCall" : "offContact";
    // The date its call was planned for, in the reason (not the date cell: that would print as a
    // contact), so a later refresh ages the kept status as this one did (tester45 #3).
    // No such date (a win-back status): the date it was first kept, which it ages from alike.
    const kept = Number.isFinite(r.date)
      ? say(lang, "followUpTab", why, {
          label: say(lang, "followUpTab", "offPlanned", { ...label, date: isoDate(r.date) }),
        })
      : since !== undefined && Number.isFinite(since)
        ? say(lang, "followUpTab", why, {
            label: say(lang, "followUpTab", "offSince", { ...label, date: isoDate(since) }),
          })
        : why === "offCustomer"
          ? offCustomer
          : why === "offCall"
            ? offCall
            : offContact;
    // Then the reason of the follow-up it was typed on, kept from run to run (tester46 L2).
    const original = originalReason(r);
    const said =
      owner === undefined || r.owner.trim() === ""
        ? kept
        : say(lang, "followUpTab", "offOwner", { why: kept, owner: r.owner.trim() });
    row[5] =
      original === ""
        ? said
        : say(lang, "followUpTab", "offReason", { why: said, reason: original });
    // Its due date, so a later refresh finds the same follow-up when it is back (reviewer44 D3).
    if (Number.isFinite(r.due)) row[9] = dateCell(r.due);
    row[6] = typed.talkingPoint;
    row[12] = typed.status;
    row[13] = typed.note;
    row[14] = caller.mask ? maskEmail(r.email) : r.email;
  };
  // The tab's order: the planned rows, the rows kept off the schedule in a block of their own, then
  // the unscheduled list, which the Overview points to at the end of the tab (reviewer44 D12: the
  // kept rows came after it). Row i of the tab is schedule row i, an off row, or schedule row i − off.
  const offStart = f.count;
  const offEnd = f.count + off.length;
  const fill = (i: number, row: Cell[]): void => {
    if (i >= offStart && i < offEnd) {
      offRow(i - offStart, row);
      written?.texts.addTyped(row[2], off[i - offStart].typed);
      return;
    }
    const r = i < offStart ? i : i - off.length;
    fillOurs(r, row);
    if (written) {
      // Ours by customer (id, owner, date, then the three typed columns: typedNotes.ts WrittenTexts).
      written.texts.addRow(row[2], row[1], row[0], row[6], row[12], row[13], carried?.byRow.get(r));
      seen[i] = 1;
    }
    withTyped(r, row);
  };
  /**
   * The talking-point and note lines a user typed that the tab writes: the file writer keeps each
   * as typed, never broken where it wraps (tester47 M1; ReportTable.typedLines).
   */
  const typedLines = (): Set<string> => {
    const lines = new Set<string>();
    const add = (t: { talkingPoint: string; note: string }) => {
      for (const text of [t.talkingPoint, t.note])
        if (text !== "") for (const line of text.split("\n")) lines.add(line);
    };
    for (const t of carried?.byRow.values() ?? []) add(t);
    for (const o of off) add(o.typed);
    return lines;
  };
  /** The tab's rows that hold what a user typed: kept on the tab past the worklist cap (D13). */
  const typedRows = (): number[] => {
    const rows: number[] = [];
    for (const r of carried?.byRow.keys() ?? []) rows.push(r < offStart ? r : r + off.length);
    for (let i = offStart; i < offEnd; i++) rows.push(i);
    return rows.sort((a, b) => a - b);
  };
  const typedOn = carried ? typedRows() : [];
  // The overdue note by its days (a template filled per overdue row before).
  const overdueWords: string[] = [];
  const overdueNote = (days: number): string =>
    Number.isInteger(days) && days < 4096
      ? (overdueWords[days] ??= say(lang, "followUpTab", "overdue", { days }))
      : say(lang, "followUpTab", "overdue", { days });
  const fillOurs = (i: number, row: Cell[]): void => {
    if (i < f.count) {
      const overdue = f.overdueDays[i];
      let note = overdue > 0 ? overdueNote(overdue) : "";
      // Due before a first run's plan, never planned before: due now, not overdue (U407).
      if (f.firstPlan?.[i] === 1)
        note =
          say(lang, "followUpTab", "firstPlan", { date: isoDate(f.due[i]) }) +
          (note ? separator + note : "");
      if (schedule.rotated[f.customer[i]]) note = (note ? note + separator : "") + rotatedWords;
      // Another channel than the reason's: no call slot left, no phone number, no e-mail address,
      // the one channel the customer asked for.
      const instead = f.instead?.[i] ?? 0;
      if (instead) note = (note ? note + separator : "") + insteadWords[instead][f.channel[i]];
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
    // The date cell is blank (tester44 #9: 未安排 there was text in a date column, which a date
    // filter or sort meets) and, but on a campaign row (whose reason cell is the campaign's
    // words), the talking point starts with 未安排 and the short reason (the At-risk tab's
    // words): a manager reading the printed call sheet (A:K) sees why a row has no date (stop 33
    // tester #3). A customer with no phone or e-mail reads that on every row.
    const short = campaign === null ? whyWords[why] : null;
    // Who asked not to be contacted: where they said so, quoted (doNotContact.ts).
    const said =
      why === DO_NOT_CONTACT
        ? doNotContactText(schedule.doNotContact, u.customer[k], lang, !caller.mask)
        : "";
    contactRow(row, u, k, null, null, unscheduled, said || unscheduledWords[why], campaign, short);
  };
  const total = f.count + u.count + off.length;
  const written = caller.written;
  const seen = new Uint8Array(written ? total : 0);
  // The state is written after this tab, whose rows have recorded their texts by then; rows of
  // the tab not filled yet (another writer's order) are filled now, so every text shown is known.
  if (written)
    written.texts.complete = () => {
      const scratch: Cell[] = new Array<Cell>(COLUMNS.length).fill(null);
      const shown = Math.min(total, written.worklistRows);
      for (let i = 0; i < shown; i++) if (!seen[i]) fill(i, scratch);
      for (const i of typedOn) if (!seen[i]) fill(i, scratch);
    };
  const priorityColumn = COLUMNS.findIndex((c) => c.key === "priority");
  return {
    tab: "followUps",
    sheetName: tabName("followUps", lang),
    columns: COLUMNS.map((c) => ({
      key: c.key,
      header: followUpHeader(c.key, lang),
      format: c.format,
      // A date column is at least as wide as its header too (the Office adapter takes it as is).
      width:
        c.format === "date"
          ? Math.max(c.width ?? DATE_WIDTH, headerChars(followUpHeader(c.key, lang)))
          : (PRINTED_WIDTHS[lang][c.key] ?? c.width),
      ...(c.sharesWidth ? { sharesWidth: true } : {}),
      ...(c.wholeNames ? { wholeNames: true } : {}),
      ...(c.breakLines ? { breakLines: true } : {}),
    })),
    rowCount: f.count + u.count + off.length,
    rows: filledRows(f.count + u.count + off.length, COLUMNS.length, fill),
    fillRow: fill,
    ...(carried ? { typedRows: typedOn, typedLines: typedLines() } : {}),
    style: "table",
    printColumns: CALL_SHEET_COLUMNS,
    printBeside: BESIDE_COLUMNS,
    // The input's texts: owners, ids, names, phones, e-mail addresses, and the reasons and talking
    // points that quote them (a movement's words, a product's name); the rest are the engine's.
    inputTextColumns: INPUT_TEXT_COLUMNS,
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
 * Per customer, the next follow-up date as ISO text ("" none): for the segments tab and JSON.
 *
 * @example nextFollowUpText(schedule, 0) // "2026-01-05"
 */
export function nextFollowUpText(schedule: FollowUpSchedule, customer: number): string {
  return isoDate(schedule.nextFollowUp[customer]);
}
