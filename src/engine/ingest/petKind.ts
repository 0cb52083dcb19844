import type { Cell } from "../cells";
import { PET_NAME_BESIDE_KIND } from "../headerWords";
import { PET_KIND_WORDS } from "../optionWords";
import { cellText, foldHeader } from "../parse/text";
import type { HeaderMatch } from "./header";

const KINDS: ReadonlySet<string> = new Set(PET_KIND_WORDS.map((w) => w.toLowerCase()));
const NAME_BESIDE: ReadonlySet<string> = new Set(PET_NAME_BESIDE_KIND.map((w) => foldHeader(w)));

/** The share of a column's filled cells that must be kinds for it to be the pets' kind. */
const KIND_SHARE = 0.8;

/** The rows under the header read for it: enough to tell, few to read. */
const ROWS_READ = 200;

/**
 * Whether a cell's text is a pet's kind (PET_KIND_WORDS, or a Chinese word ending in 猫 / 犬 / 狗 /
 * 兔: 英短蓝猫, 中华田园犬).
 *
 * @example isPetKind("布偶猫") // true
 * @example isPetKind("豆豆") // false
 */
export function isPetKind(text: string): boolean {
  const t = text.trim().toLowerCase();
  return KINDS.has(t) || /^[\u4e00-\u9fff]{1,5}[猫犬狗兔]$/u.test(t);
}

/**
 * The Customers match with its pet's name column read as the pet's kind when its values are kinds
 * (at least 80 % of its filled cells in the first rows: 宠物 猫 / 狗 / 柯基 / 布偶猫; fix67e: shown
 * as 王磊（猫）), and then the pet's name read from a column headed as one beside it (昵称, Name:
 * PET_NAME_BESIDE_KIND) when the headers named none; the match as it is otherwise. A kind column
 * named so already (品种) keeps its own: the one of kinds is then no name, and not read.
 *
 * @example petKindByValues(match of ["病历号", "宠物", "主人"], rows).columns.petKind // 1
 */
export function petKindByValues(
  match: HeaderMatch,
  rows: readonly (readonly Cell[])[],
): HeaderMatch {
  const col = match.columns.petName;
  if (col === undefined) return match;
  let filled = 0;
  let kinds = 0;
  for (const row of rows.slice(match.rowIndex + 1, match.rowIndex + 1 + ROWS_READ)) {
    const text = cellText(row[col] ?? null).trim();
    if (text === "") continue;
    filled++;
    if (isPetKind(text)) kinds++;
  }
  if (filled === 0 || kinds < KIND_SHARE * filled) return match;
  const { petName: _kind, ...rest } = match.columns;
  const columns: Record<string, number> =
    rest.petKind === undefined ? { ...rest, petKind: col } : rest;
  const name = match.unmapped.find((c) => NAME_BESIDE.has(foldHeader(match.headers[c] ?? "")));
  if (name !== undefined) columns.petName = name;
  return {
    ...match,
    columns,
    unmapped: match.unmapped.filter((c) => c !== name && c !== columns.petKind),
  };
}
