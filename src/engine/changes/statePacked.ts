import { levelRounded, type ChurnLevels } from "../churn/combine";
import { toCents } from "../cents";
import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "./snapshot";
import { PROBABILITY_DECIMALS } from "./words";

/**
 * The run-state tab's customers, packed (layout 4): each cell of its `packedCustomers` column holds
 * the next customers as one JSON array of fields, each field an array with one value per customer,
 * fields in the order of PACKED_FIELDS, up to BLOCK_CHARS characters a cell (Excel holds 32,767).
 * A hundred thousand customers are ~330 cells instead of 1.2 million: a fifth of the bytes to
 * write, deflate and read back, and a few requests for the add-in instead of dozens. Fields are
 * only ever appended (a reader ignores those it does not know, and reads a missing one as none).
 *
 * - id, name, owner: text (name and owner cut at MAX_TEXT characters; a customer whose id is longer
 *   is written with a blank id, which readers skip: such an id is no id, and the next run lists it
 *   as new);
 * - the five classifications (DIMENSIONS, in their order) as the index of their code in the tab's
 *   code lists (codeListsText, the first row's `codeLists` cell: a reader maps each index to the
 *   code it names, so a later list with other codes or another order still reads it), null for
 *   none. Layout 3 (`customers` cells) held the codes themselves: two fifths of a cell's text, 12.9
 *   MB of XML at 100,000 customers where layout 4 writes 8.4;
 * - churn probability, spend, purchase days, last purchase (epoch day): numbers as JSON writes
 *   them (the shortest text that reads back as the same double), null for none (NaN); a run's own
 *   state (packBlock's `levels`) keeps the probability and the spend as its JSON result does (a
 *   millionth kept in its level, the cent: review 44), so a later run reads the same figures from
 *   either;
 * - the service signals the churn model read (service.ts serviceCodes: a whole number, mostly 0
 *   or a few digits), -1 where not known, an empty field when the snapshot has none; appended in
 *   refresh8 (stop 33): an earlier state has no such field, and earlier readers step over it;
 * - the key of each customer's transactions in the window (Snapshot.purchaseRows: rows × 2^32 + a
 *   hash sum, a whole number), null where not known, an empty field when the snapshot has none;
 *   appended in stop 64 (fix64f) so the next run names the row a correction changed.
 *
 * @example JSON.parse(packBlock(s, 0, 2)) // [["1001","1002"],["甲","乙"],["王伟",""],[0,null],…]
 */
export const PACKED_FIELDS = [
  "id",
  "name",
  "owner",
  ...DIMENSIONS,
  "churnProbability",
  "spend",
  "frequency",
  "lastPurchaseDay",
  "serviceSignals",
  "purchaseRows",
] as const;

/** A cell's text at most (Excel: 32,767 characters a cell). */
export const BLOCK_CHARS = 32_000;
/** An id, name or owner longer than this is cut (name, owner) or left blank (id). */
export const MAX_TEXT = 1_000;

/** Characters JSON gives a double at most ("-0.0000012345678901234567"). */
const NUMBER_CHARS = 25;
/** A customer's characters in the codes' fields at most (each an index, or null). */
const CODE_CHARS = DIMENSIONS.reduce(
  (n, d) => n + Math.max(4, String(DIMENSION_CODES[d].length - 1).length),
  0,
);
/** A cell's characters outside its values: brackets and the commas between fields. */
const CELL_CHARS = 2 + PACKED_FIELDS.length * 2 + (PACKED_FIELDS.length - 1);

/** Characters JSON.stringify gives a text at most (quotes; 6 for a character it escapes). */
function jsonChars(s: string): number {
  const n = Math.min(s.length, MAX_TEXT);
  let chars = n + 2;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) chars += 5;
  }
  return chars;
}

/** Characters of a whole number's JSON text (null for NaN), at most NUMBER_CHARS otherwise. */
function intChars(x: number): number {
  if (!Number.isInteger(x)) return Number.isFinite(x) ? NUMBER_CHARS : 4;
  if (Math.abs(x) >= 1e21) return NUMBER_CHARS;
  let n = x < 0 ? 2 : 1;
  for (let a = Math.abs(x); a >= 10; a = Math.floor(a / 10)) n++;
  return n;
}

/** Whether customer i's id goes into the state (short enough to be an id). */
const packable = (s: Snapshot, i: number): boolean => s.id[i].length <= MAX_TEXT;

/**
 * Where each cell's customers start, and the count at the end: `starts[k]` to `starts[k + 1]` are
 * cell k's. Bounded from above per customer (texts and whole numbers measured, codes and other
 * numbers at their longest, a comma per field), so a cell never passes BLOCK_CHARS.
 *
 * @example blockStarts(snapshot).length - 1 // cells
 */
export function blockStarts(s: Snapshot): Int32Array {
  const starts: number[] = [0];
  const service = s.service;
  const rows = s.purchaseRows;
  const fixed = PACKED_FIELDS.length + CODE_CHARS + 2 * NUMBER_CHARS;
  let chars = CELL_CHARS;
  for (let i = 0; i < s.count; i++) {
    const c =
      fixed +
      (packable(s, i) ? jsonChars(s.id[i]) : 2) +
      jsonChars(s.name[i] ?? "") +
      jsonChars(s.owner[i] ?? "") +
      intChars(s.frequency[i]) +
      intChars(s.lastPurchase[i]) +
      (service ? intChars(service[i]) : 0) +
      (rows ? intChars(rows[i]) : 0);
    if (chars + c > BLOCK_CHARS && i > starts[starts.length - 1]) {
      starts.push(i);
      chars = CELL_CHARS;
    }
    chars += c;
  }
  if (s.count > 0) starts.push(s.count);
  return Int32Array.from(starts);
}

const cut = (s: string | undefined): string =>
  s === undefined ? "" : s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;

/** Texts start to end, cut where longer than MAX_TEXT (`blank`: such a text left blank). */
function texts(of: readonly string[], start: number, end: number, blank = false): string[] {
  const out = of.slice(start, end);
  for (let k = 0; k < out.length; k++) {
    const t = out[k];
    if (t === undefined || t.length > MAX_TEXT) out[k] = blank ? "" : cut(t);
  }
  return out;
}

/** Numbers start to end as a plain array (JSON writes a typed array as an object). */
const numbers = (of: Float64Array, start: number, end: number): number[] =>
  Array.from(of.subarray(start, end));

/**
 * Each dimension's code indexes as their JSON texts ("0", "1", …), in DIMENSIONS' order: a cell's
 * codes are these joined ("null" for none).
 */
const CODE_JSON: readonly (readonly string[])[] = DIMENSIONS.map((d) =>
  DIMENSION_CODES[d].map((_, k) => String(k)),
);

/**
 * The code lists the packed cells' indexes refer to, as the first row's `codeLists` cell holds
 * them: a JSON object of each dimension's codes in order.
 *
 * @example JSON.parse(codeListsText()).valueTier // ["high", "medium", "low"]
 */
export function codeListsText(): string {
  return JSON.stringify(Object.fromEntries(DIMENSIONS.map((d) => [d, DIMENSION_CODES[d]])));
}

/**
 * The text of the cell holding customers `start` to `end` (blockStarts). A field at a time: JSON
 * of an array of texts or of numbers is V8's fastest kind (a quarter faster than an array per
 * customer, measured).
 *
 * `levels`: the run's churn levels, given for a run's own snapshot: its churn probability is then
 * written as its JSON result's customers give it (to a millionth, kept in its level: levelRounded)
 * and its spend to the cent (the JSON's monetary), so a later run compared with this workbook reads
 * the figures it would read from the JSON (review 44: 1,055 of the en sample's 1,938 November
 * probabilities and 281 spends differed in their last digits, and the December Changes tab's
 * moved revenue shares with them). Without it (an earlier run kept as `prior`, as read), as given.
 *
 * @example JSON.parse(packBlock(s, 0, 1))[0][0] // s.id[0]
 */
export function packBlock(s: Snapshot, start: number, end: number, levels?: ChurnLevels): string {
  // Joined, not concatenated: one flat text (a concatenation is a tree of parts, and every reader
  // of the cell, the XML writer or a refresh's parser, would flatten it first).
  const parts: string[] = [
    "[" + JSON.stringify(texts(s.id, start, end, true)),
    JSON.stringify(texts(s.name, start, end)),
    JSON.stringify(texts(s.owner, start, end)),
  ];
  for (let k = 0; k < DIMENSIONS.length; k++) {
    const indexes = CODE_JSON[k];
    const codes = s.codes[DIMENSIONS[k]];
    const out = new Array<string>(end - start);
    for (let i = start; i < end; i++) out[i - start] = indexes[codes[i]] ?? "null";
    parts.push("[" + out.join(",") + "]");
  }
  if (levels) {
    const level = s.codes.churnRiskLevel;
    const p = new Array<number | null>(end - start);
    const spend = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      p[i - start] = levelRounded(s.churnProbability[i], level[i], levels, PROBABILITY_DECIMALS);
      // NaN stays NaN: JSON writes null.
      spend[i - start] = toCents(s.spend[i]);
    }
    parts.push(JSON.stringify(p));
    parts.push(JSON.stringify(spend));
  } else {
    parts.push(JSON.stringify(numbers(s.churnProbability, start, end)));
    parts.push(JSON.stringify(numbers(s.spend, start, end)));
  }
  parts.push(JSON.stringify(numbers(s.frequency, start, end)));
  parts.push(JSON.stringify(numbers(s.lastPurchase, start, end)));
  parts.push(serviceJson(s.service, start, end));
  parts.push((s.purchaseRows ? JSON.stringify(numbers(s.purchaseRows, start, end)) : "[]") + "]");
  return parts.join(",");
}

/**
 * Every packed cell of a snapshot (packBlock of each block of blockStarts), made where the cells are
 * not written: the command line's aside thread packs its run's snapshot while the main thread
 * writes the tabs before the state tab (src/cli/jsonWorker.ts, which sends them back as bytes:
 * src/cli/packedWire.ts), and the state tab takes them (stateTable `packed`).
 */
export interface PackedCells {
  /** blockStarts of the snapshot packed: the state tab uses the cells only for its own. */
  starts: Int32Array;
  /** How many cells: one per block. */
  count: number;
  /** Cell k (0 <= k < count). */
  cell(k: number): string;
}

/**
 * A snapshot's packed cells, each packBlock(s, starts[k], starts[k + 1], levels).
 *
 * @example const p = packCells(snapshot, levels); p.cell(0) === packBlock(snapshot, 0, p.starts[1], levels)
 */
export function packCells(s: Snapshot, levels?: ChurnLevels): PackedCells {
  const starts = blockStarts(s);
  const cells: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++)
    cells.push(packBlock(s, starts[k], starts[k + 1], levels));
  return { starts, count: cells.length, cell: (k) => cells[k] };
}

/**
 * Cell k of `packed` when it packs the blocks `starts` (the same snapshot's); null otherwise.
 *
 * @example packedCell(packCells(s), blockStarts(s), 0) === packBlock(s, 0, blockStarts(s)[1])
 */
export function packedCell(packed: PackedCells, starts: Int32Array, k: number): string | null {
  const p = packed.starts;
  if (p.length !== starts.length || k >= packed.count) return null;
  if (p[k] !== starts[k] || p[k + 1] !== starts[k + 1]) return null;
  return packed.cell(k);
}

/** The service codes start to end as a JSON array (-1 where not known; none at all: empty). */
const serviceJson = (service: Int32Array | undefined, start: number, end: number): string =>
  service ? JSON.stringify(Array.from(service.subarray(start, end))) : "[]";
