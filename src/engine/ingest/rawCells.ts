// Reading CELL_RAW cells (a CSV field still in the file's bytes) without making their text: the
// shapes nearly every CSV value has (a plain id, an ISO date, a plain amount) are read from the
// bytes exactly as the text parsers read the same text; anything else is decoded and read as text.
import { amountReading, type AmountReading } from "../parse/number";
import type { SheetSpec } from "../schema";
import { CELL_MAX_CHARS } from "../report/limits";
import type { Dictionary } from "../columns";
import { CELL_BLANK, CELL_RAW, CELL_TEXT, type BlockColumn, type ColumnBlock } from "./columnBlock";

/**
 * The value of a field of 1–15 digits without a leading zero (what `plainNumber` reads from its
 * text), else -1.
 *
 * @example rawDigits(bytesOf("1000026"), 0, 7) // 1000026
 */
export function rawDigits(bytes: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len === 0 || len > 15 || (len > 1 && bytes[start] === 48)) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * True for ten ASCII bytes with "-" fifth and eighth: the shape parseDate reads by position and
 * dateOrderClue passes over (it says nothing about day/month order).
 */
export function rawIsoShape(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return false;
  // The other eight bytes ASCII: one test of them all (a date cell of every row of a sheet).
  const s = start;
  const or = bytes[s] | bytes[s + 1] | bytes[s + 2] | bytes[s + 3] | bytes[s + 5] | bytes[s + 6];
  return (or | bytes[s + 8] | bytes[s + 9]) < 0x80;
}

/**
 * yyyy-mm-dd with digits only, as the number yyyymmdd (a key for the day parseDate reads from that
 * text), else -1.
 */
export function rawIsoKey(bytes: Uint8Array, start: number, end: number): number {
  // rawIsoShape's, but for its test for bytes past ASCII: the digits checked below are ASCII.
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return -1;
  const s = start;
  const y = digit(bytes[s]) * 1000 + digit(bytes[s + 1]) * 100 + digit(bytes[s + 2]) * 10;
  const m = digit(bytes[s + 5]) * 10 + digit(bytes[s + 6]);
  const d = digit(bytes[s + 8]) * 10 + digit(bytes[s + 9]);
  const key = ((y + digit(bytes[s + 3])) * 100 + m) * 100 + d;
  // Straight-line, not a loop over the ten bytes: a byte that is no digit gives its term -1e9 or
  // less (digit()), more than the other terms' 99,999,999 at most, so the key is negative.
  return key >= 0 ? key : -1;
}

/** The value of an ASCII digit byte, or -1e9 (a sum with it stays negative). */
function digit(b: number): number {
  const v = b - 48;
  return v >= 0 && v <= 9 ? v : -1e9;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * readAmount's fast path (`[-]digits[.digits]`) on bytes: the same value and decimal-mark evidence
 * as readAmount on the field's text, for up to 15 digits (then the value is the digits ÷ 10^f, both
 * exact, so one correctly rounded division: what Number(text) gives). False when the field has
 * another shape or more digits (the caller reads its text). An ambiguous reading's `text` is for the
 * caller to fill in.
 */
export function rawAmount(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: AmountReading,
): boolean {
  // "-" read by arithmetic run on every call (here and the sign below), so its type feedback is
  // there when the first negative amount (a return) comes, long after this is optimised: that
  // branch's `start + 1`, then its `-magnitude`, deoptimised it and its inlining callers, each
  // compiled again, in each thread that reads transactions (stop 51).
  let i = start + (bytes[start] === 45 ? 1 : 0);
  const first = i;
  let point = -1;
  let mantissa = 0;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      continue;
    }
    if (c === 46 && point < 0) {
      point = i;
      continue;
    }
    return false;
  }
  const digits = end - first - (point < 0 ? 0 : 1);
  if (digits === 0 || digits > 15) return false;
  const negative = first > start;
  const fraction = point < 0 ? 0 : end - point - 1;
  const magnitude = mantissa / POWERS[fraction];
  // × −1 is the negation exactly (the sign bit flipped, −0 included).
  out.value = magnitude * (negative ? -1 : 1);
  out.evidence = "none";
  out.percent = false;
  if (point < 0) return true;
  const intLen = point - first;
  if (fraction === 3 && intLen >= 1 && intLen <= 3 && bytes[first] !== 48) {
    out.evidence = "ambiguous";
    out.separator = ".";
    out.asDecimal = out.value;
    out.asGrouping = negative ? -mantissa : mantissa;
  } else out.evidence = "point";
  return true;
}

/**
 * hashText (FNV-1a, 32 bits) of the field's text as `text()` reads it, when that is the field's
 * bytes: ASCII (each byte its character) with nothing to trim at either end, and short enough for
 * a cell (else text() reports it). Otherwise undefined (the caller hashes the text).
 */
export function rawHashAscii(bytes: Uint8Array, start: number, end: number): number | undefined {
  if (end - start > CELL_MAX_CHARS || asciiSpace(bytes[start]) || asciiSpace(bytes[end - 1]))
    return undefined;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) return undefined;
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function asciiSpace(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}

/**
 * True when cell c of a block's row is raw and starts with an ASCII digit: not blank, and not a
 * totals label (合计, Total, … start otherwise), so the totals check needs no text of an id.
 */
export function rawDigitFirst(block: ColumnBlock | null, c: number, row: number): boolean {
  const col = block?.columns[c];
  if (col === undefined || col.kinds[row] !== CELL_RAW) return false;
  const b = block!.bytes![col.starts![row]];
  return b >= 48 && b <= 57;
}

/**
 * True when a raw field's text is blank to `trim()`: ASCII whitespace only, or (with other bytes
 * that are not ASCII) its decoded text trims to "". A byte that starts no whitespace character
 * (mayStartSpace: a CJK character's first byte) ends it at once: a Chinese name was decoded on
 * every row to be told from a full-width space (100,000 Customers rows, speed68).
 */
export function rawBlank(block: ColumnBlock, start: number, end: number): boolean {
  const bytes = block.bytes!;
  let other = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (asciiSpace(b)) continue;
    if (b < 0x80 || !mayStartSpace(b)) return false;
    other = true;
  }
  return !other || block.decode!(start, end).trim() === "";
}

/**
 * False for a byte beyond ASCII that is the first byte of no character `trim()` removes, nor of
 * any of them read wrongly: C3–DF start U+00C0–U+07FF, E4–EE start U+4000–U+EFFF (CJK, Hangul),
 * F0–F4 start the planes past U+FFFF, F5–FF are not UTF-8 (U+FFFD). The spaces beyond ASCII
 * (U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF) start C2, E1,
 * E2, E3, EF; continuation bytes (80–BF) and E0 are kept to the decoding too.
 */
function mayStartSpace(b: number): boolean {
  return b < 0xc3 || (b >= 0xe0 && b <= 0xe3) || b === 0xef;
}

/** True when row i of a block has no cell, or only texts of spaces (raw ones too). */
export function blockRowBlank(block: ColumnBlock, i: number): boolean {
  const columns = block.columns;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c];
    if (col === undefined) continue;
    const kind = col.kinds[i];
    if (kind === CELL_BLANK) continue;
    if (kind === CELL_RAW) {
      if (rawBlank(block, col.starts![i], col.ends![i])) continue;
      return false;
    }
    if (kind !== CELL_TEXT || col.texts[i]!.trim() !== "") return false;
  }
  return true;
}

/** Distinct texts a column may have before it stops keeping them (names, e-mails: all distinct). */
export const INTERN_LIMIT = 4096;

/**
 * A value per distinct bytes of one column, while the column has few (INTERN_LIMIT): found by a hash
 * of the bytes without decoding them. Bytes whose hash another text holds stay unkept; past the
 * limit the column is `on: false` and keeps none. One owner for the texts (RawTexts), products
 * (RawProducts) and the fast CSV fields (RawFields) read this way.
 *
 * Typed arrays, open addressing (at most half full), the kept bytes one after the other in one
 * buffer, and a hash of the bytes four at a time: until stop 32 a Map of per-byte FNV hashes and an
 * array buffer per kept text (a Buffer's subarray, then a copy): a million products' lookups took
 * ~69 ms, ~44 ms so; the 24,700 texts kept at 100k customers cost ~3 us each (load 8-11).
 *
 * @example const seen = new ByBytes<string>(); seen.keep(b, 0, 2, "北京"); seen.get(b, 0, 2) // "北京"
 */
export class ByBytes<T> {
  /**
   * Per slot: the hash of the bytes kept there, where they start in `store` + 1 (0: an empty
   * slot), their length, and their value.
   */
  private hashes = new Int32Array(16);
  private starts = new Int32Array(16);
  private lengths = new Int32Array(16);
  private values: (T | undefined)[] = slotsOf<T>(16);
  /** The kept bytes, one after the other: one buffer, not an array buffer per text. */
  private store = new Uint8Array(256);
  private stored = 0;
  private size = 0;
  on = true;

  /** The value kept for bytes[start, end), or undefined (then `keep` may keep one). */
  get(bytes: Uint8Array, start: number, end: number): T | undefined {
    const h = hashBytes(bytes, start, end);
    const starts = this.starts;
    const mask = starts.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const from = starts[at];
      if (from === 0) return undefined;
      if (this.hashes[at] !== h) continue;
      const n = this.lengths[at];
      if (n !== end - start) return undefined;
      const store = this.store;
      for (let i = 0; i < n; i++) if (store[from - 1 + i] !== bytes[start + i]) return undefined;
      return this.values[at];
    }
  }

  keep(bytes: Uint8Array, start: number, end: number, value: T): void {
    const h = hashBytes(bytes, start, end);
    const starts = this.starts;
    const mask = starts.length - 1;
    let at = h & mask;
    for (; starts[at] !== 0; at = (at + 1) & mask) if (this.hashes[at] === h) return; // another text with this hash: it stays unkept
    if (this.size >= INTERN_LIMIT) {
      this.on = false;
      this.hashes = new Int32Array(16);
      this.starts = new Int32Array(16);
      this.lengths = new Int32Array(16);
      this.values = slotsOf<T>(16);
      this.store = new Uint8Array(256);
      this.stored = 0;
      this.size = 0;
      return;
    }
    // A copy: the piece's buffer is reused for later pieces (ColumnBlockBuilder.recycle).
    const n = end - start;
    if (this.stored + n > this.store.length) {
      const store = new Uint8Array(Math.max(2 * this.store.length, this.stored + n));
      store.set(this.store);
      this.store = store;
    }
    const store = this.store;
    for (let i = 0; i < n; i++) store[this.stored + i] = bytes[start + i];
    starts[at] = this.stored + 1;
    this.stored += n;
    this.hashes[at] = h;
    this.lengths[at] = n;
    this.values[at] = value;
    if (++this.size * 2 > starts.length) this.grow();
  }

  /** Moves the kept texts to a table twice the size (their bytes stay where they are). */
  private grow(): void {
    const { hashes, starts, lengths, values } = this;
    const size = 2 * starts.length;
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.values = slotsOf<T>(size);
    const mask = size - 1;
    for (let k = 0; k < starts.length; k++) {
      if (starts[k] === 0) continue;
      let at = hashes[k] & mask;
      while (this.starts[at] !== 0) at = (at + 1) & mask;
      this.hashes[at] = hashes[k];
      this.starts[at] = starts[k];
      this.lengths[at] = lengths[k];
      this.values[at] = values[k];
    }
  }
}

/** `length` empty slots (a packed array of undefined: no holes to look past). */
function slotsOf<T>(length: number): (T | undefined)[] {
  return new Array<T | undefined>(length).fill(undefined);
}

/**
 * A hash of bytes[start, end): FNV-1a's step on each four bytes (the rest one by one), its length
 * first, mixed at the end so its low bits index a table well.
 */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  let k = start;
  for (; k + 4 <= end; k += 4)
    h = Math.imul(
      h ^ (bytes[k] | (bytes[k + 1] << 8) | (bytes[k + 2] << 16) | (bytes[k + 3] << 24)),
      0x01000193,
    );
  for (; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * A raw cell's text as its column keeps it (RawTexts), and what a reader made of it once: its
 * product code in `of`'s dictionary (transactionsRaw.ts RawProducts), else `of` null.
 */
export interface RawText {
  readonly text: string;
  code: number;
  of: Dictionary | null;
}

/**
 * The texts of one column's raw cells, made once per distinct text while the column has few of
 * them (regions, owners, products: millions of rows, dozens of texts): the same string for the same
 * bytes (ByBytes). A column with more distinct texts than INTERN_LIMIT is decoded cell by cell from
 * then on (`on` false).
 */
export class RawTexts {
  private readonly seen = new ByBytes<RawText>();

  get on(): boolean {
    return this.seen.on;
  }

  text(block: ColumnBlock, start: number, end: number): string {
    if (!this.seen.on) return block.decode!(start, end);
    return this.made(block, start, end).text;
  }

  /** The text of bytes[start, end) as kept (`on`), else made for this cell alone. */
  made(block: ColumnBlock, start: number, end: number): RawText {
    if (!this.seen.on) return { text: block.decode!(start, end), code: -1, of: null };
    const bytes = block.bytes!;
    let made = this.seen.get(bytes, start, end);
    if (made === undefined) {
      made = { text: block.decode!(start, end), code: -1, of: null };
      this.seen.keep(bytes, start, end, made);
    }
    return made;
  }
}

/** How a raw column may be read ahead (SheetNotes.parse, per column; 0: not). */
export const PARSE_NONE = 0;
export const PARSE_DIGITS = 1;
export const PARSE_ISO_KEY = 2;
export const PARSE_AMOUNT = 3;
export const PARSE_HASH = 4;

/** The reader each read-ahead stands for (BlockCursor.rawIs takes its value instead of calling it). */
export const RAW_READERS: readonly (((b: Uint8Array, s: number, e: number) => unknown) | null)[] = [
  null,
  rawDigits,
  rawIsoKey,
  null,
  rawHashAscii,
];

/** An amount read ahead: not a plain amount (read it again), or its rawAmount evidence. */
export const AMOUNT_MARKS = { other: 0, none: 1, point: 2, ambiguous: 3 } as const;

/**
 * Reads a block's raw cells ahead as `plan` says per column (a source's worker does it, so the
 * main thread only looks the values up): rawDigits, rawIsoKey or rawHashAscii's value (NaN where
 * it has none), or rawAmount's value and evidence. The same functions as the main thread's reads.
 *
 * @example parseRaw(block, [PARSE_DIGITS, PARSE_ISO_KEY, PARSE_AMOUNT]) // block.columns[0].parsed …
 */
export function parseRaw(
  block: ColumnBlock,
  plan: readonly number[],
  /** Where its `parsed` arrays come from (a recycled block's: ColumnBlockBuilder.floats). */
  floats: () => Float64Array = () => new Float64Array(block.rows),
): void {
  const bytes = block.bytes;
  if (bytes === undefined) return;
  const reading = amountReading();
  for (let c = 0; c < plan.length && c < block.columns.length; c++) {
    const how = plan[c];
    const col = block.columns[c];
    if (!how || col === undefined || col.starts === undefined) continue;
    const parsed = floats().fill(NaN);
    const marks = how === PARSE_AMOUNT ? new Uint8Array(block.rows) : undefined;
    const read = RAW_READERS[how];
    const { kinds, starts, ends } = col as Required<BlockColumn>;
    for (let i = 0; i < block.rows; i++) {
      if (kinds[i] !== CELL_RAW) continue;
      if (marks !== undefined) {
        if (rawAmount(bytes, starts[i], ends[i], reading)) {
          parsed[i] = reading.value;
          marks[i] = AMOUNT_MARKS[reading.evidence as "none" | "point" | "ambiguous"];
        }
        continue;
      }
      const v = read!(bytes, starts[i], ends[i]) as number | undefined;
      if (v !== undefined && (v !== -1 || how === PARSE_HASH)) parsed[i] = v;
    }
    col.parsedAs = how;
    col.parsed = parsed;
    if (marks !== undefined) col.marks = marks;
  }
}

/**
 * What a sheet's builder reads from raw bytes, per column (for SheetNotes.parse): the joined
 * customer id (rawDigits: joinCustomer), each date (rawIsoKey: RowReader.date), and a
 * transaction's amount, quantity (rawAmount) and order id (rawHashAscii).
 *
 * @example readAheadPlan(SHEETS.transactions, { customerId: 0, date: 1, amount: 2 }) // [1, 2, 3]
 */
export function readAheadPlan(
  spec: SheetSpec,
  columns: Readonly<Record<string, number>>,
): number[] {
  const plan: number[] = [];
  const transactions = spec.kind === "transactions";
  for (const fd of spec.fields) {
    const c = columns[fd.key];
    if (c === undefined) continue;
    if (fd.key === "customerId" && spec.kind !== "customers") plan[c] = PARSE_DIGITS;
    else if (fd.kind === "date" || fd.kind === "datetime") plan[c] = PARSE_ISO_KEY;
    else if (transactions && (fd.key === "amount" || fd.key === "quantity")) plan[c] = PARSE_AMOUNT;
    else if (transactions && fd.key === "orderId") plan[c] = PARSE_HASH;
  }
  for (let c = 0; c < plan.length; c++) plan[c] ??= PARSE_NONE;
  return plan;
}
