import { RETURNS_SHEET_WORDS } from "../headerWords";
import { saysWord } from "./cellWords";

const WORDS = RETURNS_SHEET_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a sheet's name says it holds returns (销售退货单, 退货记录, Returns, Credit Notes).
 *
 * @example returnsSheetName("销售退货单") // true
 * @example returnsSheetName("Returning customers") // false
 */
export function returnsSheetName(name: string): boolean {
  return saysWord(name.toLowerCase(), WORDS);
}

/**
 * The sheets no input read whose names say they hold returns, when the transactions were read from
 * a sheet of the same workbook: their returns are not subtracted (tester57 U49), said on the
 * Overview (followUp/warnings.ts returnsSheetWarning).
 */
export function unreadReturnsSheets(
  names: readonly string[],
  taken: ReadonlyMap<string, unknown>,
): string[] {
  return names.filter((n) => !taken.has(n) && returnsSheetName(n));
}
