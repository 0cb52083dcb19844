import { isoDate } from "../parse/date";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { UNSCHEDULED_REASONS } from "./labels";
import type { Lang } from "../schema";
import { sharePercent } from "../words/format";
import { say, sayBoth, type Code } from "../words/catalog";
import { namesList } from "../ingest/workbook";
import { RISK_LEVELS } from "../analysis";
import type { FollowUpSchedule } from "./schedule";
import {
  MODEL_NOTES,
  SETTLED_BUYERS,
  SETTLING_PENALTY,
  type CustomerModel,
  type NotFitted,
} from "../clv/customerModel";
import type { UnsettledFit } from "../clv/bgnbd";
import { oneTimeMeanRefused, type SpendRefitDeclined } from "../clv/gammaGamma";
import type { Finding, QualityCode } from "../quality";
import { SHEET_KINDS, SHEETS, type SheetKind } from "../schema";
import { nearMissingField } from "../ingest/headersFound";
import { KINDS_NOT_USED } from "../ingest/rowKinds";
import { isMaskedNumber } from "../ingest/maskedIds";
import { isWalkInId } from "../ingest/walkInId";
import { saysShopBuying, saysStoredValue } from "../ingest/sheetParts";
import { amount } from "../churn/reasons";
import { lookalikeKinds, lookalikeText } from "../ingest/optionalLookalikes";
import { fileName } from "../report/dataQualityTab";
import { newestVisitDay, visitsStaleDays, visitsStoppedTogether } from "../aggregate/visits";
import { groupByCustomer } from "../aggregate/byCustomer";
import { tabName } from "../report/outputTabs";
import type { RelationshipKpis } from "../overview/kpis";
import { BOOKING_HOLDS_DAYS } from "./hold";

/**
 * The stable codes of run warnings (RunWarning.code), one list the type and the JSON schema's list
 * are checked against (test/engine/report/resultSchemaCodes.test.ts: tab_names_taken, stop 43,
 * reached the JSON and not the schema's list).
 */
export const RUN_WARNING_CODES = [
  // The --previous run's log (or the workbook's own) has runs dated after this analysis: left
  // out of its history (laterHistory.ts). After a later run, later_run_not_compared says it.
  "later_history_left_out",
  "calendar_ends",
  // The holiday calendar chosen by the amounts' currency, not China's (calendar/holidayCalendar.ts).
  "holiday_calendar",
  "stale_data",
  "little_new_data",
  "tab_names_kept",
  // An input file an office program has open (its lock file beside it): read as last saved
  // (cli/inputNotes.ts; tester63 L).
  "input_open_elsewhere",
  // An input read from a sheet hidden in Excel (cli/inputNotes.ts; tester63 L).
  "input_sheet_hidden",
  // A sheet no input read whose columns are an input's (unreadInputSheetWarnings; tester65 U222).
  "input_sheet_unread",
  // Sheets of the user's named as tabs of ours: ours numbered (words/tabNamesKept.ts tabNamesTaken).
  "tab_names_taken",
  "later_run_not_compared",
  "later_run_state_kept",
  // A re-run at the workbook's last run's date: the comparison it showed is replaced (changes/laterRun.ts).
  "same_date_rerun",
  // Buyers the fitted model covers whose expected purchases or lifetime value are blank
  // (clv/customerModel.ts noteNotComputable).
  "model_figures_blank",
  // One-time buyers' lifetime value left empty: the spend model's mean is refused (clv/gammaGamma.ts
  // oneTimeMeanRefused; reviewer12 D5). Apart from model_figures_blank, whose words do not fit it.
  "one_time_value_blank",
  // Enough buyers, but the repeat-purchase or the spend model could not be fitted: their figures
  // are not given for anyone (modelNote model_not_fitted / spend_model_not_fitted).
  "model_figures_not_given",
  "lifetime_value_not_given",
  // The repeat-purchase fit did not settle (a parameter at an extreme): refit with a small
  // penalty, its figures rough (clv/customerModel.ts settled; judge15, stop 39).
  "model_fit_unsettled",
  // The spend fit behind lifetime value did not settle: refit with a small penalty likewise
  // (clv/customerModel.ts settled; judge16, stop 40: until then an English model.note only).
  "spend_fit_unsettled",
  // The rule set's lifecycle.trendPeriodDays is under two of the customers' typical gaps: many
  // steady buyers read as stopped (lifecycle/trendPeriod.ts; reviewer13 D12).
  "trend_period_short",
  // The rule set's churn.churnHorizonDays is under the customers' typical gap: churn risk reads
  // high for steady customers (churn/horizonShort.ts; tester70 U604).
  "churn_horizon_short",
  // The Customers sheet names no owner: the schedule is one person's days (noOwnerWarning;
  // tester52 L11: 8,008 contacts in week one under (none) when the unowned had no cap).
  "no_owners",
  // Owners whose name says they have left (王芳（已离职）): their customers in rotation (owners.ts).
  "owners_left",
  // A column whose header is a near miss of a field the sheet has no column for (负责任 for
  // 负责人: the data-quality finding unmapped_near_field): the field is empty on every row; for
  // the owner, every planned contact has none (misspeltColumnWarnings; tester #10, stop 42).
  "misspelt_column",
  // No owner column, and a customers column of a handful of repeated names looks like it (the
  // finding owner_column_likely; tester60 U99: 专属美容师, every call under （未指定））.
  "owner_column_likely",
  // Many rows of a sheet not used, their values unreadable (the data-quality finding
  // many_unreadable): said where a manager reads the figures (rowsNotUsedWarnings; tester53 N2).
  "rows_not_used",
  // Rows not used (a date with no year, a name and no ID) of customers on the at-risk list or the
  // schedule: said beside them, not only on the Data quality tab (listedRowsNotUsedWarning;
  // tester56 U26: a student's latest payment dropped, the student #1 at risk).
  "listed_rows_not_used",
  // Sales rows left out for a date with no year (9月1日, 1.6 on sheets whose name and title give
  // none): how many, on which sheets, how much money (noYearRowsWarning; tester65 U201).
  "rows_no_year",
  // Customer IDs that are masked numbers (138****1234, 抖店's 收件人手机号): different buyers merged
  // into one customer (ingest/maskedIds.ts; tester56 U29: 30,000 buyers, 24,275 IDs).
  "ids_masked",
  // Rows whose customer ID is not on the customer list, 1 % of a sheet or any masked (美团's
  // 138****1111): said where the figures are read (unknownCustomersWarnings; tester60 U95).
  "unknown_customers",
  // Rows a column we do not read calls returns or voided (类型 = 退货, refunded) with positive
  // amounts, counted as purchases (the finding returns_written_positive; tester54 T1).
  "returns_as_purchases",
  // Rows whose row type (类型, Status) is no kind we know, counted as purchases (the finding
  // row_kind_unknown): said where the figures are read (rowKindsUnknownWarnings; tester60 U105).
  "row_kinds_unknown",
  // An amount column whose header names a unit (金额（万元）): its amounts were multiplied (the
  // finding amount_unit_applied; tester61 U135: said on the console and the data-quality tab only).
  "amounts_scaled",
  // How stored value (充值, a 卡扣金额 column) was counted: top-ups left out or counted, card uses
  // read from a card-amount column (the findings row_kind_top_up*, row_kind_card_refund,
  // card_amount_*): the revenue's basis, said where the figures are read (storedValueWarnings;
  // fix61e: the console and the data-quality tab only).
  "stored_value",
  // A currency column naming several currencies (currency_column_mixed): the revenue adds unlike
  // money, said where the figures are read (currencyMixedWarnings; reviewer55 R7).
  "currencies_mixed",
  // The Overview's revenue is not above zero (a typo'd return): its shares of revenue are left
  // blank and this says why (revenueWarning; review 44).
  "revenue_not_positive",
  // What a user typed on the schedule tab that a refresh found no row of its customer for: kept
  // as a block of rows after the planned ones (followUp/typedNotes.ts; tester #8, stop 44).
  "typed_notes_off_schedule",
  // More schedule rows hold what was typed than the tab shows (limits.worklistRows): the rest are
  // in the complete list only, which the next refresh does not read (reviewer44 D13).
  "typed_notes_past_cap",
  // Statuses kept off the schedule whose follow-up fell due over a month before the analysis
  // date: dropped, no longer kept on every refresh (typedNotes.ts KEPT_STATUS_DAYS).
  "typed_statuses_dropped",
  // Rows of the earlier schedule tab whose owner (负责人) or date (回访日期) the user changed: this
  // run writes its own, and says how many, naming the first (typedNotes.ts; tester45 #1).
  "schedule_owner_date_changed",
  // The earlier schedule tab had no customer ID column (renamed or deleted): nothing typed on it
  // was read; or columns the user added to it, which a refresh does not keep (reviewer44 D5).
  "typed_notes_not_read",
  "schedule_columns_not_kept",
  // Columns the user added to the at-risk list, not carried (report/addedColumns.ts; tester54 T8).
  "at_risk_columns_not_kept",
  // The run state's record of what it wrote on the schedule tab was changed after it was written
  // (a LibreOffice save read a part of it as an escape): the tab is read by the catalog's words
  // instead, owners and dates not checked (typedNotes.ts WrittenHashes.damaged; tester50 H1).
  "schedule_state_changed",
  // A --share run (followUp.maskContactDetails) of a schedule with typed values: not carried, as
  // a manager's note may hold a phone or e-mail the share masks (typedNotes.ts; reviewer44 D14).
  "typed_notes_not_shared",
  // CSV files read as Windows-1252, told from their bytes alone: neither UTF-8 nor marked
  // (csvEncodingWarning; stop 44: the command line chose it and said nothing).
  "csv_read_as_windows_1252",
  // A table of ours the user renamed in Excel keeps their name on a refresh (tableNamesKept).
  "table_name_kept",
  // Statuses typed on the schedule that say the call was made (已联系…): no contact record, so
  // the plan still counts from the last one; said with where contacts go (doneStatus.ts).
  "typed_status_says_done",
  // An optional input (complaints, surveys, contacts) read from no sheet beside a sheet with its
  // columns (客户反馈): said, with "rename it" (ingest/optionalLookalikes.ts; tester55 U3).
  "sheet_looks_like",
  // Sheets of an input kept per month or year beside the one read, unread (siblingSheetsWarnings).
  "sibling_sheets_unread",
  // A sheet no input read whose name says it holds returns (销售退货单): not subtracted
  // (returnsSheetWarning; tester57 U49).
  "returns_sheet_unread",
  // An optional input's sheet found but unread for a required column missing (unusedInputWarnings).
  "missing_column",
  // Customers who asked not to be contacted (备注 别再发推销, a contact's 不要再联系): no contact
  // planned, counted on the Overview (followUp/doNotContact.ts; tester59 U80).
  "do_not_contact",
  // The visits sheet read (消课记录, Check-ins): how many visits of how many customers, and what
  // they mean for the judgments (visitsReadWarning; tester61 U112). A note: nothing is wrong.
  "visits_read",
] as const;

/**
 * Whether a run warning is a note (what the run did, nothing wrong: 说明 / Note), not a warning:
 * the holiday calendar the currency chose, the visits log read as it stands (visits_read unless it
 * `warns`). One reading for the console and the pane (tester69 U512: the pane showed the 消课记录
 * note with the warning triangle the console's 说明 does not carry).
 *
 * @example isNoteWarning({ code: "visits_read", message }) // true
 * @example isNoteWarning({ code: "visits_read", message, warns: true }) // false
 */
export function isNoteWarning(w: Pick<RunWarning, "code" | "warns">): boolean {
  return w.code === "holiday_calendar" || (w.code === "visits_read" && !w.warns);
}

/** A warning about the whole run (not a row): stable code and words. */
export interface RunWarning {
  /** tab_names_kept: the run's language differs from the workbook's last run (words/tabNamesKept.ts). */
  code: (typeof RUN_WARNING_CODES)[number];
  /** The precise words: the run log, the JSON and the console. */
  message: Record<Lang, string>;
  /**
   * A note's code (visits_read) that this time warns: the visits log is not read as it stands
   * (out of date, or every regular stopping together). The console says 警告 / Warning, not 说明.
   */
  warns?: boolean;
  /**
   * The same in a manager's words, where they read the figures (the Overview, the pane, with a
   * pointer to the run log): what it means for the figures and what to do (tester #9, stop 42:
   * the model warnings read like a statistician's notes). Absent: `message` is said everywhere.
   */
  brief?: Record<Lang, string>;
  /** The customers it is about, by id as written, when it names them (JSON warnings[].customers). */
  customers?: readonly string[];
  /**
   * misspelt_column: the column it says, as its data-quality finding (unmapped_near_field) names
   * it: the console says the warning and not the finding too (stop 42 tester #5a: the same typo
   * twice, in two wordings).
   */
  column?: { kind: SheetKind; column: string };
  /**
   * tab_names_taken: the names of our tabs that sheets of the user's hold; the console then leaves
   * out its per-tab "written to 概览 (2)" line for them (said once, as `column`).
   */
  tabs?: string[];
}

/**
 * Warnings a manager must see before trusting the schedule (issue 10, 7):
 * - calendar_ends: contacts planned after the last year the holiday lists know (the statutory
 *   holidays are kept free, that year's make-up working days and bridged days are not known); says
 *   how to add them once the State Council's notice is out; with an empty list, that nothing but
 *   weekends is kept free;
 * - holiday_calendar: the holiday calendar was chosen by the amounts' currency (the US's for $, none
 *   for € £ HK$), not China's, or with no currency by the workbook's English (the US's); says how
 *   to choose another;
 * - stale_data: the analysis date is more than `staleDays` after the newest transaction (every buyer
 *   would look like leaving); names the newest date.
 *
 * @example runWarnings(schedule, dataset, asOf, 90).map((w) => w.code) // ["calendar_ends"]
 */
export function runWarnings(
  schedule: FollowUpSchedule,
  dataset: Dataset,
  asOf: number,
  staleDays: number,
  result?: { churnLevel: Int8Array; churnedAfterDays: number },
): RunWarning[] {
  const out: RunWarning[] = [];
  const known = schedule.arrangementsKnownUntil;
  // Only contacts planned past the lists are at stake: with none, the warning said "0 contacts"
  // (tester52 L5). Without lists every contact is.
  let past = 0;
  const count = schedule.followUps.count;
  if (Number.isNaN(known)) past = count;
  else for (let i = 0; i < count; i++) if (schedule.followUps.day[i] > known) past++;
  if (past > 0 && Number.isNaN(known))
    // No list: statutoryAfter added none either, so the words must not say they are kept free.
    out.push({
      code: "calendar_ends",
      message: sayBoth("followUp", "calendarNone", { past }),
    });
  else if (past > 0) {
    const year = Number(isoDate(known).slice(0, 4));
    const next = year + 1;
    const until = isoDate(known);
    out.push({
      code: "calendar_ends",
      message: sayBoth("followUp", "calendarEnds", {
        until,
        past,
        next: String(next),
      }),
      brief: sayBoth("followUp", "briefCalendarEnds", {
        until,
        past,
        next: String(next),
      }),
    });
  }
  // The calendar the currency chose, other than China's, or China's kept over it for Chinese
  // headers: said, with how to choose another (tester60 U103, reviewer61 R5). China's by default,
  // or one the rule set chose, goes without saying.
  const choice = schedule.holidayCalendar;
  if (choice.from === "language" && choice.currency === undefined) {
    // No currency: English headers and names chose the US's (reviewer61); Chinese ones China's,
    // the calendar of the workbook's own words, unsaid as China's for the yuan is.
    if (choice.calendar === "US")
      out.push({
        code: "holiday_calendar",
        message: sayBoth("followUp", "calendarByEnglish", {}),
        brief: sayBoth("followUp", "briefCalendarByEnglish", {}),
      });
  } else if (choice.from === "language") {
    // Chinese headers kept China's calendar over the currency's (reviewer61 R5).
    const currency = { currency: choice.currency ?? "" };
    out.push({
      code: "holiday_calendar",
      message: sayBoth("followUp", "calendarByLanguage", currency),
      brief: sayBoth("followUp", "briefCalendarByLanguage", currency),
    });
  } else if (choice.from === "currency" && choice.calendar !== "CN") {
    const us = choice.calendar === "US";
    const currency = { currency: choice.currency ?? "" };
    out.push({
      code: "holiday_calendar",
      message: sayBoth(
        "followUp",
        us ? "calendarByCurrencyUs" : "calendarByCurrencyNone",
        currency,
      ),
      brief: sayBoth(
        "followUp",
        us ? "briefCalendarByCurrencyUs" : "briefCalendarByCurrencyNone",
        currency,
      ),
    });
  }
  const bulk = newestOfBulk(dataset.transactions.day, asOf);
  const { latest, later } = bulk;
  // Visits signed in to lately are current data too: a school paid per term, whose lessons run to
  // yesterday, is not out of date (newuser62 M5's school, fix63c).
  const visited = newestVisitDay(dataset, asOf);
  const newest = visited > bulk.newest || Number.isNaN(bulk.newest) ? visited : bulk.newest;
  if (Number.isFinite(newest) && Math.floor(asOf) - Math.floor(newest) > staleDays) {
    const gap = Math.floor(asOf) - Math.floor(newest);
    // Says what this run did (a new-user trial: "almost every customer will show as high risk"
    // while 4 were, and --as-of suggested at a lone future-dated row).
    let churned = 0;
    let high = 0;
    const levels = result?.churnLevel ?? new Int8Array(0);
    const churnedCode = RISK_LEVELS.indexOf("churned");
    const highCode = RISK_LEVELS.indexOf("high");
    for (let i = 0; i < levels.length; i++) {
      if (levels[i] === churnedCode) churned++;
      else if (levels[i] === highCode) high++;
    }
    const byVisit = newest === visited && !(visited === bulk.newest);
    const what = (lang: Lang) =>
      say(lang, "followUp", byVisit ? "staleDataWhatVisit" : "staleDataWhatSale");
    const figures = {
      asOf: isoDate(asOf),
      newest: isoDate(newest),
      gap: gap.toLocaleString("en-US"), // "26,664 days", as the counts beside it (tester11 #11)
      churned: churned.toLocaleString("en-US"),
      customers: levels.length.toLocaleString("en-US"),
      share: levels.length > 0 ? `${Math.round((100 * churned) / levels.length)}%` : "–",
      churnedDays: String(result?.churnedAfterDays ?? ""),
      high: high.toLocaleString("en-US"),
    };
    const message = {
      "zh-CN": say("zh-CN", "followUp", "staleData", { ...figures, what: what("zh-CN") }),
      "en-US": say("en-US", "followUp", "staleData", { ...figures, what: what("en-US") }),
    };
    if (later > 0) {
      const note = sayBoth("followUp", "staleDataLater", {
        later,
        newest: isoDate(bulk.newest),
        latest: isoDate(latest),
      });
      message["zh-CN"] += note["zh-CN"];
      message["en-US"] += note["en-US"];
    }
    // The newer transactions may be on a sheet left unread (one per year: 2026销售 beside
    // 2025销售): that is the advice, not turning the clock back (tester53 N31).
    const siblings = dataset.siblingSheets?.transactions;
    if (siblings && siblings.length > 0) {
      const quoted = siblings.map((n) => `“${n}”`);
      // Each language joins the names with its own separator (、 or ", "), under one placeholder.
      const sheet = dataset.sources.transactions?.sheetName ?? "";
      const noteIn = (lang: Lang) =>
        say(lang, "followUp", "staleDataSiblings", {
          sheet,
          list: quoted.join(say(lang, "ingest", "nameSeparator")),
        });
      const note = { "zh-CN": noteIn("zh-CN"), "en-US": noteIn("en-US") };
      message["zh-CN"] += note["zh-CN"];
      message["en-US"] += note["en-US"];
    }
    out.push({ code: "stale_data", message });
  }
  return out;
}

/**
 * The newest transaction day of the data's bulk, on or before the analysis date: lone rows past it
 * (a mistyped or future-dated purchase) are not the data's date. A day counts when the 7 days up to
 * it hold at least 5% of an average week of the last year (at least 2 rows when weeks average 2 or
 * more). `latest` is the newest day at all, `later` the rows after `newest`.
 *
 * @example newestOfBulk(days, asOf) // { newest: 2025-12-31, latest: 2026-01-07, later: 1 }
 */
export function newestOfBulk(
  days: Float64Array,
  asOf: number,
): { newest: number; latest: number; later: number } {
  const limit = Math.floor(asOf);
  let latest = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = Math.floor(days[i]);
    if (d <= limit && d > latest) latest = d;
  }
  if (!Number.isFinite(latest)) return { newest: NaN, latest: NaN, later: 0 };
  const YEAR = 371;
  const counts = new Int32Array(YEAR);
  let inYear = 0;
  for (let i = 0; i < days.length; i++) {
    const k = latest - Math.floor(days[i]);
    if (k >= 0 && k < YEAR) {
      counts[k]++;
      inYear++;
    }
  }
  const weekly = (inYear * 7) / YEAR;
  const needed = weekly >= 2 ? Math.max(2, Math.ceil(0.05 * weekly)) : 1;
  let later = 0;
  for (let k = 0; k + 7 <= YEAR; k++) {
    let week = 0;
    for (let j = k; j < k + 7; j++) week += counts[j];
    if (counts[k] > 0 && week >= needed) return { newest: latest - k, latest, later };
    later += counts[k];
  }
  return { newest: latest, latest, later: 0 };
}

/**
 * no_owners: the Customers sheet names no owner at all, so every contact is planned under （未指定）
 * as one person's days (the rule set's calls and visits a day; schedule.ts capacity), and the rest
 * wait on the unscheduled list. When some do (none: one person's plan, no warning), says so with
 * the figures, and to fill in the owners: a manager reads
 * a pool of thousands of calls a week as a plan nobody can do, one person's list as what it is.
 *
 * @example noOwnerWarning(schedule, dataset, rules.followUp, () => "回访计划")?.code // "no_owners"
 */
export function noOwnerWarning(
  schedule: Pick<FollowUpSchedule, "followUps" | "unscheduled">,
  dataset: Pick<Dataset, "customers">,
  rules: { dailyCapacity: number | null; channelCapacity: { visit: number | null } },
  scheduleTab: (lang: Lang) => string,
): RunWarning | null {
  const owner = dataset.customers.owner;
  for (let c = 0; c < owner.length; c++) if ((owner[c] ?? "").trim() !== "") return null;
  const planned = schedule.followUps.count;
  const u = schedule.unscheduled;
  let left = 0;
  for (let k = 0; k < u.count; k++) if (u.why[k] === NO_SLOT || u.why[k] === NO_SLOT_BEFORE) left++;
  // All of it fits one person's days: a plan one person can do, nothing to warn of.
  if (left === 0) return null;
  const words = (lang: Lang) => {
    const limit = (x: number | null) =>
      x === null ? say(lang, "followUp", "noOwnersNoLimit") : String(x);
    return say(lang, "followUp", "noOwners", {
      none: say(lang, "followUp", "summaryNoOwner"),
      calls: limit(rules.dailyCapacity),
      visits: limit(rules.channelCapacity.visit),
      planned: planned.toLocaleString("en-US"),
      left: left.toLocaleString("en-US"),
      tab: scheduleTab(lang),
    });
  };
  return { code: "no_owners", message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") } };
}

const NO_SLOT = UNSCHEDULED_REASONS.indexOf("no_free_day_in_horizon");
const NO_SLOT_BEFORE = UNSCHEDULED_REASONS.indexOf("no_free_day_before_deadline");

/**
 * misspelt_column: one per column whose header is a near miss of a field the sheet has no column
 * for (the data-quality finding unmapped_near_field, 负责任 for 负责人), so that the Overview, the
 * pane and the run log say it where the figures are read, not on the data-quality tab alone
 * (tester #10, stop 42: the finding asked to check, while the Overview was silent and every call
 * went to （未指定）). Names the sheet, the column, the field it is near and what it costs: for the
 * owner, how many planned contacts have no owner; else how many rows are read without the field.
 *
 * @example misspeltColumnWarnings(analysis.findings, analysis.dataset, analysis.schedule)[0]?.code // "misspelt_column"
 */
export function misspeltColumnWarnings(
  findings: readonly Finding[],
  dataset: Pick<Dataset, "sources" | "counts">,
  schedule: Pick<FollowUpSchedule, "followUps" | "owners" | "unscheduled">,
): RunWarning[] {
  const out: RunWarning[] = [];
  for (const f of findings) {
    if (f.code !== "unmapped_near_field") continue;
    const source = dataset.sources[f.kind];
    const near = nearMissingField(f.column, SHEETS[f.kind], source?.columns ?? {});
    if (!near) continue;
    // A CSV input by its file's name, as the user gave it (D15, stop 42: "the Customers sheet"
    // named a sheet the user does not have); a workbook's sheet by its name.
    const file = f.sheetIsFile ? fileName(f.file) : "";
    const where = (lang: Lang) =>
      file
        ? say(lang, "followUp", "misspeltInFile", { file })
        : say(lang, "followUp", "misspeltInSheet", {
            sheet: f.sheetIsFile ? SHEETS[f.kind].label[lang] : f.sheet,
          });
    const words = (lang: Lang) => {
      const params = {
        where: where(lang),
        column: f.column,
        suggestion: near.suggestion,
        field: near.fd.label[lang],
      };
      if (near.fd.key === "owner" && f.kind === "customers") {
        // Counts go in as numbers, so the words pick their plural form; with no contact planned
        // the cost clause has nothing to count and is left out (D1, stop 42).
        const calls = unownedContacts(schedule);
        return calls === 0
          ? say(lang, "followUp", "misspeltOwnerNoCalls", params)
          : say(lang, "followUp", "misspeltOwner", {
              ...params,
              calls,
              none: say(lang, "followUp", "summaryNoOwner"),
            });
      }
      // The customers' contact fields say their cost the same way (tester #12, stop 42): the
      // planned calls with no number, the e-mails with no address, the marketing contacts left
      // unplanned for want of consent. None to count: the rows read without the field.
      const cost = f.kind === "customers" ? CONTACT_FIELD_COST[near.fd.key] : undefined;
      const count = cost ? cost.count(schedule) : 0;
      if (cost && count > 0) return say(lang, "followUp", cost.code, { ...params, count });
      // Every row read, when none was used (tester55 U5: "全部 0 行" of a survey of 18 rows).
      const counts = dataset.counts[f.kind];
      const rows = counts ? counts.used || counts.read - counts.skipped : 0;
      return say(lang, "followUp", "misspeltColumn", { ...params, rows });
    };
    out.push({
      code: "misspelt_column",
      message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
      column: { kind: f.kind, column: f.column },
    });
  }
  return out;
}

/**
 * One warning per input with a many_unreadable or many_blank_required finding (blank required
 * cells: tester54 T10): how many of its rows the report leaves
 * out, in a manager's words, pointing at the data-quality tab (tester53 N2: 69 of 788 sales rows
 * unused, said on the console only; the Overview, the pane and the JSON said nothing). The counts
 * are the input's rows not used (totals and blank rows too), as the console's row counts say.
 *
 * @example rowsNotUsedWarnings(findings, dataset, () => "数据质量")[0]?.code // "rows_not_used"
 */
export function rowsNotUsedWarnings(
  findings: readonly Finding[],
  dataset: Pick<Dataset, "counts"> & Partial<Pick<Dataset, "sources">>,
  qualityTab: (lang: Lang) => string,
  saidElsewhere: ReadonlySet<SheetKind> = new Set(),
): RunWarning[] {
  const out: RunWarning[] = [];
  // The inputs whose rows not used another warning says, with more (noYearRowsWarning: the money).
  const seen = new Set<SheetKind>(saidElsewhere);
  for (const f of findings) {
    if ((f.code !== "many_unreadable" && f.code !== "many_blank_required") || seen.has(f.kind))
      continue;
    const counts = dataset.counts[f.kind];
    if (!counts) continue;
    seen.add(f.kind);
    // The counts are the input's: of its sheets all when read from several (11月 and 12月 beside
    // 交易 were "11月：250 行中有 30 行", 250 the three sheets' rows).
    const parts = dataset.sources?.[f.kind]?.parts;
    const where = (lang: Lang) => (parts ? namesList(parts, lang) : sheetOf(f));
    const words = (lang: Lang) =>
      say(lang, "followUp", "rowsNotUsed", {
        where: where(lang),
        read: counts.read,
        unused: counts.rejected,
        tab: qualityTab(lang),
      });
    out.push({
      code: "rows_not_used",
      message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    });
  }
  // Rows a row-kind column says are no purchase (交易关闭, Closed Lost, 赠品, 创建, 手续费): left out by design,
  // said where the figures are read, each kind in its finding's words (kind55).
  for (const f of findings) {
    if (!NOT_USED_CODES.has(f.code)) continue;
    out.push({ code: "rows_not_used", message: inItsSheet(f) });
  }
  // The same order line twice, the later left out: said there too, once per sheet, with the
  // first (tester58 U67: said on the console only); a payment entered twice with its payment
  // typed again in its own words, which say how to keep a split bill (reviewer59 M2).
  const notUsed = [
    ["duplicate_row", "duplicatesNotUsed"],
    ["duplicate_row_payment_differs", "paidTwiceNotUsed"],
  ] as const;
  for (const [code, key] of notUsed) {
    const copies = findings.filter((f) => f.code === code);
    for (const sheet of new Set(copies.map((f) => f.sheet))) {
      const of = copies.filter((f) => f.sheet === sheet);
      const f = of[0];
      const where = sheetOf(f);
      const words = (lang: Lang) =>
        say(lang, "followUp", key, { where, count: of.length, row: f.row, tab: qualityTab(lang) });
      out.push({
        code: "rows_not_used",
        message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
      });
    }
  }
  return out;
}

/**
 * unknown_customers: rows whose customer ID is not on the customer list (unknown_customer), once per
 * sheet, where a manager reads the figures: how many of its rows, the first, and, for masked numbers
 * (138****1111, as 美团 / 饿了么 export an order's phone), that they cannot be matched to a customer.
 * Said for any such row (tester60 U95: a franchise's 美团 / 饿了么 orders, 518 of 1,442 rows and ¥17,331
 * of ¥44,308, left out with only Data quality rows asking to add a masked number to the customer
 * list; tester64 U194: one new buyer's ¥640, under the 1 % this once needed, was left out of the
 * revenue with no word where a manager reads it, and Changes said no new customers: a 团长's list
 * always lags the 小程序's orders).
 *
 * @example unknownCustomersWarnings(findings, dataset, () => "数据质量")[0]?.code // "unknown_customers"
 */
export function unknownCustomersWarnings(
  findings: readonly Finding[],
  dataset: Pick<Dataset, "counts" | "sources">,
  qualityTab: (lang: Lang) => string,
): RunWarning[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.code !== "unknown_customer" || f.kind === "customers") continue;
    const key = `${f.file ?? ""}\u0000${f.sheet}`;
    const of = bySheet.get(key);
    if (of) of.push(f);
    else bySheet.set(key, [f]);
  }
  const out: RunWarning[] = [];
  for (const of of bySheet.values()) {
    const f = of[0];
    // A sheet read as a part of its input: its own rows (tester66 L: "门店流水：126 行中有 22 行").
    const source = dataset.sources[f.kind];
    const part = source?.parts?.indexOf(f.sheet) ?? -1;
    const read =
      (part >= 0 ? source?.partsRead?.[part] : dataset.counts[f.kind]?.read) ?? of.length;
    const masked = of.filter((g) => isMaskedNumber(g.value));
    const walkIns = of.filter((g) => isWalkInId(g.value));
    const others = of.length - masked.length - walkIns.length;
    const words = (lang: Lang) =>
      (
        say(lang, "followUp", "unknownCustomersNotUsed", {
          where: sheetOf(f),
          count: of.length,
          read,
          row: f.row,
          id: f.value,
          tab: qualityTab(lang),
        }) +
        (masked.length > 0
          ? say(lang, "followUp", "unknownCustomersMasked", {
              count: masked.length,
              example: masked[0].value,
            })
          : "") +
        (walkIns.length > 0
          ? say(lang, "followUp", "unknownCustomersWalkIn", {
              count: walkIns.length,
              example: walkIns[0].value,
            })
          : "") +
        (others > 0 ? say(lang, "followUp", "unknownCustomersAdd", { count: others }) : "")
      ).trimEnd();
    out.push({
      code: "unknown_customers",
      message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    });
  }
  return out;
}

/**
 * The findings of a row-kind column's rows left out (rowKinds.ts KINDS_NOT_USED), and of the orders
 * a refund-amount column refunds whole (refundAmounts.ts).
 */
const NOT_USED_CODES: ReadonlySet<string> = new Set([
  ...KINDS_NOT_USED.map((k) => `row_kind_${k}`),
  // Payments of the sheet's sales (QuickBooks' Payment beside its Invoice; tester62 U149).
  "row_kind_payment",
  "refund_amount_whole",
  // Rows whose nickname, phone or plate several customers share, or whose plate is one character
  // off a customer's: not matched (ingest/sheet.ts reportKeyMisses; reviewer65 M2, M7).
  "customer_key_shared_rows",
  "customer_key_near_rows",
]);

/**
 * currencies_mixed: one per currency_column_mixed finding (a currency column naming USD and EUR),
 * its words with the file or sheet, where a manager reads the revenue (the Overview, the pane, the
 * JSON): the amounts were added as written, in no one currency (reviewer55 R7: only a Data
 * quality row said it).
 *
 * @example currencyMixedWarnings(findings)[0]?.code // "currencies_mixed"
 */
export function currencyMixedWarnings(findings: readonly Finding[]): RunWarning[] {
  return findings
    .filter((f) => f.code === "currency_column_mixed")
    .map((f) => ({ code: "currencies_mixed", message: inItsSheet(f) }) satisfies RunWarning);
}

/**
 * owner_column_likely: one per owner_column_likely finding (no owner column; an unread customers
 * column of a handful of repeated names, ingest/likelyOwner.ts), its words with the file or sheet,
 * where a manager reads the plan (the Overview, the pane, the JSON, the console).
 *
 * @example likelyOwnerWarnings(findings)[0]?.code // "owner_column_likely"
 */
export function likelyOwnerWarnings(findings: readonly Finding[]): RunWarning[] {
  return findings
    .filter((f) => f.code === "owner_column_likely")
    .map((f) => ({ code: "owner_column_likely" as const, message: inItsSheet(f) }));
}

/**
 * returns_as_purchases: one per returns_written_positive finding (a 类型 column saying 退货 on rows
 * with positive amounts), its words with the file or sheet, where a manager reads the figures (the
 * Overview, the pane, the JSON): the revenue and last purchases count those rows as purchases.
 *
 * @example returnsAsPurchasesWarnings(findings)[0]?.code // "returns_as_purchases"
 */
export function returnsAsPurchasesWarnings(findings: readonly Finding[]): RunWarning[] {
  return findings
    .filter((f) => f.code === "returns_written_positive")
    .map((f) => ({ code: "returns_as_purchases" as const, message: inItsSheet(f) }));
}

/**
 * row_kinds_unknown: one per row_kind_unknown finding (a 类型 / Status column's values of no kind
 * we know: uncollectible, 换货), its words with the file or sheet, where a manager reads the
 * figures (the Overview, the pane, the JSON): those rows are counted as purchases (tester60 U105:
 * B2B invoices marked uncollectible were in the revenue, said on the console and the data check
 * only).
 *
 * @example rowKindsUnknownWarnings(findings)[0]?.code // "row_kinds_unknown"
 */
export function rowKindsUnknownWarnings(findings: readonly Finding[]): RunWarning[] {
  // One per column of one input's sheets read as one (tester65 U213: 24 month sheets' "单次" made
  // 24 near-identical lines, the Overview's first page nothing else); a lone sheet's in its words.
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.code !== "row_kind_unknown") continue;
    const key = `${f.file ?? ""}\u0000${f.kind}\u0000${f.column}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((g) => {
    if (g.length === 1) return { code: "row_kinds_unknown" as const, message: inItsSheet(g[0]) };
    const values = [...new Set(g.map((f) => f.value))];
    const words = (lang: Lang) =>
      say(lang, "followUp", "rowKindsUnknownSheets", {
        sheets: namesList(
          g.map((f) => f.sheet),
          lang,
        ),
        column: g[0].column,
        values: values.map((v) => `“${v}”`).join(say(lang, "ingest", "nameSeparator")),
      });
    return {
      code: "row_kinds_unknown" as const,
      message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    };
  });
}

/**
 * The stored-value findings, which change the money counted (ingest/storedValue.ts,
 * ingest/sheet.ts): the run's warning stored_value, and printed in full by the console.
 */
export const STORED_VALUE_CODES: readonly QualityCode[] = [
  "row_kind_top_up",
  "row_kind_top_up_counted",
  "row_kind_top_up_uses_zero",
  "row_kind_top_up_not_used_yet",
  "row_kind_card_refund",
  "card_amount_read",
  "card_amount_in_paid",
];

/**
 * stored_value: one per stored-value finding (top-ups read as 0 or counted, a card refund read as
 * 0, a card-amount column read), its words with the file or sheet, where a manager reads the
 * figures (the Overview, the pane, the JSON): whether the revenue is the cash taken or the
 * stored value used changes every member's spend (fix61e: a salon's findings reached the console
 * and the data-quality tab only, as info).
 *
 * @example storedValueWarnings(findings)[0]?.code // "stored_value"
 */
export function storedValueWarnings(findings: readonly Finding[]): RunWarning[] {
  return findings
    .filter((f) => STORED_VALUE_CODES.includes(f.code))
    .map((f) => ({ code: "stored_value" as const, message: inItsSheet(f) }));
}

/**
 * amounts_scaled: one per amount_unit_applied finding (a header naming a unit, 金额（万元）: its
 * amounts multiplied by 10,000), its words with the file or sheet, where a manager reads the
 * figures (the Overview, the pane, the JSON): a header's unit read wrong would make the revenue
 * 10,000 times off, unseen by whoever reads the workbook (tester61 U135).
 *
 * @example amountsScaledWarnings(findings)[0]?.code // "amounts_scaled"
 */
export function amountsScaledWarnings(findings: readonly Finding[]): RunWarning[] {
  return findings
    .filter((f) => f.code === "amount_unit_applied")
    .map((f) => ({ code: "amounts_scaled" as const, message: inItsSheet(f) }));
}

/**
 * sibling_sheets_unread: an input's sheets kept per month or year beside the one read, left unread
 * (ingest/workbook.ts siblingSheets, sameColumnSheets; tester58 U60: the Overview said nothing while
 * 426 of 470 sales were on them). Said where the figures are read, as its finding words it; for the
 * transactions not again when the stale-data warning (`earlier`) named them.
 */
export function siblingSheetsWarnings(
  findings: readonly Finding[],
  earlier: readonly RunWarning[],
): RunWarning[] {
  const stale = earlier.some((w) => w.code === "stale_data");
  return findings
    .filter(
      (f) =>
        (f.code === "sibling_sheets_unread" || f.code === "same_column_sales_unread") &&
        !(stale && f.kind === "transactions"),
    )
    .map((f) => ({ code: "sibling_sheets_unread" as const, message: inItsSheet(f) }));
}

/**
 * missing_column: an optional input's sheet (complaints, surveys, contacts) found but unread, for
 * a required column it lacks (tester58 U70: 回访记录 / 投诉登记 without 客户编号 were said on the
 * console only; her open complaints and agreed next dates were silently unused). Said where the
 * figures are read, in its finding's words; not when misspelt_column names the sheet.
 */
export function unusedInputWarnings(findings: readonly Finding[]): RunWarning[] {
  // A near miss of the missing header (病人号 for 病历号) is said by misspelt_column already.
  const nearMiss = new Set(
    findings.filter((f) => f.code === "unmapped_near_field").map((f) => f.kind),
  );
  return findings
    .filter((f) => f.code === "missing_column" && OPTIONAL.has(f.kind) && !nearMiss.has(f.kind))
    .map((f) => ({ code: "missing_column" as const, message: inItsSheet(f) }));
}

/** The inputs a run goes without (a required one missing a column stops the run). */
const OPTIONAL = new Set<SheetKind>(["surveys", "complaints", "contacts"]);

/** Where a finding is, as its warning names it: a CSV by its file name, else its sheet. */
function sheetOf(f: Finding): string {
  return f.sheetIsFile && f.file ? fileName(f.file) : f.sheet;
}

/**
 * A finding's words as a run warning says them, after its file or sheet: one template for every
 * such warning (reviewer56 L5: currencies_mixed borrowed returns_as_purchases' key).
 */
function inItsSheet(f: Finding): Record<Lang, string> {
  const where = sheetOf(f);
  const words = (lang: Lang) =>
    say(lang, "followUp", "findingInSheet", { where, message: f.message[lang] });
  return { "zh-CN": words("zh-CN"), "en-US": words("en-US") };
}

/** Planned contacts on `channel` (a CONTACT_CHANNELS name). */
function plannedOn(channel: string) {
  const c = CONTACT_CHANNELS.indexOf(channel as (typeof CONTACT_CHANNELS)[number]);
  return (schedule: Pick<FollowUpSchedule, "followUps">): number => {
    const f = schedule.followUps;
    let n = 0;
    for (let i = 0; i < f.count; i++) if (f.channel[i] === c) n++;
    return n;
  };
}

/**
 * What a missing contact field costs (misspeltColumnWarnings), by field key: its words and the
 * contacts it counts. Read with the column missing, every planned call has no number, every
 * planned e-mail no address, and no customer has consented to marketing.
 */
const CONTACT_FIELD_COST: Partial<
  Record<
    string,
    {
      code: "misspeltPhone" | "misspeltEmail" | "misspeltConsent";
      count: (s: Pick<FollowUpSchedule, "followUps" | "unscheduled">) => number;
    }
  >
> = {
  phone: { code: "misspeltPhone", count: plannedOn("phone") },
  email: { code: "misspeltEmail", count: plannedOn("email") },
  marketingConsent: {
    code: "misspeltConsent",
    count: (s) => {
      // A misspelt header leaves no consent column read: its rows say no_consent_column.
      const why = UNSCHEDULED_REASONS.indexOf("no_marketing_consent");
      const none = UNSCHEDULED_REASONS.indexOf("no_consent_column");
      let n = 0;
      for (let i = 0; i < s.unscheduled.count; i++)
        if (s.unscheduled.why[i] === why || s.unscheduled.why[i] === none) n++;
      return n;
    },
  },
};

/** Planned contacts with no owner (listed under （未指定） / (none)). */
function unownedContacts(schedule: Pick<FollowUpSchedule, "followUps" | "owners">): number {
  const f = schedule.followUps;
  let n = 0;
  for (let i = 0; i < f.count; i++) if ((schedule.owners[f.owner[i]] ?? "") === "") n++;
  return n;
}

/** Customers who bought (every modelNote but no_purchase). */
function buyersOf(model: CustomerModel): number {
  const noPurchase = MODEL_NOTES.indexOf("no_purchase");
  let buyers = 0;
  for (let c = 0; c < model.note.length; c++) if (model.note[c] !== noPurchase) buyers++;
  return buyers;
}

/**
 * model_figures_blank: how many buyers the model was fitted for got no expected purchases or
 * lifetime value (modelNote not_computable), and what to try. Null when none. The one-time buyers
 * whose spend mean was refused (CustomerModel.oneTimeValueBlank) are left to oneTimeValueWarning.
 *
 * @example modelWarning(analysis.model, rules.model.penalty)?.code // "model_figures_blank"
 */
export function modelWarning(model: CustomerModel, penalty = 0): RunWarning | null {
  const code = MODEL_NOTES.indexOf("not_computable");
  let count = -model.oneTimeValueBlank;
  for (let c = 0; c < model.note.length; c++) if (model.note[c] === code) count++;
  if (count <= 0) return null;
  const buyers = buyersOf(model);
  // What the run did (refit an unsettled fit) or what to try: not to do again what it did
  // (reviewer15 D3), the penalty read from its owner, not typed into the words.
  const refit = model.bgnbd?.refit ?? model.gammaGamma?.refit;
  const advice = (lang: Lang) =>
    refit
      ? say(lang, "followUp", "modelFiguresBlankRefit", { penalty: String(refit.penalty) })
      : penalty > 0
        ? say(lang, "followUp", "modelFiguresBlankLarger", { penalty: String(penalty) })
        : say(lang, "followUp", "modelFiguresBlankTry", { penalty: String(SETTLING_PENALTY) });
  const blankWords = (lang: Lang) =>
    say(lang, "followUp", "modelFiguresBlank", {
      // Numbers: the catalog formats them ({count|#}; a text "1,234" read as no number there).
      count,
      buyers,
      days: String(model.purchaseHorizonDays),
      months: String(model.clvHorizonMonths),
      advice: advice(lang),
    });
  return {
    code: "model_figures_blank",
    message: {
      "zh-CN": blankWords("zh-CN"),
      "en-US": blankWords("en-US"),
    },
    // Numbers, not texts: the catalog formats them and picks the plural (reviewer D19, stop 42).
    brief: sayBoth("followUp", "briefModelFiguresBlank", { count, buyers }),
  };
}

/** The words of how a fit did not settle (BgNbdFit.unsettled). */
const UNSETTLED_WORDS = {
  ran_off: "unsettledRanOff",
  not_converged: "unsettledNotConverged",
  extreme: "unsettledExtreme",
} as const satisfies Record<UnsettledFit, Code<"followUp">>;

/**
 * model_fit_unsettled: the repeat-purchase fit did not settle (a parameter ran off or ended at an
 * extreme, or the optimiser stopped short), on a small data set most often (clv/customerModel.ts
 * SETTLING_PENALTY: 27% of CDNOW samples of 50 buyers): says the buyers, how, what the run did
 * (refit with a small penalty and used it; kept the fit when the refit failed; the rule set's own
 * penalty) and what it means for the figures. Null when the fit settled or there is none. Until
 * stop 39 only an English model.note in the JSON said it.
 *
 * @example unsettledFitWarning(analysis.model, rules.model.penalty)?.code // "model_fit_unsettled"
 */
export function unsettledFitWarning(model: CustomerModel, penalty: number): RunWarning | null {
  return unsettledWarning("model_fit_unsettled", model.bgnbd, penalty, (lang, fit) => ({
    // "80 位已购买客户（其中 80 位…）" read oddly (tester15 #5): all of them, say so.
    repeat:
      fit.repeatBuyers === fit.customers
        ? say(lang, "followUp", "unsettledRepeatAll")
        : say(lang, "followUp", "unsettledRepeatSome", {
            repeat: fit.repeatBuyers.toLocaleString("en-US"),
          }),
    // "At this size … (with fewer than about 500 buyers …)" only under 500 (reviewer42 D19).
    rough:
      fit.customers >= SETTLED_BUYERS
        ? say(lang, "followUp", "unsettledRoughMany")
        : say(lang, "followUp", "unsettledRoughFew", {
            stable: SETTLED_BUYERS.toLocaleString("en-US"),
          }),
  }));
}

/**
 * spend_fit_unsettled: the spend model's fit (Gamma-Gamma, behind lifetime value) did not settle (a
 * parameter ran off, or the optimiser stopped short): says the repeat buyers it had, how, and what
 * the run did (refit with a small penalty and used it; kept the fit when the refit failed; the
 * rule set's own penalty), as model_fit_unsettled does for the repeat-purchase fit. Null when it
 * settled or there is none.
 *
 * @example spendFitUnsettledWarning(analysis.model, rules.model.penalty)?.code // "spend_fit_unsettled"
 */
export function spendFitUnsettledWarning(model: CustomerModel, penalty: number): RunWarning | null {
  return unsettledWarning("spend_fit_unsettled", model.gammaGamma, penalty);
}

/** The words of each unsettled fit's warning, precise and for a manager (RunWarning.brief). */
const UNSETTLED_WARNING_WORDS = {
  model_fit_unsettled: "modelFitUnsettled",
  spend_fit_unsettled: "spendFitUnsettled",
} as const satisfies Record<string, Code<"followUp">>;
const UNSETTLED_BRIEF_WORDS = {
  model_fit_unsettled: "briefModelFitUnsettled",
  spend_fit_unsettled: "briefSpendFitUnsettled",
} as const satisfies Record<keyof typeof UNSETTLED_WARNING_WORDS, Code<"followUp">>;

/** What the unsettled-fit warnings read of a fit (BgNbdFit, GammaGammaFit). */
interface UnsettledOf {
  customers: number;
  unsettled?: UnsettledFit;
  refit?: { penalty: number; unsettled: UnsettledFit };
  refitDeclined?: { penalty: number; why: SpendRefitDeclined };
}

/**
 * The one builder of the two unsettled-fit warnings (model_fit_unsettled, spend_fit_unsettled):
 * their words with the buyers the fit was made from, how it did not settle (the first fit's, when
 * the run refit it) and what the run did (doneWords), plus a fit's own (`more`). Null when the fit
 * settled or there is none.
 */
function unsettledWarning<F extends UnsettledOf>(
  code: keyof typeof UNSETTLED_WARNING_WORDS,
  fit: F | null,
  penalty: number,
  more: (lang: Lang, fit: F) => Record<string, string> = () => ({}),
): RunWarning | null {
  const how = fit?.refit?.unsettled ?? fit?.unsettled;
  if (!fit || how === undefined) return null;
  const message = (lang: Lang) =>
    say(lang, "followUp", UNSETTLED_WARNING_WORDS[code], {
      buyers: fit.customers, // a number: the catalog formats it and picks the plural
      how: say(lang, "followUp", UNSETTLED_WORDS[how]),
      done: doneWords(lang, fit, penalty),
      ...more(lang, fit),
    });
  // Numbers, not texts: the catalog formats them and picks the plural ("1 customer", reviewer D19,
  // stop 42). An unsettled fit on SETTLED_BUYERS or more is not said to have too few (3,000 "too
  // few … about 500"); the repeat-purchase model is one input of churn risk, so that is said too.
  const words =
    code === "model_fit_unsettled" && fit.customers >= SETTLED_BUYERS
      ? "briefModelFitUnsettledMany"
      : UNSETTLED_BRIEF_WORDS[code];
  const brief = (lang: Lang) =>
    say(lang, "followUp", words, {
      buyers: fit.customers,
      stable: SETTLED_BUYERS,
      affected: say(lang, "followUp", "briefModelFitAffected"),
    });
  return {
    code,
    message: { "zh-CN": message("zh-CN"), "en-US": message("en-US") },
    brief: { "zh-CN": brief("zh-CN"), "en-US": brief("en-US") },
  };
}

/**
 * What the run did with an unsettled fit, in words: refit it (BgNbdFit.refit, GammaGammaFit.refit),
 * declined the spend fit's refit (GammaGammaFit.refitDeclined), or kept it (with the rule set's
 * own penalty, or none).
 */
function doneWords(lang: Lang, fit: UnsettledOf, penalty: number): string {
  const { refit, refitDeclined } = fit;
  if (refitDeclined)
    return say(
      lang,
      "followUp",
      refitDeclined.why === "unsettled" ? "unsettledDoneUnsettled" : "unsettledDoneDeclined",
      { penalty: String(refitDeclined.penalty) },
    );
  return refit
    ? say(lang, "followUp", "unsettledDoneRefit", { penalty: String(refit.penalty) })
    : penalty > 0
      ? say(lang, "followUp", "unsettledDonePenalty", { penalty: String(penalty) })
      : say(lang, "followUp", "unsettledDoneKept", { penalty: String(SETTLING_PENALTY) });
}

/**
 * one_time_value_blank: the customers who bought once have no lifetime value because the spend
 * model's mean spend per purchase, what a one-time buyer is given, lies above every repeat buyer's
 * average (or does not exist): the figure was refused, not missing (reviewer12 D5). Says the mean,
 * the largest average and, when the rule set's penalty is on (it pulls q toward 1), to try
 * model.penalty 0. Null when no one-time buyer was affected.
 *
 * @example oneTimeValueWarning(analysis.model, rules.model.penalty)?.code // "one_time_value_blank"
 */
export function oneTimeValueWarning(model: CustomerModel, penalty: number): RunWarning | null {
  const spend = model.gammaGamma;
  const mean = spend ? oneTimeMeanRefused(spend) : null;
  if (model.oneTimeValueBlank === 0 || spend === null || mean === null) return null;
  const figure = (v: number) =>
    Number.isFinite(v) ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : "∞";
  return {
    code: "one_time_value_blank",
    message: sayBoth("followUp", penalty > 0 ? "oneTimeValueBlankPenalty" : "oneTimeValueBlank", {
      count: model.oneTimeValueBlank, // numbers: the catalog formats them, picks the plural
      buyers: buyersOf(model),
      months: String(model.clvHorizonMonths),
      mean: figure(Number(mean.toPrecision(3))),
      largest: figure(spend.largestAverageSpend ?? NaN),
      penalty: String(penalty),
    }),
    brief: sayBoth("followUp", "briefOneTimeValueBlank", { count: model.oneTimeValueBlank }),
  };
}

/**
 * Why the model (or its spend part) was not fitted, in a language: the run's warning says it, and
 * the JSON's model.note (tester12 #6: the warning pointed to a JSON that may not exist, whose note
 * was English in a zh run).
 *
 * @example notFittedWords("en-US", { part: "purchase", code: "no_repeat_buyers", buyers: 60, minCustomers: 50 })
 * // "no customer bought on two different days, so how often customers buy and when they stop cannot be told apart"
 */
export function notFittedWords(lang: Lang, why: NotFitted): string {
  // Every reason has its sentence: the type checks NotFittedCode against the catalog's keys.
  const code: Code<"modelWhy"> = why.code;
  return say(lang, "modelWhy", code, {
    buyers: String(why.buyers),
    min: String(why.minCustomers),
    // fit_failed's advice. The run does not retry a failed fit (it does an unsettled one): on CDNOW
    // samples of 10–100 buyers (3,000 fits, judge16) none failed so, and those that failed for want
    // of repeat buyers failed at the penalty too.
    penalty: String(SETTLING_PENALTY),
  });
}

/**
 * model_figures_not_given / lifetime_value_not_given: the model was tried (at least `minCustomers` buyers,
 * model.minCustomers) and could not be fitted, so every buyer's expected purchases, lifetime value
 * and expected next purchase (or lifetime value alone) are missing: the segments tab leaves those
 * columns out, the JSON has the buyers' modelNote, and this says so once (stop 36; stop 35 left
 * it). Below `minCustomers` buyers the model is not tried, as documented (model.minCustomers), and
 * nothing is said: every small workbook would carry the line. Null when the model was fitted,
 * switched off (model.enabled false) or not tried.
 *
 * @example modelNotFittedWarning(analysis.model, 50)?.code // "lifetime_value_not_given"
 */
export function modelNotFittedWarning(
  model: CustomerModel,
  minCustomers: number,
): RunWarning | null {
  const count = (code: (typeof MODEL_NOTES)[number]) => {
    const k = MODEL_NOTES.indexOf(code);
    let n = 0;
    for (let c = 0; c < model.note.length; c++) if (model.note[c] === k) n++;
    return n;
  };
  const params = {
    days: String(model.purchaseHorizonDays),
    months: String(model.clvHorizonMonths),
  };
  // The reason in each language; a model without one (a hand-made one) says the code alone.
  const both = (
    code:
      "modelNotFitted" | "spendModelNotFitted" | "briefModelNotFitted" | "briefSpendModelNotFitted",
    buyers: number,
  ) => {
    const words = (lang: Lang) =>
      say(lang, "followUp", code, {
        ...params,
        buyers: buyers.toLocaleString("en-US"),
        why: model.notFitted ? notFittedWords(lang, model.notFitted) : "",
      });
    return { "zh-CN": words("zh-CN"), "en-US": words("en-US") };
  };
  const purchase = count("model_not_fitted");
  if (purchase >= minCustomers)
    return {
      code: "model_figures_not_given",
      message: both("modelNotFitted", purchase),
      brief: both("briefModelNotFitted", purchase),
    };
  const spend = count("spend_model_not_fitted");
  if (spend > 0)
    return {
      code: "lifetime_value_not_given",
      message: both("spendModelNotFitted", spend),
      brief: both("briefSpendModelNotFitted", spend),
    };
  return null;
}

/**
 * The Overview's revenue (the window's net amount, returns deducted) is not above zero: a typo'd
 * return of −99,999,999 turned it to −98,146,508.61 and the Overview showed shares of value tiers
 * and segments against it (194% of a negative total) with no word (review 44). Said as a warning
 * row, as the other warnings; the shares are left blank (overviewTab.ts share). Rounded to the
 * cent, so a float's −0.000001 of a window whose returns offset its purchases exactly counts as 0.
 * A window with no purchase and no return in it (revenue exactly 0, no orders) is not said here:
 * its data are old, and stale_data says so with the date of the newest transaction (the two on one
 * Overview read as two faults where there is one).
 *
 * @example revenueWarning(kpis)?.code // "revenue_not_positive" when kpis.revenue ≤ 0
 * @example revenueWarning(kpis, (lang) => sheetOf("dataQuality", lang, sheets)) // names "数据质量 (2)" when ours is numbered
 */
export function revenueWarning(
  k: Pick<RelationshipKpis, "revenue" | "orders" | "windowStart" | "windowDays">,
  qualityTab: (lang: Lang) => string = (lang) => tabName("dataQuality", lang),
): RunWarning | null {
  const cents = Math.round(k.revenue * 100) / 100;
  if (cents > 0 || !Number.isFinite(cents)) return null;
  if (cents === 0 && k.orders === 0) return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "revenueNotPositive", {
      from: isoDate(k.windowStart + 1),
      to: isoDate(k.windowStart + k.windowDays),
      revenue: (cents === 0 ? 0 : cents).toLocaleString("en-US", { maximumFractionDigits: 2 }),
      // The sheet written, as the tables' pointers name it (tabSheetNames: "数据质量 (2)", a kept name).
      tab: qualityTab(lang),
    });
  return {
    code: "revenue_not_positive",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
}

/**
 * One warning per optional input read from no sheet beside a sheet whose columns are its
 * (lookalikeText: 客户反馈 for the complaints; tester55 U3): said on the console and the Overview,
 * where a sales sheet under another name is refused with the same advice.
 */
export function lookalikeSheetWarnings(dataset: Pick<Dataset, "lookalikeSheets">): RunWarning[] {
  return lookalikeKinds(dataset).map((kind) => ({
    code: "sheet_looks_like",
    message: {
      "zh-CN": lookalikeText(dataset, kind, "zh-CN")!,
      "en-US": lookalikeText(dataset, kind, "en-US")!,
    },
  }));
}

/**
 * input_sheet_unread: one per sheet no input read whose columns are an input's, or nearly
 * (Dataset.unreadInputSheets: WooCommerce's Notes), with the input read from another sheet if any
 * and where to put its rows: said on the Overview, the run log, the JSON and the pane, not only
 * in the console's list of sheets not read (tester65 U222). A list of the jobs the sales read bill
 * (Dataset.jobsSheets: Jobs beside Invoices) is said to be the same work, not to be added (tester66 U241).
 */
export function unreadInputSheetWarnings(
  dataset: Pick<Dataset, "unreadInputSheets" | "sources" | "jobsSheets">,
): RunWarning[] {
  return (dataset.unreadInputSheets ?? []).map(({ name, kind, columns }) => {
    const words = (lang: Lang) => {
      const input = SHEETS[kind].label[lang];
      const read = dataset.sources[kind];
      const sheet = read && !read.sheetIsFile ? read.sheetName : null;
      // A list of the jobs the sales read bill (Jobber's Jobs beside Invoices: the same customers
      // on the same days): the same work, never to be added to them (tester66 U241: the advice
      // counted it twice); not any sheet named *job* (reviewer67 M1: Job Applicants, Jobs of 2025).
      if (kind === "transactions" && sheet && dataset.jobsSheets?.includes(name))
        return say(lang, "followUp", "inputSheetJobs", { name, sheet });
      // A stored-value ledger (储值卡流水: top-ups and card deductions) beside the sales read is no
      // sales, never to be added to them; nor are the sales to be added to a ledger read as them
      // (tester70 U600: "请把维修单的行并到储值卡流水表中").
      const sales = kind === "transactions" && sheet !== null;
      if (sales && saysStoredValue(name))
        return say(lang, "followUp", "inputSheetStoredValue", { name, sheet });
      // The shop's own buying (进货记录, 支出): no sales, never to be added to them (newuser71).
      if (kind === "transactions" && saysShopBuying(name))
        return say(lang, "followUp", "inputSheetShopBuying", { name });
      const intoRead = sheet && !(sales && saysStoredValue(sheet));
      return say(lang, "followUp", "inputSheetUnread", {
        name,
        columns: columns.join(say(lang, "ingest", "nameSeparator")),
        input,
        read: sheet ? say(lang, "followUp", "inputSheetUnreadFrom", { input, sheet }) : "",
        into: intoRead
          ? say(lang, "followUp", "inputSheetUnreadInto", { sheet })
          : say(lang, "followUp", "inputSheetUnreadNamed", { input }),
      });
    };
    return {
      code: "input_sheet_unread",
      message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    };
  });
}

/**
 * returns_sheet_unread: the sheets no input read whose names say they hold returns (金蝶 K3's
 * 销售退货单 beside its 销售出库单), named on the Overview with what to do: the revenue and purchase
 * counts do not subtract them (tester57 U49: 180 returns, said only as an unread sheet on the
 * console). Null when none.
 */
export function returnsSheetWarning(
  dataset: Pick<Dataset, "returnsSheets" | "sources" | "returnsSheetRefunds" | "transactions">,
): RunWarning | null {
  const sheets = dataset.returnsSheets;
  const sales = dataset.sources.transactions?.sheetName;
  if (!sheets || sheets.length === 0 || !sales) return null;
  // The money of the refunds on a 售后 sheet and its share of the revenue, as rows_no_year says its
  // own (tester66 U240).
  const refunds = dataset.returnsSheetRefunds ?? 0;
  let revenue = 0;
  const t = dataset.transactions;
  for (let i = 0; i < t.count; i++) revenue += t.amount[i];
  const share = sharePercent(refunds, revenue);
  const money = (lang: Lang) =>
    refunds > 0
      ? say(lang, "followUp", "returnsSheetMoney", { amount: amount(refunds), share })
      : "";
  const words = (lang: Lang) =>
    say(lang, "followUp", "returnsSheetUnread", {
      list: sheets
        .map((file) => say(lang, "followUp", "csvFile", { file }))
        .join(say(lang, "followUp", "csvFilesSeparator")),
      count: sheets.length,
      sales,
    }) + money(lang);
  return {
    code: "returns_sheet_unread",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
}

/**
 * visits_read: the visits sheet read (消课记录, Check-ins: Dataset.visits), where from (`place`:
 * the file, or the sheet and its file; newuser62 L2: “Visits” was said for Check-ins.csv), how
 * many visits of how many customers, and what they are read for: a customer's coming, not her
 * money (aggregate/visits.ts; tester61 U112: the sheet was only "not read"). Null when no such
 * sheet was read.
 */
export function visitsReadWarning(
  dataset: Pick<Dataset, "visits" | "sources" | "transactions" | "customers">,
  place: (lang: Lang) => string,
  asOf: number,
): RunWarning | null {
  const visits = dataset.visits;
  if (!visits || !dataset.sources.visits) return null;
  const customers = new Set(visits.customer).size;
  // An out-of-date log is said and not read (visitsStaleDays; reviewer62 R2); one in which every
  // regular stops together long before the date is read as of its own last day (newuser62 M4b).
  const stale = visitsStaleDays(dataset, asOf);
  const together =
    stale > 0
      ? null
      : visitsStoppedTogether(
          visits,
          groupByCustomer(visits.customer, visits.day, dataset.customers.count),
          asOf,
        );
  const words = (lang: Lang) =>
    together
      ? say(lang, "followUp", "visitsStopped", {
          place: place(lang),
          count: visits.count,
          customers,
          days: together.days,
          end: isoDate(together.end),
          from: isoDate(together.from),
          regulars: together.regulars,
        })
      : say(
          lang,
          "followUp",
          stale > 0 ? "visitsStale" : visits.appointments ? "visitsReadAppointments" : "visitsRead",
          {
            place: place(lang),
            count: visits.count,
            customers,
            days: stale,
          },
        ) +
        bookedAsVisits(lang) +
        appointments(lang);
  // An appointments sheet's no-shows, cancellations and bookings to come (tester63 U168).
  const missed = visits.missed?.day.length ?? 0;
  const booked = visits.booked?.day.length ?? 0;
  // Those of an appointments sheet beside the check-ins (预约登记 beside 签到): its bookings alone.
  const sheet = visits.bookingsFrom;
  const appointments = (lang: Lang): string =>
    missed + booked === 0
      ? ""
      : sheet !== undefined && missed === 0
        ? say(lang, "followUp", "visitsBookingsBeside", { sheet, booked, days: BOOKING_HOLDS_DAYS })
        : say(lang, "followUp", "visitsAppointments", { missed, booked, days: BOOKING_HOLDS_DAYS });
  // Past bookings read as visits: the log's statuses never updated (reviewer64 H8).
  const asVisits = visits.bookedAsVisits ?? 0;
  const bookedAsVisits = (lang: Lang): string =>
    asVisits === 0 ? "" : say(lang, "followUp", "visitsBookedAsVisits", { count: asVisits });
  const warning: RunWarning = {
    code: "visits_read",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
  // Not a note then: the log is not read as it stands (the console says 警告 / Warning).
  if (stale > 0 || together) warning.warns = true;
  return warning;
}

/**
 * csv_read_as_windows_1252: the CSV files read as Windows-1252 (SheetSource.encoding), told from
 * their bytes alone (neither UTF-8 nor a byte-order mark): named, with what to do if their accented
 * letters read wrong (stop 44: the command line read them so and said nothing). Null when none.
 *
 * @example csvEncodingWarning(dataset)?.message["en-US"] // "Read as Windows-1252 (…): “customers.csv”. It is neither UTF-8 …"
 */
export function csvEncodingWarning(dataset: Pick<Dataset, "sources">): RunWarning | null {
  const files = SHEET_KINDS.map((k) => dataset.sources[k])
    .filter((s) => s?.encoding === "windows-1252")
    .map((s) => fileName(s!.file) || s!.sheetName);
  if (files.length === 0) return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "csvWindows1252", {
      files: files
        .map((file) => say(lang, "followUp", "csvFile", { file }))
        .join(say(lang, "followUp", "csvFilesSeparator")),
      count: files.length,
    });
  return {
    code: "csv_read_as_windows_1252",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
}
