import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../engine/schema";
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
  /** Why the run cannot start (rules invalid, input missing); null when it can. */
  blocked: string | null;
  hasResults: boolean;
  error: ErrorText | null;
  lastDuration: number | null;
  onRun(): void;
  onCancel(): void;
}

/** Step 3: run (or refresh) with a progress bar, the current step, rows done, and Cancel. */
export function RunStep(props: RunStepProps): React.JSX.Element {
  const { t, progress, lang } = props;
  const s = useStepStyles();
  const running = progress !== null;
  return (
    <div className={s.step} data-testid="step-run">
      <Text>{t("runIntro")}</Text>
      <Caption1 className={s.muted}>{t("analysisDate", { date: props.asOf })}</Caption1>
      {props.blocked && !running ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{props.blocked}</MessageBarBody>
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
          </MessageBarBody>
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
