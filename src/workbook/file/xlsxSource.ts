import type { Cell, Grid } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import type { GridSource } from "../../engine/ingest/workbook";
import { toCell } from "./cellValue";
import { XlsxPackage, type ExcelRow } from "./xlsxPackage";
import { ownedSheets } from "./ownedSheets";

export interface XlsxSourceOptions {
  /** Rows per block handed to onRows (default 5,000). */
  blockRows?: number;
}

// Rows missing from the file (never typed in) up to this many are sent as blank rows, so a block
// stays contiguous; a longer gap starts a new block at the next row Excel shows.
const MAX_BLANK_FILL = 64;

/**
 * Opens an .xlsx file as a GridSource. Sheet names come from the workbook part alone (no sheet is
 * parsed); readSheet streams one sheet in blocks of rows with firstRow = the row number Excel
 * shows. Throws InputError naming the file when it is missing, not an .xlsx, or damaged.
 *
 * @example
 * const source = await openXlsx("customers.xlsx");
 * await source.readSheet("客户", (rows, firstRow) => console.log(firstRow, rows.length));
 */
export async function openXlsx(path: string, options: XlsxSourceOptions = {}): Promise<GridSource> {
  const pkg = await XlsxPackage.open(path);
  const blockRows = Math.max(1, Math.floor(options.blockRows ?? 5000));
  return {
    // Tabs an earlier run wrote are output, never input: "满意度" must not be read as the Surveys sheet.
    sheetNames: async () => {
      const owned = ownedSheets(pkg);
      return pkg.sheets.map((s) => s.name).filter((name) => !owned.has(name));
    },
    readSheet: (name, onRows) => readSheet(pkg, name, blockRows, onRows),
    ownedSheet: async (tab) => {
      for (const [sheet, t] of ownedSheets(pkg)) if (t === tab) return sheet;
      return null;
    },
  };
}

async function readSheet(
  pkg: XlsxPackage,
  name: string,
  blockRows: number,
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
): Promise<void> {
  const sheet = pkg.sheet(name);
  if (!sheet) {
    throw new InputError(
      `“${pkg.file}” has no sheet named “${name}”.`,
      `“${pkg.file}”中没有名为“${name}”的工作表。`,
    );
  }
  const date1904 = pkg.date1904;
  const rows = await pkg.worksheet(sheet);
  let block: Grid = [];
  let firstRow = 1;
  let nextRow = 1;
  const flush = async (): Promise<void> => {
    if (block.length === 0) return;
    const out = block;
    block = [];
    await onRows(out, firstRow);
  };
  for await (const row of rows) {
    // A <row> without its r attribute follows the previous one.
    const number = Number.isFinite(row.number) && row.number > 0 ? row.number : nextRow;
    if (block.length > 0 && number !== nextRow) {
      const gap = number - nextRow;
      if (gap > 0 && gap <= MAX_BLANK_FILL && block.length + gap < blockRows) {
        for (let i = 0; i < gap; i++) block.push([]);
      } else {
        await flush();
      }
    }
    if (block.length === 0) firstRow = number;
    block.push(cellsOf(row, date1904));
    nextRow = number + 1;
    if (block.length >= blockRows) await flush();
  }
  await flush();
}

function cellsOf(row: ExcelRow, date1904: boolean): Cell[] {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const value = toCell(cell.value, cell.numFmt, date1904);
    if (value === null) return;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
  });
  return cells;
}
