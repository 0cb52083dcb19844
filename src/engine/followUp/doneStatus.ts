// A status typed on the schedule that says the call was made (已联系, 已拜访, Called…) is kept with
// the schedule, but it is no contact record: the plan counts from the Contacts sheet's last
// contact, so the customer is called again and the status later goes to a kept row and is
// dropped (tester48 M1: nobody said so). The run says it, naming where a contact is recorded.
import type { Dataset } from "../model";
import type { Lang } from "../schema";
import { SHEETS } from "../schema";
import { say } from "../words/catalog";
import { isoDate } from "../parse/date";
import { tabName } from "../report/outputTabs";
import { saysCallMade } from "../ingest/contactOutcome";
import { lastContactRows } from "./history";
import { statusTypedSince, type CarriedNotes, type TypedRow } from "./typedNotes";
import type { RunWarning } from "./warnings";

/**
 * A status that says the call was made: it opens with the words of one (已联系 / 已拜访 / 联系过 /
 * 完成 / Called / done…: optionWords.ts CALL_MADE_WORDS) and names no call that reached nobody
 * (已联系不上, 已拨打，未接通, called - no answer). A plan (已约下周二拜访, 待联系, call back) is none.
 * The words and their matching are the contacts' (ingest/contactOutcome.ts saysCallMade).
 *
 * @example statusSaysDone("已联系，客户说下月再订") // true
 * @example statusSaysDone("已约下周二拜访") // false
 * @example statusSaysDone("已联系不上") // false
 */
export function statusSaysDone(status: string): boolean {
  return saysCallMade(status);
}

/** How many such statuses the warning names (the rest: "and N more"). */
const NAMED = 10;

/**
 * The warning for statuses typed on the schedule that say the call was made (statusSaysDone), on
 * rows of this schedule or kept off it, of customers with no contact recorded since (`contacted`:
 * contactedSince; reviewer48 H1: said though the contact was on the Contacts sheet); null when none.
 * The advice names the workbook's own contacts sheet (`contactsSheet`: inputSheetName).
 *
 * @example doneStatusWarning(carried)?.customers // ["1002101"]
 */
export function doneStatusWarning(
  carried: CarriedNotes,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
  contacted: (id: string, since?: number) => boolean = () => false,
  /** Where contacts are added, as inputPlace says it (“跟进记录”表, 文件“contacts.csv”). */
  contactsPlace: (lang: Lang) => string = (lang) =>
    say(lang, "followUp", "misspeltInSheet", { sheet: SHEETS.contacts.label[lang] }),
  /** The day of a contact since that did not get through (attemptedSince), said beside the status. */
  attempted: (id: string, since?: number) => number | undefined = () => undefined,
): RunWarning | null {
  const typed: TypedRow[] = [...carried.byRow.values(), ...carried.off.map((o) => o.typed)];
  const done = typed.filter(
    (t) => t.status !== "" && statusSaysDone(t.status) && !contacted(t.row.id, t.statusSince),
  );
  if (done.length === 0) return null;
  const named = done.slice(0, NAMED);
  const more = done.length - named.length;
  const ids = (lang: Lang) =>
    say(lang, "followUp", more > 0 ? "typedStatusesDroppedIdsMore" : "typedStatusesDroppedIds", {
      ids: named
        .map((t) => {
          const entry = say(lang, "followUp", "typedStatusDroppedUndated", {
            who: `${t.row.id} ${t.row.name.trim()}`.trim(),
            status: t.status.replace(/\s+/g, " "),
          });
          const day = attempted(t.row.id, t.statusSince);
          return day === undefined
            ? entry
            : say(lang, "followUp", "typedStatusNotReached", {
                entry,
                contacts: contactsPlace(lang),
                date: isoDate(day),
              });
        })
        .join(say(lang, "followUp", "typedStatusDroppedSeparator")),
      more,
    });
  const words = (lang: Lang) =>
    say(lang, "followUp", "typedStatusSaysDone", {
      count: done.length,
      tab: scheduleTab(lang),
      contacts: contactsPlace(lang),
      ids: ids(lang),
    });
  return {
    code: "typed_status_says_done",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    customers: [...new Set(done.map((t) => t.row.id))],
  };
}

/**
 * Dates each carried status that says the call was made with the analysis date of the run whose
 * schedule it was typed on (TypedRow.statusSince): the date the earlier run recorded for it when it
 * carried it too (typedNotes.ts statusTypedSince), else `earlierAsOf` (typed on the earlier run's
 * tab). The tab records it, so a refresh repeated judges the status as the first one did (tester50
 * M1: a second same-date refresh dated 已完成 of the 11-30 tab 12-31, and its 12-04 contact no
 * longer counted).
 *
 * @example dateTypedStatuses(carried, dec31); carried.byRow.get(0)?.statusSince // nov30
 */
export function dateTypedStatuses(carried: CarriedNotes, earlierAsOf: number | undefined): void {
  if (earlierAsOf === undefined || !Number.isFinite(earlierAsOf)) return;
  const date = (t: TypedRow): void => {
    if (t.status === "" || !statusSaysDone(t.status)) return;
    t.statusSince = statusTypedSince(t.row, t.status, earlierAsOf) ?? Math.floor(earlierAsOf);
  };
  for (const t of carried.byRow.values()) date(t);
  for (const o of carried.off) date(o.typed);
}

/**
 * Whether a customer has a contact on the Contacts sheet dated after `since` (the earlier run's
 * analysis date, whose schedule the status was typed on; a status's own `typedSince` when known:
 * TypedRow.statusSince) and on or before `asOf`: a status saying the call was made is then
 * recorded. Made on first use (only when a status says done). Without `since` (no earlier run
 * known) or contacts, never.
 *
 * @example contactedSince(dataset, dec31, nov30)("C1") // true: C1's contact of 12-10 is recorded
 */
export function contactedSince(
  dataset: Dataset,
  asOf: number,
  earlier: number | undefined,
): (id: string, typedSince?: number) => boolean {
  let last: Map<string, number> | null = null;
  return (id, typedSince) => {
    const since = earlier === undefined ? undefined : (typedSince ?? earlier);
    if (since === undefined || !Number.isFinite(since) || !dataset.contacts) return false;
    if (!last) {
      const rows = lastContactRows(dataset, asOf);
      const day = dataset.contacts.day;
      last = new Map();
      for (let c = 0; c < rows.length; c++)
        if (rows[c] >= 0) last.set(dataset.customers.id[c], day[rows[c]]);
    }
    return (last.get(id) ?? -Infinity) > Math.floor(since);
  };
}

/**
 * The day of a customer's latest contact on the Contacts sheet that did not get through
 * (Contacts.notReached), when dated after `since` as in contactedSince: a status saying the call
 * was made is then not taken as recorded, and the warning says why (contacts56: 已联系 typed, 未接通
 * on 跟进记录). Undefined: none.
 *
 * @example attemptedSince(dataset, dec31, nov30)("C1") // 20433 (C1's 未接通 of 12-10)
 */
export function attemptedSince(
  dataset: Dataset,
  asOf: number,
  earlier: number | undefined,
): (id: string, typedSince?: number) => number | undefined {
  let last: Map<string, number> | null = null;
  return (id, typedSince) => {
    const since = earlier === undefined ? undefined : (typedSince ?? earlier);
    if (since === undefined || !Number.isFinite(since) || !dataset.contacts?.notReached)
      return undefined;
    if (!last) {
      const rows = lastContactRows(dataset, asOf, true);
      const day = dataset.contacts.day;
      last = new Map();
      for (let c = 0; c < rows.length; c++)
        if (rows[c] >= 0) last.set(dataset.customers.id[c], Math.floor(day[rows[c]]));
    }
    const d = last.get(id);
    return d !== undefined && d > Math.floor(since) ? d : undefined;
  };
}

/**
 * Whether a contact (contactedSince) or a purchase (`lastPurchase`, epoch day per customer) of a
 * customer is dated after `since` (default: the earlier run's analysis date `earlier`): the call a
 * status was typed on is then no longer the customer's open call (typedNotes.ts carryTypedNotes:
 * the call was made, or the purchase restarted the regular contact). Without `earlier` (no
 * earlier run's date known), always: whether the call is over cannot be told, so it is not taken
 * for the open one.
 *
 * @example recordedSince(dataset, jan10, dec31, lastPurchase)("C1", 0) // true: C1 bought 01-05
 */
export function recordedSince(
  dataset: Dataset,
  asOf: number,
  earlier: number | undefined,
  lastPurchase: Float64Array,
): (id: string, c: number, since?: number) => boolean {
  const contacted = contactedSince(dataset, asOf, earlier);
  return (id, c, since) => {
    if (earlier === undefined || !Number.isFinite(earlier)) return true;
    const from = Math.floor(since ?? earlier);
    const bought = lastPurchase[c];
    return (Number.isFinite(bought) && Math.floor(bought) > from) || contacted(id, from);
  };
}
