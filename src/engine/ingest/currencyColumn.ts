import type { Cell } from "../cells";
import { CURRENCY_CODE_WORDS } from "../optionWords";
import { cellText } from "../parse/text";

const SYMBOL_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CURRENCY_CODE_WORDS).flatMap(([symbol, words]) =>
    words.map((w) => [w.toUpperCase(), symbol] as const),
  ),
);

/**
 * The symbol the report shows for a currency cell's code (`USD` → `$`, `人民币` → `¥`), or null
 * for a code it has no symbol for (`JPY`).
 *
 * @example currencySymbolOf("usd") // "$"
 */
export function currencySymbolOf(text: string): string | null {
  return SYMBOL_OF.get(text.trim().toUpperCase()) ?? null;
}

/** One currency the column named: its code as first written, how many rows, the first row. */
export interface CurrencyTally {
  code: string;
  symbol: string | null;
  count: number;
  row: number;
}

/**
 * A transactions sheet's currency column (Amount Currency, 币种), tallied over the rows used: one
 * code throughout sets the report's currency (a Salesforce export in USD was shown in ¥, tester54
 * T9); several are a sum of unlike money, which SheetIngest says (currency_column_mixed) and
 * shows with no symbol rather than a wrong one.
 */
export class CurrencyColumn {
  /** By code upper-cased, in order met. */
  readonly tallies = new Map<string, CurrencyTally>();

  constructor(
    readonly column: number,
    readonly header: string,
  ) {}

  see(reader: { cellAt(column: number): Cell }, row: number): void {
    const cell = reader.cellAt(this.column);
    if (cell === null || cell === undefined) return;
    const code = cellText(cell).trim();
    if (code === "") return;
    const key = code.toUpperCase();
    const t = this.tallies.get(key);
    if (t) t.count++;
    else this.tallies.set(key, { code, symbol: currencySymbolOf(code), count: 1, row });
  }

  /**
   * The currencies met, by the symbol shown: one symbol (several spellings of one currency, `USD`
   * and `US$`, are one), or null when none was written.
   */
  decided(): { symbol: string | null; mixed: boolean; tallies: CurrencyTally[] } | null {
    const tallies = [...this.tallies.values()];
    if (tallies.length === 0) return null;
    const symbols = new Set(tallies.map((t) => t.symbol ?? `?${t.code.toUpperCase()}`));
    if (symbols.size > 1) return { symbol: "", mixed: true, tallies };
    return { symbol: tallies[0].symbol, mixed: false, tallies };
  }
}
