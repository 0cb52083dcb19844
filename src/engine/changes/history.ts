import type { Analysis } from "../analyze";
import type { Cell } from "../cells";
import type { GridSource } from "../ingest/workbook";
import { localNow } from "../analysisDate";
import { laterHistory } from "../laterHistory";
import { isoDate, parseDate, parseIsoDate } from "../parse/date";
import { cellText, foldLabel } from "../parse/text";
import type { ColumnFormat, ReportColumn } from "../report/table";
import { SHEET_KINDS, type Lang } from "../schema";
import { say } from "../words/catalog";

/**
 * KPI history: the run log keeps one row per analysis date with the headline KPIs of that run, so
 * the Overview can draw a trend and the pane can show each number's change since the last run.
 * A run log of the earlier layout (one row per run, no KPI columns) is read by its headers in
 * either language and migrated: its rows are kept (the latest per date), their KPIs blank.
 */

/** The headline KPIs, in the order of the run log's columns (stable keys). */
export const HEADLINE_KPIS = [
  "activeCustomers",
  "revenue",
  "retentionRate",
  "churnRate",
  "repeatPurchaseRate",
  "csat",
  "nps",
  "highRiskCustomers",
  "backtestAuc",
] as const;
export type HeadlineKpi = (typeof HEADLINE_KPIS)[number];

/** Rates are shares 0–1; NaN when not measured in that run. */
export type HeadlineKpis = Record<HeadlineKpi, number>;

/** The KPIs' names, from the word catalog (words/changes.ts, `kpi_…`). */
export const KPI_WORDS: Record<HeadlineKpi, Record<Lang, string>> = Object.fromEntries(
  HEADLINE_KPIS.map((k) => [
    k,
    { "zh-CN": say("zh-CN", "changes", `kpi_${k}`), "en-US": say("en-US", "changes", `kpi_${k}`) },
  ]),
) as Record<HeadlineKpi, Record<Lang, string>>;

/** Which KPIs are shares (shown as %). */
export const KPI_IS_RATE: Record<HeadlineKpi, boolean> = {
  activeCustomers: false,
  revenue: false,
  retentionRate: true,
  churnRate: true,
  repeatPurchaseRate: true,
  csat: true,
  nps: false,
  highRiskCustomers: false,
  backtestAuc: false,
};

/**
 * The run log's KPI columns (appended after its earlier columns).
 *
 * @example kpiColumns("en-US")[0].key // "activeCustomers"
 */
export function kpiColumns(lang: Lang): ReportColumn[] {
  return HEADLINE_KPIS.map((k) => ({
    key: k,
    header: KPI_IS_RATE[k]
      ? say(lang, "changes", "kpiPercent", { kpi: KPI_WORDS[k][lang] })
      : KPI_WORDS[k][lang],
    format: kpiFormat(k),
  }));
}

/**
 * How a headline KPI is shown, in the run log as on the Overview: rates as percentages, revenue
 * as an amount, the AUC with decimals, counts and NPS (−100…100) as whole numbers.
 *
 * @example kpiFormat("nps") // "integer"
 */
export function kpiFormat(k: HeadlineKpi): ColumnFormat {
  if (KPI_IS_RATE[k]) return "percent";
  if (k === "revenue") return "money";
  return k === "backtestAuc" ? "number" : "integer";
}

/**
 * The headline KPIs of a run. The backtest's AUC is the churn-risk model's on the backtest
 * (churn/risk.ts validation); NaN when the backtest could not measure it.
 *
 * @example headlineKpis(analysis).activeCustomers
 */
export function headlineKpis(a: Pick<Analysis, "kpis" | "satisfaction" | "churn">): HeadlineKpis {
  const k = a.kpis;
  const sat = a.satisfaction;
  const auc = a.churn?.validation?.auc.churnRisk;
  return {
    activeCustomers: k.activeCustomers,
    revenue: k.revenue,
    retentionRate: k.retentionRate,
    churnRate: k.churnRate,
    repeatPurchaseRate: k.repeatPurchaseRate,
    // The analysis window's, as the Overview's headline (all time is its own row there).
    csat: sat ? sat.window.stats.csat : NaN,
    nps: sat ? sat.window.stats.nps : NaN,
    highRiskCustomers: k.customersByRisk[0] ?? NaN,
    backtestAuc: typeof auc === "number" ? auc : NaN,
  };
}

/** One row of an earlier run log: cells by column key, and its analysis date and run time. */
export interface RunLogRow {
  asOf: number;
  at: number;
  cells: Record<string, Cell>;
}

/**
 * The run log's row written last (by its time `at`; of two at the same time, the one further down),
 * whatever its analysis date; undefined when none has a time.
 *
 * @example lastWritten([{ asOf: jan15, at: t1 }, { asOf: dec31, at: t2 }]) // the dec31 row (t2 > t1)
 */
export function lastWritten<T extends { at: number }>(runLog: readonly T[]): T | undefined {
  let last: T | undefined;
  for (const r of runLog) if (Number.isFinite(r.at) && (!last || r.at >= last.at)) last = r;
  return last;
}

/** One point of the KPI history. */
export interface HistoryPoint {
  asOf: number;
  kpis: HeadlineKpis;
}

const DATE_KEYS = new Set(["at", "analysisDate"]);

/**
 * Reads an earlier run log (either language, either layout) block by block: header row first,
 * columns found by their headers in zh-CN or en-US.
 *
 * @example const r = new RunLogRowsReader(runLogColumns); r.push(rows); r.rows
 */
export class RunLogRowsReader {
  private columns: [number, string][] | null = null;
  private readonly keys = new Map<string, string>();
  readonly rows: RunLogRow[] = [];

  constructor(columnsOf: (lang: Lang) => ReportColumn[]) {
    for (const lang of ["zh-CN", "en-US"] as const)
      for (const c of columnsOf(lang)) this.keys.set(foldLabel(c.header), c.key);
  }

  push(rows: Cell[][]): void {
    for (const row of rows) {
      if (!this.columns) {
        const cols: [number, string][] = [];
        row.forEach((c, k) => {
          const key = this.keys.get(foldLabel(c));
          if (key && !cols.some(([, kk]) => kk === key)) cols.push([k, key]);
        });
        if (!cols.some(([, k]) => k === "analysisDate")) continue;
        // Columns after the last one this version knows: a newer version's (the log only appends),
        // kept under their headers so rewriting the log does not drop them (extraRunLogColumns).
        const last = Math.max(...cols.map(([k]) => k));
        for (let k = last + 1; k < row.length; k++) {
          const header = cellText(row[k]).trim();
          const key = EXTRA + header;
          if (header !== "" && !cols.some(([, kk]) => kk === key)) cols.push([k, key]);
        }
        this.columns = cols;
        continue;
      }
      const cells: Record<string, Cell> = {};
      for (const [k, key] of this.columns) {
        const v = row[k];
        if (v === null || v === undefined || v === "") continue;
        cells[key] = DATE_KEYS.has(key) ? parseDate(v) : v;
      }
      const asOf = Math.floor(Number(cells.analysisDate));
      if (!Number.isFinite(asOf)) continue;
      cells.analysisDate = asOf;
      const at = Number(cells.at);
      this.rows.push({ asOf, at: Number.isFinite(at) ? at : -Infinity, cells });
    }
  }
}

/**
 * The rows of the run log the source's previous run wrote (empty when none).
 *
 * @example const rows = await readRunLogRows(source, runLogColumns)
 */
export async function readRunLogRows(
  source: GridSource,
  columnsOf: (lang: Lang) => ReportColumn[],
): Promise<RunLogRow[]> {
  const sheet = source.ownedSheet ? await source.ownedSheet("runLog") : null;
  if (!sheet) return [];
  const reader = new RunLogRowsReader(columnsOf);
  await source.readSheet(sheet, (rows) => reader.push(rows));
  return reader.rows;
}

/**
 * The run-log rows an earlier JSON result's `history` holds (one per analysis date, the headline
 * KPIs, rates as shares), so a refresh from CSV given `--previous result.json` keeps the trend;
 * [] when the object has none. The row of the result's own date carries what the JSON says of
 * that run, as the run log of the workbook it wrote would (tester44 #2, #3, stop 44: blank, a
 * later re-run of the same date read it as a run that read no sheet, "本次运行还读取了客户、交易…，
 * 上次没有", and lost its refit rows): its time (`generatedAt`), the CLI (only the CLI writes a
 * JSON), its rule-set version and hash, its rows read, used and rejected per input sheet read
 * (`counts` of the kinds in `sources`), its warnings, and its rates from its own overview as the
 * run log stores them (loggedKpi: an older JSON's history held them unrounded, or rounded to 4
 * decimals across the 0.1% the Overview shows). What the JSON does not hold (rows written per tab,
 * the duration) stays blank. KPIs of the other dates are stored as the run log stores them too.
 *
 * @example runLogRowsFromHistoryJson({ history: [{ analysisDate: "2025-11-30", revenue: 12 }] })[0].cells.revenue // 12
 */
export function runLogRowsFromHistoryJson(json: unknown): RunLogRow[] {
  const r = json as ResultJsonRun | null;
  const history = r?.history;
  const rows: RunLogRow[] = [];
  if (Array.isArray(history))
    for (const p of history as Record<string, unknown>[]) {
      const asOf = p && typeof p.analysisDate === "string" ? parseIsoDate(p.analysisDate) : NaN;
      if (!Number.isFinite(asOf)) continue;
      const cells: Record<string, Cell> = { analysisDate: Math.floor(asOf) };
      for (const k of HEADLINE_KPIS) {
        const x = p[k];
        const v = typeof x === "number" ? loggedKpi(k, x) : null;
        if (v !== null) cells[k] = v;
      }
      rows.push({ asOf: Math.floor(asOf), at: -Infinity, cells });
    }
  const own = r && typeof r.asOf === "string" ? Math.floor(parseIsoDate(r.asOf)) : NaN;
  if (!Number.isFinite(own) || !(rows.length > 0 || r?.counts)) return rows;
  let row = rows.find((x) => x.asOf === own);
  if (!row) rows.push((row = { asOf: own, at: -Infinity, cells: { analysisDate: own } }));
  Object.assign(row.cells, ownRunCells(r!));
  if (typeof row.cells.at === "number") row.at = row.cells.at;
  return rows.sort((a, b) => a.asOf - b.asOf);
}

/** The parts of a JSON result (schema/result.schema.json) its own run-log row is made of. */
interface ResultJsonRun {
  history?: unknown;
  asOf?: unknown;
  generatedAt?: unknown;
  ruleSet?: { version?: unknown; hash?: unknown };
  sources?: unknown;
  counts?: unknown;
  overview?: Record<string, unknown>;
  warnings?: unknown;
}

/** The run-log cells a JSON result says of its own run (runLogRowsFromHistoryJson). */
function ownRunCells(r: ResultJsonRun): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  const at = typeof r.generatedAt === "string" ? new Date(r.generatedAt) : null;
  // Local wall-clock time, as a run writes its own (analyzeCommand.ts localNow).
  if (at && Number.isFinite(at.getTime())) cells.at = localNow(at);
  cells.source = "cli";
  const v = r.ruleSet?.version;
  if (typeof v === "number" || typeof v === "string") cells.ruleSetVersion = String(v);
  if (typeof r.ruleSet?.hash === "string") cells.ruleSetHash = r.ruleSet.hash;
  const object = (x: unknown): Record<string, unknown> | null =>
    x && typeof x === "object" && !Array.isArray(x) ? (x as Record<string, unknown>) : null;
  const counts = object(r.counts);
  const sources = object(r.sources);
  if (counts)
    for (const kind of SHEET_KINDS) {
      // A sheet not read has no source (and no counts worth a cell).
      const c = object(counts[kind]);
      if (!c || (sources && sources[kind] == null)) continue;
      for (const k of ["read", "used", "rejected"] as const) {
        const n = c[k];
        if (typeof n === "number" && Number.isFinite(n))
          cells[`${kind}${k[0].toUpperCase()}${k.slice(1)}`] = n;
      }
    }
  // Its own rates unrounded (the overview), rounded as its run log would store them.
  for (const k of ["retentionRate", "churnRate", "repeatPurchaseRate"] as const) {
    const x = r.overview?.[k];
    const logged = typeof x === "number" ? loggedKpi(k, x) : null;
    if (logged !== null) cells[k] = logged;
  }
  if (Array.isArray(r.warnings)) {
    const texts = r.warnings
      .map((w) =>
        w && typeof (w as { message?: unknown }).message === "string"
          ? (w as { message: string }).message
          : "",
      )
      .filter((t) => t !== "");
    if (texts.length > 0) cells.warnings = texts.join("\n");
  }
  return cells;
}

/** Key prefix of a run-log column a newer version wrote and this one does not know. */
const EXTRA = "extra:";

/**
 * The columns of the earlier rows that a newer version appended and this one does not know, in
 * the order first met, headed as they were: the run log appends them after its own, so a workbook
 * refreshed by an older version keeps them (stop 29: an older version dropped the at-risk count).
 * Integer values are shown as integers, other numbers as numbers, anything else as text.
 *
 * @example extraRunLogColumns(earlier).map((c) => c.header) // ["下一个版本的列"]
 */
export function extraRunLogColumns(earlier: readonly RunLogRow[]): ReportColumn[] {
  const found = new Map<string, ColumnFormat>();
  for (const r of earlier)
    for (const [key, v] of Object.entries(r.cells)) {
      if (!key.startsWith(EXTRA)) continue;
      const was = found.get(key) ?? "integer";
      const now = typeof v !== "number" ? "text" : Number.isInteger(v) ? "integer" : "number";
      found.set(key, was === "text" || now === "text" ? "text" : was === "number" ? was : now);
    }
  return [...found].map(([key, format]) => ({ key, header: key.slice(EXTRA.length), format }));
}

/**
 * One row per analysis date, oldest first: the earlier rows (the latest run per date) with this
 * run's row replacing any of its date.
 *
 * @example mergeRunLog(earlier, { asOf, at, cells }).at(-1)
 */
export function mergeRunLog(earlier: readonly RunLogRow[], current: RunLogRow | null): RunLogRow[] {
  const byDate = new Map<number, RunLogRow>();
  for (const r of earlier) {
    const had = byDate.get(r.asOf);
    if (!had || r.at >= had.at) byDate.set(r.asOf, r);
  }
  if (current) byDate.set(current.asOf, current);
  return [...byDate.values()].sort((a, b) => a.asOf - b.asOf);
}

const kpiNumber = (v: Cell, rate: boolean): number => {
  if (typeof v === "number") return v;
  const t = cellText(v).replace(/[%,]/g, "");
  if (t === "") return NaN;
  const x = Number(t);
  return rate && /%$/.test(cellText(v)) ? x / 100 : x;
};

/**
 * The KPI history of run-log rows (rows of the earlier layout have NaN KPIs).
 *
 * @example historyOf(mergeRunLog(earlier, current)).map((p) => p.kpis.revenue)
 */
export function historyOf(rows: readonly RunLogRow[]): HistoryPoint[] {
  return rows.map((r) => ({
    asOf: r.asOf,
    kpis: Object.fromEntries(
      HEADLINE_KPIS.map((k) => [k, kpiNumber(r.cells[k] ?? null, KPI_IS_RATE[k])]),
    ) as HeadlineKpis,
  }));
}

/**
 * The KPI history of a run (the Overview's trend, the JSON's history): the earlier run log's rows
 * up to this run's date with this run's KPIs for its date, oldest first (one point per analysis
 * date). It ends at the analysis date: the workbook's own runs dated after it stay on the run log
 * tab (its record of runs) but are not points of this run's trend (reviewer10 D1, stop 35: a
 * past-month re-run drew the later run after its own date; analyze.ts says they are left out).
 *
 * @example runHistory(analysis).at(-1)?.kpis.activeCustomers === analysis.kpis.activeCustomers // true
 */
export function runHistory(a: Analysis): HistoryPoint[] {
  const kpis = headlineKpis(a);
  const cells: Record<string, Cell> = { analysisDate: a.asOf };
  for (const k of HEADLINE_KPIS) cells[k] = Number.isFinite(kpis[k]) ? kpis[k] : null;
  const upTo = laterHistory(a.earlierRunLog ?? [], a.asOf).kept;
  return historyOf(mergeRunLog(upTo, { asOf: a.asOf, at: Infinity, cells }));
}

/**
 * The `history` JSON: one object per analysis date with the headline KPIs (rates as shares 0–1,
 * null when not measured), as the run log stores them (loggedKpi): a later run given this result
 * as --previous reads the figures it would read from the workbook's run log (review 44: this run's
 * retention 0.5394736842105263 in the JSON, 0.5395 in the run log, so the next run's history and
 * its KPI changes differed with the file compared with).
 *
 * @example historyJson(runHistory(analysis))[0].analysisDate // "2025-11-30"
 */
export function historyJson(points: readonly HistoryPoint[]) {
  return points.map((p) => ({
    analysisDate: isoDate(p.asOf),
    ...Object.fromEntries(HEADLINE_KPIS.map((k) => [k, loggedKpi(k, p.kpis[k])])),
  }));
}

/** One headline number with its change since the last run. */
export interface KpiChange {
  kpi: HeadlineKpi;
  value: number;
  /** NaN when the last run did not measure it. */
  previous: number;
  /** value − previous (NaN when either is unknown). */
  difference: number;
}

/**
 * Each headline KPI of this run with its change since the last run: the run-log row of the run
 * this refresh replaced (its analysis date), else the latest one up to this run's date. Null when
 * there is no earlier run. KPIs this run did not measure are left out.
 *
 * @example kpiChanges(analysis)?.items.find((x) => x.kpi === "revenue")?.difference
 */
export function kpiChanges(
  a: Pick<Analysis, "asOf" | "kpis" | "satisfaction" | "churn" | "earlierRunLog" | "changes">,
): { previousAsOf: number; items: KpiChange[] } | null {
  // The log as the last run left it (this run's row not merged in): a re-run for the same date
  // compares with the run it replaces.
  const earlier = historyOf(mergeRunLog(a.earlierRunLog ?? [], null));
  const previousAsOf = a.changes?.previous.asOf;
  let before = earlier.find((p) => p.asOf === previousAsOf);
  if (!before) before = [...earlier].reverse().find((p) => p.asOf <= a.asOf);
  if (!before) return null;
  const now = headlineKpis(a);
  const items: KpiChange[] = [];
  for (const kpi of HEADLINE_KPIS) {
    // As the run log stores it, so a re-run compares like with like (0.5329 with 0.5329).
    const value = loggedKpi(kpi, now[kpi]);
    if (value === null) continue;
    const previous = before.kpis[kpi];
    items.push({ kpi, value, previous, difference: value - previous });
  }
  return { previousAsOf: before.asOf, items };
}

/**
 * A headline KPI as the run log stores it (its cell, and what the next run compares with): revenue
 * to the cent, counts as they are, rates, NPS and the AUC to 4 decimals as the JSON gives them;
 * null when not measured. Stop 24 tester: 0.5328947368421053 and 3772642.7000000007 were in cells.
 *
 * @example loggedKpi("retentionRate", 0.5328947368421053) // 0.5329
 * @example loggedKpi("revenue", 3772642.7000000007) // 3772642.7
 */
export function loggedKpi(k: HeadlineKpi, x: number): number | null {
  if (!Number.isFinite(x)) return null;
  if (k === "revenue") return Math.round(x * 100) / 100;
  if (k === "activeCustomers" || k === "highRiskCustomers") return x;
  const r = Math.round(x * 10000) / 10000;
  // The 4 decimals that show as the run showed it (tester44 #3, stop 44): 0.539473 (53.9%) stored
  // as 0.5395 showed 54.0% on the next run's trend. Within 0.0001 of x either way.
  const step = SHOWN_STEP[k];
  if (step === undefined || shownUnits(r, step) === shownUnits(x, step)) return r;
  return (Math.round(x * 10000) + (r > x ? -1 : 1)) / 10000;
}

/** What the Overview shows of a KPI, in units of its last shown digit (percent "0.0%": 0.001). */
const SHOWN_STEP: Partial<Record<HeadlineKpi, number>> = {
  retentionRate: 0.001,
  churnRate: 0.001,
  repeatPurchaseRate: 0.001,
  csat: 0.001,
  nps: 1,
  backtestAuc: 0.01,
};

/** x in shown units, rounded as Excel shows it (to 15 digits, then half away from zero). */
const shownUnits = (x: number, step: number): number => {
  const u = Number((x / step).toPrecision(12));
  return Math.sign(u) * Math.round(Math.abs(u));
};
