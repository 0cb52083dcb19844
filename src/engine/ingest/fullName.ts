import { FIRST_NAME_HEADERS } from "../headerWords";
import { foldHeader } from "../parse/text";
import type { HeaderMatch } from "./header";

const FIRST = FIRST_NAME_HEADERS.map((w) => foldHeader(w));

/**
 * Whether a customers name header holds first names only (Shopify's First Name, Given Name): the
 * name is then joined with the last-name column (joinName). Matched folded, whole or at either end
 * (Billing First Name, First Name (Billing)).
 *
 * @example firstNameHeader("First Name") // true
 * @example firstNameHeader("Customer Name") // false
 */
export function firstNameHeader(header: string): boolean {
  const folded = foldHeader(header);
  return FIRST.some((w) => folded.startsWith(w) || folded.endsWith(w));
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A customer's full name from a first and a last name (tester57 U47 / tester59 U87: Shopify's
 * First Name alone was the name, so 39,985 of 40,000 customers were "possible duplicates" of
 * another of the same first name in their city): "Ava Smith"; in Chinese the family name first and
 * no space (陈 + 静 → 陈静, as 姓名 is written); either alone when the other is blank.
 *
 * @example joinName("Ava", "Smith") // "Ava Smith"
 * @example joinName("静", "陈") // "陈静"
 */
export function joinName(first: string, last: string): string {
  if (last === "") return first;
  if (first === "") return last;
  return CJK.test(first) || CJK.test(last) ? last + first : `${first} ${last}`;
}

/**
 * The match with its last-name column read only beside a first-name column (First Name, Last
 * Name); else it is a column not read, as before (a Name column is the whole name already).
 */
export function lastNameBesideFirst(match: HeaderMatch): HeaderMatch {
  const { name, lastName, ...rest } = match.columns;
  if (lastName === undefined) return match;
  if (name !== undefined && firstNameHeader(match.headers[name] ?? "")) return match;
  return {
    ...match,
    columns: name === undefined ? rest : { ...rest, name },
    unmapped: [...match.unmapped, lastName].sort((a, b) => a - b),
  };
}
