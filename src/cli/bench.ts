import { summariseCustomers } from "../engine/aggregate/customerSummary";
import { fitCustomerModel } from "../engine/clv/customerModel";
import { churnRisk } from "../engine/churn/risk";
import { classifyCustomers } from "../engine/classify";
import { summariseComplaints } from "../engine/complaints/summary";
import { scheduleFollowUps } from "../engine/followUp/schedule";
import { ingestWorkbook } from "../engine/ingest/workbook";
import { relationshipKpis } from "../engine/overview/kpis";
import { analysisTables } from "../engine/report/tabs";
import type { Analysis } from "../engine/analyze";
import type { Cell } from "../engine/cells";
import {
  DIMENSIONS,
  runChanges,
  snapshotOf,
  stateTable,
  StateReader,
  type Snapshot,
} from "../engine/changes";
import { rowReader, type ReportTable } from "../engine/report/table";
import { defaultRules } from "../engine/rules";
import { summariseSatisfaction } from "../engine/satisfaction/summary";
import { SHEET_KINDS } from "../engine/schema";
import { benchFiles } from "./bench/files";
import { benchFollowUp } from "./bench/followUp";
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
  if (process.argv.includes("--follow-up")) {
    // The schedule step alone on 1,000,000 synthetic customers (npm run bench -- --follow-up).
    await benchFollowUp((row) => process.stdout.write(formatBenchRow(row) + "\n"));
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
    // Date cells as the CLI reads a date-styled .xlsx cell: its epoch day (the columnar path).
    dateCells: "date" as const,
  };

  // Generating the rows costs time of its own: measure it alone, then subtract it from ingest.
  // Ingest takes the columnar path, as the file sources (the CLI) do, so generation is measured
  // making the same column blocks; each sheet tells its row count first, as an .xlsx does.
  const gen = await timed(async () => {
    const { source } = sampleSource(options);
    let n = 0;
    for (const name of await source.sheetNames())
      await source.readColumns!(name, (block) => void (n += block.rows));
    return n;
  });
  report({
    step: "generate sample rows (not part of the product)",
    rows: gen.value,
    seconds: gen.seconds,
    cpuSeconds: gen.cpuSeconds,
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
    cpuSeconds: ingest.cpuSeconds - gen.cpuSeconds,
  });
  report({ step: "ingest: as measured, with generation", rows: read, seconds: ingest.seconds });
  const n = dataset.customers.count;
  const t = dataset.transactions.count;
  const summary = await timed(() => summariseCustomers(dataset, rules, asOf));
  report({
    step: "aggregate: per-customer measures (one pass)",
    rows: t,
    seconds: summary.seconds,
    cpuSeconds: summary.cpuSeconds,
  });
  const classified = await timed(() => classifyCustomers(dataset, summary.value, rules, asOf));
  report({
    step: "segments, lifecycle",
    rows: n,
    seconds: classified.seconds,
    cpuSeconds: classified.cpuSeconds,
  });
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
  report({
    step: "follow-up schedule",
    rows: n,
    seconds: schedule.seconds,
    cpuSeconds: schedule.cpuSeconds,
  });
  const service = await timed(() => ({
    satisfaction: summariseSatisfaction({ dataset, analysis, rules: rules.satisfaction, asOf }),
    complaints: summariseComplaints({ dataset, rules: rules.complaints, asOf }),
  }));
  report({
    step: "satisfaction + complaints",
    rows: (dataset.surveys?.count ?? 0) + (dataset.complaints?.count ?? 0),
    seconds: service.seconds,
    cpuSeconds: service.cpuSeconds,
  });
  const kpis = await timed(() => relationshipKpis({ summary: summary.value, analysis }));
  report({ step: "overview KPIs", rows: t, seconds: kpis.seconds, cpuSeconds: kpis.cpuSeconds });
  const model = await timed(() => fitCustomerModel(dataset, summary.value, asOf, rules.model));
  report({
    step: `${rules.model.repeatPurchaseModel === "bgnbd" ? "BG/NBD" : "MBG/NBD"} + Gamma-Gamma: fit and score, next purchase, CLV`,
    rows: n,
    seconds: model.seconds,
    cpuSeconds: model.cpuSeconds,
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
  report({
    step: "churn risk: learn + backtest (2 snapshots)",
    rows: n,
    seconds: churn.seconds,
    cpuSeconds: churn.cpuSeconds,
  });
  const analysed: Analysis = {
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
  };
  // A previous run to compare with: this one with every 7th customer one class lower and every
  // 100th missing (made outside the timing; a refresh reads it from the workbook).
  const previous = benchPrevious(snapshotOf(analysed));
  const changesRows: BenchRow[] = [];
  const reportChanges = (row: BenchRow) => (changesRows.push(row), report(row));
  // Issue 12 at a refresh reads the previous run's state tab back (its rows as the sheet
  // reader hands them over: producing them is timed alone and subtracted) and writes the state tab
  // and the Changes tab (their rows are timed here, not in the report-tables row below).
  const stateBlocks = (push: (rows: Cell[][]) => void) => {
    const t = stateTable(previous);
    push([t.columns.map((c) => c.header)]);
    for (let i = 0; i < t.rowCount; i += 10_000) push(t.rows(i, Math.min(t.rowCount, i + 10_000)));
  };
  const given = await timed(() => {
    let k = 0;
    stateBlocks((r) => (k += r.length));
    return k;
  });
  const readBack = await timed(() => {
    const reader = new StateReader();
    stateBlocks((r) => reader.push(r));
    return reader.finish()!;
  });
  reportChanges({
    step: "changes: read previous state tab (rows given)",
    rows: readBack.value.count,
    seconds: readBack.seconds - given.seconds,
    cpuSeconds: readBack.cpuSeconds - given.cpuSeconds,
  });
  // It compares this run with what it read (the snapshot read back, with its key index).
  const changes = await timed(() => {
    analysed.snapshot = snapshotOf(analysed);
    analysed.changes = runChanges(analysed, readBack.value, analysed.snapshot);
    return analysed.changes!.comparison.wrongWay.length;
  });
  reportChanges({
    step: "changes: snapshot + compare with previous run",
    rows: n,
    seconds: changes.seconds,
    cpuSeconds: changes.cpuSeconds,
  });
  const all = analysisTables(analysed, "zh-CN", { at: asOf, durationSeconds: 0, source: "bench" });
  // Rows as the writers read them (rowReader: one reused array where the table can fill one).
  const cellsOf = (list: ReportTable[]) => {
    let cells = 0;
    for (const table of list) {
      const read = rowReader(table);
      for (let i = 0; i < table.rowCount; i++) if (read(i)) cells += table.columns.length;
    }
    return cells;
  };
  const ofChanges = (t: ReportTable) => t.tab === "runState" || t.tab === "changes";
  const changeTabs = await timed(() => cellsOf(all.filter(ofChanges)));
  reportChanges({
    step: "changes: state + Changes tabs produced (cells)",
    rows: changeTabs.value,
    seconds: changeTabs.seconds,
    cpuSeconds: changeTabs.cpuSeconds,
  });
  const tables = await timed(() => cellsOf(all.filter((t) => !ofChanges(t))));
  report({
    step: "report tables: all other rows produced (cells)",
    rows: tables.value,
    seconds: tables.seconds,
    cpuSeconds: tables.cpuSeconds,
  });
  const counted = rows.slice(1).filter((r) => !r.step.startsWith("ingest: as"));
  const total = counted.reduce((s, r) => s + r.seconds, 0);
  const totalCpu = counted.reduce((s, r) => s + (r.cpuSeconds ?? r.seconds), 0);
  process.stdout.write(
    `\nTotal (ingest to report tables, generation excluded): ${total.toFixed(1)} s (${totalCpu.toFixed(1)} s CPU)\n`,
  );
  const changesCpu = changesRows.reduce((s, r) => s + (r.cpuSeconds ?? r.seconds), 0);
  process.stdout.write(
    `What changed since the last refresh (issue 12: read state, compare, state + Changes tabs): ${changesCpu.toFixed(1)} s CPU = ${((100 * changesCpu) / (totalCpu - changesCpu)).toFixed(1)}% added to the rest\n`,
  );
  // Issue 9's budget: churn risk's learning and backtest add at most 50% to the steps from
  // aggregation to the report tables (CPU seconds: the wall clock measures a shared machine).
  const churnRow = rows.find((r) => r.step.startsWith("churn risk"));
  const first = rows.findIndex((r) => r.step.startsWith("aggregate"));
  const others = rows.slice(first).filter((r) => r !== churnRow);
  const cpuOf = (rs: BenchRow[]) => rs.reduce((s, r) => s + (r.cpuSeconds ?? 0), 0);
  if (churnRow?.cpuSeconds !== undefined) {
    const base = cpuOf(others);
    process.stdout.write(
      `Churn risk (learn + backtest): ${churnRow.cpuSeconds.toFixed(1)} s CPU on ${base.toFixed(1)} s CPU for aggregation → report tables (+${((100 * churnRow.cpuSeconds) / base).toFixed(0)}%; budget +50%)\n`,
    );
  }
  process.stdout.write(
    `Peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
}

/** The bench's previous run: every 7th customer one class lower, every 100th not there. */
function benchPrevious(s: Snapshot): Snapshot {
  const keep: number[] = [];
  for (let i = 0; i < s.count; i++) if (i % 100 !== 99) keep.push(i);
  const pick = <T extends { [k: number]: unknown; length: number }>(
    a: T,
    make: (n: number) => T,
  ) => {
    const out = make(keep.length);
    keep.forEach((i, k) => (out[k] = a[i]));
    return out;
  };
  const codes = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const c = pick(s.codes[d], (n) => new Int8Array(n));
      for (let k = 0; k < c.length; k += 7) if (c[k] > 0) c[k]--;
      return [d, c];
    }),
  ) as Snapshot["codes"];
  return {
    ...s,
    source: "state",
    count: keep.length,
    key: pick(s.key, (n) => new Array<string>(n)),
    id: pick(s.id, (n) => new Array<string>(n)),
    name: pick(s.name, (n) => new Array<string>(n)),
    owner: pick(s.owner, (n) => new Array<string>(n)),
    codes,
    churnProbability: pick(s.churnProbability, (n) => new Float64Array(n)),
    spend: pick(s.spend, (n) => new Float64Array(n)),
    frequency: pick(s.frequency, (n) => new Float64Array(n)),
    lastPurchase: pick(s.lastPurchase, (n) => new Float64Array(n)),
    ...(s.service ? { service: pick(s.service, (n) => new Int32Array(n)) } : {}),
  };
}

bench().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
