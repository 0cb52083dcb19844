import { posix } from "node:path";
import { attr, decodeXml, tags } from "./xmlText";

/** The workbook part's facts the adapter needs: sheets in tab order, defined names, date system. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  /** workbookPr date1904: serial 0 is 1904-01-01 instead of 1899-12-31. */
  date1904: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedNameEntry {
  name: string;
  /** The reference or formula, decoded (e.g. `'客户'!$A$1`). */
  ranges: string[];
  localSheetId?: number;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/**
 * Reads workbook.xml.
 *
 * @example parseWorkbook('<workbook><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>').date1904 // true
 */
export function parseWorkbook(xml: string): WorkbookInfo {
  refuseDoctype(xml);
  const pr = [...tags(xml, "workbookPr")][0];
  const date1904 = pr ? truthy(attr(pr, "date1904")) : false;
  const sheets: SheetEntry[] = [];
  for (const tag of tags(xml, "sheet")) {
    const state = attr(tag, "state");
    sheets.push({
      name: attr(tag, "name") ?? "",
      sheetId: Number(attr(tag, "sheetId") ?? 0),
      relId: attr(tag, "r:id") ?? attr(tag, "id") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    });
  }
  const definedNames: DefinedNameEntry[] = [];
  const re = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const head = `<definedName ${m[1]}>`;
    const local = attr(head, "localSheetId");
    const text = decodeXml(m[2] ?? "");
    definedNames.push({
      name: attr(head, "name") ?? "",
      ranges: splitRefs(text),
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
    });
  }
  return { sheets, definedNames, date1904 };
}

/** A defined name's comma-separated references (commas inside quotes kept). */
function splitRefs(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Reads a relationships part. */
export function parseRels(xml: string): Relationship[] {
  refuseDoctype(xml);
  return [...tags(xml, "Relationship")].map((tag) => ({
    id: attr(tag, "Id") ?? "",
    type: attr(tag, "Type") ?? "",
    target: attr(tag, "Target") ?? "",
    external: attr(tag, "TargetMode") === "External",
  }));
}

/** The relationships part of a part. @example relsPartOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels" */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A relationship target as a part name. @example resolvePart("xl", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml" */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(base, target));
}

export function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Machine-written parts have no DOCTYPE; one here is an entity-expansion attempt. */
export function refuseDoctype(xml: string): void {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw new Error("a part declares a DOCTYPE");
}
