import type { Lang } from "../engine/schema";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import type { ExcelRun } from "../workbook/office/run";
import { loadSettings } from "./choices";
import type { Looker } from "./look";
import { paneLanguage } from "./paneLanguage";
import type { PaneAction } from "./paneState";

/**
 * What the pane reads when it opens, in order: its language (the user's saved choice, else the
 * workbook's, else Excel's: paneLanguage.ts), then the settings saved in the workbook (rule set,
 * sheets and columns: choices.ts), then the inputs they point to (the first look, through the
 * pane's one looker).
 *
 * The one owner of that sequence: the pane runs it when it opens, and again on 重新查找 / Look again
 * while the settings were never read (the workbook could not be read at start: loadFailed), so a
 * workbook made readable again gives the saved rule set, language and sheets, not the defaults
 * (stop 51: Look again only looked, and the pane kept its defaults for good).
 *
 * `languageKnown` is called once the language is known or the read failed (the pane shows its
 * steps from then on). Nothing is said once `live()` turns false (the pane left).
 *
 * @example await openPane({ run: Excel.run, display: "zh-CN", looker, dispatch, languageKnown: () => setReady(true) });
 */
export async function openPane(options: {
  run: ExcelRun;
  /** Excel's display language: the pane's when neither the user nor the workbook says one. */
  display: Lang;
  looker: Looker;
  dispatch: (action: PaneAction) => void;
  languageKnown?: () => void;
  live?: () => boolean;
}): Promise<void> {
  const { run, display, looker, dispatch, languageKnown = () => undefined } = options;
  const live = options.live ?? (() => true);
  // Every language's tab names are the add-in's own, so a reader in any language finds them.
  const reader = new OfficeWorkbook(run, { lang: display });
  try {
    const language = await paneLanguage(run, reader, display);
    if (!live()) return;
    dispatch({ type: "language", lang: language.lang, source: language.source });
    languageKnown();
    const loaded = await loadSettings(run, language.lang);
    if (!live()) return;
    dispatch({ type: "settingsLoaded", ...loaded });
    // The first look is a look as any other: its failure (a sheet renamed or deleted while it
    // read) is said on the Data step, with 重新查找 / Look again enabled.
    await looker.look(reader, loaded.choices, live);
  } catch (error) {
    if (!live()) return;
    languageKnown();
    dispatch({ type: "loadFailed", error });
  }
}
