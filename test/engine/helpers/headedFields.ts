import { SHEETS, type SheetKind } from "../../../src/engine/schema";

/**
 * The fields a sheet's header can name, for tests that write a header from each field's first
 * header word: rowStatus (a status column beside a type column) has none, read only among columns
 * nothing else read (reviewer58 M1, dc146d54).
 *
 * @example headedFields("transactions").some((f) => f.key === "rowStatus") // false
 */
export const headedFields = (kind: SheetKind) =>
  SHEETS[kind].fields.filter((f) => f.synonyms.length > 0);
