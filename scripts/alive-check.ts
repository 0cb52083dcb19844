/**
 * Is the repeat-purchase model's P(alive) a figure a user can read beside the churn probability?
 * (tester11 #3, stop 36.) For each data set, through the product's own pipeline: the analysis as
 * of `asOf` (what the user sees that day) and as of asOf + 90 days (what happened), over the
 * customers who had bought by asOf and are not in the churned stage (the rows with a churn
 * probability). Prints the AUC for "bought again in the 90 days" of P(alive), of the model's own
 * chance of a purchase in the 90 days (1 − P(no purchase)) and of 1 − churn probability, 5 bands
 * of each against the observed rate, and the rows where P(alive) < 20% while churn risk < 35%.
 * On generated data (backtest/generate.ts "leaving") also against the known truth (still a
 * customer at the end of the history). A developer's check, not a test: the CDNOW file is not in
 * the repository.
 *
 *   [CDNOW=path/to/CDNOW_master.txt] npx tsx scripts/alive-check.ts [zh|en|cdnow|generated ...]
 */

import { analyzeWorkbook, type Analysis } from "../src/engine/analyze";
import { areaUnderCurve as auc } from "../src/engine/backtest/auc";
import type { GridSource } from "../src/engine/ingest/workbook";
import { STAGE } from "../src/engine/lifecycle/stage";
import { isoDate } from "../src/engine/parse/date";
import { defaultRules } from "../src/engine/rules";
import { dataSets } from "./cdnowSource";

const H = 90;
const f3 = (x: number) => x.toFixed(3);
const pc = (x: number) => `${(100 * x).toFixed(1)}%`;

/** 5 equal bands of a stated probability: customers, mean stated, observed rate (| table rows). */
function bands(name: string, p: number[], y: number[]): string {
  const rows: string[] = [
    `| ${name} band | customers | mean stated | observed |`,
    "|---|---|---|---|",
  ];
  for (let b = 0; b < 5; b++) {
    let n = 0;
    let s = 0;
    let o = 0;
    for (let i = 0; i < p.length; i++) {
      const k = Math.min(4, Math.floor(p[i] * 5));
      if (k !== b) continue;
      n++;
      s += p[i];
      o += y[i];
    }
    rows.push(
      `| ${b * 20}–${b * 20 + 20}% | ${n} | ${n ? pc(s / n) : "–"} | ${n ? pc(o / n) : "–"} |`,
    );
  }
  return rows.join("\n");
}

async function measure(
  label: string,
  open: () => GridSource | Promise<GridSource>,
  asOf: number,
  truth?: (id: string) => number,
) {
  const rules = defaultRules();
  const now: Analysis = await analyzeWorkbook(await open(), { rules, asOf });
  const later: Analysis = await analyzeWorkbook(await open(), { rules, asOf: asOf + H });
  const laterIndex = new Map(later.dataset.customers.id.map((id, i) => [String(id), i]));
  const c = now.classification.analysis;
  const m = now.model;
  const none = m.probabilityOfNoPurchase(H);
  const alive: number[] = [];
  const buy: number[] = [];
  const stay: number[] = [];
  const bought: number[] = [];
  const real: number[] = [];
  let contradict = 0;
  const expected: number[] = [];
  const actual: number[] = [];
  let fewer = 0;
  let blankNext = 0;
  now.dataset.customers.id.forEach((id, i) => {
    if (!(now.summary.model.purchaseDays[i] > 0) || c.lifecycleStage[i] === STAGE.churned) return;
    if (!Number.isFinite(c.churnProbability[i]) || !Number.isFinite(m.pAlive[i])) return;
    const j = laterIndex.get(String(id));
    const y = j !== undefined && later.summary.model.lastDay[j] > asOf ? 1 : 0;
    alive.push(m.pAlive[i]);
    buy.push(none ? 1 - none[i] : NaN);
    stay.push(1 - c.churnProbability[i]);
    bought.push(y);
    if (truth) real.push(truth(String(id)));
    if (m.pAlive[i] < 0.2 && c.churnProbability[i] < 0.35) contradict++;
    // E[purchases] ≥ P(at least one): fewer expected than the churn figure's chance is a contradiction.
    expected.push(m.expectedPurchases[i]);
    actual.push(
      j === undefined ? 0 : later.summary.model.purchaseDays[j] - now.summary.model.purchaseDays[i],
    );
    if (m.expectedPurchases[i] < 1 - c.churnProbability[i] - 0.2) fewer++;
    if (c.churnProbability[i] < 0.35 && !Number.isFinite(m.expectedNextPurchase[i])) blankNext++;
  });
  const rate = bought.reduce((s, v) => s + v, 0) / bought.length;
  const fit = m.bgnbd;
  console.log(
    `\n## ${label}, as of ${isoDate(asOf)} (outcome to ${isoDate(asOf + H)}): ${bought.length} customers scored, ${pc(rate)} bought again; model ${now.rules.model.repeatPurchaseModel}${fit ? ` r ${fit.r.toFixed(3)} α ${fit.alpha.toFixed(2)} a ${fit.a.toFixed(3)} b ${fit.b.toFixed(3)}` : " (not fitted)"}`,
  );
  console.log(
    `AUC for "bought again": P(alive) ${f3(auc(alive, bought))}, model P(purchase in ${H} d) ${f3(auc(buy, bought))}, 1 − churn probability ${f3(auc(stay, bought))}`,
  );
  console.log(`rows with P(alive) < 20% and churn probability < 35%: ${contradict}`);
  console.log(
    `rows with expected purchases (${H} d) more than 20 points below 1 − churn probability: ${fewer}; churn < 35% with no expected next purchase: ${blankNext}`,
  );
  const cuts = [0, 0.25, 0.5, 1, 2, 4, Infinity];
  console.log("\n| expected purchases | customers | predicted | actual |\n|---|---|---|---|");
  for (let b = 0; b + 1 < cuts.length; b++) {
    let n = 0;
    let e = 0;
    let o = 0;
    for (let i = 0; i < expected.length; i++)
      if (expected[i] >= cuts[b] && expected[i] < cuts[b + 1]) {
        n++;
        e += expected[i];
        o += actual[i];
      }
    console.log(`| ${cuts[b]}–${cuts[b + 1]} | ${n} | ${e.toFixed(0)} | ${o} |`);
  }
  console.log("\n" + bands("P(alive)", alive, bought));
  console.log("\n" + bands(`model P(purchase in ${H} d)`, buy, bought));
  console.log("\n" + bands("1 − churn probability", stay, bought));
  if (truth) {
    console.log(
      `\nKnown truth (still a customer at ${isoDate(asOf + H)}): ${pc(real.reduce((s, v) => s + v, 0) / real.length)}; AUC P(alive) ${f3(auc(alive, real))}, 1 − churn probability ${f3(auc(stay, real))}`,
    );
    console.log("\n" + bands("P(alive) vs truth", alive, real));
    console.log("\n" + bands("1 − churn probability vs truth", stay, real));
  }
}

async function main() {
  // The samples keep the label this check printed before dataSets (stop 38).
  for (const d of dataSets(process.argv.slice(2), H))
    await measure(
      d.kind === "zh" || d.kind === "en" ? `bundled ${d.name}` : d.name,
      d.open,
      d.asOf,
      d.truth,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
