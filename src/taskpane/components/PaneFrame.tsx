import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { ErrorText } from "../controller";
import type { Translate } from "../i18n";
import type { Step } from "../paneState";

export interface PaneFrameProps {
  t: Translate;
  step: Step;
  /** False until the pane knows its language: a spinner alone. */
  ready: boolean;
  banner: React.ReactNode;
  /** Why the saved settings were not used, in words. */
  loadProblem: string | null;
  /** A problem on the Data or Rules step. */
  error: ErrorText | null;
  onStep(step: Step): void;
  children: React.ReactNode;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // Long words (sheet names, JSON paths, URLs) wrap instead of widening the pane.
    overflowWrap: "anywhere",
    minWidth: 0,
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
  loading: { paddingTop: tokens.spacingVerticalXXL },
});

/** The pane around the steps: the step tabs, the preview banner and problems shown on any step. */
export function PaneFrame(props: PaneFrameProps): React.JSX.Element {
  const { t } = props;
  const styles = useStyles();
  // Until the language is known nothing is said in a language that may flip a moment later.
  if (!props.ready)
    return (
      <main className={styles.root}>
        <Spinner className={styles.loading} size="small" />
      </main>
    );
  return (
    <main className={styles.root}>
      <div className={styles.tabs}>
        <TabList
          size="medium"
          selectedValue={props.step}
          onTabSelect={(_e, d) => props.onStep(d.value as Step)}
          aria-label={t("stepsLabel")}
        >
          <Tab value="data">{t("tabData")}</Tab>
          <Tab value="rules">{t("tabRules")}</Tab>
          <Tab value="run">{t("tabRun")}</Tab>
          <Tab value="results">{t("tabResults")}</Tab>
        </TabList>
      </div>
      {props.banner ? <div className={styles.banner}>{props.banner}</div> : null}
      {props.loadProblem ? (
        <MessageBar intent="warning" layout="multiline" className={styles.banner}>
          <MessageBarBody>{props.loadProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.error ? (
        <MessageBar
          intent={props.error.kind === "cancelled" ? "info" : "error"}
          layout="multiline"
          className={styles.banner}
        >
          <MessageBarBody>{props.error.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.children}
    </main>
  );
}
