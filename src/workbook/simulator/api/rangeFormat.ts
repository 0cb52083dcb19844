// The simulated Excel.RangeFormat and its parts: FormatProtection, RangeFill, RangeFont.
import { SimProxy } from "../context";
import { invalidArgument } from "../errors";
import { SimSheet } from "../sheet";
import { displayText } from "../text";
import { type RangeRef, SimPart, eachCell, guard, live } from "./shared";

/** Excel's standard row height for its default font (Calibri 11), in points. */
export const STANDARD_ROW_POINTS = 15;

/** Excel.VerticalAlignment's values. */
const VERTICAL_ALIGNMENTS = new Set(["Center", "Bottom", "Top", "Justify", "Distributed"]);

export class SimRangeFormat extends SimPart<RangeRef> {
  protected readonly scalarProps = [
    "columnWidth",
    "wrapText",
    "rowHeight",
    "verticalAlignment",
  ] as const;
  protected readonly typeName = "RangeFormat";
  readonly fill: SimRangeFill = new SimRangeFill(this.context, this);
  readonly font: SimRangeFont = new SimRangeFont(this.context, this);
  readonly protection: SimFormatProtection = new SimFormatProtection(this.context, this);

  protected read(t: RangeRef, prop: string): unknown {
    if (prop === "columnWidth") return t.sheet.columnWidths.get(t.rect.column) ?? 48;
    // Excel answers null when the block is not uniform (RangeFormat.wrapText / rowHeight docs).
    if (prop === "wrapText") {
      const first = t.sheet.wrapped.get(SimSheet.key(t.rect.row, t.rect.column)) ?? false;
      let same = true;
      eachCell(t.rect, (r, c) => {
        if ((t.sheet.wrapped.get(SimSheet.key(r, c)) ?? false) !== first) same = false;
      });
      return same ? first : null;
    }
    if (prop === "rowHeight") {
      const first = t.sheet.rowHeights.get(t.rect.row) ?? STANDARD_ROW_POINTS;
      for (let i = 1; i < t.rect.rowCount; i++)
        if ((t.sheet.rowHeights.get(t.rect.row + i) ?? STANDARD_ROW_POINTS) !== first) return null;
      return first;
    }
    // Excel answers null when the block is not uniform, as for wrapText.
    if (prop === "verticalAlignment") return t.sheet.blockVertical(t.rect);
    throw invalidArgument(`Unknown property ${prop} of RangeFormat.`);
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    return prop === "fill" ? this.fill : prop === "font" ? this.font : null;
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(value: number) {
    this.set("columnWidth", value, (t) => {
      guard(live(t.sheet), "change column widths", "allowFormatColumns");
      if (!(value >= 0 && value <= 255 * 7.5))
        throw invalidArgument(`Column width ${value} is out of range.`);
      for (let j = 0; j < t.rect.columnCount; j++)
        t.sheet.columnWidths.set(t.rect.column + j, value);
    });
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      eachCell(t.rect, (r, c) => {
        if (value) sheet.wrapped.set(SimSheet.key(r, c), true);
        else sheet.wrapped.delete(SimSheet.key(r, c));
      });
    });
  }

  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      if (!VERTICAL_ALIGNMENTS.has(value))
        throw invalidArgument(
          `“${value}” is not a vertical alignment.`,
          "RangeFormat.verticalAlignment",
        );
      sheet.setVertical(t.rect, value);
    });
  }

  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(value: number) {
    this.set("rowHeight", value, (t) => {
      guard(live(t.sheet), "change row heights", "allowFormatRows");
      // Excel's limit: 0 to 409 points ("Row height must be between 0 and 409 points").
      if (!(value >= 0 && value <= 409))
        throw invalidArgument(`Row height ${value} is out of range.`);
      for (let i = 0; i < t.rect.rowCount; i++) t.sheet.rowHeights.set(t.rect.row + i, value);
    });
  }

  /** Widths from the longest displayed text (about 7 points a character, CJK counted twice). */
  autofitColumns(): void {
    this.call({ m: "autofitColumns" }, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change column widths", "allowFormatColumns");
      const used = sheet.usedRange(true);
      if (!used) return;
      const r0 = Math.max(t.rect.row, used.row);
      const r1 = Math.min(t.rect.row + t.rect.rowCount, used.row + used.rowCount);
      for (let j = 0; j < t.rect.columnCount; j++) {
        const c = t.rect.column + j;
        let chars = 0;
        for (let r = r0; r < r1; r++) {
          const text = displayText(sheet.value(r, c), sheet.format(r, c));
          let w = 0;
          for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
          chars = Math.max(chars, w);
        }
        sheet.columnWidths.set(c, chars === 0 ? 48 : Math.min(255, chars) * 7 + 5);
      }
    });
  }

  autofitRows(): void {
    this.call({ m: "autofitRows" }, () => undefined);
  }
}

/** Range.format.protection (ExcelApi 1.2): whether cells are locked once the sheet is protected. */
export class SimFormatProtection extends SimPart<RangeRef> {
  protected readonly scalarProps = ["locked"] as const;
  protected readonly typeName = "FormatProtection";

  protected read(t: RangeRef, prop: string): unknown {
    if (prop !== "locked") throw invalidArgument(`Unknown property ${prop} of FormatProtection.`);
    const first = t.sheet.isLocked(t.rect.row, t.rect.column);
    return t.sheet.allLocked(t.rect, first) ? first : null;
  }

  get locked(): boolean {
    return this.get("locked");
  }
  set locked(value: boolean) {
    this.set("locked", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      sheet.setLocked(t.rect, value);
    });
  }
}

export class SimRangeFill extends SimPart<RangeRef> {
  protected readonly scalarProps = ["color"] as const;
  protected readonly typeName = "RangeFill";

  protected read(t: RangeRef, prop: string): unknown {
    if (prop !== "color") throw invalidArgument(`Unknown property ${prop} of RangeFill.`);
    const first = t.sheet.fills.get(SimSheet.key(t.rect.row, t.rect.column)) ?? null;
    for (let i = 0; i < t.rect.rowCount; i++) {
      for (let j = 0; j < t.rect.columnCount; j++) {
        if ((t.sheet.fills.get(SimSheet.key(t.rect.row + i, t.rect.column + j)) ?? null) !== first)
          return null;
      }
    }
    return first ?? "#FFFFFF";
  }

  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      if (!/^#[0-9A-Fa-f]{6}$/.test(value) && !/^[A-Za-z]+$/.test(value))
        throw invalidArgument(`“${value}” is not a colour.`, "RangeFill.color");
      const color = value.toUpperCase();
      eachCell(t.rect, (r, c) => sheet.fills.set(SimSheet.key(r, c), color));
    });
  }

  clear(): void {
    this.call({ m: "clear" }, (t) => {
      eachCell(t.rect, (r, c) => t.sheet.fills.delete(SimSheet.key(r, c)));
    });
  }
}

export class SimRangeFont extends SimPart<RangeRef> {
  protected readonly scalarProps = ["bold"] as const;
  protected readonly typeName = "RangeFont";

  protected read(t: RangeRef, prop: string): unknown {
    if (prop !== "bold") throw invalidArgument(`Unknown property ${prop} of RangeFont.`);
    return t.sheet.bold.get(SimSheet.key(t.rect.row, t.rect.column)) ?? false;
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      eachCell(t.rect, (r, c) => sheet.bold.set(SimSheet.key(r, c), value));
    });
  }
}
