import { SHEET_KINDS, type Lang, type SheetKind } from "../../engine/schema";
import type { ExcelRun } from "./run";

/**
 * What the add-in keeps in the workbook (workbook.settings, ExcelApi 1.4) so a colleague who opens
 * the file gets the same result: the rule set and the user's choices of sheets and columns. Only
 * configuration: sheet names and header texts, never customer data (anyone with the file can
 * read settings).
 */
export interface WorkbookSettings {
  /** The rule set as JSON (validated by the rules module, not here). */
  rules?: unknown;
  /** The user's column mapping per input sheet: field key → header text. */
  columns?: Partial<Record<SheetKind, Record<string, string>>>;
  /** Which sheet holds each input, when the user chose. */
  sheets?: Partial<Record<SheetKind, string>>;
  /** The pane's language when the user chose one (else it follows the workbook). */
  language?: Lang;
  /**
   * The names the user gave our tabs' tables in Excel, by tab (ownedKey), once said: a refresh
   * keeps such a name and says so once (writer.ts).
   */
  tablesKept?: Record<string, string>;
  /**
   * The widths (points) Excel reported for each of our tabs' columns once the last commit set them,
   * by tab (ownedKey): a refresh fits a column still at its recorded width and leaves one the user
   * resized (ownWidths.ts). Layout only, no customer data.
   */
  widths?: Record<string, number[]>;
}

/** Setting keys (stable; the values are JSON text). */
export const SETTING_KEYS = {
  rules: "customerAnalytics.rules",
  columns: "customerAnalytics.columns",
  sheets: "customerAnalytics.sheets",
  language: "customerAnalytics.language",
  tablesKept: "customerAnalytics.tablesKept",
  widths: "customerAnalytics.widths",
} as const;

/**
 * Reads the saved settings; anything missing or malformed is left out.
 *
 * @example const { rules, columns } = await loadWorkbookSettings(Excel.run);
 */
export async function loadWorkbookSettings(run: ExcelRun): Promise<WorkbookSettings> {
  return run(async (context) => {
    const settings = context.workbook.settings;
    const items = (Object.keys(SETTING_KEYS) as (keyof typeof SETTING_KEYS)[]).map((field) => {
      const item = settings.getItemOrNullObject(SETTING_KEYS[field]);
      item.load("value");
      return { field, item };
    });
    await context.sync();
    const out: WorkbookSettings = {};
    for (const { field, item } of items) {
      if (item.isNullObject) continue;
      const value = parse(item.value);
      if (value === undefined) continue;
      if (field === "rules") out.rules = value;
      if (field === "columns") {
        const columns = columnsOf(value);
        if (columns) out.columns = columns;
      }
      if (field === "sheets") {
        const sheets = sheetsOf(value);
        if (sheets) out.sheets = sheets;
      }
      if (field === "language" && (value === "zh-CN" || value === "en-US")) out.language = value;
      if (field === "tablesKept" && isRecord(value))
        out.tablesKept = Object.fromEntries(
          Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"),
        );
      if (field === "widths" && isRecord(value)) out.widths = widthsOf(value);
    }
    return out;
  });
}

/**
 * Saves settings: a field given is written, a field set to null is removed, a field left out is
 * kept as it was.
 *
 * @example await saveWorkbookSettings(Excel.run, { sheets: { customers: "客户信息" } });
 */
export async function saveWorkbookSettings(
  run: ExcelRun,
  settings: { [K in keyof WorkbookSettings]?: WorkbookSettings[K] | null },
): Promise<void> {
  await run(async (context) => {
    const collection = context.workbook.settings;
    for (const field of Object.keys(SETTING_KEYS) as (keyof typeof SETTING_KEYS)[]) {
      if (!(field in settings) || settings[field] === undefined) continue;
      const value = settings[field];
      if (value === null) collection.getItemOrNullObject(SETTING_KEYS[field]).delete();
      else collection.add(SETTING_KEYS[field], JSON.stringify(value));
    }
    await context.sync();
  });
}

function parse(value: unknown): unknown {
  if (typeof value !== "string") return value ?? undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function columnsOf(value: unknown): WorkbookSettings["columns"] | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<Record<SheetKind, Record<string, string>>> = {};
  for (const kind of SHEET_KINDS) {
    const map = value[kind];
    if (!isRecord(map)) continue;
    const fields = Object.entries(map).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    );
    if (fields.length) out[kind] = Object.fromEntries(fields);
  }
  return out;
}

function sheetsOf(value: unknown): WorkbookSettings["sheets"] | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<Record<SheetKind, string>> = {};
  for (const kind of SHEET_KINDS)
    if (typeof value[kind] === "string") out[kind] = value[kind] as string;
  return out;
}

function widthsOf(value: Record<string, unknown>): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(value).filter(
      (e): e is [string, number[]] =>
        Array.isArray(e[1]) && e[1].every((w) => typeof w === "number" && Number.isFinite(w)),
    ),
  );
}
