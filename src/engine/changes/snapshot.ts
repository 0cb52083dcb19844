import {
  LIFECYCLE_STAGES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_CLASSES,
  VALUE_TIERS,
  type CustomerAnalysis,
} from "../analysis";
import type { Analysis } from "../analyze";
import { exactCustomerKey } from "../parse/identifier";
import { SHEET_KINDS, type SheetKind } from "../schema";
import { KeyIndex } from "./keyIndex";

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
  source: SnapshotSource;
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
 * The snapshot of a finished run. Arrays are copied, so the snapshot outlives the analysis.
 *
 * @example snapshotOf(analysis).codes.valueTier[0] // 0 = "high"
 */
export function snapshotOf(
  a: Pick<Analysis, "asOf" | "ruleSet" | "dataset" | "classification" | "summary">,
): Snapshot {
  const c = a.dataset.customers;
  const x: CustomerAnalysis = a.classification.analysis;
  // The churn probability arrives with the churn model (helper "churn"); until then it is unknown.
  const probability = (x as { churnProbability?: Float64Array }).churnProbability;
  const n = c.count;
  return {
    asOf: a.asOf,
    ruleSetHash: a.ruleSet.hash,
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

  finish(asOf: number, ruleSetHash: string, source: SnapshotSource): Snapshot {
    const n = this.key.length;
    const codes = emptyCodes(n);
    for (const d of DIMENSIONS) codes[d].set(this.codes[d]);
    return {
      asOf,
      ruleSetHash,
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
