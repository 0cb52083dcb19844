import { ColumnBlockBuilder, objectArray } from "../../engine/ingest/columnBlock";
import { quoteNotClosed } from "./csvRecords";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

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
    const n = b.length;
    const d = this.delimiter;
    // The highest byte that may end an unquoted field: most bytes (digits, letters, UTF-8) are
    // above it and take one comparison.
    const hi = d > CR ? d : CR;
    const builder = this.builder;
    builder.useBytes(b, decoderOf(b));
    let i = 0;
    for (;;) {
      const recordStart = i;
      if (i >= n) return n;
      let count = 0;
      for (;;) {
        // A quoted field's text so far (null: the field is not quoted).
        let value: string | null = null;
        if (i < n && b[i] === QUOTE) {
          value = "";
          let from = i + 1;
          let at = from;
          for (;;) {
            const q = b.indexOf(QUOTE, at);
            if (q < 0) {
              if (!end) return this.cut(recordStart);
              throw quoteNotClosed(this.records + 1);
            }
            if (q + 1 >= n) {
              if (!end) return this.cut(recordStart); // the next byte decides what this quote is
              value += utf8(b, from, q);
              i = n;
              break;
            }
            const next = b[q + 1];
            if (next === QUOTE) {
              value += utf8(b, from, q + 1);
              from = at = q + 2;
              continue;
            }
            if (next === d || next === LF || next === CR || next === 0) {
              value += utf8(b, from, q);
              i = q + 1;
              break;
            }
            // Not a closing quote (relax_quotes): the text as the file shows it, read on unquoted.
            value = '"' + value + utf8(b, from, q + 1);
            i = q + 1;
            break;
          }
        }
        let j = i;
        while (j < n) {
          const c = b[j];
          if (c <= hi && (c === d || c === LF || c === CR)) break;
          j++;
        }
        if (j >= n && !end) return this.cut(recordStart);
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
          return n;
        }
        const c = b[j];
        if (c === d) {
          i = j + 1;
          continue;
        }
        if (c === CR) {
          if (j + 1 >= n && !end) return this.cut(recordStart); // \r\n split across pieces
          i = j + 1 < n && b[j + 1] === LF ? j + 2 : j + 1;
        } else i = j + 1;
        this.records++;
        this.onRecord();
        break;
      }
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
