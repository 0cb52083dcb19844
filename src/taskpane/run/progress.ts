import type { Progress } from "../../engine/analyze";
import type { ReportTable } from "../../engine/report/table";
import { translator, type StringKey } from "../i18n";
import type { Lang } from "../../engine/schema";

/**
 * The progress bar's words and fraction: the engine's progress (read, analysis steps) and the
 * adapter's writes turned into one bar over the whole run. Runs on the page, whichever thread
 * the engine runs on (the worker posts the engine's Progress as it is).
 */

export type Phase = "read" | "analyze" | "write";

/** Where a run is, for the progress bar. */
export interface RunProgress {
  phase: Phase;
  /** The current step in words (UI language). */
  label: string;
  /** Rows done in the current step (rows read, customers analysed, rows written). */
  rowsDone: number;
  /** Rows the current step has in all, when known (input rows, customers, the tab's rows). */
  rowsTotal?: number;
  /** 0–1 over the whole run; undefined when it cannot be estimated (an indeterminate bar). */
  fraction: number | undefined;
}

/** Share of the bar for each phase: reading is most of the work, then writing. */
const PHASE_SPAN: Record<Phase, [number, number]> = {
  read: [0, 0.5],
  analyze: [0.5, 0.6],
  write: [0.6, 1],
};

/**
 * The engine's analysis steps in the order analyze.ts runs them (churn/risk.ts reports its two
 * inner steps), each with its words. A step missing here shows as "Running…" and keeps the bar.
 */
export const ANALYZE_STEPS: readonly [string, StringKey][] = [
  ["summary", "stepSummary"],
  ["segments", "stepSegments"],
  ["model", "stepModel"],
  ["churnRisk", "stepChurnRisk"],
  ["churnLearn", "stepChurnLearn"],
  ["churnBacktest", "stepChurnBacktest"],
  // Said while churn risk learns (analyze.ts: satisfaction is summarised meanwhile), then the
  // comparison with the last run before the follow-up plan, which reads it.
  ["satisfaction", "stepSatisfaction"],
  ["changes", "stepChanges"],
  ["followUps", "stepFollowUps"],
  ["overview", "stepOverview"],
];

function within(phase: Phase, share: number): number {
  const [a, b] = PHASE_SPAN[phase];
  return a + (b - a) * Math.min(1, Math.max(0, share));
}

/**
 * Turns the engine's progress into the bar's: read steps name the sheet the user knows and count
 * rows over all inputs; analysis steps move the bar forward only.
 *
 * @example const bar = engineProgress("zh-CN", { customers: "客户" }, 0, report); bar({ step: "read", detail: "customers", rowsDone: 500 });
 */
export function engineProgress(
  lang: Lang,
  sheetNames: Partial<Record<string, string>>,
  expectedRows: number,
  report: (p: RunProgress) => void,
): (p: Progress) => void {
  const t = translator(lang);
  let readBefore = 0;
  let lastKind = "";
  let lastRows = 0;
  let analyzeShare = 0;
  return (p) => {
    if (p.step === "read") {
      if (p.detail !== lastKind) {
        readBefore += lastRows;
        lastKind = p.detail;
      }
      lastRows = p.rowsDone;
      const total = readBefore + p.rowsDone;
      report({
        phase: "read",
        label: t("stepRead", { sheet: sheetNames[p.detail] ?? p.detail }),
        rowsDone: total,
        rowsTotal: expectedRows > 0 ? Math.max(expectedRows, total) : undefined,
        fraction: expectedRows > 0 ? within("read", total / expectedRows) : undefined,
      });
      return;
    }
    const i = ANALYZE_STEPS.findIndex(([detail]) => detail === p.detail);
    if (i >= 0) analyzeShare = Math.max(analyzeShare, (i + 0.5) / ANALYZE_STEPS.length);
    report({
      phase: "analyze",
      label: i >= 0 ? t(ANALYZE_STEPS[i][1]) : t("running"),
      rowsDone: p.rowsDone,
      rowsTotal: p.rowsDone,
      fraction: within("analyze", analyzeShare),
    });
  };
}

/** The bar when the analysis is done and the result tables are being prepared. */
export function reportProgress(lang: Lang, customers: number): RunProgress {
  return {
    phase: "analyze",
    label: translator(lang)("stepReport"),
    rowsDone: customers,
    fraction: within("analyze", 1),
  };
}

/**
 * Progress over the writing of every tab: the adapter reports rows done per tab; the bar counts
 * rows over all tabs.
 *
 * @example const w = writeProgress("en-US", tables, report); w.start(); w.onRows("segments", 5000);
 */
export function writeProgress(
  lang: Lang,
  tables: readonly Pick<ReportTable, "tab" | "sheetName" | "rowCount">[],
  report: (p: RunProgress) => void,
): { start(): void; onRows(tab: string, rowsDone: number): void } {
  const t = translator(lang);
  const totalRows = tables.reduce((s, tb) => s + tb.rowCount, 0) || 1;
  const offsets = new Map<string, number>();
  let sum = 0;
  for (const tb of tables) {
    offsets.set(tb.tab, sum);
    sum += tb.rowCount;
  }
  const sheetOf = new Map(tables.map((tb) => [tb.tab as string, tb.sheetName]));
  const rowsOfTab = new Map(tables.map((tb) => [tb.tab as string, tb.rowCount]));
  return {
    start: () =>
      report({
        phase: "write",
        label: t("stepWrite", { tab: tables[0]?.sheetName ?? "" }),
        rowsDone: 0,
        fraction: within("write", 0),
      }),
    onRows: (tab, rowsDone) =>
      report({
        phase: "write",
        label: t("stepWrite", { tab: sheetOf.get(tab) ?? tab }),
        rowsDone,
        rowsTotal: rowsOfTab.get(tab),
        fraction: within("write", ((offsets.get(tab) ?? 0) + rowsDone) / totalRows),
      }),
  };
}

/**
 * Passes progress on at most every `everyMs` within one step: each report re-renders the pane,
 * and a 1,000,000-row run reports hundreds of chunks. A new step or label, and a step's end (all
 * rows done, or the bar full), always pass.
 *
 * @example const report = throttled((p) => dispatch(p), 100); report(p);
 */
export function throttled(
  report: (p: RunProgress) => void,
  everyMs = 100,
  clock: () => number = () => Date.now(),
): (p: RunProgress) => void {
  let lastKey = "";
  let last = -Infinity;
  return (p) => {
    const key = `${p.phase}\u0000${p.label}`;
    const now = clock();
    const ends = p.fraction === 1 || (p.rowsTotal !== undefined && p.rowsDone >= p.rowsTotal);
    if (key === lastKey && now - last < everyMs && !ends) return;
    lastKey = key;
    last = now;
    report(p);
  };
}
