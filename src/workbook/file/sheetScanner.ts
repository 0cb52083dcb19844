import type { Cell } from "../../engine/cells";
import { DateCells, type CellStyles } from "./dateCells";
import { decodeXml, itemText } from "./xmlText";
import * as cellBytes from "./cellBytes";
import { TextCells } from "./textCells";

export type { CellStyles, NotADate } from "./dateCells";

// Local bindings, taken once: the scanner's hot loop calls these per cell, and a call through an
// imported module binding goes through an export getter when TypeScript runs as CommonJS (tsx,
// the CLI): measured at a fifth of a 20,000-customer read.
const {
  cellType,
  columnNumber,
  endsTagName,
  isSpace,
  numberAt,
  T_BOOL,
  T_DATE,
  T_ERROR,
  T_INLINE,
  T_NUMBER,
  T_SHARED,
  T_STR,
  utf8,
  wholeNumber,
} = cellBytes;

/**
 * Where the scanner puts cells when it reads by column (the columnar fast path) instead of making
 * a Cell[] per row: `row` before a row's first cell, then its cells (column zero-based), `endRow`.
 * Rows without a cell are never announced, as the row path hands over no such row.
 */
export interface CellSink {
  row(row: number): void;
  number(column: number, value: number): void;
  text(column: number, value: string): void;
  /** A date cell as the epoch day its Date reads as (to the millisecond). */
  day(column: number, day: number): void;
  /** Any other value (booleans, Dates of `t="d"` cells). */
  cell(column: number, value: Cell): void;
  endRow(): void;
}

const NO_CELLS: Cell[] = [];

/**
 * plainRow's trial: when it gives up on more than half of FAST_WINDOW rows tried (a sheet whose
 * rows all hold a cell it does not read: pretty-printed XML, rich text, escapes), the next FAST_SKIP
 * rows go to scanCells alone, then it is tried again (such a row costs plainRow's walk up to that
 * cell plus the general walk from the row's start): such a sheet walks 256 rows in 65,792 twice.
 */
const FAST_WINDOW = 256;
const FAST_SKIP = 65536;

// Byte values the scanner looks for.
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '
const AMP = 38; // &
const UNDERSCORE = 95; // _
// FNV-1a (32 bits), as TextCells hashes a text's bytes.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Scans a worksheet's XML for its cells on the inflated bytes themselves: no decoding of the XML
 * to text, no substring per tag or attribute, no object per cell. The bytes are walked once; a
 * cell's r, s and t attributes are read in one pass; numbers are decoded from their digits (the
 * correctly rounded fast path: at most 15 significant digits over an exact power of ten, anything
 * else through Number()); only text cells make strings (shared strings looked up, inline and rich
 * text decoded once); formulas give their cached results; numbers in date formats become Dates in
 * the workbook's date system. Each row becomes one array of cell values, handed over as soon as it
 * is complete. Feed the part's bytes in chunks in order (any split, even inside a UTF-8 character
 * or a tag), then call end().
 *
 * @example
 * const scanner = new SheetScanner([], { isDate: () => false }, false, (n, cells) => console.log(n, cells));
 * scanner.feed(Buffer.from('<worksheet><sheetData><row r="1"><c r="B1"><v>2</v></c></row></sheetData></worksheet>'));
 * scanner.end(); // logs 1 [null, 2]
 */
export class SheetScanner {
  /** Bytes not yet scanned (a row cut by the chunk boundary), in pieces joined once. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private started = false;
  private done = false;
  /** The namespace prefix of the sheet's elements ("" or e.g. "x:"), as bytes. */
  private prefix: Uint8Array = new Uint8Array(0);
  private rowClose: Buffer = Buffer.from("</row>");
  private dataClose: Buffer = Buffer.from("</sheetData>");
  private isClose: Buffer = Buffer.from("</is>");
  /** Inline texts made once per distinct text where they repeat. */
  private readonly texts = new TextCells();
  private lastRow = 0;
  /** Date cells: styles, the workbook's date system, numbers no date has (notDates). */
  readonly dates: DateCells;
  /** The last row of the sheet's `<dimension ref>` (what Excel says the used range is), or 0. */
  dimensionRows = 0;
  /** When set, cells go here by column and onRow is not called (see CellSink). */
  sink: CellSink | null = null;
  /**
   * Told of each cell holding a formula with no saved result (`<f>…</f>` and no `<v>`, or an empty
   * one: a workbook written by a program that never calculated it, such as openpyxl); `column` is
   * 1-based. The cell itself reads as empty, as before.
   */
  onUncalculated: ((row: number, column: number) => void) | undefined;
  /**
   * Told of each number cell whose format shows a currency (`"$"#,##0.00`): row, 1-based column,
   * the currency's code (CellStyles.currency), the number. The cell itself reads as the number.
   */
  onCurrency: ((row: number, column: number, code: number, value: number) => void) | undefined;
  /** Per cell-format index: 0 not asked yet, else the format's currency code + 2. */
  private currencyKnown = new Int8Array(64);
  /** plainRow's currency cells (column, code, number), told once the row is known to be plain. */
  private readonly fastCurrency: number[] = [];
  /** plainRow's cells for the sink, held until the row is read through. */
  private fastKinds = new Uint8Array(64);
  private fastColumns = new Int32Array(64);
  private fastNumbers = new Float64Array(64);
  private readonly fastTexts: string[] = [];
  /** Rows plainRow tried and gave up on in its current window, and rows left to scanCells alone. */
  private fastTried = 0;
  private fastMissed = 0;
  private fastSkip = 0;
  /** The cells (the last one's column) of the last row plainRow handed over, for the next. */
  private rowWidth = 0;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly styles: CellStyles,
    date1904: boolean,
    private readonly onRow: (row: number, cells: Cell[]) => void,
  ) {
    this.dates = new DateCells(styles, date1904);
  }

  /** The row number of the last row scanned so far (0 before the first). */
  get rowsSeen(): number {
    return this.lastRow;
  }

  /**
   * Scans the next piece of the part (bytes; a string is taken as its UTF-8 bytes). What it keeps
   * of the piece for the next (a row cut by its end) is copied: the caller may reuse the bytes as
   * soon as feed returns (a large sheet's pieces are slots of its worker's ring: inflateWorker.ts).
   */
  feed(chunk: Buffer | string): void {
    if (this.done) return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (bytes.length === 0) return;
    if (!this.started) {
      this.keep(bytes);
      const head = this.take();
      const at = this.findStart(head);
      if (at < 0) {
        // Keep only what could still be the start of the tag (a copy: see feed).
        this.keep(Buffer.from(head.subarray(Math.max(0, head.length - 256))));
        return;
      }
      this.scanFrom(head.subarray(at));
      return;
    }
    if (this.pendingBytes > 0) {
      // The row cut by the last chunk's end: join its start with the new bytes up to its </row>
      // only (joining the whole chunk copied every byte of the sheet once more), then scan the
      // rest of the chunk where it lies.
      const at = bytes.indexOf(this.rowClose);
      if (at >= 0) {
        const cut = at + this.rowClose.length;
        this.keep(bytes.subarray(0, cut));
        this.scanFrom(this.take());
        if (cut < bytes.length) this.scanFrom(bytes.subarray(cut));
        return;
      }
      // Scan only when the new bytes may complete a row; otherwise keep them (a row longer than
      // a chunk is joined once, when its end arrives, not once per chunk).
      if (!this.mayCloseRow(bytes)) {
        this.keep(Buffer.from(bytes));
        return;
      }
    }
    this.keep(bytes);
    this.scanFrom(this.take());
  }

  /**
   * Whether the part ended inside its rows, with no `</sheetData>`: XML written short in an intact
   * zip (tester52: 343 of 684 rows read, exit 0). Set by end().
   */
  cutShort = false;

  /** Ends the part: scans what is left. */
  end(): void {
    if (!this.done && this.started) {
      this.cutShort = true;
      if (this.pendingBytes > 0) {
        const bytes = this.take();
        this.scanRows(bytes, 0, bytes.length);
      }
    }
    this.done = true;
  }

  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  private take(): Buffer {
    const bytes =
      this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return bytes;
  }

  /** Whether `</row>` or `</sheetData>` ends in these bytes (or straddles the previous piece). */
  private mayCloseRow(bytes: Buffer): boolean {
    if (bytes.indexOf(this.rowClose) >= 0 || bytes.indexOf(this.dataClose) >= 0) return true;
    const last = this.pending[this.pending.length - 1];
    const n = this.dataClose.length;
    const seam = Buffer.concat([
      last.subarray(Math.max(0, last.length - n)),
      bytes.subarray(0, Math.min(bytes.length, n)),
    ]);
    return seam.indexOf(this.rowClose) >= 0 || seam.indexOf(this.dataClose) >= 0;
  }

  /** Finds the <sheetData> start tag; sets the prefix and returns where the rows start, or -1. */
  private findStart(head: Buffer): number {
    // The head of a sheet (dimension, views, column widths) is small: a regular expression on its
    // Latin-1 text is simple and costs nothing (tag names are ASCII).
    const text = head.toString("latin1");
    const m = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(text);
    if (!m) return -1;
    this.started = true;
    this.dimensionRows = dimensionRows(text.slice(0, m.index));
    const prefix = m[1] ?? "";
    this.prefix = Buffer.from(prefix, "latin1");
    this.rowClose = Buffer.from(`</${prefix}row>`, "latin1");
    this.dataClose = Buffer.from(`</${prefix}sheetData>`, "latin1");
    this.isClose = Buffer.from(`</${prefix}is>`, "latin1");
    if (m[2] === "/") {
      this.done = true;
      return -1;
    }
    return m.index + m[0].length;
  }

  /** Scans the complete rows of `bytes` and keeps the rest for the next chunk. */
  private scanFrom(bytes: Buffer): void {
    if (this.done) return;
    // Rows end at the last </row>; </sheetData> is looked for only after it (scanRows stops at
    // one between rows), not in every byte of every chunk.
    const last = bytes.lastIndexOf(this.rowClose);
    let limit = last >= 0 ? last + this.rowClose.length : 0;
    const endData = bytes.indexOf(this.dataClose, limit);
    if (endData >= 0) {
      limit = endData;
      this.done = true;
    }
    this.scanRows(bytes, 0, limit);
    if (!this.done && limit < bytes.length) {
      // A copy: the rest is small, and keeping a view would hold the whole chunk.
      this.keep(Buffer.from(bytes.subarray(limit)));
    }
  }

  /** Whether `sheetData>` (with the prefix) starts at p, just after "</". */
  private endsData(b: Uint8Array, p: number): boolean {
    const close = this.dataClose; // "</" + prefix + "sheetData>"
    if (p - 2 + close.length > b.length) return false;
    for (let i = 2; i < close.length; i++) if (b[p - 2 + i] !== close[i]) return false;
    return true;
  }

  /** The position after the element name's prefix at p (p just after "<" or "</"), or -1. */
  private afterPrefix(b: Uint8Array, p: number): number {
    const prefix = this.prefix;
    for (let i = 0; i < prefix.length; i++) if (b[p + i] !== prefix[i]) return -1;
    return p + prefix.length;
  }

  private scanRows(b: Buffer, from: number, limit: number): void {
    let p = from;
    for (;;) {
      while (p < limit && b[p] !== LT) p++;
      if (p >= limit) return;
      if (b[p + 1] === SLASH && this.endsData(b, p + 2)) {
        this.done = true;
        return;
      }
      const name = this.afterPrefix(b, p + 1);
      if (
        name < 0 ||
        b[name] !== 114 || // r
        b[name + 1] !== 111 || // o
        b[name + 2] !== 119 || // w
        !endsTagName(b[name + 3])
      ) {
        p++;
        continue;
      }
      // <row …>: its r attribute, read in the same walk that finds the tag's end.
      let q = name + 3;
      let number = 0;
      let selfClosing = false;
      for (;;) {
        while (q < limit && isSpace(b[q])) q++;
        if (q >= limit) return;
        const c = b[q];
        if (c === GT) break;
        if (c === SLASH) {
          selfClosing = true;
          q++;
          continue;
        }
        if (c === 114 && q + 2 < limit && b[q + 1] === EQ && b[q + 2] === QUOT) {
          // r="…", as every writer writes it: what the walk below reads, without its detours.
          const v0 = q + 3;
          q = v0;
          while (q < limit && b[q] !== QUOT) q++;
          number = wholeNumber(b, v0, q);
          q++;
          continue;
        }
        const attrName = q;
        while (q < limit && b[q] !== EQ && b[q] !== GT && !isSpace(b[q])) q++;
        const nameLength = q - attrName;
        while (q < limit && b[q] !== QUOT && b[q] !== APOS && b[q] !== GT) q++;
        if (q >= limit || b[q] === GT) continue;
        const quote = b[q];
        const v0 = ++q;
        while (q < limit && b[q] !== quote) q++;
        if (nameLength === 1 && b[attrName] === 114) number = wholeNumber(b, v0, q);
        q++;
      }
      number = number > 0 ? number : this.lastRow + 1;
      this.lastRow = number;
      p = q + 1;
      if (selfClosing) continue; // <row …/>: no cells
      let fast = -1;
      if (this.prefix.length === 0) {
        if (this.fastSkip > 0) this.fastSkip--;
        else {
          fast = this.plainRow(b, p, limit, number);
          if (fast < 0) this.fastMissed++;
          if (++this.fastTried === FAST_WINDOW) {
            // Rows plainRow mostly gives up on are walked twice: leave it out for a while.
            if (this.fastMissed * 2 > FAST_WINDOW) this.fastSkip = FAST_SKIP;
            this.fastTried = 0;
            this.fastMissed = 0;
          }
        }
      }
      p = fast >= 0 ? fast : this.scanCells(b, p, limit, number);
    }
  }

  /** The currency code of cell format `style` (0 none), asked of the styles once per format. */
  private currencyOf(style: number): number {
    if (style >= this.currencyKnown.length) {
      if (style >= 65536) return this.styles.currency?.(style) ?? 0;
      const grown = new Int8Array(Math.max(style + 1, this.currencyKnown.length * 2));
      grown.set(this.currencyKnown);
      this.currencyKnown = grown;
    }
    let known = this.currencyKnown[style];
    if (known === 0) {
      known = (this.styles.currency?.(style) ?? 0) + 2;
      this.currencyKnown[style] = known;
    }
    return known - 2;
  }

  /**
   * A row as most writers write it, read in one walk with no detours: cells `<c` with one-letter
   * attributes written `x="…"` (r, s, t), each empty (`/>`, `></c>`) or holding `<v>…</v>` (a
   * number, a shared string, a boolean, a formula's text or error without escapes) or
   * `<is><t>…</t></is>` (plain inline text without escapes), each maybe after a formula (`<f>…</f>`
   * or `<f …/>`, skipped: its cached value is read), then `</row>`; no namespace prefix, no spaces
   * between tags. Returns the position after `</row>`, or -1 when the row is anything else (other
   * cell types, escapes, xml:space, a number no date has): then nothing was handed over or told,
   * and scanCells reads the row from the same place. A 1,000,000 row sheet spent most of its read
   * in scanCells's general walk (issue 11).
   */
  private plainRow(b: Buffer, from: number, limit: number, row: number): number {
    const dates = this.dates;
    const sink = this.sink;
    const texts = this.texts;
    const shared = this.sharedStrings;
    // By column, cells are held, not put here. By row, the array is made at the last row's width
    // (most rows of a sheet have as many cells): grown from empty it took a backing store of 17
    // slots, some 150 bytes a row for the collector to copy while the block of rows is held.
    const cells: Cell[] = sink === null ? new Array<Cell>(this.rowWidth) : NO_CELLS;
    let width = 0; // cells[0, width) are set (null where the row has no cell)
    let count = 0;
    const money = this.onCurrency === undefined ? null : this.fastCurrency;
    if (money !== null) money.length = 0;
    let column = 0;
    let p = from;
    for (;;) {
      if (p + 6 >= limit || b[p] !== LT) return -1;
      const c1 = b[p + 1];
      if (c1 === SLASH) {
        // </row>
        if (b[p + 2] !== 114 || b[p + 3] !== 111 || b[p + 4] !== 119 || b[p + 5] !== GT) return -1;
        p += 6;
        break;
      }
      if (c1 !== 99) return -1; // <c
      let q = p + 2;
      let ref = 0;
      let style = -1;
      let type = T_NUMBER;
      let empty = false;
      for (;;) {
        const a = b[q];
        if (a === GT) {
          q++;
          break;
        }
        if (a === SLASH) {
          if (b[q + 1] !== GT) return -1;
          empty = true;
          q += 2;
          break;
        }
        if (a !== 32) return -1;
        const name = b[q + 1];
        if (b[q + 2] !== EQ || b[q + 3] !== QUOT) return -1;
        const v0 = q + 4;
        let e = v0;
        while (e < limit && b[e] !== QUOT) e++;
        if (e >= limit) return -1;
        if (name === 114) ref = columnNumber(b, v0, e);
        else if (name === 115) style = wholeNumber(b, v0, e);
        else if (name === 116) type = cellType(b, v0, e);
        else return -1;
        q = e + 1;
      }
      column = ref > 0 ? ref : column + 1;
      p = q;
      if (empty) continue;
      if (q + 3 >= limit || b[q] !== LT) return -1;
      let formula = false;
      if (b[q + 1] === 102) {
        // <f>…</f>, or <f …/> (a shared formula's other cells): skipped, its cached <v> is read,
        // as scanCells does. A formula's text has no "<" (it is written &lt;).
        formula = true;
        const a = b[q + 2];
        if (a !== GT && a !== 32 && a !== SLASH) return -1;
        q += 2;
        while (q < limit && b[q] !== LT) q++;
        if (q + 3 >= limit) return -1;
        if (b[q + 1] === SLASH && b[q + 2] === 102 && b[q + 3] === GT) {
          q += 4; // </f>
          if (q + 3 >= limit || b[q] !== LT) return -1;
        }
      }
      let value: Cell;
      let kind = 0; // for the sink: 0 a number, 1 a day, 2 a text, 3 a boolean (num 1 or 0)
      let num = 0;
      if (b[q + 1] === 118 && b[q + 2] === GT) {
        // <v>…</v></c>
        const v0 = q + 3;
        let e = v0;
        if (type < T_STR) while (e < limit && b[e] !== LT) e++;
        else {
          // A formula's text (or error, boolean) result: plain unless it holds an escape (& or
          // _xHHHH_).
          while (e < limit) {
            const c = b[e];
            if (c === LT || c === AMP || c === UNDERSCORE) break;
            e++;
          }
          if (b[e] !== LT) return -1;
        }
        if (
          e + 7 >= limit ||
          b[e + 1] !== SLASH ||
          b[e + 2] !== 118 ||
          b[e + 3] !== GT ||
          b[e + 4] !== LT ||
          b[e + 5] !== SLASH ||
          b[e + 6] !== 99 ||
          b[e + 7] !== GT
        )
          return -1;
        p = e + 8;
        // A formula with an empty result (<v></v>, as openpyxl writes one it never calculated):
        // scanCells tells of it (nothing is told here before the row is known to be plain).
        if (formula && e === v0 && type !== T_STR) return -1;
        if (type === T_NUMBER) {
          const n = numberAt(b, v0, e);
          if (!Number.isFinite(n)) continue;
          if (style >= 0 && dates.isDate(style)) {
            if (!dates.hasDay(n)) return -1; // recorded and told by scanCells
            if (sink === null) value = dates.dateOf(n, row, column);
            else {
              value = null;
              kind = 1;
              num = dates.dayOf(n, row, column);
            }
          } else {
            value = n;
            num = n;
            if (money !== null && style >= 0) {
              const code = this.currencyOf(style);
              if (code !== 0) money.push(column, code, n);
            }
          }
        } else if (type === T_SHARED) {
          const text = shared[wholeNumber(b, v0, e)];
          if (text === undefined) continue;
          value = text;
          kind = 2;
        } else if (type === T_STR || type === T_ERROR) {
          value = utf8(b, v0, e);
          kind = 2;
        } else if (type === T_BOOL) {
          value = (e - v0 === 1 && b[v0] === 49) || b.toString("latin1", v0, e) === "true";
          kind = 3;
          num = value ? 1 : 0;
        } else return -1;
      } else if (type === T_INLINE && b[q + 1] === 105) {
        // <is><t>…</t></is></c>
        if (
          b[q + 2] !== 115 ||
          b[q + 3] !== GT ||
          b[q + 4] !== LT ||
          b[q + 5] !== 116 ||
          b[q + 6] !== GT
        )
          return -1;
        const v0 = q + 7;
        let e = v0;
        let high = 0;
        let hash = FNV_OFFSET;
        if (texts.hashed(column - 1)) {
          while (e < limit) {
            const c = b[e];
            if (c === LT || c === AMP || c === UNDERSCORE) break;
            high |= c;
            hash = Math.imul(hash ^ c, FNV_PRIME);
            e++;
          }
        } else {
          // A column the text cache leaves out for now (order numbers): no hash is needed.
          while (e < limit) {
            const c = b[e];
            if (c === LT || c === AMP || c === UNDERSCORE) break;
            high |= c;
            e++;
          }
        }
        if (
          e + 12 >= limit ||
          b[e] !== LT ||
          b[e + 1] !== SLASH ||
          b[e + 2] !== 116 ||
          b[e + 3] !== GT ||
          b[e + 4] !== LT ||
          b[e + 5] !== SLASH ||
          b[e + 6] !== 105 ||
          b[e + 7] !== 115 ||
          b[e + 8] !== GT ||
          b[e + 9] !== LT ||
          b[e + 10] !== SLASH ||
          b[e + 11] !== 99 ||
          b[e + 12] !== GT
        )
          return -1;
        p = e + 13;
        value = texts.text(b, v0, e, hash, (high & 0x80) === 0, column - 1);
        kind = 2;
      } else if (b[q + 1] === SLASH && b[q + 2] === 99 && b[q + 3] === GT) {
        // </c> with no value: <c …></c>, an empty cell; a formula never calculated is scanCells's
        // to tell of.
        if (formula) return -1;
        p = q + 4;
        continue;
      } else return -1;
      if (sink === null) {
        if (column > width) {
          for (let i = width; i < column - 1; i++) cells[i] = null;
          width = column;
        }
        cells[column - 1] = value;
      } else {
        // Kept until the row is known to be plain, then handed over (see below).
        if (count === this.fastKinds.length) this.growFast();
        this.fastKinds[count] = kind;
        this.fastColumns[count] = column - 1;
        this.fastNumbers[count] = num;
        this.fastTexts[count] = kind === 2 ? (value as string) : "";
        count++;
      }
    }
    if (money !== null && money.length > 0) this.tellCurrency(row, money);
    if (sink === null) {
      if (width > 0) {
        if (cells.length !== width) cells.length = width;
        this.rowWidth = width;
        this.onRow(row, cells);
      }
      return p;
    }
    if (count === 0) return p;
    sink.row(row);
    const kindsNow = this.fastKinds;
    for (let i = 0; i < count; i++) {
      const k = kindsNow[i];
      if (k === 0) sink.number(this.fastColumns[i], this.fastNumbers[i]);
      else if (k === 1) sink.day(this.fastColumns[i], this.fastNumbers[i]);
      else if (k === 2) sink.text(this.fastColumns[i], this.fastTexts[i]);
      else sink.cell(this.fastColumns[i], this.fastNumbers[i] === 1);
    }
    sink.endRow();
    return p;
  }

  /** Tells of a number cell (not a date) whose format shows a currency. */
  private moneyCell(style: number, row: number, column: number, n: number): void {
    if (this.onCurrency === undefined || style < 0) return;
    const code = this.currencyOf(style);
    if (code !== 0) this.onCurrency(row, column, code, n);
  }

  private tellCurrency(row: number, money: number[]): void {
    for (let i = 0; i < money.length; i += 3)
      this.onCurrency!(row, money[i], money[i + 1], money[i + 2]);
  }

  private growFast(): void {
    const n = this.fastKinds.length * 2;
    const kinds = new Uint8Array(n);
    kinds.set(this.fastKinds);
    this.fastKinds = kinds;
    const columns = new Int32Array(n);
    columns.set(this.fastColumns);
    this.fastColumns = columns;
    const numbers = new Float64Array(n);
    numbers.set(this.fastNumbers);
    this.fastNumbers = numbers;
  }

  /** Scans one row's cells from `from`; returns the position after its </row>. */
  private scanCells(b: Buffer, from: number, limit: number, row: number): number {
    const sink = this.sink;
    const dates = this.dates;
    const cells: Cell[] = sink === null ? [] : NO_CELLS;
    let announced = false; // the sink was told of this row
    let column = 0;
    let p = from;
    for (;;) {
      while (p < limit && b[p] !== LT) p++;
      if (p >= limit) break;
      if (b[p + 1] === SLASH) {
        const name = this.afterPrefix(b, p + 2);
        if (name >= 0 && b[name] === 114 && b[name + 1] === 111 && b[name + 2] === 119) {
          p = name + 4; // </row>
          break;
        }
        p += 2;
        continue;
      }
      const name = this.afterPrefix(b, p + 1);
      if (name < 0 || b[name] !== 99 || !endsTagName(b[name + 1])) {
        // Not a cell (an extension element inside the row): skip its tag.
        p++;
        continue;
      }
      // <c …>: r, s and t in one walk.
      let q = name + 1;
      let ref = 0;
      let style = -1;
      let type = T_NUMBER;
      let selfClosing = false;
      for (;;) {
        while (q < limit && isSpace(b[q])) q++;
        if (q >= limit) break;
        const c = b[q];
        if (c === GT) break;
        if (c === SLASH) {
          selfClosing = true;
          q++;
          continue;
        }
        if (q + 2 < limit && b[q + 1] === EQ && b[q + 2] === QUOT) {
          // A one-letter attribute written x="…" (r, s, t as every writer writes them): what the
          // walk below reads, without its detours.
          const v0 = q + 3;
          q = v0;
          while (q < limit && b[q] !== QUOT) q++;
          if (c === 114) ref = columnNumber(b, v0, q);
          else if (c === 115) style = wholeNumber(b, v0, q);
          else if (c === 116) type = cellType(b, v0, q);
          q++;
          continue;
        }
        const attrName = q;
        while (q < limit && b[q] !== EQ && b[q] !== GT && !isSpace(b[q])) q++;
        const nameLength = q - attrName;
        while (q < limit && b[q] !== QUOT && b[q] !== APOS && b[q] !== GT) q++;
        if (q >= limit || b[q] === GT) continue;
        const quote = b[q];
        const v0 = ++q;
        while (q < limit && b[q] !== quote) q++;
        if (nameLength === 1) {
          const a = b[attrName];
          if (a === 114) ref = columnNumber(b, v0, q);
          else if (a === 115) style = wholeNumber(b, v0, q);
          else if (a === 116) type = cellType(b, v0, q);
        }
        q++;
      }
      column = ref > 0 ? ref : column + 1;
      p = q + 1;
      if (selfClosing) continue; // <c …/>: a styled empty cell
      // The cell's children: <f> (skipped: we read cached results), <v>, <is>.
      let value: Cell = null;
      let v0 = -1;
      let v1 = -1;
      let special = 0; // bit 1: "&" in the value, bit 2: "_" (an _xHHHH_ escape may be there)
      let formula = false;
      for (;;) {
        while (p < limit && b[p] !== LT) p++;
        if (p >= limit) break;
        if (b[p + 1] === SLASH) {
          const n = this.afterPrefix(b, p + 2);
          if (n >= 0 && b[n] === 99 && b[n + 1] === GT) {
            p = n + 2; // </c>
            break;
          }
          p += 2;
          continue;
        }
        const n = this.afterPrefix(b, p + 1);
        if (n >= 0 && b[n] === 102 && endsTagName(b[n + 1])) formula = true; // <f …>
        if (n >= 0 && b[n] === 118 && (b[n + 1] === GT || isSpace(b[n + 1]))) {
          // <v>…</v>
          let q2 = n + 1;
          while (q2 < limit && b[q2] !== GT) q2++;
          if (b[q2 - 1] === SLASH) {
            p = q2 + 1;
            continue; // <v/>
          }
          v0 = q2 + 1;
          let e = v0;
          while (e < limit && b[e] !== LT) {
            const c = b[e];
            if (c === AMP) special |= 1;
            else if (c === UNDERSCORE) special |= 2;
            e++;
          }
          v1 = e;
          p = e;
          continue;
        }
        if (
          type === T_INLINE &&
          n >= 0 &&
          b[n] === 105 &&
          b[n + 1] === 115 &&
          endsTagName(b[n + 2])
        ) {
          // <is>…</is>: inline text. Plain text (<is><t>…</t></is>) is decoded from its bytes;
          // anything else (rich-text runs, phonetic guides) through itemText on the item's text.
          const plain = this.texts.inline(b, n + 2, limit, this.prefix, column - 1);
          if (plain !== null) {
            value = plain;
            p = this.texts.end;
            continue;
          }
          const close = this.isClose;
          const at = b.indexOf(close, p);
          const end = at < 0 || at >= limit ? limit : at + close.length;
          value = itemText(b.toString("utf8", p, end));
          p = end;
          continue;
        }
        p++;
      }
      if (formula && (v0 < 0 || (v1 === v0 && type !== T_STR)) && type !== T_INLINE) {
        // A formula with no saved result (none, or an empty one but for a text's ""): empty, told.
        this.onUncalculated?.(row, column);
        continue;
      }
      if (type === T_INLINE) {
        if (value === null) continue;
      } else {
        if (v0 < 0) continue;
        switch (type) {
          case T_SHARED: {
            const text = this.sharedStrings[wholeNumber(b, v0, v1)];
            value = text === undefined ? null : text;
            break;
          }
          case T_STR:
          case T_ERROR: {
            const raw = utf8(b, v0, v1);
            value = special !== 0 ? decodeXml(raw) : raw;
            break;
          }
          case T_BOOL:
            value = (v1 - v0 === 1 && b[v0] === 49) || b.toString("latin1", v0, v1) === "true";
            break;
          case T_DATE: {
            const raw = utf8(b, v0, v1);
            const iso = raw.trim();
            const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
            value = Number.isNaN(ms) ? decodeXml(raw) : new Date(ms);
            break;
          }
          default: {
            const n = numberAt(b, v0, v1);
            if (!Number.isFinite(n)) break;
            if (sink !== null) {
              // By column: a date cell is its epoch day, no Date is made.
              if (!announced) {
                sink.row(row);
                announced = true;
              }
              const day = style >= 0 && dates.isDate(style) ? dates.dayOf(n, row, column) : NaN;
              if (day === day) sink.day(column - 1, day);
              else {
                sink.number(column - 1, n);
                this.moneyCell(style, row, column, n);
              }
              continue;
            }
            if (style >= 0 && dates.isDate(style)) value = dates.dateOf(n, row, column);
            else {
              value = n;
              this.moneyCell(style, row, column, n);
            }
          }
        }
      }
      if (value === null) continue;
      if (sink !== null) {
        if (!announced) {
          sink.row(row);
          announced = true;
        }
        if (typeof value === "string") sink.text(column - 1, value);
        else sink.cell(column - 1, value);
        continue;
      }
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
    if (announced) sink!.endRow();
    else if (cells.length > 0) this.onRow(row, cells);
    return p;
  }
}

/**
 * The last row of a `<dimension ref="A1:F1004113"/>` in a sheet's head, or 0 when there is none.
 *
 * @example dimensionRows('<dimension ref="A1:F20"/>') // 20
 */
export function dimensionRows(head: string): number {
  const m =
    /<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*["'][A-Za-z$]*\d*:?[A-Za-z$]*(\d+)["']/.exec(head);
  return m ? Number(m[1]) : 0;
}
