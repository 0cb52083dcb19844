import type { Lang, SheetKind } from "../schema";
import { sayBoth } from "../words/catalog";

/**
 * The registry of the tabs the add-in owns: the one place for each tab's key, its names in both
 * languages, its kind, its layout version and its stable column keys. Report builders take their
 * sheet names from here, the run log its row-count columns, the workbook adapters the list of
 * tabs they may rewrite.
 *
 * How to add a tab: add an entry to OUTPUT_TABS (at the end: the run log's columns follow this
 * order), give its builder `sheetName: tabName("<key>", lang)`, and list it in analysisTables
 * (report/tabs.ts).
 *
 * How to add a column to a table tab: append its key to the END of `columns` and emit it in the
 * same place in the builder. Never insert, reorder or rename a key: users refer to our tables'
 * columns (formulas, Power Query), and a renamed header breaks them (outputTabs.test holds every
 * entry's keys against the list of stop 30: a key moved or removed fails it). A change that cannot be
 * made by appending is said in the entry's comment.
 *
 * How to take a column off a table tab: remove its key from `columns` AND list it in
 * RETIRED_COLUMNS with its headers in both languages (the catalog's `retiredColumns`). The add-in
 * copies the new header row over the live table's, so a key removed from the middle unlisted would
 * rename every later column under users' references; listed, it deletes that column first
 * (office/commit.ts), as Excel does when a user deletes a table column.
 *
 * No layout version is kept: no version number is written into a workbook, so nothing could compare
 * one with it. A refresh finds an earlier tab's columns by their keys or headers instead (the run
 * state by its `customers` or `id` header, state.ts; the run log and the segments tab by their
 * headers in either language, changes/history.ts, changes/segmentsReader.ts), and an earlier tab
 * is ours when its marker names it and its table spans the marker's columns (ownedTabs.ts).
 */

/** How a tab is laid out. */
export type TabKind =
  /** One header row and one row per record (a filterable Excel table). */
  | "table"
  /** Free-form blocks of text and figures (Overview, Satisfaction, Complaint analysis). */
  | "layout"
  /** A table each run appends one row to (the run log). */
  | "log";

/**
 * What happens when a tab has more rows than a worksheet holds (1,048,576 with the header) or a
 * worklist more than the rule set's cap: the policies are built in report/limits.ts; a tab names
 * the one it follows here. Undefined: a tab that would not fit still continues on numbered tabs.
 */
export type { RowLimitPolicy } from "./limits";
import type { RowLimitPolicy } from "./limits";
import { HEADLINE_KPIS } from "../changes/history";

export interface TabSpec {
  /** Sheet name, also the tab's title, in each language. */
  name: Record<Lang, string>;
  kind: TabKind;
  /**
   * Stable column keys (as in the JSON output), in their order on the tab; new keys are appended.
   * A tab may leave out keys that do not apply to a run (no model fitted: no expectedPurchases), but keeps the
   * order of the rest. Empty for layout tabs (their columns are positions, c1, c2, …).
   */
  columns: readonly string[];
  /** The row-limit policy this tab follows (report/limits.ts); undefined for the default. */
  rowLimit?: RowLimitPolicy;
  /** How messages and headers call a tab whose sheet name is technical (the hidden state tab). */
  label?: Record<Lang, string>;
}

/**
 * The inputs whose row counts the run log keeps, in its column order: those of layout 2, and those
 * added later (the Visits: tester61 U112), whose columns are appended after the later tabs' row
 * counts so no earlier column moves.
 */
export const LOGGED_INPUTS: readonly SheetKind[] = [
  "customers",
  "transactions",
  "surveys",
  "complaints",
  "contacts",
];
export const LATER_LOGGED_INPUTS: readonly SheetKind[] = ["visits"];

const countsOf = (kinds: readonly SheetKind[]) =>
  kinds.flatMap((kind) => ["Read", "Used", "Rejected"].map((k) => `${kind}${k}`));
const INPUT_COUNTS = countsOf(LOGGED_INPUTS);

/** A technical name that is the same in every language (the hidden state tab). */
function sameInBoth(name: string): Record<Lang, string> {
  return { "en-US": name, "zh-CN": name };
}

/**
 * Every tab the add-in owns, in the order of DOMAIN.md "Outputs" (which is also the order of the
 * run log's row-count columns: append new tabs at the end, before nothing).
 */
export const OUTPUT_TABS = {
  segments: {
    name: sayBoth("tabNames", "segments"),
    kind: "table",
    // Layout 2: churnRiskProbability (0–1) replaced churnRiskScore (0–100), issue 9.
    rowLimit: "continue",
    columns: [
      "id",
      "name",
      "type",
      "owner",
      "region",
      "firstPurchase",
      "lastPurchase",
      "orders",
      "recencyDays",
      "frequency",
      "monetary",
      "rScore",
      "fScore",
      "mScore",
      "rfmSegment",
      "valueClass",
      "valueTier",
      "lifecycleStage",
      "churnRiskProbability",
      "churnRiskLevel",
      "churnRiskReasons",
      "nextFollowUp",
      // Layout 3 (stop 36): "pAlive" taken off, in the JSON only (report/tabs.ts says why); listed in
      // RETIRED_COLUMNS, so a refresh deletes the column and no later one moves under a reference.
      "expectedPurchases",
      "clv",
      "expectedNextPurchase",
    ],
  },
  followUps: {
    name: sayBoth("tabNames", "followUps"),
    kind: "table",
    // Layout 2: the caller's call sheet first (phone, reason, talking point before channel and priority,
    // issue 11 R1b: it prints one page wide); same keys and headers, so structured references
    // (CA_followUps[电话]) and Power Query still find them; positional references move.
    rowLimit: "worklist",
    columns: [
      "followUpDate",
      "owner",
      "customerId",
      "customerName",
      "phone",
      "reason",
      "talkingPoint",
      "channel",
      "priority",
      "dueDate",
      "overdueDays",
      "plannedFrom",
      "status",
      "note",
      "email",
      "valueTier",
      "valueAtStake",
      "lastPurchase",
      "churnProbability",
      "churnReasons",
    ],
  },
  satisfaction: {
    name: sayBoth("tabNames", "satisfaction"),
    kind: "layout",
    columns: [],
  },
  complaints: {
    name: sayBoth("tabNames", "complaints"),
    kind: "layout",
    columns: [],
  },
  overview: {
    name: sayBoth("tabNames", "overview"),
    kind: "layout",
    columns: [],
  },
  dataQuality: {
    name: sayBoth("tabNames", "dataQuality"),
    kind: "table",
    // Layout 2: the readable problem moved before the severity, the code to the end (a key for filters;
    // stop-20 tester W5). Same keys; the tab is rewritten whole each run (mode "replace").
    rowLimit: "worklist",
    columns: ["sheet", "row", "column", "problem", "severity", "value", "message", "file", "code"],
  },
  customerList: {
    name: sayBoth("tabNames", "customerList"),
    kind: "table",
    rowLimit: "continue",
    columns: [],
  },
  runLog: {
    name: sayBoth("tabNames", "runLog"),
    kind: "log",
    // Layout 2: validationRows inserted before durationSeconds (issue 9). An earlier log is read by its
    // headers (changes/history.ts RunLogRowsReader) and rewritten whole, so it migrates by itself.
    // The row-count columns follow the tabs above (loggedTabs), in registry order.
    columns: [
      "at",
      "source",
      "ruleSetVersion",
      "ruleSetHash",
      "analysisDate",
      ...INPUT_COUNTS,
      "segmentsRows",
      "followUpsRows",
      "satisfactionRows",
      "complaintsRows",
      "overviewRows",
      "dataQualityRows",
      // "customerListRows" retired at stop 44 (RETIRED_COLUMNS): no run writes a Customer list tab.
      "changesRows",
      "runStateRows",
      "validationRows",
      "durationSeconds",
      // The KPI history (issue 12): its list is the one owner of these keys and their order.
      ...HEADLINE_KPIS,
      // The run's warnings (issue 10, 7: calendar ends, stale data), one per line.
      "warnings",
      // Row counts of tabs added after layout 2 (LATER_LOGGED_TABS), appended: no column moves.
      "atRiskRows",
      // … and of inputs added after it (LATER_LOGGED_INPUTS: the Visits, stop 62).
      ...countsOf(LATER_LOGGED_INPUTS),
    ],
  },
  // What changed since the last refresh (issue 12): matrices and customer lists.
  changes: {
    name: sayBoth("tabNames", "changes"),
    kind: "layout",
    columns: [],
  },
  // The hidden per-customer state the next refresh compares with (keys are its headers).
  runState: {
    name: sameInBoth("CA_run_state"),
    label: sayBoth("tabNames", "runState"),
    kind: "table",
    // The columns written (changes/state.ts): the date, hash and code lists in the first row, the
    // customers packed as JSON into `packedCustomers` cells (changes/statePacked.ts, layout 4),
    // hundreds to a cell. The hidden state is ours alone (no user formula names it), so its
    // columns are not append-only. Layout 1 had a row per customer, a column per field (id, name,
    // owner, the five codes, churnProbability, spend, frequency, lastPurchase as a date), layout 2
    // the same with lastPurchaseDay (an epoch-day number), layout 3 the packed cells with the codes
    // as words (`customers`); all three are still read (state.ts).
    // The run it compared with, when dated earlier, follows (calls13): a re-run of the same date
    // compares with it again (state.ts stateTable's `prior`).
    columns: [
      "analysisDate",
      "ruleSetHash",
      "packedCustomers",
      "codeLists",
      "priorAnalysisDate",
      "priorRuleSetHash",
      "priorPackedCustomers",
      // The version of the program's judgment rules of the run and of its prior (stop 40,
      // rules/judgmentVersion.ts): a state without them was written before versions (0).
      "judgmentVersion",
      "priorJudgmentVersion",
      // Short hashes of the schedule tab's status, talking point and note texts this run wrote
      // (followUp/typedNotes.ts WrittenTexts): the next refresh tells typed text from ours by them,
      // whatever the wording was (reviewer44 D1).
      "scheduleWritten",
      // The version of the program's reading of the input of the run and of its prior (stop 61,
      // rules/readingVersion.ts): a state without them was written before versions (0).
      "readingVersion",
      "priorReadingVersion",
    ],
  },
  // The churn-risk backtest (issue 9 item 4): churn risk learned one horizon earlier against what happened.
  validation: {
    name: sayBoth("tabNames", "validation"),
    kind: "layout",
    columns: [],
  },
  // Customers at high or medium churn risk, biggest value at stake first (stop 29, approved at
  // stop 28): the printable, filterable list a manager works from (report/atRiskTab.ts).
  atRisk: {
    name: sayBoth("tabNames", "atRisk"),
    kind: "table",
    rowLimit: "continue",
    columns: [
      "id",
      "name",
      "owner",
      "valueTier",
      "monetary",
      "valueAtStake",
      "churnRiskProbability",
      "churnRiskLevel",
      "churnRiskReasons",
      "phone",
      "nextFollowUp",
      // Stop 30, appended: who makes the next contact; why a row has none.
      "nextFollowUpBy",
      "noNextFollowUp",
    ],
  },
} as const satisfies Record<string, TabSpec>;

/** The key of a tab the add-in owns. */
export type OutputTab = keyof typeof OUTPUT_TABS;

/** A column taken off a tab: its key (as in the JSON) and the headers it had in each language. */
export interface RetiredColumn {
  key: string;
  header: Record<Lang, string>;
}

/**
 * Columns taken off a table tab, by tab: a refresh in the add-in deletes the live table's column
 * under either header before it fits and copies the new layout in (office/commit.ts), so a user's
 * reference to it shows #REF! and every other reference keeps its column. Entries stay here for
 * good: a workbook last refreshed years ago still has the column. A retired key must not be in the
 * tab's `columns` (outputTabs.test).
 *
 * @example RETIRED_COLUMNS.segments?.[0].header["zh-CN"] // "存活概率"
 */
export const RETIRED_COLUMNS: Partial<Record<OutputTab, readonly RetiredColumn[]>> = {
  segments: [{ key: "pAlive", header: sayBoth("retiredColumns", "pAlive") }],
  // Blank in every run (tester44 #9): no run writes the Customer list tab (loggedTabs).
  runLog: [{ key: "customerListRows", header: sayBoth("retiredColumns", "customerListRows") }],
};

/**
 * The headers, in both languages, of the columns taken off a tab (RETIRED_COLUMNS).
 *
 * @example retiredHeaders("segments") // ["存活概率", "P(alive)"]
 */
export function retiredHeaders(tab: OutputTab): string[] {
  return (RETIRED_COLUMNS[tab] ?? []).flatMap((c) => [c.header["zh-CN"], c.header["en-US"]]);
}

/** Every owned tab's key, in registry order. @example OUTPUT_TAB_KEYS[0] // "segments" */
export const OUTPUT_TAB_KEYS = Object.keys(OUTPUT_TABS) as OutputTab[];

/**
 * A tab's sheet name in a language.
 *
 * @example tabName("complaints", "en-US") // "Complaint analysis"
 */
export function tabName(tab: OutputTab, lang: Lang): string {
  return OUTPUT_TABS[tab].name[lang];
}

/**
 * The sheet names a run writes its tabs under where they are not the usual ones (a sheet of the
 * user's holds the usual name: "概览 (2)"; a refresh in another language that keeps our names),
 * decided before the tables are built (words/tabNamesKept.ts tabSheetNames), so our tabs'
 * pointers to each other ("见“回访计划”") name the tab written, not the user's sheet.
 */
export type TabSheets = Partial<Record<OutputTab, string>>;

/**
 * The sheet a tab is written under: `sheets`' name for it, else its name in the language.
 *
 * @example sheetOf("overview", "zh-CN", { overview: "概览 (2)" }) // "概览 (2)"
 */
export function sheetOf(tab: OutputTab, lang: Lang, sheets?: TabSheets): string {
  return sheets?.[tab] ?? tabName(tab, lang);
}

/**
 * How progress lines, the run log's headers and other messages call a tab: its sheet name, or the
 * words of a tab whose sheet name is technical (stop-20 tester W1: "写入 CA_run_state").
 *
 * @example tabLabel("runState", "zh-CN") // "运行状态（隐藏表）"
 * @example tabLabel("overview", "zh-CN") // "概览"
 */
export function tabLabel(tab: OutputTab, lang: Lang): string {
  const spec: TabSpec = OUTPUT_TABS[tab];
  return (spec.label ?? spec.name)[lang];
}

/**
 * The tabs that get a row-count column in the run log: every tab but the log itself, in registry
 * order.
 *
 * @example loggedTabs().at(-1) // "validation"
 */
export function loggedTabs(): OutputTab[] {
  return OUTPUT_TAB_KEYS.filter(
    (t) =>
      OUTPUT_TABS[t].kind !== "log" &&
      !LATER_LOGGED_TABS.includes(t) &&
      !UNWRITTEN_TABS.includes(t),
  );
}

/**
 * Registered tabs no run writes: no row count to log. The Customer list's column was blank in every
 * run (tester44 #9); the complete lists of capped tabs are CSV files beside the workbook, one per
 * tab, each named on its tab.
 */
const UNWRITTEN_TABS: readonly OutputTab[] = ["customerList"];

/**
 * Tabs added after the run log's layout 2: their row-count columns go at the END of the log
 * (after its warnings), in registry order, so no earlier column moves (the add-in copies the
 * header row over the live table; a column inserted before "durationSeconds" would rename it and
 * every column after it under users' structured references).
 */
const LATER_LOGGED_TABS: readonly OutputTab[] = ["atRisk"];

/**
 * The tabs whose row counts the run log appends after its warnings (see LATER_LOGGED_TABS).
 *
 * @example laterLoggedTabs() // ["atRisk"]
 */
export function laterLoggedTabs(): OutputTab[] {
  return OUTPUT_TAB_KEYS.filter((t) => LATER_LOGGED_TABS.includes(t));
}
