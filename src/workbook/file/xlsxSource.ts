import type { Cell, Grid } from "../../engine/cells";
import { sayBoth } from "../../engine/words/catalog";
import { InputError } from "../../engine/errors";
import type { GridSource, SheetNotes } from "../../engine/ingest/workbook";
import { ownedSheetParts, ownedSheets } from "./ownedSheets";
import { sheetTableName } from "./tablePart";
import { SheetScanner, type CellSink, type NotADate } from "./sheetScanner";
import { ColumnBlockBuilder, type ColumnBlock } from "../../engine/ingest/columnBlock";
import type { Readable } from "node:stream";
import { XlsxPackage, type PackageOptions, type SheetPart } from "./xlsxPackage";
import { fileError } from "./fileErrors";
import { mergedAreas } from "./mergedCells";
import { usedColumns } from "./sheetDimension";
import { ASIDE_MIN_BYTES, startXlsxAside, xlsxAsideScript } from "./xlsxAsideWorkerMain";

export interface XlsxSourceOptions extends PackageOptions {
  /** Rows per block handed to onRows (default 5,000). */
  blockRows?: number;
  /**
   * Told about numbers in date-formatted cells that no date has (13800138000 formatted as a
   * date): they are read as numbers, and the caller may report them.
   */
  onNotADate?: (sheet: string, cells: NotADate[], count: number) => void;
  /**
   * The worker that ingests a large Transactions sheet beside the customers (xlsxAsideWorker.ts):
   * its script (default xlsxAsideScript(): the bundle's, none from the sources; null: never), and
   * the smallest sheet (inflated bytes) it is used for (default ASIDE_MIN_BYTES). Tests point these
   * at a built worker.
   */
  asideScript?: string | null;
  asideMinBytes?: number;
}

// Rows missing from the file (never typed in) up to this many are sent as blank rows, so a block
// stays contiguous; a longer gap starts a new block at the next row Excel shows.
const MAX_BLANK_FILL = 64;

/**
 * Opens an .xlsx file as a GridSource. Sheet names come from the workbook part alone (no sheet is
 * parsed); readSheet streams one sheet in blocks of rows with firstRow = the row number Excel
 * shows. Throws InputError naming the file when it is missing, not an .xlsx, or damaged (a part
 * failing its checksum or inflating past the limits is named).
 *
 * @example
 * const source = await openXlsx("customers.xlsx");
 * await source.readSheet("客户", (rows, firstRow) => console.log(firstRow, rows.length));
 */
export async function openXlsx(path: string, options: XlsxSourceOptions = {}): Promise<GridSource> {
  return openPackage(await XlsxPackage.open(path, options), options);
}

/** An opened package as a GridSource (openXlsx; the aside worker opens its own, xlsxAsideWorker.ts). */
export function openPackage(pkg: XlsxPackage, options: XlsxSourceOptions = {}): GridSource {
  const blockRows = Math.max(1, Math.floor(options.blockRows ?? 5000));
  return {
    // Tabs an earlier run wrote are output, never input: "满意度" must not be read as the Surveys sheet.
    sheetNames: async () => {
      const owned = ownedSheets(pkg);
      return pkg.sheets.map((s) => s.name).filter((name) => !owned.has(name));
    },
    readSheet: (name, onRows, notes, read) => {
      // The top rows of an input sheet (the run's language, its header) come just before its
      // full read: that read's worker starts now, beside them (not for a sheet only peeked at).
      if (read?.top && !read.peek && !ownedSheets(pkg).has(name)) readAhead(pkg, name);
      return readSheet(pkg, name, blockRows, onRows, options.onNotADate, notes, read?.top);
    },
    readColumns: (name, onBlock, notes) =>
      readColumns(pkg, name, blockRows, onBlock, options.onNotADate, notes),
    readAhead: (name) => readAhead(pkg, name),
    mergedAreas: (name) => mergedAreas(pkg, name),
    ingestAside: (job, onProgress) => {
      const script = options.asideScript === undefined ? xlsxAsideScript() : options.asideScript;
      const sheet = pkg.sheet(job.sheetName);
      // A caller told of numbers no date has (onNotADate) is told on this thread only.
      if (!script || !sheet || options.onNotADate) return null;
      const size = pkg.zip.part(sheet.part)?.size ?? 0;
      if (size < (options.asideMinBytes ?? ASIDE_MIN_BYTES)) return null;
      const data = { file: pkg.file, job, blockRows, limits: options.limits };
      const mine = pkg.readingParts.map((name) => pkg.zip.part(name)!);
      return startXlsxAside(
        script,
        data,
        onProgress,
        (part) => pkg.zip.markVerified(sheet.part, part),
        mine,
      );
    },
    fileOf: () => pkg.file,
    ownedSheet: async (tab, part = 1) => {
      for (const [sheet, t] of ownedSheetParts(pkg))
        if (t.tab === tab && t.part === part) return sheet;
      return null;
    },
    usedColumns: (name) => usedColumns(pkg, name),
    ownedTableName: async (tab, part = 1) => {
      for (const [sheet, t] of ownedSheetParts(pkg)) {
        const found = t.tab === tab && t.part === part ? pkg.sheet(sheet) : undefined;
        if (found) return sheetTableName(pkg, found.part);
      }
      return null;
    },
  };
}

/** Bytes per inflated piece for the top rows (~50 rows of a typical sheet, 256 KB for a full read). */
const TOP_CHUNK = 32 * 1024;

/** Starts a large sheet's inflating ahead of its read (XlsxPackage.readAhead); a hint only. */
function readAhead(pkg: XlsxPackage, name: string): void {
  const sheet = pkg.sheet(name);
  if (sheet) pkg.readAhead(sheet);
}

/**
 * A sheet's inflated bytes as sheetBytes gives them, inflated on this thread (zlib's pool) even for
 * a large sheet: for a reader that stops after a few rows, a worker thread (~0.3 CPU-s at 20,000
 * customers, with pieces inflated ahead and thrown away) costs more than the rows.
 */
async function* firstBytes(pkg: XlsxPackage, sheet: SheetPart): AsyncGenerator<Buffer> {
  let stream: Readable;
  try {
    stream = await pkg.zip.open(sheet.part, { chunk: TOP_CHUNK });
  } catch (error) {
    throw fileError(pkg.file, error);
  }
  try {
    for await (const piece of stream) yield piece as Buffer;
  } catch (error) {
    throw fileError(pkg.file, error);
  } finally {
    stream.destroy(); // a reader that stops early ends the stream
  }
}

/**
 * Streams a sheet's rows in order (row number, cells), with blocks handed over as they fill.
 * Shared by the source and the writer (which reads back the run log's earlier rows).
 */
export async function scanSheet(
  pkg: XlsxPackage,
  name: string,
  onRow: (row: number, cells: Cell[]) => void,
  afterChunk: () => Promise<void> = async () => undefined,
  notes?: SheetNotes,
  sink: CellSink | null = null,
  top = false,
): Promise<SheetScanner> {
  const sheet = pkg.sheet(name);
  if (!sheet) {
    throw InputError.of(sayBoth("file", "noSheet", { file: pkg.file, sheet: name }));
  }
  const scanner = new SheetScanner(
    await pkg.sharedStrings(),
    await pkg.cellStyles(),
    pkg.date1904,
    onRow,
  );
  scanner.sink = sink;
  if (notes?.notADate) {
    const tell = notes.notADate.bind(notes);
    scanner.dates.onNotADate = (row, column, value) => tell(row, column - 1, value);
  }
  if (notes?.currencyCell) {
    const tell = notes.currencyCell.bind(notes);
    scanner.onCurrency = (row, column, code, value) => tell(row, column - 1, code, value);
  }
  if (notes?.formulaWithoutResult) {
    const tell = notes.formulaWithoutResult.bind(notes);
    scanner.onUncalculated = (row, column) => tell(row, column - 1);
  }
  const size = pkg.zip.part(sheet.part)?.size ?? 0;
  const expected = notes?.rowsExpected ? rowsExpected(scanner, size) : null;
  // The top rows alone (the language, the header): inflated here, no worker started for them.
  for await (const bytes of top ? firstBytes(pkg, sheet) : pkg.sheetBytes(sheet)) {
    scanner.feed(bytes);
    if (expected) notes!.rowsExpected!(expected(bytes.length));
    await afterChunk();
  }
  scanner.end();
  // Rows read up to a cut are not the sheet: the user hears of it, not a short report (exit 0).
  if (scanner.cutShort) {
    const row = scanner.rowsSeen;
    const code = row > 0 ? "sheetCutShort" : "sheetCutShortNoRow";
    throw InputError.of(sayBoth("file", code, { file: pkg.file, sheet: name, row }));
  }
  await afterChunk();
  return scanner;
}

/**
 * The rows a sheet likely has, told after each chunk: its `<dimension>`'s last row when it has one
 * (a dimension of one row is what some writers put whatever the sheet holds: then the bytes decide),
 * else the rows so far scaled by the part's inflated size over the bytes scanned. Capped at one
 * row per 16 bytes of the part (`<row r="1"/>` is 12), so a wrong dimension sizes nothing huge.
 */
function rowsExpected(scanner: SheetScanner, size: number): (chunk: number) => number {
  let bytes = 0;
  const cap = size > 0 ? Math.ceil(size / 16) : Infinity;
  return (chunk) => {
    bytes += chunk;
    const dimension = scanner.dimensionRows;
    const rows =
      dimension > 1
        ? dimension
        : size > 0 && bytes > 0
          ? Math.round((scanner.rowsSeen * size) / Math.min(bytes, size))
          : scanner.rowsSeen;
    return Math.max(scanner.rowsSeen, Math.min(rows, cap));
  };
}

async function readSheet(
  pkg: XlsxPackage,
  name: string,
  blockRows: number,
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
  onNotADate: XlsxSourceOptions["onNotADate"],
  notes: SheetNotes | undefined,
  top = false,
): Promise<void> {
  let block: Grid = [];
  let firstRow = 1;
  let nextRow = 1;
  const ready: Array<[Grid, number]> = [];
  const cut = (): void => {
    if (block.length === 0) return;
    ready.push([block, firstRow]);
    block = [];
  };
  const onRow = (number: number, cells: Cell[]): void => {
    if (block.length > 0 && number !== nextRow) {
      const gap = number - nextRow;
      if (gap > 0 && gap <= MAX_BLANK_FILL && block.length + gap < blockRows) {
        for (let i = 0; i < gap; i++) block.push([]);
      } else {
        cut();
      }
    }
    if (block.length === 0) firstRow = number;
    block.push(cells);
    nextRow = number + 1;
    if (block.length >= blockRows) cut();
  };
  const handOver = async (): Promise<void> => {
    // The top rows: what a piece gave is handed over at once (the reader stops after a few dozen
    // rows), not after a block of 5,000 rows (a first read of 20,000 customers scanned a quarter
    // of them, a Cell[] and Dates each, for the 30 rows the language and header need).
    if (top) cut();
    while (ready.length > 0) {
      const [rows, first] = ready.shift()!;
      await onRows(rows, first);
    }
  };
  const scanner = await scanSheet(pkg, name, onRow, handOver, notes, null, top);
  cut();
  await handOver();
  if (scanner.dates.notDateCount > 0)
    onNotADate?.(name, scanner.dates.notDates, scanner.dates.notDateCount);
}

/**
 * The scanner's cells by column, cut into blocks the way readSheet cuts rows: a short gap of rows
 * missing from the file is filled with blank rows, a longer one (or a full block) starts a block.
 */
class BlockFiller implements CellSink {
  private readonly builder: ColumnBlockBuilder;
  private firstRow = 1;
  private nextRow = 1;
  readonly ready: Array<[ColumnBlock, number]> = [];

  constructor(private readonly blockRows: number) {
    this.builder = new ColumnBlockBuilder(blockRows);
  }

  row(number: number): void {
    const builder = this.builder;
    if (builder.row > 0 && number !== this.nextRow) {
      const gap = number - this.nextRow;
      if (gap > 0 && gap <= MAX_BLANK_FILL && builder.row + gap < this.blockRows) {
        for (let i = 0; i < gap; i++) builder.nextRow();
      } else {
        this.cut();
      }
    }
    if (builder.row === 0) this.firstRow = number;
    this.nextRow = number + 1;
  }

  number(column: number, value: number): void {
    this.builder.number(column, value);
  }

  text(column: number, value: string): void {
    this.builder.text(column, value);
  }

  day(column: number, day: number): void {
    this.builder.day(column, day);
  }

  cell(column: number, value: Cell): void {
    this.builder.cell(column, value);
  }

  endRow(): void {
    this.builder.nextRow();
    if (this.builder.full) this.cut();
  }

  cut(): void {
    if (this.builder.row === 0) return;
    this.ready.push([this.builder.take(), this.firstRow]);
  }
}

/** readSheet's rows by column: the same blocks (row numbers and cells), for the fast path. */
async function readColumns(
  pkg: XlsxPackage,
  name: string,
  blockRows: number,
  onBlock: (block: ColumnBlock, firstRow: number) => void | Promise<void>,
  onNotADate: XlsxSourceOptions["onNotADate"],
  notes: SheetNotes | undefined,
): Promise<void> {
  const filler = new BlockFiller(blockRows);
  const handOver = async (): Promise<void> => {
    while (filler.ready.length > 0) {
      const [block, first] = filler.ready.shift()!;
      await onBlock(block, first);
    }
  };
  const ignoreRow = (): void => undefined;
  const scanner = await scanSheet(pkg, name, ignoreRow, handOver, notes, filler);
  filler.cut();
  await handOver();
  if (scanner.dates.notDateCount > 0)
    onNotADate?.(name, scanner.dates.notDates, scanner.dates.notDateCount);
}
