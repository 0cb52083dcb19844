// An optional input (complaints, surveys, contacts) found by no sheet's name, beside a sheet whose
// columns are plainly its: tester55 U3, her complaints in 客户反馈 (问题类别, 处理进度, 回复日期,
// 解决日期) went unread with one console line, and the complaints tab said the workbook has none.
// A required sheet under another name is refused with "rename it" (workbook.ts lookalikeSheet); an
// optional one is said the same way, where the report would have shown it.
import type { Grid } from "../cells";
import type { Dataset } from "../model";
import { SHEET_KINDS, SHEETS, type Lang, type SheetKind } from "../schema";
import { say } from "../words/catalog";
import { findHeader, type ColumnOverrides } from "./header";
import { claimedColumns, lookalikeClaim } from "./headersFound";

/** A sheet no input read whose columns are an optional input's (the input had no sheet). */
export interface OptionalLookalike {
  /** The sheet's name, as the workbook has it. */
  name: string;
  /** Its headers that map to the input's fields, in column order. */
  columns: string[];
}

/** The most unread sheets whose top rows are looked at (as many as a missing sheet's error reads). */
const LOOKALIKE_SHEETS = 10;

/**
 * For each optional input with no sheet (`missing`), the first of the unread sheets (`unread`, in
 * the workbook's order) whose headers are that input's and no other's (lookalikeClaim); a sheet is
 * claimed by one input at most. Reads the top rows of at most LOOKALIKE_SHEETS sheets, each once;
 * nothing when no optional input is missing or no sheet is unread (CSV files: every file is read).
 *
 * @example await optionalLookalikes(["客户反馈"], ["complaints"], top) // { complaints: { name: "客户反馈", … } }
 */
export async function optionalLookalikes(
  unread: readonly string[],
  missing: readonly SheetKind[],
  topRows: (name: string) => Promise<Grid>,
  columns: Partial<Record<SheetKind, ColumnOverrides>> = {},
): Promise<Partial<Record<SheetKind, OptionalLookalike>>> {
  const out: Partial<Record<SheetKind, OptionalLookalike>> = {};
  const wanted = missing.filter((k) => !SHEETS[k].required);
  if (wanted.length === 0) return out;
  for (const name of unread.slice(0, LOOKALIKE_SHEETS)) {
    let rows: Grid;
    try {
      rows = await topRows(name);
    } catch {
      continue; // a sheet that cannot be read is no lookalike
    }
    for (const kind of wanted) {
      if (out[kind]) continue;
      const header = findHeader(rows, SHEETS[kind], columns[kind]);
      const claim = header && lookalikeClaim(header.headers, SHEETS[kind]);
      if (!claim) continue;
      out[kind] = { name, columns: claim.columns };
      break; // one input per sheet
    }
    if (wanted.every((k) => out[k])) break;
  }
  return out;
}

/**
 * What the run says of an optional input read from no sheet beside a sheet that looks like it:
 * the input is missing, the sheet's columns are its, rename it. Null when no sheet looked like it.
 * The run warning (sheet_looks_like) and the input's tab, when empty, say these words.
 *
 * @example lookalikeText(dataset, "complaints", "zh-CN") // "没有读取投诉：…“客户反馈”的列像是“投诉”表的列…"
 */
export function lookalikeText(
  dataset: Pick<Dataset, "lookalikeSheets">,
  kind: SheetKind,
  lang: Lang,
): string | null {
  const like = dataset.lookalikeSheets?.[kind];
  if (!like) return null;
  const sheet = SHEETS[kind].label[lang];
  return say(lang, "input", "optionalSheetLooksLike", {
    sheet,
    like: say(lang, "input", "sheetLooksLike", {
      name: like.name,
      sheet,
      columns: claimedColumns(like, lang),
    }),
  });
}

/** The optional inputs `dataset` has a lookalike sheet for, in the inputs' order. */
export function lookalikeKinds(dataset: Pick<Dataset, "lookalikeSheets">): SheetKind[] {
  return SHEET_KINDS.filter((k) => dataset.lookalikeSheets?.[k]);
}
