import { open, type FileHandle } from "node:fs/promises";
import type { JsonRows, JsonSink } from "../../engine/report/jsonSink";
import * as xmlBytes from "./xmlBytes";

// Taken once: read per call as CommonJS (tsx, jest), an imported binding is a getter call.
const { digitsInto, utf8Char, utf8Into } = xmlBytes;

/** Bytes gathered before each write to the file. */
const BLOCK = 1 << 20;

/**
 * A file written in blocks of bytes the caller encodes (JsonBytes: UTF-8, numbers digit by digit).
 * Text files of a million rows (the JSON result) were written as strings concatenated into blocks;
 * turning each block back into bytes (flattening the rope, then encoding it) was half of the
 * JSON's writing time (profile at 100,000 customers).
 *
 * @example
 * const file = await ByteFile.open("out.txt");
 * await file.write(Buffer.from("héllo\n"));
 * await file.close();
 */
export class ByteFile {
  private constructor(private readonly handle: FileHandle) {}

  static async open(path: string): Promise<ByteFile> {
    return new ByteFile(await open(path, "w"));
  }

  /** Writes bytes (gathered elsewhere) after what was written. */
  async write(bytes: Uint8Array): Promise<void> {
    // The view is reused after this: each write is awaited before anything more is encoded.
    for (let at = 0; at < bytes.length;) {
      const { bytesWritten } = await this.handle.write(bytes, at, bytes.length - at);
      at += bytesWritten;
    }
  }

  /** Closes the file (everything was written by write). */
  async close(): Promise<void> {
    await this.handle.close();
  }

  /** Closes the file without writing the rest (after a failure; the caller removes the file). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/**
 * A JSON sink (engine/report/jsonSink.ts) that encodes into a buffer of its own: JSON text and
 * strings as UTF-8 in one pass (a string holding a character JSON escapes — `"`, `\\`, a control
 * character, a surrogate — goes as JSON.stringify's text), numbers digit by digit. The bytes are
 * JSON.stringify's text encoded (test/workbook/file/byteFile.test.ts: random strings and numbers).
 * Its own buffer, not an XmlBytes: each row of the JSON result is some 80 small writes, and calls
 * into the general encoder cost as much as JSON.stringify of the row did (measured).
 *
 * @example const out = new JsonBytes(); out.str("客户"); out.take().toString() // '"客户"'
 */
export class JsonBytes implements JsonSink {
  private buf = Buffer.allocUnsafe(BLOCK + (BLOCK >> 2));
  /** Bytes written since the last take. */
  pos = 0;

  /** Hands over the bytes written, a view valid until the next write, and starts again. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.pos = 0;
    return out;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(grown, 0, 0, this.pos);
    this.buf = grown;
  }

  raw(text: string): void {
    const n = text.length;
    if (n === 1) {
      // A comma or a bracket, some 40 per customer row: one byte, no loop (inlined where the
      // text is a constant, the test folds away).
      const c = text.charCodeAt(0);
      if (c < 0x80) {
        if (this.pos >= this.buf.length) this.room(1);
        this.buf[this.pos++] = c;
        return;
      }
    }
    this.room(n * 3);
    if (n > 64) {
      // A long piece (a top-level block): Node's encoder.
      this.pos += this.buf.write(text, this.pos, "utf8");
      return;
    }
    this.pos = utf8Into(this.buf, this.pos, text, 0);
  }

  str(text: string): void {
    if (typeof text !== "string") {
      this.raw(JSON.stringify(text) ?? "null");
      return;
    }
    const n = text.length;
    this.room(n * 3 + 2);
    const buf = this.buf;
    let p = this.pos;
    buf[p++] = 34;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c < 32 || c === 34 || c === 92) {
          this.raw(JSON.stringify(text));
          return;
        }
        buf[p++] = c;
      } else if (c < 0xd800 || c > 0xdfff) p = utf8Char(buf, p, c);
      else {
        // A surrogate: JSON.stringify's text (a pair kept, a lone one escaped), encoded whole.
        this.raw(JSON.stringify(text));
        return;
      }
    }
    buf[p++] = 34;
    this.pos = p;
  }

  /**
   * String(n)'s text (null when not finite). Whole numbers and figures of at most 6 decimals
   * (amounts to the cent, rates to 4 decimals, churn probabilities to a millionth: every number of
   * a row) digit by digit: below 10^9 the gap between doubles is under 2^-23 (1.2 × 10^-7), so no
   * two decimals of at most 6 places read back as the same double, and String(n), the shortest
   * decimal that reads back as n, is n's 6 places without their trailing zeros. Any other number
   * through String(n). The probabilities went through String(n) until stop 54: a third of this
   * sink's number time, a HeapNumber's string made and dropped per customer.
   */
  num(n: number): void {
    this.room(24);
    const buf = this.buf;
    let p = this.pos;
    const a = n < 0 ? -n : n;
    if (a < 2147483648 && Number.isInteger(a)) {
      if (n < 0) buf[p++] = 45;
      this.pos = digitsInto(buf, p, a); // -0 is "0", as String(-0)
      return;
    }
    const m = Math.round(a * 1e6);
    if (a < 1e9 && m / 1e6 === a) {
      if (n < 0) buf[p++] = 45;
      const whole = Math.floor(m / 1e6);
      p = digitsInto(buf, p, whole);
      // Not whole (tested above): 1 to 6 decimals once the trailing zeros are dropped.
      let frac = m - whole * 1e6;
      let k = 6;
      for (let next = (frac / 10) | 0; next * 10 === frac; next = (frac / 10) | 0) {
        frac = next;
        k--;
      }
      buf[p++] = 46;
      for (let q = p + k - 1; q >= p; q--) {
        const next = (frac / 10) | 0;
        buf[q] = 48 + frac - next * 10;
        frac = next;
      }
      this.pos = p + k;
      return;
    }
    this.raw(Number.isFinite(n) ? String(n) : "null");
  }
}

/**
 * Writes text pieces (a generator of JSON, say) to `path` as UTF-8, through one reused buffer;
 * rows among them (JsonRows: the JSON result's long lists) are written straight into it, item by
 * item (JsonBytes).
 *
 * @example await writeTextPieces("result.json", resultJsonParts(analysis, "en-US", new Date()));
 */
export async function writeTextPieces(
  path: string,
  pieces: Iterable<string | JsonRows>,
): Promise<void> {
  const file = await ByteFile.open(path);
  const out = new JsonBytes();
  try {
    for (const piece of pieces) {
      if (typeof piece === "string") out.raw(piece);
      else
        for (let i = 0; i < piece.count; i++) {
          piece.write(out, i);
          if (out.pos >= BLOCK) await file.write(out.take());
        }
      if (out.pos >= BLOCK) await file.write(out.take());
    }
    await file.write(out.take());
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.close();
}
