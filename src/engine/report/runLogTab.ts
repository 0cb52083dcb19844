import type { Cell } from "../cells";
import type { RowCounts } from "../model";
import type { Lang, SheetKind } from "../schema";
import type { WordParams } from "../words/format";
import { tableOf, type OutputTab, type ReportColumn, type ReportTable } from "./table";
import {
  LATER_LOGGED_INPUTS,
  LOGGED_INPUTS,
  laterLoggedTabs,
  loggedTabs,
  tabLabel,
  tabName,
} from "./outputTabs";
import {
  extraRunLogColumns,
  HEADLINE_KPIS,
  kpiColumns,
  loggedKpi,
  mergeRunLog,
  type HeadlineKpis,
  type RunLogRow,
} from "../changes/history";
import { CATALOGS, say, type Code } from "../words/catalog";

/**
 * One run of the analysis, as the lead's pipeline fills it: the audit trail 002 系统功能模块 3/7
 * asks for. Times are epoch days with a time of day (wall clock).
 */
export interface RunLogEntry {
  /** When the run started. */
  at: number;
  ruleSetVersion: string;
  ruleSetHash: string;
  /** The analysis date. */
  asOf: number;
  /** Rows read / used / rejected per input sheet (Dataset.counts); absent sheets stay blank. */
  sheets: Partial<Record<SheetKind, RowCounts>>;
  /** Rows written per output tab. */
  outputs: Partial<Record<OutputTab, number>>;
  durationSeconds: number;
  /** Where it ran: "add-in" or "cli" (free text). */
  source?: string;
  /** The run's headline KPIs (the KPI history); blank when absent. */
  kpis?: HeadlineKpis;
  /** The run's warnings in the tab's language (followUp/warnings.ts: calendar ends, stale data). */
  warnings?: readonly string[];
}

/**
 * The columns that print (ReportTable.printColumns), the log's first: when each run was, where,
 * with which rule set, for which analysis date; one page wide. The row counts, duration, KPIs and
 * warnings stay on screen (the KPI history and this run's warnings print on the Overview): all 41
 * columns printed three pages wide for any number of rows, 3 pages for a log of 2 runs (issue 11
 * item 3). The columns keep their order (outputTabs.ts: rows of different versions line up).
 */
export const RUN_LOG_PRINTED = 5;

/**
 * The run-log columns: fixed for every run (all five input sheets and all output tabs), so rows
 * appended by different runs line up.
 *
 * @example runLogColumns("en-US")[0].header // "Run at"
 */
export function runLogColumns(lang: Lang): ReportColumn[] {
  const w = (code: Code<"runLog">, params?: WordParams) => say(lang, "runLog", code, params);
  const cols: ReportColumn[] = [
    { key: "at", header: w("at"), format: "datetime" },
    { key: "source", header: w("source"), format: "text" },
    { key: "ruleSetVersion", header: w("ruleSetVersion"), format: "text" },
    { key: "ruleSetHash", header: w("ruleSetHash"), format: "text" },
    { key: "analysisDate", header: w("analysisDate"), format: "date" },
  ];
  const inputCounts = (kinds: readonly SheetKind[]) => {
    for (const kind of kinds) {
      for (const k of ["read", "used", "rejected"] as const) {
        const header = w("sheetCount", { sheet: w(kind), count: w(k) });
        cols.push({ key: `${kind}${k[0].toUpperCase()}${k.slice(1)}`, header, format: "integer" });
      }
    }
  };
  inputCounts(LOGGED_INPUTS);
  for (const tab of loggedTabs()) {
    cols.push({
      key: `${tab}Rows`,
      header: w("tabRows", { tab: tabLabel(tab, lang) }),
      format: "integer",
    });
  }
  cols.push({ key: "durationSeconds", header: w("durationSeconds"), format: "number" });
  // The KPI history (issue 12), appended after the earlier layout's columns.
  cols.push(...kpiColumns(lang));
  // The run's warnings (issue 10, 7), after those: a log read back from an earlier layout leaves it blank.
  cols.push({ key: "warnings", header: w("warnings"), format: "text" });
  // Row counts of tabs added later (outputTabs.ts laterLoggedTabs), appended after the warnings.
  for (const tab of laterLoggedTabs())
    cols.push({
      key: `${tab}Rows`,
      header: w("tabRows", { tab: tabLabel(tab, lang) }),
      format: "integer",
    });
  // … and of inputs added later (the Visits), after those.
  inputCounts(LATER_LOGGED_INPUTS);
  return cols;
}

/**
 * The run-log columns a log is read back by: this layout's, and headers earlier layouts wrote for
 * the same keys (the hidden state tab's row count was headed by its sheet name until stop 21).
 *
 * @example runLogReadColumns("zh-CN").some((c) => c.header === "CA_run_state输出行数") // true
 */
export function runLogReadColumns(lang: Lang): ReportColumn[] {
  const earlier = say(lang, "runLog", "tabRows", { tab: tabName("runState", lang) });
  return [...runLogColumns(lang), { key: "runStateRows", header: earlier, format: "integer" }];
}

/**
 * The run log tab: one row per analysis date, oldest first. `earlier` are the rows the previous
 * run log held (read by readRunLogRows, either layout and language); this run's row replaces the
 * row of its date. The whole log is written each run (mode "replace"), so a log of the earlier
 * layout is migrated rather than appended to.
 *
 * @example runLogTable({ at: 20453.4, ruleSetVersion: "1", ruleSetHash: "ab12", asOf: 20453, sheets: {}, outputs: {}, durationSeconds: 1.2 }, "zh-CN").rowCount // 1
 */
export function runLogTable(
  entry: RunLogEntry,
  lang: Lang,
  earlier: readonly RunLogRow[] = [],
): ReportTable {
  const own = runLogColumns(lang);
  // A newer version's columns found in the earlier log stay, after ours (history.ts).
  const columns = [...own, ...extraRunLogColumns(earlier)];
  const row: Cell[] = [
    entry.at,
    sourceWords(entry.source, lang),
    entry.ruleSetVersion,
    entry.ruleSetHash,
    Math.floor(entry.asOf),
  ];
  const inputCounts = (kinds: readonly SheetKind[]) => {
    for (const kind of kinds) {
      const c = entry.sheets[kind];
      row.push(c ? c.read : null, c ? c.used : null, c ? c.rejected : null);
    }
  };
  inputCounts(LOGGED_INPUTS);
  for (const tab of loggedTabs()) row.push(entry.outputs[tab] ?? null);
  row.push(Math.round(entry.durationSeconds * 100) / 100);
  for (const k of HEADLINE_KPIS) {
    const x = entry.kpis?.[k];
    // Revenue to the cent (a float sum: 3772642.7000000007 was in the cell), rates and the AUC to
    // 4 decimals as the JSON gives them (0.5328947368421053 was: stop 24 tester #12).
    row.push(x === undefined ? null : loggedKpi(k, x));
  }
  row.push(entry.warnings && entry.warnings.length > 0 ? entry.warnings.join("\n") : null);
  for (const tab of laterLoggedTabs()) row.push(entry.outputs[tab] ?? null);
  inputCounts(LATER_LOGGED_INPUTS);
  const cells: Record<string, Cell> = {};
  own.forEach((c, k) => (cells[c.key] = row[k]));
  const current: RunLogRow = { asOf: Math.floor(entry.asOf), at: entry.at, cells };
  // An earlier row made from a JSON result says where it ran as a code (history.ts ownRunCells):
  // in the tab's words, as this run's; a row read from a log is in its words already.
  const cell = (r: RunLogRow, key: string): Cell => {
    const v = r.cells[key] ?? null;
    return key === "source" &&
      r !== current &&
      typeof v === "string" &&
      Object.hasOwn(SOURCE_CODES, v)
      ? sourceWords(v, lang)
      : v;
  };
  const data = mergeRunLog(earlier, current).map((r) => columns.map((c) => cell(r, c.key)));
  return {
    ...tableOf("runLog", tabName("runLog", lang), columns, data, { mode: "replace" }),
    printColumns: RUN_LOG_PRINTED,
  };
}

/** The codes of where a run came from (the catalog's runSource). */
const SOURCE_CODES: Record<string, unknown> = CATALOGS["en-US"].runSource;

/** Where a run came from in the tab's language ("cli" → 命令行); free text stays as given. */
function sourceWords(source: string | undefined, lang: Lang): string {
  if (source === undefined) return "";
  const words = CATALOGS[lang].runSource as Record<string, string>;
  return words[source] ?? source;
}
