import { columnIndex, columnLetters } from "../engine/a1";
import { partSheetName } from "../engine/report/limits";
import { OUTPUT_TAB_KEYS, type OutputTab } from "../engine/report/outputTabs";
import type { ReportTable } from "../engine/report/table";

/**
 * How the add-in recognises the tabs it wrote. Each one carries a hidden workbook-level defined
 * name made of the add-in's Id (manifest.xml <Id>, stable across releases) and the tab's key:
 *
 *   CA.174929f98c694727a265d36f90a7f297.segments   → '客户分类'!$A$1:$K$1  (the header row)
 *
 * A user cannot make such a name by accident (the earlier `CA_TAB_<tab>` could be typed, and a
 * user's `CA_TMP_Rates` deleted their Rates sheet). Defined names exist at every requirement set
 * (NamedItemCollection.add is ExcelApi 1.4) and in the .xlsx file (<definedName>), so both
 * adapters read and write the same marker; worksheet custom properties (ExcelApi 1.12) would not
 * reach the file adapter through exceljs, nor Excel below 1.12.
 *
 * The marker refers to the tab's header row (A1 across its columns), so the layout can be checked
 * against the sheet: a sheet whose marker range does not start at A1 is not ours. Anything without
 * a valid marker is never rewritten, deleted or left out of the inputs.
 */

/** The add-in's Id, as in manifest.xml (a production manifest keeps it: settings are keyed to it). */
export const ADDIN_ID = "174929f9-8c69-4727-a265-d36f90a7f297";

const ID_PART = ADDIN_ID.replace(/-/g, "");
/** Prefix of every name the add-in owns. */
export const MARKER_PREFIX = `CA.${ID_PART}.`;
/** Infix of the mark on a sheet being built (staging) for a tab. */
const STAGE = "stage.";

/**
 * The hidden workbook-level name in which a command-line run records how it was made (its input
 * files, runInput.ts): a text constant, not a reference. It describes the tabs now in the workbook,
 * so each writer of the tabs replaces it: the command line with its own run's (none under
 * --share), the add-in with none (its input is the open workbook itself), when its tabs are
 * committed (a cancelled or failed refresh leaves it).
 */
export const RUN_INPUT_NAME = `${MARKER_PREFIX}input`;

/** Whether a workbook-level name is the run-input record (Excel compares names ignoring case). */
export const isRunInputName = (name: string): boolean =>
  name.toLowerCase() === RUN_INPUT_NAME.toLowerCase();

/**
 * What one of our names (the add-in's Id after `CA.`) is for, the one list both adapters read:
 * a finished tab's marker, a staging mark, the run-input record, or `other`, a name of ours this
 * version does not know (a later version's): kept by both adapters, never taken for a broken
 * marker. Null for any other name (a user's, whatever it looks like).
 *
 * @example ownedNameKind(ownedTabName("segments"))   // "tab"
 * @example ownedNameKind(RUN_INPUT_NAME)             // "runInput"
 * @example ownedNameKind(`${MARKER_PREFIX}version`)  // "other"
 * @example ownedNameKind("CA_TAB_segments")          // null
 */
export function ownedNameKind(name: string): "tab" | "staging" | "runInput" | "other" | null {
  if (name.slice(0, MARKER_PREFIX.length).toLowerCase() !== MARKER_PREFIX.toLowerCase())
    return null;
  if (ownedKeyOfName(name)) return "tab";
  if (tabOfStagingName(name)) return "staging";
  return isRunInputName(name) ? "runInput" : "other";
}

const TABS: readonly OutputTab[] = OUTPUT_TAB_KEYS;

/**
 * The defined name that marks a finished tab as ours. A tab continued on numbered tabs past
 * Excel's row limit (part 2, 3, …) has one marker per part.
 *
 * @example ownedTabName("segments")    // "CA.174929f98c694727a265d36f90a7f297.segments"
 * @example ownedTabName("segments", 2) // "CA.174929f98c694727a265d36f90a7f297.segments.2"
 */
export function ownedTabName(tab: OutputTab, part = 1): string {
  return `${MARKER_PREFIX}${tab}${part > 1 ? `.${part}` : ""}`;
}

/** The part of a report table (1 unless the engine split it past Excel's row limit). */
export function partOf(table: object): number {
  const part = (table as { part?: unknown }).part;
  return typeof part === "number" && part > 1 ? Math.floor(part) : 1;
}

/**
 * The key of a tab's part in a map of owned tabs: the tab alone for part 1.
 *
 * @example ownedKey("segments", 2) // "segments.2"
 */
export function ownedKey(tab: OutputTab, part = 1): string {
  return part > 1 ? `${tab}.${part}` : tab;
}

/**
 * Continuation parts an earlier run wrote that this run does not (the tab has fewer rows now),
 * as empty tables of the same tab and part, so an adapter rewrites each one in place (header row
 * only) instead of leaving last run's rows on it. Deleting the sheet instead would turn a user's
 * references to it into #REF! and shift sheet-scoped names in the file; emptying it keeps both.
 * Only tabs this run writes are considered; `earlier` lists the parts found with our marker.
 *
 * @example leftoverParts([segmentsTable], [{ tab: "segments", part: 2 }]) // [empty "客户分类 (2)"]
 */
export function leftoverParts(
  tables: readonly ReportTable[],
  earlier: Iterable<{ tab: OutputTab; part: number }>,
): ReportTable[] {
  const parts = new Map<OutputTab, { first: ReportTable; last: number }>();
  for (const t of tables) {
    const p = partOf(t);
    const seen = parts.get(t.tab);
    if (!seen) parts.set(t.tab, { first: t, last: p });
    else {
      if (p === 1) seen.first = t;
      seen.last = Math.max(seen.last, p);
    }
  }
  const out: ReportTable[] = [];
  const done = new Set<string>();
  for (const { tab, part } of earlier) {
    const now = parts.get(tab);
    const key = ownedKey(tab, part);
    if (!now || part <= now.last || done.has(key) || now.first.mode !== "replace") continue;
    done.add(key);
    out.push({
      ...now.first,
      sheetName: partSheetName(now.first.sheetName, part),
      part,
      rowCount: 0,
      rows: () => [],
      charts: undefined,
    });
  }
  return out.sort((a, b) => partOf(a) - partOf(b));
}

/**
 * The tab and part a marker name stands for, or null.
 *
 * @example ownedKeyOfName(ownedTabName("segments", 2)) // { tab: "segments", part: 2 }
 */
export function ownedKeyOfName(name: string): { tab: OutputTab; part: number } | null {
  if (name.slice(0, MARKER_PREFIX.length).toLowerCase() !== MARKER_PREFIX.toLowerCase())
    return null;
  const m = /^([A-Za-z]+)(?:\.([2-9]|[1-9]\d+))?$/.exec(name.slice(MARKER_PREFIX.length));
  const tab = m ? tabOf(m[1]) : null;
  return tab ? { tab, part: m![2] ? Number(m![2]) : 1 } : null;
}

/**
 * The defined name that marks a hidden sheet being built for a tab (deleted when a run ends).
 *
 * @example stagingTabName("segments") // "CA.174929f98c694727a265d36f90a7f297.stage.segments"
 */
export function stagingTabName(tab: OutputTab, part = 1): string {
  return `${MARKER_PREFIX}${STAGE}${tab}${part > 1 ? `.${part}` : ""}`;
}

function tabOf(rest: string): OutputTab | null {
  const lower = rest.toLowerCase();
  return TABS.find((t) => t.toLowerCase() === lower) ?? null;
}

/**
 * The tab a defined name marks as finished, or null when it is not our marker (Excel compares
 * defined names without regard to case, so neither do we). `CA_TAB_…`, `CA_TMP_…`, `CA_OLD_…`
 * and any other name a user could type are not markers.
 *
 * @example tabOfOwnedName(ownedTabName("runLog")) // "runLog"
 * @example tabOfOwnedName("CA_TAB_runLog")        // null
 */
export function tabOfOwnedName(name: string): OutputTab | null {
  if (name.slice(0, MARKER_PREFIX.length).toLowerCase() !== MARKER_PREFIX.toLowerCase())
    return null;
  return tabOf(name.slice(MARKER_PREFIX.length));
}

/**
 * The tab a staging mark is for, or null.
 *
 * @example tabOfStagingName(stagingTabName("overview")) // "overview"
 * @example tabOfStagingName("CA_TMP_Rates")             // null
 */
export function tabOfStagingName(name: string): OutputTab | null {
  const prefix = (MARKER_PREFIX + STAGE).toLowerCase();
  if (name.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  return tabOf(name.slice(prefix.length).replace(/\.\d+$/, ""));
}

/**
 * The sheet-qualified reference a marker refers to: the header row, A1 across `columns` columns.
 *
 * @example ownedTabRef("客户分类")     // "'客户分类'!$A$1"
 * @example ownedTabRef("客户分类", 3)  // "'客户分类'!$A$1:$C$1"
 */
export function ownedTabRef(sheetName: string, columns = 1): string {
  const end = columns > 1 ? `:$${columnLetters(columns - 1)}$1` : "";
  return `'${sheetName.replace(/'/g, "''")}'!$A$1${end}`;
}

/**
 * The sheet name in a reference such as `'It''s'!$A$1` or `Sheet1!$A$1`, or null.
 *
 * @example sheetOfRef("'客户 分类'!$A$1") // "客户 分类"
 */
export function sheetOfRef(ref: string): string | null {
  const text = ref.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'[\]]+)!/.exec(text);
  return plain ? plain[1] : null;
}

/**
 * The layout a marker's reference claims: the header row from A1, `columns` wide; null when the
 * reference is anything else (then the sheet is not ours, whatever the name says).
 *
 * @example markedLayout("'客户分类'!$A$1:$C$1") // { sheet: "客户分类", columns: 3 }
 * @example markedLayout("Rates!$B$2")           // null
 */
export function markedLayout(ref: string): { sheet: string; columns: number } | null {
  const sheet = sheetOfRef(ref);
  if (sheet === null) return null;
  const address = ref
    .trim()
    .replace(/^=/, "")
    .slice(ref.trim().replace(/^=/, "").lastIndexOf("!") + 1);
  const m = /^\$?A\$?1(?::\$?([A-Z]{1,3})\$?1)?$/i.exec(address);
  if (!m) return null;
  let columns = 1;
  if (m[1]) columns = columnIndex(m[1]) + 1;
  return { sheet, columns };
}
