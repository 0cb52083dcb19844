import { isBlank, type Cell } from "../cells";
import {
  isoDate,
  isoKeyDay,
  parseDate,
  typedDateProblem,
  birthdayProblem,
  monthDayClue,
  monthDayInYear,
  monthDayNumber,
  writesTwoDigitYear,
  yearFirstShortDate,
  type EpochDay,
} from "../parse/date";
import { DateOrderEvidence, ShortYearEvidence, type DateOrder } from "../parse/dateOrder";
import {
  DecimalMarkEvidence,
  resolvedValue,
  type AmbiguousNumber,
  type DecimalMark,
  type MarkDecision,
} from "../parse/decimalMark";
import { amountReading, plainNumber, readAmount, parseScore } from "../parse/number";
import { scale5Score } from "./options";
import { CURRENCY_SYMBOLS, CurrencyEvidence } from "../parse/currencySymbol";
import { amountUnitOf } from "../parse/amountUnit";
import { cellText } from "../parse/text";
import { formatNumber } from "../words/format";
import { columnLetters } from "../a1";
import {
  EARLIEST_TRANSACTION_DAY,
  EXPECTED_WORDS,
  QUALITY_CODES,
  type Finding,
  type QualityCode,
} from "../quality";
import { CELL_MAX_CHARS } from "../report/limits";
import {
  CELL_BLANK,
  CELL_DATE,
  CELL_NUMBER,
  CELL_RAW,
  CELL_TEXT,
  type ColumnBlock,
} from "./columnBlock";
import { AMOUNT_MARKS, PARSE_AMOUNT, rawAmount, rawIsoKey, rawIsoShape } from "./rawCells";
import { BlockCursor } from "./blockCursor";
import { say, sayBoth, type Code } from "../words/catalog";
import { typedDateWords } from "../typedDateWords";
import { unreadableAdvice } from "./mostlyUnreadable";

/** A message of the catalog's quality section: a code's, or a variant of it. */
type QualityWords = Code<"quality">;
import { MARK_REASONS } from "./markReasons";
import { fivePointOf, namesTenPointScale } from "../parse/scoreScale";
import { noRowsAfterAsOf, noteAfterAsOf, summariseAfterAsOf, type AfterAsOf } from "./afterAsOf";
import type { FieldSpec, Lang, SheetSpec } from "../schema";

/** The error values Excel stores in a cell whose formula failed (ECMA-376 §18.17.2.9 ST_CellError, and newer). */
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/**
 * Whether a cell holds an Excel error value (a failed formula), not a typed value.
 *
 * @example isExcelError("#N/A") // true
 * @example isExcelError("#12") // false
 */
export function isExcelError(cell: unknown): boolean {
  return typeof cell === "string" && EXCEL_ERROR.test(cell.trim());
}

/**
 * The share of a sheet's rows a required column's unreadable values may leave unused before a
 * sheet-level warning says so (a new-user trial: a third of the transactions dropped for
 * "Jan 01, 2023" dates showed only in the counts). 2%: a few typos stay row findings only.
 */
export const UNREADABLE_SHARE_WARNING = 0.02;
/** …and at least this many rows: one or two typos in a small sheet stay row findings only. */
export const UNREADABLE_ROWS_WARNING = 5;

/**
 * A cell's key in a set of cells (row number as Excel shows it, zero-based column): Excel's
 * 16,384 columns a row.
 */
export const formulaCell = (row: number, column: number): number => row * 16384 + column;

/** Characters of a value a finding quotes (a finding's message must fit in one cell). */
const QUOTED_CHARS = 200;

/** A number ingest read before its column was decided, and its value now it is. */
export interface NumberRevision {
  field: string;
  /** Index of the row in the built table. */
  tableIndex: number;
  value: number;
}

const parseDayFirst = (c: Cell) => parseDate(c, "dayFirst");

/** Other values a column of whole numbers needs before its `3,816` is read as thousands unsaid. */
export const WHOLE_NUMBERS_MIN = 10;

/**
 * The number fields whose ambiguous values (`3,816`, `12,000`) are all commas read as thousands by
 * default (no value shows a decimal mark, no file hint), in a column whose other values are at
 * least WHOLE_NUMBERS_MIN whole numbers with not one fraction among them: 3.816 would be the
 * column's only fraction, with three decimals, so thousands is the only reading consistent with
 * the other cells and no warning is due (tester63 U172: a ¥ 金额 column of whole numbers had its
 * 17 "需要核对" findings all `3,816` "可能是 3.816", burying the findings that matter). A column
 * with fewer values, or a fraction, or a `1.234`, keeps the warning.
 */
function wholeNumbersOnly(
  ambiguous: readonly { field: string; number: AmbiguousNumber }[],
  decisions: ReadonlyMap<string, MarkDecision>,
  column: (field: string) => Float64Array | undefined,
): Set<string> {
  const count = new Map<string, number>();
  const excluded = new Set<string>();
  for (const { field, number } of ambiguous) {
    count.set(field, (count.get(field) ?? 0) + 1);
    if (number.separator !== "," || decisions.get(field)?.reason !== "default") excluded.add(field);
  }
  const whole = new Set<string>();
  for (const [field, n] of count) {
    const values = column(field);
    if (excluded.has(field) || !values) continue;
    let others = -n;
    let fraction = false;
    for (let i = 0; i < values.length && !fraction; i++) {
      const v = values[i];
      if (Number.isNaN(v)) continue;
      others++;
      fraction = !Number.isInteger(v);
    }
    if (!fraction && others >= WHOLE_NUMBERS_MIN) whole.add(field);
  }
  return whole;
}

/**
 * Reads one data row's fields by key and records findings against the right sheet, row and column.
 * One instance serves a whole sheet: `at(row, rowNumber)` moves it along, so no object is made per row.
 * Amounts are read with their column's evidence about the decimal mark (see `decideNumbers`).
 */
export { AFTER_AS_OF_LISTED, type AfterAsOf } from "./afterAsOf";
export type { RowPlace } from "./blockCursor";

/**
 * An amount column's cells, under a header naming a scale (金额(万元)), that name their own: Excel
 * rows naming a unit (`12000元`, `0.5万`, `5k`), rows naming only a currency (`¥3000`), the first
 * of each.
 */
export interface OwnUnits {
  unit: Set<number>;
  symbol: Set<number>;
  firstUnit?: { row: number; text: string };
  firstSymbol?: { row: number; text: string };
}

export class RowReader extends BlockCursor {
  /**
   * Set by the sheet for the current row when it is a card use (划卡): a blank amount is a visit at
   * 0, nothing collected, not a missing value (storedValue.ts; tester60 U94).
   */
  blankAmountIsZero = false;
  /**
   * Set by the sheet for the current row when it is an order placed, awaiting payment and not yet
   * sent (rowKinds.ts placedAwaitingPayment; newuser70 N2): her order on its day, at 0 until paid.
   */
  amountIsZero = false;
  private readonly fields = new Map<string, FieldSpec>();
  private readonly reading = amountReading();
  private readonly marks = new Map<string, DecimalMarkEvidence>();
  /** Per amount field whose values carry a currency symbol: how many carry each (currencies()). */
  private readonly symbols = new Map<string, CurrencyEvidence>();
  /** Per amount field: whether its header names a scale (万元, k), asked once. */
  private readonly headerScaled = new Map<string, boolean>();
  /**
   * Per amount field whose header names a scale: the rows whose text named its own unit
   * (`12000元`, `0.5万`, `5k` under 金额(万元): `unit`) or only a currency (`¥3000`, `$1.5`:
   * `symbol`), each with the first of them (ownUnits(); tester53 N25).
   */
  private readonly ownUnitRows = new Map<string, OwnUnits>();
  /** Ambiguous numbers of the current row, waiting for the row's table index. */
  private unsettled: { field: string; number: AmbiguousNumber }[] = [];
  private readonly ambiguous: { field: string; number: AmbiguousNumber }[] = [];
  /** Date fields present in the sheet, each with its column's evidence about day/month order. */
  private readonly dateOrders = new Map<string, DateOrderEvidence>();
  /** Per required field: rows not used because its value could not be read, and the first such value. */
  private readonly unreadable = new Map<string, { rows: number; value: string; row: number }>();
  /**
   * Per required field: rows not used because its cell was blank, and the first (tester54 T10: 25
   * of 55 order lines with a blank 客户编号 dropped, said only row by row).
   */
  private readonly blank = new Map<
    string,
    { rows: number; value: string; row: number; ordered?: number; money?: number }
  >();
  /** Per 1–5 score field: whether its header names a 10-point scale (10分制), asked once. */
  private readonly tenPoint = new Map<string, boolean>();
  /** Per 10-point score field: answers read on the 1–5 scale, and the first. */
  private readonly rescaled = new Map<string, { count: number; row: number }>();
  /**
   * The last out-of-range or unreadable score's row, field and value (a row with no other answer
   * is unusable: its scores unreadable, not blank).
   */
  private outOfRange = { row: -1, field: "", value: "" };
  /** Rows whose blank amount was read as quantity × unit price (lineAmount), and the first. */
  private lineAmounts = { count: 0, row: 0 };
  /**
   * Further lines of orders whose total is on their first line (ContinuationLines.inOrderTotal),
   * by row number: their blank amount is part of that total, read as 0 (lineAmount). Null: none.
   */
  orderTotalLines: Set<number> | null = null;
  /**
   * Blank-customer lines that are sales of their own, by row number: a time of day other than the
   * line above's, or a walk-in's word (ContinuationLines.ownSale; tester68 U405). Null: none.
   */
  ownSales: Set<number> | null = null;
  /** How many such lines' blank amounts were read as 0, and the first (reportLineAmounts). */
  private inTotals = { count: 0, row: 0 };
  /** Per date field: dates read from a two-digit year (01/01/23), and the first one. */
  private readonly twoDigitYears = new Map<string, { count: number; row: number; text: string }>();
  /**
   * Rows not used because their date is after the analysis date: the first field's column, the
   * date range, and the per-row findings (replaced by one summary line when there are many).
   */
  readonly afterAsOf: AfterAsOf = noRowsAfterAsOf();
  /** The last yyyymmdd looked up in a raw cell and its day (rows often come by date). */
  private lastIsoKey = -1;
  private lastIsoDay = NaN;
  /**
   * The birthday column's months and days with no year (`12/20`, `12/11`: monthDayClue), their
   * order as its own values or the sheet's other dates show it (tester61 U121); null without a
   * birthday column. Never assumed: a `12/11` nothing settles stays refused.
   */
  private monthDays: { c: number; evidence: DateOrderEvidence } | null = null;
  /**
   * The year the sheet's name or title gives (sheetYear.ts), for transaction dates with no year
   * (1月8日, 1.6: tester65 U201); null when it gives none. Set by the sheet's read.
   */
  sheetYear: number | null = null;
  /** The dates read in sheetYear: how many, and the first (reportYearFromSheet). */
  private yearFromSheet: { count: number; row: number; text: string } | null = null;
  /**
   * The transaction date column's short dates (26/11/30): read year first, yy/mm/dd, or not, one
   * reading for the whole column (ShortYearEvidence; reviewer64 M1); null on other sheets.
   */
  private shortYears: { c: number; evidence: ShortYearEvidence } | null = null;
  /** The date fields of dateOrders with their columns, for observeDates' loop. */
  private readonly dateColumns: { field: string; c: number; evidence: DateOrderEvidence }[] = [];
  /**
   * Cells (formulaCell) holding a formula with no saved result, as the source told them: a
   * required value missing there is `formula_without_result`, not `missing_required`.
   */
  uncalculated: ReadonlySet<number> = new Set();

  constructor(
    readonly spec: SheetSpec,
    readonly sheetName: string,
    /** Field key → column index. */
    columns: Readonly<Record<string, number>>,
    /** Header text per column index. */
    readonly headers: readonly string[],
    private readonly findings: Finding[],
    readonly asOf: EpochDay,
  ) {
    super(columns);
    for (const fd of spec.fields) {
      this.fields.set(fd.key, fd);
      if ((fd.kind === "date" || fd.kind === "datetime") && fd.key in columns) {
        const evidence = new DateOrderEvidence();
        this.dateOrders.set(fd.key, evidence);
        this.dateColumns.push({ field: fd.key, c: columns[fd.key], evidence });
        if (fd.key === "birthday")
          this.monthDays = { c: columns[fd.key], evidence: new DateOrderEvidence() };
        if (fd.key === "date" && spec.kind === "transactions")
          this.shortYears = {
            c: columns[fd.key],
            evidence: new ShortYearEvidence(EARLIEST_TRANSACTION_DAY, asOf),
          };
      }
    }
  }

  /**
   * Counts the current row's date cells as evidence of their columns' day/month order; true when
   * a column has met values either way round (`03/04/2025`) and none yet that shows its order, so
   * the caller holds the row back until one does (SheetIngest): a date is read once, in its
   * column's order, never cell by cell.
   */
  observeDates(): boolean {
    let waiting = false;
    const block = this.block;
    const i = this.blockRow;
    const dates = this.dateColumns;
    for (let k = 0; k < dates.length; k++) {
      const { field, c, evidence } = dates[k];
      // Only texts show a day/month order: a block's date and number cells are not made, nor raw
      // ISO-shaped ones (dateOrderClue passes over them).
      const col = block === null ? undefined : block.columns[c];
      const kind = block === null ? CELL_TEXT : col === undefined ? CELL_BLANK : col.kinds[i];
      if (
        kind === CELL_TEXT ||
        (kind === CELL_RAW && !rawIsoShape(block!.bytes!, col!.starts![i], col!.ends![i]))
      )
        evidence.add(this.cell(field), this.rowNumber);
      if (evidence.waiting) waiting = true;
    }
    const md = this.monthDays;
    if (md !== null) {
      const col = block === null ? undefined : block.columns[md.c];
      const kind = block === null ? CELL_TEXT : col === undefined ? CELL_BLANK : col.kinds[i];
      if (kind === CELL_TEXT || kind === CELL_RAW) {
        const value = this.cell("birthday");
        md.evidence.add(value, this.rowNumber, monthDayClue(value));
      }
      if (md.evidence.waiting && this.sheetDateOrder() === null) waiting = true;
    }
    const sy = this.shortYears;
    if (sy !== null && sy.evidence.yearFirst === null) {
      const col = block === null ? undefined : block.columns[sy.c];
      const kind = block === null ? CELL_TEXT : col === undefined ? CELL_BLANK : col.kinds[i];
      // Texts only, as above: no cell made for a raw ISO-shaped one (a CSV's millions of rows).
      if (
        kind === CELL_TEXT ||
        (kind === CELL_RAW && !rawIsoShape(block!.bytes!, col!.starts![i], col!.ends![i]))
      )
        sy.evidence.add(this.cell("date"), this.rowNumber);
      if (sy.evidence.waiting) waiting = true;
    }
    return waiting;
  }

  /** The day/month order a date column of the sheet has shown (not assumed), null when none has. */
  private sheetDateOrder(): DateOrder | null {
    for (const { evidence } of this.dateColumns)
      if (evidence.order !== null && !evidence.assumed) return evidence.order;
    return null;
  }

  /**
   * The order to read a birthday's month and day with no year in (`12/11`): the one its column's
   * other such values show (`12/20`), else the one the sheet's dates show (`03/15/2025`), else
   * undefined (refused: day or month first?).
   */
  monthDayOrder(): DateOrder | undefined {
    return this.monthDays?.evidence.order ?? this.sheetDateOrder() ?? undefined;
  }

  override at(row: readonly Cell[], rowNumber: number): this {
    super.at(row, rowNumber);
    if (this.unsettled.length > 0) this.unsettled = [];
    return this;
  }

  /** Moves to row `index` of a column block (no Cell[] is made for it). */
  override atBlock(block: ColumnBlock, index: number, rowNumber: number): this {
    super.atBlock(block, index, rowNumber);
    if (this.unsettled.length > 0) this.unsettled = [];
    return this;
  }

  /** Settles every waiting column's order as month/day (nothing in it says otherwise yet). */
  assumeDateOrders(): void {
    for (const evidence of this.dateOrders.values()) if (evidence.waiting) evidence.assume();
    this.shortYears?.evidence.assume();
  }

  /** The day/month order its column's values show, month first until one shows it. */
  dateOrder(field: string): DateOrder {
    return this.dateOrders.get(field)?.order ?? "monthFirst";
  }

  /**
   * A finding per date column whose order its values did not settle: read month/day with none
   * showing it (`date_order_assumed`), or showing both orders (`date_order_mixed`). Sheet-level
   * (row 0 is the header's), naming the column and the first ambiguous value's row.
   */
  reportDateOrders(): void {
    for (const [field, evidence] of this.dateOrders) {
      const first = evidence.firstAmbiguous;
      const { order, reason } = evidence.decide();
      // Every value read as it can only be read: nothing to check.
      if (!first || reason === "column") continue;
      this.rowNumber = first.row;
      const asRead = parseDate(first.text, order);
      const other = parseDate(first.text, order === "dayFirst" ? "monthFirst" : "dayFirst");
      if (reason === "assumed")
        this.report("date_order_assumed", field, first.text, {
          row: first.row,
          count: evidence.ambiguous,
          reading: isoDate(asRead),
          alternative: isoDate(other),
        });
      else
        this.report("date_order_mixed", field, first.text, {
          row: first.row,
          count: evidence.ambiguous,
          dayFirstValue: evidence.firstDayFirst!.text,
          dayFirstRow: evidence.firstDayFirst!.row,
          monthFirstValue: evidence.firstMonthFirst!.text,
          monthFirstRow: evidence.firstMonthFirst!.row,
          order: say("zh-CN", "dateOrder", order),
          orderEn: say("en-US", "dateOrder", order),
        });
    }
  }

  /** text(), as a string of its own (ownText): one made from raw bytes is one already. */
  ownText(field: string): string {
    const text = this.text(field);
    return this.rawColumn(field) || text.length < 13 ? text : (text + " ").slice(0, -1);
  }

  /** True when the current row holds a number its column has yet to decide. */
  get hasUnsettled(): boolean {
    return this.unsettled.length > 0;
  }

  /** Tells where the current row went: its index in the table, or -1 when it was not used. */
  settleRow(tableIndex: number): void {
    for (const u of this.unsettled) {
      u.number.tableIndex = tableIndex;
      if (tableIndex >= 0) this.ambiguous.push(u);
    }
    this.unsettled = [];
  }

  /**
   * Decides each number column's decimal mark from all its values, now the sheet has been read,
   * and returns the used rows whose value changes. An ambiguous value (`1,234` in a column that
   * shows neither mark, or both) gets a warning naming its row and column: never a silent guess.
   * `hint` is the mark the file suggests (a `;`-separated CSV: a comma). `column`: the built
   * table's values of a number field, to tell a column of whole numbers (wholeNumbersOnly).
   */
  decideNumbers(
    hint: DecimalMark | undefined,
    column: (field: string) => Float64Array | undefined = () => undefined,
  ): NumberRevision[] {
    const revisions: NumberRevision[] = [];
    const decisions = new Map<string, ReturnType<DecimalMarkEvidence["decide"]>>();
    for (const [field, evidence] of this.marks) decisions.set(field, evidence.decide(hint));
    const whole = wholeNumbersOnly(this.ambiguous, decisions, column);
    for (const { field, number } of this.ambiguous) {
      const decision = decisions.get(field)!;
      const value = resolvedValue(number, decision.mark);
      const provisional = number.separator === "," ? number.asGrouping : number.asDecimal;
      if (value !== provisional) revisions.push({ field, tableIndex: number.tableIndex, value });
      if (decision.certain || whole.has(field)) continue;
      this.rowNumber = number.row;
      const reason = MARK_REASONS[decision.reason];
      this.report("ambiguous_number", field, number.text, {
        asGrouping: String(number.asGrouping),
        asDecimal: String(number.asDecimal),
        chosen: String(value),
        reason: reason.zh,
        reasonEn: reason.en,
      });
    }
    return revisions;
  }

  /**
   * A sheet-level warning per required column whose unreadable values (`many_unreadable`) or blank
   * cells (`many_blank_required`) left more than
   * UNREADABLE_SHARE_WARNING of the sheet's rows unused: the row findings say
   * which rows, this says that a share of the data is missing from the analysis, with an example.
   * `rows` is the sheet's data rows (blank and totals rows not counted).
   *
   * @example reader.reportUnreadable(3036) // "1,015 of 3,036 rows of Transactions (33%) not used: …"
   */
  reportUnreadable(rows: number, skipped = 0): void {
    for (const [tally, code] of [
      [this.unreadable, "many_unreadable"],
      [this.blank, "many_blank_required"],
    ] as const)
      for (const [field, u] of tally) {
        if (u.rows < UNREADABLE_ROWS_WARNING || u.rows / rows <= UNREADABLE_SHARE_WARNING) continue;
        this.rowNumber = 0;
        const share = `${Math.round((100 * u.rows) / rows)}%`;
        // The rows skipped (totals, blank) are among the rows read and not used: said, so the
        // counts add up to the summary's (stop 33 tester #2: "2,053 行中有 2,052 行" beside
        // 2,053 unused, the other row a 合计 line).
        const skippedNote = (lang: Lang) =>
          skipped > 0 ? say(lang, "ingest", "unreadableSkipped", { skipped }) : "";
        // What to do, for a date column (tester51 C1); a blank cell has no reading to fix.
        const advice =
          code === "many_unreadable" ? unreadableAdvice(this.fields.get(field)!.kind) : null;
        const adviceWords = (lang: Lang) =>
          advice
            ? say(lang, "ingest", "unreadableAdvice", { advice: say(lang, "input", advice) })
            : "";
        // A sale's blank customer beside order IDs: a sale to nobody known, not a cell to fill.
        const anonymous = code === "many_blank_required" && "ordered" in u && u.ordered === u.rows;
        const money = anonymous ? ((u as { money?: number }).money ?? 0) : 0;
        const blankAdvice = (lang: Lang) =>
          anonymous
            ? say(lang, "ingest", "anonymousSales", { money: formatNumber(money, lang) })
            : say(lang, "ingest", "blankAdvice");
        // The message's tail: the skipped rows, then what to do.
        this.report(code, field, u.value, {
          blankAdvice: blankAdvice("zh-CN"),
          blankAdviceEn: blankAdvice("en-US"),
          rejected: u.rows,
          read: rows,
          row: u.row,
          skippedNote: skippedNote("zh-CN") + adviceWords("zh-CN"),
          skippedNoteEn: skippedNote("en-US") + adviceWords("en-US"),
          share,
          sheet: this.spec.label["zh-CN"],
          sheetEn: this.spec.label["en-US"],
          // A field with no column (a survey's 总体满意度 when it has other scores) by its name,
          // not its key (reviewer55 R9: "必填的“overall”列为空").
          column: this.headers[this.columns[field]] ?? this.fields.get(field)!.label["zh-CN"],
          columnEn: this.headers[this.columns[field]] ?? this.fields.get(field)!.label["en-US"],
        });
      }
  }

  /** Whether the current row is a sale whose customer is `field` and which has an order ID. */
  private hasOwnOrder(field: string): boolean {
    if (this.spec.kind !== "transactions" || field !== "customerId") return false;
    if (this.ownSales?.has(this.rowNumber)) return true;
    return "orderId" in this.columns && cellText(this.cell("orderId")).trim() !== "";
  }

  /** A text field; text longer than an Excel cell holds is reported (the output tabs cut it). */
  text(field: string): string {
    const text = cellText(this.cell(field));
    if (text.length > CELL_MAX_CHARS)
      this.report("text_too_long", field, text.slice(0, 40) + "…", {
        length: text.length,
        limit: CELL_MAX_CHARS,
      });
    return text;
  }

  /**
   * Records a finding about the current row; the column is the field's header. `words`: the
   * message's key in the catalog's quality section when it is not the code's (a variant of it).
   */
  report(
    code: QualityCode,
    field: string | null,
    value: Cell,
    extra: Record<string, string | number> = {},
    words: QualityWords = code,
  ): void {
    if (
      code === "missing_required" &&
      this.uncalculated.size > 0 &&
      field &&
      field in this.columns &&
      this.uncalculated.has(formulaCell(this.rowNumber, this.columns[field]))
    )
      code = words = "formula_without_result";
    // An Excel error value (#REF!, #N/A …) is a failed formula, not a typed id, amount or date: say
    // so, and to fix the formula (tester53 N28: "add a customer called #REF!").
    if (words === code && isExcelError(value)) {
      if (code === "unparseable_optional") words = "excel_error_cell_optional";
      else if (code === "unparseable_value" || code === "unknown_customer")
        words = "excel_error_cell";
    }
    const fd = field ? this.fields.get(field) : undefined;
    const column = field && field in this.columns ? this.headers[this.columns[field]] : "";
    const whole =
      typeof value === "number" && fd && (fd.kind === "date" || fd.kind === "datetime")
        ? String(value)
        : cellText(value);
    // A finding quotes at most the start of a value: its message must fit in a cell itself.
    const valueText = whole.length > QUOTED_CHARS ? whole.slice(0, QUOTED_CHARS) + "…" : whole;
    const expected = fd ? EXPECTED_WORDS[fd.kind] : EXPECTED_WORDS.text;
    if ((code === "unparseable_value" || code === "missing_required") && field) {
      const tally = code === "missing_required" ? this.blank : this.unreadable;
      const u = tally.get(field);
      if (u) u.rows++;
      else tally.set(field, { rows: 1, value: valueText, row: this.rowNumber });
      // A sale's blank customer on a row with an order ID of its own (continuation lines were
      // filled before): counted, so the warning can call them anonymous sales (tester59 U81).
      if (code === "missing_required" && this.hasOwnOrder(field)) {
        const b = this.blank.get(field)!;
        b.ordered = (b.ordered ?? 0) + 1;
        const money =
          "amount" in this.columns ? readAmount(this.cell("amount"), amountReading()).value : NaN;
        if (Number.isFinite(money)) b.money = (b.money ?? 0) + money;
      }
    }
    const params = {
      // The column as the user's header reads (交易日期, not our field's name 日期), and its letters.
      field: column || (fd?.label["zh-CN"] ?? ""),
      fieldEn: column || (fd?.label["en-US"] ?? ""),
      letter: field && field in this.columns ? columnLetters(this.columns[field]) : "?",
      value: valueText,
      expected: expected["zh-CN"],
      expectedEn: expected["en-US"],
      asOf: isoDate(this.asOf),
      ...extra,
    };
    const finding: Finding = {
      sheet: this.sheetName,
      kind: this.spec.kind,
      row: this.rowNumber,
      column,
      code,
      severity: QUALITY_CODES[code],
      value: valueText,
      message: sayBoth("quality", words, params),
    };
    // A typed date that is no day: the typed-date reader's reason (the one --as-of gives), read
    // only here, for a cell that failed (tester13 #2).
    const problem =
      (code === "unparseable_value" || code === "unparseable_optional") &&
      typeof value === "string" &&
      (fd?.kind === "date" || fd?.kind === "datetime")
        ? field === "birthday"
          ? birthdayProblem(value)
          : typedDateProblem(value)
        : null;
    if (problem && problem.code !== "notADate") {
      const reason = (lang: Lang) => typedDateWords(lang, valueText, problem);
      const because =
        code === "unparseable_value" ? "unparseable_date" : "unparseable_date_optional";
      finding.message = {
        "zh-CN": say("zh-CN", "quality", because, { ...params, problem: reason("zh-CN") }),
        "en-US": say("en-US", "quality", because, { ...params, problem: reason("en-US") }),
      };
    }
    this.findings.push(finding);
    if (code === "future_date")
      noteAfterAsOf(this.afterAsOf, finding, String(extra.value ?? valueText), column);
  }

  /** One note instead of the per-row findings when many rows are after the analysis date (afterAsOf.ts). */
  summariseAfterAsOf(): void {
    summariseAfterAsOf(this.afterAsOf, this.findings, {
      sheet: this.sheetName,
      kind: this.spec.kind,
      sheetZh: this.spec.label["zh-CN"],
      sheetEn: this.spec.label["en-US"],
      asOf: isoDate(this.asOf),
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

  /** A date read in its column's day/month order (observeDates). */
  date(field: string, required: boolean): EpochDay {
    // A date cell of a block is its epoch day already: what parseDate reads from its Date.
    const day = this.blockNumber(field, CELL_DATE);
    if (day !== undefined && !Number.isNaN(day)) return day;
    // A raw yyyy-mm-dd: the day parseDate read from the same text before (any order reads it so).
    const key = this.rawIs(field, rawIsoKey, -1);
    if (key >= 0) {
      const known = this.isoDay(key);
      if (!Number.isNaN(known)) return known;
    }
    // A month and day typed as a number (1.6): read as its text; 1.1, that may be 1.10, not read.
    const typed = field === "date" ? this.monthDayTyped() : null;
    if (typed?.ambiguous) return NaN;
    // A month and day with no year (1月8日, 1.6) on a sheet whose name or title gives the year.
    if (this.sheetYear !== null && field === "date") {
      const c = typed?.text ?? this.cell(field);
      const md = monthDayInYear(c, this.sheetYear, this.dateOrder(field));
      if (!Number.isNaN(md)) {
        const seen = this.yearFromSheet;
        if (seen) seen.count++;
        else this.yearFromSheet = { count: 1, row: this.rowNumber, text: String(c).trim() };
        return md;
      }
    }
    // The column's short dates written year first (26/11/30): each of them read so.
    const sy = this.shortYears;
    if (sy !== null && sy.evidence.yearFirst && field === "date") {
      const c = this.cell(field);
      const ymd = yearFirstShortDate(c);
      if (!Number.isNaN(ymd)) {
        sy.evidence.read++;
        return ymd;
      }
    }
    if (typed) {
      // No year anywhere: said as the same text would be (a date with no year).
      this.report("unparseable_value", field, typed.text);
      return NaN;
    }
    const order = this.dateOrder(field);
    const parse = order === "dayFirst" ? parseDayFirst : parseDate;
    const read = required ? this.required(field, parse) : this.optional(field, parse);
    if (!Number.isNaN(read)) this.noteTwoDigitYear(field);
    return read;
  }

  /**
   * The transaction date cell's month and day typed as a number (parse/date.ts monthDayNumber),
   * null when it is none; one that may be another day (1.1 for 1.10) is said and not read.
   */
  private monthDayTyped(): ReturnType<typeof monthDayNumber> {
    const c = this.cell("date");
    const typed = typeof c === "number" ? monthDayNumber(c) : null;
    if (typed?.ambiguous)
      this.report(
        "unparseable_value",
        "date",
        c,
        { month: typed.month, day: typed.day, day10: typed.day * 10, typed: `${typed.text}0` },
        "date_number_ambiguous",
      );
    return typed;
  }

  /** Counts the current row's date of `field` when its text writes the year with two digits. */
  private noteTwoDigitYear(field: string): void {
    const c = this.cell(field);
    if (typeof c !== "string" || !writesTwoDigitYear(c)) return;
    const seen = this.twoDigitYears.get(field);
    if (seen) seen.count++;
    else this.twoDigitYears.set(field, { count: 1, row: this.rowNumber, text: c.trim() });
  }

  /**
   * One finding when the transaction date column's short dates were read year first
   * (`date_read_year_first`, warning): how many, the first value only that reading makes a day,
   * and its day/month/year reading.
   */
  reportShortYears(): void {
    const sy = this.shortYears?.evidence;
    if (!sy || !sy.yearFirst || sy.read === 0 || !sy.firstYearFirst) return;
    const { row, text } = sy.firstYearFirst;
    this.rowNumber = row;
    const dayFirst = parseDate(text, "dayFirst");
    this.report("date_read_year_first", "date", text, {
      count: sy.read,
      reading: isoDate(yearFirstShortDate(text)),
      other: isoDate(Math.floor(Number.isNaN(dayFirst) ? parseDate(text) : dayFirst)),
      earliest: isoDate(EARLIEST_TRANSACTION_DAY),
    });
  }

  /**
   * The dates with no year read in the sheet's year (reportYearFromSheet): how many, the year, and
   * the first one's day; null when none was. For an input read from several sheets, said once.
   */
  get yearFromSheetRead(): { count: number; year: number; reading: string } | null {
    const seen = this.yearFromSheet;
    if (!seen || this.sheetYear === null) return null;
    const day = monthDayInYear(seen.text, this.sheetYear, this.dateOrder("date"));
    return { count: seen.count, year: this.sheetYear, reading: isoDate(day) };
  }

  /**
   * One note when transaction dates with no year were read in the year the sheet's name or title
   * gives (`date_year_from_sheet`, info): how many, the first, and the year (tester65 U201).
   */
  reportYearFromSheet(): void {
    const seen = this.yearFromSheet;
    if (!seen || this.sheetYear === null) return;
    this.rowNumber = seen.row;
    this.report("date_year_from_sheet", "date", seen.text, {
      count: seen.count,
      year: this.sheetYear,
      row: seen.row,
      reading: isoDate(monthDayInYear(seen.text, this.sheetYear, this.dateOrder("date"))),
    });
  }

  /**
   * A finding per date column with dates read from two-digit years (`two_digit_year`, info): the
   * first such value, its row, how many, and the day it was read as (Excel's window: fullYear).
   */
  reportTwoDigitYears(): void {
    for (const [field, seen] of this.twoDigitYears) {
      this.rowNumber = seen.row;
      this.report("two_digit_year", field, seen.text, {
        row: seen.row,
        count: seen.count,
        reading: isoDate(Math.floor(parseDate(seen.text, this.dateOrder(field)))),
      });
    }
  }

  /**
   * The current row's amount when its cell is blank and its quantity and unit price are plain
   * numbers: their product, to the cent (tester54 T10: 14 of 40 lines with 数量 and 单价 but no
   * 金额 were dropped); NaN otherwise, and the amount is read (and reported missing) as before.
   * Plain numbers only: an ambiguous `1,234` waits for its column's decision, which a product
   * cannot.
   */
  lineAmount(): number {
    if (!("unitPrice" in this.columns) || !("quantity" in this.columns)) return NaN;
    const c = this.columns.amount;
    if (!this.blankAt(c)) return NaN;
    // A formula with no saved result is said as one (formula_without_result), not worked around.
    if (this.uncalculated.size > 0 && this.uncalculated.has(formulaCell(this.rowNumber, c)))
      return NaN;
    const quantity = plainNumber(this.cell("quantity"));
    const price = plainNumber(this.cell("unitPrice"));
    if (!Number.isFinite(quantity) || !Number.isFinite(price)) return NaN;
    if (this.inOrderTotal) {
      if (this.inTotals.count++ === 0) this.inTotals.row = this.rowNumber;
      return 0;
    }
    if (this.lineAmounts.count++ === 0) this.lineAmounts.row = this.rowNumber;
    return Math.round(quantity * price * 100) / 100;
  }

  /** Whether the current row is a further line of an order whose total is on its first line. */
  get inOrderTotal(): boolean {
    return this.orderTotalLines !== null && this.orderTotalLines.has(this.rowNumber);
  }

  /**
   * One note when amounts were read as quantity × unit price, and one when further lines were
   * taken as part of their order's total: how many, the first row.
   */
  reportLineAmounts(): void {
    const header = (field: string) => this.headers[this.columns[field]] ?? field;
    for (const [code, { count, row }] of [
      ["amount_from_quantity_price", this.lineAmounts],
      ["order_lines_in_total", this.inTotals],
    ] as const) {
      if (count === 0) continue;
      this.rowNumber = row;
      this.report(code, "amount", "", {
        count,
        row,
        quantity: header("quantity"),
        price: header("unitPrice"),
      });
    }
  }

  /**
   * The day of a raw yyyy-mm-dd cell of the current block row, `key` its rawIsoKey: what parseDate
   * reads from its text (NaN: no such day), worked out from the key itself (isoKeyDay: no text
   * decoded, whole-number arithmetic since stop 31: cheaper than the Map of the keys met that it
   * replaced, 3-15 against 22-48 ms for the 100k customers' 138,225 dates, 15,612 distinct).
   */
  isoDay(key: number): number {
    if (key === this.lastIsoKey) return this.lastIsoDay;
    const known = isoKeyDay(key);
    this.lastIsoKey = key;
    this.lastIsoDay = known;
    return known;
  }

  /**
   * The field's decimal-mark evidence, made when first wanted: the raw fast path counts a plain
   * amount read with a point (rawAmount's "point") in it, kept rather than looked up each row.
   */
  markEvidence(field: string): DecimalMarkEvidence {
    let evidence = this.marks.get(field);
    if (!evidence) this.marks.set(field, (evidence = new DecimalMarkEvidence()));
    return evidence;
  }

  /**
   * An amount (or quantity): blank is missing when required, NaN silently otherwise; text that is
   * not a number (a percentage included) is reported. Its decimal mark counts as evidence for the
   * column; an ambiguous `1,234` is read the usual way for now and decided with the column.
   */
  amount(field: string, required: boolean): number {
    if (!required && !this.has(field)) return NaN;
    // A finite number cell is its own value, with no evidence about the decimal mark (readAmount).
    const n = this.blockNumber(field, CELL_NUMBER);
    if (n !== undefined && Number.isFinite(n)) return n;
    // A raw plain amount is read from its bytes, as readAmount reads its text (or was, ahead).
    const raw =
      this.aheadAmount(field) ||
      this.rawIs(field, (b, s, e) => rawAmount(b, s, e, this.reading), false);
    const c = raw ? null : this.cell(field);
    if (!raw && isBlank(c)) {
      if (required) this.report("missing_required", field, c);
      return NaN;
    }
    const r = raw ? this.reading : readAmount(c, this.reading);
    if (Number.isNaN(r.value)) {
      this.report(required ? "unparseable_value" : "unparseable_optional", field, c);
      return NaN;
    }
    // A raw amount is plain digits: no symbol (and its reading's currency is not reset).
    if (!raw && r.currency !== 0) this.countSymbol(field, r.currency, c as string);
    if (!raw && (r.currency !== 0 || r.unit !== 1) && this.scaledHeader(field))
      this.ownUnit(field, c as string, r.unit !== 1 || namesYuan(c as string, r.currency));
    if (r.evidence !== "none") {
      let evidence = this.marks.get(field);
      if (!evidence) this.marks.set(field, (evidence = new DecimalMarkEvidence()));
      // Only an ambiguous number keeps its text (a raw cell's is made for it alone).
      const text = r.evidence === "ambiguous" ? (c ?? this.cell(field)) : c;
      const number = evidence.add(r, this.rowNumber, text as string);
      if (number) this.unsettled.push({ field, number });
    }
    return r.value;
  }

  private countSymbol(field: string, code: number, text: string): void {
    let evidence = this.symbols.get(field);
    if (!evidence) this.symbols.set(field, (evidence = new CurrencyEvidence()));
    evidence.add(code, this.rowNumber, text);
  }

  private scaledHeader(field: string): boolean {
    let scaled = this.headerScaled.get(field);
    if (scaled === undefined) {
      const unit = amountUnitOf(this.headers[this.columns[field]] ?? "");
      this.headerScaled.set(field, (scaled = unit !== null && unit.factor !== 1));
    }
    return scaled;
  }

  private ownUnit(field: string, text: string, unit: boolean): void {
    let own = this.ownUnitRows.get(field);
    if (!own) this.ownUnitRows.set(field, (own = { unit: new Set(), symbol: new Set() }));
    (unit ? own.unit : own.symbol).add(this.rowNumber);
    const first = unit ? "firstUnit" : "firstSymbol";
    own[first] ??= { row: this.rowNumber, text };
  }

  /** Per amount field under a header naming a scale: its cells naming their own unit or currency. */
  get ownUnits(): ReadonlyMap<string, OwnUnits> {
    return this.ownUnitRows;
  }

  /** The symbols each amount field's values carried (none: not in the map), once the sheet is read. */
  get currencies(): ReadonlyMap<string, CurrencyEvidence> {
    return this.symbols;
  }

  /**
   * An amount the source read ahead (parseRaw) with no decimal mark to weigh or a point: its
   * value and evidence in `reading`, as rawAmount puts them. False otherwise (then rawAmount reads
   * it: an ambiguous one keeps its two readings, and a cell of another shape is read as text).
   */
  private aheadAmount(field: string): boolean {
    const col = this.rawColumn(field);
    if (col === undefined || col.parsedAs !== PARSE_AMOUNT) return false;
    const mark = col.marks![this.blockRow];
    if (mark !== AMOUNT_MARKS.none && mark !== AMOUNT_MARKS.point) return false;
    const reading = this.reading;
    reading.value = col.parsed![this.blockRow];
    reading.evidence = mark === AMOUNT_MARKS.none ? "none" : "point";
    reading.percent = false;
    return true;
  }

  /**
   * An optional score within [min, max]; outside it is a warning and NaN. A 1–5 score whose header
   * names a 10-point scale (满意度(10分制)) is read within 0–10 and put on 1–5 (fivePointOf), counted
   * for one note (reportRescaled).
   */
  score(field: string, min: number, max: number): number {
    const ten = min === 1 && max === 5 && this.isTenPoint(field);
    if (ten) max = 10;
    const v = this.optional(field, min === 1 && !ten ? parseScore5 : parseScore);
    if (Number.isNaN(v)) {
      // A score written but not read is no blank answer (reviewer55 R9: a column of ★★★★★ was
      // "blank" on every row and on the console).
      if (this.has(field) && !isBlank(this.cell(field)))
        this.outOfRange = { row: this.rowNumber, field, value: cellText(this.cell(field)) };
      return NaN;
    }
    if (v < (ten ? 0 : min) || v > max) {
      const range = ten ? "0–10" : `${min}–${max}`;
      this.report("out_of_range", field, this.cell(field), { range, rangeEn: `within ${range}` });
      this.outOfRange = { row: this.rowNumber, field, value: cellText(this.cell(field)) };
      return NaN;
    }
    if (!ten) return v;
    const seen = this.rescaled.get(field);
    if (seen) seen.count++;
    else this.rescaled.set(field, { count: 1, row: this.rowNumber });
    return fivePointOf(v);
  }

  /** True when the 1–5 score field's header names a 10-point scale (namesTenPointScale). */
  isTenPoint(field: string): boolean {
    let ten = this.tenPoint.get(field);
    if (ten === undefined) {
      const c = this.columns[field];
      ten = c !== undefined && namesTenPointScale(this.headers[c] ?? "");
      this.tenPoint.set(field, ten);
    }
    return ten;
  }

  /**
   * A row with no usable answer because its scores were out of range or unreadable: counted with
   * the column's unreadable values (many_unreadable, rows_not_used) rather than said to be blank.
   * False when the row had no such score (it is blank: the caller says so).
   */
  outOfRangeRow(): boolean {
    const o = this.outOfRange;
    if (o.row !== this.rowNumber) return false;
    const u = this.unreadable.get(o.field);
    if (u) u.rows++;
    else this.unreadable.set(o.field, { rows: 1, value: o.value, row: o.row });
    return true;
  }

  /** One note per 10-point score column: its answers were put on 1–5, how, and how many. */
  reportRescaled(): void {
    for (const [field, { count, row }] of this.rescaled) {
      this.rowNumber = row;
      this.report("score_scale_ten", field, "", { count, row });
    }
  }
}

/** A 1–5 score: a number (parseScore), or an answer on the written scale (非常满意 … 非常不满意). */
function parseScore5(value: Cell): number {
  const v = parseScore(value);
  return Number.isNaN(v) ? scale5Score(value) : v;
}

/**
 * Whether an amount's text names the yuan as a unit (`12000元`), not only a currency: `100港元`
 * names Hong Kong dollars, a currency like `HK$100` (reviewer53 L), though 港元 holds 元.
 */
function namesYuan(text: string, currency: number): boolean {
  return CURRENCY_SYMBOLS[currency] === "\u00A5" && text.includes("元");
}
