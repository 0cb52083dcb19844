/**
 * The unread column of a customer list with no owner column whose values look like its owners
 * (tester60 U99: a salon's 专属美容师 小美 / 阿芳 beside every member was not read, every call was
 * under （未指定）, and nothing said so; the fifth trade in a row fixed one header word at a time).
 * Said as the finding owner_column_likely (and the run's warning of that name), never read as the
 * owner: a handful of short names may be anything the customers are sorted by.
 */
import type { Cell } from "../cells";
import { cellText } from "../parse/text";
import {
  ENUMS,
  NOT_OWNER_HEADER_WORDS,
  NOT_OWNER_VALUE_ENDINGS,
  OWNER_ROLE_HEADER_WORDS,
  type EnumField,
} from "../optionWords";
import { optionCodeOf, readFlag } from "./options";

/** The fewest filled rows, and the most names, of a column read as likely owners. */
export const LIKELY_OWNER = { minRows: 10, maxNames: 10 } as const;

const CJK_NAME = /^[\u4e00-\u9fff]{2,4}$/;
const LATIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?$/;
const ENDINGS = new Set<string>(NOT_OWNER_VALUE_ENDINGS);
const ENUM_FIELDS = Object.keys(ENUMS) as EnumField[];

/** A value that may be a person's name: short, not an option or a flag, not a kind's name. */
function personLike(text: string): boolean {
  if (CJK_NAME.test(text)) {
    if (ENDINGS.has(text[text.length - 1])) return false;
  } else if (!LATIN_NAME.test(text)) return false;
  if (!Number.isNaN(readFlag(text))) return false;
  return ENUM_FIELDS.every((f) => optionCodeOf(f, text) === null);
}

/**
 * The first of `unread` (a customer list's columns no field reads) whose values in `rows` (the
 * data rows below the header) are a handful of repeated person-like names: at least
 * LIKELY_OWNER.minRows filled, 2 to LIKELY_OWNER.maxNames names, each name on two rows on average,
 * its header naming a role (OWNER_ROLE_HEADER_WORDS) and none of NOT_OWNER_HEADER_WORDS. With its names (first seen first) and filled rows.
 *
 * @example likelyOwnerColumn([{ column: 1, header: "美容师" }], rows)?.names // ["小美", "阿芳"]
 */
export function likelyOwnerColumn(
  unread: readonly { column: number; header: string }[],
  rows: readonly (readonly Cell[])[],
): { column: number; header: string; names: string[]; rows: number } | null {
  for (const { column, header } of unread) {
    const folded = header.toLowerCase();
    if (NOT_OWNER_HEADER_WORDS.some((w) => folded.includes(w))) continue;
    if (!OWNER_ROLE_HEADER_WORDS.some((w) => folded.includes(w))) continue;
    const names = new Map<string, number>();
    let filled = 0;
    let fits = true;
    for (const row of rows) {
      const text = cellText(row[column] ?? null).trim();
      if (text === "") continue;
      filled++;
      if (!names.has(text)) {
        if (names.size === LIKELY_OWNER.maxNames || !personLike(text)) {
          fits = false;
          break;
        }
        names.set(text, 0);
      }
    }
    if (!fits || filled < LIKELY_OWNER.minRows || names.size < 2 || names.size * 2 > filled)
      continue;
    return { column, header, names: [...names.keys()], rows: filled };
  }
  return null;
}
