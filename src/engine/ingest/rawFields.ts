// The Customers, Surveys, Complaints and Contacts builders' fast path for CSV rows (issue 11: the
// main thread's first seconds at 100,000 customers): a field whose cell is raw bytes of the usual
// shape (a plain id, a yyyy-mm-dd date, an option, a text) is read by column index straight from
// the block, with none of RowReader's lookups by field name, and a column's few distinct texts
// (regions, owners, channels) are decoded once each. Only what makes no finding is read so: each
// read gives `RAW_NO` (or null, NaN) for anything else, and the builder then reads the row by
// RowReader as before, with its findings. Reads look, never change (but for caches of values).
import { isBlank } from "../cells";
import { CELL_MAX_CHARS } from "../report/limits";
import type { EnumField } from "../schema";
import { CELL_BLANK, CELL_RAW, type BlockColumn, type ColumnBlock } from "./columnBlock";
import { optionCode, readFlag } from "./options";
import { ByBytes, PARSE_DIGITS, PARSE_ISO_KEY, rawDigits, rawIsoKey } from "./rawCells";
import type { RowReader } from "./rowReader";

/** `on: false`: every row is read by RowReader (the tests compare the two paths). */
export const RAW_FIELDS = { on: true };

/** What a fast read gives for a cell it does not read (the row is read by RowReader instead). */
export const RAW_NO = -2;

/** The reader's column per field of its sheet, -1 where the sheet has none. */
export function columnsOf(r: RowReader): Record<string, number> {
  const out: Record<string, number> = {};
  for (const fd of r.spec.fields) out[fd.key] = r.columns[fd.key] ?? -1;
  return out;
}

/**
 * Reads the current block row's raw cells by column index (-1: the sheet has no such column).
 * `at(r)` moves it to the reader's row; false when the row is not from a block of raw bytes.
 */
export class RawFields {
  private block: ColumnBlock | null = null;
  private bytes: Uint8Array | undefined;
  private i = 0;
  private readonly texts: ByBytes<string>[] = [];
  private readonly options: ByBytes<number>[] = [];
  private readonly flags: ByBytes<number>[] = [];

  at(r: RowReader): boolean {
    const block = r.currentBlock;
    if (!RAW_FIELDS.on || block === null || block.bytes === undefined) return false;
    this.block = block;
    this.bytes = block.bytes;
    this.i = r.blockIndex;
    return true;
  }

  /** Column c of the current block (undefined for a column the sheet lacks, c = -1). */
  private col(c: number): BlockColumn | undefined {
    return c < 0 ? undefined : this.block!.columns[c];
  }

  /**
   * The customer a plain raw id (what rawDigits reads) names in `numbered`, else RAW_NO: another
   * shape, an id no customer has, or one of zero twins (joinCustomer reads those).
   */
  id(c: number): number {
    const col = this.col(c);
    const i = this.i;
    if (col === undefined || col.kinds[i] !== CELL_RAW) return RAW_NO;
    if (col.parsedAs === PARSE_DIGITS) {
      const v = col.parsed![i];
      return Number.isNaN(v) ? RAW_NO : v;
    }
    const n = rawDigits(this.bytes!, col.starts![i], col.ends![i]);
    return n < 0 ? RAW_NO : n;
  }

  /**
   * A raw yyyy-mm-dd's day (RowReader.date's), NaN for a blank cell, undefined for anything else
   * (a required blank included: a finding).
   */
  day(r: RowReader, c: number, required: boolean): number | undefined {
    const col = this.col(c);
    const i = this.i;
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_BLANK) return required ? undefined : NaN;
    if (kind !== CELL_RAW) return undefined;
    const key =
      col!.parsedAs === PARSE_ISO_KEY
        ? col!.parsed![i]
        : rawIsoKey(this.bytes!, col!.starts![i], col!.ends![i]);
    if (!(key >= 0)) return undefined;
    const day = r.isoDay(key);
    return Number.isNaN(day) ? undefined : day;
  }

  /**
   * RowReader.score of a raw cell of one or two digits within [min, max] (parseScore's value), NaN
   * for a blank cell, undefined for anything else.
   */
  score(c: number, min: number, max: number): number | undefined {
    const col = this.col(c);
    const i = this.i;
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_BLANK) return NaN;
    if (kind !== CELL_RAW) return undefined;
    const start = col!.starts![i];
    const end = col!.ends![i];
    if (end - start > 2) return undefined;
    const v = rawDigits(this.bytes!, start, end);
    return v >= min && v <= max ? v : undefined;
  }

  /** readFlag of a raw or blank cell (-1 for blank), RAW_NO for another cell or no yes/no. */
  flag(c: number): number {
    const col = this.col(c);
    const i = this.i;
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_BLANK) return -1;
    if (kind !== CELL_RAW) return RAW_NO;
    const start = col!.starts![i];
    const end = col!.ends![i];
    const seen = (this.flags[c] ??= new ByBytes());
    const bytes = this.bytes!;
    let flag = seen.on ? seen.get(bytes, start, end) : undefined;
    if (flag === undefined) {
      flag = readFlag(this.block!.decode!(start, end));
      if (Number.isNaN(flag)) flag = RAW_NO;
      if (seen.on) seen.keep(bytes, start, end, flag);
    }
    return flag;
  }

  /**
   * RowReader.ownText of a raw or blank cell ("" for blank), null for any other cell (or one too
   * long for a cell: a finding). A column's distinct texts are decoded once while it has few.
   */
  text(c: number): string | null {
    const col = this.col(c);
    const i = this.i;
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_BLANK) return "";
    if (kind !== CELL_RAW) return null;
    const start = col!.starts![i];
    const end = col!.ends![i];
    if (end - start > CELL_MAX_CHARS) return null;
    const seen = (this.texts[c] ??= new ByBytes());
    if (!seen.on) return this.block!.decode!(start, end).trim();
    const bytes = this.bytes!;
    let text = seen.get(bytes, start, end);
    if (text === undefined) {
      text = this.block!.decode!(start, end).trim();
      seen.keep(bytes, start, end, text);
    }
    return text;
  }

  /**
   * readOption's option index of a raw or blank cell (-1 for blank), RAW_NO for any other cell or
   * a text that names no option (a finding).
   */
  option(c: number, field: EnumField, codes: readonly string[]): number {
    const col = this.col(c);
    const i = this.i;
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_BLANK) return -1;
    if (kind !== CELL_RAW) return RAW_NO;
    const start = col!.starts![i];
    const end = col!.ends![i];
    const seen = (this.options[c] ??= new ByBytes());
    const bytes = this.bytes!;
    let option = seen.on ? seen.get(bytes, start, end) : undefined;
    if (option === undefined) {
      const text = this.block!.decode!(start, end);
      const code = isBlank(text) ? "" : optionCode(field, text);
      option = code === "" ? -1 : code === null ? RAW_NO : codes.indexOf(code);
      if (seen.on) seen.keep(bytes, start, end, option);
    }
    return option;
  }

  /** A raw cell's text as RowReader.cell gives it, or null for any other cell. */
  cellText(c: number): string | null {
    const col = this.col(c);
    const i = this.i;
    if (col === undefined || col.kinds[i] !== CELL_RAW) return null;
    return this.block!.decode!(col.starts![i], col.ends![i]);
  }
}
