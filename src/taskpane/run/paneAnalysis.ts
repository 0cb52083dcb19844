import type { Analysis } from "../../engine/analyze";
import type { Dataset } from "../../engine/model";
import type { FollowUpSchedule } from "../../engine/followUp/schedule";
import type { Finding } from "../../engine/quality";
import { toldBeyondWarnings } from "../../engine/report/toldFindings";

/**
 * What the task pane keeps of a run's Analysis: the parts the Results step shows (key figures,
 * changes, the follow-up plan's summary, warnings, churn validation). The rest (per-customer and
 * per-transaction columns, findings, the fitted model's functions, the work calendar) stays where
 * the engine ran: it is large, and functions cannot be posted from a Web Worker. The snapshot
 * (what the next refresh compares with) is here when the engine ran on the page; a run in the
 * analysis worker leaves it there (worker/engineSide.ts): the pane shows none of it, and its four
 * text columns of every customer would take the page hundreds of milliseconds to copy.
 */
export interface PaneAnalysis extends Pick<
  Analysis,
  | "asOf"
  | "rules"
  | "ruleSet"
  | "warnings"
  | "satisfaction"
  | "complaints"
  | "kpis"
  | "churn"
  | "snapshot"
  | "earlierRunLog"
  | "changes"
> {
  dataset: Pick<Dataset, "counts"> & { customers: { count: number } };
  schedule: Omit<FollowUpSchedule, "calendar">;
  /**
   * The findings said beside the run's warnings, as the command line says them (report/toldFindings.ts:
   * sheets read together, a refund deducted; tester63 L: the pane showed 3 of the CLI's 5).
   */
  toldFindings?: Finding[];
}

/**
 * The pane's part of an analysis (shares the arrays; copies nothing).
 *
 * @example paneAnalysis(analysis).dataset.customers.count
 */
export function paneAnalysis(a: Analysis): PaneAnalysis {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { calendar, ...schedule } = a.schedule;
  return {
    asOf: a.asOf,
    rules: a.rules,
    ruleSet: a.ruleSet,
    warnings: a.warnings,
    satisfaction: a.satisfaction,
    complaints: a.complaints,
    kpis: a.kpis,
    churn: a.churn,
    snapshot: a.snapshot,
    earlierRunLog: a.earlierRunLog,
    changes: a.changes,
    dataset: { counts: a.dataset.counts, customers: { count: a.dataset.customers.count } },
    schedule,
    toldFindings: toldBeyondWarnings(a),
  };
}

/**
 * The buffers of every typed array in a value (each once), to transfer rather than copy it to
 * another thread. The sender must not use those arrays afterwards.
 *
 * @example worker.postMessage(result, transferables(result));
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      buffers.add(v);
      return;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        visit(k);
        visit(x);
      }
      return;
    }
    if (v instanceof Set) {
      for (const x of v) visit(x);
      return;
    }
    if (Array.isArray(v)) {
      // Arrays of primitives (strings of ids) are long: skip them after a look at the first item.
      if (v.length > 0 && (v[0] === null || typeof v[0] !== "object")) return;
      for (const x of v) visit(x);
      return;
    }
    for (const x of Object.values(v)) visit(x);
  };
  visit(value);
  return [...buffers];
}
