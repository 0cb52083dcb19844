// The simulated Excel.Range.
import { quoteSheetName, rectAddress, type Rect } from "../address";
import { SimProxy } from "../context";
import { SimError, invalidArgument } from "../errors";
import { READ_CELL_LIMIT } from "../payload";
import { SimSheet } from "../sheet";
import { displayText } from "../text";
import { SimConditionalFormatCollection } from "./conditionalFormats";
import { SimRangeFormat } from "./rangeFormat";
import {
  type RangeRef,
  eachCell,
  guard,
  live,
  objectRef,
  rangeFromAddress,
  writeCells,
} from "./shared";

export class SimRange extends SimProxy<RangeRef> {
  protected readonly scalarProps = [
    "address",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "values",
    "numberFormat",
    "text",
    "formulas",
  ] as const;
  protected readonly typeName = "Range";
  readonly format: SimRangeFormat = new SimRangeFormat(this.context, this);
  readonly conditionalFormats: SimConditionalFormatCollection = new SimConditionalFormatCollection(
    this.context,
    this,
  );

  protected read(t: RangeRef, prop: string): unknown {
    const sheet = live(t.sheet);
    const r = t.rect;
    const cells = r.rowCount * r.columnCount;
    const grid = (f: (row: number, col: number) => unknown) => {
      if (cells > READ_CELL_LIMIT) {
        throw new SimError(
          "RangeExceedsLimit",
          `The range has ${cells} cells; reads are limited to ${READ_CELL_LIMIT}.`,
          `Range.${prop}`,
        );
      }
      const out: unknown[][] = new Array(r.rowCount);
      for (let i = 0; i < r.rowCount; i++) {
        const row = new Array(r.columnCount);
        for (let j = 0; j < r.columnCount; j++) row[j] = f(r.row + i, r.column + j);
        out[i] = row;
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${rectAddress(r)}`;
      case "rowCount":
        return r.rowCount;
      case "columnCount":
        return r.columnCount;
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.column;
      case "cellCount":
        return cells;
      case "values":
        if (cells > READ_CELL_LIMIT) return grid(() => "");
        return sheet.readValues(r);
      case "numberFormat":
        return grid((row, col) => sheet.format(row, col));
      case "formulas":
        return grid((row, col) => sheet.formula(row, col) ?? sheet.value(row, col) ?? "");
      case "text":
        return grid((row, col) => displayText(sheet.value(row, col), sheet.format(row, col)));
      default:
        throw invalidArgument(`Unknown property ${prop} of Range.`);
    }
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    if (prop === "format") return this.format;
    return null;
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(value: unknown[][]) {
    this.set("values", value, (t, state) => {
      writeCells(t, state, value, "values", ["change cells"], (sheet, r, c, v) =>
        sheet.enter(r, c, v),
      );
      this.context.wb.cellsWritten(t.sheet, t.rect);
    });
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(value: unknown[][]) {
    this.set("formulas", value, (t, state) =>
      writeCells(t, state, value, "formulas", ["change cells"], (sheet, r, c, v) => {
        // A formula written through `formulas` is a formula whatever the number format.
        if (typeof v === "string" && v.startsWith("=")) {
          sheet.setRaw(r, c, "#NAME?");
          sheet.formulas.set(SimSheet.key(r, c), v);
        } else sheet.enter(r, c, v);
      }),
    );
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    const protection = ["change number formats", "allowFormatCells"] as const;
    this.set("numberFormat", value, (t, state) =>
      writeCells(t, state, value, "numberFormat", protection, (sheet, r, c, f) => {
        if (f !== null && f !== undefined) sheet.setFormat(r, c, String(f));
      }),
    );
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): "Copies cell data or formatting from the source range … The
   * destination is expanded automatically if it's smaller than the source." One small request
   * whatever the size: the cells do not travel through the add-in.
   */
  copyFrom(source: SimRange | string, copyType = "All"): void {
    this.call({ m: "copyFrom", a: [objectRef(source), copyType] }, (t, state) => {
      const wb = this.context.wb;
      wb.requireApi("1.9", "Range.copyFrom");
      const from =
        typeof source === "string"
          ? rangeFromAddress(wb, source, t.sheet)
          : source.resolveOrThrow("range");
      const src = live(from.sheet);
      const sheet = live(t.sheet);
      guard(sheet, "change cells");
      const rect = { ...from.rect, row: t.rect.row, column: t.rect.column };
      const values = copyType === "All" || copyType === "Values" || copyType === "Formulas";
      const formats = copyType === "All" || copyType === "Formats";
      eachCell(from.rect, (r, c, i, j) => {
        const to = SimSheet.key(rect.row + i, rect.column + j);
        const key = SimSheet.key(r, c);
        if (values) {
          const v = src.value(r, c);
          (sheet.columns[rect.column + j] ??= [])[rect.row + i] = v;
          const f = copyType === "Values" ? undefined : src.formulas.get(key);
          if (f !== undefined) sheet.formulas.set(to, f);
          else sheet.formulas.delete(to);
        }
        if (formats) {
          (sheet.formats[rect.column + j] ??= [])[rect.row + i] = src.formats[c]?.[r];
          const fill = src.fills.get(key);
          if (fill !== undefined) sheet.fills.set(to, fill);
          else sheet.fills.delete(to);
          // Wrapping is a cell format too: copied, and reset where the source does not wrap.
          if (src.wrapped.get(key)) sheet.wrapped.set(to, true);
          else sheet.wrapped.delete(to);
        }
      });
      if (formats) {
        sheet.setLocked(rect, src.isLocked(from.rect.row, from.rect.column));
        sheet.setVertical(rect, src.vertical(from.rect.row, from.rect.column));
      }
      sheet.setRaw(0, 0, sheet.value(0, 0)); // drop the cached used range
      state.cellsWritten += rect.rowCount * rect.columnCount;
      wb.cellsWritten(sheet, rect);
    });
  }

  /**
   * Range.insert / Range.delete (ExcelApi 1.1) of whole rows of a table (its full width, inside
   * it or just below its header): Excel inserts or removes table rows, so the table grows or
   * shrinks, and references move or break. Other shapes are not simulated.
   */
  insert(shift: string): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        this.shiftTable(t, shift, "Down", t.rect.rowCount);
        return t;
      },
      { m: "insert", a: [shift] },
    );
  }

  delete(shift: string): void {
    this.call({ m: "delete", a: [shift] }, (t) =>
      this.shiftTable(t, shift, "Up", -t.rect.rowCount),
    );
  }

  private shiftTable(t: RangeRef, shift: string, expected: string, delta: number): void {
    const wb = this.context.wb;
    const sheet = live(t.sheet);
    guard(
      sheet,
      delta > 0 ? "insert rows" : "delete rows",
      delta > 0 ? "allowInsertRows" : "allowDeleteRows",
    );
    const table = wb.tables.find(
      (x) =>
        x.sheet === sheet &&
        x.rect.column === t.rect.column &&
        x.rect.columnCount === t.rect.columnCount &&
        t.rect.row > x.rect.row &&
        t.rect.row < x.rect.row + x.rect.rowCount &&
        (delta > 0 || t.rect.row + t.rect.rowCount <= x.rect.row + x.rect.rowCount),
    );
    if (shift !== expected || !table) {
      throw new SimError(
        "NotImplemented",
        "The simulator inserts and deletes only whole rows of a table, shifting down or up.",
        delta > 0 ? "Range.insert" : "Range.delete",
      );
    }
    if (delta < 0 && table.rect.rowCount + delta < 2)
      throw new SimError(
        "InvalidOperation",
        "A table keeps at least one data row.",
        "Range.delete",
      );
    wb.shiftTableRows(table, t.rect.row, delta);
  }

  /**
   * Range.merge (ExcelApi 1.2): the range becomes one merged area (each row one when `across`);
   * Excel keeps the top-left cell's value and clears the others. An area it overlaps is replaced.
   */
  merge(across = false): void {
    this.call({ m: "merge", a: [across] }, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "merge cells", "allowFormatCells");
      const rows = across
        ? Array.from({ length: t.rect.rowCount }, (_, i) => ({
            ...t.rect,
            row: t.rect.row + i,
            rowCount: 1,
          }))
        : [t.rect];
      for (const rect of rows) {
        if (rect.rowCount * rect.columnCount < 2) continue;
        for (let i = sheet.merges.length - 1; i >= 0; i--)
          if (overlaps(sheet.merges[i], rect)) sheet.merges.splice(i, 1);
        sheet.merges.push({ ...rect });
        eachCell(rect, (r, c, i, j) => {
          if ((i > 0 || j > 0) && sheet.columns[c]) sheet.columns[c][r] = undefined;
        });
      }
      sheet.setRaw(0, 0, sheet.value(0, 0)); // drop the cached used range
    });
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that intersect this range,
   * whole, as a RangeAreas; a null object when none does.
   */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(
      this.context,
      () => {
        this.context.wb.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        const t = this.resolveOrThrow("range");
        const areas = live(t.sheet).merges.filter((m) => overlaps(m, t.rect));
        return areas.length > 0 ? { sheet: t.sheet, areas } : null;
      },
      { m: "getMergedAreasOrNullObject" },
    );
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        return {
          sheet: t.sheet,
          rect: {
            row: t.rect.row + row,
            column: t.rect.column + column,
            rowCount: 1,
            columnCount: 1,
          },
        };
      },
      { m: "getCell", a: [row, column] },
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        const rect = {
          ...t.rect,
          rowCount: t.rect.rowCount + deltaRows,
          columnCount: t.rect.columnCount + deltaColumns,
        };
        if (rect.rowCount < 1 || rect.columnCount < 1)
          throw invalidArgument("The resized range is empty.");
        return { sheet: t.sheet, rect };
      },
      { m: "getResizedRange", a: [deltaRows, deltaColumns] },
    );
  }

  getEntireColumn(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        return {
          sheet: t.sheet,
          rect: {
            row: 0,
            column: t.rect.column,
            rowCount: 1_048_576,
            columnCount: t.rect.columnCount,
          },
        };
      },
      { m: "getEntireColumn" },
    );
  }

  clear(): void {
    this.call({ m: "clear" }, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "clear cells");
      eachCell(t.rect, (r, c) => {
        if (sheet.columns[c]) sheet.columns[c][r] = undefined;
        if (sheet.formats[c]) sheet.formats[c][r] = undefined;
        sheet.formulas.delete(SimSheet.key(r, c));
        sheet.fills.delete(SimSheet.key(r, c));
        sheet.wrapped.delete(SimSheet.key(r, c)); // "All" clears formats: wrapping too
      });
      sheet.setRaw(0, 0, sheet.value(0, 0)); // drop the cached used range
    });
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** The simulated Excel.RangeAreas (ExcelApi 1.9): rectangles of one sheet; read-only here. */
export class SimRangeAreas extends SimProxy<{ sheet: SimSheet; areas: Rect[] }> {
  protected readonly scalarProps = ["address", "areaCount"] as const;
  protected readonly typeName = "RangeAreas";

  protected read(t: { sheet: SimSheet; areas: Rect[] }, prop: string): unknown {
    const name = quoteSheetName(live(t.sheet).name);
    switch (prop) {
      // Excel: "Sheet1!A1:B4, Sheet1!D1:D4" (each area with its sheet, ", " between).
      case "address":
        return t.areas.map((r) => `${name}!${rectAddress(r)}`).join(", ");
      case "areaCount":
        return t.areas.length;
      default:
        throw invalidArgument(`Unknown property ${prop} of RangeAreas.`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}
