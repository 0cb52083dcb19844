import type { ReportTable } from "../../engine/report/table";
import type { Lang } from "../../engine/schema";
import type { WrittenTab } from "../port";
import { hostApiSupport, type ApiSupport } from "./apiSupport";
import { throwIfCancelled, type CancelSource } from "./cancel";
import { commitTab } from "./commit";
import { uses1904 } from "./dateSystem";
import { leftoverParts, ownedKey, partOf } from "../ownedTabs";
import { hasOurLayout, readOwnership, STAGING_SHEET_PREFIX } from "./ownership";
import { planTabs, tableKeptWords, tableRenamedBecause, type Plan } from "./plan";
import { loadWorkbookSettings, saveWorkbookSettings } from "./settings";
import { cellEditError, checkWritable } from "./precheck";
import { errorCode, type Clock, type ExcelRun } from "./run";
import { stageTab, type WriteStats } from "./stage";

export { appendTo } from "./log";
export type { WriteStats } from "./stage";

export interface WriteOptions {
  lang: Lang;
  cancel: CancelSource;
  /** Protect output tabs against accidental edits (sorting and filtering stay allowed). */
  protect: boolean;
  /** Which ExcelApi sets the host has (default: office.js's answer). */
  supports?: ApiSupport;
  /** Times the pane's work per chunk (default: performance.now); tests pass a fake one. */
  clock?: Clock;
}

/**
 * Writes report tables into the open workbook:
 *
 * 1. checks the workbook can take them (structure not protected, not read-only);
 * 2. removes staging sheets an interrupted run left;
 * 3. plans each tab: into its live tab (our marker and layout) or a new one;
 * 4. stages every tab on a hidden sheet (the long part; a failure or cancel here changes nothing
 *    the user sees and the staging sheets are removed);
 * 5. commits each tab in place (commit.ts): same sheet, same table, resized, rows copied in;
 * 6. removes the command line's run-input record, which described the tabs before.
 *
 * A user's own sheet is never changed: a tab whose usual name is taken gets "<name> (2)".
 */
export async function writeReport(
  run: ExcelRun,
  tables: ReportTable[],
  options: WriteOptions,
  onProgress: ((tab: string, rowsDone: number) => void) | undefined,
  stats: WriteStats,
): Promise<WrittenTab[]> {
  const supports = options.supports ?? hostApiSupport();
  throwIfCancelled(options.cancel);
  try {
    await checkWritable(run, supports);
    await removeStagingSheets(run);
    const { ownership, date1904 } = await run(async (context) => ({
      ownership: await readOwnership(context),
      date1904: await uses1904(context),
    }));
    // Numbered parts of a tab that an earlier run needed and this one does not are emptied in
    // place (ownedTabs.ts leftoverParts); a part whose layout a user changed is left alone.
    const leftovers = leftoverParts(tables, ownership.owned.values()).filter((t) => {
      const owned = ownership.owned.get(ownedKey(t.tab, partOf(t)));
      return owned !== undefined && hasOurLayout(owned, t.style);
    });
    const plans = await planTabs(
      run,
      [...tables, ...leftovers],
      ownership,
      options.lang,
      options.cancel,
    );
    try {
      for (const plan of plans)
        await stageTab(run, plan, options.cancel, date1904, onProgress, stats, options.clock);
      throwIfCancelled(options.cancel);
    } catch (error) {
      const building = plans.map((p) => p.stagingName);
      await removeStagingSheets(run, building).catch(() => undefined); // the first error is the one to report
      throw error;
    }
    // The command line's record is there only when it wrote the tabs after the add-in last did
    // (the add-in removes it below): the widths recorded then are not the tabs' any more.
    await commitAll(run, plans, supports, options, ownership.runInput !== null);
    // The command line's record of the files its tabs were made from no longer describes them
    // (ownedTabs.ts RUN_INPUT_NAME): removed once they are rewritten, not before.
    const record = ownership.runInput;
    if (record !== null && plans.length > 0)
      await run(async (context) => {
        context.workbook.names.getItemOrNullObject(record).delete();
        await context.sync();
      });
    const kept = await keptOnce(run, plans, options.lang);
    return plans.map((p) => written(p, tableRenamedBecause(p, plans, options.lang) ?? kept.get(p)));
  } catch (error) {
    if (errorCode(error) === "InvalidOperationInCellEditMode") throw cellEditError();
    throw error;
  }
}

/**
 * Commits each tab, then records the widths Excel reports for its columns (settings.ts `widths`),
 * by which the next refresh tells a column still ours from one the user resized (ownWidths.ts).
 * Where settings cannot be read, every column is taken as ours; where they cannot be saved, the
 * tabs are written all the same.
 *
 * `otherWriter`: the command line wrote the tabs since (pane51: its refresh between two of the
 * add-in's kept the add-in's record, whose widths it had replaced with its own, so every column
 * then read as the user's and kept the command line's widths for good): the record is not used,
 * every column is ours, as with no record. A command-line run under --share leaves no record of
 * itself and is not seen (REFERENCE).
 */
async function commitAll(
  run: ExcelRun,
  plans: readonly Plan[],
  supports: ApiSupport,
  options: WriteOptions,
  otherWriter: boolean,
): Promise<void> {
  const recorded = otherWriter
    ? {}
    : await loadWorkbookSettings(run)
        .then((s) => s.widths ?? {})
        .catch((): Record<string, number[]> => ({}));
  const now = { ...recorded };
  try {
    for (const plan of plans) {
      const key = ownedKey(plan.table.tab, partOf(plan.table));
      // A tab whose commit fails keeps no record (its widths may have changed half way): the next
      // refresh fits all its columns, rather than take ours as the user's (reviewer51 F5).
      delete now[key];
      const widths = await commitTab(
        run,
        plan,
        supports,
        options.protect,
        options.lang,
        recorded[key],
      );
      // A width Excel would not say (null) is recorded as none: that column is not taken as ours.
      now[key] = widths.map((w) => w ?? -1);
    }
  } finally {
    // Saved when a later tab fails too: the tabs committed keep their record.
    if (plans.length > 0) await saveWorkbookSettings(run, { widths: now }).catch(() => undefined);
  }
}

/**
 * The words for each tab whose table keeps a name the user gave it in Excel (plan.tableKept), the
 * first time that name is met: the names said are kept in the workbook's settings (tablesKept), so
 * the next refresh says nothing of them; a name changed again is said again (pane46: the user's
 * name was kept with no word). Where settings cannot be read or saved, said each time.
 */
async function keptOnce(
  run: ExcelRun,
  plans: readonly Plan[],
  lang: Lang,
): Promise<Map<Plan, string>> {
  const out = new Map<Plan, string>();
  const kept = plans.filter((p) => p.tableKept);
  if (kept.length === 0) return out;
  const key = (p: Plan) => ownedKey(p.table.tab, partOf(p.table));
  const told = await loadWorkbookSettings(run)
    .then((s) => s.tablesKept ?? {})
    .catch((): Record<string, string> => ({}));
  for (const p of kept)
    if (told[key(p)] !== p.tableKept!.name)
      out.set(p, tableKeptWords(p.tableKept!, p.finalName, lang));
  if (out.size > 0) {
    const now = { ...told };
    for (const p of kept) now[key(p)] = p.tableKept!.name;
    await saveWorkbookSettings(run, { tablesKept: now }).catch(() => undefined);
  }
  return out;
}

/** A committed tab as the pane is told: `tableBecause`, its table's rename worded (plan.ts). */
function written(p: Plan, tableBecause: string | undefined): WrittenTab {
  return {
    tab: p.table.tab,
    sheetName: p.finalName,
    rows: p.table.rowCount,
    ...(p.renamedBecause ? { renamedBecause: p.renamedBecause } : {}),
    ...(tableBecause ? { tableRenamedBecause: tableBecause } : {}),
  };
}

/**
 * Tidies up after an interrupted or failed write: deletes the hidden staging sheets (marked with
 * our staging name and named "~CA …": both, so nothing of the user's can qualify) and our marker
 * names that point nowhere. A very hidden sheet cannot be deleted ("if the worksheet's visibility
 * is set to VeryHidden, the delete operation will fail", Worksheet.delete), so each is made
 * hidden first.
 */
export async function removeStagingSheets(
  run: ExcelRun,
  building: readonly string[] = [],
): Promise<void> {
  await run(async (context) => {
    const { staging, stale, sheets } = await readOwnership(context);
    const book = context.workbook;
    // A sheet this run just added but could not mark yet is known by its unique "~CA …" name.
    const doomed = new Set(staging.map((s) => s.sheet));
    for (const name of building)
      if (name.startsWith(STAGING_SHEET_PREFIX) && sheets.some((s) => s.name === name))
        doomed.add(name);
    for (const sheet of doomed) {
      const s = book.worksheets.getItem(sheet);
      if (sheets.find((x) => x.name === sheet)?.visibility === "VeryHidden")
        s.visibility = "Hidden";
      s.delete();
    }
    for (const name of stale) book.names.getItemOrNullObject(name).delete();
    for (const { mark } of staging) book.names.getItemOrNullObject(mark).delete();
    await context.sync();
  });
}
