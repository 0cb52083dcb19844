import type { Validation } from "../engine/backtest/validation";

const f3 = (x: number | null) => (x === null ? "–" : x.toFixed(3));
const pc = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);

/** The validation figures as plain text (English; the tab has both languages). */
export function validationText(v: Validation): string {
  const out: string[] = [];
  if (!v.available) return `  ${v.note?.["en-US"] ?? "no backtest"}\n`;
  out.push(
    `  learned as of ${v.learnedAsOf}, scored as of ${v.scoredAsOf}, outcome: purchases up to ${v.outcomeTo} (${v.horizonDays} days)`,
    `  customers scored (not in the churned stage): ${v.customers}; did not buy: ${pc(v.noPurchaseRate)}`,
    `  AUC  churn risk ${f3(v.auc.churnRisk)}   1 − P(alive) ${f3(v.auc.pAlive)}   recency alone ${f3(v.auc.recency)}`,
    `  non-buyers caught in the top 10% ${pc(v.caught.top10)}, top 20% ${pc(v.caught.top20)}`,
    `  level    customers  stated  observed`,
  );
  for (const l of v.levels)
    out.push(
      `  ${l.level.padEnd(8)} ${String(l.customers).padStart(9)}  ${pc(l.statedProbability).padStart(6)}  ${pc(l.observedRate).padStart(8)}`,
    );
  out.push(`  decile  customers  mean p  observed`);
  for (const d of v.deciles)
    out.push(
      `  ${String(d.decile).padStart(6)} ${String(d.customers).padStart(10)}  ${pc(d.meanProbability).padStart(6)}  ${pc(d.observedRate).padStart(8)}`,
    );
  const p = v.purchases;
  out.push(`  purchases in the horizon: predicted ${f3(p.predicted)}, actual ${p.actual ?? "–"}`);
  for (const g of p.byEarlierPurchases)
    out.push(
      `    ${g.repeatPurchases.padStart(3)} earlier repeat purchases: ${String(g.customers).padStart(7)} customers, predicted ${g.predicted.toFixed(1)}, actual ${g.actual}`,
    );
  const s = v.stageChanges;
  out.push(
    `  stage changes: ${s.changed} of ${s.customers} (${pc(s.customers ? s.changed / s.customers : null)}); most: ${s.transitions
      .slice(0, 4)
      .map((t) => `${t.from}→${t.to} ${t.customers}`)
      .join(", ")}`,
    `  ${v.sentence["en-US"]}`,
  );
  return out.join("\n") + "\n";
}
