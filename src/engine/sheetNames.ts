/** Excel's rules for sheet names, and a free name when one is taken. */

export const MAX_SHEET_NAME = 31;

/**
 * A name Excel accepts: no : \ / ? * [ ], no apostrophe at either end, at most 31 characters, not
 * empty and not "History" (reserved).
 *
 * @example validSheetName("Q1/Q2: [draft]") // "Q1_Q2_ _draft_"
 */
export function validSheetName(name: string): string {
  let text = name.replace(/[:\\/?*[\]]/g, "_").replace(/[\u0000-\u001f]/g, " ");
  text = truncate(text, MAX_SHEET_NAME);
  // Strip spaces and apostrophes at the ends until neither is left there (" ' " is not a name).
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.trim().replace(/^'+|'+$/g, "");
  }
  if (text === "") text = "Sheet";
  if (text.toLowerCase() === "history") text = "History_";
  return text;
}

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toUpperCase().toLowerCase();
}

/**
 * The name itself when no sheet in `taken` has it (case-insensitive), otherwise "<name> (2)",
 * "<name> (3)", … shortened so the result keeps to 31 characters.
 *
 * @example freeSheetName("客户分类", new Set(["客户分类"])) // "客户分类 (2)"
 */
export function freeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = validSheetName(name);
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair (Excel counts UTF-16 units). */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}
