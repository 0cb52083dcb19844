import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { resolveAnalysisDate } from "../engine/analysisDate";
import { defaultRules, parseRuleSetText, type RuleSet } from "../engine/rules";
import { SHEET_KINDS, type SheetKind } from "../engine/schema";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { DataStep } from "./components/DataStep";
import { ResultsStep } from "./components/ResultsStep";
import { RulesStep } from "./components/RulesStep";
import { RunStep } from "./components/RunStep";
import {
  activateTab,
  checkData,
  describeError,
  detectInputs,
  loadSettings,
  runAnalysis,
  saveSettings,
  showDate,
  withColumn,
  withSheet,
  type Choices,
  type DataCheck,
  type Detection,
  type ErrorText,
  type Host,
  type RunProgress,
  type RunResult,
} from "./controller";
import { translator } from "./i18n";
import { checkDraft, draftOf, withValue, type RulesDraft } from "./rulesForm";

export interface AppProps {
  host: Host;
  /** Shown above the steps (the preview's notice). */
  banner?: React.ReactNode;
}

type Step = "data" | "rules" | "run" | "results";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalL})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalL})`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  banner: { marginTop: tokens.spacingVerticalM },
});

/** Waits before saving typed rule changes, so a burst of keystrokes is one save. */
const SAVE_DELAY_MS = 400;

/**
 * The task pane: Data → Rules → Run → Results, over a Host (Excel, or the simulator in the
 * preview). All workbook access goes through the controller.
 */
export function App({ host, banner }: AppProps): React.JSX.Element {
  const { lang } = host;
  const t = React.useMemo(() => translator(lang), [lang]);
  const styles = useStyles();
  const [step, setStep] = React.useState<Step>("data");
  const [rules, setRules] = React.useState<RuleSet>(() => defaultRules());
  const [draft, setDraft] = React.useState<RulesDraft>(() => draftOf(defaultRules()));
  const draftCheck = React.useMemo(() => checkDraft(draft, lang), [draft, lang]);
  const [rulesNotice, setRulesNotice] = React.useState<string | null>(null);
  const [loadProblem, setLoadProblem] = React.useState<string | null>(null);
  const [choices, setChoices] = React.useState<Choices>({ sheets: {}, columns: {} });
  const [detection, setDetection] = React.useState<Detection | null>(null);
  const [detecting, setDetecting] = React.useState(false);
  const [check, setCheck] = React.useState<DataCheck | null>(null);
  const [checkingRows, setCheckingRows] = React.useState<number | null>(null);
  const [progress, setProgress] = React.useState<RunProgress | null>(null);
  const [cancelling, setCancelling] = React.useState(false);
  const cancelled = React.useRef(false);
  const [result, setResult] = React.useState<RunResult | null>(null);
  const [error, setError] = React.useState<ErrorText | null>(null);
  const [activateError, setActivateError] = React.useState<string | null>(null);
  const saveTimer = React.useRef<ReturnType<typeof setTimeout> | null>(null);

  const running = progress !== null;
  const busy = running || checkingRows !== null;
  const book = React.useMemo(() => new OfficeWorkbook(host.run, { lang }), [host.run, lang]);

  const fail = React.useCallback((e: unknown) => setError(describeError(e, lang)), [lang]);

  const persist = React.useCallback(
    (what: { rules?: RuleSet; choices?: Choices }) => {
      saveSettings(host.run, what).catch(fail);
    },
    [host.run, fail],
  );

  const detect = React.useCallback(
    async (next: Choices) => {
      setDetecting(true);
      try {
        setDetection(await detectInputs(book, next));
      } catch (e) {
        fail(e);
      } finally {
        setDetecting(false);
      }
    },
    [book, fail],
  );

  // Settings saved in the workbook first, then the inputs they point to.
  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        const loaded = await loadSettings(host.run, lang);
        if (!live) return;
        setRules(loaded.rules);
        setDraft(draftOf(loaded.rules));
        setChoices(loaded.choices);
        if (loaded.rulesProblems.length)
          setLoadProblem(`${t("savedRulesInvalid")} ${loaded.rulesProblems.join("; ")}`);
        await detect(loaded.choices);
      } catch (e) {
        if (live) setLoadProblem(`${t("loadFailed")} ${describeError(e, lang).text}`);
      }
    })();
    return () => {
      live = false;
    };
  }, [host.run, lang, t, detect]);

  const changeChoices = (next: Choices) => {
    setChoices(next);
    setCheck(null); // the check was for the old choices
    persist({ choices: next });
    void detect(next);
  };

  const onValue = (path: string, value: unknown) => {
    const next = withValue(draft, path, value);
    setDraft(next);
    setRulesNotice(null);
    const checked = checkDraft(next, lang);
    if (!checked.rules) return;
    const valid = checked.rules;
    setRules(valid);
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => persist({ rules: valid }), SAVE_DELAY_MS);
  };

  const replaceRules = (next: RuleSet, notice: string) => {
    setRules(next);
    setDraft(draftOf(next));
    setRulesNotice(notice);
    persist({ rules: next });
  };

  const onImport = (text: string): string[] => {
    const parsed = parseRuleSetText(text, lang);
    if (!parsed.ok) return parsed.errors;
    replaceRules(parsed.rules, t("imported"));
    return [];
  };

  const asOf = resolveAnalysisDate({ rules: draftCheck.rules ?? rules, today: host.today });

  const onCheck = async () => {
    setCheckingRows(0);
    setError(null);
    try {
      setCheck(await checkData(book, choices, asOf, lang, (rows) => setCheckingRows(rows)));
    } catch (e) {
      fail(e);
    } finally {
      setCheckingRows(null);
    }
  };

  const missingRequired =
    detection !== null &&
    SHEET_KINDS.some((k: SheetKind) => detection.inputs[k].required && !detection.inputs[k].sheet);
  const blocked = !draftCheck.rules
    ? t("fixRulesFirst")
    : missingRequired
      ? t("missingInputs")
      : null;

  const onRun = async () => {
    if (!draftCheck.rules) return;
    const runRules = draftCheck.rules;
    cancelled.current = false;
    setError(null);
    setActivateError(null);
    setProgress({ phase: "read", label: t("running"), rowsDone: 0, fraction: 0 });
    const counts = (result?.check ?? check)?.counts;
    const expectedRows = counts
      ? Object.values(counts).reduce((sum, c) => sum + (c?.read ?? 0), 0)
      : undefined;
    try {
      persist({ rules: runRules, choices });
      const r = await runAnalysis(host, {
        rules: runRules,
        choices,
        expectedRows,
        onProgress: setProgress,
        isCancelled: () => cancelled.current,
      });
      setResult(r);
      setCheck(r.check);
      setStep("results");
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
      setCancelling(false);
    }
  };

  const onCancel = () => {
    cancelled.current = true;
    setCancelling(true);
  };

  const onOpenTab = (sheetName: string) => {
    setActivateError(null);
    activateTab(host.run, sheetName).catch((e: unknown) =>
      setActivateError(
        t("activateFailed", { sheet: sheetName, message: describeError(e, lang).text }),
      ),
    );
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <div className={styles.tabs}>
          <TabList
            size="medium"
            selectedValue={step}
            onTabSelect={(_e, d) => setStep(d.value as Step)}
            aria-label={t("stepsLabel")}
          >
            <Tab value="data">{t("tabData")}</Tab>
            <Tab value="rules">{t("tabRules")}</Tab>
            <Tab value="run">{t("tabRun")}</Tab>
            <Tab value="results">{t("tabResults")}</Tab>
          </TabList>
        </div>
        {banner && step === "data" ? <div className={styles.banner}>{banner}</div> : null}
        {loadProblem ? (
          <MessageBar intent="warning" layout="multiline" className={styles.banner}>
            <MessageBarBody>{loadProblem}</MessageBarBody>
          </MessageBar>
        ) : null}
        {error && (step === "data" || step === "rules") ? (
          <MessageBar
            intent={error.kind === "cancelled" ? "info" : "error"}
            layout="multiline"
            className={styles.banner}
          >
            <MessageBarBody>{error.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        {step === "data" ? (
          <DataStep
            lang={lang}
            t={t}
            detection={detection}
            detecting={detecting}
            check={check}
            checkingRows={checkingRows}
            busy={busy}
            onSheet={(kind, sheet) => changeChoices(withSheet(choices, kind, sheet))}
            onColumn={(kind, field, header) =>
              changeChoices(withColumn(choices, kind, field, header))
            }
            onAutoColumns={(kind) => {
              const columns = { ...choices.columns };
              delete columns[kind];
              changeChoices({ sheets: choices.sheets, columns });
            }}
            onDetect={() => void detect(choices)}
            onCheck={() => void onCheck()}
          />
        ) : null}
        {step === "rules" ? (
          <RulesStep
            lang={lang}
            t={t}
            draft={draft}
            check={draftCheck}
            rules={rules}
            today={showDate(host.today())}
            busy={busy}
            notice={rulesNotice}
            onValue={onValue}
            onReset={() => replaceRules(defaultRules(), t("rulesReset"))}
            onImport={onImport}
          />
        ) : null}
        {step === "run" ? (
          <RunStep
            lang={lang}
            t={t}
            asOf={showDate(asOf)}
            progress={progress}
            cancelling={cancelling}
            blocked={blocked}
            hasResults={result !== null}
            error={error}
            lastDuration={result?.durationSeconds ?? null}
            onRun={() => void onRun()}
            onCancel={onCancel}
          />
        ) : null}
        {step === "results" ? (
          <ResultsStep
            lang={lang}
            t={t}
            result={result}
            error={error}
            activateError={activateError}
            onOpenTab={onOpenTab}
          />
        ) : null}
      </main>
    </FluentProvider>
  );
}
