import { posix } from "node:path";
import { getHeapStatistics } from "node:v8";
import { fileError } from "./fileErrors";
import { readSharedStrings } from "./sharedStrings";
import type { CellStyles } from "./sheetScanner";
import { readCellStyles } from "./stylesXml";
import {
  parseRels,
  parseWorkbook,
  relsPartOf,
  resolvePart,
  type DefinedNameEntry,
  type Relationship,
  type WorkbookInfo,
} from "./workbookXml";
import { ZipFormatError, ZipReader, type InflateLimits } from "./zipReader";
import type { AheadStream } from "./inflateWorker";
import type { Readable } from "node:stream";

export type { DefinedNameEntry };

/**
 * An .xlsx opened for reading: its worksheets (in tab order), defined names and date system from
 * the workbook part; shared strings and cell styles read once, when a sheet is first scanned; each
 * worksheet's XML streamed as text. The zip is read through ZipReader (yauzl, CRC-checked, bounded
 * inflation); nothing else of the file is touched until asked for.
 */

export interface SheetPart {
  name: string;
  /** Path of the worksheet part inside the zip. */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
  sheetId: number;
  relId: string;
}

export interface PackageOptions {
  limits?: Partial<InflateLimits>;
  /**
   * Worksheets inflating to at least this many bytes are read, inflated and checked in a worker
   * thread while this one scans them (default 128 MiB; 0 always, Infinity never).
   */
  workerBytes?: number;
}

/**
 * A worker of its own pays only for a sheet large enough that its stream callbacks weigh on this
 * thread (a 1,000,000-row sheet). Below, zlib's pool inflates it beside this thread all the same:
 * measured on the 20k workbook's customers and contacts sheets (12.7 + 13.6 MB, warm, load 14):
 * 0.42-0.49 CPU-s with the pool, 0.67-0.89 with a worker each, this thread's share the same
 * (0.26-0.32 s); whole runs, 4 alternated pairs at load 17-20: 6.31 -> 5.89 CPU-s (was 8 MiB).
 * The Transactions sheet is read in its aside worker (xlsxAsideWorkerMain.ts), on zlib's pool.
 */
const WORKER_BYTES = 128 * 1024 ** 2;

/**
 * Opens an .xlsx; throws InputError (one line, naming the file) when it is missing, not an .xlsx,
 * or damaged.
 *
 * @example
 * const pkg = await XlsxPackage.open("book.xlsx");
 * pkg.sheets.map((s) => s.name); // ["客户", "交易"]
 */
export class XlsxPackage {
  private strings: Promise<string[]> | null = null;
  private styles: Promise<CellStyles> | null = null;
  /** Worksheets started ahead of their read (readAhead), by part, until sheetBytes takes them. */
  private readonly ahead = new Map<string, Promise<AheadStream>>();

  private constructor(
    readonly file: string,
    readonly zip: ZipReader,
    readonly workbookPart: string,
    readonly workbookXml: string,
    readonly workbookRels: Relationship[],
    readonly info: WorkbookInfo,
    /** Worksheets in tab order (chart sheets and dialog sheets left out). */
    readonly sheets: SheetPart[],
    readonly sharedStringsPart: string | null,
    readonly stylesPart: string | null,
    private readonly workerBytes: number = WORKER_BYTES,
  ) {}

  /**
   * The parts a sheet's cells are read through besides the sheet's own (the workbook, its
   * relationships, the shared strings and the cell styles), those the file has.
   */
  get readingParts(): string[] {
    const rels = relsPartOf(this.workbookPart);
    const parts = [this.workbookPart, this.zip.has(rels) ? rels : null];
    return [...parts, this.sharedStringsPart, this.stylesPart].filter((p): p is string => !!p);
  }

  get date1904(): boolean {
    return this.info.date1904;
  }

  get definedNames(): DefinedNameEntry[] {
    return this.info.definedNames;
  }

  static async open(file: string, options: PackageOptions = {}): Promise<XlsxPackage> {
    let zip: ZipReader | null = null;
    try {
      zip = await ZipReader.open(file, options.limits);
      const workbookPart = await findWorkbookPart(zip);
      if (!workbookPart) throw notWorkbook();
      const workbookXml = await zip.readText(workbookPart);
      const info = parseWorkbook(workbookXml);
      const relsPart = relsPartOf(workbookPart);
      const rels = zip.has(relsPart) ? parseRels(await zip.readText(relsPart)) : [];
      const base = posix.dirname(workbookPart);
      const target = (typeSuffix: string): string | null => {
        const rel = rels.find((r) => r.type.endsWith(typeSuffix));
        const part = rel ? resolvePart(base, rel.target) : null;
        return part && zip!.has(part) ? part : null;
      };
      const sheets: SheetPart[] = [];
      for (const sheet of info.sheets) {
        const rel = rels.find((r) => r.id === sheet.relId);
        if (!rel || !rel.type.endsWith("/worksheet")) continue;
        const part = resolvePart(base, rel.target);
        if (!zip.has(part)) continue;
        sheets.push({ ...sheet, part });
      }
      return new XlsxPackage(
        file,
        zip,
        workbookPart,
        workbookXml,
        rels,
        info,
        sheets,
        target("/sharedStrings"),
        target("/styles"),
        options.workerBytes ?? WORKER_BYTES,
      );
    } catch (error) {
      zip?.close();
      throw fileError(file, error);
    }
  }

  close(): void {
    for (const started of this.ahead.values())
      void started.then(
        (s) => s.destroy(),
        () => undefined,
      );
    this.ahead.clear();
    this.zip.close();
  }

  /** The worksheet of that name, or undefined. */
  sheet(name: string): SheetPart | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The shared strings, read once (InputError when the file is damaged or too large to hold). */
  sharedStrings(): Promise<string[]> {
    this.strings ??= (async () => {
      const part = this.sharedStringsPart;
      if (!part) return [];
      checkMemory(this.file, part, this.zip.part(part)?.size ?? 0);
      try {
        return await readSharedStrings(await this.zip.open(part));
      } catch (error) {
        throw fileError(this.file, error);
      }
    })();
    return this.strings;
  }

  /** Which cell formats show dates, read once. */
  cellStyles(): Promise<CellStyles> {
    this.styles ??= (async () => {
      if (!this.stylesPart) return { isDate: () => false };
      try {
        return readCellStyles(await this.zip.readText(this.stylesPart));
      } catch (error) {
        throw fileError(this.file, error);
      }
    })();
    return this.styles;
  }

  /**
   * Starts inflating a large worksheet now, in its worker (the second core), for a read of it that
   * comes later (sheetBytes takes it): the worker's start and the sheet's first pieces no longer
   * wait for that read. Small sheets (inflated on this thread) are not started.
   */
  readAhead(sheet: SheetPart): void {
    if (this.ahead.has(sheet.part)) return;
    if ((this.zip.part(sheet.part)?.size ?? 0) < this.workerBytes) return;
    const started = this.zip.openInWorker(sheet.part, { ahead: true });
    started.catch(() => undefined); // the read meets the error (sheetBytes), if it comes
    this.ahead.set(sheet.part, started);
  }

  /**
   * A worksheet's XML as inflated bytes, in the chunks the inflater gives (never decoded to text:
   * the scanner reads the bytes). A chunk is valid until the next is asked for (a large sheet's
   * come from its worker's ring: inflateWorker.ts). Errors from the file come out as InputError
   * naming the part.
   */
  async *sheetBytes(sheet: SheetPart): AsyncGenerator<Buffer> {
    let stream: AsyncIterable<Buffer> & { destroy(): void };
    try {
      const ahead = this.ahead.get(sheet.part);
      if (ahead) {
        this.ahead.delete(sheet.part);
        const started = await ahead;
        started.claim();
        stream = started;
      } else {
        const size = this.zip.part(sheet.part)?.size ?? 0;
        stream =
          size >= this.workerBytes
            ? await this.zip.openInWorker(sheet.part)
            : ((await this.zip.open(sheet.part)) as AsyncIterable<Buffer> & Readable);
      }
    } catch (error) {
      throw fileError(this.file, error);
    }
    const it = stream[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Buffer>;
        try {
          next = await it.next();
        } catch (error) {
          throw fileError(this.file, error);
        }
        if (next.done) break;
        yield next.value;
      }
    } finally {
      // A reader that stops early (its callback threw) ends the stream, and a worker reading it.
      stream.destroy();
    }
  }
}

/**
 * Refuses, with the figure, a part that must be held in memory (the shared strings) when this
 * Node's heap could not hold it: exit 2 with a message instead of V8's "heap out of memory".
 */
function checkMemory(file: string, part: string, bytes: number): void {
  const heap = getHeapStatistics();
  const room = heap.heap_size_limit - heap.used_heap_size;
  // Strings take about twice their UTF-8 size in V8 (two-byte strings for CJK text), plus headers.
  const need = bytes * 2;
  if (need > room * 0.6) {
    const mb = (n: number) => `${Math.round(n / 1024 ** 2).toLocaleString("en-US")} MB`;
    throw fileError(
      file,
      new ZipFormatError(
        `its shared strings (${part}) take ${mb(bytes)} and need about ${mb(need)} of memory; this process may use ${mb(heap.heap_size_limit)} in all`,
        "too_large",
      ),
    );
  }
}

async function findWorkbookPart(zip: ZipReader): Promise<string | null> {
  if (zip.has("_rels/.rels")) {
    const rel = parseRels(await zip.readText("_rels/.rels")).find((r) =>
      r.type.endsWith("/officeDocument"),
    );
    if (rel) {
      const part = resolvePart("", rel.target);
      if (zip.has(part)) return part;
    }
  }
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function notWorkbook(): Error {
  return new ZipFormatError("a zip archive without a workbook part", "not_zip");
}
