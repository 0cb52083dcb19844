import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { PaneAnalysis } from "../run/paneAnalysis";
import { scheduleSummary, scheduleSummaryLines } from "../../engine/followUp/summary";
import type { Lang } from "../../engine/schema";
import { translator } from "../i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  lines: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowX: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

/**
 * The follow-up schedule at a glance in the pane (issue 10, 9): contacts per owner per week, the
 * overdue and unscheduled ones by reason, and the run's warnings (calendar end, stale data).
 */
export function ScheduleSummary(props: { analysis: PaneAnalysis; lang: Lang }): React.JSX.Element {
  const c = useStyles();
  const { analysis, lang } = props;
  const lines = scheduleSummaryLines(scheduleSummary(analysis.schedule), lang, 6);
  return (
    <div className={c.box} data-testid="schedule-summary">
      {analysis.warnings.map((w) => (
        <MessageBar
          key={w.code}
          intent="warning"
          layout="multiline"
          data-testid={`warning-${w.code}`}
        >
          <MessageBarBody>{w.message[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      <Subtitle2>{translator(lang)("scheduleTitle")}</Subtitle2>
      <Caption1>{lines[0]}</Caption1>
      <pre className={c.lines}>{lines.slice(1).join("\n")}</pre>
    </div>
  );
}
