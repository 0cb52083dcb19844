import { sayBoth } from "../../engine/words/catalog";
import { promises as fsp } from "node:fs";
import type { Cell, Grid } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import type { GridSource, SheetNotes } from "../../engine/ingest/workbook";
import { SHEET_KINDS, SHEETS, type SheetKind } from "../../engine/schema";
import { ColumnBlockBuilder, type ColumnBlock } from "../../engine/ingest/columnBlock";
import { CsvRecords, type OnFields } from "./csvRecords";
import { PIECE_BYTES, readUtf8Columns } from "./csvColumns";
import { fileError } from "./fileErrors";
import { detectEncoding, type CsvEncoding } from "./csvEncoding";
import { decodedByLine, LineEncodings } from "./csvByLine";
import { detectDelimiter } from "./csvDelimiter";
import { csvWorkerScript, startAside, WORKER_MIN_BYTES } from "./csvAside";
import { fileSize, openPieces } from "./csvFile";

export { detectEncoding, Utf8Check, type CsvEncoding } from "./csvEncoding";
export { detectDelimiter } from "./csvDelimiter";

export interface CsvSourceOptions {
  /** Rows per block handed to onRows (default 5,000). */
  blockRows?: number;
  /** Bytes read at a time (default PIECE_BYTES; tests make it small to cut records). */
  pieceBytes?: number;
  /**
   * The aside thread's script (src/cli/asideWorker.ts; default csvWorkerScript(): the bundle's,
   * none from the sources; null: none), for a sheet ingested aside (ingestAside, csvAside.ts), and
   * the smallest file it is used for (default WORKER_MIN_BYTES). A file read by readColumns is split on the thread that
   * ingests it (csvAside.ts says why).
   */
  workerScript?: string | null;
  workerMinBytes?: number;
  /**
   * The encoding told from the file's first piece alone, a UTF-8 file checked while it is split
   * (readUtf8Columns throws at its first byte that is not UTF-8): one pass over the file, not two.
   * For an aside read (csvAside.ts), whose failure the main thread meets by reading the file again.
   */
  checkUtf8WhileReading?: boolean;
}

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
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  // Each file's encoding and delimiter, detected once: the top rows' read (the run's language)
  // and the full read share it (a file without a BOM is checked as UTF-8 throughout).
  const detected = new Map<string, Promise<Detected>>();
  const formatOf = (file: string): Promise<CsvFormat> => {
    let found = detected.get(file);
    if (!found) {
      found = detectFormat(file, options.checkUtf8WhileReading === true);
      detected.set(file, found);
    }
    return found.then((d) => ({ ...d, at: { bytes: 0, size: d.size } }));
  };
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
    async readSheet(name, onRows, notes, options) {
      const file = fileOf(name);
      if (!file) {
        throw InputError.of(sayBoth("file", "noCsvFor", { sheet: name }));
      }
      const format = await formatOf(file);
      if (format.delimiter === ";") notes?.decimalMark(",");
      if (format.encoding === "windows-1252") notes?.fileEncoding?.(format.encoding);
      // The top rows alone (the language, a header): small pieces and blocks, so the reader that
      // stops after them has not decoded and split 512 KB of the file first (~0.1 s at 100k).
      const top = options?.top === true;
      await readCsv(file, top ? Math.min(blockRows, TOP_ROWS) : blockRows, onRows, notes, {
        format,
        pieceBytes: top ? TOP_PIECE_BYTES : PIECE_BYTES,
      });
    },
    async readColumns(name, onBlock, notes) {
      const file = fileOf(name);
      if (!file) {
        throw InputError.of(sayBoth("file", "noCsvFor", { sheet: name }));
      }
      const format = await formatOf(file);
      if (format.delimiter === ";") notes?.decimalMark(",");
      if (format.encoding === "windows-1252") notes?.fileEncoding?.(format.encoding);
      await readCsvColumns(file, format, blockRows, onBlock, notes, pieceBytes);
    },
    ingestAside(job, onProgress) {
      const file = fileOf(job.sheetName);
      const script = options.workerScript === undefined ? csvWorkerScript() : options.workerScript;
      // CA_CSV_ASIDE=0: read it after the customers, on this thread (a comparison, a fallback).
      if (!file || !script || process.env.CA_CSV_ASIDE === "0") return null;
      const min = options.workerMinBytes ?? WORKER_MIN_BYTES;
      return startAside(script, file, job, min, onProgress);
    },
    // The next file's encoding and delimiter detected now (formatOf keeps them for its read).
    readAhead(name) {
      const file = fileOf(name);
      if (file) formatOf(file).catch(() => undefined); // told when the file is read (readColumns)
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
  /** UTF-8 told from the first piece only: the read checks the rest (checkUtf8WhileReading). */
  checkUtf8?: boolean;
}

/** Rows per block, and bytes per piece of the file, when only the top rows are read. */
const TOP_ROWS = 64;
const TOP_PIECE_BYTES = 16 * 1024;

/** A file's encoding and delimiter, and its size. */
interface Detected {
  encoding: CsvEncoding;
  delimiter: string;
  size: number;
  checkUtf8: boolean;
}

/**
 * Detects the file's encoding and delimiter (a missing or unreadable file: fileError's); with
 * `firstPiece`, the encoding from the file's first piece (CsvFormat.checkUtf8).
 */
async function detectFormat(file: string, firstPiece: boolean): Promise<Detected> {
  try {
    const size = await fileSize(file);
    const encoding = await detectEncoding(file, firstPiece ? 1 : Infinity);
    const checkUtf8 = firstPiece && encoding === "utf-8";
    return { encoding, delimiter: detectDelimiter(await sample(file, encoding)), size, checkUtf8 };
  } catch (error) {
    throw fileError(file, error, "csv");
  }
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
  format: CsvFormat,
  pieceBytes: number = PIECE_BYTES,
): Promise<void> {
  const { encoding, delimiter, at } = format;
  // Not valid UTF-8 throughout (with or without a UTF-8 BOM): decode line by line.
  const byLine = encoding === "gb18030";
  const lines = new LineEncodings();
  const records = new CsvRecords(delimiter);
  let count = 0;
  // A Big5 file: its first cell with Chinese text, for the note that says how it was read.
  let big5: { row: number; column: number; text: string } | null = null;
  const seekBig5 = encoding === "big5";
  const counted: OnFields = (fields, n) => {
    count++;
    if (seekBig5 && big5 === null) big5 = firstNonAscii(fields, n, count);
    onFields(fields, n);
  };
  const text = byLine
    ? decodedByLine(file, delimiter, lines, at)
    : decoded(file, encoding, at, pieceBytes);
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
  if (seekBig5) notes?.readAsBig5?.(big5);
}

/** The first field of a record holding text beyond ASCII, with its place, else null. */
function firstNonAscii(
  fields: readonly string[],
  n: number,
  row: number,
): { row: number; column: number; text: string } | null {
  for (let column = 0; column < n; column++) {
    // eslint-disable-next-line no-control-regex
    if (/[^\u0000-\u007f]/.test(fields[column])) return { row, column, text: fields[column] };
  }
  return null;
}

/** Rows in blocks of blockRows, each with its first row's number (records, 1-based). */
async function readCsv(
  file: string,
  blockRows: number,
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
  notes: SheetNotes | undefined,
  read: { format: CsvFormat; pieceBytes: number },
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
  await splitCsv(file, notes, take, handOver, read.format, read.pieceBytes);
  if (block.length > 0) await onRows(block, firstRow);
}

/**
 * readCsv's rows by column (the columnar path): the same blocks and row numbers, each field a
 * text cell (CSV values stay texts: ingest reads dates, amounts and decimal marks from them), an
 * empty field a blank one; no Cell[] per row.
 */
async function readCsvColumns(
  file: string,
  format: CsvFormat,
  blockRows: number,
  onBlock: (block: ColumnBlock, firstRow: number) => void | Promise<void>,
  notes: SheetNotes | undefined,
  pieceBytes: number,
): Promise<void> {
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

/**
 * The file's text piece by piece (the top rows' read, a file in UTF-16 or Windows-1252), read as
 * the columnar read reads (openPieces): until stop 47 a read stream, whose machinery (its async
 * iterator, its teardown once the top rows were read) cost the main thread ~10-20 ms before the
 * customers' read.
 */
async function* decoded(
  file: string,
  encoding: CsvEncoding,
  at: ReadPosition,
  pieceBytes: number,
): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding);
  const reader = await openPieces(file);
  try {
    // One buffer: the decoder keeps a copy of a character cut at a piece's end.
    const buffer = Buffer.allocUnsafe(pieceBytes);
    for (;;) {
      const read = await reader.read(buffer, 0, pieceBytes);
      if (read === 0) break;
      at.bytes += read;
      const text = decoder.decode(buffer.subarray(0, read), { stream: true });
      if (text) yield text;
    }
  } finally {
    await reader.close(); // also when the caller stops early (the top rows read)
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function sample(file: string, encoding: CsvEncoding): Promise<string> {
  const reader = await openPieces(file);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const bytesRead = await reader.read(buffer, 0, buffer.length);
    return new TextDecoder(encoding).decode(buffer.subarray(0, bytesRead), { stream: true });
  } finally {
    await reader.close();
  }
}
