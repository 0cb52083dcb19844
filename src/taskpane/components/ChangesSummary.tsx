import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PaneAnalysis } from "../run/paneAnalysis";
import { moveCounts } from "../../engine/changes/compare";
import { kpiChanges, KPI_IS_RATE, KPI_WORDS, type KpiChange } from "../../engine/changes/history";
import { isoDate } from "../../engine/parse/date";
import type { Lang } from "../../engine/schema";
import { useStepStyles } from "./styles";

/**
 * Results: each headline number with its change since the last run (▲/▼ and the difference), the
 * run it compares with, and how many customers moved the wrong and the right way (the Changes
 * tab lists them). Nothing when there was no earlier run.
 */

const WORDS = {
  title: { "zh-CN": "与上次运行相比", "en-US": "Since the last run" },
  comparedWith: {
    "zh-CN": (d: string) => `与 ${d} 的运行相比`,
    "en-US": (d: string) => `Compared with the run as of ${d}`,
  },
  moves: {
    "zh-CN": (worse: string, better: string, added: string, removed: string) =>
      `变差 ${worse} 位，变好 ${better} 位，新增 ${added} 位，删除 ${removed} 位（见“变化”表）`,
    "en-US": (worse: string, better: string, added: string, removed: string) =>
      `${worse} moved the wrong way, ${better} the right way, ${added} new, ${removed} removed (see the Changes tab)`,
  },
  rulesChanged: {
    "zh-CN": "规则已更改：变化中也有规则变化的影响",
    "en-US": "The rules changed: movements include the effect of the new rules",
  },
};

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  item: { display: "flex", flexDirection: "column" },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  same: { color: tokens.colorNeutralForeground3 },
});

/** Lower is better for these: a rise is shown in red. */
const LOWER_IS_BETTER = new Set(["churnRate", "highRiskCustomers"]);

function show(x: number, rate: boolean, lang: Lang): string {
  if (!Number.isFinite(x)) return "—";
  if (rate) return `${(x * 100).toFixed(1)}%`;
  return x.toLocaleString(lang, { maximumFractionDigits: Number.isInteger(x) ? 0 : 1 });
}

/** The change in words: "▲ 12", "▼ 3.5 pts", "= 0", "—" when the last run did not measure it. */
export function changeText(c: KpiChange, lang: Lang): string {
  if (!Number.isFinite(c.difference)) return "—";
  if (c.difference === 0) return "= 0";
  const arrow = c.difference > 0 ? "▲" : "▼";
  const size = Math.abs(c.difference);
  const text = KPI_IS_RATE[c.kpi]
    ? `${(size * 100).toFixed(1)} ${lang === "zh-CN" ? "个百分点" : "pts"}`
    : size.toLocaleString(lang, { maximumFractionDigits: Number.isInteger(size) ? 0 : 1 });
  return `${arrow} ${text}`;
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
  const count = (x: number) => x.toLocaleString(lang);
  const moves = changes ? moveCounts(changes.comparison) : null;
  const date = kpis ? kpis.previousAsOf : (changes?.previous.asOf ?? NaN);
  return (
    <div data-testid="changes-summary">
      <Subtitle2 className={s.groupTitle}>{WORDS.title[lang]}</Subtitle2>
      <Caption1 className={s.muted}>
        {WORDS.comparedWith[lang](Number.isFinite(date) ? isoDate(date) : "?")}
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
          {WORDS.moves[lang](
            count(moves.worse),
            count(moves.better),
            count(moves.new),
            count(changes.comparison.removed.length),
          )}
          {changes.comparison.rulesChanged ? ` · ${WORDS.rulesChanged[lang]}` : ""}
        </Caption1>
      ) : null}
    </div>
  );
}
