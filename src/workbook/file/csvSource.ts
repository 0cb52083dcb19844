import { parse } from "csv-parse";
import { createReadStream, promises as fsp } from "node:fs";
import { Readable } from "node:stream";
import type { Cell, Grid } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import type { GridSource } from "../../engine/ingest/workbook";
import { SHEET_KINDS, SHEETS, type SheetKind } from "../../engine/schema";
import { fileError } from "./fileErrors";

export interface CsvSourceOptions {
  /** Rows per block handed to onRows (default 5,000). */
  blockRows?: number;
}

/** The encodings we read: what Excel writes when saving as CSV / Unicode text. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * CSV files as a GridSource: each file is a "sheet" named by its input's English label
 * ("Customers", "Transactions", …) so ingest finds it by name. Streamed with csv-parse; the
 * delimiter (comma, semicolon, tab) is detected from the first lines; the encoding is UTF-8 (with
 * or without BOM), UTF-16 with BOM, or GB18030/GBK (what Chinese Excel writes) when the bytes are
 * not valid UTF-8. Cells stay strings (ingest parses them); empty cells are null. firstRow counts
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
    async readSheet(name, onRows) {
      const file = fileOf(name);
      if (!file) {
        throw new InputError(
          `No CSV file was given for “${name}”.`,
          `没有为“${name}”指定 CSV 文件。`,
        );
      }
      await readCsv(file, blockRows, onRows);
    },
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

async function readCsv(
  file: string,
  blockRows: number,
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
): Promise<void> {
  let encoding: CsvEncoding;
  let delimiter: string;
  try {
    encoding = await detectEncoding(file);
    delimiter = detectDelimiter(await sample(file, encoding));
  } catch (error) {
    throw fileError(file, error, "csv");
  }
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  Readable.from(decoded(file, encoding))
    .on("error", (e) => parser.destroy(e))
    .pipe(parser);
  let block: Grid = [];
  let firstRow = 1;
  let record = 0;
  const iterator = parser[Symbol.asyncIterator]();
  try {
    await readRecords();
  } finally {
    parser.destroy(); // also when onRows throws: stop reading the file
  }

  async function readRecords(): Promise<void> {
    for (;;) {
      let next: IteratorResult<string[]>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw fileError(file, error, "csv");
      }
      if (next.done) break;
      record++;
      if (block.length === 0) firstRow = record;
      block.push(next.value.map(cellOf));
      if (block.length >= blockRows) {
        const out = block;
        block = [];
        await onRows(out, firstRow);
      }
    }
    if (block.length > 0) await onRows(block, firstRow);
  }
}

function cellOf(text: string): Cell {
  return text === "" ? null : text;
}

async function* decoded(file: string, encoding: CsvEncoding): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * The file's encoding: a BOM decides; otherwise UTF-8 when every byte sequence is valid UTF-8
 * (the whole file is checked, as Chinese text may first appear far down), else GB18030.
 */
export async function detectEncoding(file: string): Promise<CsvEncoding> {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let first = true;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      if (first) {
        first = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
        if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
        if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
      }
      try {
        utf8.decode(bytes, { stream: true });
      } catch {
        return "gb18030";
      }
    }
    try {
      utf8.decode();
    } catch {
      return "gb18030";
    }
    return "utf-8";
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
 * outside quotes, the same number of times on the most lines; comma when none does.
 *
 * @example detectDelimiter("客户编号;姓名\nC001;张三\n") // ";"
 */
export function detectDelimiter(text: string): string {
  const lines = splitLines(text, 20);
  let best = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d));
    if (counts.length === 0 || counts[0] === 0) continue;
    const agreeing = counts.filter((c) => c === counts[0]).length;
    const score = agreeing * 1000 + counts[0];
    if (score > bestScore) {
      bestScore = score;
      best = d;
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
