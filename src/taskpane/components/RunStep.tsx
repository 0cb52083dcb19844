import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Lang, SheetKind } from "../../engine/schema";
import type { ErrorText, RunProgress } from "../controller";
import { formatCount, type Translate } from "../i18n";
import { useStepStyles } from "./styles";

export interface RunStepProps {
  lang: Lang;
  t: Translate;
  /** The date the run will analyse, YYYY-MM-DD. */
  asOf: string;
  progress: RunProgress | null;
  cancelling: boolean;
  /**
   * Why the run cannot start (rules invalid, a required input unreadable) and, for an input, which
   * one (a button opens it on Data); null when it can.
   */
  blocked: InputNote | null;
  hasResults: boolean;
  error: ErrorText | null;
  /** The next step after a run stopped at an input, and that input. */
  errorFix: InputNote | null;
  onFixInput(kind: SheetKind): void;
  lastDuration: number | null;
  onRun(): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  // The next step apart from the error it follows (whose last sentence may have no full stop).
  nextStep: { marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

/** A line about an input, and the input whose Data dropdowns fix it (none: no button). */
export interface InputNote {
  text: string;
  input: SheetKind | null;
}

/** Step 3: run (or refresh) with a progress bar, the current step, rows done, and Cancel. */
export function RunStep(props: RunStepProps): React.JSX.Element {
  const { t, progress, lang } = props;
  const s = useStepStyles();
  const c = useStyles();
  const running = progress !== null;
  return (
    <div className={s.step} data-testid="step-run">
      <Text>{t("runIntro")}</Text>
      <Caption1 className={s.muted}>{t("analysisDate", { date: props.asOf })}</Caption1>
      {props.blocked && !running ? (
        <MessageBar intent="warning" layout="multiline" data-testid="run-blocked">
          <MessageBarBody>{props.blocked.text}</MessageBarBody>
          {props.blocked.input ? (
            <FixAction t={t} kind={props.blocked.input} onFix={props.onFixInput} />
          ) : null}
        </MessageBar>
      ) : null}
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={running || props.blocked !== null}
          onClick={props.onRun}
        >
          {props.hasResults ? t("refreshButton") : t("runButton")}
        </Button>
        {running ? (
          <Button disabled={props.cancelling} onClick={props.onCancel}>
            {props.cancelling ? t("cancelling") : t("cancel")}
          </Button>
        ) : null}
      </div>
      {running ? (
        <Field
          label={progress.label}
          hint={
            progress.rowsTotal !== undefined
              ? t("rowsOf", {
                  done: formatCount(progress.rowsDone, lang),
                  total: formatCount(progress.rowsTotal, lang),
                })
              : t("rowsDone", { rows: formatCount(progress.rowsDone, lang) })
          }
          validationState="none"
          data-testid="run-progress"
        >
          <ProgressBar
            thickness="large"
            value={progress.fraction}
            max={1}
            aria-valuetext={progress.label}
          />
        </Field>
      ) : null}
      {!running && props.error ? (
        <MessageBar intent={props.error.kind === "cancelled" ? "info" : "error"} layout="multiline">
          <MessageBarBody>
            {props.error.kind === "cancelled" ? null : (
              <MessageBarTitle>{t("problemTitle")}</MessageBarTitle>
            )}
            {props.error.text}
            {props.errorFix ? (
              <div className={c.nextStep} data-testid="run-next-step">
                {props.errorFix.text}
              </div>
            ) : null}
          </MessageBarBody>
          {props.errorFix?.input ? (
            <FixAction t={t} kind={props.errorFix.input} onFix={props.onFixInput} />
          ) : null}
        </MessageBar>
      ) : null}
      {!running && !props.error && props.lastDuration !== null ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("runDone", { seconds: props.lastDuration })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

/** The button that opens the Data step at an input. */
function FixAction(props: {
  t: Translate;
  kind: SheetKind;
  onFix(kind: SheetKind): void;
}): React.JSX.Element {
  return (
    <MessageBarActions>
      <Button size="small" onClick={() => props.onFix(props.kind)}>
        {props.t("goToData")}
      </Button>
    </MessageBarActions>
  );
}
