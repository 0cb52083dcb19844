import ExcelJS from "exceljs";
import { posix } from "node:path";
import type { Readable } from "node:stream";
import { fileError } from "./fileErrors";
import { ZipArchive, ZipFormatError } from "./zip";

/**
 * An .xlsx opened for streaming: its worksheets (in tab order), defined names and date system,
 * with each worksheet's rows streamed by exceljs's streaming reader (ExcelJS.stream.xlsx.
 * WorkbookReader, sharedStrings "cache", styles "cache", hyperlinks ignored, worksheets "emit").
 *
 * We drive the WorkbookReader's part parsers ourselves over a random-access zip (see zip.ts) instead
 * of calling read(): the sheet we want is inflated and parsed, the others are not touched, nothing
 * is spooled to temp files, and the sheet XML reaches the parser as UTF-8 text decoded across chunk
 * boundaries (WorkbookReader.read() decodes each chunk on its own, which garbles a CJK character
 * that straddles two chunks). The part parsers are WorkbookReader methods exceljs 4.4 does not
 * document (_parseWorkbook, _parseRels, _parseSharedStrings, _parseStyles, _parseWorksheet);
 * test/workbook/file covers them, so an exceljs upgrade that changes them fails the tests.
 */

/** A row as exceljs's streaming reader hands it over. */
export interface ExcelRow {
  number: number;
  height?: number;
  eachCell(
    options: { includeEmpty: boolean },
    iteratee: (cell: ExcelCell, column: number) => void,
  ): void;
}

export interface ExcelCell {
  value: unknown;
  numFmt?: string;
  style: Record<string, unknown>;
}

/** Column definitions the reader parsed from <cols> (available once the first row arrives). */
export interface ExcelColumn {
  number: number;
  width?: number;
}

export interface WorksheetStream extends AsyncIterable<ExcelRow> {
  columns: ExcelColumn[] | null;
}

interface ReaderInternals {
  sharedStrings?: unknown[];
  styles: unknown;
  properties?: { model?: { date1904?: boolean } };
  model?: {
    sheets?: Array<{ name: string; id: number; rId: string; state?: string }>;
    definedNames?: Array<{ name: string; ranges: string[]; localSheetId?: number }>;
  };
  workbookRels?: Array<{ Id: string; Type: string; Target: string }>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ eventType: string; value: WorksheetStream }>;
}

export interface SheetPart {
  name: string;
  /** Path of the worksheet part inside the zip. */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedNameEntry {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * Opens an .xlsx; throws InputError (one line, naming the file) when it is missing, not an .xlsx,
 * or damaged.
 *
 * @example
 * const pkg = await XlsxPackage.open("book.xlsx");
 * pkg.sheets.map((s) => s.name); // ["客户", "交易"]
 */
export class XlsxPackage {
  private partsLoaded = false;

  private constructor(
    readonly file: string,
    private readonly zip: ZipArchive,
    private readonly reader: ReaderInternals,
    /** Worksheets in tab order (chart sheets and dialog sheets left out). */
    readonly sheets: SheetPart[],
    readonly definedNames: DefinedNameEntry[],
    private readonly sharedStringsPart: string | null,
    private readonly stylesPart: string | null,
  ) {}

  get date1904(): boolean {
    return Boolean(this.reader.properties?.model?.date1904);
  }

  static async open(file: string): Promise<XlsxPackage> {
    try {
      const zip = await ZipArchive.open(file);
      const workbookPart = await findWorkbookPart(zip);
      if (!workbookPart) throw notWorkbook();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        worksheets: "emit",
        sharedStrings: "cache",
        hyperlinks: "ignore",
        styles: "cache",
        entries: "ignore",
      }) as unknown as ReaderInternals;
      await reader._parseWorkbook(await zip.openText(workbookPart));
      const relsPart = relsPartOf(workbookPart);
      if (zip.has(relsPart)) await reader._parseRels(await zip.openText(relsPart));
      const rels = reader.workbookRels ?? [];
      const base = posix.dirname(workbookPart);
      const target = (typeSuffix: string): string | null => {
        const rel = rels.find((r) => r.Type.endsWith(typeSuffix));
        return rel ? resolvePart(base, rel.Target) : null;
      };
      const sheets: SheetPart[] = [];
      for (const sheet of reader.model?.sheets ?? []) {
        const rel = rels.find((r) => r.Id === sheet.rId);
        if (!rel || !rel.Type.endsWith("/worksheet")) continue;
        const part = resolvePart(base, rel.Target);
        if (!zip.has(part)) continue;
        const state =
          sheet.state === "hidden" || sheet.state === "veryHidden" ? sheet.state : "visible";
        sheets.push({ name: sheet.name, part, state });
      }
      const definedNames = (reader.model?.definedNames ?? []).map((d) => ({
        ...d,
        ranges: [...d.ranges],
      }));
      const shared = target("/sharedStrings");
      const styles = target("/styles");
      return new XlsxPackage(
        file,
        zip,
        reader,
        sheets,
        definedNames,
        shared && zip.has(shared) ? shared : null,
        styles && zip.has(styles) ? styles : null,
      );
    } catch (error) {
      throw fileError(file, error);
    }
  }

  /** The worksheet of that name, or undefined. */
  sheet(name: string): SheetPart | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /**
   * Streams a worksheet's rows (exceljs Row objects, in row order; rows without cells in the file
   * are skipped, so use row.number). `tap` sees the sheet's XML text as it is parsed (the writer
   * picks up frozen panes and merged cells from it). Errors from the file come out as InputError.
   */
  async worksheet(sheet: SheetPart, tap?: (xml: string) => void): Promise<WorksheetStream> {
    try {
      await this.loadSharedParts();
      const text = await this.zip.openText(sheet.part);
      const source: AsyncIterable<string> = tap
        ? tapped(text, tap)
        : (text as AsyncIterable<string>);
      for (const event of this.reader._parseWorksheet(source, "1")) {
        if (event.eventType === "worksheet") return guarded(event.value, this.file);
      }
    } catch (error) {
      throw fileError(this.file, error);
    }
    throw fileError(this.file, new Error(`sheet ${sheet.name} could not be parsed`));
  }

  /** The style (numFmt, font, fill, …) of a cell-format index, once a worksheet has been opened. */
  styleModel(id: number): Record<string, unknown> | undefined {
    const styles = this.reader.styles as {
      getStyleModel?: (id: number) => Record<string, unknown> | null;
    };
    return styles.getStyleModel?.(id) ?? undefined;
  }

  private async loadSharedParts(): Promise<void> {
    if (this.partsLoaded) return;
    if (this.stylesPart) await this.reader._parseStyles(await this.zip.openText(this.stylesPart));
    if (this.sharedStringsPart) {
      // With sharedStrings "cache" this yields nothing: it fills reader.sharedStrings.
      for await (const _ of this.reader._parseSharedStrings(
        await this.zip.openText(this.sharedStringsPart),
      )) {
        void _;
      }
    }
    this.reader.sharedStrings ??= [];
    this.partsLoaded = true;
  }
}

/** Wraps the row iterator so a parse error (damaged XML, bad inflate) surfaces as InputError. */
function guarded(sheet: WorksheetStream, file: string): WorksheetStream {
  return {
    get columns() {
      return sheet.columns;
    },
    async *[Symbol.asyncIterator]() {
      const it = sheet[Symbol.asyncIterator]();
      for (;;) {
        let next: IteratorResult<ExcelRow>;
        try {
          next = await it.next();
        } catch (error) {
          throw fileError(file, error);
        }
        if (next.done) return;
        yield next.value;
      }
    },
  };
}

async function* tapped(source: Readable, tap: (xml: string) => void): AsyncIterable<string> {
  for await (const chunk of source) {
    tap(chunk as string);
    yield chunk as string;
  }
}

async function findWorkbookPart(zip: ZipArchive): Promise<string | null> {
  if (zip.has("_rels/.rels")) {
    const rels = await zip.readText("_rels/.rels");
    const m = /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
    const target = m && /\bTarget="([^"]*)"/.exec(m[0]);
    if (target) {
      const part = resolvePart("", target[1]);
      if (zip.has(part)) return part;
    }
  }
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(base, target));
}

function notWorkbook(): Error {
  return new ZipFormatError("a zip archive without a workbook part", "not_zip");
}
