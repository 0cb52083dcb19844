import { defaultRules } from "../../src/engine/rules";
import { SHEET_KINDS, type SheetKind } from "../../src/engine/schema";
import type { DataCheck, Detection, InputInfo, RunResult } from "../../src/taskpane/controller";
import {
  initialState,
  inputsKey,
  isBusy,
  blockingInput,
  paneReducer,
  resultIsCurrent,
  type PaneAction,
  type PaneState,
} from "../../src/taskpane/paneState";

/** A detection where every input is on a sheet of its kind's name, except those in `missing`. */
function detection(missing: SheetKind[] = []): Detection {
  const inputs = {} as Record<SheetKind, InputInfo>;
  for (const kind of SHEET_KINDS)
    inputs[kind] = {
      kind,
      required: kind === "customers" || kind === "transactions",
      sheet: missing.includes(kind) ? null : kind,
      chosen: false,
      headerRow: missing.includes(kind) ? null : 1,
      headers: [],
      mapping: {},
      missing: [],
      corrected: [],
    };
  return { names: SHEET_KINDS.filter((k) => !missing.includes(k)), inputs };
}

const aCheck: DataCheck = { counts: {}, problems: [], findings: 0, error: null };
const aResult = { check: aCheck, durationSeconds: 1.5 } as unknown as RunResult;

const run = (state: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, state);

describe("the pane's reducer", () => {
  const start = initialState("zh-CN");

  test("starts on Data with the default rules and nothing read", () => {
    expect(start.step).toBe("data");
    expect(start.rules).toEqual(defaultRules());
    expect(start.detection).toBeNull();
    expect(isBusy(start)).toBe(false);
    expect(blockingInput(start)).toBeNull();
  });

  test("an input sheet that disappears clears the old check and the old cancel", () => {
    const done = run(
      start,
      { type: "detected", detection: detection() },
      { type: "checkDone", check: aCheck },
      { type: "runStarted", progress: { phase: "read", label: "", rowsDone: 0, fraction: 0 } },
      { type: "runFailed", error: new Error("cancelled") },
    );
    expect(done.check).toBe(aCheck);
    expect(done.runError).toBeInstanceOf(Error);
    const gone = paneReducer(done, { type: "detected", detection: detection(["transactions"]) });
    expect(gone.check).toBeNull();
    expect(gone.runError).toBeNull();
    expect(blockingInput(gone)).toEqual({ kind: "transactions", sheet: null, fields: [] });
  });

  test("a failed first look or load leaves Look again enabled (not detecting)", () => {
    // The pane looks as soon as it opens: the Data step's spinner until the first look ends.
    expect(start.detecting).toBe(true);
    expect(paneReducer(start, { type: "loadFailed", error: new Error("x") }).detecting).toBe(false);
    expect(run(start, { type: "detecting" }).detecting).toBe(true);
    const failed = run(start, { type: "detecting" }, { type: "loadFailed", error: new Error("x") });
    expect([failed.detecting, failed.loadProblem?.key]).toEqual([false, "loadFailed"]);
    const data = run(start, { type: "detecting" }, { type: "dataFailed", error: new Error("y") });
    expect(data.detecting).toBe(false);
  });

  test("settings read late (a failed read tried again) do not undo what the user set meanwhile", () => {
    const saved = { ...defaultRules(), asOf: "2025-06-30" };
    const loaded: PaneAction = {
      type: "settingsLoaded",
      rules: saved,
      choices: { sheets: { customers: "Saved" }, columns: {} },
      rulesProblems: ["saved rule set no longer valid"],
    };
    const failed = run(start, { type: "loadFailed", error: new Error("x") });
    expect(failed.settingsRead).toBe(false);
    // Untouched: the saved ones, and the read is done.
    const read = run(failed, loaded);
    expect([read.rules, read.choices.sheets, read.settingsRead]).toEqual([
      saved,
      { customers: "Saved" },
      true,
    ]);
    // A sheet chosen meanwhile stays; the rules were not touched, so they come (with their problem).
    const mine = { sheets: { customers: "Mine" }, columns: {} };
    const chose = run(failed, { type: "choices", choices: mine }, loaded);
    expect([chose.choices, chose.rules, chose.loadProblem?.key]).toEqual([
      mine,
      saved,
      "savedRulesInvalid",
    ]);
    // Rules replaced meanwhile stay, and the saved rule set's problem is not said.
    const ours = { ...defaultRules(), asOf: "2025-01-31" };
    const typed = run(failed, { type: "rulesReplaced", rules: ours, notice: "imported" }, loaded);
    expect([typed.rules, typed.choices.sheets, typed.loadProblem]).toEqual([
      ours,
      { customers: "Saved" },
      null,
    ]);
  });

  test("a failed save during a look is said and the look goes on (reviewer50 L2)", () => {
    const e = new Error("save refused");
    const s = run(start, { type: "detecting" }, { type: "saveFailed", error: e });
    expect([s.detecting, s.dataError]).toEqual([true, e]);
  });

  test("the same inputs detected again keep the check", () => {
    const s = run(
      start,
      { type: "detected", detection: detection() },
      { type: "checkDone", check: aCheck },
      { type: "detected", detection: detection() },
    );
    expect(s.check).toBe(aCheck);
  });

  test("a run's result is current only while the inputs it read are there", () => {
    const s = run(
      start,
      { type: "detected", detection: detection() },
      { type: "runStarted", progress: { phase: "read", label: "", rowsDone: 0, fraction: 0 } },
    );
    expect(isBusy(s)).toBe(true);
    const done = paneReducer(s, { type: "runDone", result: aResult });
    expect(done.step).toBe("results");
    expect(done.progress).toBeNull();
    expect(resultIsCurrent(done)).toBe(true);
    const later = paneReducer(done, { type: "detected", detection: detection(["customers"]) });
    expect(resultIsCurrent(later)).toBe(false);
    // The results themselves stay (they are still in the workbook).
    expect(later.result).toBe(aResult);
  });

  test("changing the choices drops the check made for the old ones", () => {
    const s = run(
      start,
      { type: "checkDone", check: aCheck },
      { type: "choices", choices: { sheets: { customers: "X" }, columns: {} } },
    );
    expect(s.check).toBeNull();
    expect(s.choices.sheets.customers).toBe("X");
  });

  test("an edit keeps the last valid rules while the draft is invalid", () => {
    const valid = { ...defaultRules(), window: { months: 6 } } as ReturnType<typeof defaultRules>;
    const s = run(
      start,
      { type: "draftEdited", draft: { window: { months: 6 } }, rules: valid },
      { type: "draftEdited", draft: { window: { months: -3 } }, rules: null },
    );
    expect(s.rules).toBe(valid);
    expect(s.draft).toEqual({ window: { months: -3 } });
  });

  test("reset puts the draft back and says so; an edit clears the notice", () => {
    const s = paneReducer(start, {
      type: "rulesReplaced",
      rules: defaultRules(),
      notice: "rulesReset",
    });
    expect(s.rulesNotice).toBe("rulesReset");
    expect(paneReducer(s, { type: "draftEdited", draft: {}, rules: null }).rulesNotice).toBeNull();
  });

  test("cancel is asked only while running, and a new run forgets the old error", () => {
    expect(paneReducer(start, { type: "cancelRequested" }).cancelling).toBe(false);
    const s = run(
      start,
      { type: "runFailed", error: new Error("x") },
      { type: "runStarted", progress: { phase: "read", label: "", rowsDone: 0, fraction: 0 } },
      { type: "cancelRequested" },
    );
    expect(s.runError).toBeNull();
    expect(s.cancelling).toBe(true);
  });

  test("progress after the run ended is ignored", () => {
    const p = { phase: "write" as const, label: "", rowsDone: 1, fraction: 1 };
    expect(paneReducer(start, { type: "runProgress", progress: p }).progress).toBeNull();
  });

  test("the language and where it came from", () => {
    const s = paneReducer(start, { type: "language", lang: "en-US", source: "chosen" });
    expect([s.lang, s.langSource]).toEqual(["en-US", "chosen"]);
  });

  test("saved rules that no longer validate are reported", () => {
    const s = paneReducer(start, {
      type: "settingsLoaded",
      rules: defaultRules(),
      choices: { sheets: {}, columns: {} },
      rulesProblems: ["window.months: 应 ≥ 1"],
    });
    expect(s.loadProblem).toEqual({ key: "savedRulesInvalid", detail: ["window.months: 应 ≥ 1"] });
  });

  test("inputsKey tells inputs apart by sheet and header row", () => {
    expect(inputsKey(detection())).toBe(inputsKey(detection()));
    expect(inputsKey(detection())).not.toBe(inputsKey(detection(["surveys"])));
  });
});
