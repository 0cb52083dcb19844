import { sortHashes } from "../sortHashes";

// The run state's cells of the schedule texts' hashes (typedNotes.ts WrittenTexts), made from the
// hashes alone: a pure function in a module of its own, so that the command line makes them on its
// JSON thread (cli/jsonWorker.ts) without loading the follow-up words (issue 11: the sort and the
// text were the last serial ~35 ms of the state tab on the main thread).

/** Characters of a run-state cell of hashes (below a cell's 32,767). */
export const WRITTEN_CELL_CHARS = 32_000;
/** The most characters one hash takes in a cell (11 base-36 digits and a space; 11 VLQ digits). */
export const WRITTEN_HASH_CHARS = 12;
/** A cell of keyed hashes starts with it (an older build reads such a cell as no hash: NaN). */
export const KEYED_MARK = "~";
/** VLQ digits: 5 bits each, 32 set on all but a number's last digit (base64url's letters). */
export const VLQ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VLQ_CODES = new Uint8Array(64);
for (let i = 0; i < VLQ.length; i++) VLQ_CODES[i] = VLQ.charCodeAt(i);
/**
 * Written for VLQ's `_` where `_` opens `_x`, 1-4 hex digits and `_` (tester50 H1): LibreOffice
 * (checked: 7.x headless) reads such a text as the OOXML escape of a control character
 * (`…w_xC_3…` became U+000C, saved as `_x000c_`), and the state's hashes after it were lost. An
 * `_x005F_` escape is no cure: LibreOffice writes it back as the bare `_xC_` and decodes that on
 * the next open, and Excel accepts `_x005F_` only before `_xHHHH_` (MS-OI29500 2.1.1747, on
 * ECMA-376 Part 1 22.9.2.19 ST_Xstring). Read as `_`: a state written before it reads as it did.
 */
export const VLQ_UNDERSCORE = ".";
/** `_` where an OOXML reader may take it for an `_xH…_` escape. */
const ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{1,4}_)/g;

/** A cell's text with no `_xH…_` lookalike (VLQ_UNDERSCORE). */
function withoutEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPE_LIKE, VLQ_UNDERSCORE);
}
/**
 * The cells' characters are ASCII: codes to a string 8,192 at a time. Not TextDecoder, a Web API
 * the engine may not use (tsconfig.engine.json: no DOM or Node); 1M characters take 3–11 ms so.
 */
function asciiText(codes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** The schedule texts' hashes a run recorded (WrittenTexts.take), in the order recorded. */
export interface WrittenRaw {
  hashes: Float64Array;
  /** The longest flattened line of ours recorded: how far a run of lines is tried on reading. */
  longest: number;
}

/**
 * The hashes as run-state cells: each starts with KEYED_MARK, then VLQ numbers (up to 32,000
 * characters a cell): the first cell's first the longest line of ours, then in each cell the
 * sorted hashes as deltas, from 0 in each cell. Sorts `raw.hashes` in place.
 *
 * @example writtenCells({ hashes: Float64Array.of(40, 3), longest: 5 }) // ["~FDlB"]
 */
export function writtenCells(raw: WrittenRaw): string[] {
  const sorted = sortHashes(raw.hashes);
  const out: string[] = [];
  const codes = new Uint8Array(WRITTEN_CELL_CHARS);
  let n = 0;
  // A delta below 2^53 as its low and high 32 bits: integer steps, no floating division.
  const put = (v: number): void => {
    let lo = v >>> 0;
    let hi = (v - lo) / 4294967296;
    while (hi !== 0 || lo >= 32) {
      codes[n++] = VLQ_CODES[32 | (lo & 31)];
      lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
      hi >>>= 5;
    }
    codes[n++] = VLQ_CODES[lo];
  };
  const flush = (): void => {
    out.push(withoutEscapes(asciiText(codes.subarray(0, n))));
    n = 0;
  };
  codes[n++] = KEYED_MARK.charCodeAt(0);
  put(raw.longest);
  let last = 0;
  for (let i = 0; i < sorted.length; i++) {
    const h = sorted[i];
    if (i > 0 && h === sorted[i - 1]) continue;
    if (n + WRITTEN_HASH_CHARS > WRITTEN_CELL_CHARS) {
      flush();
      codes[n++] = KEYED_MARK.charCodeAt(0);
      last = 0;
    }
    put(h - last);
    last = h;
  }
  flush();
  return out;
}
