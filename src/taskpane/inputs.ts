import type { Cell } from "../engine/cells";
import { findHeader, type HeaderMatch } from "../engine/ingest/header";
import { headerToChoose } from "../engine/ingest/headersFound";
import { customerIdsIn, idByValues, valuesMayChooseId } from "../engine/ingest/idByValues";
import { optionalLookalikes } from "../engine/ingest/optionalLookalikes";
import { sideColumns } from "../engine/ingest/paymentRows";
import {
  customersIdOfNamed,
  inputSheets,
  salesSheetByColumns,
  lookalikeParts,
  lookalikeSheet,
  otherKeyParts,
  takenSheets,
  readTopRows,
  type GridSource,
  type Lookalike,
} from "../engine/ingest/workbook";

export { readTopRows };
import { SHEET_KINDS, SHEETS, type SheetKind } from "../engine/schema";
import type { Choices } from "./choices";

/** Finding the input sheets and the column each field is read from (the Data step). */

export interface InputInfo {
  kind: SheetKind;
  required: boolean;
  /** The sheet (or table) used, or null when none was found. */
  sheet: string | null;
  /** True when the user chose the sheet (saved), false when it was found by name. */
  chosen: boolean;
  /** Excel row number of the header row; null when no header row was found. */
  headerRow: number | null;
  /** The header row's non-empty texts, left to right: the options of the column dropdowns. */
  headers: string[];
  /** Field key → the header it is read from, or null when no column matched. */
  mapping: Record<string, string | null>;
  /** Required fields with no column. */
  missing: string[];
  /** Fields the user mapped by hand. */
  corrected: string[];
  /**
   * A required input with no sheet: the first sheet whose headers are this input's (its name, those
   * headers, and the input that took it if one did), as the run's missing-sheet error names it
   * (tester45 #9, misc47); an optional one: an unread sheet with its columns, as the run's
   * sheet_looks_like warning names it (optionalLookalikes; tester61 U132: the command line said
   * it, the pane showed 未找到 alone); else null.
   */
  lookalike?: Lookalike | null;
  /**
   * A required input with no sheet of its name, read from sheets kept one per month or store
   * (lookalikeParts): all of them, `sheet` first; absent otherwise.
   */
  parts?: string[];
}

export interface Detection {
  /** Every sheet and table name the inputs can be chosen from. */
  names: string[];
  inputs: Record<SheetKind, InputInfo>;
}

/**
 * The sheet's columns an input reads and those it leaves (the Data step's "7 of 8 columns used":
 * tester68 U408, "7/21" counted the fields the tool knows, read as 14 of the user's columns missing).
 *
 * @example sheetColumns({ headers: ["ID", "Name", "Since"], mapping: { customerId: "ID", name: "Name", phone: null } }) // { used: ["ID", "Name"], ignored: ["Since"] }
 */
export function sheetColumns(info: Pick<InputInfo, "headers" | "mapping"> & { kind?: SheetKind }): {
  used: string[];
  ignored: string[];
} {
  const read = new Set(Object.values(info.mapping).filter((h) => h !== null));
  // The side columns a transactions sheet's run reads too (a sale's Time, its Notes, an invoice's
  // Terms and Open Balance: sideColumns; reviewer69 L5, named "Not read").
  if (info.kind === "transactions") {
    const unmapped = info.headers.flatMap((h, i) => (read.has(h) ? [] : [i]));
    for (const at of Object.values(sideColumns({ headers: info.headers, unmapped })))
      if (at !== undefined) read.add(info.headers[at]);
  }
  return {
    used: info.headers.filter((h) => read.has(h)),
    ignored: info.headers.filter((h) => !read.has(h)),
  };
}

function headerText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

/**
 * Finds each input's sheet (the user's choice, else by name, as the analysis will) and, from its
 * top rows, the header row and the column each field is read from, with the user's corrections.
 * Reads only the first rows of each sheet, so it is quick on any size.
 *
 * @example const { inputs } = await detectInputs(book, choices); inputs.customers.mapping.customerId // "客户编号"
 */
export async function detectInputs(source: GridSource, choices: Choices): Promise<Detection> {
  const names = await source.sheetNames();
  const sheets = await salesSheetByColumns(
    source,
    names,
    inputSheets(names, choices.sheets),
    choices.columns,
  );
  const taken = takenSheets(sheets);
  const inputs = {} as Record<SheetKind, InputInfo>;
  // The customers' header, and whether a cell is one of their IDs (read once, when a sheet beside
  // them needs it).
  let customers: HeaderMatch | null = null;
  let known: ((cell: Cell) => boolean) | undefined;
  for (const kind of SHEET_KINDS) {
    const spec = SHEETS[kind];
    const { sheet, chosen } = sheets[kind];
    const overrides = choices.columns[kind] ?? {};
    const info: InputInfo = {
      kind,
      required: spec.required,
      sheet,
      chosen,
      headerRow: null,
      headers: [],
      mapping: Object.fromEntries(spec.fields.map((f) => [f.key, null])),
      missing: spec.fields.filter((f) => f.required).map((f) => f.key),
      corrected: [],
      lookalike: null,
    };
    inputs[kind] = info;
    let read = sheet;
    if (!read) {
      if (!spec.required) continue;
      const like = await lookalikeSheet(source, spec, names, taken, choices.columns);
      // One sheet per month or store, none named 交易: read as one, as the run will (U212).
      const parts = lookalikeParts(kind, like);
      if (!parts) {
        info.lookalike = like;
        continue;
      }
      read = info.sheet = parts[0];
      info.parts = parts;
    }
    const rows = await readTopRows(source, read);
    // Two Customers columns named as the ID: the one the sales' keys are in, as the run reads it.
    const byKeys =
      kind === "customers"
        ? await customersIdOfNamed(source, read, sheets.transactions.sheet, overrides, rows)
        : null;
    let found = findHeader(rows, spec, byKeys ? { ...overrides, customerId: byKeys } : overrides);
    if (kind === "customers") customers = found;
    // A sheet beside the customers whose ID column its values tell (卡号 beside 会员卡号): read
    // as the run reads it (idByValues; fix68b: the pane said the Customer ID missing).
    else if (found && customers && valuesMayChooseId(found, spec, overrides)) {
      const parts = inputs.customers.parts ?? [inputs.customers.sheet!];
      known ??= await customerIdsIn(source, parts, customers);
      found = idByValues(found, rows, spec, overrides, known);
    }
    // No row names a required column: the likeliest header row, its required columns to choose.
    const match = found ?? headerToChoose(rows, spec, overrides);
    if (!match) continue;
    info.headerRow = match.rowIndex + 1;
    info.headers = [...new Set(match.headers.map(headerText).filter((h) => h !== ""))];
    for (const [field, column] of Object.entries(match.columns))
      info.mapping[field] = match.headers[column];
    info.missing = match.missing;
    info.corrected = Object.keys(overrides).filter(
      (f) => info.mapping[f] !== null && info.mapping[f] === overrides[f],
    );
    // The store sheets beside the family keyed by another customers column (万达店N月 by 顾客手机
    // beside 国贸店N月 by 会员编号), picked as the run picks them (lead67: the pane said 国贸店1月
    // +11 where the run read 23 sheets).
    if (info.parts) {
      const parts = new Set(info.parts);
      const mapped = Object.entries(info.mapping).filter(
        (e): e is [string, string] => e[1] !== null,
      );
      const first = {
        kind,
        sheetName: read,
        columns: Object.fromEntries(mapped),
        // As the run's unmappedHeaders: every column no field maps, its side columns too.
        unmappedHeaders: sheetColumns({ headers: info.headers, mapping: info.mapping }).ignored,
      };
      const skip = (n: string) => parts.has(n) || taken.has(n);
      info.parts.push(...(await otherKeyParts(source, names, first, skip, parts.size - 1)));
    }
  }
  // Optional inputs with no sheet: the unread sheet with their columns, found as the run finds it.
  const like = await optionalLookalikes(
    names.filter((n) => !taken.has(n)),
    SHEET_KINDS.filter((k) => !inputs[k].sheet),
    (name) => readTopRows(source, name),
    choices.columns,
  );
  for (const kind of SHEET_KINDS) if (like[kind]) inputs[kind].lookalike = like[kind];
  return { names, inputs };
}
