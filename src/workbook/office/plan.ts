import type { ReportTable } from "../../engine/report/table";
import type { Lang } from "../../engine/schema";
import { say } from "../../engine/words/catalog";
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
  /** Set when a new table tab's Excel table could not take the name its sheet gives (tableRenamedBecause). */
  tableRenamedBecause?: string;
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
    const tableName = live?.table?.name ?? freeTableName(finalName, names);
    names.add(tableName.toLowerCase());
    const tableBecause =
      live || source.style !== "table"
        ? undefined
        : tableRenamedBecause(finalName, tableName, ownership.usersNames, lang);
    plans.push({
      table,
      live,
      finalName,
      stagingName,
      stagingId: "",
      tableName,
      renamedBecause: because,
      ...(tableBecause ? { tableRenamedBecause: tableBecause } : {}),
      stagedRows: 0,
      width: Math.max(1, source.columns.length),
    });
  }
  return plans;
}

/**
 * Why a new tab's Excel table is not named as its sheet gives (=客户分类[列]), when a table or a
 * defined name of the user's holds that name: "客户分类_2", said as such (addin44: a user's table
 * named like one of our tabs was called a sheet, and its effect on our table's name was said
 * nowhere). Undefined when the table has its usual name, or one of our own holds it.
 *
 * @example tableRenamedBecause("客户分类", "客户分类_2", new Map([["客户分类", "table"]]), "zh-CN") // "工作簿中已有您自己的表格…"
 */
export function tableRenamedBecause(
  sheet: string,
  used: string,
  usersNames: Ownership["usersNames"],
  lang: Lang,
): string | undefined {
  const wanted = freeTableName(sheet, new Set());
  const kind = wanted === used ? undefined : usersNames.get(wanted.toLowerCase());
  if (!kind) return undefined;
  const code = kind === "table" ? "tableNameTakenByTable" : "tableNameTakenByName";
  return say(lang, "office", code, { wanted, used, sheet });
}

/**
 * A table name from the tab's sheet name, so users write `=客户分类[流失风险分]`: Excel's rules
 * (letters, digits, _ and .; not like a cell address; unique among tables and names).
 *
 * @example freeTableName("Customer segments", new Set()) // "Customer_segments"
 */
export function freeTableName(sheetName: string, taken: Set<string>): string {
  let base = sheetName.replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/_+/g, "_");
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base)) base = `_${base}`;
  base = base.slice(0, 240);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  return name;
}
