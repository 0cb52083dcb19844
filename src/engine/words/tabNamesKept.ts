import type { RunWarning } from "../followUp/warnings";
import type { GridSource } from "../ingest/workbook";
import { OUTPUT_TAB_KEYS, tabName, type OutputTab } from "../report/outputTabs";
import type { Lang } from "../schema";
import { say } from "./catalog";
import { freeSheetName, sheetNameKey } from "../sheetNames";

/**
 * What a refresh in another language than the workbook's last run does to our tabs, said as a run
 * warning (console, Overview, run log, JSON): they keep their names, replaced in place so users'
 * formulas and links to them survive (issue 11 item 1), and their contents change language. Each
 * kept name is glossed with the tab's name in the run's language (an English reader cannot tell
 * 客户分类 from 回访计划 otherwise). A tab the workbook does not have yet among `writes` (the
 * Changes tab of a first refresh) is named in the kept language too (nameNewTabsAsKept: one
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
 * A refresh that keeps our tab names in the last run's language (a `tab_names_kept` warning among
 * the run's) names a tab new to the workbook in that language too: an English workbook refreshed
 * in Chinese got `变化` among `Overview`, `Customer segments`… (stop 21 tester L1 residue). Tabs the
 * workbook already has are replaced in place under their own names by the writers.
 *
 * @example nameNewTabsAsKept(tables, "zh-CN", analysis.warnings) // the changes table: "Changes"
 */
export function nameNewTabsAsKept(
  tables: { tab: OutputTab; sheetName: string }[],
  lang: Lang,
  warnings: readonly RunWarning[],
): void {
  if (!warnings.some((w) => w.code === "tab_names_kept")) return;
  const kept: Lang = lang === "zh-CN" ? "en-US" : "zh-CN";
  for (const t of tables) {
    const name = tabName(t.tab, lang);
    if (t.sheetName.startsWith(name))
      t.sheetName = tabName(t.tab, kept) + t.sheetName.slice(name.length);
  }
}

/**
 * Sheets of the user's that carry a name of one of our tabs this run writes (a hand-made 概览 or
 * 回访计划): ours are then written under a numbered name ("概览 (2)", the writers' free name), and
 * our tabs' pointers to each other ("见“回访计划”") name the user's sheet. Said as a run warning
 * (console, Overview, run log, JSON) naming both (tester43 #16: said nowhere), on every run while
 * it holds: a refresh names the numbered tab it replaces (ownedSheet), a first run the free name
 * the writers will choose (freeSheetName over the workbook's sheets: "概览 (3)" when the user also
 * has a "概览 (2)"; reviewer43 D5, D6).
 *
 * @example await tabNamesTaken(book, "zh-CN", ["overview", "followUps"]) // "工作簿中已有 1 个您自己的工作表名为“概览”…"
 */
export async function tabNamesTaken(
  source: GridSource,
  lang: Lang,
  writes: readonly OutputTab[],
): Promise<RunWarning | null> {
  const users = await source.sheetNames();
  const userKeys = new Set(users.map(sheetNameKey));
  // Every name in the workbook, ours too, so a free name is free of both.
  const names = new Set(userKeys);
  const owned = new Map<OutputTab, string | null>();
  for (const tab of OUTPUT_TAB_KEYS) {
    const sheet = source.ownedSheet ? await source.ownedSheet(tab) : null;
    owned.set(tab, sheet);
    if (sheet) names.add(sheetNameKey(sheet));
  }
  const taken: { name: string; used: string }[] = [];
  for (const tab of writes) {
    if (tab === "runState") continue;
    const name = tabName(tab, lang);
    if (!userKeys.has(sheetNameKey(name))) continue;
    const ours = owned.get(tab) ?? null;
    if (ours !== null && sheetNameKey(ours) === sheetNameKey(name)) continue;
    const used = ours ?? freeSheetName(name, names);
    names.add(sheetNameKey(used));
    taken.push({ name, used });
  }
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
