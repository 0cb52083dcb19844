import { summariseCustomers } from "../engine/aggregate/customerSummary";
import { fitCustomerModel } from "../engine/clv/customerModel";
import { churnRisk } from "../engine/churn/risk";
import { classifyCustomers } from "../engine/classify";
import { summariseComplaints } from "../engine/complaints/summary";
import { scheduleFollowUps } from "../engine/followUp/schedule";
import { ingestWorkbook } from "../engine/ingest/workbook";
import { relationshipKpis } from "../engine/overview/kpis";
import { analysisTables } from "../engine/report/tabs";
import { defaultRules } from "../engine/rules";
import { summariseSatisfaction } from "../engine/satisfaction/summary";
import { SHEET_KINDS } from "../engine/schema";
import { benchFiles } from "./bench/files";
import { formatBenchRow, timed, type BenchRow } from "./bench/report";
import { sampleSource, SAMPLE_AS_OF } from "../sample/source";

/**
 * `npm run bench [-- --customers N --transactions N]`: generates a data set on the fly (default
 * 1,000,000 customers and 10,000,000 transactions, never written to disk), ingests it and runs every
 * analysis step, printing rows per second per step and the peak memory. A benchmark, not a test.
 */
async function bench(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  if (process.argv.includes("--files")) {
    // The file adapter on real .xlsx files (npm run bench -- --files).
    const c = arg("customers", 100_000);
    const t = arg("transactions", 1_000_000);
    process.stdout.write(
      `File benchmark: ${c.toLocaleString("en-US")} customers, ${t.toLocaleString("en-US")} transactions as .xlsx, node ${process.version}\n\n`,
    );
    await benchFiles(c, t);
    return;
  }
  const customers = arg("customers", 1_000_000);
  const transactions = arg("transactions", 10_000_000);
  const rows: BenchRow[] = [];
  const report = (row: BenchRow) => {
    rows.push(row);
    process.stdout.write(formatBenchRow(row) + "\n");
  };
  process.stdout.write(
    `Customer Analytics benchmark: ${customers.toLocaleString("en-US")} customers, ${transactions.toLocaleString("en-US")} transactions (generated), node ${process.version}\n\n`,
  );
  const options = {
    seed: 7,
    customers,
    transactions,
    lang: "zh-CN" as const,
    problems: true,
    dateCells: "serial" as const,
  };

  // Generating the rows costs time of its own: measure it alone, then subtract it from ingest.
  const gen = await timed(async () => {
    const { source } = sampleSource(options);
    let n = 0;
    for (const name of await source.sheetNames())
      await source.readSheet(name, (block) => void (n += block.length));
    return n;
  });
  report({
    step: "generate sample rows (not part of the product)",
    rows: gen.value,
    seconds: gen.seconds,
  });

  const rules = defaultRules();
  const asOf = SAMPLE_AS_OF;
  const ingest = await timed(() => ingestWorkbook(sampleSource(options).source, { asOf }));
  const { dataset, findings } = ingest.value;
  const read = SHEET_KINDS.reduce((n, k) => n + (dataset.counts[k]?.read ?? 0), 0);
  report({
    step: "ingest: parse + validate (generation subtracted)",
    rows: read,
    seconds: ingest.seconds - gen.seconds,
  });
  report({ step: "ingest: as measured, with generation", rows: read, seconds: ingest.seconds });
  const n = dataset.customers.count;
  const t = dataset.transactions.count;
  const summary = await timed(() => summariseCustomers(dataset, rules, asOf));
  report({
    step: "aggregate: per-customer measures (one pass)",
    rows: t,
    seconds: summary.seconds,
  });
  const classified = await timed(() => classifyCustomers(dataset, summary.value, rules, asOf));
  report({ step: "segments, lifecycle", rows: n, seconds: classified.seconds });
  const analysis = classified.value.analysis;
  const schedule = await timed(() =>
    scheduleFollowUps({
      dataset,
      analysis,
      lastPurchase: summary.value.lastPurchase,
      firstPurchase: summary.value.firstPurchase,
      rules: rules.followUp,
      asOf,
    }),
  );
  report({ step: "follow-up schedule", rows: n, seconds: schedule.seconds });
  const service = await timed(() => ({
    satisfaction: summariseSatisfaction({ dataset, analysis, rules: rules.satisfaction, asOf }),
    complaints: summariseComplaints({ dataset, rules: rules.complaints, asOf }),
  }));
  report({
    step: "satisfaction + complaints",
    rows: (dataset.surveys?.count ?? 0) + (dataset.complaints?.count ?? 0),
    seconds: service.seconds,
  });
  const kpis = await timed(() => relationshipKpis({ summary: summary.value, analysis }));
  report({ step: "overview KPIs", rows: t, seconds: kpis.seconds });
  const model = await timed(() => fitCustomerModel(dataset, summary.value, asOf, rules.model));
  report({
    step: `${rules.model.repeatPurchaseModel === "bgnbd" ? "BG/NBD" : "MBG/NBD"} + Gamma-Gamma: fit and score, next purchase, CLV`,
    rows: n,
    seconds: model.seconds,
  });
  // Churn risk learned on two earlier snapshots (asOf − H, asOf − 2H) and the backtest.
  const churn = await timed(() =>
    churnRisk(dataset, rules, {
      asOf,
      summary: summary.value,
      classification: classified.value,
      model: model.value,
    }),
  );
  report({ step: "churn risk: learn + backtest (2 snapshots)", rows: n, seconds: churn.seconds });
  const tables = await timed(() => {
    const all = analysisTables(
      {
        asOf,
        rules: rules,
        ruleSet: { version: 1, hash: "" },
        dataset,
        findings,
        summary: summary.value,
        classification: classified.value,
        schedule: schedule.value,
        warnings: [],
        ...service.value,
        kpis: kpis.value,
        model: model.value,
        churn: churn.value,
      },
      "zh-CN",
      { at: asOf, durationSeconds: 0, source: "bench" },
    );
    let cells = 0;
    for (const table of all)
      for (let i = 0; i < table.rowCount; i += 10_000)
        cells += table.rows(i, Math.min(table.rowCount, i + 10_000)).length * table.columns.length;
    return cells;
  });
  report({
    step: "report tables: all rows produced (cells)",
    rows: tables.value,
    seconds: tables.seconds,
  });
  const total = rows
    .slice(1)
    .filter((r) => !r.step.startsWith("ingest: as"))
    .reduce((s, r) => s + r.seconds, 0);
  process.stdout.write(
    `\nTotal (ingest to report tables, generation excluded): ${total.toFixed(1)} s\n`,
  );
  process.stdout.write(
    `Peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
}

bench().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
