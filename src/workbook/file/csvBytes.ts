import { ColumnBlockBuilder, objectArray } from "../../engine/ingest/columnBlock";
import { quoteNotClosed } from "./csvRecords";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Records CsvByteRecords.some splits a call. */
const RECORDS_PER_CALL = 16;

/**
 * CsvRecords on the bytes of a UTF-8 file, for the columnar read (issue 11): the same records by
 * the same rules (see csvRecords.ts; quotes, delimiters and line breaks are ASCII bytes, never part
 * of a UTF-8 character), but an unquoted field is not decoded: it goes into the block as a raw cell
 * (its bytes' start and end), and ingest reads ids, dates and amounts from the bytes or decodes the
 * text when it needs it. A quoted field is decoded to its text, as CsvRecords makes it. Empty
 * fields are blank cells.
 *
 * Each piece is split whole: the records it completes go into `builder` with the piece (joined to
 * the unfinished record before it) as their bytes, so the caller takes the builder's rows as a
 * block after each piece (`push` returns); the unfinished record waits for the next piece.
 *
 * @example
 * const split = new CsvByteRecords(",", builder, () => builder.nextRow());
 * split.push(Buffer.from("id,note\n1,\"a, b\"\n2,")); // 2 rows in builder; "2," waits
 */
export class CsvByteRecords {
  private carry: Buffer | null = null;
  private started = false;
  /** Buffers of pieces whose blocks are done with (recycle), for the next pieces. */
  private readonly spare: Buffer[] = objectArray();
  private readonly delimiter: number;
  /** Records completed so far. */
  records = 0;
  /** False once `some` met the end of its bytes or an unfinished record. */
  private more = false;
  /** Where the quoted field `quoted` read ends (after its closing quote). */
  private after = 0;

  constructor(
    delimiter: string,
    private readonly builder: ColumnBlockBuilder,
    /** Called after each record's fields are in the builder's current row. */
    private readonly onRecord: () => void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    if (!warmed) {
      warmed = true;
      try {
        CsvByteRecords.warm(delimiter);
      } catch {
        // A delimiter no file has (a quote): the file's own split says what is wrong with it.
      }
    }
  }

  /**
   * Splits a small text cut at every byte once, before a file: split's loop is optimised while
   * splitting the first piece, and each branch first taken after that (a record cut at the end of
   * a piece, a \r\n across two pieces, a quote) threw the optimised code away and compiled it
   * again (a 100k run: 29 compiles of split in its 3 threads, 13 deopts; warmed: 10 and 2). Split
   * here first, every branch has been taken once when it is optimised. Once per thread; the records
   * go nowhere.
   */
  private static warm(delimiter: string): void {
    const text = Buffer.from(WARM_TEXT.replace(/,/g, delimiter));
    const builder = new ColumnBlockBuilder(64);
    for (let cut = 0; cut <= text.length; cut++) {
      const split = new CsvByteRecords(delimiter, builder, () => {
        builder.nextRow();
        if (builder.full) builder.recycle(builder.take());
      });
      split.push(text.subarray(0, cut));
      split.push(text.subarray(cut));
      split.end();
      // Recycled, as a read's blocks are once ingest is done with them: their arrays serve again.
      builder.recycle(builder.take());
    }
  }

  /**
   * A buffer to read the next piece into: the unfinished record's bytes first, then room for `size`
   * bytes from `at` (pushRead splits it), so a piece is not copied to join it to them.
   */
  buffer(size: number): { buffer: Buffer; at: number } {
    const carry = this.carry;
    const need = (carry?.length ?? 0) + size;
    let buffer = this.spare.pop();
    // Room for a longer unfinished record next time too, so a buffer serves again and again.
    if (buffer === undefined || buffer.length < need)
      buffer = Buffer.allocUnsafe(need + (need >> 4));
    if (carry) carry.copy(buffer, 0);
    return { buffer, at: carry?.length ?? 0 };
  }

  /**
   * Takes back a buffer from `buffer()` once no block of its piece is in use (their reader is done
   * with them: ColumnBlockBuilder.recycle), to read a later piece into.
   */
  recycle(buffer: Buffer): void {
    this.spare.push(buffer);
  }

  /** Splits the records completed by `buffer` (from `buffer()`) up to `length`. */
  pushRead(buffer: Buffer, length: number): void {
    this.carry = null;
    this.split1(buffer.subarray(0, length));
  }

  /** Splits the records a piece completes into the builder. */
  push(piece: Buffer): void {
    if (piece.length === 0) return;
    const bytes = this.carry ? Buffer.concat([this.carry, piece]) : piece;
    this.carry = null;
    this.split1(bytes);
  }

  /** Splits the complete records of the unfinished record's bytes and a piece after them. */
  private split1(joined: Buffer): void {
    let bytes = joined;
    if (!this.started) {
      if (bytes.length < 6) {
        this.carry = Buffer.from(bytes); // too short to tell a BOM (or two) yet
        return;
      }
      this.started = true;
      bytes = bytes.subarray(boms(bytes));
    }
    const done = this.split(bytes, false);
    if (done < bytes.length) this.carry = Buffer.from(bytes.subarray(done));
  }

  /** Splits the last record; throws when the bytes end inside a quoted field. */
  end(): void {
    let bytes = this.carry ?? Buffer.alloc(0);
    this.carry = null;
    if (!this.started) {
      this.started = true;
      bytes = bytes.subarray(boms(bytes));
    }
    this.split(bytes, true);
  }

  /** Puts the complete records of `b` in the builder; returns where the unfinished one starts. */
  private split(b: Buffer, end: boolean): number {
    this.builder.useBytes(b, decoderOf(b));
    let i = 0;
    do i = this.some(b, i, end);
    while (this.more);
    return i;
  }

  /**
   * Puts up to RECORDS_PER_CALL complete records of `b` from `i` in the builder and returns where
   * the next starts; `more` false when it met the end of `b` or an unfinished record (then the
   * return is where that starts). A call per few hundred records, not one per piece: a loop that
   * ran a whole piece in one call was compiled twice in each thread (on-stack replacement during
   * the first piece, then as a function: a 100k run's 4 compiles of split took ~79 ms of compile
   * time, stop 50), and a quoted field is read by `quoted`, outside this hot loop.
   */
  private some(b: Buffer, from: number, end: boolean): number {
    const n = b.length;
    const d = this.delimiter;
    // The highest byte that may end an unquoted field: most bytes (digits, letters, UTF-8) are
    // above it and take one comparison.
    const hi = d > CR ? d : CR;
    const builder = this.builder;
    let i = from;
    for (let left = RECORDS_PER_CALL; left > 0; left--) {
      const recordStart = i;
      if (i >= n) return this.stop(n);
      let count = 0;
      for (;;) {
        // A quoted field's text (null: the field is not quoted).
        let value: string | null = null;
        if (i < n && b[i] === QUOTE) {
          value = this.quoted(b, i, end);
          if (value === null) return this.stop(this.cut(recordStart));
          i = this.after;
        }
        let j = i;
        while (j < n) {
          const c = b[j];
          if (c <= hi && (c === d || c === LF || c === CR)) break;
          j++;
        }
        if (j >= n && !end) return this.stop(this.cut(recordStart));
        if (value === null) {
          if (j > i) builder.raw(count, i, j);
        } else {
          if (j > i) value += utf8(b, i, j);
          if (value !== "") builder.text(count, value);
        }
        count++;
        if (j >= n) {
          this.records++;
          this.onRecord();
          return this.stop(n);
        }
        const c = b[j];
        if (c === d) {
          i = j + 1;
          continue;
        }
        if (c === CR) {
          if (j + 1 >= n && !end) return this.stop(this.cut(recordStart)); // \r\n split across pieces
          i = j + 1 < n && b[j + 1] === LF ? j + 2 : j + 1;
        } else i = j + 1;
        this.records++;
        this.onRecord();
        break;
      }
    }
    this.more = true;
    return i;
  }

  /** `some` stopping at `at`. */
  private stop(at: number): number {
    this.more = false;
    return at;
  }

  /**
   * The text of the quoted field starting at `b[i]` (a quote), `after` then where its unquoted
   * rest starts; null when `b` ends before the next byte decides where it ends (`end` false).
   */
  private quoted(b: Buffer, i: number, end: boolean): string | null {
    const n = b.length;
    const d = this.delimiter;
    let value = "";
    let from = i + 1;
    let at = from;
    for (;;) {
      const q = b.indexOf(QUOTE, at);
      if (q < 0) {
        if (!end) return null;
        throw quoteNotClosed(this.records + 1);
      }
      if (q + 1 >= n) {
        if (!end) return null; // the next byte decides what this quote is
        this.after = n;
        return value + utf8(b, from, q);
      }
      const next = b[q + 1];
      if (next === QUOTE) {
        value += utf8(b, from, q + 1);
        from = at = q + 2;
        continue;
      }
      this.after = q + 1;
      if (next === d || next === LF || next === CR || next === 0) return value + utf8(b, from, q);
      // Not a closing quote (relax_quotes): the text as the file shows it, read on unquoted.
      return '"' + value + utf8(b, from, q + 1);
    }
  }

  /** An unfinished record: its cells so far are taken out of the builder's row; it waits. */
  private cut(recordStart: number): number {
    this.builder.clearRow();
    return recordStart;
  }
}

/** Buffer's own UTF-8 decoder (what toString("utf8", start, end) calls after checking its arguments). */
interface Utf8Slicing {
  utf8Slice(start: number, end: number): string;
}

/** Bytes start … end of `b` as text (start ≤ end ≤ b.length). */
function utf8(b: Buffer, start: number, end: number): string {
  return (b as unknown as Utf8Slicing).utf8Slice(start, end);
}

/**
 * A block's `decode` for the piece `b` (made outside split, which then captures nothing): a raw
 * cell lies inside its bytes.
 */
export function decoderOf(b: Buffer): (start: number, end: number) => string {
  return (start, end) => (b as unknown as Utf8Slicing).utf8Slice(start, end);
}

/**
 * Records of every shape split's branches meet: quoted fields with "" and a quote that does not
 * close them, empty fields, \r\n, \n and a lone \r, text after the last line break.
 */
const WARM_TEXT = 'ab,"c,d",,"e""f"\r\n"g"h,1,2\n\r"\r\n",x\rlast,"y"';

/** True once this thread's split has been warmed (CsvByteRecords.warm). */
let warmed = false;

/** The bytes of leading BOMs to skip: a TextDecoder drops one, then CsvRecords a U+FEFF. */
function boms(bytes: Uint8Array): number {
  return bom(bytes, 0) ? (bom(bytes, 3) ? 6 : 3) : 0;
}

function bom(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
}
