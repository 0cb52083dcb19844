import { ColumnBlockBuilder, objectArray, type ColumnBlock } from "../../engine/ingest/columnBlock";
import type { SheetNotes } from "../../engine/ingest/workbook";
import { CsvByteRecords } from "./csvBytes";
import type { CsvFormat } from "./csvSource";
import { fileError } from "./fileErrors";
import { openPieces, type PieceReader } from "./csvFile";
import { Utf8Check } from "./csvEncoding";

/**
 * Why a read told UTF-8 from its first piece (CsvFormat.checkUtf8) stops: an aside read's failure,
 * never shown (the main thread reads the file again, its encoding checked throughout first).
 */
export const NOT_UTF8 = "not UTF-8 throughout: read it again with its encoding checked first";

/** Bytes read from a CSV file at a time. */
export const PIECE_BYTES = 256 * 1024;

/**
 * The columnar read of a UTF-8 CSV file (readColumns' path for nearly every file): its records split
 * as bytes (CsvByteRecords), each unquoted field a raw cell of the block, so no text is made for a
 * field ingest reads as a number, a date or an id. The same rows, row numbers and notes as the text
 * path; a block ends where a piece of the file does (a block's raw cells are in one piece), so
 * blocks hold up to `blockRows` rows.
 */
export async function readUtf8Columns(
  file: string,
  format: CsvFormat,
  blockRows: number,
  onBlock: (block: ColumnBlock, firstRow: number) => void | Promise<void>,
  notes: SheetNotes | undefined,
  pieceBytes: number,
): Promise<void> {
  const { at } = format;
  const builder = new ColumnBlockBuilder(blockRows);
  const ready: [ColumnBlock, number][] = objectArray();
  let firstRow = 1;
  const split = new CsvByteRecords(format.delimiter, builder, () => {
    if (builder.row === 0) firstRow = split.records;
    builder.nextRow();
    if (builder.full) ready.push([builder.take(), firstRow]);
  });
  // UTF-8 told from the first piece only (an aside read): the rest is checked as it is read.
  const check = format.checkUtf8 === true ? new Utf8Check() : null;
  let handle: PieceReader;
  try {
    handle = await openPieces(file);
  } catch (error) {
    throw fileError(file, error, "csv");
  }
  try {
    for (;;) {
      let done: boolean;
      let buffer: Buffer;
      try {
        // Read after the unfinished record's bytes, into a buffer of its own (blocks keep theirs).
        const room = split.buffer(pieceBytes);
        buffer = room.buffer;
        const from = room.at;
        const bytesRead = await handle.read(buffer, from, pieceBytes);
        done = bytesRead === 0;
        if (
          check !== null &&
          !(done ? check.end() : check.push(buffer.subarray(from, from + bytesRead)))
        )
          throw new Error(NOT_UTF8);
        if (done) split.end();
        else {
          at.bytes += bytesRead;
          split.pushRead(buffer, from + bytesRead);
        }
      } catch (error) {
        throw fileError(file, error, "csv");
      }
      // The next piece is other bytes: the rows so far go as a block of their own.
      if (builder.row > 0) ready.push([builder.take(), firstRow]);
      const count = split.records;
      if (done) notes?.rowsExpected?.(count);
      else if (at.bytes > 0 && count > 0)
        notes?.rowsExpected?.(Math.max(count, Math.round((count * at.size) / at.bytes)));
      // Once ingest has found the header (it says how to parse: SheetNotes.parse), it keeps no
      // block it is handed but one with a row held back (ColumnBlock.kept): the others' arrays and
      // the piece's buffer serve the next pieces.
      let reuse = true;
      while (ready.length > 0) {
        const [block, first] = ready.shift()!;
        await onBlock(block, first);
        if (notes?.parse !== undefined && block.kept !== true) builder.recycle(block);
        else reuse = false;
      }
      if (done) break;
      if (reuse) split.recycle(buffer);
    }
  } finally {
    await handle.close(); // also when a consumer throws: stop reading the file
  }
}
