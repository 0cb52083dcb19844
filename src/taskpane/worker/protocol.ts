import type { Progress } from "../../engine/analyze";
import { CancelledError, InputError, type InputAt } from "../../engine/errors";
import type { OutputTab } from "../../engine/report/table";
import type { DataCheck } from "../dataCheck";
import type { KeyFigures, RunRequest } from "../run/engineRun";
import type { PaneAnalysis } from "../run/paneAnalysis";
import type { PackedGrid } from "./packedGrid";
import type { TableHead } from "./packedTable";

/**
 * The messages between the page and the analysis worker. Office.js works only on the page, so the
 * worker asks the page for the workbook (sheet names, a sheet's rows in blocks, the previous run's
 * tabs) and the page answers; the worker posts progress and, at the end, the report tables and
 * what the Results step shows. Cancel is the page terminating the worker.
 */

/** Either end: a Worker, the worker's global scope, a MessagePort. */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type ToWorker =
  | { type: "run"; request: RunRequest }
  | { type: "reply"; id: number; value: unknown }
  | { type: "rows"; id: number; grid: PackedGrid; firstRow: number }
  | { type: "end"; id: number };

export type SourceCall =
  | { method: "sheetNames" }
  | { method: "worksheetNames" }
  | { method: "hiddenSheets" }
  | { method: "ownedSheet"; tab: OutputTab; part?: number }
  | { method: "readSheet"; sheet: string };

export type FromWorker =
  | { type: "ready" }
  | ({ type: "call"; id: number } & SourceCall)
  | { type: "progress"; progress: Progress }
  /**
   * One block of a report table's rows, each in a message of its own before "done": the page
   * takes each in a task of its own, so no one task unpacks the whole result (at 1,000,000 rows,
   * tens of millions of characters of text).
   */
  | { type: "block"; table: number; grid: PackedGrid }
  | {
      type: "done";
      analysis: PaneAnalysis;
      /** The tables without their rows (those came in "block" messages, in order). */
      tables: TableHead[];
      figures: KeyFigures;
      check: DataCheck;
    }
  | { type: "failed"; error: WireError };

/** An error as it crosses the boundary (an Error's class does not survive structured cloning). */
export type WireError =
  | { kind: "input"; message: string; messageZh: string; at?: InputAt }
  | { kind: "cancelled" }
  | { kind: "other"; message: string; stack?: string };

/** @example toWire(new InputError("No sheet", "没有表")) // { kind: "input", … } */
export function toWire(error: unknown): WireError {
  if (error instanceof InputError)
    return {
      kind: "input",
      message: error.message,
      messageZh: error.messageZh,
      ...(error.at && { at: error.at }),
    };
  if (error instanceof CancelledError) return { kind: "cancelled" };
  if (error instanceof Error) return { kind: "other", message: error.message, stack: error.stack };
  return { kind: "other", message: String(error) };
}

/** @example fromWire({ kind: "cancelled" }) instanceof CancelledError // true */
export function fromWire(wire: WireError): Error {
  if (wire.kind === "input") {
    const error = new InputError(wire.message, wire.messageZh);
    if (wire.at) error.at = wire.at;
    return error;
  }
  if (wire.kind === "cancelled") return new CancelledError();
  const error = new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
