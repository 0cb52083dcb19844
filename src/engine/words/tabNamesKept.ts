import type { RunWarning } from "../followUp/warnings";
import type { GridSource } from "../ingest/workbook";
import { OUTPUT_TAB_KEYS, tabName, type OutputTab, type TabSheets } from "../report/outputTabs";
import type { Lang } from "../schema";
import { say } from "./catalog";
import { freeSheetName, sheetNameKey } from "../sheetNames";
import { freeTableName, tableNameIsOurs } from "../tableNames";
import { lastWritten, type RunLogRow } from "../changes/history";

/**
 * What a refresh in another language than the workbook's last run does to our tabs, said as a run
 * warning (console, Overview, run log, JSON): they keep their names, replaced in place so users'
 * formulas and links to them survive (issue 11 item 1), and their contents change language. Each
 * kept name is glossed with the tab's name in the run's language (an English reader cannot tell
 * 客户分类 from 回访计划 otherwise). A tab the workbook does not have yet among `writes` (the
 * Changes tab of a first refresh) is named in the kept language too (tabSheetNames' namesIn: one
 * language across our tabs), and the warning lists it as such (stop-34 tester #7: the note left
 * out the 变化 tab an English run had just made). Null when the language is the same, or no tab of
 * ours has a name of the other language. The hidden state tab is not named.
 *
 * @example await tabNamesKept(book, "en-US", "zh-CN", ["overview", "changes"]) // "…: 概览 (Overview). The tab this run adds is named in Chinese to match: 变化 (Changes)…"
 */
export async function tabNamesKept(
  source: GridSource,
  lang: Lang,
  previous: Lang | null,
  writes: readonly OutputTab[],
): Promise<RunWarning | null> {
  if (!previous || previous === lang || !source.ownedSheet) return null;
  const kept: { sheet: string; tab: OutputTab }[] = [];
  const added: OutputTab[] = [];
  // In the order of the tab bar (this run's tabs first), then any other tab of ours.
  for (const tab of new Set([...writes, ...OUTPUT_TAB_KEYS])) {
    if (tab === "runState") continue;
    const sheet = await source.ownedSheet(tab);
    if (sheet && sheet !== tabName(tab, lang)) kept.push({ sheet, tab });
    else if (!sheet && writes.includes(tab)) added.push(tab);
  }
  if (kept.length === 0) return null;
  const message = (l: Lang) => {
    const list = (tabs: { sheet: string; tab: OutputTab }[]) =>
      tabs
        .map((t) =>
          say(l, "analyze", "tabNameGloss", { name: t.sheet, meaning: tabName(t.tab, lang) }),
        )
        .join(say(l, "ingest", "nameSeparator"));
    return added.length === 0
      ? say(l, "analyze", "tabNamesKept", { tabs: list(kept) })
      : say(l, "analyze", "tabNamesKeptAdded", {
          tabs: list(kept),
          count: added.length,
          added: list(added.map((tab) => ({ sheet: tabName(tab, previous), tab }))),
        });
  };
  return {
    code: "tab_names_kept",
    message: { "zh-CN": message("zh-CN"), "en-US": message("en-US") },
  };
}

/**
 * The language our tab names are in for a run (TabNaming.namesIn): the last run's when a refresh in
 * another language keeps them (tabNamesKept says so), else the run's.
 *
 * @example await namesKeptIn(book, "en-US", "zh-CN") // "zh-CN": the workbook has 客户分类
 */
export async function namesKeptIn(
  source: GridSource,
  lang: Lang,
  previous: Lang | null,
): Promise<Lang> {
  if (!previous || previous === lang || !source.ownedSheet) return lang;
  for (const tab of OUTPUT_TAB_KEYS) {
    if (tab === "runState") continue;
    const sheet = await source.ownedSheet(tab);
    if (sheet && sheet !== tabName(tab, lang)) return previous;
  }
  return lang;
}

/** How a run names its tabs (tabSheetNames). */
export interface TabNaming {
  /**
   * Our tabs the workbook has keep the names they have: the command line replaces them in place
   * under their own names (a formula of the user's points at them). Else (the add-in) each is
   * named in the run's language, as a new tab is: Excel rewrites every reference to a renamed sheet.
   */
  keepOwned: boolean;
  /** The language our tab names are in: the last run's when it keeps them (tab_names_kept); default the run's. */
  namesIn?: Lang;
}

/** What tabSheetNames decides. */
export interface TabSheetNames {
  /** Each written tab's sheet name (the hidden run-state tab aside). */
  sheets: TabSheets;
  /** The tabs whose name a sheet of the user's holds: the name, and the numbered one ours is written as. */
  taken: { tab: OutputTab; name: string; used: string }[];
}

/**
 * The sheet name each tab of `writes` is written under, decided once, before the tables are built,
 * so the writers write it and our tabs' pointers to each other ("见“回访计划”") name it (stop 44:
 * they named the user's sheet when ours was "回访计划 (2)"). A tab the workbook has keeps its name
 * (naming.keepOwned) or is named in the run's language; a name a sheet of the user's holds (a
 * hand-made 概览) is numbered as the writers number it, freeSheetName over every sheet in the
 * workbook, ours too ("概览 (3)" when the user also has a "概览 (2)"; reviewer43 D5); the free name
 * of an earlier tab is taken for the later ones, as the writers take it. A refresh keeps naming
 * the numbered tab it replaces (reviewer43 D6): the user's sheet still holds the name.
 *
 * @example (await tabSheetNames(book, "zh-CN", ["overview"], { keepOwned: true })).sheets.overview // "概览 (2)"
 */
export async function tabSheetNames(
  source: GridSource,
  lang: Lang,
  writes: readonly OutputTab[],
  naming: TabNaming,
): Promise<TabSheetNames> {
  // Sheets only: a table of the user's named 概览 leaves the sheet name free (addin44).
  const users = await (source.worksheetNames?.() ?? source.sheetNames());
  const userKeys = new Set(users.map(sheetNameKey));
  // Every name in the workbook, ours too, so a free name is free of both.
  const names = new Set(userKeys);
  const owned = new Map<OutputTab, string | null>();
  for (const tab of OUTPUT_TAB_KEYS) {
    const sheet = source.ownedSheet ? await source.ownedSheet(tab) : null;
    owned.set(tab, sheet);
    if (sheet) names.add(sheetNameKey(sheet));
  }
  const sheets: TabSheets = {};
  const taken: TabSheetNames["taken"] = [];
  for (const tab of writes) {
    if (tab === "runState") continue;
    const name = tabName(tab, naming.namesIn ?? lang);
    const ours = owned.get(tab) ?? null;
    let used: string;
    if (ours !== null && naming.keepOwned) used = ours;
    else {
      // Renamed, the tab gives up its own name (office/plan.ts planTabs likewise).
      if (ours !== null) names.delete(sheetNameKey(ours));
      used = freeSheetName(name, names);
      names.add(sheetNameKey(used));
    }
    sheets[tab] = used;
    if (userKeys.has(sheetNameKey(name)) && sheetNameKey(used) !== sheetNameKey(name))
      taken.push({ tab, name, used });
  }
  return { sheets, taken };
}

/**
 * Sheets of the user's that carry a name of one of our tabs this run writes (a hand-made 概览 or
 * 回访计划): ours are written under the numbered names tabSheetNames chose ("概览 (2)"), which our
 * tabs' pointers name. Said as a run warning (console, Overview, run log, JSON; the add-in's pane)
 * naming both (tester43 #16: said nowhere), on every run while it holds. Null when none is.
 *
 * @example tabNamesTaken(await tabSheetNames(book, "zh-CN", writes, { keepOwned: true })) // "工作簿中已有 1 个您自己的工作表名为“概览”…"
 */
export function tabNamesTaken({ taken }: TabSheetNames): RunWarning | null {
  if (taken.length === 0) return null;
  // Each name in its quotes: “概览”、“回访计划” / “Overview”, “Follow-up schedule”.
  const joined = (l: Lang, list: string[]) => list.join(l === "zh-CN" ? "”、“" : "”, “");
  const message = (l: Lang) =>
    say(l, "analyze", "tabNamesTaken", {
      count: taken.length,
      names: joined(
        l,
        taken.map((t) => t.name),
      ),
      renamed: joined(
        l,
        taken.map((t) => t.used),
      ),
    });
  return {
    code: "tab_names_taken",
    message: { "zh-CN": message("zh-CN"), "en-US": message("en-US") },
    tabs: taken.map((t) => t.name),
  };
}

/**
 * The tables of our tabs that the user renamed in Excel (CA_segments → MySeg), which the refresh
 * keeps (issue 11: their formulas use the name; xlsxWriter.ts reuses it), one run warning each
 * (console, run log, JSON). Said once: a name the workbook's run log (`earlier`, its rows'
 * warnings, but the row of this run's date `asOf`, which this run's replaces) already says kept, in
 * either language, is not said again (fixrename: it was said on every refresh); a re-run of the
 * date it was said on says it again. A name either writer gives is not said (tableNameIsOurs: CA_segments_2, 客户分类).
 * "The analysis named it": the name the writer of the workbook's last run gives, the add-in the
 * sheet's name (客户分类), the command line CA_<tab> (fixrename: always CA_<tab>).
 *
 * @example await tableNamesKept(book, ["segments"], [], asOf) // [{ code: "table_name_kept", … "MySeg" … }]
 */
export async function tableNamesKept(
  source: GridSource,
  writes: readonly OutputTab[],
  earlier: readonly RunLogRow[],
  asOf: number,
): Promise<RunWarning[]> {
  const warnings: RunWarning[] = [];
  if (!source.ownedSheet || !source.ownedTableName) return warnings;
  // Not the row of this run's date: this run's row replaces it (mergeRunLog), so what it says
  // would be forgotten; said again then, it is in this run's row.
  const said = earlier
    .filter((r) => Math.floor(r.asOf) !== Math.floor(asOf))
    .map((r) => r.cells.warnings)
    .filter((w) => typeof w === "string");
  const byAddIn = lastRunByAddIn(earlier);
  for (const tab of new Set(writes)) {
    for (let part = 1; ; part++) {
      const sheet = await source.ownedSheet(tab, part);
      if (!sheet) break;
      const name = await source.ownedTableName(tab, part);
      if (!name || tableNameIsOurs(name, [sheet])) continue;
      const ours = byAddIn ? freeTableName(sheet.replace(/ \(\d+\)$/, ""), new Set()) : `CA_${tab}`;
      const message = (l: Lang) => say(l, "analyze", "tableNameKept", { sheet, name, ours });
      const both = { "zh-CN": message("zh-CN"), "en-US": message("en-US") };
      if (said.some((w) => w.includes(both["zh-CN"]) || w.includes(both["en-US"]))) continue;
      warnings.push({ code: "table_name_kept", message: both });
    }
  }
  return warnings;
}

/** Whether the run log's last-written run (by its time) was the add-in's ("add-in", "加载项"). */
function lastRunByAddIn(runLog: readonly RunLogRow[]): boolean {
  const source = lastWritten(runLog)?.cells.source;
  return (
    source === "add-in" ||
    (["zh-CN", "en-US"] as const).some((l) => source === say(l, "runSource", "add-in"))
  );
}
