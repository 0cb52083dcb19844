/**
 * What the task pane does, apart from React, in one import: read and save the settings kept in
 * the workbook (choices.ts), find the input sheets and their columns (inputs.ts), check the data
 * (dataCheck.ts), run the analysis with progress and cancel — the engine in a Web Worker, the
 * reads and writes through Office.js on the page (run/) — and put errors in words (errorText.ts).
 * The same code drives Excel (Excel.run) and the preview page (the simulator's run); tests drive
 * it in Node, where the engine runs on the calling thread.
 */
export {
  loadSettings,
  saveSettings,
  withColumn,
  withColumnChoice,
  withSheet,
  type Choices,
  type LoadedSettings,
} from "./choices";
export { detectInputs, readTopRows, type Detection, type InputInfo } from "./inputs";
export {
  checkData,
  dataCheckOf,
  problemCounts,
  type DataCheck,
  type ProblemCount,
} from "./dataCheck";
export { describeError, type ErrorText } from "./errorText";
export { keyFigures, type KeyFigures } from "./run/engineRun";
export type { PaneAnalysis } from "./run/paneAnalysis";
export { pauser, withPauses } from "./run/pause";
export type { Phase, RunProgress } from "./run/progress";
export {
  activateTab,
  runAnalysis,
  showDate,
  type Host,
  type RunOptions,
  type RunResult,
} from "./run/runAnalysis";
