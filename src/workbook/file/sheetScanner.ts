import type { Cell } from "../../engine/cells";
import { decodeXml, itemText } from "./xmlText";

/** What a cell's style says about its numbers: a date format or not, per cell-format index. */
export interface CellStyles {
  /** True when the cell format `s` shows dates or times. */
  isDate(s: number): boolean;
}

/** A number in a date-formatted cell that no date has: kept as the number (see the finding). */
export interface NotADate {
  row: number;
  column: number;
  value: number;
}

/** The largest serial Excel shows as a date: 9999-12-31 (1900 system); 1904 is 1,462 less. */
const MAX_SERIAL_1900 = 2_958_465;
const MS_PER_DAY = 86_400_000;

/**
 * Scans a worksheet's XML for its cells without building an object per cell: the text is searched
 * with indexOf, each row becomes one array of cell values (shared strings looked up, inline and
 * rich text decoded once, formulas give their cached results, numbers in date formats become Dates
 * in the workbook's date system). Feed the XML in chunks in order; rows are handed over as soon as
 * they are complete.
 *
 * @example
 * const scanner = new SheetScanner([], { isDate: () => false }, false, (n, cells) => console.log(n, cells));
 * scanner.feed('<worksheet><sheetData><row r="1"><c r="B1"><v>2</v></c></row></sheetData></worksheet>');
 * scanner.end(); // logs 1 [null, 2]
 */
export class SheetScanner {
  private carry = "";
  private started = false;
  private done = false;
  private prefix = "";
  private lastRow = 0;
  /** Numbers in date-formatted cells outside Excel's date range (the first 1,000). */
  readonly notDates: NotADate[] = [];
  notDateCount = 0;
  /** Told of every such number as it is read (row, 1-based column, value): each one a finding. */
  onNotADate: ((row: number, column: number, value: number) => void) | undefined;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
    private readonly onRow: (row: number, cells: Cell[]) => void,
  ) {}

  /** Scans the next piece of the XML text. */
  feed(chunk: string): void {
    if (this.done) return;
    let text = this.carry + chunk;
    this.carry = "";
    if (!this.started) {
      const m = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(text);
      if (!m) {
        // Keep only what could still be the start of the tag.
        this.carry = text.slice(Math.max(0, text.length - 256));
        return;
      }
      this.started = true;
      this.prefix = m[1] ?? "";
      if (m[2] === "/") {
        this.done = true;
        return;
      }
      text = text.slice(m.index + m[0].length);
    }
    const close = `</${this.prefix}row>`;
    const endData = text.indexOf(`</${this.prefix}sheetData>`);
    let limit: number;
    if (endData >= 0) {
      limit = endData;
      this.done = true;
    } else {
      // Up to the last complete row; the rest waits for the next chunk.
      const last = text.lastIndexOf(close);
      limit = last >= 0 ? last + close.length : 0;
    }
    this.scanRows(text, limit);
    if (!this.done) this.carry = text.slice(limit);
  }

  /** Ends the XML: scans what is left. */
  end(): void {
    if (!this.done && this.carry) {
      const text = this.carry;
      this.carry = "";
      this.scanRows(text, text.length);
    }
    this.done = true;
  }

  private scanRows(s: string, limit: number): void {
    const rowOpen = `<${this.prefix}row`;
    const rowClose = `</${this.prefix}row>`;
    const cOpen = `<${this.prefix}c`;
    let p = 0;
    for (;;) {
      const r0 = s.indexOf(rowOpen, p);
      if (r0 < 0 || r0 >= limit) return;
      const after = s.charCodeAt(r0 + rowOpen.length);
      if (!endsTagName(after)) {
        p = r0 + rowOpen.length;
        continue;
      }
      const gt = s.indexOf(">", r0);
      if (gt < 0 || gt >= limit) return;
      const rAttr = attrIn(s, r0, gt, "r");
      const number = rAttr !== undefined && +rAttr > 0 ? Math.floor(+rAttr) : this.lastRow + 1;
      this.lastRow = number;
      if (s.charCodeAt(gt - 1) === 47) {
        p = gt + 1;
        continue; // <row …/>: no cells
      }
      let rowEnd = s.indexOf(rowClose, gt);
      if (rowEnd < 0 || rowEnd > limit) rowEnd = limit;
      const cells = this.scanCells(s, gt + 1, rowEnd, cOpen, number);
      if (cells.length > 0) this.onRow(number, cells);
      p = rowEnd + rowClose.length;
    }
  }

  private scanCells(s: string, from: number, to: number, cOpen: string, row: number): Cell[] {
    const cells: Cell[] = [];
    const cClose = `</${this.prefix}c>`;
    let column = 0;
    let q = from;
    for (;;) {
      const c0 = s.indexOf(cOpen, q);
      if (c0 < 0 || c0 >= to) break;
      const after = s.charCodeAt(c0 + cOpen.length);
      if (!endsTagName(after)) {
        q = c0 + cOpen.length;
        continue;
      }
      const gt = s.indexOf(">", c0);
      if (gt < 0 || gt >= to) break;
      const ref = attrIn(s, c0, gt, "r");
      column = ref ? columnOf(ref) || column + 1 : column + 1;
      if (s.charCodeAt(gt - 1) === 47) {
        q = gt + 1;
        continue; // <c …/>: a styled empty cell
      }
      let end = s.indexOf(cClose, gt);
      if (end < 0 || end > to) end = to;
      q = end + cClose.length;
      const type = attrIn(s, c0, gt, "t");
      let value: Cell = null;
      if (type === "inlineStr") {
        value = itemText(s.slice(gt + 1, end));
      } else {
        const raw = valueText(s, gt + 1, end, this.prefix);
        if (raw === null) continue;
        switch (type) {
          case "s": {
            const text = this.sharedStrings[+raw];
            value = text === undefined ? null : text;
            break;
          }
          case "str":
          case "e":
            value = decodeXml(raw);
            break;
          case "b":
            value = raw === "1" || raw === "true";
            break;
          case "d": {
            const iso = raw.trim();
            const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
            value = Number.isNaN(ms) ? decodeXml(raw) : new Date(ms);
            break;
          }
          default: {
            const n = +raw;
            if (!Number.isFinite(n) || raw.length === 0) break;
            const style = attrIn(s, c0, gt, "s");
            value =
              style !== undefined && this.styles.isDate(+style) ? this.dateOf(n, row, column) : n;
          }
        }
      }
      if (value === null) continue;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
    return cells;
  }

  private dateOf(serial: number, row: number, column: number): Cell {
    const max = this.date1904 ? MAX_SERIAL_1900 - 1462 : MAX_SERIAL_1900;
    if (serial < 0 || serial >= max + 1) {
      this.notDateCount++;
      this.onNotADate?.(row, column, serial);
      if (this.notDates.length < 1000) this.notDates.push({ row, column, value: serial });
      return serial;
    }
    return new Date(Math.round((serial - 25569 + (this.date1904 ? 1462 : 0)) * MS_PER_DAY));
  }
}

/** The text of a cell's <v> between from and to, or null when it has none. */
/**
 * Whether a character code ends an element's name (space, tab, newline, ">" or "/"), so `<row` is
 * not taken for the start of `<rowBreaks`, nor `<c` for `<col`.
 */
function endsTagName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

function valueText(s: string, from: number, to: number, prefix: string): string | null {
  const open = `<${prefix}v`;
  let v = s.indexOf(open, from);
  while (v >= 0 && v < to) {
    const c = s.charCodeAt(v + open.length);
    if (c === 62 || c === 32) break;
    v = s.indexOf(open, v + open.length);
  }
  if (v < 0 || v >= to) return null;
  const gt = s.indexOf(">", v);
  if (gt < 0 || gt >= to || s.charCodeAt(gt - 1) === 47) return null;
  const close = s.indexOf("</", gt);
  if (close < 0 || close > to) return null;
  return s.slice(gt + 1, close);
}

/** An attribute's raw value inside s[from, to) (a start tag), or undefined. */
function attrIn(s: string, from: number, to: number, name: string): string | undefined {
  let p = from + 1;
  // skip the element name
  while (p < to) {
    const c = s.charCodeAt(p);
    if (c === 32 || c === 9 || c === 10 || c === 13) break;
    p++;
  }
  while (p < to) {
    while (p < to) {
      const c = s.charCodeAt(p);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      p++;
    }
    const eq = s.indexOf("=", p);
    if (eq < 0 || eq >= to) return undefined;
    let nameEnd = eq;
    while (nameEnd > p && s.charCodeAt(nameEnd - 1) === 32) nameEnd--;
    let q = eq + 1;
    while (s.charCodeAt(q) === 32) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = s.indexOf(quote, q + 1);
    if (close < 0 || close >= to) return undefined;
    if (nameEnd - p === name.length && s.startsWith(name, p)) return s.slice(q + 1, close);
    p = close + 1;
  }
  return undefined;
}

/** The column number of a cell reference. @example columnOf("AB12") // 28 */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}
