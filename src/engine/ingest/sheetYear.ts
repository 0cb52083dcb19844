// A month's sheet whose dates give no year (1月8日, 1.6) names the year itself: 国贸店2026年1月,
// or a title above the header, 丽颜美容 国贸店 2026年1月 营业流水 (tester65 U201: 107 of 239 sale
// rows, 53 % of the money, left out as "no year" beside such titles).
import type { Cell } from "../cells";
import { cellText } from "../parse/text";

/** A year of four digits (1990–2099) standing alone or before 年. */
const YEAR = /(?<!\d)((?:199|20\d)\d)(?!\d)/g;

/**
 * The one year a sheet's name writes, else the one year the rows above its header (`above`: a
 * title) write; null when none or more than one (2024-2025年收费 says no one year).
 *
 * @example sheetYear("国贸店1月", [["丽颜美容 国贸店 2026年1月 营业流水"]]) // 2026
 * @example sheetYear("2024-2025年收费", []) // null
 */
export function sheetYear(name: string, above: readonly (readonly Cell[])[]): number | null {
  const byName = oneYear(name);
  if (byName !== undefined) return byName;
  const title = above
    .flatMap((row) => row.filter((c) => typeof c === "string").map((c) => cellText(c)))
    .join(" ");
  return oneYear(title) ?? null;
}

/** The one year `text` writes; null for two or more, undefined for none. */
function oneYear(text: string): number | null | undefined {
  const years = new Set([...text.matchAll(YEAR)].map((m) => +m[1]));
  if (years.size === 0) return undefined;
  return years.size === 1 ? [...years][0] : null;
}
