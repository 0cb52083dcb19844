// The simulated Excel.ConditionalFormatCollection of a range.
import type { Rect } from "../address";
import { SimError, invalidArgument } from "../errors";
import { type RangeRef, SimPart, guard, live } from "./shared";

/**
 * Range.conditionalFormats (ExcelApi 1.6): add("CellValue") with cellValue.rule and
 * cellValue.format.fill.color; clearAll(). The format is set up in the same batch, as the add-in
 * does; Excel keeps one rule for the whole range, however many cells it colours.
 */
export class SimConditionalFormatCollection extends SimPart<RangeRef> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "ConditionalFormatCollection";

  protected read(): unknown {
    throw invalidArgument("ConditionalFormatCollection has no properties here.");
  }

  add(type: string): {
    cellValue: {
      format: { fill: { color: string } };
      rule: { formula1: string; operator: string };
    };
  } {
    const entry = {
      rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      operator: "",
      formula1: "",
      fill: null as string | null,
    };
    const fill = { color: "" };
    const cellValue = {
      format: { fill },
      rule: { formula1: "", operator: "" },
    };
    this.call({ m: "conditionalFormats.add", a: [type] }, (t) => {
      this.context.wb.requireApi("1.6", "ConditionalFormatCollection.add");
      if (type !== "CellValue")
        throw new SimError(
          "NotImplemented",
          "The simulator models CellValue conditional formats only.",
        );
      const sheet = live(t.sheet);
      guard(sheet, "change conditional formats", "allowFormatCells");
      entry.rect = { ...t.rect };
      sheet.conditionalFormats.push(entry);
    });
    // The rule and colour set on the returned objects travel with the add (not sized separately).
    return {
      cellValue: {
        format: {
          fill: {
            get color() {
              return fill.color;
            },
            set color(value: string) {
              fill.color = value;
              entry.fill = value.toUpperCase();
            },
          },
        },
        get rule() {
          return cellValue.rule;
        },
        set rule(value: { formula1: string; operator: string }) {
          cellValue.rule = value;
          entry.formula1 = value.formula1;
          entry.operator = value.operator;
        },
      },
    };
  }

  clearAll(): void {
    this.call({ m: "conditionalFormats.clearAll" }, (t) => {
      this.context.wb.requireApi("1.6", "ConditionalFormatCollection.clearAll");
      const sheet = live(t.sheet);
      const r = t.rect;
      const inside = (x: Rect) =>
        x.row >= r.row &&
        x.column >= r.column &&
        x.row + x.rowCount <= r.row + r.rowCount &&
        x.column + x.columnCount <= r.column + r.columnCount;
      for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--)
        if (inside(sheet.conditionalFormats[i].rect)) sheet.conditionalFormats.splice(i, 1);
    });
  }
}
