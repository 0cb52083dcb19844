import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { scheduleSummary } from "../../engine/followUp/summary";
import { isNoteWarning } from "../../engine/followUp/warnings";
import { warningText } from "../../engine/report/overviewTab";
import { toldFinding, toldFindingText } from "../../engine/report/toldFindings";
import { sheetOf, type TabSheets } from "../../engine/report/outputTabs";
import { isoDate } from "../../engine/parse/date";
import { say } from "../../engine/words/catalog";
import type { PaneAnalysis } from "../run/paneAnalysis";
import type { Lang } from "../../engine/schema";
import { formatCount, translator } from "../i18n";
import { useStepStyles } from "./styles";

/** Owners shown in the weekly table; the rest are counted in one line. */
const MAX_OWNERS = 6;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // The table scrolls inside its own box if it must, never the pane.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  week: { whiteSpace: "nowrap" },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/**
 * The follow-up schedule at a glance in the pane (issue 10, 9): contacts per owner per week as a
 * table (weeks from Monday), the overdue and unscheduled ones by reason, and the run's warnings
 * (calendar end, stale data). Built from the engine's schedule summary, worded by the pane.
 */
export function ScheduleSummary(props: {
  analysis: PaneAnalysis;
  lang: Lang;
  /** The sheets the run wrote its tabs under: a warning's pointer names the run log's. */
  sheets?: TabSheets;
}): React.JSX.Element {
  const c = useStyles();
  const s = useStepStyles();
  const { analysis, lang } = props;
  const t = translator(lang);
  const n = (x: number) => formatCount(x, lang);
  const sum = scheduleSummary(analysis.schedule);
  const owners = sum.perOwnerWeek.slice(0, MAX_OWNERS);
  const rest = sum.perOwnerWeek.length - owners.length;
  return (
    <div className={c.box} data-testid="schedule-summary">
      {analysis.warnings.map((w, i) => (
        <MessageBar
          // Not the code alone: two misspelt columns are two warnings of one code.
          key={`${w.code}-${i}`}
          // A note as the console says it (说明 / Note), not a warning's triangle (tester69 U512).
          intent={isNoteWarning(w) ? "info" : "warning"}
          layout="multiline"
          data-testid={`warning-${w.code}`}
        >
          {/* As the Overview says it: a model warning in a manager's words (warningText). */}
          <MessageBarBody>
            {warningText(w, lang, sheetOf("runLog", lang, props.sheets))}
          </MessageBarBody>
        </MessageBar>
      ))}
      {/* The findings the command line says among its warnings too (report/toldFindings.ts). */}
      {(analysis.toldFindings ?? []).map((f, i) => (
        <MessageBar
          key={`finding-${f.code}-${i}`}
          intent={toldFinding(f, lang).note ? "info" : "warning"}
          layout="multiline"
          data-testid={`finding-${f.code}`}
        >
          <MessageBarBody>{toldFindingText(f, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      <Subtitle2 className={s.groupTitle}>{t("scheduleTitle")}</Subtitle2>
      <Caption1>
        {t(sum.firstPlanDue ? "scheduleHeadlineFirst" : "scheduleHeadline", {
          planned: n(sum.planned),
          overdue: n(sum.overdue),
          unscheduled: n(sum.unscheduled),
          due: n(sum.firstPlanDue ?? 0),
        })}
      </Caption1>
      {owners.length > 0 ? (
        <div className={c.scroll}>
          <table className={s.table} data-testid="schedule-weeks">
            <caption className={s.muted} style={{ textAlign: "left", captionSide: "top" }}>
              <Caption1>{t("scheduleWeeks")}</Caption1>
            </caption>
            <thead>
              <tr>
                <th className={s.th}>{t("scheduleOwner")}</th>
                {sum.weeks.map((w) => (
                  <th key={w} className={`${s.th} ${c.week}`}>
                    {isoDate(w).slice(5)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {owners.map((o) => (
                <tr key={o.owner}>
                  <td className={s.td}>{o.owner === "" ? t("scheduleNoOwner") : o.owner}</td>
                  {o.counts.map((count, i) => (
                    <td key={sum.weeks[i]} className={s.td}>
                      {n(count)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rest > 0 ? (
        <Caption1 className={s.muted}>{t("scheduleMoreOwners", { count: rest })}</Caption1>
      ) : null}
      {sum.unscheduledByReason.length > 0 ? (
        <>
          <Caption1>
            {t("scheduleNotScheduled", { tab: sheetOf("followUps", lang, props.sheets) })}
          </Caption1>
          <ul className={c.reasons}>
            {sum.unscheduledByReason.map((u) => (
              <li key={u.code}>
                <Caption1>
                  {t("scheduleReason", {
                    // The Overview's short label; the whole reason is on the tab's rows (stop 51
                    // tester P3: each was a paragraph, six lines at 320 px).
                    reason: say(lang, "unscheduledLabels", u.code),
                    count: n(u.count),
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
