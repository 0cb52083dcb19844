/**
 * The cell tape: where a plain row's cells lie in a worksheet's XML bytes, found without making a
 * value (no string, no number, no Date). The sheet scanner reads a plain row in two steps: the
 * byte walk (tapeCells: tags, attributes, where each value starts and ends, a text's hash) and
 * the values made from the tape (SheetScanner.tapedRow). A large sheet's byte walk runs in its
 * inflating worker (inflateWorker.ts: tapeRows over each slot of the ring, on the second core), so
 * the main thread only makes the values (issue 11: the walk was ~70% of the main thread's read of
 * a 1,000,000-row sheet).
 *
 * These two functions are the worker's too: their source (Function.prototype.toString) is put in
 * the worker's, so they use nothing from outside their own bodies, not even this module's
 * constants (byte values are written as numbers with their character in a comment). The one
 * exception: tapeRows calls tapeCells, which the worker's source declares beside it.
 *
 * A row's record on the tape (Int32 words, from `head`): its kind (the number of its cells, or
 * WALK_ROW / EMPTY_ROW), its r attribute (0 when it has none), where its cells start (after the
 * row's start tag), where the row ends (after its `</row>`); then CELL_WORDS words per cell: its
 * type (cellBytes.ts's T_*, plus NOT_ASCII for a text with a byte ≥ 0x80), its column (1-based),
 * its style (s, or -1), where its value's bytes start and end, and their FNV-1a hash (inline text).
 */

/** Words of a row's record before its cells, and per cell. */
export const ROW_WORDS = 4;
export const CELL_WORDS = 6;
/** A row's kind on the tape: one tapeCells gives up on (the general walk reads it), `<row …/>`. */
export const WALK_ROW = -1;
export const EMPTY_ROW = -2;
/** Added to a text cell's type when its bytes are not all ASCII. */
export const NOT_ASCII = 8;
/** tapeCells's answer when the row is not plain, and when the tape has no room for it. */
export const NOT_PLAIN = -1;
export const TAPE_FULL = -2;
/** A slot's tape starts with the words used and the bytes covered (see tapeRows). */
export const TAPE_HEAD = 2;

/**
 * A plain row's cells from `from` (just after the row's start tag) to its `</row>`, recorded on
 * `tape` as a row record at `head` (kind = its cell count; its r attribute and start are left to
 * the caller), with at most `end` words used. Returns the position after `</row>`, NOT_PLAIN when
 * the row is anything else, TAPE_FULL when its record does not fit.
 *
 * A plain row is a row as most writers write it: cells `<c` with one-letter attributes written
 * `x="…"` (r, s, t), each empty (`/>`, `></c>`) or holding `<v>…</v>` (a number, a shared string, a
 * boolean, a formula's text or error without escapes) or `<is><t>…</t></is>` (plain inline text
 * without escapes), each maybe after a formula (`<f>…</f>` or `<f …/>`, skipped: its cached value
 * is read), then `</row>`; no namespace prefix, no spaces between tags. Empty cells are not
 * recorded (their columns count). What is in a value (a number no date has, a shared string's
 * index past the table) is for the one who makes the value.
 */
export function tapeCells(
  b: Uint8Array,
  from: number,
  limit: number,
  tape: Int32Array,
  head: number,
  end: number,
): number {
  let w = head + 4; // ROW_WORDS
  let count = 0;
  let column = 0;
  let p = from;
  for (;;) {
    if (p + 6 >= limit || b[p] !== 60) return -1; // <
    const c1 = b[p + 1];
    if (c1 === 47) {
      // </row>
      if (b[p + 2] !== 114 || b[p + 3] !== 111 || b[p + 4] !== 119 || b[p + 5] !== 62) return -1;
      p += 6;
      break;
    }
    if (c1 !== 99) return -1; // <c
    let q = p + 2;
    let ref = 0;
    let style = -1;
    let type = 0; // T_NUMBER
    let empty = false;
    for (;;) {
      const a = b[q];
      if (a === 62) {
        // >
        q++;
        break;
      }
      if (a === 47) {
        // />
        if (b[q + 1] !== 62) return -1;
        empty = true;
        q += 2;
        break;
      }
      if (a !== 32) return -1;
      const name = b[q + 1];
      if (b[q + 2] !== 61 || b[q + 3] !== 34) return -1; // ="
      const v0 = q + 4;
      let e = v0;
      while (e < limit && b[e] !== 34) e++;
      if (e >= limit) return -1;
      if (name === 114) {
        // r: the column letters (cellBytes.ts's columnNumber)
        ref = 0;
        for (let i = v0; i < e; i++) {
          const c = b[i];
          if (c >= 65 && c <= 90) ref = ref * 26 + (c - 64);
          else if (c >= 97 && c <= 122) ref = ref * 26 + (c - 96);
          else break;
        }
      } else if (name === 115) {
        // s: a whole number (cellBytes.ts's wholeNumber)
        style = 0;
        for (let i = v0; i < e; i++) {
          const d = b[i] - 48;
          if (d < 0 || d > 9) break;
          style = style * 10 + d;
        }
      } else if (name === 116) {
        // t: the cell type (cellBytes.ts's cellType and T_*: s 1, inlineStr 2, str 3, b 4, e 5,
        // d 6, anything else 0)
        const n = e - v0;
        const c = b[v0];
        if (n === 1) type = c === 115 ? 1 : c === 98 ? 4 : c === 101 ? 5 : c === 100 ? 6 : 0;
        else if (n === 3 && c === 115) type = 3;
        else if (n === 9 && c === 105) type = 2;
        else type = 0;
      } else return -1;
      q = e + 1;
    }
    column = ref > 0 ? ref : column + 1;
    p = q;
    if (empty) continue;
    if (q + 3 >= limit || b[q] !== 60) return -1;
    if (b[q + 1] === 102) {
      // <f>…</f>, or <f …/> (a shared formula's other cells): skipped, its cached <v> is read,
      // as the general walk does. A formula's text has no "<" (it is written &lt;).
      const a = b[q + 2];
      if (a !== 62 && a !== 32 && a !== 47) return -1;
      q += 2;
      while (q < limit && b[q] !== 60) q++;
      if (q + 3 >= limit) return -1;
      if (b[q + 1] === 47 && b[q + 2] === 102 && b[q + 3] === 62) {
        q += 4; // </f>
        if (q + 3 >= limit || b[q] !== 60) return -1;
      }
    }
    let v0: number;
    let e: number;
    let hash = 0;
    let code = type;
    if (b[q + 1] === 118 && b[q + 2] === 62) {
      // <v>…</v></c>
      v0 = q + 3;
      e = v0;
      if (type < 3) while (e < limit && b[e] !== 60) e++;
      else {
        // A formula's text (or error, boolean) result: plain unless it holds an escape (& or
        // _xHHHH_).
        while (e < limit) {
          const c = b[e];
          if (c === 60 || c === 38 || c === 95) break;
          e++;
        }
        if (b[e] !== 60) return -1;
      }
      if (
        e + 7 >= limit ||
        b[e + 1] !== 47 ||
        b[e + 2] !== 118 ||
        b[e + 3] !== 62 ||
        b[e + 4] !== 60 ||
        b[e + 5] !== 47 ||
        b[e + 6] !== 99 ||
        b[e + 7] !== 62
      )
        return -1;
      p = e + 8;
      // Numbers, shared strings, formulas' texts, errors and booleans; not inline strings in <v>
      // nor t="d" (the general walk reads those).
      if (type === 2 || type > 5) return -1;
    } else if (type === 2 && b[q + 1] === 105) {
      // <is><t>…</t></is></c>
      if (
        b[q + 2] !== 115 ||
        b[q + 3] !== 62 ||
        b[q + 4] !== 60 ||
        b[q + 5] !== 116 ||
        b[q + 6] !== 62
      )
        return -1;
      v0 = q + 7;
      e = v0;
      let high = 0;
      hash = 0x811c9dc5 | 0; // FNV-1a, as TextCells hashes a text's bytes
      while (e < limit) {
        const c = b[e];
        if (c === 60 || c === 38 || c === 95) break; // < & _
        high |= c;
        hash = Math.imul(hash ^ c, 0x01000193);
        e++;
      }
      if (
        e + 12 >= limit ||
        b[e] !== 60 ||
        b[e + 1] !== 47 ||
        b[e + 2] !== 116 ||
        b[e + 3] !== 62 ||
        b[e + 4] !== 60 ||
        b[e + 5] !== 47 ||
        b[e + 6] !== 105 ||
        b[e + 7] !== 115 ||
        b[e + 8] !== 62 ||
        b[e + 9] !== 60 ||
        b[e + 10] !== 47 ||
        b[e + 11] !== 99 ||
        b[e + 12] !== 62
      )
        return -1;
      p = e + 13;
      if ((high & 0x80) !== 0) code = type + 8; // NOT_ASCII
    } else if (b[q + 1] === 47 && b[q + 2] === 99 && b[q + 3] === 62) {
      // </c> with no value (a formula never calculated, or <c …></c>): as an empty cell.
      p = q + 4;
      continue;
    } else return -1;
    if (w + 6 > end) return -2; // TAPE_FULL
    tape[w] = code;
    tape[w + 1] = column;
    tape[w + 2] = style;
    tape[w + 3] = v0;
    tape[w + 4] = e;
    tape[w + 5] = hash;
    w += 6; // CELL_WORDS
    count++;
  }
  tape[head] = count;
  tape[head + 3] = p;
  return p;
}

/**
 * The rows of `b[0, limit)` (bytes of a sheet without a namespace prefix, from a row's start or
 * between rows) recorded on `tape` from word `at + TAPE_HEAD`, until `</sheetData>`, a row cut by
 * `limit`, or the tape's `words` words are used up. Rows are found as the scanner's row walk finds
 * them (SheetScanner.scanRows): plain rows with their cells (tapeCells), `<row …/>` as EMPTY_ROW,
 * any other row as WALK_ROW (up to its first `</row`, for the general walk to read). Writes the
 * words used (from `at`) and where the recorded rows end (the bytes covered) at `tape[at]` and
 * `tape[at + 1]`; the reader reads what lies after through the row walk.
 */
export function tapeRows(
  b: Uint8Array,
  limit: number,
  tape: Int32Array,
  at: number,
  words: number,
): void {
  const end = at + words;
  let w = at + 2; // TAPE_HEAD
  let covered = 0;
  let p = 0;
  for (;;) {
    while (p < limit && b[p] !== 60) p++;
    covered = p;
    if (p >= limit) break;
    // </sheetData>: the rows end.
    if (
      b[p + 1] === 47 &&
      p + 12 <= b.length &&
      b[p + 2] === 115 &&
      b[p + 3] === 104 &&
      b[p + 4] === 101 &&
      b[p + 5] === 101 &&
      b[p + 6] === 116 &&
      b[p + 7] === 68 &&
      b[p + 8] === 97 &&
      b[p + 9] === 116 &&
      b[p + 10] === 97 &&
      b[p + 11] === 62
    )
      break;
    // <row followed by the end of the name (space, tab, newline, ">" or "/")
    const n4 = b[p + 4];
    if (
      b[p + 1] !== 114 ||
      b[p + 2] !== 111 ||
      b[p + 3] !== 119 ||
      !(n4 === 32 || n4 === 62 || n4 === 47 || n4 === 9 || n4 === 10 || n4 === 13)
    ) {
      p++;
      continue;
    }
    // The row's start tag and its r attribute, walked as SheetScanner.scanRows walks them.
    let q = p + 4;
    let number = 0;
    let selfClosing = false;
    let cut = false;
    for (;;) {
      while (q < limit && (b[q] === 32 || b[q] === 9 || b[q] === 10 || b[q] === 13)) q++;
      if (q >= limit) {
        cut = true;
        break;
      }
      const c = b[q];
      if (c === 62) break;
      if (c === 47) {
        selfClosing = true;
        q++;
        continue;
      }
      if (c === 114 && q + 2 < limit && b[q + 1] === 61 && b[q + 2] === 34) {
        const v0 = q + 3;
        q = v0;
        while (q < limit && b[q] !== 34) q++;
        number = 0;
        for (let i = v0; i < q; i++) {
          const d = b[i] - 48;
          if (d < 0 || d > 9) break;
          number = number * 10 + d;
        }
        q++;
        continue;
      }
      const attrName = q;
      while (
        q < limit &&
        b[q] !== 61 &&
        b[q] !== 62 &&
        !(b[q] === 32 || b[q] === 9 || b[q] === 10 || b[q] === 13)
      )
        q++;
      const nameLength = q - attrName;
      while (q < limit && b[q] !== 34 && b[q] !== 39 && b[q] !== 62) q++;
      if (q >= limit || b[q] === 62) continue;
      const quote = b[q];
      const v0 = ++q;
      while (q < limit && b[q] !== quote) q++;
      if (nameLength === 1 && b[attrName] === 114) {
        number = 0;
        for (let i = v0; i < q; i++) {
          const d = b[i] - 48;
          if (d < 0 || d > 9) break;
          number = number * 10 + d;
        }
      }
      q++;
    }
    if (cut || w + 4 > end) break;
    const start = q + 1;
    tape[w + 1] = number;
    tape[w + 2] = start;
    if (selfClosing) {
      tape[w] = -2; // EMPTY_ROW
      tape[w + 3] = start;
      w += 4;
      p = start;
      continue;
    }
    const after = tapeCells(b, start, limit, tape, w, end);
    if (after === -2) break; // TAPE_FULL
    if (after >= 0) {
      w += 4 + 6 * tape[w];
      p = after;
      continue;
    }
    // Not plain: up to the row's first </row (where the general walk stops).
    let r = start;
    for (;;) {
      while (r < limit && b[r] !== 60) r++;
      if (r + 5 >= limit) break;
      if (b[r + 1] === 47 && b[r + 2] === 114 && b[r + 3] === 111 && b[r + 4] === 119) break;
      r++;
    }
    if (r + 5 >= limit) break;
    tape[w] = -1; // WALK_ROW
    tape[w + 3] = r + 6;
    w += 4;
    p = r + 6;
  }
  tape[at] = w - at;
  tape[at + 1] = covered;
}
