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
 * The text of the cell holding customers `start` to `end` (blockStarts): JSON of an array of
 * fields, each an array of one value per customer (PACKED_FIELDS' order), as JSON.stringify writes
 * them (PackedChars: written character by character, no array or string per field).
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
  const out = new PackedChars(BLOCK_CHARS);
  packBlockInto(out, s, start, end, levels);
  return out.text(0, out.pos);
}

/** packBlock's text written into `out`, from its `pos` on. */
function packBlockInto(
  out: PackedChars,
  s: Snapshot,
  start: number,
  end: number,
  levels?: ChurnLevels,
): void {
  out.char(91); // [
  out.texts(s.id, start, end, true);
  out.char(44);
  out.texts(s.name, start, end, false);
  out.char(44);
  out.texts(s.owner, start, end, false);
  for (let k = 0; k < DIMENSIONS.length; k++) {
    out.char(44);
    out.codes(s.codes[DIMENSIONS[k]], DIMENSION_CODES[DIMENSIONS[k]].length, start, end);
  }
  out.char(44);
  if (levels) {
    const level = s.codes.churnRiskLevel;
    out.char(91);
    for (let i = start; i < end; i++) {
      if (i > start) out.char(44);
      const p = levelRounded(s.churnProbability[i], level[i], levels, PROBABILITY_DECIMALS);
      if (p === null) out.nul();
      else out.num(p);
    }
    out.char(93);
    out.char(44);
    // NaN stays NaN: JSON writes null.
    out.char(91);
    for (let i = start; i < end; i++) {
      if (i > start) out.char(44);
      out.num(toCents(s.spend[i]));
    }
    out.char(93);
  } else {
    out.numbers(s.churnProbability, start, end);
    out.char(44);
    out.numbers(s.spend, start, end);
  }
  out.char(44);
  out.numbers(s.frequency, start, end);
  out.char(44);
  out.numbers(s.lastPurchase, start, end);
  out.char(44);
  // The service codes (-1 where not known; none at all: an empty field).
  if (s.service) out.numbers(s.service, start, end);
  else out.empty();
  out.char(44);
  if (s.purchaseRows) out.numbers(s.purchaseRows, start, end);
  else out.empty();
  out.char(93);
}

/** Characters of "null". */
const NULL_CHARS = [110, 117, 108, 108] as const;

/**
 * A packed cell's characters as UTF-16 code units, written as JSON.stringify writes the values: a
 * text's characters as they are, one JSON escapes through JSON.stringify itself; a number of at
 * most 6 decimals below 10^9, or a whole number below 2^53, digit by digit (String(n)'s text: see
 * `num`), any other through String(n); NaN and the infinities as null. Pure (the engine's: no
 * Buffer), so the command line's aside thread hands the units on as bytes (src/cli/packedWire.ts).
 *
 * Before stop 71 each field was an array of strings or numbers given to JSON.stringify, then the
 * fields joined: at 100,000 customers ~110–150 ms CPU of the aside thread and a garbage
 * collection's worth of arrays.
 */
export class PackedChars {
  units: Uint16Array;
  /** Code units written. */
  pos = 0;
  /** The largest code unit written (above 0xFF: not Latin-1). */
  widest = 0;

  constructor(size = 1 << 16) {
    this.units = new Uint16Array(size);
  }

  private room(n: number): void {
    if (this.pos + n <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.pos + n));
    grown.set(this.units.subarray(0, this.pos));
    this.units = grown;
  }

  char(c: number): void {
    if (this.pos >= this.units.length) this.room(1);
    this.units[this.pos++] = c;
  }

  /** "[]": a field the snapshot has none of. */
  empty(): void {
    this.char(91);
    this.char(93);
  }

  nul(): void {
    this.room(4);
    const u = this.units;
    const p = this.pos;
    u[p] = NULL_CHARS[0];
    u[p + 1] = NULL_CHARS[1];
    u[p + 2] = NULL_CHARS[2];
    u[p + 3] = NULL_CHARS[3];
    this.pos = p + 4;
  }

  /** A text's characters as they are. */
  private raw(text: string): void {
    const n = text.length;
    this.room(n);
    const u = this.units;
    let p = this.pos;
    let widest = this.widest;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > widest) widest = c;
      u[p++] = c;
    }
    this.pos = p;
    this.widest = widest;
  }

  /** JSON.stringify(text)'s characters. */
  str(text: string): void {
    const n = text.length;
    this.room(n + 2);
    const u = this.units;
    const from = this.pos;
    let p = from;
    let widest = this.widest;
    u[p++] = 34;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) {
        // One JSON escapes (or a surrogate, kept in a pair, escaped alone): its own text, whole.
        this.pos = from;
        this.raw(JSON.stringify(text));
        return;
      }
      if (c > widest) widest = c;
      u[p++] = c;
    }
    u[p++] = 34;
    this.pos = p;
    this.widest = widest;
  }

  /**
   * Texts start to end as a JSON array, cut where longer than MAX_TEXT (`blank`: such a text, or
   * none, left blank).
   */
  texts(of: readonly string[], start: number, end: number, blank: boolean): void {
    this.char(91);
    // A shorter array than the block (never so in a snapshot) writes what it has, as slice did.
    const stop = Math.min(end, of.length);
    for (let i = start; i < stop; i++) {
      if (i > start) this.char(44);
      const t = of[i];
      if (typeof t !== "string") {
        if (t === undefined) this.str("");
        else this.raw(JSON.stringify(t) ?? "null");
      } else if (t.length > MAX_TEXT) this.str(blank ? "" : t.slice(0, MAX_TEXT));
      else this.str(t);
    }
    this.char(93);
  }

  /** A dimension's code indexes start to end as a JSON array: null for none (-1 or past `size`). */
  codes(codes: Int8Array, size: number, start: number, end: number): void {
    this.room(2 + 5 * (end - start));
    this.char(91);
    for (let i = start; i < end; i++) {
      if (i > start) this.char(44);
      const k = codes[i];
      if (k >= 0 && k < size) this.whole(k);
      else this.nul();
    }
    this.char(93);
  }

  /** Numbers start to end as a JSON array (null for NaN and the infinities). */
  numbers(of: Float64Array | Int32Array, start: number, end: number): void {
    this.char(91);
    for (let i = start; i < end; i++) {
      if (i > start) this.char(44);
      this.num(of[i]);
    }
    this.char(93);
  }

  /**
   * A whole number 0 <= n < 2^53, digit by digit: in two parts of at most 9 digits past 2^31 (the
   * purchase rows' keys, ~2^36), each in 32-bit steps (a double's % is ten times as slow).
   */
  private whole(n: number): void {
    if (n < 2147483648) {
      this.digits(n | 0, 1);
      return;
    }
    const high = Math.floor(n / 1e9);
    this.digits(high, 1);
    this.digits(n - high * 1e9, 9);
  }

  /** 0 <= n < 2^31 in decimal, at least `least` digits (zeros in front). */
  private digits(n: number, least: number): void {
    let count = 1;
    for (let a = n; a >= 10; a = (a / 10) | 0) count++;
    if (count < least) count = least;
    this.room(count);
    const u = this.units;
    const p = this.pos;
    for (let q = p + count - 1, a = n; q >= p; q--) {
      const next = (a / 10) | 0;
      u[q] = 48 + a - next * 10;
      a = next;
    }
    this.pos = p + count;
  }

  /**
   * JSON.stringify(n)'s text: String(n) for a finite number, null for any other. Whole numbers
   * below 2^53 and figures of at most 6 decimals below 10^9 digit by digit: below 10^9 the gap
   * between doubles is under 2^-23 (1.2 × 10^-7), so no two decimals of at most 6 places read back
   * as the same double, and String(n), the shortest decimal that reads back as n, is n's 6 places
   * without their trailing zeros (the JSON result's JsonBytes.num, src/workbook/file/byteFile.ts).
   */
  num(n: number): void {
    const a = n < 0 ? -n : n;
    if (a < 9007199254740992 && Number.isInteger(a)) {
      if (n < 0) this.char(45);
      this.whole(a); // -0 is "0", as String(-0)
      return;
    }
    const m = Math.round(a * 1e6);
    if (a < 1e9 && m / 1e6 === a) {
      if (n < 0) this.char(45);
      const whole = Math.floor(m / 1e6);
      this.whole(whole);
      // Not whole (tested above): 1 to 6 decimals once the trailing zeros are dropped.
      let frac = m - whole * 1e6;
      let k = 6;
      for (let next = (frac / 10) | 0; next * 10 === frac; next = (frac / 10) | 0) {
        frac = next;
        k--;
      }
      this.room(k + 1);
      const u = this.units;
      let p = this.pos;
      u[p++] = 46;
      for (let q = p + k - 1; q >= p; q--) {
        const next = (frac / 10) | 0;
        u[q] = 48 + frac - next * 10;
        frac = next;
      }
      this.pos = p + k;
      return;
    }
    if (Number.isFinite(n)) this.raw(String(n));
    else this.nul();
  }

  /**
   * Units `from` to `to` as a string, 8,192 at a time (not TextDecoder, a Web API the engine may
   * not use: tsconfig.engine.json).
   */
  text(from: number, to: number): string {
    let out = "";
    for (let i = from; i < to; i += 8192)
      out += String.fromCharCode.apply(
        null,
        this.units.subarray(i, Math.min(i + 8192, to)) as unknown as number[],
      );
    return out;
  }
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
  /**
   * The cells' characters end to end as packCells wrote them (cell k's end at `ends[k]`; `wide`: a
   * code unit past 0xFF), for a caller that hands them on as bytes (src/cli/packedWire.ts toWire);
   * absent: ask `cell`.
   */
  units?: { units: Uint16Array; ends: Int32Array; wide: boolean };
}

/**
 * A snapshot's packed cells, each packBlock(s, starts[k], starts[k + 1], levels).
 *
 * @example const p = packCells(snapshot, levels); p.cell(0) === packBlock(snapshot, 0, p.starts[1], levels)
 */
export function packCells(s: Snapshot, levels?: ChurnLevels): PackedCells {
  const starts = blockStarts(s);
  const count = Math.max(0, starts.length - 1);
  const out = new PackedChars(count * BLOCK_CHARS + 1);
  const ends = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    packBlockInto(out, s, starts[k], starts[k + 1], levels);
    ends[k] = out.pos;
  }
  const units = out.units.subarray(0, out.pos);
  return {
    starts,
    count,
    cell: (k) => out.text(k > 0 ? ends[k - 1] : 0, ends[k]),
    units: { units, ends, wide: out.widest > 0xff },
  };
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
