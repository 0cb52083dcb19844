/**
 * How well the repeat-purchase models rank "who will not buy in the next 90 days" on the full
 * CDNOW cohort (23,570 customers; ../shared/data/cdnow/lifetimes_CDNOW_master.txt, not in the
 * repository: a developer's check, not a test). For each analysis date, through the product's own
 * pipeline (ingest → customer summary → model): AUC of 1 − P(alive) and of the model's probability
 * of no purchase in the horizon, for MBG/NBD and BG/NBD, over customers not in the churned stage
 * (a purchase within the last 365 days), and predicted against actual purchase days in the
 * horizon, overall and by number of earlier purchase days.
 *
 *   [CDNOW=path/to/CDNOW_master.txt] npx tsx scripts/cdnow-model-check.ts [path to CDNOW_master.txt] [asOf ...]
 */

import { analyzeWorkbook } from "../src/engine/analyze";
import { areaUnderCurve } from "../src/engine/backtest/auc";
import type { Grid } from "../src/engine/cells";
import { fitCustomerModel, type CustomerModel } from "../src/engine/clv/customerModel";
import { memorySource } from "../src/engine/ingest/memorySource";
import { parseIsoDate } from "../src/engine/parse/date";
import { defaultRules } from "../src/engine/rules";
import { cdnowCustomers, cdnowRows } from "./cdnowSource";

const dates = process.argv.length > 3 ? process.argv.slice(3) : ["1997-09-30"];
const horizonDays = 90;
const churnedAfterDays = 365;

/** The engine's area under the ROC curve of `score` for `positive` over `use` (finite scores only). */
function auc(score: Float64Array, positive: Uint8Array, use: Uint8Array): number {
  return areaUnderCurve(
    score.map((s, i) => (use[i] && Number.isFinite(s) ? s : NaN)),
    positive,
  );
}

const rows = cdnowRows(process.argv[2]);
const customers = cdnowCustomers(rows);
const f3 = (x: number) => x.toFixed(3);

async function main() {
  for (const date of dates) {
    const asOf = parseIsoDate(date);
    // Only what was known at asOf goes in; the outcome is read from the file directly.
    const transactions: Grid = [["Customer ID", "Date", "Amount"]];
    for (const [id, iso, amount] of rows)
      if (parseIsoDate(iso) <= asOf) transactions.push([id, iso, amount]);
    const t0 = Date.now();
    const a = await analyzeWorkbook(
      memorySource({ Customers: customers, Transactions: transactions }),
      {
        rules: defaultRules(),
        asOf,
      },
    );
    const seconds = (Date.now() - t0) / 1000;
    const n = a.dataset.customers.count;
    const index = new Map(a.dataset.customers.id.map((id, i) => [Number(id), i]));
    // Outcome: distinct purchase days in (asOf, asOf + horizon].
    const laterDays = new Map<number, Set<number>>();
    for (const [id, iso, amount] of rows) {
      const d = parseIsoDate(iso);
      if (d > asOf && d <= asOf + horizonDays && amount >= 0) {
        const c = index.get(id)!;
        if (!laterDays.has(c)) laterDays.set(c, new Set());
        laterDays.get(c)!.add(d);
      }
    }
    const noPurchase = new Uint8Array(n);
    const actual = new Float64Array(n);
    const use = new Uint8Array(n);
    const m = a.summary.model;
    for (let c = 0; c < n; c++) {
      actual[c] = laterDays.get(c)?.size ?? 0;
      noPurchase[c] = actual[c] === 0 ? 1 : 0;
      use[c] = m.purchaseDays[c] > 0 && asOf - m.lastDay[c] < churnedAfterDays ? 1 : 0;
    }
    const used = use.reduce((s, u) => s + u, 0);
    const churners = noPurchase.reduce((s, v, c) => s + (use[c] ? v : 0), 0);
    console.log(
      `\n## CDNOW as of ${date}: ${used} customers not in the churned stage, ${churners} (${((100 * churners) / used).toFixed(1)}%) did not buy in the next ${horizonDays} days (pipeline ${seconds.toFixed(1)} s)`,
    );
    const recency = new Float64Array(n);
    for (let c = 0; c < n; c++) recency[c] = asOf - m.lastDay[c];
    console.log(
      `recency alone (days since last purchase): AUC ${f3(auc(recency, noPurchase, use))}`,
    );
    const models: [string, CustomerModel][] = [
      ["MBG/NBD", a.model],
      [
        "BG/NBD",
        fitCustomerModel(a.dataset, a.summary, asOf, {
          ...a.rules.model,
          repeatPurchaseModel: "bgnbd",
        }),
      ],
    ];
    console.log(
      "\n| model | r | α | a | b | log-likelihood | AUC 1−P(alive) | AUC P(no purchase 90 d) | AUC −E[purchases 90 d] | predicted | actual |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const [name, model] of models) {
      const fit = model.bgnbd!;
      const dead = Float64Array.from(model.pAlive, (p) => 1 - p);
      const none = model.probabilityOfNoPurchase(horizonDays)!;
      const fewer = Float64Array.from(model.expectedPurchases, (e) => -e);
      let predicted = 0;
      let observed = 0;
      for (let c = 0; c < n; c++)
        if (use[c]) {
          predicted += model.expectedPurchases[c];
          observed += actual[c];
        }
      console.log(
        `| ${name} | ${fit.r.toFixed(4)} | ${fit.alpha.toFixed(3)} | ${fit.a.toFixed(4)} | ${fit.b.toFixed(4)} | ${fit.logLikelihood.toFixed(2)} | ${f3(auc(dead, noPurchase, use))} | ${f3(auc(none, noPurchase, use))} | ${f3(auc(fewer, noPurchase, use))} | ${predicted.toFixed(0)} | ${observed} |`,
      );
    }
    // Predicted against actual by earlier purchase days (the check of Fader et al.) and the
    // calibration of the probability of no purchase by decile.
    console.log(
      "\n| earlier purchase days | customers | actual | MBG/NBD predicted | BG/NBD predicted | share not buying | MBG/NBD P(no purchase) | BG/NBD P(no purchase) |",
    );
    console.log("|---|---|---|---|---|---|---|---|");
    const nones = models.map(([, model]) => model.probabilityOfNoPurchase(horizonDays)!);
    for (const [from, to] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 5],
      [6, 9],
      [10, Infinity],
    ]) {
      let count = 0;
      let act = 0;
      let stay = 0;
      const pred = [0, 0];
      const none = [0, 0];
      for (let c = 0; c < n; c++) {
        const days = m.purchaseDays[c];
        if (!use[c] || days < from || days > to) continue;
        count++;
        act += actual[c];
        stay += noPurchase[c];
        models.forEach(([, model], k) => {
          pred[k] += model.expectedPurchases[c];
          none[k] += nones[k][c];
        });
      }
      console.log(
        `| ${to === Infinity ? `${from}+` : from === to ? from : `${from}–${to}`} | ${count} | ${act} | ${pred[0].toFixed(0)} | ${pred[1].toFixed(0)} | ${((100 * stay) / count).toFixed(1)}% | ${((100 * none[0]) / count).toFixed(1)}% | ${((100 * none[1]) / count).toFixed(1)}% |`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
