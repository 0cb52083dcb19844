import { isBlank, type Cell } from "../cells";
import { isoDate, parseDate, type EpochDay } from "../parse/date";
import { parseAmount, parseScore } from "../parse/number";
import { cellText } from "../parse/text";
import {
  EXPECTED_WORDS,
  QUALITY_CODES,
  qualityMessage,
  type Finding,
  type QualityCode,
} from "../quality";
import type { FieldSpec, SheetSpec } from "../schema";

/**
 * Reads one data row's fields by key and records findings against the right sheet, row and column.
 * One instance serves a whole sheet: `at(row, rowNumber)` moves it along, so no object is made per row.
 */
export class RowReader {
  private row: readonly Cell[] = [];
  rowNumber = 0;
  private readonly fields = new Map<string, FieldSpec>();

  constructor(
    readonly spec: SheetSpec,
    readonly sheetName: string,
    /** Field key → column index. */
    readonly columns: Readonly<Record<string, number>>,
    /** Header text per column index. */
    readonly headers: readonly string[],
    private readonly findings: Finding[],
    readonly asOf: EpochDay,
  ) {
    for (const fd of spec.fields) this.fields.set(fd.key, fd);
  }

  at(row: readonly Cell[], rowNumber: number): this {
    this.row = row;
    this.rowNumber = rowNumber;
    return this;
  }

  has(field: string): boolean {
    return field in this.columns;
  }

  cell(field: string): Cell {
    const c = this.columns[field];
    return c === undefined ? null : this.row[c];
  }

  text(field: string): string {
    return cellText(this.cell(field));
  }

  /** Records a finding about the current row; the column is the field's header. */
  report(
    code: QualityCode,
    field: string | null,
    value: Cell,
    extra: Record<string, string | number> = {},
  ): void {
    const fd = field ? this.fields.get(field) : undefined;
    const column = field && field in this.columns ? this.headers[this.columns[field]] : "";
    const valueText =
      typeof value === "number" && fd && (fd.kind === "date" || fd.kind === "datetime")
        ? String(value)
        : cellText(value);
    const expected = fd ? EXPECTED_WORDS[fd.kind] : EXPECTED_WORDS.text;
    this.findings.push({
      sheet: this.sheetName,
      kind: this.spec.kind,
      row: this.rowNumber,
      column,
      code,
      severity: QUALITY_CODES[code],
      value: valueText,
      message: qualityMessage(code, {
        field: fd?.label["zh-CN"] ?? column,
        fieldEn: fd?.label["en-US"] ?? column,
        value: valueText,
        expected: expected["zh-CN"],
        expectedEn: expected["en-US"],
        asOf: isoDate(this.asOf),
        ...extra,
      }),
    });
  }

  /** A required value: reports missing or unparseable and returns NaN, or the parsed number. */
  required(field: string, parse: (c: Cell) => number): number {
    const c = this.cell(field);
    if (isBlank(c)) {
      this.report("missing_required", field, c);
      return NaN;
    }
    const v = parse(c);
    if (Number.isNaN(v)) this.report("unparseable_value", field, c);
    return v;
  }

  /** An optional value: blank is NaN silently, unparseable is NaN with a warning. */
  optional(field: string, parse: (c: Cell) => number): number {
    if (!this.has(field)) return NaN;
    const c = this.cell(field);
    if (isBlank(c)) return NaN;
    const v = parse(c);
    if (Number.isNaN(v)) this.report("unparseable_optional", field, c);
    return v;
  }

  date(field: string, required: boolean): EpochDay {
    return required ? this.required(field, parseDate) : this.optional(field, parseDate);
  }

  amount(field: string, required: boolean): number {
    return required ? this.required(field, parseAmount) : this.optional(field, parseAmount);
  }

  /** An optional score within [min, max]; outside it is a warning and NaN. */
  score(field: string, min: number, max: number): number {
    const v = this.optional(field, parseScore);
    if (Number.isNaN(v)) return NaN;
    if (v < min || v > max) {
      this.report("out_of_range", field, this.cell(field), {
        range: `${min}–${max}`,
        rangeEn: `within ${min}–${max}`,
      });
      return NaN;
    }
    return v;
  }
}
