// One input sheet read into its table: ingestWorkbook's step per sheet, and what an aside ingest
// (aside.ts) runs on its thread.
import type { Cell } from "../cells";
import type { Finding } from "../quality";
import { SHEETS, type SheetKind } from "../schema";
import type { TableBuilder } from "./builders";
import type { IdPartner } from "./headersFound";
import type { CustomerKeys } from "./keyByOther";
import { SheetIngest, type SheetResult } from "./sheet";
import type { GridSource, IngestOptions, SheetNotes } from "./workbook";

/** ingestWorkbook's options for one sheet, and a check after each block (throws to stop early). */
export interface SheetReadOptions extends IngestOptions {
  stop?: () => void;
  /** A check of the header row, before any data row is read (throws to stop the read). */
  onHeader?: (headers: readonly string[]) => void;
  /** Whether a cell is a customer's id (SheetIngest.knownId), once the Customers are read. */
  knownId?: (cell: Cell) => boolean;
  /** The customers' e-mail addresses and names (SheetIngest.customerKeys), with knownId. */
  customerKeys?: CustomerKeys;
  /** For Customers, the transactions sheets its customers are keyed with (SheetIngest.idPartner). */
  idPartner?: IdPartner;
}

/** Thrown from a block's callback once the sheet failed at its header: ends the source's read. */
class StoppedAtHeader extends Error {}

/**
 * Reads one input sheet into its builder (by column when the source can), its findings appended
 * to `findings`: what ingestWorkbook does per sheet, and an aside ingest (aside.ts) on its thread.
 */
export async function ingestSheet(
  source: GridSource,
  kind: SheetKind,
  sheetName: string,
  builder: TableBuilder<unknown>,
  findings: Finding[],
  options: SheetReadOptions,
): Promise<SheetResult<unknown>> {
  const spec = SHEETS[kind];
  const ingest = new SheetIngest(
    spec,
    sheetName,
    builder,
    findings,
    options.asOf,
    options.columns?.[kind],
  );
  ingest.fieldsMatchHeader = source.sheetsAreFiles === true;
  ingest.onHeader = options.onHeader;
  ingest.knownId = options.knownId;
  ingest.customerKeys = options.customerKeys;
  ingest.idPartner = options.idPartner;
  const notes: SheetNotes = {
    decimalMark: (mark) => (ingest.decimalHint = mark),
    encoding: (row, code, params) => ingest.encodingNote(row, code, params),
    fileEncoding: (encoding) => (ingest.fileEncoding = encoding),
    readAsBig5: (example) => (ingest.big5 = example ?? { row: 0, column: -1, text: "" }),
    notADate: (row, column, value) => ingest.notADate(row, column, value),
    formulaWithoutResult: (row, column) => ingest.formulaWithoutResult(row, column),
    currencyCell: (row, column, code, value) => ingest.currencyCell(row, column, code, value),
    rowsExpected: (rows) => ingest.expectRows(rows),
  };
  // A sheet that fails at its header (no header row, a required column missing) is read no
  // further: its rows were read to the end unused (misc47; the customers file given as
  // --transactions, 1M rows), as a customers file of another kind already stops (onHeader).
  const stopIfFailed = (): void => {
    if (ingest.stopped) throw new StoppedAtHeader();
  };
  // A sheet with cells merged down over rows is read by row, where their values are filled in
  // (hand-kept lists: small); the others by column.
  const merged = (await source.mergedAreas?.(sheetName))?.filter((a) => a.bottom > a.top) ?? [];
  if (merged.length > 0) ingest.mergedAreas = merged;
  try {
    if (source.readColumns && merged.length === 0)
      await source.readColumns(
        sheetName,
        (block, firstRow) => {
          ingest.pushColumns(block, firstRow);
          stopIfFailed();
          notes.parse ??= ingest.readAhead;
          options.stop?.();
          options.onProgress?.(kind, ingest.counts.read, ingest.rowsTotal);
        },
        notes,
      );
    else
      await source.readSheet(
        sheetName,
        (rows, firstRow) => {
          ingest.push(rows, firstRow);
          stopIfFailed();
          options.stop?.();
          options.onProgress?.(kind, ingest.counts.read, ingest.rowsTotal);
        },
        notes,
      );
  } catch (error) {
    if (!(error instanceof StoppedAtHeader)) throw error;
  }
  return ingest.finish();
}
