/**
 * The churn probability and the lifecycle stage against what happened afterwards (stop 37:
 * tester12 #10 and #15, stop 36 closing note). For each data set, through the product's own
 * pipeline, the analysis as of `asOf` and as of asOf + 90 days (what happened), over the customers
 * who had bought by asOf and are not in the churned stage (the rows with a churn probability):
 *
 * - AUC of the churn probability for "no purchase in the 90 days", and the probability in 5 bands
 *   against the observed share (calibration), the lowest band split by purchase days;
 * - per lifecycle stage: customers, mean churn probability, share who bought again in the 90 days;
 * - a repeat purchase against the figure: the analysis 31 days before asOf too; of the customers
 *   who bought again in those 31 days, how many have a higher churn probability after it, and the
 *   figure they would have had without that purchase days (the rows at asOf with the same history
 *   minus those days is not measurable here: the mean change is reported).
 *
 * On generated data (backtest/generate.ts "leaving") also against the known truth. A developer's
 * check, not a test: the CDNOW file is not in the repository.
 *
 *   [CDNOW=path/to/CDNOW_master.txt] [CHURN_DEFAULTS=1] npx tsx scripts/churn-judgment-check.ts [zh|en|cdnow|generated ...]
 *
 * CHURN_DEFAULTS=1 scores with the default weights (learning.minCustomers out of reach): how they
 * rank where a workbook has too little history to learn from.
 */

import { LIFECYCLE_STAGES } from "../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../src/engine/analyze";
import { areaUnderCurve as auc } from "../src/engine/backtest/auc";
import { churnReasonsOf, eachReason } from "../src/engine/churn/reasons";
import type { GridSource } from "../src/engine/ingest/workbook";
import { STAGE } from "../src/engine/lifecycle/stage";
import { isoDate } from "../src/engine/parse/date";
import { DEFAULT_WEIGHTS } from "../src/engine/churn/learn";
import { defaultRules } from "../src/engine/rules";
import { dataSets } from "./cdnowSource";

const H = 90;
const pc = (x: number) => `${(100 * x).toFixed(1)}%`;

interface Row {
  p: number;
  y: number;
  stage: number;
  pd: number;
  age: number;
  truth: number;
  /** Churn risk level (LEVELS: 0 high, 1 medium, 2 low), days silent / own usual gap (NaN: no rhythm), P(alive). */
  level: number;
  overdue: number;
  alive: number;
  /** 1 for a bundled sample's won-back customer (DataSet.wonBack), else 0. */
  wonBack: number;
  /** The generated story ("periodic" data), else "". */
  story: string;
  /** Stop 51 J1: a low row showing a long silence (≥ 5× own gap) and nothing of what holds it low. */
  unexplained: boolean;
  /** A steady customer whose last orders fall steeply (aggregate/orderFall.ts, judge61). */
  falling: boolean;
}

/** The reasons that say what holds a low level down (stop 52). */
const LOWERING = new Set([
  "many_purchases",
  "recent_purchase",
  "model_likely_to_buy",
  "high_spend",
  "typical_lowers",
]);

function bandTable(rows: Row[], split: boolean): string {
  const out = [
    "| churn probability | customers | mean stated | observed no purchase |",
    "|---|---|---|---|",
  ];
  const cuts = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  for (let b = 0; b + 1 < cuts.length; b++) {
    const inBand = rows.filter((r) => r.p >= cuts[b] && r.p < cuts[b + 1]);
    const line = (name: string, rs: Row[]) =>
      out.push(
        `| ${name} | ${rs.length} | ${rs.length ? pc(rs.reduce((s, r) => s + r.p, 0) / rs.length) : "–"} | ${rs.length ? pc(rs.reduce((s, r) => s + r.y, 0) / rs.length) : "–"} |`,
      );
    line(`${cuts[b] * 100}–${Math.round(cuts[b + 1] * 100)}%`, inBand);
    if (split && b === 0) {
      line(
        "… 1 purchase day",
        inBand.filter((r) => r.pd === 1),
      );
      line(
        "… 2–4",
        inBand.filter((r) => r.pd >= 2 && r.pd <= 4),
      );
      line(
        "… 5+",
        inBand.filter((r) => r.pd >= 5),
      );
      line(
        "… first purchase < 90 days before",
        inBand.filter((r) => r.age < 90),
      );
    }
  }
  return out.join("\n");
}

async function measure(
  label: string,
  open: () => GridSource | Promise<GridSource>,
  asOf: number,
  truth?: (id: string) => number,
  wonBack?: (id: string) => number,
  story?: (id: string) => string,
) {
  const rules = defaultRules();
  // CHURN_DEFAULTS=1: score with the default weights (as on a workbook with too little history).
  if (process.env.CHURN_DEFAULTS === "1")
    rules.churn.learning.minCustomers = Number.MAX_SAFE_INTEGER;
  const before: Analysis = await analyzeWorkbook(await open(), { rules, asOf: asOf - 31 });
  const now: Analysis = await analyzeWorkbook(await open(), { rules, asOf });
  const later: Analysis = await analyzeWorkbook(await open(), { rules, asOf: asOf + H });
  const laterIndex = new Map(later.dataset.customers.id.map((id, i) => [String(id), i]));
  const beforeIndex = new Map(before.dataset.customers.id.map((id, i) => [String(id), i]));
  const c = now.classification.analysis;
  const rows: Row[] = [];
  let repeat = 0;
  const none = now.model.probabilityOfNoPurchase(H);
  const quoted: [number, number][] = [];
  let rose = 0;
  let change = 0;
  const risers: Row[] = [];
  const others: Row[] = [];
  now.dataset.customers.id.forEach((id, i) => {
    if (!(now.summary.model.purchaseDays[i] > 0) || c.lifecycleStage[i] === STAGE.churned) return;
    const p = c.churnProbability[i];
    if (!Number.isFinite(p)) return;
    const j = laterIndex.get(String(id));
    const y = j !== undefined && later.summary.model.lastDay[j] > asOf ? 0 : 1;
    const pd = now.summary.segmentation.purchaseDays[i];
    if (none && churnReasonsOf(c, i).some((r) => r.code === "model_no_purchase"))
      quoted.push([none[i], y]);
    let overdue = NaN;
    let lowering = false;
    eachReason(c, i, (code, fig) => {
      if ((code === "overdue_vs_rhythm" || code === "overdue_not_weighed") && fig[3] !== 1)
        overdue = fig[2] / fig[1];
      if (LOWERING.has(code)) lowering = true;
    });
    rows.push({
      p,
      y,
      stage: c.lifecycleStage[i],
      pd,
      age: asOf - now.summary.segmentation.firstPurchase[i],
      truth: truth ? truth(String(id)) : NaN,
      level: c.churnLevel[i],
      overdue,
      alive: now.model.pAlive[i],
      wonBack: wonBack ? wonBack(String(id)) : NaN,
      story: story ? story(String(id)) : "",
      unexplained: c.churnLevel[i] === 2 && overdue >= 5 && !lowering,
      falling: now.summary.segmentation.fallUsual[i] > 0,
    });
    const b = beforeIndex.get(String(id));
    if (b === undefined) return;
    const pb = before.classification.analysis.churnProbability[b];
    const pdb = before.summary.segmentation.purchaseDays[b];
    if (!Number.isFinite(pb) || !(pd > pdb) || !(pdb > 0)) return;
    repeat++;
    change += p - pb;
    if (p > pb + 0.005) rose++;
    (p > pb + 0.005 ? risers : others).push(rows[rows.length - 1]);
  });
  const aucOf = (ys: number[]) =>
    auc(
      Float64Array.from(rows, (r) => r.p),
      Uint8Array.from(ys),
    );
  const rate = rows.reduce((s, r) => s + r.y, 0) / rows.length;
  console.log(
    `\n## ${label}, as of ${isoDate(asOf)} (outcome to ${isoDate(asOf + H)}): ${rows.length} customers scored, ${pc(rate)} did not buy; churn model ${now.churn.model.source}`,
  );
  console.log(
    `AUC of the churn probability for "no purchase in ${H} d": ${aucOf(rows.map((r) => r.y)).toFixed(4)}; backtest AUC ${now.churn.validation.auc.churnRisk?.toFixed(3) ?? "–"}`,
  );
  if (truth)
    console.log(
      `AUC against the known truth (gone at ${isoDate(asOf + H)}): ${aucOf(rows.map((r) => 1 - r.truth)).toFixed(4)}`,
    );
  console.log(
    `repeat purchase in the 31 days before: ${repeat} customers, ${rose} with a higher churn probability after it (${pc(rose / Math.max(1, repeat))}), mean change ${((100 * change) / Math.max(1, repeat)).toFixed(1)} points`,
  );
  const mean = (rs: Row[], f: (r: Row) => number) =>
    rs.length ? pc(rs.reduce((a, r) => a + f(r), 0) / rs.length) : "–";
  console.log(
    `… whose figure rose: stated ${mean(risers, (r) => r.p)}, observed no purchase ${mean(risers, (r) => r.y)}; the others: stated ${mean(others, (r) => r.p)}, observed ${mean(others, (r) => r.y)}`,
  );
  console.log(
    `reason model_no_purchase (the repeat-purchase model's figure quoted): ${quoted.length} customers, quoted ${pc(quoted.reduce((a, q) => a + q[0], 0) / Math.max(1, quoted.length))}, observed no purchase ${pc(quoted.reduce((a, q) => a + q[1], 0) / Math.max(1, quoted.length))}`,
  );
  const falling = rows.filter((r) => r.falling);
  const listed = falling.filter((r) => r.level < 2).length;
  console.log(
    `falling orders (the last 3 steeply below a steady usual order): ${falling.length} customers, stated ${mean(falling, (r) => r.p)}, ${listed} listed, observed no purchase ${mean(falling, (r) => r.y)}${truth ? `, gone (truth) ${mean(falling, (r) => 1 - r.truth)}` : ""}${story ? ` (${[...new Set(falling.map((r) => r.story))].map((st) => `${st} ${falling.filter((r) => r.story === st).length}`).join(", ")})` : ""}`,
  );
  console.log("\n" + bandTable(rows, true));
  // Ten equal groups by the stated figure (the backtest's deciles, here one horizon ahead).
  const sorted = [...rows].sort((a, b) => a.p - b.p);
  console.log("\n| decile | customers | mean stated | observed no purchase |\n|---|---|---|---|");
  for (let d = 0; d < 10; d++) {
    const rs = sorted.slice(
      Math.floor((d * sorted.length) / 10),
      Math.floor(((d + 1) * sorted.length) / 10),
    );
    console.log(`| ${d + 1} | ${rs.length} | ${mean(rs, (r) => r.p)} | ${mean(rs, (r) => r.y)} |`);
  }
  console.log(
    "\n| young customers | customers | mean stated | observed no purchase |\n|---|---|---|---|",
  );
  const young: [string, (r: Row) => boolean][] = [
    ["1 purchase day, first < 30 days before", (r) => r.pd === 1 && r.age < 30],
    ["1 purchase day, first 30–89 days before", (r) => r.pd === 1 && r.age >= 30 && r.age < 90],
    ["2 purchase days, first < 90 days before", (r) => r.pd === 2 && r.age < 90],
    ["3+ purchase days, first < 90 days before", (r) => r.pd >= 3 && r.age < 90],
  ];
  for (const [name, f] of young) {
    const rs = rows.filter(f);
    console.log(
      `| ${name} | ${rs.length} | ${rs.length ? pc(rs.reduce((a, r) => a + r.p, 0) / rs.length) : "–"} | ${rs.length ? pc(rs.reduce((a, r) => a + r.y, 0) / rs.length) : "–"} |`,
    );
  }
  // Stop 51 tester J1: a low level beside "long overdue against its own rhythm" read as wrong.
  console.log(
    "\n| level and silence (days since / own usual gap) | customers | mean stated | observed no purchase |\n|---|---|---|---|",
  );
  const silence: [string, (r: Row) => boolean][] = [
    ["low, silent < 2× own gap", (r) => r.level === 2 && !(r.overdue >= 2)],
    ["low, silent 2–5× own gap", (r) => r.level === 2 && r.overdue >= 2 && r.overdue < 5],
    ["low, silent ≥ 5× own gap", (r) => r.level === 2 && r.overdue >= 5],
    ["low, P(alive) < 0.1", (r) => r.level === 2 && r.alive < 0.1],
    ["medium or high, silent ≥ 5× own gap", (r) => r.level < 2 && r.overdue >= 5],
    ["high, P(alive) < 0.1", (r) => r.level === 0 && r.alive < 0.1],
    // Stop 52: on the bundled samples the overstated long-silent rows are the generator's won-back
    // customers, who all buy again 30–150 days before the data's end.
    ...(wonBack
      ? ([
          [
            "… medium or high, ≥ 5×, won-back story",
            (r) => r.level < 2 && r.overdue >= 5 && r.wonBack === 1,
          ],
          [
            "… medium or high, ≥ 5×, other stories",
            (r) => r.level < 2 && r.overdue >= 5 && r.wonBack === 0,
          ],
        ] as [string, (r: Row) => boolean][])
      : []),
  ];
  for (const [name, f] of silence) {
    const rs = rows.filter(f);
    console.log(
      `| ${name} | ${rs.length} | ${rs.length ? pc(rs.reduce((a, r) => a + r.p, 0) / rs.length) : "–"} | ${rs.length ? pc(rs.reduce((a, r) => a + r.y, 0) / rs.length) : "–"} |`,
    );
  }
  console.log(
    `low rows showing a silence ≥ 5× own gap and nothing of what holds them low (stop 51 J1): ${rows.filter((r) => r.unexplained).length}`,
  );
  console.log(
    "\n| stage | customers | mean churn probability | bought again in 90 d |\n|---|---|---|---|",
  );
  for (let s = 0; s < LIFECYCLE_STAGES.length; s++) {
    const rs = rows.filter((r) => r.stage === s);
    if (!rs.length) continue;
    console.log(
      `| ${LIFECYCLE_STAGES[s]} | ${rs.length} | ${pc(rs.reduce((a, r) => a + r.p, 0) / rs.length)} | ${pc(rs.reduce((a, r) => a + 1 - r.y, 0) / rs.length)} |`,
    );
  }
  if (story) {
    // Periodic data: each story's stated figure, how many are listed (medium or high), what happened.
    console.log(
      "\n| story | customers | mean stated | high | medium | observed no purchase | listed who bought |\n|---|---|---|---|---|---|---|",
    );
    for (const name of [...new Set(rows.map((r) => r.story))].sort()) {
      const rs = rows.filter((r) => r.story === name);
      const listed = rs.filter((r) => r.level < 2);
      console.log(
        `| ${name} | ${rs.length} | ${mean(rs, (r) => r.p)} | ${rs.filter((r) => r.level === 0).length} | ${rs.filter((r) => r.level === 1).length} | ${mean(rs, (r) => r.y)} | ${listed.filter((r) => r.y === 0).length} of ${listed.length} |`,
      );
    }
  }
  if (truth) {
    console.log(
      "\n" +
        bandTable(
          rows.map((r) => ({ ...r, y: 1 - r.truth })),
          false,
        ).replace("observed no purchase", "gone (truth)"),
    );
  }
}

async function main() {
  // CHURN_WEIGHTS='{"frequency":-0.2}': other default weights to compare (with CHURN_DEFAULTS=1).
  if (process.env.CHURN_WEIGHTS)
    Object.assign(DEFAULT_WEIGHTS, JSON.parse(process.env.CHURN_WEIGHTS));
  for (const d of dataSets(process.argv.slice(2), H))
    await measure(d.name, d.open, d.asOf, d.truth, d.wonBack, d.story);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
