import type { Dataset } from "./model";
import { fileName } from "./report/dataQualityTab";
import { SHEETS, type Lang, type SheetKind } from "./schema";
import { say } from "./words/catalog";

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

/**
 * Where an input was read from, as a note says it: its file (文件“消课记录.csv” / the file
 * “Check-ins.csv”), a workbook's sheet with the workbook (“星途.xlsx”的“消课记录”表 / the sheet
 * “Check-ins” of “Lotus Yoga.xlsx”), else (the add-in: the open workbook) its sheet. Newuser62 L2:
 * “Visits” was said for Check-ins.csv, 上课签到 for 消课记录.csv.
 *
 * @example inputReadFrom(dataset, "visits", "en-US") // "the file “Check-ins.csv”"
 */
export function inputReadFrom(
  dataset: Pick<Dataset, "sources">,
  kind: SheetKind,
  lang: Lang,
): string {
  const s = dataset.sources[kind];
  if (s?.file && s.sheetIsFile)
    return say(lang, "followUp", "misspeltInFile", { file: fileName(s.file) });
  if (s?.file)
    return say(lang, "followUp", "sheetOfFile", { sheet: s.sheetName, file: fileName(s.file) });
  return say(lang, "followUp", "misspeltInSheet", { sheet: inputSheetName(dataset, kind, lang) });
}

/**
 * Where a user goes to add to an input, as advice names it: its sheet (“回访记录”表 / the 回访记录
 * sheet), its file when read from one (文件“contacts.csv” / the file “contacts.csv”), or, in a run
 * of files with none for it, a file for it and its option (跟进记录文件（命令行：--contacts）).
 * Reviewer55 L7: with CSV inputs the done-status advice named a 跟进记录 sheet the user does not have.
 *
 * @example inputPlace(dataset, "contacts", "zh-CN") // "文件“contacts.csv”"
 */
export function inputPlace(dataset: Pick<Dataset, "sources">, kind: SheetKind, lang: Lang): string {
  const s = dataset.sources[kind];
  if (s?.sheetIsFile) return say(lang, "followUp", "misspeltInFile", { file: fileName(s.file) });
  if (!s && dataset.sources.customers?.sheetIsFile)
    return say(lang, "followUp", "inputFileOption", { input: SHEETS[kind].label[lang], kind });
  return say(lang, "followUp", "misspeltInSheet", { sheet: inputSheetName(dataset, kind, lang) });
}
