// Reading CELL_RAW cells (a CSV field still in the file's bytes) without making their text: the
// shapes nearly every CSV value has (a plain id, an ISO date, a plain amount) are read from the
// bytes exactly as the text parsers read the same text; anything else is decoded and read as text.
import type { AmountReading } from "../parse/number";
import { CELL_MAX_CHARS } from "../report/limits";
import { CELL_BLANK, CELL_RAW, CELL_TEXT, type ColumnBlock } from "./columnBlock";

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
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/**
 * yyyy-mm-dd with digits only, as the number yyyymmdd (a key for the day parseDate reads from that
 * text), else -1.
 */
export function rawIsoKey(bytes: Uint8Array, start: number, end: number): number {
  if (!rawIsoShape(bytes, start, end)) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    if (i === start + 4 || i === start + 7) continue;
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    key = key * 10 + d;
  }
  return key;
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
  let i = bytes[start] === 45 ? start + 1 : start; // "-"
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
  out.value = negative ? -magnitude : magnitude;
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
 * that are not ASCII) its decoded text trims to "".
 */
export function rawBlank(block: ColumnBlock, start: number, end: number): boolean {
  const bytes = block.bytes!;
  let other = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (asciiSpace(b)) continue;
    if (b < 0x80) return false;
    other = true;
  }
  return !other || block.decode!(start, end).trim() === "";
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
const INTERN_LIMIT = 4096;

/**
 * The texts of one column's raw cells, made once per distinct text while the column has few of
 * them (regions, owners, products: millions of rows, dozens of texts): the same string for the same
 * bytes, found by a hash of the bytes without decoding them. A column with more distinct texts than
 * INTERN_LIMIT is decoded cell by cell from then on.
 */
export class RawTexts {
  private readonly seen = new Map<number, { bytes: Uint8Array; text: string }>();
  private on = true;

  text(block: ColumnBlock, start: number, end: number): string {
    if (!this.on) return block.decode!(start, end);
    const bytes = block.bytes!;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const hit = this.seen.get(h);
    if (hit !== undefined && sameBytes(hit.bytes, bytes, start, end)) return hit.text;
    const text = block.decode!(start, end);
    if (hit === undefined) {
      if (this.seen.size >= INTERN_LIMIT) {
        this.on = false;
        this.seen.clear();
      } else this.seen.set(h, { bytes: bytes.slice(start, end), text });
    }
    return text;
  }
}

function sameBytes(a: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== bytes[start + i]) return false;
  return true;
}
