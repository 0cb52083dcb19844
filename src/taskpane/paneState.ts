import { defaultRules, type RuleSet } from "../engine/rules";
import { SHEET_KINDS, type Lang, type SheetKind } from "../engine/schema";
import type { Choices, DataCheck, Detection, RunProgress, RunResult } from "./controller";
import type { StringKey } from "./i18n";
import { draftOf, type RulesDraft } from "./rulesForm";

/**
 * The task pane's state and every way it changes, as one reducer (App.tsx dispatches; nothing
 * else mutates it). Pure: tested in jest without React (test/taskpane/paneState.test.ts).
 *
 * Errors are kept as thrown (not as text) so they read in the language shown when they are
 * drawn, also after the user switches language.
 */

export type Step = "data" | "rules" | "run" | "results";

/** Where the pane's language came from (paneLanguage.ts). */
export type LangSource = "chosen" | "workbook" | "display";

export interface PaneState {
  step: Step;
  lang: Lang;
  langSource: LangSource;
  /** The last valid rule set: what a run uses and export shows. */
  rules: RuleSet;
  /** The rule set being edited (may be invalid while the user types). */
  draft: RulesDraft;
  /** A status line on the Rules step after a reset or import. */
  rulesNotice: "rulesReset" | "imported" | null;
  /**
   * True once the settings saved in the workbook were read (opening.ts): until then 重新查找 / Look
   * again opens the pane again rather than only looking.
   */
  settingsRead: boolean;
  /**
   * What the user changed themselves (typed or replaced the rules, chose a sheet or column): the
   * settings read after it (a read that failed at start, tried again) do not undo it.
   */
  edited: { rules: boolean; choices: boolean };
  /** Why the saved settings were not used, shown above every step. */
  loadProblem: { key: StringKey; detail: string[] | null; error?: unknown } | null;
  choices: Choices;
  detection: Detection | null;
  detecting: boolean;
  /** The data check for the inputs as detected; cleared when they change. */
  check: DataCheck | null;
  /** Rows read while checking; null when not checking. */
  checkingRows: number | null;
  /** A problem on the Data or Rules step (detecting, checking, saving settings). */
  dataError: unknown;
  progress: RunProgress | null;
  cancelling: boolean;
  result: RunResult | null;
  /** The inputs (inputsKey) the shown result was computed from. */
  resultInputs: string | null;
  /** Why the last run did not finish (a failure or a cancel). */
  runError: unknown;
  /** A problem opening a result tab. */
  activateError: { sheet: string; error: unknown } | null;
  /**
   * The input the Data step opens and scrolls to (a Go to Data from Run); `seq` counts the
   * requests, so asking again opens it again after the user closed it.
   */
  focusInput: { kind: SheetKind; seq: number } | null;
}

export type PaneAction =
  | { type: "step"; step: Step }
  | { type: "fixInput"; kind: SheetKind }
  | { type: "language"; lang: Lang; source: LangSource }
  | { type: "settingsLoaded"; rules: RuleSet; choices: Choices; rulesProblems: string[] }
  | { type: "loadFailed"; error: unknown }
  | { type: "choices"; choices: Choices }
  | { type: "detecting" }
  | { type: "detected"; detection: Detection }
  | { type: "dataFailed"; error: unknown }
  | { type: "saveFailed"; error: unknown }
  | { type: "draftEdited"; draft: RulesDraft; rules: RuleSet | null }
  | { type: "rulesReplaced"; rules: RuleSet; notice: "rulesReset" | "imported" }
  | { type: "checkStarted" }
  | { type: "checkRows"; rows: number }
  | { type: "checkDone"; check: DataCheck }
  | { type: "checkFailed"; error: unknown }
  | { type: "runStarted"; progress: RunProgress }
  | { type: "runProgress"; progress: RunProgress }
  | { type: "runDone"; result: RunResult }
  | { type: "runFailed"; error: unknown }
  | { type: "cancelRequested" }
  | { type: "activateStarted" }
  | { type: "activateFailed"; sheet: string; error: unknown };

/**
 * The state before anything is read from the workbook.
 *
 * @example initialState("zh-CN").step // "data"
 */
export function initialState(lang: Lang): PaneState {
  const rules = defaultRules();
  return {
    step: "data",
    lang,
    langSource: "display",
    rules,
    draft: draftOf(rules),
    rulesNotice: null,
    settingsRead: false,
    edited: { rules: false, choices: false },
    loadProblem: null,
    choices: { sheets: {}, columns: {} },
    detection: null,
    // The pane looks at the workbook as soon as it opens: looking until the first look ends.
    detecting: true,
    check: null,
    checkingRows: null,
    dataError: null,
    progress: null,
    cancelling: false,
    result: null,
    resultInputs: null,
    runError: null,
    activateError: null,
    focusInput: null,
  };
}

/**
 * What identifies the inputs a check or a run read: each input's sheet, header row and columns.
 * Two detections with the same key read the same data (as far as the pane can tell).
 *
 * @example inputsKey(null) // ""
 */
export function inputsKey(detection: Detection | null): string {
  if (!detection) return "";
  return JSON.stringify(
    SHEET_KINDS.map((k: SheetKind) => {
      const i = detection.inputs[k];
      return [i.sheet, i.headerRow, i.mapping];
    }),
  );
}

/**
 * The next state. Stale state is cleared where it is no longer true: a change of inputs drops the
 * data check and a cancel or failure reported for the old inputs; a new run drops the old error.
 *
 * @example paneReducer(initialState("en-US"), { type: "step", step: "run" }).step // "run"
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "step":
      // A step shown by its tab: no input to bring into view when Data is shown again.
      return { ...state, step: action.step, focusInput: null };
    case "fixInput":
      return {
        ...state,
        step: "data",
        focusInput: { kind: action.kind, seq: (state.focusInput?.seq ?? 0) + 1 },
      };
    case "language":
      return { ...state, lang: action.lang, langSource: action.source };
    case "settingsLoaded": {
      // What the user set meanwhile is newer than what was saved (and was saved, or said not to be).
      const rules = !state.edited.rules;
      return {
        ...state,
        ...(rules ? { rules: action.rules, draft: draftOf(action.rules) } : {}),
        choices: state.edited.choices ? state.choices : action.choices,
        settingsRead: true,
        loadProblem:
          rules && action.rulesProblems.length
            ? { key: "savedRulesInvalid", detail: action.rulesProblems }
            : null,
      };
    }
    case "loadFailed":
      // Not looking any more: 重新查找 / Look again is enabled again (it stayed disabled for good).
      return {
        ...state,
        loadProblem: { key: "loadFailed", detail: null, error: action.error },
        detecting: false,
      };
    case "choices":
      // The check was for the old choices.
      return {
        ...state,
        choices: action.choices,
        check: null,
        edited: { ...state.edited, choices: true },
      };
    case "detecting":
      return { ...state, detecting: true };
    case "detected": {
      const changed = inputsKey(state.detection) !== inputsKey(action.detection);
      if (!changed) return { ...state, detection: action.detection, detecting: false };
      return {
        ...state,
        detection: action.detection,
        detecting: false,
        check: null,
        dataError: null,
        // "Cancelled" or a failure of a run on inputs that are no longer there says nothing now.
        runError: null,
      };
    }
    case "dataFailed":
      return { ...state, dataError: action.error, detecting: false };
    // Settings or the language not saved in the workbook: said as a data problem, but a look under
    // way goes on (its spinner stays until it ends: reviewer50 L2).
    case "saveFailed":
      return { ...state, dataError: action.error };
    case "draftEdited":
      return {
        ...state,
        draft: action.draft,
        rules: action.rules ?? state.rules,
        rulesNotice: null,
        edited: { ...state.edited, rules: true },
      };
    case "rulesReplaced":
      return {
        ...state,
        rules: action.rules,
        draft: draftOf(action.rules),
        rulesNotice: action.notice,
        edited: { ...state.edited, rules: true },
      };
    case "checkStarted":
      return { ...state, checkingRows: 0, dataError: null };
    case "checkRows":
      return state.checkingRows === null ? state : { ...state, checkingRows: action.rows };
    case "checkDone":
      return { ...state, check: action.check, checkingRows: null };
    case "checkFailed":
      return { ...state, dataError: action.error, checkingRows: null };
    case "runStarted":
      return {
        ...state,
        progress: action.progress,
        cancelling: false,
        runError: null,
        dataError: null,
        activateError: null,
      };
    case "runProgress":
      return state.progress === null ? state : { ...state, progress: action.progress };
    case "runDone":
      return {
        ...state,
        progress: null,
        cancelling: false,
        result: action.result,
        resultInputs: inputsKey(state.detection),
        check: action.result.check,
        step: "results",
      };
    case "runFailed":
      return { ...state, progress: null, cancelling: false, runError: action.error };
    case "cancelRequested":
      return state.progress === null ? state : { ...state, cancelling: true };
    case "activateStarted":
      return { ...state, activateError: null };
    case "activateFailed":
      return { ...state, activateError: { sheet: action.sheet, error: action.error } };
  }
}

/** True while a run or a data check reads the workbook. */
export function isBusy(state: PaneState): boolean {
  return state.progress !== null || state.checkingRows !== null;
}

/**
 * A required input the run cannot read as detected: no sheet, no header row (`fields` empty,
 * `sheet` set), or required fields with no column (`fields`, keys).
 */
export interface InputBlock {
  kind: SheetKind;
  sheet: string | null;
  fields: readonly string[];
}

/**
 * The first required input the run cannot read, or null (nothing detected yet counts as none):
 * the Run step says it and where to fix it before the run, not after it fails (stop 51 tester P2).
 *
 * @example blockingInput(initialState("en-US")) // null (nothing detected yet)
 */
export function blockingInput(state: PaneState): InputBlock | null {
  const d = state.detection;
  if (!d) return null;
  for (const kind of SHEET_KINDS) {
    const i = d.inputs[kind];
    if (!i.required) continue;
    if (!i.sheet || i.headerRow === null) return { kind, sheet: i.sheet, fields: [] };
    if (i.missing.length > 0) return { kind, sheet: i.sheet, fields: i.missing };
  }
  return null;
}

/**
 * True when the shown result was computed from the inputs as now detected (the Run step says
 * "done" only then).
 */
export function resultIsCurrent(state: PaneState): boolean {
  return state.result !== null && state.resultInputs === inputsKey(state.detection);
}
