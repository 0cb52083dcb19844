import * as digits from "./shortestDigits";
import * as xmlText from "./xmlText";

// Taken once: read per call as CommonJS (tsx, jest), an imported binding is a getter call.
const { shortestDigits } = digits;
const { escapeContent, escapeXml } = xmlText;

/**
 * A growing buffer that XML is written into as UTF-8 bytes: markup and numbers byte by byte, text
 * encoded straight into the buffer. A sheet's XML is built this way rather than as strings: a
 * megabyte of XML concatenated from millions of small strings is a rope that must be flattened
 * and encoded again before it can be compressed (most of the writer's time, measured).
 *
 * @example
 * const out = new XmlBytes(1024);
 * out.ascii('<v>'); out.int(42); out.ascii('</v>');
 * out.take().toString(); // "<v>42</v>"
 */
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
/** Below this, round(n·10^4) is an int32 (XmlBytes.number's int32 path for 4 decimals). */
const FOUR_DECIMALS_BELOW = 214_748;

/**
 * Bytes written over and over (a cell's markup: `<c s="3"><v>`, `</v></c>`), kept beside their
 * bytes as little-endian 32-bit words, so XmlBytes.frag copies them four bytes a step: copying
 * markup byte by byte was a quarter of writing a 100,000-customer workbook's sheets (measured).
 *
 * @example Fragment.of("</v></c>").bytes.toString() // "</v></c>"
 */
export class Fragment {
  readonly length: number;
  /** The bytes as words (the last one padded with zeros). */
  readonly words: Int32Array;

  constructor(readonly bytes: Buffer) {
    this.length = bytes.length;
    this.words = new Int32Array((bytes.length + 3) >> 2);
    for (let i = 0; i < bytes.length; i++) this.words[i >> 2] |= bytes[i] << ((i & 3) * 8);
  }

  /** The fragment of ASCII text. */
  static of(text: string): Fragment {
    return new Fragment(Buffer.from(text, "latin1"));
  }
}

/**
 * 1 for an ASCII character that XmlBytes.text leaves to escapeXml: < > & " (escaped), _ (an
 * `_xHHHH_` escape must not be read into a text), control characters but tab and line breaks. One
 * load a character instead of six comparisons (about a fifth of the loop, microbenchmark).
 */
const ESCAPED = new Uint8Array(128);
for (let c = 0; c < 32; c++) if (c !== 9 && c !== 10 && c !== 13) ESCAPED[c] = 1;
for (const c of [60, 62, 38, 34, 95]) ESCAPED[c] = 1;

export class XmlBytes {
  private buf: Buffer;
  /** The buffer's words, written by frag (set wherever buf is). */
  private view: DataView;
  pos = 0;

  /**
   * `fresh`: where a new buffer comes from after each `take` (ZipWriter.pieceBuffer: the piece
   * taken is then handed to the compressor as it is, no copy); without it one buffer is reused.
   */
  constructor(
    private readonly capacity: number,
    private readonly fresh?: () => Buffer,
  ) {
    this.buf = fresh?.() ?? Buffer.allocUnsafe(capacity);
    this.view = viewOf(this.buf);
  }

  /** Makes room for n more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(grown, 0, 0, this.pos);
    this.buf = grown;
    this.view = viewOf(grown);
  }

  /**
   * Hands over the bytes written so far, as a view of the buffer, and starts again at its
   * beginning: the view is valid until the next write (copy or consume it first); with `fresh`
   * the view is the caller's to keep, and writing goes on in a fresh buffer. One buffer
   * serves a whole sheet: allocating a fresh megabyte per piece made V8 run full collections of a
   * large heap for the external memory alone (measured: a third of the writer's time). `last`:
   * the final piece (no buffer after it; a later write grows an empty one).
   */
  take(last = false): Buffer {
    const out = this.buf.subarray(0, this.pos);
    if (last) {
      // Nothing more is written: no fresh buffer (with `fresh`, one would be taken from the
      // compressor's pool and never go back to it).
      this.buf = Buffer.alloc(0);
      this.pos = 0;
      this.view = viewOf(this.buf);
      return out;
    }
    if (this.fresh) this.buf = this.fresh();
    else if (this.buf.length > this.capacity * 4) this.buf = Buffer.allocUnsafe(this.capacity);
    this.view = viewOf(this.buf);
    this.pos = 0;
    return out;
  }

  /** Writes prepared bytes (a preformatted fragment). */
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    const buf = this.buf;
    let p = this.pos;
    if (b.length < 48) {
      for (let i = 0; i < b.length; i++) buf[p++] = b[i];
    } else {
      buf.set(b, p);
      p += b.length;
    }
    this.pos = p;
  }

  /** Writes the first n bytes of b. */
  prefix(b: Uint8Array, n: number): void {
    this.ensure(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = b[i];
    this.pos = p;
  }

  /**
   * Writes a fragment, a word at a time: the last word's padding lands past the fragment, where
   * the next write goes (room for it is made; take() hands over only what was written).
   */
  frag(f: Fragment): void {
    const n = f.length;
    this.ensure(n + 3);
    const view = this.view;
    const words = f.words;
    let p = this.pos;
    for (let i = 0; i < words.length; i++) {
      view.setInt32(p, words[i], true);
      p += 4;
    }
    this.pos += n;
  }

  /**
   * Writes a cell's start in one go: `open` (`<c r="AB`), the first n bytes of `row` (the row
   * number's digits), then `rest` (`" s="3"><v>`): the sheet writer's most frequent write.
   */
  cellStart(open: Fragment, row: Uint8Array, n: number, rest: Fragment): void {
    this.frag(open);
    this.ensure(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = row[i];
    this.pos = p;
    this.frag(rest);
  }

  /** Writes text known to be ASCII (markup, numbers' text). */
  ascii(s: string): void {
    this.ensure(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Writes a whole number (|n| < 2^53) in decimal. */
  int(n: number): void {
    this.ensure(17);
    const buf = this.buf;
    let p = this.pos;
    if (n < 0) {
      buf[p++] = 45;
      n = -n;
    }
    if (n < 10) {
      buf[p++] = 48 + n;
      this.pos = p;
      return;
    }
    if (n < 0x7fffffff) {
      // Small whole numbers (counts, dates' serials, cents): int32 arithmetic (digitsInto).
      this.pos = digitsInto(buf, p, n);
      return;
    }
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let q = p + digits;
    this.pos = q;
    while (n >= 10) {
      const next = Math.floor(n / 10);
      buf[--q] = 48 + (n - next * 10);
      n = next;
    }
    buf[--q] = 48 + n;
  }

  /**
   * Writes a number as JavaScript prints it (String(n)): whole numbers digit by digit; numbers
   * with up to 6 decimals (amounts, rates) as digits too, found as the least k for which
   * round(n·10^k) / 10^k is n again (that decimal text reads back as n: both are the correctly
   * rounded quotient, and with the least k it is the shortest text, as String(n) is); any other
   * through String(n).
   */
  number(n: number): void {
    if (Number.isInteger(n)) {
      if (n < 1e15 && n > -1e15) {
        this.int(n); // -0 prints as "0", as String(-0) does
        return;
      }
    } else if (n < 1e9 && n > -1e9) {
      const a = n < 0 ? -n : n;
      if (a < FOUR_DECIMALS_BELOW) {
        // Amounts to the cent and figures to 4 decimals (most of a tab's fractions) in int32
        // arithmetic: when c / 10^4 reads back as n (c = round(n·10^4) < 2^31), round(n·10^6)
        // is c·100 exactly (their difference is far below ½ under 2^18) and reads back too, so
        // the general path below finds the same digits: c's, 1 to 4 decimals without trailing
        // zeros (c is no multiple of 10^4: n is not whole).
        const c = Math.round(a * 1e4);
        if (c / 1e4 === a) {
          this.ensure(24);
          const buf = this.buf;
          let p = this.pos;
          if (n < 0) buf[p++] = 45;
          const whole = (c / 1e4) | 0;
          p = digitsInto(buf, p, whole);
          buf[p++] = 46;
          let frac = c - whole * 10000;
          let k = 4;
          while (frac % 10 === 0) {
            frac = (frac / 10) | 0;
            k--;
          }
          let q = p + k;
          p = q;
          for (let i = 0; i < k; i++) {
            const d = (frac / 10) | 0;
            buf[--q] = 48 + frac - d * 10;
            frac = d;
          }
          this.pos = p;
          return;
        }
      }
      // If any k ≤ 6 decimals read back as n, 6 do (the same decimal, zeros appended, is the same
      // correctly rounded quotient): a full-precision double (a probability, a fitted value: a
      // quarter of the customer tab's numbers) goes to shortestDigits after one test, not six.
      if (Math.round(a * 1e6) / 1e6 !== a) {
        // Its shortest digits by exact double arithmetic (shortestDigits.ts), else String(n).
        this.ensure(32);
        const start = this.pos;
        if (n < 0) this.buf[this.pos++] = 45;
        const end = shortestDigits(a, this.buf, this.pos);
        if (end >= 0) this.pos = end;
        else {
          this.pos = start;
          this.ascii(String(n));
        }
        return;
      }
      // m/10^6 reads back as n (tested above); below 10^9 no other 6-decimal text does (the gap
      // between doubles there is under 10^-6), so the least k whose round(n·10^k)/10^k is n again
      // is 6 less the trailing zeros of m (that k's text, zeros appended, is m's: the product
      // n·10^k rounds to it). Not whole, so m has at most 5 trailing zeros.
      let m = Math.round(a * 1e6);
      let k = 6;
      let next = Math.floor(m / 10);
      while (k > 1 && m === next * 10) {
        m = next;
        k--;
        next = Math.floor(m / 10);
      }
      const scale = POW10[k];
      this.ensure(24);
      if (n < 0) this.buf[this.pos++] = 45;
      const whole = Math.floor(m / scale);
      this.int(whole);
      const buf = this.buf;
      buf[this.pos++] = 46;
      let frac = m - whole * scale;
      // k digits, with leading zeros (0.05 → "05")
      let q = this.pos + k;
      this.pos = q;
      for (let i = 0; i < k; i++) {
        const d = Math.floor(frac / 10);
        buf[--q] = 48 + (frac - d * 10);
        frac = d;
      }
      return;
    }
    this.ascii(String(n));
  }

  /** Writes text as an element's content with its quotes as they are (xmlText.escapeContent). */
  content(s: string): void {
    this.utf8(escapeContent(s));
  }

  /**
   * Writes text as XML character data: short text that needs no escaping is encoded here in one
   * pass (the check is the same loop); anything else goes through escapeXml first.
   */
  text(s: string): void {
    const n = s.length;
    if (n > 64) {
      this.utf8(escapeXml(s));
      return;
    }
    this.ensure(n * 3);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (ESCAPED[c] !== 0) {
          this.utf8(escapeXml(s));
          return;
        }
        buf[p++] = c;
      } else if ((c < 0xd800 || c > 0xdfff) && c < 0xfffe) p = utf8Char(buf, p, c);
      else {
        this.utf8(escapeXml(s)); // surrogates, U+FFFE, U+FFFF
        return;
      }
    }
    this.pos = p;
  }

  /** Writes text as UTF-8 (short text encoded here; long text by Node's encoder). */
  utf8(s: string): void {
    const n = s.length;
    this.ensure(n * 3);
    if (n > 64) {
      this.pos += this.buf.write(s, this.pos, "utf8");
      return;
    }
    this.pos = utf8Into(this.buf, this.pos, s, 0);
  }
}

/**
 * Encodes text[from…] as UTF-8 into buf at p (the caller made room for 3 bytes a character);
 * returns where it ends. Surrogates go through Node's encoder from the first one on (it pairs
 * them, and writes U+FFFD for a lone one). The one UTF-8 encoder of the writers' byte buffers
 * (XmlBytes, byteFile.ts JsonBytes).
 *
 * @example utf8Into(Buffer.alloc(8), 0, "é客", 0) // 5
 */
export function utf8Into(buf: Buffer, p: number, text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) buf[p++] = c;
    else if (c < 0xd800 || c > 0xdfff) p = utf8Char(buf, p, c);
    else return p + buf.write(text.slice(i), p, "utf8");
  }
  return p;
}

/**
 * Encodes one UTF-16 code unit from U+0080 on, not a surrogate, as its 2 or 3 UTF-8 bytes at p;
 * returns where they end.
 *
 * @example utf8Char(Buffer.alloc(3), 0, 0x5ba2) // 3 (客: E5 AE A2)
 */
export function utf8Char(buf: Uint8Array, p: number, c: number): number {
  if (c < 0x800) {
    buf[p] = 0xc0 | (c >> 6);
    buf[p + 1] = 0x80 | (c & 63);
    return p + 2;
  }
  buf[p] = 0xe0 | (c >> 12);
  buf[p + 1] = 0x80 | ((c >> 6) & 63);
  buf[p + 2] = 0x80 | (c & 63);
  return p + 3;
}

/**
 * Writes a whole number 0 ≤ x < 2^31 in decimal at p (int32 arithmetic, the digits counted by
 * comparison, no float division); returns where it ends. The one digit writer of the writers'
 * byte buffers (XmlBytes.int, byteFile.ts JsonBytes.num).
 *
 * @example digitsInto(Buffer.alloc(10), 0, 2025) // 4
 */
export function digitsInto(buf: Uint8Array, p: number, x: number): number {
  x |= 0;
  const digits =
    x < 10
      ? 1
      : x < 100
        ? 2
        : x < 1000
          ? 3
          : x < 10000
            ? 4
            : x < 100000
              ? 5
              : x < 1000000
                ? 6
                : x < 10000000
                  ? 7
                  : x < 100000000
                    ? 8
                    : x < 1000000000
                      ? 9
                      : 10;
  const end = p + digits;
  let q = end;
  while (x >= 10) {
    const next = (x / 10) | 0;
    buf[--q] = 48 + x - next * 10;
    x = next;
  }
  buf[--q] = 48 + x;
  return end;
}

/** A DataView over exactly the bytes of b. */
function viewOf(b: Buffer): DataView {
  return new DataView(b.buffer, b.byteOffset, b.length);
}
