import { isUtf8 } from "node:buffer";
import { openPieces } from "./csvFile";

/** The encodings we read: what Excel writes when saving as CSV / Unicode text. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | "windows-1252";

/**
 * The file's encoding: a UTF-16 BOM decides; then NUL bytes at every other byte of its start say
 * UTF-16 without a BOM (utf16Unmarked); otherwise UTF-8 when every byte sequence is valid UTF-8
 * (the whole file is checked, as Chinese text may first appear far down), else GB18030: then the
 * reader decodes line by line, so UTF-8 lines in it stay UTF-8. Or Windows-1252, what Western
 * Excel's "CSV (Comma delimited)" writes, when the piece that is not UTF-8 reads as single bytes
 * (latinSingleBytes): tester43 #4 read `Hélène Müller` as GBK, `H閘鑞e M黮ler`, with no word. Or Big5,
 * what Traditional Chinese Excel writes (Taiwan, Hong Kong), when that piece reads as Big5's
 * common characters rather than GBK's (big5Text): tester51 C2 read it as GBK,
 * 臺灣資訊股份有限公司 → 籓芖戈癟Τそ, exit 0. A UTF-8 BOM does not spare the
 * check: a BOM-ed file with a row pasted in from a GBK file was read as UTF-8 throughout, that row
 * garbled (U+FFFD) without a word (stop 26 tester); line by line it is read right and noted.
 * `prefixBytes`: only so many bytes (rounded up to a 256 KB piece) are read; the caller checks the
 * rest (readUtf8Columns' `checkUtf8`).
 */
export async function detectEncoding(file: string, prefixBytes = Infinity): Promise<CsvEncoding> {
  const reader = await openPieces(file);
  let first = true;
  const check = new Utf8Check();
  // One buffer for every piece: Utf8Check keeps a copy of what it carries over.
  const buffer = Buffer.allocUnsafe(256 * 1024);
  let seen = 0;
  try {
    for (;;) {
      // Only a prefix (an aside read checks the rest while splitting it: csvColumns.ts): UTF-8 so
      // far says "utf-8", a character cut at the prefix's end included.
      if (seen >= prefixBytes) return "utf-8";
      const read = await reader.read(buffer, 0, buffer.length);
      if (read === 0) break;
      seen += read;
      const bytes = buffer.subarray(0, read);
      if (first) {
        first = false;
        if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
        if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
        const unmarked = utf16Unmarked(bytes);
        if (unmarked) return unmarked;
      }
      if (!check.push(bytes)) {
        if (latinSingleBytes(bytes)) return "windows-1252";
        return big5Text(bytes, seen === read) ? "big5" : "gb18030";
      }
    }
    return check.end() ? "utf-8" : "gb18030";
  } finally {
    await reader.close();
  }
}

/**
 * Whether bytes that are not UTF-8 throughout are text of one byte a character (Windows-1252:
 * `Müller` is 4D FC 6C 6C 65 72) rather than GBK/GB18030, whose characters are two bytes, both
 * A1–FE for the GB2312 characters that make up nearly all Chinese text. Never with a UTF-8 BOM or
 * two valid UTF-8 characters of 2–4 bytes in the piece (a UTF-8 file with a row from elsewhere is
 * read line by line). Of the other bytes ≥ 0x80, a lone one that no GBK character can be (before a
 * space, digit, comma or line end) or a lone Latin letter before an ASCII letter counts for
 * Windows-1252, a pair of such bytes against it: at least three times as many for than against
 * say Windows-1252 (`José Ñúñez` has one pair, Ñú). A lone byte below C0 before an ASCII letter
 * counts neither way (’s in Windows-1252, 昇 in GBK).
 *
 * @example latinSingleBytes(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])) // true
 * @example latinSingleBytes(Buffer.from([0xd5, 0xc5, 0xc8, 0xfd])) // false (张三 in GBK)
 */
export function latinSingleBytes(bytes: Uint8Array): boolean {
  // A UTF-8 BOM says the writer meant UTF-8: a pasted row is read line by line (stop 26).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  let single = 0;
  let pairs = 0;
  let utf8 = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = utf8SequenceAt(bytes, i);
    if (size > 0) {
      // Two UTF-8 characters or more: a UTF-8 file with a row from elsewhere, read line by line,
      // its UTF-8 rows kept (reviewer43 D1). One may be chance: É then a no-break space, C9 A0 (D14).
      if (++utf8 >= 2) return false;
      i += size;
      continue;
    }
    const next = i + 1 < n ? bytes[i + 1] : 0;
    if (next >= 0x80) {
      pairs++;
      i += 2;
      continue;
    }
    // A lone byte before one below 0x40 (space, digit, comma, line end) is no GBK character, whose
    // second byte is 40–FE: Windows-1252's `Café,` `– 2 m` `€1,200`. A lone Latin letter (C0–FF, not
    // × ÷) before an ASCII letter is likely too (`Müller`). A lone byte below C0 before an ASCII
    // letter is either: `’s` in Windows-1252, 昇 (95 4E) in GBK (reviewer43 D3, D14): it counts
    // neither way.
    if (next < 0x40 || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7)) single++;
    i++;
  }
  return single > 0 && single >= 3 * pairs;
}

/**
 * Whether bytes that are neither UTF-8 nor single-byte text are Big5 rather than GBK/GB18030: more
 * of their two-byte characters are Big5's common ones (symbols A140–A3BF, the 5,401 frequent hanzi
 * A440–C67E) than GB2312's (symbols A1–A3, hanzi B0–F7, each with a second byte A1–FE: what
 * Simplified Chinese text is made of), and the whole lines among them decode as Big5 without an
 * error. Simplified text in GBK never passes (every GB2312 character counts for GBK, at most as
 * many for Big5); Big5 text read as GBK is mostly outside GB2312 (a second byte 40–7E, a first
 * A4–AF) while nearly all its characters are Big5's frequent ones. A digit as a second byte is
 * GB18030's four-byte form, never Big5. `fromStart`: the bytes are the file's first. Measured on random names (test/workbook/file/big5.test.ts).
 *
 * @example big5Text(Buffer.from([0xb3, 0xaf, 0xac, 0xfc, 0xc4, 0x52])) // true (陳美麗 in Big5)
 * @example big5Text(Buffer.from([0xb3, 0xc2, 0xc3, 0xc0, 0xc0, 0xf6])) // false (陈美丽 in GBK)
 */
export function big5Text(bytes: Uint8Array, fromStart = true): boolean {
  // Whole lines only: a piece may end inside a character, and one from further down (not
  // `fromStart`) start inside one.
  const first = fromStart ? -1 : bytes.indexOf(0x0a);
  const last = bytes.lastIndexOf(0x0a);
  const lines = first < last ? bytes.subarray(first + 1, last + 1) : bytes;
  let pairs = 0;
  let gb = 0;
  let big5 = 0;
  const n = lines.length;
  for (let i = 0; i < n;) {
    const lead = lines[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = i + 1 < n ? lines[i + 1] : 0;
    if (trail >= 0x30 && trail <= 0x39) return false;
    pairs++;
    if (gb2312Common(lead, trail)) gb++;
    const code = (lead << 8) | trail;
    if ((code >= 0xa140 && code <= 0xa3bf) || (code >= 0xa440 && code <= 0xc67e)) big5++;
    i += 2;
  }
  if (pairs < 2 || big5 <= gb) return false;
  try {
    new TextDecoder("big5", { fatal: true }).decode(lines);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether two bytes are one of GB2312's common characters: full-width marks (rows A1–A3) or hanzi
 * (rows B0–F7), each with a second byte A1–FE: what Simplified Chinese text is made of. The one
 * test of it, for big5Text and fileErrors' legacyCjkEncoding.
 *
 * @example gb2312Common(0xd5, 0xc5) // true (张 in GBK)
 */
export function gb2312Common(lead: number, trail: number): boolean {
  const row = (lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xf7);
  return row && trail >= 0xa1 && trail <= 0xfe;
}

/**
 * The length of the valid UTF-8 character of 2–4 bytes at `i`, or 0 (an ASCII byte, a byte that
 * begins no character, a character cut short): the one check of a sequence, for latinSingleBytes
 * and csvByLine's utf8Evidence.
 *
 * @example utf8SequenceAt(Buffer.from("中"), 0) // 3
 */
export function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const size = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? (b <= 0xef ? 3 : 0) : b >= 0xc2 ? 2 : 0;
  if (size === 0 || i + size > bytes.length) return 0;
  for (let k = 1; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  const c = bytes[i + 1];
  // Overlong and surrogate forms (E0 80–9F, ED A0–BF, F0 80–8F, F4 90+) are no characters.
  if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0)) return 0;
  if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90)) return 0;
  return size;
}

/** Bytes of a file's start that utf16Unmarked looks at. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, told by its NUL bytes: every ASCII character (digits, delimiters, line
 * breaks) of UTF-16 has a 0 byte, second in little-endian and first in big-endian order, while text
 * in UTF-8 or GB18030 has none. Little-endian when the start's NULs are at odd offsets (at least
 * two, and at least 1% of its characters) and at most a quarter as many at even ones; big-endian the
 * other way round; else null. Without it such a file read as garbage headers (`7b鱏`).
 *
 * @example utf16Unmarked(Buffer.from("id,name\n", "utf16le")) // "utf-16le"
 */
export function utf16Unmarked(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const enough = Math.max(2, (n / 2) * 0.01);
  if (odd >= enough && even * 4 <= odd) return "utf-16le";
  if (even >= enough && odd * 4 <= even) return "utf-16be";
  return null;
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
    let bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    // The piece's leading continuation bytes (at most 4 looked at) end the character carried over.
    // Bytes are UTF-8 throughout when both sides of a cut before a byte that is not a continuation
    // are: so those few bytes are checked joined to the carry, and the rest of the piece on its
    // own, not copied behind the carry (a 256 KB copy, new memory, per piece: ~80 ms at 60 MB).
    let head = 0;
    while (head < bytes.length && head < 4 && (bytes[head] & 0xc0) === 0x80) head++;
    if (this.carry !== null || head > 0) {
      if (head === bytes.length) {
        // Continuation bytes only (a tiny piece): they join the carry and wait with it.
        bytes = this.carry ? Buffer.concat([this.carry, bytes]) : bytes;
      } else {
        const joined = this.carry
          ? Buffer.concat([this.carry, bytes.subarray(0, head)])
          : bytes.subarray(0, head);
        if (!isUtf8(joined)) return (this.valid = false);
        bytes = bytes.subarray(head);
      }
    }
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
