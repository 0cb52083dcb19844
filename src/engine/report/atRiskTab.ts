import { levelRounded, type ChurnLevels } from "../churn/combine";
import { PROBABILITY_DECIMALS } from "../changes/words";
import type { Analysis } from "../analyze";
import { VALUE_TIERS, type CustomerAnalysis } from "../analysis";
import type { Cell } from "../cells";
import { churnReasonsText } from "../churn/reasons";
import { doNotContactText } from "../followUp/doNotContact";
import {
  bookedDay,
  bookedText,
  heldToDay,
  holdText,
  isHeld,
  leaveDay,
  onCreditHold,
  resumesDay,
  resumesText,
} from "../followUp/hold";
import { UNSCHEDULED_REASONS, followUpReasonText } from "../followUp/labels";
import { maskPhone } from "../followUp/mask";
import type { FollowUpSchedule } from "../followUp/schedule";
import { isoDate } from "../parse/date";
import { FOLLOW_UP_REASONS, type FollowUpRules } from "../rules/service";
import { churnProbabilityOf, valueAtStake } from "../followUp/valueAtStake";
import { labelsOf } from "../labels";
import type { Dataset } from "../model";
import type { Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import { tabName } from "./outputTabs";
import { LEVEL_FILLS } from "./serviceText";
import { filledRows, moneyCell, type ReportColumn, type ReportTable } from "./table";

/**
 * The At-risk customers tab (流失风险名单): every customer at high or medium churn risk, and every
 * customer at low risk the schedule owes a retention contact (stop 30: "who are we trying to keep"
 * must be on it; tester stop 29 #1, 149 retention calls at 20,000 customers, the second biggest
 * among them), biggest value at stake first, with why they are at risk and how to reach them — the
 * printable list a manager filters by owner or by who will call. A view of what the analysis and
 * the schedule already hold: the risk, probability and reasons of the segments tab, the value at
 * stake as the schedule ranks a win-back (followUp/valueAtStake.ts: probability × 12-month spend),
 * the next contact the schedule planned and who makes it, or, where none is planned, the
 * schedule's reason in the schedule tab's words. No cap: a list past a worksheet's rows continues
 * on numbered tabs (OUTPUT_TABS rowLimit); its row count is the Overview's high + medium customers
 * plus the low-risk customers with a retention contact, and the run log's row count. The console
 * summary's "most value at risk" are its first rows (cli/summary.ts mostAtStake: atRiskListed).
 */

/** What the tab reads from a run. */
export interface AtRiskInputs {
  dataset: Dataset;
  /** The classified customers (risk level, probability, reasons, value tier, window spend). */
  analysis: CustomerAnalysis;
  /** The analysis window in months (rule set window.months): the spend column's header. */
  windowMonths: number;
  /** The schedule's next planned contact per customer (epoch day, NaN none). */
  nextFollowUp: Float64Array;
  /** Mask phone numbers (rule set followUp.maskContactDetails; --share), as the schedule does. */
  mask: boolean;
  /** The schedule's lists: who is owed a retention contact, who makes the next one, or why none. */
  schedule: AtRiskSchedule;
  /** The regular contact's interval per value tier (rule set followUp.cadenceDays). */
  cadenceDays: FollowUpRules["cadenceDays"];
  /** Where the medium and the high churn level start (rule set churn.levels). */
  churnLevels: ChurnLevels;
}

/** What the tab reads from the schedule. */
export type AtRiskSchedule = Pick<
  FollowUpSchedule,
  | "followUps"
  | "unscheduled"
  | "owners"
  | "end"
  | "holds"
  | "doNotContact"
  | "finishedCourse"
  | "rhythmDays"
  | "pastClient"
>;

/**
 * True when customer c is listed after the others: held (followUp/hold.ts: paused, or a next
 * contact agreed), or a finished course (one day with spend, then only ¥0 revisits: 贴面 / 种植
 * paid once, then free 复查; judge60): their silence is no sign of leaving.
 *
 * @example listedLast(schedule, c) // true for a patient whose implant was paid once, then 复查 at ¥0
 */
export function listedLast(
  schedule: Pick<FollowUpSchedule, "holds" | "finishedCourse" | "pastClient">,
  c: number,
): boolean {
  return (
    isHeld(schedule.holds, c) ||
    bookedDay(schedule.holds, c) === bookedDay(schedule.holds, c) ||
    schedule.finishedCourse?.[c] === 1 ||
    (schedule.pastClient?.[c] ?? 0) > 0
  );
}

/**
 * The inputs of a run.
 *
 * @example atRiskTable(atRiskInputsOf(analysis), "zh-CN").sheetName // "流失风险名单"
 */
export function atRiskInputsOf(a: Analysis): AtRiskInputs {
  return {
    dataset: a.dataset,
    analysis: a.classification.analysis,
    windowMonths: a.classification.windowMonths,
    nextFollowUp: a.schedule.nextFollowUp,
    mask: a.rules.followUp.maskContactDetails,
    schedule: a.schedule,
    cadenceDays: a.rules.followUp.cadenceDays,
    churnLevels: a.rules.churn.levels,
  };
}

/** Risk levels listed (RISK_LEVELS codes 0 high, 1 medium, 2 low: with a retention contact). */
const HIGH = 0;
const MEDIUM = 1;
const LOW = 2;
const WIN_BACK = 1 << FOLLOW_UP_REASONS.indexOf("win_back");
const DO_NOT_CONTACT = UNSCHEDULED_REASONS.indexOf("do_not_contact");

/**
 * 1 for a customer on the list: at high or medium churn risk, or at low risk with a retention
 * contact (win_back) on either of the schedule's lists, planned or not (a key account silent for a
 * whole churn horizon: retention.ts). Customers already churned (their own level) are the win-back
 * campaign's, not this list's.
 *
 * @example atRiskListed(analysis, schedule)[c] // 1
 */
export function atRiskListed(
  analysis: Pick<CustomerAnalysis, "churnLevel">,
  schedule: Pick<FollowUpSchedule, "followUps" | "unscheduled">,
): Uint8Array {
  const level = analysis.churnLevel;
  const listed = new Uint8Array(level.length);
  for (const l of [schedule.followUps, schedule.unscheduled])
    for (let k = 0; k < l.count; k++)
      if (l.reasons[k] & WIN_BACK && level[l.customer[k]] === LOW) listed[l.customer[k]] = 1;
  for (let c = 0; c < level.length; c++)
    if (level[c] === HIGH || level[c] === MEDIUM) listed[c] = 1;
  return listed;
}

/**
 * The listed customers (atRiskListed), biggest value at stake first; ties by the higher
 * probability, then in the order of the Customers sheet. A customer held (followUp/hold.ts: its
 * status says paused, or a next contact is agreed after the analysis date) comes after every
 * customer not held: its silence is the pause's or the agreement's, not a sign of leaving (tester59
 * U86: six paused pet-food subscribers were 6 of the first 11 rows), and so does a finished course
 * (listedLast; judge60: a clinic's implants and veneers were its first 5 rows). Still listed, with
 * its figures: once the pause or the agreement is over, it is judged as any other.
 *
 * @example atRiskOrder(analysis, atRiskListed(analysis, schedule), schedule) // Int32Array [17, 3, …]
 */
export function atRiskOrder(
  analysis: CustomerAnalysis,
  listed: Uint8Array,
  last: Pick<FollowUpSchedule, "holds" | "finishedCourse" | "pastClient"> = {},
): Int32Array {
  let n = 0;
  for (let c = 0; c < listed.length; c++) n += listed[c];
  const order = new Int32Array(n);
  const stake = new Float64Array(listed.length);
  for (let c = 0, k = 0; c < listed.length; c++)
    if (listed[c] === 1) {
      order[k++] = c;
      stake[c] = valueAtStake(analysis, c, true);
    }
  return order.sort(
    (x, y) =>
      Number(listedLast(last, x)) - Number(listedLast(last, y)) ||
      stake[y] - stake[x] ||
      churnProbabilityOf(analysis, y) - churnProbabilityOf(analysis, x) ||
      x - y,
  );
}

/**
 * Per customer, the schedule's word on their next contact: `first` the index of their first planned
 * contact in followUps (the list is by day: the next one), else `unplanned` the index of their first
 * unscheduled contact (the list is by band: the most urgent one); -1 none.
 *
 * @example nextContacts(schedule, n).first[c] // 12
 */
export function nextContacts(
  schedule: Pick<FollowUpSchedule, "followUps" | "unscheduled">,
  n: number,
): { first: Int32Array; unplanned: Int32Array } {
  const first = new Int32Array(n).fill(-1);
  const unplanned = new Int32Array(n).fill(-1);
  const { followUps, unscheduled } = schedule;
  for (let k = followUps.count - 1; k >= 0; k--) first[followUps.customer[k]] = k;
  for (let k = unscheduled.count - 1; k >= 0; k--) unplanned[unscheduled.customer[k]] = k;
  return { first, unplanned };
}

/**
 * The reasons texts of the listed customers, kept as the segments tab makes them (keepReasons), so
 * the tabs written after it, the follow-up schedule and the at-risk list, do not put the same
 * reasons into words a second time (at 100,000 customers 22,667 texts on the at-risk tab, the
 * largest part of its cost, and 71,500 schedule rows). A cache only: a text not kept (the segments
 * tab read by `rows`, or written later) is made where it is needed.
 */
export interface ReasonsKept {
  /** 1 for a customer whose reasons are kept: on the at-risk list or the schedule's lists. */
  listed: Uint8Array;
  /** The segments tab's reasons cell of a listed customer, once written. */
  texts: (string | undefined)[];
}

/**
 * An empty cache of the listed customers' reasons: those at high or medium risk, and with
 * `schedule` every customer on its lists (the follow-up tab's rows).
 *
 * @example const kept = reasonsKept(analysis); kept.texts.length // 0
 */
export function reasonsKept(
  analysis: CustomerAnalysis,
  schedule?: Pick<FollowUpSchedule, "followUps" | "unscheduled">,
): ReasonsKept {
  // High and medium: the low-risk customers with a retention contact (a few) are made in the tab.
  const level = analysis.churnLevel;
  const listed = new Uint8Array(level.length);
  for (let c = 0; c < level.length; c++)
    listed[c] = level[c] === HIGH || level[c] === MEDIUM ? 1 : 0;
  if (schedule)
    for (const l of [schedule.followUps, schedule.unscheduled])
      for (let k = 0; k < l.count; k++) listed[l.customer[k]] = 1;
  return { listed, texts: [] };
}

/**
 * The segments tab keeping the reasons cells of the listed customers as its rows are filled (one
 * byte read a row; the texts are the tab's own, not copies).
 *
 * @example keepReasons(segmentsTable(dataset, summary, result, "zh-CN"), kept)
 */
export function keepReasons(segments: ReportTable, kept: ReasonsKept): ReportTable {
  const column = segments.columns.findIndex((c) => c.key === "churnRiskReasons");
  const fill = segments.fillRow;
  if (column < 0 || !fill) return segments;
  const { listed, texts } = kept;
  return {
    ...segments,
    fillRow(i, cells) {
      fill(i, cells);
      if (listed[i] === 1) texts[i] = cells[column] as string;
    },
  };
}

/**
 * The reasons of customer c as the tab says them: a customer listed after the others (listedLast)
 * opens with why: its status or the date agreed when held (tester59 U86), its finished course
 * (judge60); the others' unchanged.
 *
 * @example heldFirst(schedule, c, "zh-CN", reasons) // "客户状态为“暂停订阅”：暂停期间未购买不算流失迹象，排在未暂停的客户之后；超出自身购买周期…"
 */
function heldFirst(
  schedule: Pick<FollowUpSchedule, "holds" | "finishedCourse" | "pastClient">,
  c: number,
  lang: Lang,
  reasons: string,
): string {
  if (!listedLast(schedule, c)) return reasons;
  const holds = schedule.holds;
  // A one-off business's past client first: a renovation paid in installments is no "course".
  const booked = bookedDay(holds, c);
  const line = !isHeld(holds, c)
    ? booked === booked
      ? say(lang, "atRiskTab", "heldBooked", { date: isoDate(booked) })
      : say(
          lang,
          "atRiskTab",
          schedule.finishedCourse?.[c] === 1
            ? "finishedCourse"
            : schedule.pastClient?.[c] === 1
              ? "pastClient"
              : schedule.pastClient?.[c] === 2
                ? "occasionClient"
                : "finishedCourse",
        )
    : heldToDay(holds, c)
      ? holds!.named?.get(c)?.status !== undefined
        ? say(lang, "atRiskTab", "heldPausedUntil", {
            status: holds!.named.get(c)!.status!,
            date: isoDate(holds!.until[c]),
          })
        : say(lang, "atRiskTab", "heldAgreed", { date: isoDate(holds!.until[c]) })
      : onCreditHold(holds, c)
        ? say(lang, "atRiskTab", "heldCreditHold")
        : resumesDay(holds, c) === resumesDay(holds, c)
          ? say(lang, "atRiskTab", "heldPaymentsPaused", { date: resumesText(holds, c) })
          : leaveDay(holds, c) === leaveDay(holds, c)
            ? say(lang, "atRiskTab", "heldOnLeave", { date: isoDate(leaveDay(holds, c)) })
            : say(lang, "atRiskTab", "heldPaused", { status: holds!.said.get(c) ?? "" });
  return reasons === "" ? line : line + say(lang, "churnReasons", "separator") + reasons;
}

type ColumnKey = Code<"atRiskColumns">;

/**
 * The reasons' width: theirs and the why-no-contact column's (35 and 28) when both printed, less
 * a little so that the 100,000-customer run's wider amounts stay on one page (its A:M was 202
 * characters, past one page at 70 %: printed two pages wide).
 */
const REASONS_WIDTH = 60;

/** The columns in order (keys as on the segments and schedule tabs), widths for one printed page. */
const COLUMNS: {
  key: ColumnKey;
  format: ReportColumn["format"];
  width?: number;
  uncapped?: boolean;
  breakLines?: boolean;
}[] = [
  { key: "id", format: "text", width: 12 },
  // Names wrap (not wholeNames: at 16 few leave a character alone, 6 of 761 zh rows, and
  // widening took from the reasons: 59 -> 61 pages).
  { key: "name", format: "text", width: 16 },
  { key: "owner", format: "text", width: 12 },
  { key: "valueTier", format: "text", width: 10 },
  { key: "monetary", format: "money", width: 13 },
  { key: "valueAtStake", format: "money", width: 13 },
  // Its header over two lines (流失 / 概率, "Churn / risk"): at 9 it broke inside a word.
  { key: "churnRiskProbability", format: "percent", width: 7 },
  { key: "churnRiskLevel", format: "text", width: 8 },
  // Wrapped, held at the width the why-no-contact column leaves (uncapped: past the screen's
  // 50). Shared with it, the reasons wrapped to 5-7 lines beside a column empty on most rows,
  // 12 rows a page (print52 L1).
  {
    key: "churnRiskReasons",
    format: "text",
    width: REASONS_WIDTH,
    uncapped: true,
    breakLines: true,
  },
  // Room for "+86 137-3141-5926" on one line.
  { key: "phone", format: "text", width: 18 },
  { key: "nextFollowUp", format: "date", width: 12 },
  // Stop 30, appended (OUTPUT_TABS is append-only): who makes the next contact (the schedule's
  // assignee, not always the owner: a customer without one is given to someone; for a contact the
  // schedule could not place, whom it is given to), and for a row without one, why (the
  // schedule's reason in the schedule tab's words, wrapped).
  { key: "nextFollowUpBy", format: "text", width: 12 },
  { key: "noNextFollowUp", format: "text", width: 28, breakLines: true },
];

/**
 * Every header of the tab in a language, its window's months as 12 (a refresh tells a column the
 * user added from ours by them, numbers aside: addedColumns.ts).
 *
 * @example atRiskHeaders("zh-CN")[0] // "客户编号"
 */
export function atRiskHeaders(lang: Lang): string[] {
  return COLUMNS.map((c) => say(lang, "atRiskColumns", c.key, { months: 12 }));
}

/**
 * The columns that print (ReportTable.printColumns), A:L: who, why at risk, how to reach them, when
 * and by whom. Why there is no next contact (M) stays on screen: printed beside the reasons it
 * took their room, and on a page of its own (with the phone, date and caller) it doubled the paper
 * (zh sample 65 -> 72 pages; print53).
 */
const PRINTED = COLUMNS.findIndex((c) => c.key === "noNextFollowUp");

/**
 * The At-risk customers tab as a report table; rows made on demand in list order.
 *
 * @example
 * const tab = atRiskTable(atRiskInputsOf(analysis), "en-US");
 * tab.sheetName // "At-risk customers"
 * tab.rows(0, 1)[0][5] // the biggest value at stake
 */
export function atRiskTable(inputs: AtRiskInputs, lang: Lang, kept?: ReasonsKept): ReportTable {
  const { dataset, analysis: an, nextFollowUp, mask, schedule, churnLevels } = inputs;
  const cust = dataset.customers;
  const holds = schedule.holds;
  const order = atRiskOrder(an, atRiskListed(an, schedule), schedule);
  const { first, unplanned } = nextContacts(schedule, an.churnLevel.length);
  const tiers = labelsOf("valueTier", lang);
  const until = isoDate(schedule.end - 1);
  // A row without a next contact: the schedule's reason, or (on no list) why none falls due. A few
  // texts in all (contact reason × unscheduled reason, one per tier), made once each, not per row.
  const said = new Map<number, string>();
  const whyNone = (c: number): string => {
    const u = unplanned[c];
    // Paused, no contact due: the schedule's words for its regular contact (its tier's interval
    // is not the paused one's: cadence.ts regularInterval).
    if (u < 0 && isHeld(holds, c)) return holdText(holds, c, lang, !mask);
    // Booked after this plan (tester63 U168): no call before she comes.
    if (u < 0 && bookedDay(holds, c) === bookedDay(holds, c)) return bookedText(holds, c, lang);
    // Who asked not to be contacted: where they said so, so nobody calls them by hand.
    if (u >= 0 && schedule.unscheduled.why[u] === DO_NOT_CONTACT)
      return say(lang, "atRiskTab", "notPlanned", {
        contact: followUpReasonText(schedule.unscheduled.reason[u], lang),
        why: doNotContactText(schedule.doNotContact, c, lang, !mask),
      });
    // A regular contact spaced by the customer's own rhythm (cadence.ts rhythmIntervals) says its
    // days, not the tier's (the 4S owner serviced every ~185 days: every 93, not every 14).
    const spaced = u < 0 ? (schedule.rhythmDays?.[c] ?? 0) : 0;
    const key =
      u >= 0
        ? schedule.unscheduled.reason[u] * 256 + schedule.unscheduled.why[u]
        : -1 - an.valueTier[c] - 4 * spaced;
    let text = said.get(key);
    if (text !== undefined) return text;
    if (u >= 0)
      text = say(lang, "atRiskTab", "notPlanned", {
        contact: followUpReasonText(schedule.unscheduled.reason[u], lang),
        why: say(lang, "atRiskWhy", UNSCHEDULED_REASONS[schedule.unscheduled.why[u]]),
      });
    else {
      const tier = an.valueTier[c];
      text = say(lang, "atRiskTab", spaced > 0 ? "noneDueRhythm" : "noneDue", {
        until,
        tier: tiers[tier] ?? "",
        days: spaced > 0 ? spaced : (inputs.cadenceDays[VALUE_TIERS[tier]] ?? ""),
      });
    }
    said.set(key, text);
    return text;
  };
  const risks = labelsOf("risk", lang);
  const columns: ReportColumn[] = COLUMNS.map((c) => ({
    key: c.key,
    header: say(lang, "atRiskColumns", c.key, { months: inputs.windowMonths }),
    format: c.format,
    width: c.width,
    ...(c.uncapped ? { uncapped: true } : {}),
    breakLines: c.breakLines,
  }));
  const fill = (i: number, row: Cell[]): void => {
    const c = order[i];
    const phone = cust.phone[c] ?? "";
    const next = nextFollowUp[c];
    row[0] = cust.id[c];
    row[1] = cust.name[c] ?? "";
    row[2] = cust.owner[c] ?? "";
    row[3] = tiers[an.valueTier[c]] ?? "";
    row[4] = moneyCell(an.monetary[c]); // to the cent, as on the segments tab
    row[5] = moneyCell(valueAtStake(an, c, true)); // the schedule's win-back figure, to the cent
    row[6] = levelRounded(
      an.churnProbability[c],
      an.churnLevel[c],
      churnLevels,
      PROBABILITY_DECIMALS,
    ); // as in the JSON
    row[7] = risks[an.churnLevel[c]] ?? "";
    row[8] = heldFirst(schedule, c, lang, kept?.texts[c] ?? churnReasonsText(an, c, lang));
    row[9] = mask ? maskPhone(phone) : phone;
    row[10] = Number.isFinite(next) ? next : null;
    const k = first[c];
    // With no planned contact, who the unscheduled one is given to (a customer without an owner
    // has an assignee there too): the tab said nobody while its reason read "ask the owner"
    // (tester, stop 31).
    const u = k >= 0 ? -1 : unplanned[c];
    const by = k >= 0 ? schedule.followUps.owner[k] : u >= 0 ? schedule.unscheduled.owner[u] : -1;
    row[11] = by >= 0 ? (schedule.owners[by] ?? "") : "";
    row[12] = k >= 0 ? "" : whyNone(c);
  };
  /** The writer's pass (fillRow, once a row): a kept text is let go once written. */
  const fillOnce = (i: number, row: Cell[]): void => {
    fill(i, row);
    if (kept) kept.texts[order[i]] = undefined;
  };
  const levelColumn = COLUMNS.findIndex((c) => c.key === "churnRiskLevel");
  const reasonsColumn = COLUMNS.findIndex((c) => c.key === "churnRiskReasons");
  return {
    tab: "atRisk",
    sheetName: tabName("atRisk", lang),
    columns,
    rowCount: order.length,
    rows: filledRows(order.length, columns.length, fill),
    fillRow: fillOnce,
    // The reasons the segments tab kept, in the tab's order, for breaking them ahead (the rest are
    // made as the rows are).
    columnTexts: (column) =>
      column === reasonsColumn && kept
        ? Array.from(order, (c) => {
            const t = kept.texts[c];
            return t === undefined ? t : heldFirst(schedule, c, lang, t);
          })
        : null,
    style: "table",
    // One page wide, the widths above held and the reasons wrapped; A:L (PRINTED).
    printColumns: PRINTED,
    // The input's texts (owners and assignees are names from it); the rest are the engine's.
    inputTextColumns: (["id", "name", "owner", "phone", "nextFollowUpBy"] as const).map((k) =>
      COLUMNS.findIndex((c) => c.key === k),
    ),
    highlight: {
      column: levelColumn,
      fills: { [risks[HIGH]]: LEVEL_FILLS.high, [risks[MEDIUM]]: LEVEL_FILLS.medium },
    },
    mode: "replace",
  };
}
