import { numberFormats } from "./stylesXml";
import { attr, escapeXml, tags } from "./xmlText";

/** A cell format our tabs use. */
export interface XfSpec {
  /** Number format code ("#,##0", "yyyy-mm-dd"); General when absent. */
  numFmt?: string;
  bold?: boolean;
  /** Font size in points (default: the workbook's default font size). */
  size?: number;
  /** Font colour as #RRGGBB. */
  color?: string;
  /** Solid fill as #RRGGBB. */
  fill?: string;
  wrap?: boolean;
  vertical?: "top" | "center";
  /** Horizontal alignment (e.g. a heading over numbers, right-aligned like them). */
  horizontal?: "left" | "right" | "center";
  /** Indent levels (with a left or right horizontal alignment): a note one step off a figure. */
  indent?: number;
  locked: boolean;
}

/**
 * The workbook's styles part, append-only: the user's fonts, fills, number formats and cell formats
 * keep their indices (their cells do not change), and the formats our tabs need are added after
 * them. Register formats while writing the sheets; serialise the part at the end.
 *
 * @example
 * const book = new StyleBook(stylesXml);
 * const s = book.xf({ numFmt: "#,##0", locked: false }); // an index past the user's formats
 * const xml = book.toXml();
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly baseXfs: number;
  private readonly baseFonts: number;
  private readonly baseFills: number;
  private readonly fontName: string;
  private readonly fontSize: number;
  private nextFmtId: number;
  private readonly fmtIds = new Map<string, number>();
  private readonly newFmts: string[] = [];
  private readonly fonts = new Map<string, number>();
  private readonly newFonts: string[] = [];
  private readonly fills = new Map<string, number>();
  private readonly newFills: string[] = [];
  private readonly xfs = new Map<string, number>();
  private readonly newXfs: string[] = [];

  constructor(private readonly base: string) {
    const root = /<(\w+:)?styleSheet\b/.exec(base);
    if (!root) throw new Error("the styles part has no styleSheet");
    this.prefix = root[1] ?? "";
    this.baseXfs = countIn(base, "cellXfs", "xf");
    this.baseFonts = countIn(base, "fonts", "font");
    this.baseFills = countIn(base, "fills", "fill");
    const formats = numberFormats(base);
    for (const [id, code] of formats) this.fmtIds.set(code, id);
    this.nextFmtId = Math.max(163, ...formats.keys()) + 1;
    const firstFont = inner(base, "fonts") ?? "";
    const sz = [...tags(firstFont, "sz")][0];
    const name = [...tags(firstFont, "name")][0];
    this.fontSize = Number(sz ? attr(sz, "val") : 11) || 11;
    this.fontName = (name && attr(name, "val")) || "Calibri";
  }

  /** The index of a cell format already added, else undefined (nothing is added). */
  known(spec: XfSpec): number | undefined {
    return this.xfs.get(JSON.stringify(spec));
  }

  /** The index of a cell format (added on first use). */
  xf(spec: XfSpec): number {
    const key = JSON.stringify(spec);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = spec.numFmt ? this.fmtId(spec.numFmt) : 0;
    const fontId = spec.bold || spec.size || spec.color ? this.font(spec) : 0;
    const fillId = spec.fill ? this.fill(spec.fill) : 0;
    const alignment =
      spec.wrap || spec.vertical || spec.horizontal
        ? `<alignment${spec.horizontal ? ` horizontal="${spec.horizontal}"` : ""}${spec.vertical ? ` vertical="${spec.vertical}"` : ""}${spec.wrap ? ' wrapText="1"' : ""}${spec.indent ? ` indent="${spec.indent}"` : ""}/>`
        : "";
    const xml =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1" applyProtection="1">` +
      `${alignment}<protection locked="${spec.locked ? 1 : 0}"/></xf>`;
    const index = this.baseXfs + this.newXfs.length;
    this.newXfs.push(xml);
    this.xfs.set(key, index);
    return index;
  }

  /** The styles part with our formats appended. */
  toXml(): string {
    let xml = this.base;
    const p = this.prefix;
    const pre = (s: string) => (p ? s.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`) : s);
    if (this.newFmts.length) {
      if (inner(xml, "numFmts") !== null) {
        xml = appendTo(xml, "numFmts", pre(this.newFmts.join("")), this.newFmts.length);
      } else {
        const open = /<(\w+:)?styleSheet\b[^>]*>/.exec(xml)!;
        const at = open.index + open[0].length;
        const block = pre(
          `<numFmts count="${this.newFmts.length}">${this.newFmts.join("")}</numFmts>`,
        );
        xml = xml.slice(0, at) + block + xml.slice(at);
      }
    }
    if (this.newFonts.length)
      xml = appendTo(xml, "fonts", pre(this.newFonts.join("")), this.newFonts.length);
    if (this.newFills.length)
      xml = appendTo(xml, "fills", pre(this.newFills.join("")), this.newFills.length);
    if (this.newXfs.length)
      xml = appendTo(xml, "cellXfs", pre(this.newXfs.join("")), this.newXfs.length);
    return xml;
  }

  private fmtId(code: string): number {
    const known = this.fmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmtId++;
    this.fmtIds.set(code, id);
    this.newFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(spec: XfSpec): number {
    const key = `${spec.bold}|${spec.size}|${spec.color}`;
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    const color = spec.color ? `<color rgb="FF${spec.color.replace("#", "").toUpperCase()}"/>` : "";
    const xml =
      `<font>${spec.bold ? "<b/>" : ""}<sz val="${spec.size ?? this.fontSize}"/>${color}` +
      `<name val="${escapeXml(this.fontName)}"/></font>`;
    const index = this.baseFonts + this.newFonts.length;
    this.newFonts.push(xml);
    this.fonts.set(key, index);
    return index;
  }

  private fill(hex: string): number {
    const known = this.fills.get(hex);
    if (known !== undefined) return known;
    const rgb = `FF${hex.replace("#", "").toUpperCase()}`;
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    const index = this.baseFills + this.newFills.length;
    this.newFills.push(xml);
    this.fills.set(hex, index);
    return index;
  }
}

/** A minimal styles part for a new workbook (Excel requires two fills and one of each other list). */
export const NEW_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

function inner(xml: string, name: string): string | null {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!m || m[1] === "/") return m ? "" : null;
  const start = m.index + m[0].length;
  const end = new RegExp(`</(?:\\w+:)?${name}>`).exec(xml.slice(start));
  return end ? xml.slice(start, start + end.index) : null;
}

function countIn(xml: string, list: string, item: string): number {
  const body = inner(xml, list);
  return body ? [...tags(body, item)].length : 0;
}

/** Appends items at the end of a list element, updating its count (a self-closing list is opened). */
function appendTo(xml: string, name: string, items: string, added: number): string {
  const open = new RegExp(`<((?:\\w+:)?${name})\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) throw new Error(`the styles part has no ${name}`);
  const before = countIn(xml, name, name === "cellXfs" ? "xf" : name.slice(0, -1));
  const attrs = open[2].replace(/\s*count="\d*"/, "");
  const head = `<${open[1]}${attrs} count="${before + added}">`;
  if (open[3] === "/") {
    return (
      xml.slice(0, open.index) +
      head +
      items +
      `</${open[1]}>` +
      xml.slice(open.index + open[0].length)
    );
  }
  const closeTag = `</${open[1]}>`;
  const close = xml.indexOf(closeTag, open.index);
  return (
    xml.slice(0, open.index) +
    head +
    xml.slice(open.index + open[0].length, close) +
    items +
    xml.slice(close)
  );
}
