import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../../engine/schema";
import { textLanguage } from "../../engine/words/language";
import { InputError } from "../../engine/errors";
import { sayBoth, type Code } from "../../engine/words/catalog";
import type { WordParams } from "../../engine/words/format";
import { ZipFormatError, ZipPartError } from "./zipReader";
import { READING_STOPPED } from "./readingStopped";
import { SST_CUT_SHORT } from "./sharedStrings";
import { big5Text, gb2312Common, utf16Unmarked } from "./csvEncoding";

// Re-exported for the readers that raise it (csvAside.ts, inflateWorker.ts).
export { readingStopped } from "./readingStopped";

/**
 * The one-line InputError for a file that cannot be read: missing, not a workbook, damaged.
 * File-system and zip errors are never shown raw (no stack trace, no errno noise).
 *
 * @example fileError("in.xlsx", Object.assign(new Error(), { code: "ENOENT" })).message
 * // "Cannot open “in.xlsx”: the file does not exist."
 */
export function fileError(file: string, error: unknown, kind: "xlsx" | "csv" = "xlsx"): InputError {
  if (error instanceof InputError) return error;
  const say = (code: Code<"file">, params: WordParams = {}) =>
    InputError.of(sayBoth("file", code, { file, ...params }));
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return say("missing");
  if (code === "EISDIR") return say("folder");
  if (code === "EACCES" || code === "EPERM") return say("denied");
  if (code === "EBUSY") return say("locked");
  if (error instanceof ZipFormatError) {
    if (error.reason === "ole") return say("protectedOrXls");
    if (error.reason === "too_large") return say("tooLarge", { detail: oneLine(error) });
    // A CSV given where a workbook is expected (`analyze c.csv`): say how to give CSV files.
    // A CSV saved under an .xlsx name is told by its content (stop 33 tester #7).
    // A 0-byte file: empty, as an empty CSV file is said to be (tester47 L5).
    if (error.reason === "not_zip" && byteCount(file) === 0) return say("emptyFile");
    if (error.reason === "not_zip") {
      if (/\.(csv|tsv|txt)$/i.test(file)) return say("csvNotWorkbook");
      // The name's own ending (tester66 U244: c.xls was said to end in .xlsx).
      if (looksLikeCsv(file)) return say("csvNamedXlsx", { ext: path.extname(file) || ".xlsx" });
      return say("notWorkbook");
    }
    // The zip directory is at the end: a file cut short has none (yauzl's English said so).
    if (error.reason === "corrupt" && /end of central directory/i.test(error.message))
      return say("truncated");
  }
  // Our own errors, said in the user's words: their figures are read back from the message,
  // the one thing that crosses from a worker (the aside thread's CSV or workbook role) with the code.
  if (code === READING_STOPPED) return say("readingStopped");
  if (code === SST_CUT_SHORT) return say("sharedStringsCutShort");
  if (code === "CSV_QUOTE_NOT_CLOSED") {
    const row = /row (\d+)/.exec(oneLine(error))?.[1];
    if (row) return say("quoteNotClosed", { row: Number(row) });
  }
  if (error instanceof ZipPartError) {
    const detail = oneLine(error);
    const part = error.part;
    if (error.reason === "size") {
      // zipReader's figures and zlib's reason, read back: said in the user's words, not English.
      const past = /past the (\d+) bytes/.exec(detail);
      if (past) return say("damagedPartSize", { part, size: Number(past[1]) });
      const short = /has (\d+) bytes where the archive says (\d+)/.exec(detail);
      if (short)
        return say("damagedPartShort", { part, bytes: Number(short[1]), size: Number(short[2]) });
      if (/ is damaged \(/.test(detail)) return say("damagedPartData", { part });
    }
    if (error.reason === "too_large") return say("tooLarge", { detail });
    if (error.reason === "crc") return say("damagedPartCrc", { part });
    return say("damagedPart", { part, detail });
  }
  const detail = oneLine(error);
  return say(kind === "csv" ? "cannotReadCsv" : "damaged", { detail });
}

/** The file's size in bytes; null when it cannot be read. */
function byteCount(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** Bytes of a file's start looked at to tell CSV text from anything else. */
const SNIFF_BYTES = 4096;

/**
 * True when a file starts as delimited text: no NUL byte in its first bytes (binary files have
 * them; UTF-16 text too, which our CSV reader does not take) and its first two lines hold as many
 * of one separator (comma, semicolon, tab). Unreadable: false.
 *
 * @example looksLikeCsv("cust.xlsx") // true for "客户编号,客户名称\n…" saved as .xlsx
 */
export function looksLikeCsv(file: string): boolean {
  return csvHead(file) !== null;
}

/** The first line of a file that starts as delimited text (looksLikeCsv), else null. */
function csvHead(file: string): string | null {
  const head = Buffer.alloc(SNIFF_BYTES);
  let n = 0;
  try {
    const fd = openSync(file, "r");
    try {
      n = readSync(fd, head, 0, SNIFF_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const bytes = head.subarray(0, n);
  if (n === 0 || bytes.includes(0)) return null;
  const lines = bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  // Two lines with as many of one separator: a table, not a sentence with a comma in it
  // ("hello, this is not a workbook" gets the plain message).
  if (lines.length < 2) return null;
  const count = (line: string, sep: string) => line.split(sep).length - 1;
  for (const sep of [",", ";", "\t", "\uFF0C"]) {
    const n = count(lines[0], sep);
    if (n > 0 && count(lines[1], sep) === n) return lines[0];
  }
  return null;
}

/**
 * The language of a file given as a workbook that does not open as one, for its error (stop 33
 * tester #7: "文件.xlsx" answered in English under LANG=C.UTF-8): a CSV's header line, else the
 * file's name; null when neither has Chinese (then the system's language decides).
 *
 * @example unopenedLanguage("/tmp/文件.xlsx") // "zh-CN"
 */
export function unopenedLanguage(file: string): Lang | null {
  const head = csvHead(file);
  return textLanguage([...(head ? [head] : []), path.basename(file)], null);
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/)[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "unknown error";
}

/**
 * What a file given as a CSV file holds when it is not text, told from its first bytes, else null
 * (text, or unreadable: left to the read). A zip archive is a workbook ("xlsx"); an OLE file is an
 * old .xls or a password-protected workbook ("xls"); PNG, JPEG, GIF and PDF by their signatures; any
 * other file that is not UTF-16 (a BOM, or utf16Unmarked) with a NUL byte in its first line (or in
 * a first 4 KB with no line end) is "binary". Tester50 M2: a PNG renamed .csv was read as text and its bytes listed as the "headers
 * found" (塒NG), whose Han character then made the error Chinese for an English user.
 *
 * @example binaryKind("icon.csv") // "PNG" for a PNG image renamed .csv
 */
export function binaryKind(file: string): BinaryKind | null {
  const head = Buffer.alloc(SNIFF);
  let n: number;
  try {
    const fd = openSync(file, "r");
    try {
      n = readSync(fd, head, 0, SNIFF, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const bytes = head.subarray(0, n);
  const starts = (...sig: number[]) => n >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "xlsx";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "xls";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "PNG";
  if (starts(0xff, 0xd8, 0xff)) return "JPEG";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "GIF";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "PDF";
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff) || utf16Unmarked(bytes)) return null;
  // A NUL in the header line (or in a first 4 KB with no line end) is no CSV; one further down (a
  // NUL inside a field, padding after an interrupted copy) is the reader's to report on its row
  // (csvRecords.ts reads NULs): such a file was analysed before (reviewer50 M1).
  const nul = bytes.indexOf(0);
  if (nul < 0) return null;
  const lineEnd = bytes.findIndex((b) => b === 0x0a || b === 0x0d);
  return lineEnd < 0 || nul < lineEnd ? "binary" : null;
}

/** What binaryKind tells: a workbook, or a kind of file that is no text at all. */
export type BinaryKind = "xlsx" | "xls" | "PNG" | "JPEG" | "GIF" | "PDF" | "binary";

const SNIFF = 4096;

/**
 * The error for a file given as a CSV file that is not text (binaryKind), else null: a workbook is
 * told to be given by itself (named as `typed`: as a shell takes it, src/cli/shellWord.ts; tester50
 * M2: the advice's curly quotes, analyze “xlsx.csv”, could not be pasted), an OLE file to be saved
 * as .xlsx, anything else that it is not a CSV text file and what it looks like.
 *
 * @example binaryAsCsv("book.csv", "book.csv")?.in("en-US") // "“book.csv” is an Excel workbook, not a CSV file. …"
 */
export function binaryAsCsv(file: string, typed: string): InputError | null {
  const kind = binaryKind(file);
  if (kind === null) return null;
  if (kind === "xlsx") return InputError.of(sayBoth("file", "workbookNotCsv", { file, typed }));
  if (kind === "xls") return InputError.of(sayBoth("file", "protectedOrXls", { file }));
  if (kind === "binary") return InputError.of(sayBoth("file", "binaryNotCsv", { file }));
  return InputError.of(sayBoth("file", "binaryKindNotCsv", { file, kind }));
}

/**
 * The legacy CJK encoding other than GB18030 a CSV file's start looks like, else null (tester50
 * M4: a Big5 or Shift-JIS file was read as GB18030 and told only that its header was missing, the
 * headers found garbled). Asked on an error's path only: the start is not UTF-8 (nor UTF-16), its
 * two-byte characters read as GB18030 are mostly outside GB2312's common hanzi and full-width
 * marks (A1–A3, B0–F7 rows: what Simplified Chinese text is made of; Big5's common hanzi read as
 * kana and bopomofo there, Shift-JIS's as GBK's rare extension), and it decodes without an error
 * as Big5 or Shift-JIS.
 *
 * @example legacyCjkEncoding("big5.csv") // "Big5"
 */
export function legacyCjkEncoding(file: string): "Big5" | "Shift-JIS" | null {
  const head = Buffer.alloc(SNIFF * 2);
  let n: number;
  try {
    const fd = openSync(file, "r");
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  // Whole lines only: a character cut at the end would fail the strict decoding.
  const end = n < head.length ? n : head.lastIndexOf(0x0a, n - 1) + 1;
  const bytes = head.subarray(0, end);
  if (end === 0 || isUtf8(bytes) || bytes.includes(0)) return null;
  let pairs = 0;
  let common = 0;
  let belowBig5 = 0; // lead bytes 81–A0: Shift-JIS's kanji and kana, no Big5 character's
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (lead < 0xa1) belowBig5++;
    if (gb2312Common(lead, trail)) common++;
    // GB18030's four-byte characters: a digit second.
    i += trail >= 0x30 && trail <= 0x39 ? 4 : 2;
  }
  if (pairs < 2 || common >= pairs * 0.8) return null;
  // Read as Big5 already (detectEncoding): its error is not the encoding's.
  if (big5Text(bytes)) return null;
  // The WHATWG big5 decoder (HKSCS) takes leads from 81 too, so most Shift-JIS text decodes as
  // Big5 without an error: leads below Big5's A1 say Shift-JIS first (顧客ID was named Big5).
  const big5: readonly ["Big5", "big5"] = ["Big5", "big5"];
  const sjis: readonly ["Shift-JIS", "shift_jis"] = ["Shift-JIS", "shift_jis"];
  for (const [name, label] of belowBig5 * 2 > pairs ? [sjis, big5] : [big5, sjis]) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes);
      return name;
    } catch {
      // not this one
    }
  }
  return null;
}
