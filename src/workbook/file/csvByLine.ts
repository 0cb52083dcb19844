import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import type { SheetNotes } from "../../engine/ingest/workbook";
import type { ReadPosition } from "./csvSource";

/** Rows per list whose decoded text a LineEncodings keeps. */
const TEXTS_KEPT = 200;

/**
 * What a line-by-line read found: the rows (records, as a spreadsheet numbers them) of the lines
 * that were UTF-8 with non-ASCII text, that were GB18030, and that had bytes invalid in both. The
 * file's encoding is the one more of its non-ASCII lines use; each row in the other gets a note (a
 * file wholly in GB18030 gets none).
 */
export class LineEncodings {
  readonly utf8: number[] = [];
  readonly gb18030: number[] = [];
  readonly invalid: number[] = [];
  /**
   * The decoded text of a row's first line, for the first TEXTS_KEPT rows of each list: a note's
   * `text` (the finding's value shows what was decoded; stop-26 tester). Not every row's: a file
   * wholly in GB18030 would keep all its lines.
   */
  readonly texts = new Map<number, string>();

  /** Records a row in `list`, with its text while the list is short. */
  add(list: number[], row: number, text: string): void {
    list.push(row);
    if (list.length <= TEXTS_KEPT && !this.texts.has(row))
      this.texts.set(row, text.replace(/\r?\n$/, ""));
  }

  report(notes: SheetNotes): void {
    const noted = new Set<number>();
    const note = (
      row: number,
      code: "encoding_fallback" | "invalid_encoding",
      encoding: string,
      fileEncoding: string,
    ) => {
      if (noted.has(row)) return;
      noted.add(row);
      notes.encoding(row, code, { encoding, fileEncoding, text: this.texts.get(row) ?? "" });
    };
    for (const row of this.invalid) note(row, "invalid_encoding", "GB18030", "UTF-8");
    if (this.utf8.length === 0) return;
    const utf8Wins = this.utf8.length >= this.gb18030.length;
    const minority = utf8Wins ? this.gb18030 : this.utf8;
    const [encoding, fileEncoding] = utf8Wins ? ["GB18030", "UTF-8"] : ["UTF-8", "GB18030"];
    for (const row of minority) note(row, "encoding_fallback", encoding, fileEncoding);
  }
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
  private quoted = false;
  private fieldStart = true;

  constructor(private readonly delimiter: number) {}

  scan(bytes: Uint8Array): void {
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
        this.fieldStart = true;
      } else this.fieldStart = b === this.delimiter || b === 0x0d;
    }
  }
}

/**
 * Decodes a file that is not valid UTF-8 throughout, line by line (a line break is byte 0x0A in
 * both encodings, never part of a GB18030 character): a line that is valid UTF-8 as UTF-8, any
 * other as GB18030, recording which in `lines` by row.
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
  const decodeLine = (bytes: Buffer): string => {
    const row = counter.records + 1; // the record the line starts in
    counter.scan(bytes);
    if (isUtf8(bytes)) {
      const text = utf8.decode(bytes);
      if (text.length !== bytes.length) lines.add(lines.utf8, row, text); // some non-ASCII text
      return text;
    }
    try {
      const text = gb18030.decode(bytes);
      lines.add(lines.gb18030, row, text);
      return text;
    } catch {
      const text = gbLoose.decode(bytes);
      lines.add(lines.gb18030, row, text);
      lines.add(lines.invalid, row, text);
      return text;
    }
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
