import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PaneAnalysis } from "../run/paneAnalysis";
import { moveCounts } from "../../engine/changes/compare";
import { kpiChanges, KPI_IS_RATE, KPI_WORDS, type KpiChange } from "../../engine/changes/history";
import { isoDate } from "../../engine/parse/date";
import { tabName } from "../../engine/report/outputTabs";
import { SHEETS, type Lang, type SheetKind } from "../../engine/schema";
import { say, type Code } from "../../engine/words/catalog";
import type { WordParams } from "../../engine/words/format";
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

/** Decimals for a figure: none for counts, three below 1 (an AUC's 0.003 is not "0"), else one. */
function digits(x: number): number {
  return Number.isInteger(x) ? 0 : Math.abs(x) < 1 ? 3 : 1;
}

function show(x: number, rate: boolean, lang: Lang): string {
  if (!Number.isFinite(x)) return "—";
  if (rate) return `${(x * 100).toFixed(1)}%`;
  return formatNumber(x, lang, digits(x));
}

/** The change in words: "▲ 12", "▼ 3.5 pts", "= 0", "—" when the last run did not measure it. */
export function changeText(c: KpiChange, lang: Lang): string {
  if (!Number.isFinite(c.difference)) return "—";
  if (c.difference === 0) return "= 0";
  const arrow = c.difference > 0 ? "▲" : "▼";
  const size = Math.abs(c.difference);
  const text = KPI_IS_RATE[c.kpi]
    ? translator(lang)("points", { size: (size * 100).toFixed(1) })
    : formatNumber(size, lang, digits(size));
  return `${arrow} ${text}`;
}

/**
 * The moves counted neither way and the input sheets only one run read, in the words the command
 * line's summary uses (one catalog: cliWords.ts SUMMARY cutOffsLine …): a manager should not take those
 * movements for the customers' own (stop 31 tester #5).
 */
function neitherWay(
  changes: NonNullable<PaneAnalysis["changes"]>,
  lang: Lang,
): { key: string; text: string }[] {
  const c = changes.comparison;
  const sheets = (kinds: readonly SheetKind[]) =>
    kinds.map((k) => SHEETS[k].label[lang]).join(say(lang, "changes", "sheetsSeparator"));
  const lines: { key: string; text: string }[] = [];
  const line = (key: string, code: Code<"summary">, params: WordParams) =>
    lines.push({ key, text: say(lang, "summary", code, params).trim() });
  if (c.cutOffMoves.length > 0) line("cut-offs", "cutOffsLine", { count: c.cutOffMoves.length });
  if (c.dataChangedList.length > 0)
    line("data-changed", "dataChangedLine", {
      count: c.dataChangedList.length,
      date: isoDate(changes.previous.asOf),
      tab: tabName("changes", lang),
    });
  if (c.sheetsLeftOut.length > 0)
    line("sheets-left-out", "sheetsLeftOutLine", { sheets: sheets(c.sheetsLeftOut) });
  if (c.sheetsAdded.length > 0)
    line("sheets-added", "sheetsAddedLine", { sheets: sheets(c.sheetsAdded) });
  return lines;
}

export function ChangesSummary(props: {
  analysis: PaneAnalysis;
  lang: Lang;
}): React.JSX.Element | null {
  const { analysis, lang } = props;
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
            const good = LOWER_IS_BETTER.has(k.kpi) ? k.difference < 0 : k.difference > 0;
            const tone =
              !Number.isFinite(k.difference) || k.difference === 0 ? c.same : good ? c.up : c.down;
            return (
              <li key={k.kpi} className={c.item} data-kpi={k.kpi}>
                <Caption1>{KPI_WORDS[k.kpi][lang]}</Caption1>
                <span className={c.value}>{show(k.value, KPI_IS_RATE[k.kpi], lang)}</span>
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
            tab: tabName("changes", lang),
          })}
          {changes.comparison.rulesChanged ? ` · ${t("changesRulesChanged")}` : ""}
        </Caption1>
      ) : null}
      {changes
        ? neitherWay(changes, lang).map((line) => (
            <Caption1 key={line.key} data-testid={`moves-${line.key}`}>
              {line.text}
            </Caption1>
          ))
        : null}
    </div>
  );
}
