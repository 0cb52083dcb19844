/**
 * The currency symbol an amount's text carries (`$1,234.50`, `1,280元`, `RMB 5`), as a small code
 * AmountReading keeps (no object per cell), and an amount column's count of each: the report shows
 * amounts with the symbol the data carries (new-user trial M3, stop 50: `$` amounts came out in ¥).
 */

/**
 * The symbols by code; code 0 is none (a plain `1280`). The yuan is U+00A5, as Excel's zh-CN shows
 * it. HK$ is its own (tester53 N1: a Hong Kong customer's `HK$29,555` rows were refused).
 */
export const CURRENCY_SYMBOLS = ["", "\u00A5", "$", "€", "£", "HK$"] as const;

/**
 * The currency of Excel's built-in currency formats (ids 5–8, 42, 44), which the file does not
 * spell: Excel shows them in its own locale's (`$` in en-US, `¥` in zh-CN). Ingest reads them as
 * the sheet's language's (its header: amountCurrency.ts).
 */
export const LOCALE_CURRENCY = -1;

/**
 * The share of an amount column's symbol-carrying amounts one symbol must have to be the column's
 * currency when they carry several: 9 in 10. Below it no symbol is right for the sums (amounts are
 * added as written, not converted), so the report shows none.
 */
export const DOMINANT_SHARE = 0.9;

/**
 * The share of an amount column's amounts that must carry one foreign symbol, and no other, for
 * its plain amounts to be read in it too under a header without Chinese
 * (`Amount` over 236 `$5,799.74` and 431 `1200.00`): a ledger typed with and without the sign
 * (tester53 N10). One in five; a lone `$560.20` among plain amounts stays the odd one out
 * (reviewer51 F1).
 */
export const HABIT_SHARE = 0.2;

// The signs and words number.ts strips (its CURRENCY), the first one met; HK$ and US$ before $,
// 港元 before 元.
const CURRENCY_MARK = /hk\$|hkd|港币|港元|us\$|[¥￥$€£]|rmb|cny|usd|eur|gbp|元|人民币/i;

/**
 * The code of the currency an amount's text names, 0 when none; the text already half-width
 * (`＄` read as `$`).
 *
 * @example CURRENCY_SYMBOLS[currencyCodeIn("$1,234.50")] // "$"
 * @example CURRENCY_SYMBOLS[currencyCodeIn("RMB 1,280")] // "¥"
 * @example CURRENCY_SYMBOLS[currencyCodeIn("100港币")] // "HK$"
 */
export function currencyCodeIn(text: string): number {
  const m = CURRENCY_MARK.exec(text);
  if (m === null) return 0;
  switch (m[0][0]) {
    case "h":
    case "H":
    case "港":
      return 5;
    case "g":
    case "G":
      return 4;
    case "$":
    case "u":
    case "U":
      return 2;
    case "€":
    case "e":
    case "E":
      return 3;
    case "£":
      return 4;
    default:
      return 1; // ¥ ￥ 元 人民币 RMB CNY
  }
}

/** An amount of a column that carries a symbol: the first one with each symbol. */
export interface CurrencyCell {
  /** Excel row number. */
  row: number;
  text: string;
}

/** An amount column's currency, as its amounts' symbols show it. */
export interface CurrencyDecision {
  /** The symbol the report shows amounts with: the dominant one, or "" when none dominates. */
  symbol: string;
  /** Amounts carrying the most frequent symbol (`mostly`). */
  count: number;
  /** The most frequent symbol (the chosen one unless none dominates). */
  mostly: string;
  /** Amounts carrying another symbol than `mostly` (0: one symbol only). */
  otherCount: number;
  /** The first of those, and its symbol. */
  other?: CurrencyCell & { symbol: string };
  /** The first amount carrying `mostly`. */
  first: CurrencyCell;
  /**
   * Amounts with no symbol (plain `1280`) outnumber those with one: the column is read as plain
   * numbers, shown in `plainIn` (`symbol`, `mostly`: the header's currency, else the default), and
   * those with another symbol are the odd ones out (`count`: the plain amounts and those in
   * `plainIn`; `other`: the first with another symbol).
   */
  plainMostly?: boolean;
}

/**
 * The symbols of one amount column, counted amount by amount (a counter per symbol, the first
 * cell of each kept for a finding), decided once the column has been read.
 *
 * @example
 * const column = new CurrencyEvidence();
 * column.add(2, 2, "$1,234.50");
 * column.decide()?.symbol // "$"
 */
export class CurrencyEvidence {
  readonly counts = new Array<number>(CURRENCY_SYMBOLS.length).fill(0);
  private readonly firsts: (CurrencyCell | undefined)[] = [];

  /** Counts an amount carrying symbol `code` (not 0), at Excel row `row`. */
  add(code: number, row: number, text: string): void {
    if (this.counts[code]++ === 0) this.firsts[code] = { row, text };
  }

  /**
   * Counts `n` amounts carrying symbol `code`, the first of them at Excel row `row` (number cells
   * formatted in that currency: ingest/formattedCurrency.ts), kept as the first where it is earlier.
   */
  addMany(code: number, n: number, row: number, text: string): void {
    if (n <= 0) return;
    this.counts[code] += n;
    if (row < this.firstRow(code)) this.firsts[code] = { row, text };
  }

  /**
   * The one symbol other than the yuan that the column's amounts carry, when they carry no other
   * and at least HABIT_SHARE of its `amounts` (plain ones too) carry it; else undefined.
   *
   * @example
   * const c = new CurrencyEvidence();
   * c.addMany(2, 3, 2, "$5.00");
   * c.habitSymbol(10) // "$"
   */
  habitSymbol(amounts: number): string | undefined {
    let only = 0;
    for (let k = 1; k < this.counts.length; k++)
      if (this.counts[k] > 0) {
        if (only !== 0) return undefined;
        only = k;
      }
    if (only <= 1 || this.counts[only] < HABIT_SHARE * amounts) return undefined;
    return CURRENCY_SYMBOLS[only];
  }

  private firstRow(code: number): number {
    return this.firsts[code]?.row ?? Infinity;
  }

  /**
   * The column's currency: null when no amount carries a symbol; the only symbol its amounts
   * carry; the most frequent one when it has DOMINANT_SHARE of them; else none (""). `amounts`:
   * every amount the column holds, plain ones too; where plain ones are more than those with a
   * symbol, `plainMostly` (one `$560.20` among eight plain amounts does not make the column
   * dollars: reviewer51 F1); `plainIn`: the symbol plain amounts are shown with (the header's,
   * else the yuan), so amounts carrying it are not odd ones out.
   */
  decide(amounts = 0, plainIn = "\u00A5"): CurrencyDecision | null {
    let top = 0;
    let carried = 0;
    for (let k = 1; k < this.counts.length; k++) {
      carried += this.counts[k];
      // counts[0] stays 0 (none is never counted); a tie goes to the symbol met first.
      const n = this.counts[k];
      if (
        n > this.counts[top] ||
        (n > 0 && n === this.counts[top] && this.firstRow(k) < this.firstRow(top))
      )
        top = k;
    }
    if (carried === 0) return null;
    const plain = amounts - carried;
    if (plain > carried) {
      // The plain amounts are in `plainIn` (the header's currency, else the yuan): the odd ones
      // out are those with another symbol (a ￥ among plain yuan is none: reviewer51 F0).
      // The same symbol, else one it ends with (a header's HK$ over `$` amounts: no contradiction).
      let same = CURRENCY_SYMBOLS.indexOf(plainIn as (typeof CURRENCY_SYMBOLS)[number]);
      if (same <= 0 || this.counts[same] === 0)
        same = CURRENCY_SYMBOLS.findIndex(
          (c, k) => k > 0 && this.counts[k] > 0 && plainIn.endsWith(c),
        );
      let first = -1;
      for (let k = 1; k < this.counts.length; k++)
        if (k !== same && this.firsts[k] && (first < 0 || this.firstRow(k) < this.firstRow(first)))
          first = k;
      const cell = this.firsts[first];
      return {
        symbol: plainIn,
        count: plain + (same > 0 ? this.counts[same] : 0),
        mostly: plainIn,
        otherCount: carried - (same > 0 ? this.counts[same] : 0),
        other: cell && { ...cell, symbol: CURRENCY_SYMBOLS[first] },
        first: cell ?? this.firsts[same]!,
        plainMostly: true,
      };
    }
    const count = this.counts[top];
    const decision: CurrencyDecision = {
      symbol: count >= DOMINANT_SHARE * carried ? CURRENCY_SYMBOLS[top] : "",
      count,
      mostly: CURRENCY_SYMBOLS[top],
      otherCount: carried - count,
      first: this.firsts[top]!,
    };
    for (let k = 1; k < this.counts.length; k++) {
      const cell = this.firsts[k];
      if (k === top || cell === undefined || (decision.other && decision.other.row <= cell.row))
        continue;
      decision.other = { ...cell, symbol: CURRENCY_SYMBOLS[k] };
    }
    return decision;
  }
}
