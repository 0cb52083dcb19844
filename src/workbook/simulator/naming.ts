// Excel's naming rules for sheets, tables and defined names.
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/;
/** Names Excel reserves. */
const RESERVED = new Set(["history"]);

/**
 * Why Excel would refuse `name` as a sheet name, or null when it is fine: ≤ 31 characters, none of
 * : \ / ? * [ ], not blank, no apostrophe at either end, not "History", unique ignoring case.
 *
 * @example sheetNameProblem("a/b", []) // "contains a character that is not allowed: : \\ / ? * [ ]"
 */
export function sheetNameProblem(name: string, others: readonly string[]): string | null {
  if (typeof name !== "string" || name.trim() === "") return "is blank";
  if (name.length > 31) return "is longer than 31 characters";
  if (FORBIDDEN.test(name)) return "contains a character that is not allowed: : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (RESERVED.has(name.toLowerCase())) return "is reserved by Excel";
  const lower = name.toLowerCase();
  if (others.some((o) => o.toLowerCase() === lower)) return "is already taken";
  return null;
}

/** What Excel accepts as a defined name or table name. */
export const NAME_RULE = /^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*$/;
/** Names Excel refuses because they read as a cell reference (A1, R1C1). */
export const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;
