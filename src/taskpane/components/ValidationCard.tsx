import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Validation } from "../../engine/backtest/validation";
import { RISK_LABELS } from "../../engine/labels";
import { sheetOf, type TabSheets } from "../../engine/report/outputTabs";
import type { Lang } from "../../engine/schema";
import { say } from "../../engine/words/catalog";
import { formatCount } from "../i18n";
import { useStepStyles } from "./styles";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  aucs: {
    display: "grid",
    // Three tiles side by side even at 320 px.
    gridTemplateColumns: "repeat(auto-fit, minmax(84px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  auc: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  number: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "right",
    paddingLeft: tokens.spacingHorizontalS,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  first: { textAlign: "left", whiteSpace: "nowrap" },
});

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const auc = (x: number | null) => (x === null ? "—" : x.toFixed(3));

/** A ranking's tile: the share of pairs it ranks right, its plain name, and its AUC to hover. */
export interface RankTile {
  share: string;
  label: string;
  tip: string;
}

/**
 * The three rankings' tiles (churn risk, the repeat-purchase model's 1 − P(alive), recency
 * alone): AUC read as the share of (stopped, kept buying) pairs put in the right order, named in
 * a manager's words; the precise AUC under its technical name for the tooltip (stop 51 tester P3).
 *
 * @example rankTiles({ churnRisk: 0.857, pAlive: 0.803, recency: 0.784 }, "zh-CN")[0]
 * // { share: "86%", label: "流失风险", tip: "AUC 流失风险 0.857" }
 */
export function rankTiles(a: Validation["auc"], lang: Lang): RankTile[] {
  const w = (code: Parameters<typeof say<"validationCard">>[2], params = {}) =>
    say(lang, "validationCard", code, params);
  return (
    [
      ["rankChurn", "aucChurn", a.churnRisk],
      ["rankAlive", "aucAlive", a.pAlive],
      ["rankRecency", "aucRecency", a.recency],
    ] as const
  ).map(([label, name, x]) => ({
    share: x === null ? "—" : `${Math.round(x * 100)}%`,
    label: w(label),
    tip: w("aucTip", { name: w(name), auc: auc(x) }),
  }));
}

/**
 * The backtest at a glance in the pane's Results (issue 9 item 4): the manager's sentence, how
 * often churn risk, the repeat-purchase model and recency alone rank a pair of customers right
 * (their AUCs, in tooltips and on the tab), and each level's stated probability beside
 * the rate observed. The figures are the engine's (backtest/validation.ts), the same the 模型验证 /
 * Validation tab shows in full; with too little history, only the note.
 *
 * @example <ValidationCard validation={result.analysis.churn.validation} lang="zh-CN" />
 */
export function ValidationCard(props: {
  validation: Validation | undefined;
  lang: Lang;
  /** The sheets the run wrote its tabs under: "more" names the Validation tab's. */
  sheets?: TabSheets;
}): React.JSX.Element | null {
  const c = useStyles();
  const s = useStepStyles();
  const { validation: v, lang } = props;
  if (!v) return null;
  const w = (code: Parameters<typeof say<"validationCard">>[2], params = {}) =>
    say(lang, "validationCard", code, params);
  return (
    <div className={c.box} data-testid="validation-card">
      <Subtitle2 className={s.groupTitle}>{w("title")}</Subtitle2>
      {!v.available ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{v.note?.[lang]}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text data-testid="validation-sentence">{v.sentence[lang]}</Text>
          <Caption1 className={s.muted}>
            {w("period", {
              learned: v.learnedAsOf ?? "",
              scored: v.scoredAsOf ?? "",
              outcome: v.outcomeTo ?? "",
              customers: v.customers,
            })}
          </Caption1>
          <Caption1>{w("ranked")}</Caption1>
          <div className={c.aucs} data-testid="validation-ranks">
            {rankTiles(v.auc, lang).map((tile) => (
              <Tooltip key={tile.label} content={tile.tip} relationship="description">
                {/* Focusable, so the precise figure is there for the keyboard too. */}
                <div className={c.auc} tabIndex={0}>
                  <span className={c.number}>{tile.share}</span>
                  <Caption1>{tile.label}</Caption1>
                </div>
              </Tooltip>
            ))}
          </div>
          <Caption1 className={s.muted}>{w("rankHint")}</Caption1>
          <table className={c.table} data-testid="validation-levels">
            <thead>
              <tr>
                <th className={c.first}>{w("level")}</th>
                <th className={c.cell}>{w("customers")}</th>
                <th className={c.cell}>{w("stated")}</th>
                <th className={c.cell}>{w("observed")}</th>
              </tr>
            </thead>
            <tbody>
              {v.levels.map((l) => (
                <tr key={l.level}>
                  <td className={c.first}>{RISK_LABELS[l.level][lang]}</td>
                  <td className={c.cell}>{formatCount(l.customers, lang)}</td>
                  <td className={c.cell}>{pct(l.statedProbability)}</td>
                  <td className={c.cell}>{pct(l.observedRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Caption1 className={s.muted}>
            {w("more", { tab: sheetOf("validation", lang, props.sheets) })}
          </Caption1>
        </>
      )}
    </div>
  );
}
