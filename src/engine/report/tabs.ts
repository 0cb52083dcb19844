import { typedLineCount, WrittenTexts } from "../followUp/typedNotes";
import type { Analysis } from "../analyze";
import type { Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import type { WordParams } from "../words/format";
import { priorToKeep, snapshotOf, stateTable } from "../changes";
import type { PackedCells } from "../changes/statePacked";
import { headlineKpis, runHistory } from "../changes/history";
import { atRiskInputsOf, atRiskTable, keepReasons, reasonsKept } from "./atRiskTab";
import { changesTable, withinRhythmOf } from "./changesTab";
import { changesSkippedTable } from "./changesSkipped";
import { complaintsTable } from "./complaintsTab";
import { dataQualityTable } from "./dataQualityTab";
import { callerInputsOf, followUpTable } from "./followUpTab";
import { overviewTable } from "./overviewTab";
import { scheduleSummary } from "../followUp/summary";
import { runLogTable, type RunLogEntry } from "./runLogTab";
import { satisfactionTable } from "./satisfactionTab";
import { segmentsTable, type ExtraColumn } from "./segmentsTab";
import { validationTable } from "./validationTab";
import { fourDecimals, moneyCell, type ReportTable } from "./table";
import { amountsCurrency } from "./amountsCurrency";
import { applyOutputLimits, type FullListPlace, type LimitedTables } from "./limits";
import type { OutputTab, TabSheets } from "./outputTabs";

/** Columns the later analyses add to the classified-customers tab. */
function extraSegmentColumns(a: Analysis, lang: Lang): ExtraColumn[] {
  const h = (key: Code<"segmentColumns">, params?: WordParams) =>
    say(lang, "segmentColumns", key, params);
  const orBlank = (values: Float64Array) => (i: number) =>
    Number.isFinite(values[i]) ? values[i] : null;
  const m = a.model;
  const columns: ExtraColumn[] = [
    {
      column: {
        key: "nextFollowUp",
        header: h("nextFollowUp"),
        format: "date",
        width: 12,
      },
      value: orBlank(a.schedule.nextFollowUp),
    },
  ];
  // No P(alive) column (stop 36, tester11 #3): beside the churn probability it read as a second
  // "will this customer stay" figure that contradicted it (P(alive) 4.6% on a row at 6.9% risk),
  // and backtested it is not one: on the bundled samples as of 2025-09-30, 48% (zh) and 45% (en)
  // of the customers it put under 20% bought in the next 90 days (scripts/alive-check.ts). The
  // churn probability is the figure the tool stands behind; P(alive) stays in the JSON, documented.
  if (m.bgnbd) {
    columns.push({
      column: {
        key: "expectedPurchases",
        header: h("expectedPurchases", { days: m.purchaseHorizonDays }),
        format: "number",
        width: 12,
      },
      // As in the JSON: 4 decimals (the model's double has 17 digits nobody reads).
      value: (i) => fourDecimals(m.expectedPurchases[i]),
    });
  }
  if (m.gammaGamma) {
    columns.push({
      column: {
        key: "clv",
        header: h("clv", { months: m.clvHorizonMonths }),
        format: "money",
        width: 14,
      },
      value: (i) => moneyCell(m.clv[i]), // to the cent, as in the JSON
    });
  }
  if (m.bgnbd) {
    columns.push({
      column: {
        key: "expectedNextPurchase",
        header: h("expectedNextPurchase"),
        format: "date",
        width: 12,
      },
      // The day the model's chance of a purchase reaches 50% (blank: not within the cap).
      value: orBlank(m.expectedNextPurchase),
    });
  }
  return columns;
}

/**
 * Every output tab of a run in the order a user reads them, the run log last. `runLog` is the row
 * this run appends; the tab counts in it are taken from the other tables.
 *
 * @example analysisTables(analysis, "zh-CN", { at, durationSeconds: 3.2, source: "cli" }).map((t) => t.sheetName)
 */
export function analysisTables(
  a: Analysis,
  lang: Lang,
  run: Pick<RunLogEntry, "at" | "durationSeconds" | "source">,
  sheets?: TabSheets,
): ReportTable[] {
  return limitedAnalysisTables(a, lang, run, jsonResult, sheets).tables;
}

/**
 * The output tabs with Excel's limits applied (report/limits.ts: worklists capped at the rule set's
 * `limits.worklistRows`, data tabs continued on numbered tabs, cells made safe), and the capped
 * tabs in full for a caller that can write them elsewhere. `fullListsAt` says where the complete
 * lists are, in the user's words (by default: the JSON result). `sheets`: the names the tabs are
 * written under (words/tabNamesKept.ts tabSheetNames), each table's and its pointers' (default:
 * the tabs' names in the run's language). `statePacked`: the run state's cells of `a.snapshot`
 * packed elsewhere (the command line's aside thread), asked as the state tab is written (stateTable).
 */
export function limitedAnalysisTables(
  a: Analysis,
  lang: Lang,
  run: Pick<RunLogEntry, "at" | "durationSeconds" | "source">,
  fullListsAt: FullListPlace = jsonResult,
  sheets?: TabSheets,
  statePacked?: () => PackedCells | null,
): LimitedTables {
  return applyOutputLimits(allTables(a, lang, run, sheets, statePacked), {
    lang,
    worklistRows: a.rules.limits.worklistRows,
    fullListsAt,
  });
}

/**
 * The tabs a run writes, in allTables' order (the order of a new workbook's tab bar), without
 * building them: the command line names the tabs new to a workbook in its `tab_names_kept`
 * warning, which the Overview and the run log carry, so it is made before the tables are
 * (words/tabNamesKept.ts; outputTabs.test holds the two together). Numbered parts (`客户分类 (2)`)
 * are their tab's.
 *
 * @example tabsWritten(firstRun).includes("changes") // false: nothing to compare with yet
 */
export function tabsWritten(a: Pick<Analysis, "changes" | "laterRun" | "stateKept">): OutputTab[] {
  const changes = Boolean(a.changes) || a.laterRun !== undefined;
  return [
    "overview",
    ...(changes ? (["changes"] as const) : []),
    "segments",
    "followUps",
    "atRisk",
    "satisfaction",
    "complaints",
    "validation",
    "dataQuality",
    ...(a.stateKept === undefined ? (["runState"] as const) : []),
    "runLog",
  ];
}

const jsonResult: FullListPlace = (_table, lang) => say(lang, "limits", "jsonResult");

function allTables(
  a: Analysis,
  lang: Lang,
  run: Pick<RunLogEntry, "at" | "durationSeconds" | "source">,
  sheets?: TabSheets,
  statePacked?: () => PackedCells | null,
): ReportTable[] {
  // The segments tab keeps the reasons of the customers on the schedule and the at-risk list for
  // the two tabs written after it.
  const kept = reasonsKept(a.classification.analysis, a.schedule);
  // The schedule texts of ours this run writes, kept in the run state: the next refresh tells
  // what a user typed from them (followUp/typedNotes.ts WrittenTexts; reviewer44 D1).
  const written = new WrittenTexts();
  const schedule = followUpTable(
    a.schedule,
    a.dataset,
    lang,
    {
      ...callerInputsOf(a),
      written: { texts: written, worklistRows: a.rules.limits.worklistRows },
    },
    kept,
  );
  const tables: ReportTable[] = [
    overviewTable(
      {
        kpis: a.kpis,
        satisfaction: a.satisfaction,
        complaints: a.complaints,
        asOf: a.asOf,
        history: runHistory(a),
        validation: a.churn.validation,
        churnDefaultNote: a.churn.model.note ?? a.churn.model.keptNote ?? null,
        schedule: scheduleSummary(a.schedule),
        warnings: a.warnings,
        changes: a.changes,
        stageRules: {
          lifecycle: a.rules.lifecycle,
          churnedAfterDays: a.rules.churn.churnedAfterDays,
        },
        sheets,
        visitsAppointments: a.dataset.visits?.appointments === true,
      },
      lang,
    ),
    keepReasons(
      segmentsTable(a.dataset, a.summary, a.classification, lang, extraSegmentColumns(a, lang)),
      kept,
    ),
    schedule,
    // Who is about to leave and why, biggest value at stake first (after the schedule it points to).
    atRiskTable(atRiskInputsOf(a), lang, kept),
    satisfactionTable(a.satisfaction, a.dataset, a.rules.satisfaction, lang, a.findings),
    complaintsTable(a.complaints, a.dataset, a.rules.complaints, lang, a.findings),
    validationTable(a.churn.validation, lang),
    dataQualityTable(a.findings, lang),
  ];
  // Every tab's amounts in the rule set's currency, else the transactions': their values' symbol, else their header's
  // (ingest/amountCurrency.ts); none said: the yuan. Both adapters read it (numberFormat); the
  // Changes tab's widths, which it prints at, hold its symbol (HK$: three characters).
  const currency = amountsCurrency(a.rules, a.dataset);
  // What changed since the last run comes right after the Overview: the first question after a refresh.
  // A later run to compare with (changes/laterRun.ts): the tab says why nothing is compared.
  const changes =
    a.laterRun !== undefined && !a.changes
      ? changesSkippedTable(a.laterRun, a.asOf, lang, a.stateKept)
      : changesTable(a.changes, lang, a.classification.windowMonths, currency, withinRhythmOf(a));
  if (changes) tables.splice(1, 0, changes);
  // The hidden run state the next refresh compares with; not over a later run's (laterOwnRun:
  // that tab is left as it is, by the file writer and the add-in alike).
  // It keeps the run it compared with when that is earlier: a re-run of this date compares with it.
  if (a.stateKept === undefined)
    tables.push(
      stateTable(
        a.snapshot ?? snapshotOf(a),
        priorToKeep(a.asOf, a.changes?.previous),
        a.rules.churn.levels,
        // Hashes a row at most (WrittenTexts: its lines of ours, and of what was typed).
        {
          cells: () => written.cells(),
          take: () => written.take(),
          maxCells: WrittenTexts.maxCells(schedule.rowCount, typedLineCount(a.carriedNotes)),
        },
        // Packed elsewhere from the run's own snapshot only.
        a.snapshot ? statePacked : undefined,
      ),
    );
  const outputs = Object.fromEntries(tables.map((t) => [t.tab, t.rowCount]));
  const entry: RunLogEntry = {
    ...run,
    ruleSetVersion: String(a.ruleSet.version),
    ruleSetHash: a.ruleSet.hash,
    asOf: a.asOf,
    sheets: a.dataset.counts,
    outputs,
    kpis: headlineKpis(a),
    warnings: a.warnings.map((w) => w.message[lang]),
  };
  tables.push(runLogTable(entry, lang, a.earlierRunLog));
  // Each tab under the name it is written as (a sheet of the user's holds its usual one).
  for (const t of tables) t.sheetName = sheets?.[t.tab] ?? t.sheetName;
  if (currency !== undefined) for (const t of tables) t.currency = currency;
  return tables;
}
