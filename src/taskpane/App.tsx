import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { resolveAnalysisDate } from "../engine/analysisDate";
import { defaultRules, parseRuleSetText, type RuleSet } from "../engine/rules";
import { InputError } from "../engine/errors";
import type { Lang, SheetKind } from "../engine/schema";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { DataStep } from "./components/DataStep";
import { PaneFrame } from "./components/PaneFrame";
import { ResultsStep } from "./components/ResultsStep";
import { RulesStep } from "./components/RulesStep";
import { RunStep } from "./components/RunStep";
import {
  activateTab,
  checkData,
  describeError,
  runAnalysis,
  saveSettings,
  showDate,
  withColumnChoice,
  withSheet,
  type Choices,
  type Host,
} from "./controller";
import { afterLead } from "./errorText";
import { translator } from "./i18n";
import { workbookLooker } from "./look";
import { openPane } from "./opening";
import { paneLanguage, saveLanguage } from "./paneLanguage";
import { blockText, nextStepText } from "./inputFix";
import {
  blockingInput,
  initialState,
  isBusy,
  paneReducer,
  resultIsCurrent,
  type Step,
} from "./paneState";
import { checkDraft, withValue } from "./rulesForm";

export interface AppProps {
  host: Host;
  /** Shown above the steps (the preview's notice). */
  banner?: React.ReactNode;
}

/** Waits before saving typed rule changes, so a burst of keystrokes is one save. */
const SAVE_DELAY_MS = 400;

/**
 * The task pane: Data → Rules → Run → Results, over a Host (Excel, or the simulator in the
 * preview). State lives in one reducer (paneState.ts); this component runs the effects (reading
 * and saving the workbook through the controller) and hands each step its slice.
 */
export function App({ host, banner }: AppProps): React.JSX.Element {
  const [state, dispatch] = React.useReducer(paneReducer, host.lang, initialState);
  const { lang } = state;
  const t = React.useMemo(() => translator(lang), [lang]);
  const draftCheck = React.useMemo(() => checkDraft(state.draft, lang), [state.draft, lang]);
  const saveTimer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelled = React.useRef(false);
  const [ready, setReady] = React.useState(false);
  // Every language's tab names are the add-in's own, so one reader serves detection in any.
  const book = React.useMemo(() => new OfficeWorkbook(host.run, { lang }), [host.run, lang]);
  const busy = isBusy(state);

  // A save to the workbook that failed (settings, language): said; a look under way goes on.
  const failData = React.useCallback(
    (e: unknown) => dispatch({ type: "saveFailed", error: e }),
    [],
  );

  const persist = React.useCallback(
    (what: { rules?: RuleSet; choices?: Choices }) => {
      saveSettings(host.run, what).catch(failData);
    },
    [host.run, failData],
  );

  // Every look at the workbook, the first included, goes through this one looker (look.ts).
  const looker = React.useMemo(() => workbookLooker(dispatch), []);
  const detect = React.useCallback((next: Choices) => looker.look(book, next), [looker, book]);

  // The language first (the workbook's, unless the user chose), then the settings saved in the
  // workbook, then the inputs they point to (opening.ts).
  const open = React.useCallback(
    (live?: () => boolean) =>
      openPane({
        run: host.run,
        display: host.lang,
        looker,
        dispatch,
        languageKnown: () => setReady(true),
        live,
      }),
    [host.run, host.lang, looker],
  );
  React.useEffect(() => {
    let live = true;
    void open(() => live);
    return () => {
      live = false;
    };
  }, [open]);

  // 重新查找 / Look again: while the saved settings were never read (the workbook could not be
  // read at start), the pane opens again, so they are read now; else it looks.
  const lookAgain = () => void (state.settingsRead ? detect(state.choices) : open());

  const changeChoices = (next: Choices) => {
    dispatch({ type: "choices", choices: next });
    persist({ choices: next });
    void detect(next);
  };

  const onStep = (step: Step) => {
    dispatch({ type: "step", step });
    // Sheets may have been added, renamed or deleted meanwhile: look again (top rows only).
    if ((step === "data" || step === "run") && !busy && state.detection) void detect(state.choices);
  };

  const onLanguage = (next: Lang | null) => {
    // null: follow the workbook again (decided anew on the next start).
    dispatch({ type: "language", lang: next ?? host.lang, source: next ? "chosen" : "display" });
    saveLanguage(host.run, next).catch(failData);
    if (next === null)
      paneLanguage(host.run, book, host.lang)
        .then((l) => dispatch({ type: "language", lang: l.lang, source: l.source }))
        .catch(failData);
  };

  const onValue = (path: string, value: unknown) => {
    const draft = withValue(state.draft, path, value);
    const valid = checkDraft(draft, lang).rules;
    dispatch({ type: "draftEdited", draft, rules: valid });
    if (!valid) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => persist({ rules: valid }), SAVE_DELAY_MS);
  };

  const replaceRules = (next: RuleSet, notice: "rulesReset" | "imported") => {
    dispatch({ type: "rulesReplaced", rules: next, notice });
    persist({ rules: next });
  };

  const onImport = (text: string): string[] => {
    const parsed = parseRuleSetText(text, lang);
    if (!parsed.ok) return parsed.errors;
    replaceRules(parsed.rules, "imported");
    return [];
  };

  const asOf = resolveAnalysisDate({ rules: draftCheck.rules ?? state.rules, today: host.today });

  const onCheck = async () => {
    dispatch({ type: "checkStarted" });
    try {
      const check = await checkData(book, state.choices, asOf, lang, (rows) =>
        dispatch({ type: "checkRows", rows }),
      );
      dispatch({ type: "checkDone", check });
    } catch (e) {
      dispatch({ type: "checkFailed", error: e });
    }
  };

  // Rules first (their own step says which); then a required input the run cannot read, with
  // the way to the dropdown that fixes it.
  const inputBlock = blockingInput(state);
  const blocked = !draftCheck.rules
    ? { text: t("fixRulesFirst"), input: null }
    : inputBlock
      ? { text: blockText(inputBlock, lang), input: inputBlock.kind }
      : null;

  // Go to Data: that input opened, and looked at again (as showing the Data step does).
  const onFixInput = (kind: SheetKind) => {
    dispatch({ type: "fixInput", kind });
    if (!busy) void detect(state.choices);
  };

  const onRun = async () => {
    if (!draftCheck.rules) return;
    const rules = draftCheck.rules;
    cancelled.current = false;
    dispatch({
      type: "runStarted",
      progress: { phase: "read", label: t("running"), rowsDone: 0, fraction: 0 },
    });
    const counts = (state.result?.check ?? state.check)?.counts;
    const expectedRows = counts
      ? Object.values(counts).reduce((sum, c) => sum + (c?.read ?? 0), 0)
      : undefined;
    try {
      persist({ rules, choices: state.choices });
      const result = await runAnalysis(
        { ...host, lang },
        {
          rules,
          choices: state.choices,
          expectedRows,
          onProgress: (progress) => dispatch({ type: "runProgress", progress }),
          isCancelled: () => cancelled.current,
        },
      );
      dispatch({ type: "runDone", result });
    } catch (e) {
      dispatch({ type: "runFailed", error: e });
    }
  };

  const onCancel = () => {
    cancelled.current = true;
    dispatch({ type: "cancelRequested" });
  };

  const onOpenTab = (sheet: string) => {
    dispatch({ type: "activateStarted" });
    activateTab(host.run, sheet).catch((error: unknown) =>
      dispatch({ type: "activateFailed", sheet, error }),
    );
  };

  const dataError = state.dataError ? describeError(state.dataError, lang) : null;
  const runError = state.runError ? describeError(state.runError, lang) : null;
  // A run stopped at an input: the next step names where it is fixed (stop 51 tester P2).
  const runErrorAt = state.runError instanceof InputError ? state.runError.at : undefined;
  const runFix = runErrorAt
    ? { text: nextStepText(runErrorAt, lang), input: runErrorAt.kind }
    : null;
  const loadProblem = state.loadProblem
    ? afterLead(
        t(state.loadProblem.key),
        state.loadProblem.detail
          ? state.loadProblem.detail.join("; ")
          : describeError(state.loadProblem.error, lang).text,
      )
    : null;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <PaneFrame
        t={t}
        step={state.step}
        ready={ready}
        banner={banner && state.step === "data" ? banner : null}
        loadProblem={loadProblem}
        error={dataError && (state.step === "data" || state.step === "rules") ? dataError : null}
        onStep={onStep}
      >
        {state.step === "data" ? (
          <DataStep
            lang={lang}
            t={t}
            detection={state.detection}
            detecting={state.detecting}
            focus={state.focusInput}
            check={state.check}
            checkingRows={state.checkingRows}
            busy={busy}
            onSheet={(kind, sheet) => changeChoices(withSheet(state.choices, kind, sheet))}
            onColumn={(kind, field, header) =>
              changeChoices(withColumnChoice(state.choices, state.detection, kind, field, header))
            }
            onAutoColumns={(kind) => {
              const columns = { ...state.choices.columns };
              delete columns[kind];
              changeChoices({ sheets: state.choices.sheets, columns });
            }}
            onDetect={lookAgain}
            onCheck={() => void onCheck()}
          />
        ) : null}
        {state.step === "rules" ? (
          <RulesStep
            lang={lang}
            t={t}
            langSource={state.langSource}
            draft={state.draft}
            check={draftCheck}
            rules={state.rules}
            today={showDate(host.today())}
            busy={busy}
            notice={state.rulesNotice ? t(state.rulesNotice) : null}
            onValue={onValue}
            onReset={() => replaceRules(defaultRules(), "rulesReset")}
            onImport={onImport}
            onLanguage={onLanguage}
          />
        ) : null}
        {state.step === "run" ? (
          <RunStep
            lang={lang}
            t={t}
            asOf={showDate(asOf)}
            progress={state.progress}
            cancelling={state.cancelling}
            blocked={blocked}
            hasResults={state.result !== null}
            error={runError}
            errorFix={runFix}
            onFixInput={onFixInput}
            lastDuration={resultIsCurrent(state) ? state.result!.durationSeconds : null}
            onRun={() => void onRun()}
            onCancel={onCancel}
          />
        ) : null}
        {state.step === "results" ? (
          <ResultsStep
            lang={lang}
            t={t}
            result={state.result}
            error={runError}
            activateError={
              state.activateError
                ? t("activateFailed", {
                    sheet: state.activateError.sheet,
                    message: describeError(state.activateError.error, lang).text,
                  })
                : null
            }
            onOpenTab={onOpenTab}
          />
        ) : null}
      </PaneFrame>
    </FluentProvider>
  );
}
