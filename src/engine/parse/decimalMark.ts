import type { AmountReading } from "./number";

/** The decimal mark a column uses: a point (1,234.56) or a comma (1.234,56). */
export type DecimalMark = "." | ",";

/** An ambiguous text (`1,234`) met in a column, kept until the whole column has been seen. */
export interface AmbiguousNumber {
  /** Excel row number. */
  row: number;
  /** Index of the row in the built table; -1 when the row was not used. */
  tableIndex: number;
  text: string;
  separator: DecimalMark;
  asGrouping: number;
  asDecimal: number;
}

/** How a column's decimal mark was decided, for the finding's words. */
export type MarkReason = "column" | "mixed" | "delimiter" | "default";

export interface MarkDecision {
  mark: DecimalMark;
  /** True when the column's own values show the mark and never the other: no warning needed. */
  certain: boolean;
  reason: MarkReason;
}

/**
 * The evidence of one number column about its decimal mark, gathered value by value (two counters
 * handed back for the rare ambiguous texts), decided once the column has been read: one pass, no
 * second read, and nothing kept per ordinary value.
 *
 * @example
 * const column = new DecimalMarkEvidence();
 * column.add(readAmount("1.234,56", r), 2, "1.234,56");
 * const pending = column.add(readAmount("1.234", r), 3, "1.234")!;
 * resolvedValue(pending, column.decide(undefined).mark) // 1234

 */
export class DecimalMarkEvidence {
  point = 0;
  comma = 0;

  /**
   * Counts one reading; an ambiguous one is returned as a record for the caller to keep until
   * the column is decided (its table index still unknown: -1), else null.
   */
  add(reading: AmountReading, row: number, text: string): AmbiguousNumber | null {
    const e = reading.evidence;
    if (e === "point") this.point++;
    else if (e === "comma") this.comma++;
    else if (e === "ambiguous")
      return {
        row,
        tableIndex: -1,
        text,
        separator: reading.separator,
        asGrouping: reading.asGrouping,
        asDecimal: reading.asDecimal,
      };
    return null;
  }

  /**
   * The column's mark: the only one its values show; by majority when they show both (uncertain);
   * when they show neither, the mark the file suggests (`hint`: a `;`-separated CSV suggests a
   * comma) or else a point (Chinese and English usage), both uncertain.
   */
  decide(hint: DecimalMark | undefined): MarkDecision {
    if (this.point > 0 && this.comma === 0) return { mark: ".", certain: true, reason: "column" };
    if (this.comma > 0 && this.point === 0) return { mark: ",", certain: true, reason: "column" };
    if (this.comma > 0 && this.point > 0)
      return { mark: this.comma > this.point ? "," : ".", certain: false, reason: "mixed" };
    if (hint) return { mark: hint, certain: false, reason: "delimiter" };
    return { mark: ".", certain: false, reason: "default" };
  }
}

/** The value of an ambiguous text once the column's mark is decided. */
export function resolvedValue(a: AmbiguousNumber, mark: DecimalMark): number {
  return a.separator === mark ? a.asDecimal : a.asGrouping;
}
