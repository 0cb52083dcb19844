import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import type { SheetNotes } from "../../engine/ingest/workbook";
import type { ReadPosition } from "./csvSource";
import { utf8SequenceAt } from "./csvEncoding";

/** Rows per list whose decoded text a LineEncodings keeps. */
const TEXTS_KEPT = 200;

/** Where a list's entry is: a row (records, as a spreadsheet numbers them) and its cell (or -1). */
interface Place {
  row: number;
  /** The field's index in its record (zero-based); -1 for a whole line. */
  column: number;
}

/**
 * What a read of a file that is not UTF-8 throughout found: the lines that were UTF-8 with
 * non-ASCII text (whole lines: column -1), and the cells of the other lines that were UTF-8, that
 * were GB18030, and that had bytes invalid in the encoding they were read in (each with that
 * encoding). The file's encoding is the one more of its rows use; each place in the other gets a
 * note (a file wholly in GB18030 gets none), and each invalid cell one naming its column.
 */
export class LineEncodings {
  readonly utf8: Place[] = [];
  readonly gb18030: Place[] = [];
  readonly invalid: (Place & { encoding: "UTF-8" | "GB18030" })[] = [];
  /** Rows with UTF-8 / GB18030 text (a row counted once in each: the vote of report()). */
  utf8Rows = 0;
  gbRows = 0;
  /**
   * The decoded text of a place (a line, or a cell), for the first TEXTS_KEPT entries of each list:
   * a note's `text` (the finding's value shows what was decoded; stop-26 tester). Not every row's:
   * a file wholly in GB18030 would keep all its lines.
   */
  readonly texts = new Map<string, string>();

  /** Records a place in `list`, with its text while the list is short. */
  add<P extends Place>(list: P[], place: P, text: string): void {
    list.push(place);
    const key = `${place.row}:${place.column}`;
    if (list.length <= TEXTS_KEPT && !this.texts.has(key))
      this.texts.set(key, text.replace(/\r?\n$/, ""));
    if (list === (this.utf8 as Place[]) && this.utf8.at(-2)?.row !== place.row) this.utf8Rows++;
    if (list === (this.gb18030 as Place[]) && this.gb18030.at(-2)?.row !== place.row) this.gbRows++;
  }

  /** UTF-8 when more rows so far were UTF-8 than GB18030; GB18030 the other way; null when even. */
  lean(): "UTF-8" | "GB18030" | null {
    if (this.utf8Rows === this.gbRows) return null;
    return this.utf8Rows > this.gbRows ? "UTF-8" : "GB18030";
  }

  report(notes: SheetNotes): void {
    const noted = new Set<string>();
    const note = (
      place: Place,
      code: "encoding_fallback" | "invalid_encoding",
      encoding: string,
      fileEncoding: string,
    ) => {
      const key = `${place.row}:${place.column}`;
      if (noted.has(key)) return;
      noted.add(key);
      notes.encoding(place.row, code, {
        encoding,
        fileEncoding,
        text: this.texts.get(key) ?? "",
        ...(place.column >= 0 ? { column: place.column } : {}),
      });
    };
    const utf8Wins = this.utf8Rows >= this.gbRows;
    const fileEncoding = utf8Wins ? "UTF-8" : "GB18030";
    for (const place of this.invalid) note(place, "invalid_encoding", place.encoding, fileEncoding);
    if (this.utf8.length === 0) return;
    const minority = utf8Wins ? this.gb18030 : this.utf8;
    const encoding = utf8Wins ? "GB18030" : "UTF-8";
    for (const place of minority) note(place, "encoding_fallback", encoding, fileEncoding);
  }
}

/**
 * How a cell's bytes that are not valid UTF-8 read as UTF-8: `chars`, the characters of 3 or 4
 * bytes that are whole and valid (Chinese text is 3 bytes a character in UTF-8), and `bad`, the
 * bytes that begin no valid character. Text in GBK/GB18030 forms such characters only by chance
 * (lead E0–EF followed by two bytes of 80–BF): a 4-character GBK name has `chars` ≥ `bad` in 0.3%
 * of random names, a UTF-8 one with a byte spoilt in all of them (notes/stop38/input14.md).
 *
 * @example utf8Evidence(Buffer.from([0xff, 0xe5, 0xb9, 0xbf, 0xe5, 0xb7, 0x9e])) // { chars: 2, bad: 1 }
 */
export function utf8Evidence(bytes: Uint8Array): { chars: number; bad: number } {
  let chars = 0;
  let bad = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = utf8SequenceAt(bytes, i);
    if (size > 0) {
      if (size >= 3) chars++;
      i += size;
    } else {
      bad++;
      i++;
    }
  }
  return { chars, bad };
}

/**
 * Which encoding reads a cell whose bytes are not valid UTF-8: "utf-8-invalid" (read as UTF-8, its
 * bad bytes become U+FFFD and the rest reads: a UTF-8 file with a spoilt byte), "gb18030" (valid
 * GB18030: a cell pasted from a GBK file), or "gb18030-invalid" (invalid in both, where the file
 * leans GB18030). `lean`: the encoding most of the file's rows so far are in (LineEncodings.lean),
 * or the line's own on the file's first such line. Leaning UTF-8, a cell reads as UTF-8 when it
 * has a valid UTF-8 character of 3–4 bytes and no GB18030 reading, or at least a third as many such
 * characters as bad bytes; leaning GB18030, only when it has no GB18030 reading and at least as
 * many characters as bad bytes. A cell invalid in both follows the lean. So a true GB18030 file
 * stays GB18030 (its cells are valid GB18030), and one spoilt byte in a UTF-8 file spoils one
 * character, not the row (tester13 #5). Measured on random names of 2–6 common characters
 * (notes/stop38/input14.md): a GBK name pasted into a UTF-8 file is read as UTF-8 in ≤ 4.3% of
 * names (2.0% at 2 characters, 0.9% at 6), a UTF-8 name with one byte spoilt as GB18030 in none.
 *
 * @example cellEncoding(Buffer.from([0xff, 0xe7, 0xa7, 0x91, 0xe6, 0x8a, 0x80]), false, "UTF-8") // "utf-8-invalid"
 */
export function cellEncoding(
  bytes: Uint8Array,
  gbValid: boolean,
  lean: "UTF-8" | "GB18030",
): "utf-8-invalid" | "gb18030" | "gb18030-invalid" {
  const { chars, bad } = utf8Evidence(bytes);
  const utf8Like =
    lean === "UTF-8"
      ? chars > 0 && (!gbValid || 3 * chars >= bad)
      : chars > 0 && chars >= bad && !gbValid;
  if (utf8Like) return "utf-8-invalid";
  if (gbValid) return "gb18030";
  return lean === "GB18030" ? "gb18030-invalid" : "utf-8-invalid";
}

/**
 * Counts records the way the parser splits them (a line break outside a quoted field ends one; a
 * quoted field starts with a quote and ends at a lone quote), over raw bytes: quotes, delimiters
 * and line breaks are ASCII, never part of a UTF-8 or GB18030 character. (csv-parse's own record
 * info costs ~25 µs a record and counts a quoted \r\n as two lines, so it cannot serve.)
 */
class RecordCounter {
  /** Records completed so far. */
  records = 0;
  /** The field the next byte is in (zero-based, in its record). */
  field = 0;
  private quoted = false;
  private fieldStart = true;

  constructor(private readonly delimiter: number) {}

  /**
   * Scans `bytes`; with `onCut`, also calls it after each field's end (a delimiter or a record's
   * end, both ASCII) with the offset after it, `records` and `field` then saying where the next
   * field is, so a line can be decoded cell by cell.
   */
  scan(bytes: Uint8Array, onCut?: (end: number) => void): void {
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (this.quoted) {
        if (b === 0x22) {
          if (bytes[i + 1] === 0x22) i++;
          else this.quoted = false;
        }
      } else if (b === 0x22 && this.fieldStart) {
        this.quoted = true;
        this.fieldStart = false;
      } else if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
        this.records++;
        this.field = 0;
        this.fieldStart = true;
        onCut?.(i + 1);
      } else if (b === this.delimiter) {
        this.field++;
        this.fieldStart = true;
        onCut?.(i + 1);
      } else this.fieldStart = b === 0x0d;
    }
  }
}

/**
 * Decodes a file that is not valid UTF-8 throughout, line by line (a line break is byte 0x0A in
 * both encodings, never part of a GB18030 character): a line that is valid UTF-8 as UTF-8; any
 * other cell by cell (a delimiter, quote or line break is ASCII in both encodings, never inside a
 * character), each cell as cellEncoding says, recording which in `lines` by row and column.
 */
export async function* decodedByLine(
  file: string,
  delimiter: string,
  lines: LineEncodings,
  at: ReadPosition,
): AsyncIterable<string> {
  const utf8 = new TextDecoder("utf-8");
  const gb18030 = new TextDecoder("gb18030", { fatal: true });
  const gbLoose = new TextDecoder("gb18030");
  const counter = new RecordCounter(delimiter.charCodeAt(0));
  let carry: Buffer | null = null;
  const decodeCell = (
    bytes: Buffer,
    row: number,
    column: number,
    lean: "UTF-8" | "GB18030",
  ): string => {
    const place = { row, column };
    let text: string | null = null;
    const gbText = (): string | null => {
      try {
        return gb18030.decode(bytes);
      } catch {
        return null; // not GB18030 either
      }
    };
    if (isUtf8(bytes)) {
      text = utf8.decode(bytes);
      if (text.length === bytes.length) return text; // ASCII: the same in both
      // Valid UTF-8 by chance in a GB18030 line (a GBK pair C2–DF + A1–BF is a UTF-8 character).
      const gb = lean === "GB18030" ? gbText() : null;
      if (gb !== null) {
        lines.add(lines.gb18030, place, gb);
        return gb;
      }
      lines.add(lines.utf8, place, text);
      return text;
    }
    text = gbText();
    const read = cellEncoding(bytes, text !== null, lean);
    if (read === "gb18030" && text !== null) {
      lines.add(lines.gb18030, place, text);
      return text;
    }
    if (read === "gb18030-invalid") {
      text = gbLoose.decode(bytes);
      lines.add(lines.gb18030, place, text);
      lines.add(lines.invalid, { ...place, encoding: "GB18030" }, text);
      return text;
    }
    text = utf8.decode(bytes);
    lines.add(lines.utf8, place, text);
    lines.add(lines.invalid, { ...place, encoding: "UTF-8" }, text);
    return text;
  };
  const decodeLine = (bytes: Buffer): string => {
    if (isUtf8(bytes)) {
      const row = counter.records + 1; // the record the line starts in
      counter.scan(bytes);
      const text = utf8.decode(bytes);
      // some non-ASCII text
      if (text.length !== bytes.length) lines.add(lines.utf8, { row, column: -1 }, text);
      return text;
    }
    // The file's lean so far, or on its first such line the line's own: UTF-8 when its valid
    // UTF-8 characters are at least its bad bytes (a spoilt byte), else GB18030.
    let lean = lines.lean();
    if (lean === null) {
      const { chars, bad } = utf8Evidence(bytes);
      lean = chars >= bad ? "UTF-8" : "GB18030";
    }
    let row = counter.records + 1;
    // Leaning GB18030, a line valid in it is read whole, as one GB18030 row: a GBK file's every
    // line (cell by cell cost a 100k-row GBK file 4-5x the CPU of reading it: a decode and a
    // place per cell). Leaning UTF-8 it is not, as UTF-8 Chinese with a spoilt byte often is.
    if (lean === "GB18030") {
      let whole: string | null = null;
      try {
        whole = gb18030.decode(bytes);
      } catch {
        // invalid somewhere: cell by cell
      }
      if (whole !== null) {
        counter.scan(bytes);
        lines.add(lines.gb18030, { row, column: -1 }, whole);
        return whole;
      }
    }
    let text = "";
    let start = 0;
    let column = counter.field;
    counter.scan(bytes, (end) => {
      text += decodeCell(bytes.subarray(start, end), row, column, lean);
      start = end;
      row = counter.records + 1;
      column = counter.field;
    });
    if (start < bytes.length) text += decodeCell(bytes.subarray(start), row, column, lean);
    return text;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    at.bytes += (chunk as Buffer).length;
    const bytes: Buffer = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    let text = "";
    for (let nl = bytes.indexOf(10, start); nl >= 0; nl = bytes.indexOf(10, start)) {
      text += decodeLine(bytes.subarray(start, nl + 1));
      start = nl + 1;
    }
    carry = start < bytes.length ? Buffer.from(bytes.subarray(start)) : null;
    if (text) yield text;
  }
  if (carry) yield decodeLine(carry);
}
