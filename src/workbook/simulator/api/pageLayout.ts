// The simulated Excel.PageLayout (Worksheet.pageLayout), its HeadersFooters, and the
// PageBreakCollection (Worksheet.horizontalPageBreaks / verticalPageBreaks), all ExcelApi 1.9
// ("Excel.PageLayout class", "Excel.PageLayoutZoomOptions interface", "Excel.PageBreakCollection
// class", Microsoft Learn). Stored on the sheet as set, for tests to read back; nothing is paginated.
import type { Rect } from "../address";
import type { SimContext } from "../context";
import { invalidArgument } from "../errors";
import type { SimPrint, SimSheet } from "../sheet";
import { SimRange } from "./range";
import { SimPart, live, objectRef, rangeFromAddress } from "./shared";

/** Excel.PageLayoutZoomOptions: a print scale, or pages to fit across and down. */
export interface SimZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;

/** Excel.PageOrientation's values. */
const ORIENTATIONS = new Set(["Portrait", "Landscape"]);

export class SimPageLayout extends SimPart<SimSheet> {
  protected readonly scalarProps = ["orientation", "paperSize", "zoom", ...MARGINS] as const;
  protected readonly typeName = "PageLayout";
  readonly headersFooters: SimHeadersFooters = new SimHeadersFooters(this.context, this);

  protected read(t: SimSheet, prop: string): unknown {
    const p = live(t).print;
    if (prop === "orientation") return p.orientation;
    if (prop === "paperSize") return p.paperSize;
    if (prop === "zoom") return { ...p.zoom };
    if ((MARGINS as readonly string[]).includes(prop)) return p.margins[prop];
    throw invalidArgument(`Unknown property ${prop} of PageLayout.`);
  }

  private setPrint(prop: string, value: unknown, apply: (p: SimPrint) => void): void {
    this.set(prop, value, (t) => {
      this.context.wb.requireApi("1.9", `PageLayout.${prop}`);
      apply(live(t).print);
    });
  }

  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(value: string) {
    if (!ORIENTATIONS.has(value)) throw invalidArgument(`Unknown orientation ${value}.`);
    this.setPrint("orientation", value, (p) => void (p.orientation = value));
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(value: string) {
    this.setPrint("paperSize", value, (p) => void (p.paperSize = value));
  }

  /**
   * "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom = {...} instead of
   * x.zoom.scale = ...)"; "Print page scale value can be between 10 and 400" (PageLayout.zoom,
   * PageLayoutZoomOptions.scale). A scale replaces pages to fit and the other way round: each
   * "can be null" when the other is used.
   */
  get zoom(): SimZoom {
    return this.get("zoom");
  }
  set zoom(value: SimZoom) {
    if (typeof value !== "object" || value === null)
      throw invalidArgument("PageLayout.zoom is set as an object.");
    const { scale, horizontalFitToPages: across, verticalFitToPages: down } = value;
    if (scale !== undefined && !(Number.isInteger(scale) && scale >= 10 && scale <= 400))
      throw invalidArgument(`A print scale is between 10 and 400, not ${scale}.`);
    for (const n of [across, down])
      if (n !== undefined && !(Number.isInteger(n) && n >= 0))
        throw invalidArgument(`Pages to fit are a whole number, not ${n}.`);
    const zoom: SimZoom = scale !== undefined ? { scale } : { ...value };
    this.setPrint("zoom", zoom, (p) => void (p.zoom = zoom));
  }

  get leftMargin(): number {
    return this.get("leftMargin");
  }
  set leftMargin(value: number) {
    this.setMargin("leftMargin", value);
  }
  get rightMargin(): number {
    return this.get("rightMargin");
  }
  set rightMargin(value: number) {
    this.setMargin("rightMargin", value);
  }
  get topMargin(): number {
    return this.get("topMargin");
  }
  set topMargin(value: number) {
    this.setMargin("topMargin", value);
  }
  get bottomMargin(): number {
    return this.get("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.setMargin("bottomMargin", value);
  }
  get headerMargin(): number {
    return this.get("headerMargin");
  }
  set headerMargin(value: number) {
    this.setMargin("headerMargin", value);
  }
  get footerMargin(): number {
    return this.get("footerMargin");
  }
  set footerMargin(value: number) {
    this.setMargin("footerMargin", value);
  }

  private setMargin(prop: (typeof MARGINS)[number], value: number): void {
    this.setPrint(prop, value, (p) => void (p.margins[prop] = value));
  }

  /** "Sets the worksheet's print area" (a range or an address on this sheet). */
  setPrintArea(area: SimRange | string): void {
    this.callOn("setPrintArea", area, (p, rect) => void (p.area = rect));
  }

  /** "Sets the rows that contain the cells to be repeated at the top of each page for printing." */
  setPrintTitleRows(rows: SimRange | string): void {
    this.callOn("setPrintTitleRows", rows, (p, rect) => void (p.titleRows = rect));
  }

  /** "Sets the columns that contain the cells to be repeated at the left of each page for printing." */
  setPrintTitleColumns(columns: SimRange | string): void {
    this.callOn("setPrintTitleColumns", columns, (p, rect) => void (p.titleColumns = rect));
  }

  private callOn(m: string, target: SimRange | string, apply: (p: SimPrint, r: Rect) => void) {
    this.call({ m, a: [objectRef(target)] }, (t) => {
      this.context.wb.requireApi("1.9", `PageLayout.${m}`);
      const ref =
        typeof target === "string"
          ? rangeFromAddress(this.context.wb, target, live(t))
          : target.resolveOrThrow("range");
      if (ref.sheet !== t) throw invalidArgument("The range is on another sheet.");
      apply(live(t).print, { ...ref.rect });
    });
  }
}

/** PageLayout.headersFooters: the default header and footer for all pages (defaultForAllPages). */
export class SimHeadersFooters extends SimPart<SimSheet> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "HeaderFooterGroup";
  readonly defaultForAllPages: SimHeaderFooter = new SimHeaderFooter(this.context, this);

  protected read(): unknown {
    throw invalidArgument("The simulated HeaderFooterGroup has no properties.");
  }
}

const PLACES = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** Excel.HeaderFooter: the six texts (codes such as &P kept as written). */
export class SimHeaderFooter extends SimPart<SimSheet> {
  protected readonly scalarProps = PLACES;
  protected readonly typeName = "HeaderFooter";

  protected read(t: SimSheet, prop: string): unknown {
    if (!(PLACES as readonly string[]).includes(prop))
      throw invalidArgument(`Unknown property ${prop} of HeaderFooter.`);
    return live(t).print.headerFooter[prop] ?? "";
  }

  private put(prop: (typeof PLACES)[number], value: string): void {
    this.set(prop, value, (t) => void (live(t).print.headerFooter[prop] = value));
  }

  get leftHeader(): string {
    return this.get("leftHeader");
  }
  set leftHeader(v: string) {
    this.put("leftHeader", v);
  }
  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(v: string) {
    this.put("centerHeader", v);
  }
  get rightHeader(): string {
    return this.get("rightHeader");
  }
  set rightHeader(v: string) {
    this.put("rightHeader", v);
  }
  get leftFooter(): string {
    return this.get("leftFooter");
  }
  set leftFooter(v: string) {
    this.put("leftFooter", v);
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(v: string) {
    this.put("centerFooter", v);
  }
  get rightFooter(): string {
    return this.get("rightFooter");
  }
  set rightFooter(v: string) {
    this.put("rightFooter", v);
  }
}

/**
 * Worksheet.horizontalPageBreaks / verticalPageBreaks: add "adds a page break before the top-left
 * cell of the range specified"; removePageBreaks "resets all manual page breaks in the
 * collection". Stored as the row (horizontal) or column (vertical) a page starts at.
 */
export class SimPageBreakCollection extends SimPart<SimSheet> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "PageBreakCollection";

  constructor(
    context: SimContext,
    owner: { resolve(): SimSheet | null },
    private readonly across: boolean,
  ) {
    super(context, owner);
  }

  protected read(): unknown {
    throw invalidArgument("The simulated PageBreakCollection has no properties.");
  }

  private breaks(t: SimSheet): number[] {
    const p = live(t).print;
    return this.across ? p.columnBreaks : p.rowBreaks;
  }

  add(pageBreakRange: SimRange | string): void {
    this.call({ m: "add", a: [objectRef(pageBreakRange)] }, (t) => {
      this.context.wb.requireApi("1.9", "PageBreakCollection.add");
      const ref =
        typeof pageBreakRange === "string"
          ? rangeFromAddress(this.context.wb, pageBreakRange, live(t))
          : pageBreakRange.resolveOrThrow("range");
      if (ref.sheet !== t) throw invalidArgument("The range is on another sheet.");
      const at = this.across ? ref.rect.column : ref.rect.row;
      const list = this.breaks(t);
      if (at > 0 && !list.includes(at)) {
        list.push(at);
        list.sort((a, b) => a - b);
      }
    });
  }

  removePageBreaks(): void {
    this.call({ m: "removePageBreaks" }, (t) => {
      this.context.wb.requireApi("1.9", "PageBreakCollection.removePageBreaks");
      this.breaks(t).length = 0;
    });
  }
}
