/**
 * Groups customers with identical (frequency, recency, age). Summaries built from day-level data
 * repeat a lot (all non-repeat buyers of one cohort day share a row), so the model fits and
 * scores each distinct row once and weights it by its count.
 */

import { int32Column, spareColumns } from "./spares";

/** Customer summary columns in one time unit (see summariseForModel). */
export interface CustomerSummary {
  /** Repeat purchases: distinct purchase days minus one (x). */
  frequency: Float64Array;
  /** Time from first to last purchase (tₓ). */
  recency: Float64Array;
  /** Time from first purchase to the end of the observation period (T). */
  age: Float64Array;
}

/** Distinct summary rows and, for every input row, the index of its group (−1 = skipped). */
export interface SummaryGroups extends CustomerSummary {
  group: Int32Array;
  /** Total weight (customer count) of each group. */
  weight: Float64Array;
  /** Number of groups. */
  count: number;
  /** Number of input rows skipped as invalid. */
  skipped: number;
}

/**
 * True when a row can be used by the BG/NBD: finite, frequency a whole number ≥ 0,
 * 0 ≤ recency ≤ age.
 *
 * @example
 * isValidSummaryRow(2, 30.43, 38.86); // => true
 * isValidSummaryRow(NaN, NaN, NaN); // => false (customer without purchases)
 */
export function isValidSummaryRow(frequency: number, recency: number, age: number): boolean {
  return (
    Number.isFinite(frequency) &&
    Number.isFinite(recency) &&
    Number.isFinite(age) &&
    frequency >= 0 &&
    Number.isInteger(frequency) &&
    recency >= 0 &&
    recency <= age + 1e-9 * Math.max(1, age)
  );
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * Mixes a number's 64 bits into a 32-bit hash (the open-addressing tables here and in pairs.ts).
 *
 * @example mix(mix(0x811c9dc5, 3), 120) === mix(mix(0x811c9dc5, 3), 120) // true
 */
export function mix(hash: number, value: number): number {
  bits[0] = value + 0; // + 0 turns −0 into 0 so both hash alike
  hash = Math.imul(hash ^ words[0], 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 15) ^ words[1], 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/** The distinct values of a column (distinctValues), and each row's index into them. */
export interface DistinctValues {
  values: Float64Array;
  index: Int32Array;
}

/**
 * The distinct values of `column[i]` over i < count in order of first appearance, and each i's
 * index into them: an open-addressing table on the values' bits (mix), as a Map<number, number>
 * would give them (−0 is 0, NaN one value) at a fraction of its cost (a Map hashes each number as
 * an object: the fits took ~800,000 such lookups a run at 100,000 customers).
 *
 * A column, not a function of i: the fits' callers passed four different ones, a new call target
 * for the loop each time ("wrong call target", recompiled).
 *
 * @example distinctValues(4, Float64Array.of(3, 1, 3, 2)) // { values: [3, 1, 2], index: [0, 1, 0, 2] }
 */
export function distinctValues(count: number, column: Float64Array): DistinctValues {
  const index = new Int32Array(count);
  let values: Float64Array = new Float64Array(64);
  let size = 256;
  let table: Int32Array = new Int32Array(size).fill(-1);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const read = column[i];
    const v = read === read ? read + 0 : NaN; // as a Map's keys: −0 is 0, one NaN
    let slot = mix(0x811c9dc5, v) & (size - 1);
    for (;;) {
      const k = table[slot];
      if (k === -1) {
        if (distinct === values.length) {
          const more = new Float64Array(2 * distinct);
          more.set(values);
          values = more;
        }
        values[distinct] = v;
        table[slot] = distinct;
        index[i] = distinct++;
        if (2 * distinct > size) {
          size *= 4;
          table = rehashed(values, distinct, size);
        }
        break;
      }
      const u = values[k];
      if (u === v || (u !== u && v !== v)) {
        index[i] = k;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  return { values: values.slice(0, distinct), index };
}

/** A table of `size` slots holding the first `count` values' indices (distinctValues). */
function rehashed(values: Float64Array, count: number, size: number): Int32Array {
  const table = new Int32Array(size).fill(-1);
  for (let k = 0; k < count; k++) {
    let slot = mix(0x811c9dc5, values[k]) & (size - 1);
    while (table[slot] !== -1) slot = (slot + 1) & (size - 1);
    table[slot] = k;
  }
  return table;
}

/**
 * Groups identical (frequency, recency, age) rows in O(n) with an open-addressing hash table.
 * Invalid rows (see isValidSummaryRow) and rows with weight ≤ 0 or NaN get group −1.
 * Recency of customers without repeat purchases is set to 0: the model ignores it.
 *
 * @example
 * const g = groupSummaries({
 *   frequency: Float64Array.of(0, 0, 2),
 *   recency: Float64Array.of(0, 0, 3),
 *   age: Float64Array.of(5, 5, 5),
 * });
 * g.count; // => 2
 * Array.from(g.weight); // => [2, 1]
 */
export function groupSummaries(summary: CustomerSummary, weight?: Float64Array): SummaryGroups {
  // The fit, the scores and lifetime value each group the same summary: group it once. The
  // summary's columns are not changed after it is built, and the groups are only read.
  const key = weight ?? NO_WEIGHT;
  let byWeight = memo.get(summary);
  const known = byWeight?.get(key);
  if (known) return known;
  const groups = groupRows(summary, weight);
  if (!byWeight) memo.set(summary, (byWeight = new WeakMap()));
  byWeight.set(key, groups);
  return groups;
}

const NO_WEIGHT = {};
const memo = new WeakMap<CustomerSummary, WeakMap<object, SummaryGroups>>();

function groupRows(summary: CustomerSummary, weight?: Float64Array): SummaryGroups {
  const { frequency } = summary;
  const n = frequency.length;
  // Room for the rows that can be valid (a customer who never bought has a NaN frequency): at
  // 1,000,000 customers an earlier date measured on a 200,000 sample needs a fifth of n.
  const room = knownCount(frequency);
  let size = 16;
  while (size < 2 * room) size *= 2;
  const mask = size - 1;
  const table = int32Column(size, -1);
  const group = new Int32Array(n);
  const gFrequency = new Float64Array(room);
  const gRecency = new Float64Array(room);
  const gAge = new Float64Array(room);
  const gWeight = new Float64Array(room);
  const into = { group, gFrequency, gRecency, gAge, gWeight };
  const count = insertRows(summary, weight, table, mask, into);
  // The hash table is read no more: the next grouping (the next fit's) fills it.
  spareColumns(table);
  const skipped = skippedCount(group);
  // Views of the first `count` rows, not copies: the rest was never written (never touched, so
  // it costs no memory), and copies would be fresh memory (dear here).
  return {
    group,
    frequency: gFrequency.subarray(0, count),
    recency: gRecency.subarray(0, count),
    age: gAge.subarray(0, count),
    weight: gWeight.subarray(0, count),
    count,
    skipped,
  };
}

// The passes over the rows are functions of their own, nothing after their loop: three fits a
// run, and a loop compiled on the fly in the first was thrown away at the line after it.

/** Rows whose value is not NaN. */
function knownCount(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  return count;
}

/** Rows in no group (−1). */
function skippedCount(group: Int32Array): number {
  let skipped = 0;
  for (let i = 0; i < group.length; i++) if (group[i] === -1) skipped++;
  return skipped;
}

/**
 * Puts each valid row into its group (open addressing on (x, tₓ, T)), in row order; an invalid
 * row gets group −1. Returns the number of groups. A function of its own: the hot loop is
 * compiled alone (within groupRows it was compiled 8 times a run, thrown away by the code after it).
 */
function insertRows(
  summary: CustomerSummary,
  weight: Float64Array | undefined,
  table: Int32Array,
  mask: number,
  into: {
    group: Int32Array;
    gFrequency: Float64Array;
    gRecency: Float64Array;
    gAge: Float64Array;
    gWeight: Float64Array;
  },
): number {
  const { frequency, recency, age } = summary;
  const { group, gFrequency, gRecency, gAge, gWeight } = into;
  const n = frequency.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const tx = x === 0 ? 0 : recency[i];
    const t = age[i];
    const w = weight === undefined ? 1 : weight[i];
    if (!isValidSummaryRow(x, tx, t) || !(w > 0)) {
      group[i] = -1;
      continue;
    }
    let slot = mix(mix(mix(0x811c9dc5, x), tx), t) & mask;
    for (;;) {
      const k = table[slot];
      if (k === -1) {
        table[slot] = count;
        gFrequency[count] = x;
        gRecency[count] = tx;
        gAge[count] = t;
        gWeight[count] = w;
        group[i] = count++;
        break;
      }
      if (gFrequency[k] === x && gRecency[k] === tx && gAge[k] === t) {
        gWeight[k] += w;
        group[i] = k;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return count;
}
