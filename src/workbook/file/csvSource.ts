import { isUtf8 } from "node:buffer";
import { sayBoth } from "../../engine/words/catalog";
import { createReadStream, promises as fsp } from "node:fs";
import type { Cell, Grid } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import type { GridSource, SheetNotes } from "../../engine/ingest/workbook";
import { SHEET_KINDS, SHEETS, type SheetKind } from "../../engine/schema";
import { ColumnBlockBuilder, type ColumnBlock } from "../../engine/ingest/columnBlock";
import { CsvRecords, type OnFields } from "./csvRecords";
import { PIECE_BYTES, readUtf8Columns } from "./csvColumns";
import { fileError } from "./fileErrors";

export interface CsvSourceOptions {
  /** Rows per block handed to onRows (default 5,000). */
  blockRows?: number;
  /** Bytes read at a time (default PIECE_BYTES; tests make it small to cut records). */
  pieceBytes?: number;
}

/** The encodings we read: what Excel writes when saving as CSV / Unicode text. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * CSV files as a GridSource: each file is a "sheet" named by its input's English label
 * ("Customers", "Transactions", …) so ingest finds it by name. Streamed and split by CsvRecords; the
 * delimiter (comma, semicolon, tab) is detected from the first lines (a `;` tells ingest that
 * numbers likely use a decimal comma); the encoding is UTF-8 (with or without BOM), UTF-16 with
 * BOM, or, when the bytes are not valid UTF-8 throughout, decided line by line: valid UTF-8 lines
 * as UTF-8, the others as GB18030/GBK (what Chinese Excel writes). A file that mixes the two (an
 * export with lines appended from another) gets a finding for each row in the minority encoding,
 * and one for each row with bytes invalid in both. Cells stay strings (ingest parses them); empty
 * cells are null. firstRow counts
 * records as a spreadsheet shows them (1-based, header included; a quoted line break stays in its
 * cell). A missing or unreadable file is an InputError naming the file.
 *
 * @example
 * const source = openCsv({ customers: "customers.csv", transactions: "orders.csv" });
 * await source.sheetNames(); // ["Customers", "Transactions"]
 */
export function openCsv(
  files: Partial<Record<SheetKind, string>>,
  options: CsvSourceOptions = {},
): GridSource {
  const blockRows = Math.max(1, Math.floor(options.blockRows ?? 5000));
  const kinds = SHEET_KINDS.filter((k) => files[k]);
  const fileOf = (name: string): string | undefined => {
    const kind = kinds.find(
      (k) => SHEETS[k].label["en-US"] === name || SHEETS[k].label["zh-CN"] === name,
    );
    return kind ? files[kind] : undefined;
  };
  return {
    async sheetNames() {
      for (const k of kinds) await assertReadable(files[k]!);
      return kinds.map((k) => SHEETS[k].label["en-US"]);
    },
    async readSheet(name, onRows, notes) {
      const file = fileOf(name);
      if (!file) {
        throw InputError.of(sayBoth("file", "noCsvFor", { sheet: name }));
      }
      await readCsv(file, blockRows, onRows, notes);
    },
    async readColumns(name, onBlock, notes) {
      const file = fileOf(name);
      if (!file) {
        throw InputError.of(sayBoth("file", "noCsvFor", { sheet: name }));
      }
      await readCsvColumns(file, blockRows, onBlock, notes, options.pieceBytes ?? PIECE_BYTES);
    },
    fileOf,
    sheetsAreFiles: true,
  };
}

async function assertReadable(file: string): Promise<void> {
  try {
    const stat = await fsp.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    await fsp.access(file, fsp.constants.R_OK);
  } catch (error) {
    throw fileError(file, error, "csv");
  }
}

/** Where a read is: bytes of the file read so far and its size (for the rows-expected estimate). */
export interface ReadPosition {
  bytes: number;
  size: number;
}

/** A CSV file's encoding and delimiter, and where its read is. */
export interface CsvFormat {
  encoding: CsvEncoding;
  delimiter: string;
  at: ReadPosition;
}

/** Detects the file's encoding and delimiter (telling `notes` the decimal mark a `;` suggests). */
async function csvFormat(file: string, notes: SheetNotes | undefined): Promise<CsvFormat> {
  const at: ReadPosition = { bytes: 0, size: 0 };
  let format: CsvFormat;
  try {
    at.size = (await fsp.stat(file)).size;
    const encoding = await detectEncoding(file);
    format = { encoding, delimiter: detectDelimiter(await sample(file, encoding)), at };
  } catch (error) {
    throw fileError(file, error, "csv");
  }
  if (format.delimiter === ";") notes?.decimalMark(",");
  return format;
}

/**
 * Splits a CSV file into records (encoding and delimiter detected), handing each record's fields
 * to `onFields` and calling `afterPiece` after each piece of text (blocks are handed over there,
 * so a slow consumer slows the read). Tells `notes` the decimal mark a `;` suggests, the rows the
 * file likely has (records so far × size ÷ bytes read so far, exact at the end), and, for a file
 * read line by line, the rows decoded in another encoding.
 */
async function splitCsv(
  file: string,
  notes: SheetNotes | undefined,
  onFields: OnFields,
  afterPiece: () => Promise<void>,
  known?: CsvFormat,
): Promise<void> {
  const { encoding, delimiter, at } = known ?? (await csvFormat(file, notes));
  // Not valid UTF-8 throughout (and no BOM): decode line by line.
  const byLine = encoding === "gb18030";
  const lines = new LineEncodings();
  const records = new CsvRecords(delimiter);
  let count = 0;
  const counted: OnFields = (fields, n) => {
    count++;
    onFields(fields, n);
  };
  const text = byLine ? decodedByLine(file, delimiter, lines, at) : decoded(file, encoding, at);
  const iterator = text[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await iterator.next();
        if (next.done) records.endFields(counted);
        else records.pushFields(next.value, counted);
      } catch (error) {
        throw fileError(file, error, "csv");
      }
      if (next.done) notes?.rowsExpected?.(count);
      else if (at.bytes > 0 && count > 0)
        notes?.rowsExpected?.(Math.max(count, Math.round((count * at.size) / at.bytes)));
      await afterPiece();
      if (next.done) break;
    }
  } finally {
    await iterator.return?.(); // also when a consumer throws: stop reading the file
  }
  if (byLine && notes) lines.report(notes);
}

/** Rows in blocks of blockRows, each with its first row's number (records, 1-based). */
async function readCsv(
  file: string,
  blockRows: number,
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
  notes: SheetNotes | undefined,
): Promise<void> {
  let block: Grid = [];
  let firstRow = 1;
  let record = 0;
  const take: OnFields = (fields, count) => {
    record++;
    if (block.length === 0) firstRow = record;
    const cells: Cell[] = new Array(count);
    for (let i = 0; i < count; i++) cells[i] = fields[i] === "" ? null : fields[i];
    block.push(cells);
  };
  // Blocks of blockRows (a piece of text may complete many records, or none).
  const handOver = async (): Promise<void> => {
    while (block.length >= blockRows) {
      const out = block.length === blockRows ? block : block.slice(0, blockRows);
      const rest = block.length === blockRows ? [] : block.slice(blockRows);
      const at = firstRow;
      block = rest;
      firstRow = at + blockRows;
      await onRows(out, at);
    }
  };
  await splitCsv(file, notes, take, handOver);
  if (block.length > 0) await onRows(block, firstRow);
}

/**
 * readCsv's rows by column (the columnar path): the same blocks and row numbers, each field a
 * text cell (CSV values stay texts: ingest reads dates, amounts and decimal marks from them), an
 * empty field a blank one; no Cell[] per row.
 */
async function readCsvColumns(
  file: string,
  blockRows: number,
  onBlock: (block: ColumnBlock, firstRow: number) => void | Promise<void>,
  notes: SheetNotes | undefined,
  pieceBytes: number,
): Promise<void> {
  const format = await csvFormat(file, notes);
  // UTF-8 (nearly every file): split as bytes, fields not decoded until ingest needs their text.
  if (format.encoding === "utf-8")
    return readUtf8Columns(file, format, blockRows, onBlock, notes, pieceBytes);
  const builder = new ColumnBlockBuilder(blockRows);
  const ready: [ColumnBlock, number][] = [];
  let firstRow = 1;
  let record = 0;
  const take: OnFields = (fields, count) => {
    record++;
    if (builder.row === 0) firstRow = record;
    for (let c = 0; c < count; c++) {
      const value = fields[c];
      if (value !== "") builder.text(c, value);
    }
    builder.nextRow();
    if (builder.full) ready.push([builder.take(), firstRow]);
  };
  const handOver = async (): Promise<void> => {
    while (ready.length > 0) {
      const [block, first] = ready.shift()!;
      await onBlock(block, first);
    }
  };
  await splitCsv(file, notes, take, handOver, format);
  if (builder.row > 0) await onBlock(builder.take(), firstRow);
}

async function* decoded(
  file: string,
  encoding: CsvEncoding,
  at: ReadPosition,
): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of createReadStream(file, { highWaterMark: PIECE_BYTES })) {
    at.bytes += (chunk as Buffer).length;
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Whether bytes read in pieces are valid UTF-8 throughout, checked without decoding them (isUtf8 is
 * simdutf's check: ~250× faster than a fatal TextDecoder, which also builds the text).
 *
 * @example const check = new Utf8Check(); check.push(Buffer.from([0xe4, 0xb8])); check.push(Buffer.from([0xad])); check.end() // true
 */
export class Utf8Check {
  private carry: Buffer | null = null;
  private valid = true;

  /** Adds a piece; false as soon as the bytes so far cannot be UTF-8. */
  push(piece: Uint8Array): boolean {
    if (!this.valid) return false;
    const bytes = this.carry
      ? Buffer.concat([this.carry, piece])
      : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    // Checked up to the last whole character; the rest waits for the next piece.
    const end = completeUtf8(bytes);
    this.valid = isUtf8(bytes.subarray(0, end));
    this.carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
    return this.valid;
  }

  /** True when all the bytes were UTF-8 (none left mid-character). */
  end(): boolean {
    return this.valid && (this.carry === null || isUtf8(this.carry));
  }
}

/** Where the last character that `bytes` holds whole ends (a UTF-8 character has ≤ 4 bytes). */
function completeUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let k = n - 1;
  while (k >= 0 && n - k < 4 && (bytes[k] & 0xc0) === 0x80) k--;
  if (k < 0) return n;
  const lead = bytes[k];
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - k < size ? k : n;
}

/**
 * What a line-by-line read found: the rows (records, as a spreadsheet numbers them) of the lines
 * that were UTF-8 with non-ASCII text, that were GB18030, and that had bytes invalid in both. The
 * file's encoding is the one more of its non-ASCII lines use; each row in the other gets a note (a
 * file wholly in GB18030 gets none).
 */
class LineEncodings {
  readonly utf8: number[] = [];
  readonly gb18030: number[] = [];
  readonly invalid: number[] = [];

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
      notes.encoding(row, code, { encoding, fileEncoding });
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
async function* decodedByLine(
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
      if (text.length !== bytes.length) lines.utf8.push(row); // some non-ASCII text
      return text;
    }
    lines.gb18030.push(row);
    try {
      return gb18030.decode(bytes);
    } catch {
      lines.invalid.push(row);
      return gbLoose.decode(bytes);
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

/**
 * The file's encoding: a BOM decides; otherwise UTF-8 when every byte sequence is valid UTF-8
 * (the whole file is checked, as Chinese text may first appear far down), else GB18030: then the
 * reader decodes line by line, so UTF-8 lines in it stay UTF-8.
 */
export async function detectEncoding(file: string): Promise<CsvEncoding> {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  let first = true;
  const check = new Utf8Check();
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      if (first) {
        first = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
        if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
        if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
      }
      if (!check.push(bytes)) return "gb18030";
    }
    return check.end() ? "utf-8" : "gb18030";
  } finally {
    stream.destroy();
  }
}

async function sample(file: string, encoding: CsvEncoding): Promise<string> {
  const handle = await fsp.open(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new TextDecoder(encoding).decode(buffer.subarray(0, bytesRead), { stream: true });
  } finally {
    await handle.close();
  }
}

// On a tie, tab then semicolon win: they rarely occur inside text, commas often do.
const DELIMITERS = ["\t", ";", ","] as const;

/**
 * The delimiter of a CSV from its first lines: the one (comma, semicolon, tab) that appears,
 * outside quotes, the same number of times on the most lines; comma when none does. The count is
 * the lines' most common one, not the first line's: a title line above the header ("客户名单" or
 * "Sales report; Q3") does not decide it.
 *
 * @example detectDelimiter("客户编号;姓名\nC001;张三\n") // ";"
 * @example detectDelimiter("客户名单\n客户编号;姓名\nC001;张三\n") // ";"
 */
export function detectDelimiter(text: string): string {
  const lines = splitLines(text, 20);
  let best = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const times = new Map<number, number>();
    for (const line of lines) {
      const c = countOutsideQuotes(line, d);
      if (c > 0) times.set(c, (times.get(c) ?? 0) + 1);
    }
    for (const [count, agreeing] of times) {
      const score = agreeing * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best;
}

/** Up to `max` non-empty lines, keeping quoted line breaks inside their line. */
function splitLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      const line = text.slice(start, i);
      if (line.trim() !== "") lines.push(line);
      start = i + 1;
    }
  }
  // The sample may end mid-line; use the last piece only when it is the whole input.
  if (lines.length === 0 && text.trim() !== "") lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}
