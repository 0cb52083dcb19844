import type { ExcelRun } from "./run";

/**
 * Which ExcelApi requirement sets the host supports. The manifest declares ExcelApi 1.9; every
 * API above it is used only when the host says it has it (Office.context.requirements
 * .isSetSupported, "Checking for requirement set support at runtime", Microsoft Learn), with a
 * fallback at 1.9 that gives the same results.
 */
export type ApiSupport = (version: string) => boolean;

/** APIs above the declared 1.9 that the adapter uses when present, and what it does without. */
export const ABOVE_DECLARED = {
  /** Table.resize (1.13); without: rows inserted/deleted inside the table (Range.insert/delete, 1.1). */
  tableResize: "1.13",
  /** RunOptions.delayForCellEdit (1.11); without: a batch fails in cell-edit mode and is retried. */
  delayForCellEdit: "1.11",
  /**
   * Range.getMergedAreasOrNullObject (1.13); without: merged cells are read as Excel holds them
   * (the value in the top-left cell only), as before.
   */
  mergedAreas: "1.13",
} as const;

/** APIs below it that the up-front check reads (always present at 1.9, guarded all the same). */
export const BELOW_DECLARED = {
  /** workbook.readOnly (1.8). */
  readOnly: "1.8",
  /** workbook.protection.protected (1.7). */
  workbookProtection: "1.7",
} as const;

/**
 * The host's support, from office.js; outside Office (the simulator in tests and the preview),
 * everything (the simulator enforces its own apiVersion).
 *
 * @example hostApiSupport()("1.13") // true on a current Excel
 */
export function hostApiSupport(): ApiSupport {
  return (version) => {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
}

/**
 * A run that asks Excel to wait while the user is typing in a cell (RunOptions.delayForCellEdit:
 * "if the user is in cell edit mode the batch request is delayed until the user exits cell edit
 * mode"; without it "the batch automatically fails"). Hosts below 1.11 get the plain run.
 *
 * @example const run = patientRun(officeRun(), hostApiSupport());
 */
export function patientRun(run: ExcelRun, supports: ApiSupport): ExcelRun {
  if (!supports(ABOVE_DECLARED.delayForCellEdit)) return run;
  return (batch, options) => run(batch, { delayForCellEdit: true, ...options });
}
