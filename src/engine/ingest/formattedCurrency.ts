import { CURRENCY_SYMBOLS, CurrencyEvidence, LOCALE_CURRENCY } from "../parse/currencySymbol";

/** The first number cell of one currency in a column, and how many there are. */
interface Tally {
  count: number;
  row: number;
  value: number;
}

/** Chinese text in a header: the sheet is a Chinese Excel's, whose built-in currency formats show ¥. */
const CHINESE = /[\u3400-\u9fff]/;

/**
 * The number cells of a sheet whose format shows a currency (`"$"#,##0.00`: SheetNotes.currencyCell),
 * tallied by column and currency as the source tells them, then counted into an amount column's
 * currency evidence as if each carried its symbol in its text (tester52 M1: a US ledger formatted
 * in Excel was read as yuan, and told to "convert the $ rows"). Cells at or above the header row
 * (a title's figure) are left out.
 *
 * @example
 * const cells = new FormattedCurrency();
 * cells.add(2, 3, 2, 1658.32);
 * cells.headerRow = 1;
 * cells.evidence(3, "Amount", undefined)?.decide(1)?.symbol // "$"
 */
export class FormattedCurrency {
  /** Per column: per code + 1 (LOCALE_CURRENCY is -1), the tally. */
  private readonly columns = new Map<number, Tally[]>();
  /** Cells told before the header row was known (the first block's): tallied once it is. */
  private readonly early: { row: number; column: number; code: number; value: number }[] = [];
  /** The header row, once ingest has found it (cells at or above it are no amounts). */
  headerRow: number | undefined;

  /** A number cell in a currency format: `column` zero-based, `code` a CURRENCY_SYMBOLS code. */
  add(row: number, column: number, code: number, value: number): void {
    if (this.headerRow === undefined) this.early.push({ row, column, code, value });
    else if (row > this.headerRow) this.tally(row, column, code, value);
  }

  private tally(row: number, column: number, code: number, value: number): void {
    let tallies = this.columns.get(column);
    if (!tallies) this.columns.set(column, (tallies = []));
    const t = tallies[code + 1];
    if (t === undefined) tallies[code + 1] = { count: 1, row, value };
    else {
      t.count++;
      if (row < t.row) {
        t.row = row;
        t.value = value;
      }
    }
  }

  /**
   * The currency evidence of the amount column `column`, headed `header`: `into` (the
   * symbols its texts carried) with its formatted cells added, a new one when it had none, or
   * `into` unchanged when no cell of it is formatted in a currency. Excel's built-in currency
   * formats count as ¥ under a Chinese header and $ otherwise (they show the locale's currency).
   */
  evidence(
    column: number,
    header: string,
    into: CurrencyEvidence | undefined,
  ): CurrencyEvidence | undefined {
    const headerRow = this.headerRow ?? 0;
    for (const e of this.early.splice(0))
      if (e.row > headerRow) this.tally(e.row, e.column, e.code, e.value);
    const tallies = this.columns.get(column);
    if (!tallies) return into;
    const evidence = into ?? new CurrencyEvidence();
    const locale = CHINESE.test(header) ? 1 : 2;
    tallies.forEach((t, k) => {
      if (t === undefined) return;
      const code = k - 1 === LOCALE_CURRENCY ? locale : k - 1;
      evidence.addMany(code, t.count, t.row, shown(CURRENCY_SYMBOLS[code], t.value));
    });
    return evidence;
  }
}

/** A formatted cell as Excel shows it: `$1,658.32`, `-¥5.00`. */
function shown(symbol: string, value: number): string {
  const figure = Math.abs(value).toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${value < 0 ? "-" : ""}${symbol}${figure}`;
}
