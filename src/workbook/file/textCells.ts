import * as cellBytes from "./cellBytes";
import { decodeXml } from "./xmlText";

// Taken once (see sheetScanner.ts: an imported binding read as CommonJS costs a getter per call).
const { isSpace, utf8 } = cellBytes;

// Byte values and FNV-1a (32 bits) constants.
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const AMP = 38; // &
const UNDERSCORE = 95; // _
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The strings of a sheet's text cells, made from their UTF-8 bytes once per distinct text where the
 * text repeats: a column of product names or customer ids read from inline strings (`<is><t>`, what
 * our own writer and many generators write) repeats a few thousand texts over a million rows, and
 * making a string per cell (a call into Node, an allocation, later a collection) was the largest
 * share of reading such a sheet after the byte loop itself. Repeated texts also come out as the
 * same string, so ingest's maps hash each once (V8 keeps a string's hash in the string).
 *
 * A direct-mapped cache of short texts keyed by a hash of their bytes, checked byte for byte (a
 * collision only costs a miss). Columns whose texts hardly repeat (order numbers) would only churn
 * the cache: each column's hits are counted, and a column that hits less than one time in eight is
 * left out for a while, then tried again (a sheet sorted by customer repeats later); a column of
 * short ASCII texts, one that hits less than seven times in eight (`short`). ASCII texts that are
 * not cached are made by shortAscii (up to 16 bytes) or latin1Slice (no UTF-8 validation: a third
 * faster than utf8Slice), others with utf8Slice.
 *
 * @example
 * const texts = new TextCells();
 * const b = Buffer.from("<t>显示器</t>");
 * texts.text(b, 3, 12, texts.hashOf(b, 3, 12), false, 0) === texts.text(b, 3, 12, texts.hashOf(b, 3, 12), false, 0) // true
 */
export class TextCells {
  /** Where the last plain inline string ended (set by `inline`). */
  end = 0;
  /** Slots (a power of two). */
  private static readonly SLOTS = 1 << 15;
  /** Longest text kept, in bytes. */
  private static readonly MAX_BYTES = 48;
  /**
   * A slot's record, 64 bytes (one cache line where the allocation is aligned): its hash (bytes
   * 0-3, `hashes[slot * 16]`), its length (byte 4), its text's bytes (from byte 8). A lookup of
   * a text not in the processor's caches (a customer id among 100,000) touched three arrays (the
   * hashes, the lengths, the bytes 1.5 MB apart), each a miss.
   */
  private static readonly RECORD = 64;
  private readonly bytes = new Uint8Array(TextCells.SLOTS * TextCells.RECORD);
  private readonly hashes = new Int32Array(this.bytes.buffer);
  private readonly strings: (string | undefined)[] = new Array<string | undefined>(
    TextCells.SLOTS,
  ).fill(undefined);
  /** Per column (the first 64): lookups and hits in the current trial, and cells left to skip. */
  private readonly lookups = new Int32Array(64);
  private readonly hits = new Int32Array(64);
  private readonly skip = new Int32Array(64);
  /**
   * Per column: lookups in the current trial of short ASCII texts (16 bytes at most), which
   * shortAscii makes in ~25-60 ns. For those a lookup that misses the processor's caches costs
   * more than the text: the customer ids of a 1,000,000-row transactions sheet (100,000 ids,
   * two hits in three) took a third of its main-thread read through this cache. A column of
   * them stays cached only while it hits seven times in eight (a few codes, statuses, channels:
   * their slots stay in the processor's caches, and the same string helps ingest's maps).
   */
  private readonly short = new Int32Array(64);

  /**
   * The text of a plain inline string, `<is><t>…</t></is>` from just after "<is" (q), or null
   * when the item is anything else; on success `end` is the position after </is>. `prefix` is the namespace prefix of the
   * sheet's elements ("" or e.g. "x:") as bytes; `column` the cell's 0-based column.
   */
  inline(b: Buffer, q: number, limit: number, prefix: Uint8Array, column: number): string | null {
    while (q < limit && b[q] !== GT) q++;
    if (b[q - 1] === SLASH) return null; // <is/>
    q++;
    if (b[q] !== LT) return null;
    const t = afterPrefix(prefix, b, q + 1);
    if (t < 0 || b[t] !== 116 || !(b[t + 1] === GT || isSpace(b[t + 1]))) return null;
    q = t + 1;
    while (q < limit && b[q] !== GT) q++;
    if (b[q - 1] === SLASH) return null; // <t/>
    const from = q + 1;
    let e = from;
    let special = false;
    let high = 0; // any byte ≥ 0x80 sets bit 7
    let hash = FNV_OFFSET; // FNV-1a of the bytes, for the text cache
    if (this.skip[column & 63] > 0) {
      // A column left out of the cache for now (see text): its texts need no hash.
      while (e < limit) {
        const c = b[e];
        if (c === LT) break;
        if (c === AMP || c === UNDERSCORE) special = true;
        high |= c;
        e++;
      }
    } else {
      while (e < limit) {
        const c = b[e];
        if (c === LT) break;
        if (c === AMP || c === UNDERSCORE) special = true;
        high |= c;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        e++;
      }
    }
    // </t></is>
    if (b[e + 1] !== SLASH) return null;
    let k = afterPrefix(prefix, b, e + 2);
    if (k < 0 || b[k] !== 116 || b[k + 1] !== GT) return null;
    k += 2;
    if (b[k] !== LT || b[k + 1] !== SLASH) return null;
    k = afterPrefix(prefix, b, k + 2);
    if (k < 0 || b[k] !== 105 || b[k + 1] !== 115 || b[k + 2] !== GT) return null;
    this.end = k + 3;
    if (special) return decodeXml(utf8(b, from, e));
    return this.text(b, from, e, hash, (high & 0x80) === 0, column);
  }

  /**
   * Whether `text` looks a text of this column (0-based) up by its hash now: false while the
   * column is left out of the cache (its texts hardly repeat), when any hash may be given.
   */
  hashed(column: number): boolean {
    return this.skip[column & 63] === 0;
  }

  /**
   * FNV-1a of b[from, to): what `text` expects as `hash` (the scanner computes the same inline as it
   * walks the bytes).
   */
  hashOf(b: Uint8Array, from: number, to: number): number {
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], FNV_PRIME);
    return h;
  }

  /**
   * The string of the UTF-8 bytes b[from, to) (no XML escapes in them), with `hash` their FNV-1a
   * hash and `ascii` true when every byte is below 0x80; `column` is the cell's 0-based column.
   */
  text(b: Buffer, from: number, to: number, hash: number, ascii: boolean, column: number): string {
    const length = to - from;
    const c = column & 63;
    if (length === 0 || length > TextCells.MAX_BYTES || this.skip[c] > 0) {
      if (length > 0 && length <= TextCells.MAX_BYTES) this.skip[c]--;
      return decode(b, from, to, ascii);
    }
    const slot = (hash ^ (hash >>> 15)) & (TextCells.SLOTS - 1);
    const lookups = ++this.lookups[c];
    if (ascii && length <= 16) this.short[c]++;
    const bytes = this.bytes;
    const record = slot * TextCells.RECORD;
    const at = record + 8;
    if (this.hashes[slot * 16] === hash && bytes[record + 4] === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (bytes[at + i] !== b[from + i]) {
          same = false;
          break;
        }
      }
      const s = this.strings[slot];
      if (same && s !== undefined) {
        this.hits[c]++;
        return s;
      }
    }
    if (lookups >= 4096) {
      // End of a trial: a column hitting less than one time in eight skips its next 65,536 texts;
      // a column of mostly short ASCII texts, less than seven times in eight (see `short`).
      const need = this.short[c] * 2 > lookups ? 7 : 1;
      if (this.hits[c] * 8 < lookups * need) this.skip[c] = 65536;
      this.lookups[c] = 0;
      this.hits[c] = 0;
      this.short[c] = 0;
    }
    const s = decode(b, from, to, ascii);
    for (let i = 0; i < length; i++) bytes[at + i] = b[from + i];
    bytes[record + 4] = length;
    this.hashes[slot * 16] = hash;
    this.strings[slot] = s;
    return s;
  }
}

/** The position after the element name's prefix at p (p just after "<" or "</"), or -1. */
function afterPrefix(prefix: Uint8Array, b: Uint8Array, p: number): number {
  for (let i = 0; i < prefix.length; i++) if (b[p + i] !== prefix[i]) return -1;
  return p + prefix.length;
}

/** Node's Buffer methods behind toString(encoding, start, end), called without its argument checks. */
interface ByteSlices {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
}

function decode(b: Buffer, from: number, to: number, ascii: boolean): string {
  const slices = b as unknown as ByteSlices;
  if (!ascii) return slices.utf8Slice(from, to);
  return to - from <= 16 ? shortAscii(b, from, to - from) : slices.latin1Slice(from, to);
}

const char = String.fromCharCode;

/**
 * The string of `length` ASCII bytes at b[f] (1 to 16; longer through latin1Slice):
 * String.fromCharCode with the bytes as its arguments, made in V8 itself, where latin1Slice is a
 * call into Node's C++ (~110 ns for a 7-digit customer id or a 15-character order number, against
 * ~25-60 ns here; a 1,000,000-row transactions sheet makes 1.3 million such texts). Every byte is
 * below 0x80, so the string is the one latin1Slice (and utf8Slice) makes: flat, one byte a
 * character.
 */
export function shortAscii(b: Buffer, f: number, length: number): string {
  switch (length) {
    case 1:
      return char(b[f]);
    case 2:
      return char(b[f], b[f + 1]);
    case 3:
      return char(b[f], b[f + 1], b[f + 2]);
    case 4:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3]);
    case 5:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4]);
    case 6:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5]);
    case 7:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6]);
    case 8:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7]);
    case 9:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
      );
    case 10:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
      );
    case 11:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
        b[f + 10],
      );
    case 12:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
        b[f + 10],
        b[f + 11],
      );
    case 13:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
        b[f + 10],
        b[f + 11],
        b[f + 12],
      );
    case 14:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
        b[f + 10],
        b[f + 11],
        b[f + 12],
        b[f + 13],
      );
    case 15:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
        b[f + 10],
        b[f + 11],
        b[f + 12],
        b[f + 13],
        b[f + 14],
      );
    case 16:
      return char(
        b[f],
        b[f + 1],
        b[f + 2],
        b[f + 3],
        b[f + 4],
        b[f + 5],
        b[f + 6],
        b[f + 7],
        b[f + 8],
        b[f + 9],
        b[f + 10],
        b[f + 11],
        b[f + 12],
        b[f + 13],
        b[f + 14],
        b[f + 15],
      );
    default:
      return (b as unknown as ByteSlices).latin1Slice(f, f + length);
  }
}
