import { workbookLanguage } from "../engine/ingest/workbook";
import type { Lang } from "../engine/schema";
import type { GridSource } from "../engine/ingest/workbook";
import type { ExcelRun } from "../workbook/office/run";
import { loadWorkbookSettings, saveWorkbookSettings } from "../workbook/office/settings";
import type { LangSource } from "./paneState";

/**
 * The pane's language, as the CLI decides a refresh's (issue 13): the user's explicit choice saved
 * in the workbook, else the workbook's own (the tabs an earlier run wrote, else Chinese text in
 * the customers sheet's top rows), else Excel's display language. So a Chinese workbook refreshed
 * on an English machine keeps its Chinese tabs.
 *
 * @example await paneLanguage(Excel.run, book, "en-US") // { lang: "zh-CN", source: "workbook" } for a book with a 客户分类 tab
 */
export async function paneLanguage(
  run: ExcelRun,
  book: GridSource,
  display: Lang,
): Promise<{ lang: Lang; source: LangSource }> {
  const saved = await loadWorkbookSettings(run);
  if (saved.language) return { lang: saved.language, source: "chosen" };
  const own = await workbookLanguage(book);
  if (own) return { lang: own, source: "workbook" };
  return { lang: display, source: "display" };
}

/**
 * Saves the user's choice of language in the workbook (settings hold configuration only); null
 * forgets it, so the pane follows the workbook again.
 *
 * @example await saveLanguage(Excel.run, "zh-CN");
 */
export async function saveLanguage(run: ExcelRun, lang: Lang | null): Promise<void> {
  await saveWorkbookSettings(run, { language: lang });
}
