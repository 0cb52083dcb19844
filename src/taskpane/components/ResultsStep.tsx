import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { TabSheets } from "../../engine/report/outputTabs";
import type { Lang } from "../../engine/schema";
import { formatNumber, npsWhole } from "../../engine/words/format";
import { showDate, type ErrorText, type RunResult } from "../controller";
import { formatCount, type Translate } from "../i18n";
import { ChangesSummary } from "./ChangesSummary";
import { useStepStyles } from "./styles";
import { ScheduleSummary } from "./ScheduleSummary";
import { ValidationCard } from "./ValidationCard";

export interface ResultsStepProps {
  lang: Lang;
  t: Translate;
  result: RunResult | null;
  error: ErrorText | null;
  /** A problem opening a tab, in words. */
  activateError: string | null;
  onOpenTab(sheetName: string): void;
}

const useStyles = makeStyles({
  figures: {
    display: "grid",
    // Three tiles side by side even at 320 px; a number never breaks inside.
    gridTemplateColumns: "repeat(auto-fit, minmax(84px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  number: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  danger: { color: tokens.colorPaletteRedForeground1 },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

/**
 * Step 4: key figures (customers at high risk, follow-ups due this week, NPS), links that open
 * each result tab, and what went wrong, in words, if anything did.
 */
export function ResultsStep(props: ResultsStepProps): React.JSX.Element {
  const { t, lang, result, error } = props;
  const s = useStepStyles();
  const c = useStyles();
  const n = (x: number) => formatCount(x, lang);
  // The sheet each tab was written under (part 1's): the pane's pointers name them, as the
  // tabs' own do (a sheet of the user's holds "概览": ours is "概览 (2)").
  const sheets: TabSheets = {};
  for (const w of result?.written ?? []) sheets[w.tab] ??= w.sheetName;
  return (
    <div className={s.step} data-testid="step-results">
      {error && error.kind !== "cancelled" ? (
        <MessageBar intent="error" layout="multiline" data-testid="run-error">
          <MessageBarBody>
            <MessageBarTitle>{t("problemTitle")}</MessageBarTitle>
            {error.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {error && error.kind === "cancelled" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{error.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!result ? (
        <Text>{t("noResults")}</Text>
      ) : (
        <>
          <Subtitle2 className={s.groupTitle}>{t("keyFigures")}</Subtitle2>
          <div className={c.figures} data-testid="key-figures">
            <div className={c.figure}>
              <span className={`${c.number} ${c.danger}`}>{n(result.figures.highRisk)}</span>
              <Caption1>{t("highRisk")}</Caption1>
            </div>
            <div className={c.figure}>
              <span className={c.number}>{n(result.figures.followUpsThisWeek)}</span>
              <Caption1>{t("followUpsThisWeek")}</Caption1>
            </div>
            <div className={c.figure}>
              <span className={c.number}>
                {result.figures.nps === null
                  ? "—"
                  : formatNumber(npsWhole(result.figures.nps), lang, 0)}
              </span>
              <Caption1>
                {result.figures.npsMissing === null
                  ? t("nps")
                  : `${t("nps")} · ${t(result.figures.npsMissing)}`}
              </Caption1>
            </div>
          </div>
          <Caption1 className={s.muted}>
            {t("asOfNote", { date: showDate(result.asOf), seconds: result.durationSeconds })}
          </Caption1>
          <ChangesSummary analysis={result.analysis} lang={lang} sheets={sheets} />
          <Subtitle2 className={s.groupTitle}>{t("resultTabs")}</Subtitle2>
          <Caption1 className={s.muted}>{t("resultTabsHint")}</Caption1>
          <ul className={c.list} data-testid="result-tabs">
            {result.written
              .filter((w) => w.tab !== "runState")
              .map((w) => (
                <li key={w.tab} className={c.item}>
                  <Link as="button" onClick={() => props.onOpenTab(w.sheetName)}>
                    {w.sheetName}
                  </Link>
                  <Caption1 className={s.muted}>{t("tabRows", { rows: n(w.rows) })}</Caption1>
                </li>
              ))}
          </ul>
          <ScheduleSummary analysis={result.analysis} lang={lang} sheets={sheets} />
          <ValidationCard
            validation={result.analysis.churn?.validation}
            lang={lang}
            sheets={sheets}
          />
          {props.activateError ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{props.activateError}</MessageBarBody>
            </MessageBar>
          ) : null}
          {result.written
            .filter((w) => w.renamedBecause)
            .map((w) => (
              <MessageBar key={w.tab} intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t("renamedTitle")}</MessageBarTitle>
                  {w.renamedBecause}
                </MessageBarBody>
              </MessageBar>
            ))}
          {/* Our tab's Excel table under another name than its sheet gives (a table of the
              user's holds it): apart from a sheet renamed, as it is no sheet (addin44). */}
          {result.written
            .filter((w) => w.tableRenamedBecause)
            .map((w) => (
              <MessageBar
                key={`${w.tab}-table`}
                intent="info"
                layout="multiline"
                data-testid={`table-renamed-${w.tab}`}
              >
                <MessageBarBody>
                  <MessageBarTitle>{t("tableRenamedTitle")}</MessageBarTitle>
                  {w.tableRenamedBecause}
                </MessageBarBody>
              </MessageBar>
            ))}
          {result.check.findings > 0 ? (
            <Text>
              {t("qualityNote", {
                count: result.check.findings,
                // Findings alike share a row of the tab: both counts are named (reviewer12 D8).
                rows: result.written.find((w) => w.tab === "dataQuality")?.rows ?? 0,
                tab: result.written.find((w) => w.tab === "dataQuality")?.sheetName ?? "",
              })}
            </Text>
          ) : null}
        </>
      )}
    </div>
  );
}
