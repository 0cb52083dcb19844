import type { Dataset } from "./model";
import { SHEETS, type Lang, type SheetKind } from "./schema";

/**
 * The name a user knows an input by, for advice that sends them to it: the workbook's sheet it was
 * read from (回访记录, 客户名单), else (no such input, or a CSV file) the input's name (跟进记录 /
 * Contacts). Tester53 N12: the advice named 跟进记录 beside her 回访记录.
 *
 * @example inputSheetName(dataset, "contacts", "zh-CN") // "回访记录"
 */
export function inputSheetName(
  dataset: Pick<Dataset, "sources">,
  kind: SheetKind,
  lang: Lang,
): string {
  const s = dataset.sources[kind];
  return s && !s.sheetIsFile ? s.sheetName : SHEETS[kind].label[lang];
}
