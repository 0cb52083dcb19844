import { analyzeWorkbook, type Progress } from "../../engine/analyze";
import { localNow } from "../../engine/analysisDate";
import { CancelledError } from "../../engine/errors";
import type { ColumnOverrides } from "../../engine/ingest/header";
import type { GridSource } from "../../engine/ingest/workbook";
import type { EpochDay } from "../../engine/parse/date";
import type { ReportTable } from "../../engine/report/table";
import { analysisTables } from "../../engine/report/tabs";
import type { RuleSet } from "../../engine/rules";
import type { Lang, SheetKind } from "../../engine/schema";
import { tabNamesTaken } from "../../engine/words/tabNamesKept";
import { hiddenInputSheets } from "../../engine/ingest/hiddenInputSheets";
import { dataCheckOf, type DataCheck } from "../dataCheck";
import { paneAnalysis, type PaneAnalysis } from "./paneAnalysis";

/**
 * The engine's part of a run, the same in the analysis worker and on the page (the fallback):
 * read the inputs from a GridSource, analyse, and build the report tables the page then writes.
 * Everything here is plain data, so a request can be posted to a worker as it is.
 */

/** What the engine needs for a run (posted to the worker as it is). */
export interface RunRequest {
  rules: RuleSet;
  asOf: EpochDay;
  sheets: Partial<Record<SheetKind, string>>;
  columns: Partial<Record<SheetKind, ColumnOverrides>>;
  lang: Lang;
  /** When the run started (ms since 1970): the run log's duration counts from here. */
  started: number;
  /** The run log's "at" (epoch day with time); default: when the analysis ends. */
  at?: number;
}

export interface KeyFigures {
  customers: number;
  highRisk: number;
  /** Follow-ups planned in the 7 days from the analysis date. */
  followUpsThisWeek: number;
  /** NPS (−100…100), null when there are no answers to the recommend question. */
  nps: number | null;
  /**
   * Why nps is null, in the user's terms (tester54 T15: 20 survey rows read and the pane said "No
   * surveys"): no survey sheet; surveys but no recommend answer at all (the column was not read);
   * or none in the analysis window. null when nps is a number.
   */
  npsMissing: "noSurveys" | "noRecommendAnswers" | "noneInWindow" | null;
}

/** What the engine hands back: the tables to write and what the Results step shows. */
export interface EngineResult {
  analysis: PaneAnalysis;
  tables: ReportTable[];
  figures: KeyFigures;
  check: DataCheck;
}

/**
 * The figures the Results step leads with.
 *
 * @example keyFigures(analysis).highRisk // analysis.kpis.customersByRisk[0]
 */
export function keyFigures(analysis: PaneAnalysis): KeyFigures {
  const { followUps } = analysis.schedule;
  const weekEnd = analysis.asOf + 7;
  let week = 0;
  for (let i = 0; i < followUps.count; i++) if (followUps.day[i] < weekEnd) week++;
  const sat = analysis.satisfaction;
  const nps = sat?.window.stats.nps; // the analysis window's, as the Overview
  const known = nps !== undefined && Number.isFinite(nps);
  return {
    customers: analysis.dataset.customers.count,
    highRisk: analysis.kpis.customersByRisk[0] ?? 0,
    followUpsThisWeek: week,
    nps: known ? nps : null,
    npsMissing: known
      ? null
      : !sat
        ? "noSurveys"
        : sat.overall.npsAnswers === 0
          ? "noRecommendAnswers"
          : "noneInWindow",
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Reads, analyses and builds the report tables. Throws InputError or CancelledError.
 *
 * @example const { tables, figures } = await engineRun(source, request, onProgress);
 */
export async function engineRun(
  source: GridSource,
  request: RunRequest,
  onProgress: (p: Progress) => void,
  isCancelled: () => boolean = () => false,
): Promise<EngineResult> {
  // Our tabs' names, as the command line decides them (words/tabNamesKept.ts tabSheetNames), in
  // the analysis, before the warnings and tables that name a tab are worded: a sheet of the
  // user's named as one of ours (a hand-made 概览) keeps its name, ours is "概览 (2)", pointers
  // name it, and the run says so (tab_names_taken). The add-in renames a tab of ours to the run's
  // language (Excel rewrites references to it): no name is kept.
  const analysis = await analyzeWorkbook(source, {
    naming: { lang: request.lang, keepOwned: false },
    rules: request.rules,
    asOf: request.asOf,
    sheets: request.sheets,
    columns: request.columns,
    onProgress,
    isCancelled,
  });
  if (isCancelled()) throw new CancelledError();
  const taken = analysis.named ? tabNamesTaken(analysis.named) : null;
  if (taken) analysis.warnings.push(taken);
  // An input sheet hidden in Excel: said first, as the command line does (tester63 L, fix64e).
  const hidden = new Set(source.hiddenSheets ? await source.hiddenSheets() : []);
  analysis.warnings.unshift(...hiddenInputSheets(analysis.dataset, hidden));
  const tables = analysisTables(
    analysis,
    request.lang,
    {
      at: request.at ?? localNow(),
      durationSeconds: round1((Date.now() - request.started) / 1000),
      source: "add-in",
    },
    analysis.named?.sheets,
  );
  const pane = paneAnalysis(analysis);
  return { analysis: pane, tables, figures: keyFigures(pane), check: dataCheckOf(analysis) };
}
