import { SimWorkbookProxy } from "./api";
import { SimContext } from "./context";
import type { SimWorkbook } from "./workbook";

export { SimWorkbook } from "./workbook";
export { sheetNameProblem } from "./naming";
export type { SimStats, SyncRecord } from "./stats";
export { SimSheet } from "./sheet";
export { SimError } from "./errors";
export {
  PAYLOAD_LIMIT_BYTES,
  READ_CELL_LIMIT,
  OPERATION_ENVELOPE_BYTES,
  jsonByteLength,
  utf8Length,
} from "./payload";

import type { ExcelRun } from "../office/run";
export type { ExcelRun };

/** The simulated RequestContext: `workbook`, `application`, `sync`, `trackedObjects`. */
export class SimRequestContext extends SimContext {
  readonly workbook: SimWorkbookProxy;
  readonly application;

  constructor(wb: SimWorkbook) {
    super(wb);
    this.workbook = new SimWorkbookProxy(this);
    this.application = this.workbook.application;
  }
}

/**
 * A stand-in for Excel.run over an in-memory workbook, with Excel's load/sync rules, payload
 * limits, sheet-name rules and value coercion (see README of each module). Works in jest and in a
 * browser page (no Node APIs).
 *
 * @example
 * const wb = SimWorkbook.fromSheets({ Sheet1: [["a", 1]] });
 * const excel = createSimulatedExcel(wb);
 * await excel.run(async (context) => {
 *   const r = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
 *   r.load("values");
 *   await context.sync();
 *   return r.values[0][0]; // 1
 * });
 */
export function createSimulatedExcel(workbook: SimWorkbook): {
  run: ExcelRun;
  workbook: SimWorkbook;
  /** Office.context.requirements.isSetSupported for this host (workbook.apiVersion). */
  isSetSupported: (name: string, version?: string) => boolean;
} {
  type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
  const run = async <T>(batch: Batch<T>, options: Excel.RunOptions = {}): Promise<T> => {
    const context = new SimRequestContext(workbook);
    if (options.delayForCellEdit !== undefined) {
      workbook.requireApi("1.11", "RunOptions.delayForCellEdit");
      context.delayForCellEdit = options.delayForCellEdit;
    }
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      await context.finish();
      return result;
    } finally {
      context.closed = true;
    }
  };
  return {
    run: run as ExcelRun,
    workbook,
    isSetSupported: (name, version) => workbook.isSetSupported(name, version),
  };
}
