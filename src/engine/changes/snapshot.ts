import {
  LIFECYCLE_STAGES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_CLASSES,
  VALUE_TIERS,
  type CustomerAnalysis,
} from "../analysis";
import type { Analysis } from "../analyze";
import { isReturn } from "../aggregate/purchase";
import { exactCustomerKey } from "../parse/identifier";
import { JUDGMENT_VERSION } from "../rules/judgmentVersion";
import { READING_VERSION } from "../rules/readingVersion";
import { windowStart } from "../segmentation/window";
import { SHEET_KINDS, type SheetKind } from "../schema";
import type { ServiceSignals } from "../churn/signals";
import { KeyIndex } from "./keyIndex";
import { contactCap, serviceCodes } from "./service";
import { purchaseRowsKeys, type RowsPlaced } from "./purchaseRows";

/**
 * A compact per-customer record of one run: what "what changed since the last refresh" compares.
 * Column-wise (one array per field, one slot per customer) so a million customers stay a handful of
 * typed arrays. Categories are indexes into the code lists of analysis.ts (-1: none, e.g. a
 * prospect has no RFM segment). Customers are keyed by their exact id (exactCustomerKey: `001` and
 * `1` are two keys, as ingest keeps zero twins apart); compare.ts still joins `1001` to `001001`
 * across runs when neither run has a twin of it.
 */

/** The classifications a snapshot keeps, in the order the Changes tab shows them. */
export const DIMENSIONS = [
  "rfmSegment",
  "valueClass",
  "valueTier",
  "lifecycleStage",
  "churnRiskLevel",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The stable codes of each dimension (analysis.ts): index k of the snapshot's column is CODES[d][k]. */
export const DIMENSION_CODES: Record<Dimension, readonly string[]> = {
  rfmSegment: RFM_SEGMENTS,
  valueClass: VALUE_CLASSES,
  valueTier: VALUE_TIERS,
  lifecycleStage: LIFECYCLE_STAGES,
  churnRiskLevel: RISK_LEVELS,
};

/** Where a snapshot was read from (the Changes tab and the pane say which). */
export type SnapshotSource = "run" | "state" | "segments" | "json";

export interface Snapshot {
  /** The run's analysis date (epoch day); NaN when the source does not say. */
  asOf: number;
  /** The rule set's hash ("" when the source does not say). */
  ruleSetHash: string;
  /**
   * The version of the program's judgment rules that made it (rules/judgmentVersion.ts); 0 or
   * absent: a source written before versions were recorded.
   */
  judgmentVersion?: number;
  /**
   * The version of the program's reading of the input that made it (rules/readingVersion.ts); 0 or
   * absent: a source written before versions of the reading were recorded.
   */
  readingVersion?: number;
  /**
   * A run state's cells of hashes of the schedule texts the run wrote (state.ts `scheduleWritten`;
   * followUp/typedNotes.ts readWritten); absent: a state written before them, or no state.
   */
  scheduleWritten?: string[];
  source: SnapshotSource;
  /**
   * The file the previous run was read from, as the user named it (`r1.xlsx`: --previous, or the
   * workbook refreshed in place), when the caller knows it: the Changes tab names it (stop 32
   * tester #5: a manager with several monthly files could not tell which one was compared).
   */
  file?: string;
  /**
   * Read from the output this run replaced (a CLI run's -o over an earlier report of the same
   * data): the Changes tab names the file as it was before (stop 42: "r.xlsx (the run-state tab in
   * the workbook)" named the file the tab is in, whose run state is now this run's).
   */
  replacedOutput?: boolean;
  count: number;
  /**
   * The exact id as a key (exactCustomerKey: spacing, width, case and a ".0" folded, leading zeros
   * kept): one per customer, no duplicates. Not customerKey: ids that differ only by leading zeros
   * (`001`, `1`, `0001`) are different customers in one run (ingest's zero twins, stop 23 T3).
   */
  key: string[];
  /** The id as the user wrote it. */
  id: string[];
  name: string[];
  owner: string[];
  /** Per dimension, an index into DIMENSION_CODES[d]; -1 for none. */
  codes: Record<Dimension, Int8Array>;
  /** Probability (0–1) of no purchase in the churn horizon; NaN when not measured. */
  churnProbability: Float64Array;
  /** Net spend in the analysis window. */
  spend: Float64Array;
  /** Purchase days in the analysis window. */
  frequency: Float64Array;
  /** The last purchase (epoch day); NaN for none. */
  lastPurchase: Float64Array;
  /**
   * Per customer, its transactions in the run's window as one number (purchaseRows.ts
   * purchaseRowsKeys: how many rows × 2^32 + a sum of their days' and cents' hashes), so the next
   * run can name the one row a correction changed (tester63 L); absent when the source does not
   * keep it (a state written before it, a JSON result, a segments tab).
   */
  purchaseRows?: Float64Array;
  /**
   * For a run measured here (snapshotOf) in which some customer is read by her visits (消课记录,
   * Check-ins: aggregate/visits.ts byVisits), her last visit up to the run's date (epoch day), NaN
   * for the others; absent otherwise and for a snapshot read back from a file. Her rhythm is her
   * visits: the Changes tab names the days since her last visit, not her last payment (newuser62
   * M4: "距上次购买 330 → 349 天" for a student attending weekly), and a visit since is no silence.
   */
  lastVisit?: Float64Array;
  /** With lastVisit: true when the visits were read from an appointments sheet (fix67e). */
  visitsAppointments?: boolean;
  /**
   * For a run measured here, the customers paused at its date (followUp/hold.ts pausesOf: a status
   * 冻结 / On hold as written, "" for a leave or paused payments); absent otherwise and for a
   * snapshot read back from a file. A paused customer's silence since the previous run is no move
   * of hers (compare.ts; tester67 U313).
   */
  paused?: Map<number, string>;
  /**
   * What the service sheets gave the churn model at the run's date (service.ts serviceCodes: low
   * score, detractor, open and late complaints, days without contact), -1 where not known; absent
   * when the source does not keep it (a state written before it, a JSON result, a segments tab):
   * a refresh of the same date then cannot tell a customer's own service data edited from the
   * model's refit on the others' (compare.ts: it reads as the refit, as before).
   */
  service?: Int32Array;
  /**
   * Why each customer is in its lifecycle stage, for a run measured here (snapshotOf): the stage
   * rule that decided (lifecycle/stage.ts STAGE_RULE) and the figures a reason quotes. Absent for
   * a snapshot read back from a file: only the current run's is read (compare.ts: a move into
   * decline by the two-day rule alone is the calendar's; words.ts: the rule named in the reason).
   */
  stage?: StageWhy;
  /**
   * The run's contact cap (service.ts contactCap: days past the threshold), with `service` when
   * measured here; not kept in the state (the signals are compared at the same rules only).
   */
  contactCap?: number;
  /**
   * Join key → slot, when the reader already built it (a snapshot read back from a workbook): the
   * comparison reuses it instead of hashing a million keys again.
   */
  index?: { get(key: string): number | undefined; readonly size: number };
  /**
   * The input sheets the run read (its rows counted), in SHEET_KINDS order; absent when the source
   * does not say. A refresh without the Surveys the previous run read moves customers by that alone
   * (stop 31 tester #5: 7 worse / 10 better against 3 / 2 with every sheet, and nothing said so).
   */
  sheets?: readonly SheetKind[];
  /**
   * The earlier run this run compared with, as its run state keeps it (state.ts stateTable's
   * `prior`), read when asked; absent when the source keeps none. A re-run of the same date
   * compares with it (analyze.ts: tester12 #1, stop 36).
   */
  prior?: () => Snapshot | null;
}

/** Why each customer of a run is in its stage (Snapshot.stage). */
export interface StageWhy {
  /** Per customer, lifecycle/stage.ts STAGE_RULE. */
  rule: Int8Array;
  /**
   * Per customer: first purchase day (NaN none). Its purchase days are not kept: no reason reads
   * them (reviewer42 D10: 4 MB a million customers, copied again to the JSON thread).
   */
  firstPurchase: Float64Array;
  /** Per customer: purchase days in the recent trend period and in the one before it. */
  recentCount: Int32Array;
  previousCount: Int32Array;
  /** The rule set's lifecycle.matureAfterDays and trendPeriodDays. */
  matureAfterDays: number;
  trendPeriodDays: number;
}

/**
 * The input sheets of a dataset that were read, in SHEET_KINDS order.
 *
 * @example sheetsRead({ counts: { customers: c, transactions: t } }) // ["customers", "transactions"]
 */
export function sheetsRead(dataset: { counts: Partial<Record<SheetKind, unknown>> }): SheetKind[] {
  return SHEET_KINDS.filter((k) => dataset.counts[k] !== undefined);
}

function emptyCodes(n: number): Record<Dimension, Int8Array> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, new Int8Array(n).fill(-1)])) as Record<
    Dimension,
    Int8Array
  >;
}

/**
 * The snapshot of a finished run. Arrays are copied, so the snapshot outlives the analysis. With
 * the rules, it keeps the service signals too (service.ts; `signals`: the run's at its date when
 * already measured).
 *
 * @example snapshotOf(analysis).codes.valueTier[0] // 0 = "high"
 */
export function snapshotOf(
  a: Pick<Analysis, "asOf" | "ruleSet" | "dataset" | "classification" | "summary"> &
    Partial<Pick<Analysis, "rules">>,
  signals?: ServiceSignals,
): Snapshot {
  const c = a.dataset.customers;
  const x: CustomerAnalysis = a.classification.analysis;
  // The churn probability arrives with the churn model (helper "churn"); until then it is unknown.
  const probability = (x as { churnProbability?: Float64Array }).churnProbability;
  const n = c.count;
  const snapshot: Snapshot = {
    asOf: a.asOf,
    ruleSetHash: a.ruleSet.hash,
    judgmentVersion: JUDGMENT_VERSION,
    readingVersion: READING_VERSION,
    source: "run",
    count: n,
    key: exactKeys(c.id, c.key, n),
    id: c.id.slice(0, n),
    name: c.name.slice(0, n),
    owner: c.owner.slice(0, n),
    codes: {
      rfmSegment: x.rfmSegment.slice(0, n),
      valueClass: x.valueClass.slice(0, n),
      valueTier: x.valueTier.slice(0, n),
      lifecycleStage: x.lifecycleStage.slice(0, n),
      churnRiskLevel: x.churnLevel.slice(0, n),
    },
    churnProbability: probability ? probability.slice(0, n) : new Float64Array(n).fill(NaN),
    spend: x.monetary.slice(0, n),
    frequency: Float64Array.from(x.frequency.subarray(0, n)),
    lastPurchase: a.summary.lastPurchase.slice(0, n),
    sheets: sheetsRead(a.dataset),
  };
  // The service signals the churn model read (the rules say how): the next refresh of the same
  // date tells a customer's own survey or complaint edited from the model's refit by them.
  if (a.rules) {
    snapshot.service = serviceCodes(a.dataset, a.rules, a.asOf, signals);
    snapshot.contactCap = contactCap(a.rules);
  }
  const rule = a.classification.stageRule;
  const m = (a.summary as Partial<Analysis["summary"]>).segmentation;
  const visits = m?.byVisits;
  if (m && visits && visits.includes(1)) {
    const last = new Float64Array(n).fill(NaN);
    // Her true last visit, where her visits were read as of the log's end (visitsShift).
    const asOf = Math.floor(a.asOf);
    const shift = m.visitsShift;
    for (let i = 0; i < n; i++)
      if (visits[i] === 1) last[i] = asOf - m.recencyDays[i] - (shift ? shift[i] : 0);
    snapshot.lastVisit = last;
    if (a.dataset.visits?.appointments) snapshot.visitsAppointments = true;
  }
  if (a.rules && rule && m)
    snapshot.stage = {
      rule: rule.slice(0, n),
      firstPurchase: m.firstPurchase.slice(0, n),
      recentCount: m.recentCount.slice(0, n),
      previousCount: m.previousCount.slice(0, n),
      matureAfterDays: a.rules.lifecycle.matureAfterDays,
      trendPeriodDays: a.rules.lifecycle.trendPeriodDays,
    };
  const t = a.dataset.transactions;
  const groups = (a.summary as Partial<Analysis["summary"]>).groups;
  const months = a.classification.windowMonths;
  if (t && groups && months > 0) {
    const measured: MeasuredFrom = {
      day: t.day,
      amount: t.amount,
      groups,
      windowMonths: months,
      sourceRow: t.sourceRow,
      source: a.dataset.sources.transactions,
    };
    MEASURED.set(snapshot, measured);
    snapshot.purchaseRows = purchaseRowsKeys(measured, a.asOf, n);
  }
  return snapshot;
}

/**
 * What a run's snapshot was measured from: its transactions, grouped by customer in day order,
 * with each row's Excel row and the sheet they were read from.
 */
type MeasuredFrom = RowsPlaced;

/**
 * The transactions each snapshot of a finished run was made from (snapshotOf), so a comparison can
 * measure them over the previous run's window (windowFigures). Beside the snapshot, not on it: a
 * snapshot is copied to other threads and written to files, the transactions are not.
 */
const MEASURED = new WeakMap<Snapshot, MeasuredFrom>();

/**
 * Lets the transactions a snapshot was made from go, once its comparison is done (or there is
 * none): kept past it, they held the transactions' day and amount columns through the JSON
 * phase, past releaseRows (reviewer D0, stop 32: ~160 MB at 10M rows, first runs too).
 *
 * @example forgetMeasured(snapshot); windowFigures(snapshot, asOf) // null
 */
export function forgetMeasured(s: Snapshot): void {
  MEASURED.delete(s);
}

/**
 * The transactions a snapshot of a finished run was made from, until forgotten (forgetMeasured);
 * undefined for a snapshot read back from a file.
 *
 * @example measuredOf(snapshotOf(analysis))?.sourceRow[0] // the first transaction's Excel row
 */
export function measuredOf(s: Snapshot): MeasuredFrom | undefined {
  return MEASURED.get(s);
}

/**
 * Each customer's spend and purchase days in a window of the run's length ending at `asOf` (whole
 * epoch day), measured from the transactions the snapshot was made from, as the segmentation
 * measures them (aggregate/customerSummary.ts measureSegmentation): a refresh a month later
 * compares the previous run's figures with this run's data over that run's own window (stop 32
 * tester #1: a corrected old amount read as the customer's decline). Null for a snapshot read back
 * from a file. One pass over the transactions.
 *
 * @example windowFigures(snapshotOf(analysis), previous.asOf)?.spend[0] // spend up to the previous date
 */
export function windowFigures(
  s: Snapshot,
  asOf: number,
): { spend: Float64Array; frequency: Float64Array } | null {
  const m = MEASURED.get(s);
  if (!m || !Number.isFinite(asOf)) return null;
  const end = Math.floor(asOf);
  const start = windowStart(end, m.windowMonths);
  const { day, amount } = m;
  const { offsets, rows } = m.groups;
  const n = Math.min(s.count, offsets.length - 1);
  const spend = new Float64Array(s.count).fill(NaN);
  const frequency = new Float64Array(s.count).fill(NaN);
  for (let c = 0; c < n; c++) {
    let total = 0;
    let days = 0;
    let last = NaN;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const r = rows[k];
      const d = day[r];
      if (d > end) break;
      const a = amount[r];
      if (d > start) total += a;
      if (isReturn(a) || d === last) continue;
      last = d;
      if (d > start) days++;
    }
    spend[c] = total;
    frequency[c] = days;
  }
  return { spend, frequency };
}

/**
 * The purchases of some customers that left the analysis window between two dates (compare.ts
 * WindowLeft): the rows of day d with windowStart(from) < d ≤ windowStart(to), measured from the
 * transactions the snapshot was made from, as windowFigures measures (purchase days: days with a
 * row of non-negative amount; the amount: every row's, net). Null for a snapshot read back from a
 * file. `customers`: ascending; only those with a purchase day that left are kept.
 *
 * @example windowLeaving(snapshotOf(analysis), prev.asOf, asOf, [3])?.first[0] // 2024-12-29's epoch day
 */
export function windowLeaving(
  s: Snapshot,
  from: number,
  to: number,
  customers: readonly number[],
): {
  customers: Int32Array;
  first: Float64Array;
  last: Float64Array;
  days: Int32Array;
  amount: Float64Array;
  months: number;
} | null {
  const m = MEASURED.get(s);
  if (!m || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const start = windowStart(Math.floor(from), m.windowMonths);
  const end = windowStart(Math.floor(to), m.windowMonths);
  const { day, amount } = m;
  const { offsets, rows } = m.groups;
  const kept: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  for (const c of customers) {
    if (c < 0 || c >= offsets.length - 1) continue;
    let total = 0;
    let count = 0;
    let firstDay = NaN;
    let lastDay = NaN;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const r = rows[k];
      const d = day[r];
      if (d > end) break;
      if (!(d > start)) continue;
      const a = amount[r];
      total += a;
      if (isReturn(a) || d === lastDay) continue;
      if (count === 0) firstDay = d;
      lastDay = d;
      count++;
    }
    if (count === 0) continue;
    kept.push(c);
    first.push(Math.floor(firstDay));
    last.push(Math.floor(lastDay));
    days.push(count);
    amounts.push(total);
  }
  return {
    customers: Int32Array.from(kept),
    first: Float64Array.from(first),
    last: Float64Array.from(last),
    days: Int32Array.from(days),
    amount: Float64Array.from(amounts),
    months: m.windowMonths,
  };
}

/**
 * The exact key of each of the first n ids. Ingest's join key is already exact for an id that needs
 * no folding (most: `1001`, `C17`) and for zero twins; the others are folded here.
 */
function exactKeys(id: readonly string[], joinKey: readonly string[], n: number): string[] {
  // A copy, patched where needed (a preset length makes V8 keep a large array as a slow dictionary).
  const out = joinKey.slice(0, n);
  for (let i = 0; i < n; i++) if (out[i] !== id[i]) out[i] = exactCustomerKey(id[i]);
  return out;
}

/** One customer of a snapshot read back from a sheet or a JSON file: codes as text. */
export interface SnapshotRecord {
  id: string | number;
  name?: string;
  owner?: string;
  codes: Partial<Record<Dimension, string | null>>;
  churnProbability?: number | null;
  spend?: number | null;
  frequency?: number | null;
  lastPurchase?: number | null;
}

/**
 * Builds a snapshot record by record (state sheet, previous Customer segments tab, JSON result).
 * A second record with the same exact key is ignored (the first wins, as ingest keeps the first
 * duplicate), unknown codes count as none.
 *
 * @example const b = new SnapshotBuilder(); b.add({ id: "1001", codes: { valueTier: "high" } }); b.finish(20422, "ab12", "json")
 */
export class SnapshotBuilder {
  private readonly index = new KeyIndex();
  private readonly key: string[] = [];
  private readonly id: string[] = [];
  private readonly name: string[] = [];
  private readonly owner: string[] = [];
  private readonly codes: Record<Dimension, number[]> = Object.fromEntries(
    DIMENSIONS.map((d) => [d, []]),
  ) as unknown as Record<Dimension, number[]>;
  private readonly numbers = {
    churnProbability: [] as number[],
    spend: [] as number[],
    frequency: [] as number[],
    lastPurchase: [] as number[],
  };
  private readonly lookup: Record<Dimension, Map<string, number>> = Object.fromEntries(
    DIMENSIONS.map((d) => [d, new Map(DIMENSION_CODES[d].map((code, k) => [code, k]))]),
  ) as Record<Dimension, Map<string, number>>;

  /** Adds a customer; false when its id is blank or already added. */
  add(r: SnapshotRecord): boolean {
    const key = exactCustomerKey(r.id);
    if (key === "" || this.index.has(key)) return false;
    this.index.set(key, this.key.length);
    this.key.push(key);
    this.id.push(String(r.id).trim());
    this.name.push(r.name ?? "");
    this.owner.push(r.owner ?? "");
    for (const d of DIMENSIONS) {
      const code = r.codes[d];
      this.codes[d].push(code == null ? -1 : (this.lookup[d].get(code) ?? -1));
    }
    const num = (x: number | null | undefined) =>
      typeof x === "number" && Number.isFinite(x) ? x : NaN;
    this.numbers.churnProbability.push(num(r.churnProbability));
    this.numbers.spend.push(num(r.spend));
    this.numbers.frequency.push(num(r.frequency));
    this.numbers.lastPurchase.push(num(r.lastPurchase));
    return true;
  }

  get count(): number {
    return this.key.length;
  }

  finish(
    asOf: number,
    ruleSetHash: string,
    source: SnapshotSource,
    judgmentVersion = 0,
    readingVersion = 0,
  ): Snapshot {
    const n = this.key.length;
    const codes = emptyCodes(n);
    for (const d of DIMENSIONS) codes[d].set(this.codes[d]);
    return {
      asOf,
      ruleSetHash,
      judgmentVersion,
      readingVersion,
      source,
      count: n,
      key: this.key,
      id: this.id,
      name: this.name,
      owner: this.owner,
      codes,
      churnProbability: Float64Array.from(this.numbers.churnProbability),
      spend: Float64Array.from(this.numbers.spend),
      frequency: Float64Array.from(this.numbers.frequency),
      lastPurchase: Float64Array.from(this.numbers.lastPurchase),
      index: this.index,
    };
  }
}
