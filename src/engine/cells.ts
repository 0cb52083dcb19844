/**
 * A cell value as both Excel (Range.values) and the file readers hand it over.
 * Dates arrive as Date objects from files and as serial numbers from Excel.
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** A block of rows from a sheet: row-major, as a 2-D grid. */
export type Grid = Cell[][];

/** True for null, undefined and strings that are empty after trimming. */
export function isBlank(value: Cell): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}
