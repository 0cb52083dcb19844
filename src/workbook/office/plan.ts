import type { ReportTable } from "../../engine/report/table";
import type { Lang } from "../../engine/schema";
import { say } from "../../engine/words/catalog";
import { freeTableName, tableNameIsOurs } from "../../engine/tableNames";
import { freeSheetName, sheetNameKey, validSheetName } from "../../engine/sheetNames";
import { renamedBecause } from "../renamedBecause";
import type { CancelSource } from "./cancel";
import { appendTo, readAll } from "./log";
import { partOf } from "../ownedTabs";
import {
  hasOurLayout,
  ownedKey,
  STAGING_SHEET_PREFIX,
  type OwnedTab,
  type Ownership,
} from "./ownership";
import type { ExcelRun } from "./run";

/** What the write does for one tab. */
export interface Plan {
  table: ReportTable;
  /** The tab as it is now, written over in place; null when the tab is new. */
  live: OwnedTab | null;
  /** The tab's sheet name: the live one's (the user may have renamed it), or a free name. */
  finalName: string;
  /** The hidden sheet the rows are staged in (its id once staging added it). */
  stagingName: string;
  stagingId: string;
  /** The Excel table's name for a new table tab (structured references use it). */
  tableName: string;
  renamedBecause?: string;
  /**
   * Set when a new table tab's Excel table could not take the name its sheet gives: what holds
   * that name (tableHolder). Worded once the tabs are committed (tableRenamedBecause), so the words
   * name the sheet really written, which the commit may have renamed.
   */
  tableTaken?: TableHolder;
  /**
   * Set when the live tab's Excel table has a name of the user's (renamed in Excel, not one the
   * add-in gives: tableNameIsOurs): kept, as their formulas use it, and said once (writer.ts).
   */
  tableKept?: { name: string; ours: string };
  /** Filled by staging: sheet rows written (header included) and columns. */
  stagedRows: number;
  width: number;
}

/**
 * Decides, for each table, where it goes: into its live tab when the workbook has one with our
 * marker and our layout (same sheet, same table: references to them stay valid), else a new tab
 * under its usual name or, when a sheet of the user's has that name, a free one.
 */
export async function planTabs(
  run: ExcelRun,
  tables: ReportTable[],
  ownership: Ownership,
  lang: Lang,
  cancel: CancelSource,
): Promise<Plan[]> {
  const taken = new Set(ownership.sheets.map((s) => sheetNameKey(s.name)));
  const names = new Set(ownership.takenNames);
  const plans: Plan[] = [];
  let counter = Date.now() % 100_000;
  for (const source of tables) {
    const owned = ownership.owned.get(ownedKey(source.tab, partOf(source)));
    const live = owned && hasOurLayout(owned, source.style) ? owned : null;
    let table = source;
    if (source.mode === "append" && live)
      table = appendTo(source, await readAll(run, live.sheet, cancel));
    // The tab's usual name (renaming a sheet keeps references to it: Excel rewrites them); a
    // live tab keeps its own name out of the taken ones, so it keeps it or gets the usual one.
    const wanted = validSheetName(source.sheetName);
    if (live) taken.delete(sheetNameKey(live.sheet));
    const finalName = freeSheetName(wanted, taken);
    taken.add(sheetNameKey(finalName));
    let because: string | undefined;
    if (finalName !== wanted) {
      const ours = plans.some((p) => sheetNameKey(p.finalName) === sheetNameKey(wanted));
      because = renamedBecause(wanted, finalName, ours, lang);
    }
    let stagingName: string;
    do stagingName = `${STAGING_SHEET_PREFIX}${source.tab} ${counter++}`.slice(0, 31);
    while (taken.has(sheetNameKey(stagingName)));
    taken.add(sheetNameKey(stagingName));
    // The name the analysis gives this tab's table today, before a kept name is taken: the one a
    // user who renamed it had (e.g. 客户分类_2 while a table of theirs holds 客户分类).
    const ours = freeTableName(finalName, names);
    const tableName = live?.table?.name ?? ours;
    names.add(tableName.toLowerCase());
    const tableTaken =
      live || source.style !== "table" ? null : tableHolder(finalName, tableName, ownership);
    const kept =
      live?.table && !tableNameIsOurs(live.table.name, [source.sheetName, live.sheet])
        ? { name: live.table.name, ours }
        : null;
    plans.push({
      table,
      live,
      finalName,
      stagingName,
      stagingId: "",
      tableName,
      renamedBecause: because,
      ...(tableTaken ? { tableTaken } : {}),
      ...(kept ? { tableKept: kept } : {}),
      stagedRows: 0,
      width: Math.max(1, source.columns.length),
    });
  }
  return plans;
}

/** What holds the Excel table name a new tab's sheet gives, when its table could not take it. */
export interface TableHolder {
  /** The name the table would have had, and the one it has. */
  wanted: string;
  used: string;
  by: "table" | "name" | "ours";
  /** For "ours": the sheet holding that table, by id, and its name when planned. */
  sheetId?: string;
  sheet?: string;
}

/**
 * What holds the Excel table name a new tab's sheet gives (=客户分类[列]) when its table could not
 * take it: a table of the user's, a defined name of the user's, or the table of a tab of ours (its
 * sheet's id: a tab of an earlier run whose layout the user changed, left as it is, or another
 * tab of this run). Null when the table has its usual name or nothing is known to hold it.
 *
 * @example tableHolder("客户分类", "客户分类_2", ownership)?.by // "table" (a table of the user's named 客户分类)
 */
export function tableHolder(
  sheet: string,
  used: string,
  ownership: Pick<Ownership, "usersNames" | "owned">,
): TableHolder | null {
  const wanted = freeTableName(sheet, new Set());
  if (wanted === used) return null;
  const key = wanted.toLowerCase();
  const kind = ownership.usersNames.get(key);
  if (kind) return { wanted, used, by: kind };
  for (const owned of ownership.owned.values())
    if (owned.table?.name.toLowerCase() === key)
      return { wanted, used, by: "ours", sheetId: owned.sheetId, sheet: owned.sheet };
  return null;
}

/**
 * Why a new tab's Excel table is not named as its sheet gives (=客户分类[列]): "客户分类_2", said
 * as such (addin44: a user's table named like one of our tabs was called a sheet, and its effect
 * on our table's name was said nowhere). `plan.finalName` is the sheet as committed (a sheet the
 * user made during the run renames ours); a holder that is a tab of this run is named as it was
 * committed (`plans`). Undefined when the table has its usual name.
 *
 * @example tableRenamedBecause(plan, plans, "zh-CN") // "工作簿中已有您自己的表格（Excel 表）名为“客户分类”，因此“客户分类”工作表中的表格名为“客户分类_2”…"
 */
export function tableRenamedBecause(
  plan: Plan,
  plans: readonly Plan[],
  lang: Lang,
): string | undefined {
  const taken = plan.tableTaken;
  if (!taken) return undefined;
  const words = { wanted: taken.wanted, used: taken.used, sheet: plan.finalName };
  if (taken.by !== "ours") {
    const code = taken.by === "table" ? "tableNameTakenByTable" : "tableNameTakenByName";
    return say(lang, "office", code, words);
  }
  const holder = plans.find((p) => p.live?.sheetId === taken.sheetId);
  return holder
    ? say(lang, "office", "tableNameTakenByOurTab", { ...words, other: holder.finalName })
    : say(lang, "office", "tableNameTakenByOldTab", { ...words, other: taken.sheet ?? "" });
}

/**
 * Why the live tab's table keeps a name the user gave it (plan.tableKept), in `lang`.
 *
 * @example tableKeptWords({ name: "我的分类表", ours: "客户分类" }, "客户分类", "zh-CN") // "“客户分类”工作表中的表格名为“我的分类表”…"
 */
export function tableKeptWords(
  kept: { name: string; ours: string },
  sheet: string,
  lang: Lang,
): string {
  return say(lang, "office", "tableNameKept", { ...kept, sheet });
}
