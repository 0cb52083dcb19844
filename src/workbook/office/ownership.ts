import type { OutputTab } from "../../engine/report/table";
import {
  markedLayout,
  ownedKey,
  ownedKeyOfName,
  ownedNameKind,
  sheetOfRef,
  tabOfStagingName,
} from "../ownedTabs";

export { ownedKey };

/** What a sheet the add-in built for a tab is named while it is staged (hidden). */
export const STAGING_SHEET_PREFIX = "~CA ";

/** A finished tab as the workbook holds it now. */
export interface OwnedTab {
  /** The tab and part its marker names. */
  tab: OutputTab;
  part: number;
  /** The sheet's current name (the user may have renamed it) and id. */
  sheet: string;
  sheetId: string;
  /** Columns the marker says the header row spans. */
  columns: number;
  /** The Excel table anchored at A1 of the sheet, if any: name, id, size (header row included). */
  table: { name: string; id: string; rows: number; columns: number } | null;
  /** Other tables on the sheet (a user's): then it is not our layout. */
  otherTables: number;
}

export interface Ownership {
  /** Finished tabs with a valid marker: the output tab (and part, see ownedKey) → where it is. */
  owned: Map<string, OwnedTab>;
  /** Hidden staging sheets left by an interrupted run (marked and named as ours). */
  staging: { tab: OutputTab; sheet: string; mark: string }[];
  /** Our marker names that point nowhere, or at something that is not our layout. */
  stale: string[];
  /**
   * The command line's run-input record (ownedTabs.ts RUN_INPUT_NAME) as the workbook spells it,
   * or null: removed when this run's tabs are committed, never taken for a stale marker.
   */
  runInput: string | null;
  /** Names of the sheets above, lower-cased, to leave them out of the input sheets. */
  ours: Set<string>;
  /** Every sheet: name, id, position, visibility. */
  sheets: { name: string; id: string; position: number; visibility: string }[];
  /** Every table name and defined name (lower-cased): a new table's name must differ from them. */
  takenNames: Set<string>;
  /**
   * The user's tables (on sheets not ours) and defined names, lower-cased, each with its kind: the
   * words when a new table of ours cannot take its name (plan.ts tableRenamedBecause).
   */
  usersNames: Map<string, "table" | "name">;
}

/**
 * Reads the add-in's marker names (ownedTabs.ts) and checks each against the sheet it points at:
 * a marker must be workbook-scoped, carry the add-in's Id, and refer to A1(:X1) of a sheet; a
 * staging mark must point at a sheet named "~CA …". Names a user can type (`CA_TAB_x`,
 * `CA_TMP_Rates`, any case) mean nothing here, so a user's sheet is never taken for ours. The
 * command line's run-input record is noted (runInput), not taken for a broken marker.
 *
 * @example const { owned } = await readOwnership(context); owned.get("segments")?.sheet // "客户分类"
 */
export async function readOwnership(context: Excel.RequestContext): Promise<Ownership> {
  const book = context.workbook;
  const names = book.names;
  names.load("items/name,items/type,items/formula");
  const sheets = book.worksheets;
  sheets.load("items/name,items/id,items/position,items/visibility");
  const tables = book.tables;
  tables.load("items/name,items/id,items/worksheet/name");
  await context.sync();
  const ranges = tables.items.map((t) => {
    const r = t.getRange();
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  if (ranges.length) await context.sync();
  const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const result: Ownership = {
    owned: new Map(),
    staging: [],
    stale: [],
    runInput: null,
    ours: new Set(),
    sheets: sheets.items.map((s) => ({
      name: s.name,
      id: s.id,
      position: s.position,
      visibility: s.visibility,
    })),
    takenNames: new Set([
      ...names.items.map((n) => n.name.toLowerCase()),
      ...tables.items.map((t) => t.name.toLowerCase()),
    ]),
    usersNames: new Map(),
  };
  for (const item of names.items) {
    // A user's name (whatever it looks like) is not ours; one of ours this version does not know
    // (a later version's) is kept, as the command line keeps it.
    const kind = ownedNameKind(item.name);
    if (kind === "runInput") result.runInput = item.name;
    if (kind !== "tab" && kind !== "staging") continue;
    const formula = String(item.formula ?? "");
    const broken = item.type === "Error" || formula.includes("#REF!");
    const key = ownedKeyOfName(item.name);
    const tab = key?.tab ?? null;
    const stagingTab = tabOfStagingName(item.name);
    if (stagingTab) {
      const ref = broken ? null : sheetOfRef(formula);
      const sheet = ref === null ? undefined : byName.get(ref.toLowerCase());
      if (sheet && sheet.name.startsWith(STAGING_SHEET_PREFIX)) {
        result.staging.push({ tab: stagingTab, sheet: sheet.name, mark: item.name });
        result.ours.add(sheet.name.toLowerCase());
      } else result.stale.push(item.name);
      continue;
    }
    const layout = !tab || broken ? null : markedLayout(formula);
    const sheet = layout ? byName.get(layout.sheet.toLowerCase()) : undefined;
    if (!tab || !layout || !sheet) {
      result.stale.push(item.name);
      continue;
    }
    let table: OwnedTab["table"] = null;
    let otherTables = 0;
    tables.items.forEach((t, i) => {
      if (t.worksheet.name !== sheet.name) return;
      const r = ranges[i];
      if (r.rowIndex === 0 && r.columnIndex === 0)
        table = { name: t.name, id: t.id, rows: r.rowCount, columns: r.columnCount };
      else otherTables++;
    });
    result.owned.set(ownedKey(tab, key!.part), {
      tab,
      part: key!.part,
      sheet: sheet.name,
      sheetId: sheet.id,
      columns: layout.columns,
      table,
      otherTables,
    });
    result.ours.add(sheet.name.toLowerCase());
  }
  for (const item of names.items)
    if (ownedNameKind(item.name) === null) result.usersNames.set(item.name.toLowerCase(), "name");
  for (const t of tables.items)
    if (!result.ours.has(t.worksheet.name.toLowerCase()))
      result.usersNames.set(t.name.toLowerCase(), "table");
  return result;
}

/**
 * Whether a marked sheet still has the layout of the tab we would write into it: a table tab is
 * one Excel table at A1 as wide as the marker says; a layout tab (Overview) has no table at all.
 * A sheet that fails is left alone (the new tab goes elsewhere) and its marker is dropped.
 */
export function hasOurLayout(owned: OwnedTab, style: "table" | "layout"): boolean {
  if (owned.otherTables > 0) return false;
  if (style === "layout") return owned.table === null;
  return owned.table !== null && owned.table.columns === owned.columns;
}
