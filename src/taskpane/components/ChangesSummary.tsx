import { neitherWayLines } from "../../engine/report/changesTab";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PaneAnalysis } from "../run/paneAnalysis";
import { moveCounts } from "../../engine/changes/compare";
import {
  kpiChanges,
  KPI_IS_RATE,
  KPI_WORDS,
  type HeadlineKpi,
  type KpiChange,
} from "../../engine/changes/history";
import { isoDate } from "../../engine/parse/date";
import { sheetOf, type TabSheets } from "../../engine/report/outputTabs";
import type { Lang } from "../../engine/schema";
import { formatNumber } from "../../engine/words/format";
import { formatCount, translator } from "../i18n";
import { useStepStyles } from "./styles";

/**
 * Results: each headline number with its change since the last run (▲/▼ and the difference), the
 * run it compares with, and how many customers moved the wrong and the right way (the Changes
 * tab lists them). Nothing when there was no earlier run.
 */

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  same: { color: tokens.colorNeutralForeground3 },
});

/** Lower is better for these: a rise is shown in red. */
const LOWER_IS_BETTER = new Set(["churnRate", "highRiskCustomers"]);

/**
 * Decimals of each headline as the pane shows it, the change with the same (tester7, stop 32: NPS
 * read "-0.198" beside a key figure of "-0.2", revenue had none in zh and one in en, and a change
 * of 0.04 points showed a red "▼ 0.0"). Rates are in percentage points.
 */
const KPI_DIGITS: Record<HeadlineKpi, number> = {
  activeCustomers: 0,
  revenue: 2,
  retentionRate: 1,
  churnRate: 1,
  repeatPurchaseRate: 1,
  csat: 1,
  nps: 1,
  highRiskCustomers: 0,
  backtestAuc: 3,
};

/** A figure as shown: rates as percentages; never "-0" (a negative that rounds to zero). */
function show(x: number, kpi: HeadlineKpi, lang: Lang): string {
  if (!Number.isFinite(x)) return "—";
  const d = KPI_DIGITS[kpi];
  const scaled = roundTo(KPI_IS_RATE[kpi] ? x * 100 : x, d);
  return KPI_IS_RATE[kpi] ? `${scaled.toFixed(d)}%` : formatNumber(scaled, lang, d);
}

function roundTo(x: number, digits: number): number {
  const r = Number(x.toFixed(digits));
  return r === 0 ? 0 : r; // -0 → 0
}

/** The change as shown, rounded as its figure is: 0 when it rounds to nothing. */
export function shownChange(c: KpiChange): number {
  if (!Number.isFinite(c.difference)) return NaN;
  return roundTo(KPI_IS_RATE[c.kpi] ? c.difference * 100 : c.difference, KPI_DIGITS[c.kpi]);
}

/**
 * The change in words: "▲ 12", "▼ 3.5 pts", "= 0" (also when it rounds to nothing at the figure's
 * decimals), "—" when the last run did not measure it.
 *
 * @example changeText({ kpi: "repeatPurchaseRate", value: 0.736, previous: 0.7364, difference: -0.0004 }, "en-US") // "= 0"
 */
export function changeText(c: KpiChange, lang: Lang): string {
  const shown = shownChange(c);
  if (!Number.isFinite(shown)) return "—";
  if (shown === 0) return "= 0";
  const arrow = shown > 0 ? "▲" : "▼";
  const d = KPI_DIGITS[c.kpi];
  const size = Math.abs(shown);
  const text = KPI_IS_RATE[c.kpi]
    ? translator(lang)("points", { size: size.toFixed(d) })
    : formatNumber(size, lang, d);
  return `${arrow} ${text}`;
}

/**
 * The moves counted neither way and the input sheets only one run read, the lines the command
 * line's summary prints (changesTab.ts neitherWayLines): a manager should not take those movements
 * for the customers' own (stop 31 tester #5). Keyed "cut-offs", "refit", "data-changed", ….
 */
function neitherWay(
  changes: NonNullable<PaneAnalysis["changes"]>,
  lang: Lang,
  tab: string,
): { key: string; text: string }[] {
  return neitherWayLines(changes, lang, tab).map((line) => ({
    key: line.key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`),
    text: line.text.trim(),
  }));
}

export function ChangesSummary(props: {
  analysis: PaneAnalysis;
  lang: Lang;
  /** The sheets the run wrote its tabs under (a sheet of the user's holds "变化": "变化 (2)"). */
  sheets?: TabSheets;
}): React.JSX.Element | null {
  const { analysis, lang } = props;
  const tab = sheetOf("changes", lang, props.sheets);
  const s = useStepStyles();
  const c = useStyles();
  const kpis = kpiChanges(analysis);
  const changes = analysis.changes;
  if (!kpis && !changes) return null;
  const t = translator(lang);
  const count = (x: number) => formatCount(x, lang);
  const moves = changes ? moveCounts(changes.comparison) : null;
  const date = kpis ? kpis.previousAsOf : (changes?.previous.asOf ?? NaN);
  return (
    <div className={c.box} data-testid="changes-summary">
      <Subtitle2 className={s.groupTitle}>{t("changesTitle")}</Subtitle2>
      <Caption1 className={s.muted}>
        {t("changesComparedWith", { date: Number.isFinite(date) ? isoDate(date) : "?" })}
      </Caption1>
      {kpis ? (
        <ul className={c.list} data-testid="kpi-changes">
          {kpis.items.map((k) => {
            const shown = shownChange(k);
            const good = LOWER_IS_BETTER.has(k.kpi) ? shown < 0 : shown > 0;
            const tone = !Number.isFinite(shown) || shown === 0 ? c.same : good ? c.up : c.down;
            return (
              <li key={k.kpi} className={c.item} data-kpi={k.kpi}>
                <Caption1>{KPI_WORDS[k.kpi][lang]}</Caption1>
                <span className={c.value}>{show(k.value, k.kpi, lang)}</span>
                <Caption1 className={tone}>{changeText(k, lang)}</Caption1>
              </li>
            );
          })}
        </ul>
      ) : null}
      {moves && changes ? (
        <Caption1 data-testid="moves">
          {t("changesMoves", {
            worse: count(moves.worse),
            better: count(moves.better),
            added: count(moves.new),
            removed: count(changes.comparison.removed.length),
            tab,
          })}
          {changes.comparison.rulesChanged ? ` · ${t("changesRulesChanged")}` : ""}
          {changes.comparison.defaultsUpdated ? ` · ${t("changesDefaultRulesUpdated")}` : ""}
          {changes.comparison.judgmentChanged &&
          changes.comparison.previous.judgmentVersion !== changes.comparison.current.judgmentVersion
            ? ` · ${t("changesJudgmentChanged")}`
            : ""}
        </Caption1>
      ) : null}
      {changes
        ? neitherWay(changes, lang, tab).map((line) => (
            <Caption1 key={line.key} data-testid={`moves-${line.key}`}>
              {line.text}
            </Caption1>
          ))
        : null}
    </div>
  );
}
