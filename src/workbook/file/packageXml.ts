import { escapeXml } from "./xmlText";

/**
 * Rewrites of the four package parts that list what a workbook holds (workbook.xml, its
 * relationships, [Content_Types].xml, docProps/app.xml) by editing their text: everything the
 * user's file says is kept as written, only the entries for our tabs and parts change.
 */

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
};

export const REL_TYPES = {
  worksheet: `${REL_NS}/worksheet`,
  table: `${REL_NS}/table`,
  styles: `${REL_NS}/styles`,
  officeDocument: `${REL_NS}/officeDocument`,
  app: `${REL_NS}/extended-properties`,
};

export interface NewSheet {
  name: string;
  sheetId: number;
  relId: string;
}

export interface WorkbookEdit {
  /** Sheets appended at the end of the tab order. */
  append: NewSheet[];
  /** Defined names to drop (predicate on name and localSheetId). */
  drop: (name: string, localSheetId: number | undefined) => boolean;
  /** Defined names to add, as XML elements. */
  names: string[];
}

/**
 * The workbook part with sheets appended, our defined names replaced and a full recalculation
 * asked for on open (calcChain.xml is dropped; Excel rebuilds it).
 *
 * @example editWorkbook(xml, { append: [], drop: () => false, names: [] })
 */
export function editWorkbook(xml: string, edit: WorkbookEdit): string {
  const root = /<(\w+:)?workbook\b[^>]*>/.exec(xml);
  if (!root) throw new Error("the workbook part has no workbook element");
  const p = root[1] ?? "";
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, "\\$&")}"`).exec(root[0]);
  const r = relPrefix ? `${relPrefix[1]}:` : "r:";
  const rns = relPrefix ? "" : ` xmlns:r="${REL_NS}"`;
  let out = xml;
  if (edit.append.length) {
    const added = edit.append
      .map(
        (s) =>
          `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${r}id="${s.relId}"${rns}/>`,
      )
      .join("");
    const close = out.indexOf(`</${p}sheets>`);
    if (close >= 0) out = out.slice(0, close) + added + out.slice(close);
    else {
      const empty = new RegExp(`<${p}sheets\\s*/>`).exec(out);
      if (!empty) throw new Error("the workbook part has no sheets");
      out =
        out.slice(0, empty.index) +
        `<${p}sheets>${added}</${p}sheets>` +
        out.slice(empty.index + empty[0].length);
    }
  }
  // Defined names: drop ours, keep the user's exactly as written, add ours.
  const re = new RegExp(`<${p}definedName\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}definedName>)`, "g");
  out = out.replace(re, (whole, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    return edit.drop(decode(name), local === undefined ? undefined : Number(local)) ? "" : whole;
  });
  const names = edit.names
    .map((n) => (p ? n.replace(/<(\/?)definedName/g, `<$1${p}definedName`) : n))
    .join("");
  const closeNames = out.indexOf(`</${p}definedNames>`);
  if (closeNames >= 0) {
    out = out.slice(0, closeNames) + names + out.slice(closeNames);
  } else {
    const selfClosing = new RegExp(`<${p}definedNames\\s*/>`).exec(out);
    const block = names ? `<${p}definedNames>${names}</${p}definedNames>` : "";
    if (selfClosing)
      out =
        out.slice(0, selfClosing.index) +
        block +
        out.slice(selfClosing.index + selfClosing[0].length);
    else if (block)
      out = insertAfter(
        out,
        [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`],
        block,
      );
  }
  // An emptied <definedNames></definedNames> is not valid: remove it.
  out = out.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), "");
  // Recalculate on open: our values are constants, the user's formulas may refer to our tabs.
  const calc = new RegExp(`<${p}calcPr\\b([^>]*?)(/?)>`).exec(out);
  if (calc) {
    const attrs = calc[1].replace(/\s*fullCalcOnLoad="[^"]*"/, "");
    out =
      out.slice(0, calc.index) +
      `<${p}calcPr${attrs} fullCalcOnLoad="1"${calc[2]}>` +
      out.slice(calc.index + calc[0].length);
  } else {
    out = insertAfter(
      out,
      [
        `</${p}definedNames>`,
        `</${p}externalReferences>`,
        `</${p}functionGroups>`,
        `</${p}sheets>`,
      ],
      `<${p}calcPr calcId="191029" fullCalcOnLoad="1"/>`,
    );
  }
  return out;
}

function insertAfter(xml: string, anchors: string[], text: string): string {
  for (const a of anchors) {
    const at = xml.indexOf(a);
    if (at >= 0) return xml.slice(0, at + a.length) + text + xml.slice(at + a.length);
  }
  throw new Error("the workbook part has no place for " + text.slice(0, 20));
}

function decode(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] as string,
  );
}

/**
 * A relationships part with some relationships removed and others added.
 *
 * @example editRels(xml, (type) => type.endsWith("/calcChain"), [{ id: "rId9", type, target: "worksheets/sheet9.xml" }])
 */
export function editRels(
  xml: string | null,
  drop: (type: string, target: string) => boolean,
  add: Array<{ id: string; type: string; target: string }>,
): string {
  let out =
    xml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  out = out.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (tag) => {
    const type = /\bType="([^"]*)"/.exec(tag)?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1] ?? "";
    return drop(type, decode(target)) ? "" : tag;
  });
  const added = add
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  const close = out.lastIndexOf("</Relationships>");
  if (close < 0) {
    return out.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${added}</Relationships>`);
  }
  return out.slice(0, close) + added + out.slice(close);
}

/** Relationship ids not yet used: rId<n> past the largest number. */
export function freeRelIds(xml: string | null): () => string {
  let n = 0;
  for (const m of (xml ?? "").matchAll(/\bId="rId(\d+)"/g)) n = Math.max(n, Number(m[1]));
  return () => `rId${++n}`;
}

/** [Content_Types].xml with overrides removed (dropped parts) and added (our new parts). */
export function editContentTypes(
  xml: string | null,
  drop: (part: string) => boolean,
  add: Array<{ part: string; type: string }>,
): string {
  let out =
    xml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
  const present = new Set<string>();
  out = out.replace(/<Override\b[^>]*?\/>/g, (tag) => {
    const part = decode(/\bPartName="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/^\//, "");
    if (drop(part)) return "";
    present.add(part.toLowerCase());
    return tag;
  });
  const added = add
    .filter((a) => !present.has(a.part.toLowerCase()))
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.type}"/>`)
    .join("");
  const close = out.lastIndexOf("</Types>");
  return out.slice(0, close) + added + out.slice(close);
}

/**
 * docProps/app.xml with its list of worksheets brought up to date (the user's other properties,
 * company, manager and so on, kept as written).
 */
export function editAppXml(xml: string | null, sheetNames: string[]): string {
  const vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  const heading =
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`;
  const titles =
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">` +
    sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("") +
    `</vt:vector></TitlesOfParts>`;
  if (!xml) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${vt}">` +
      `<Application>Microsoft Excel</Application>${heading}${titles}</Properties>`
    );
  }
  if (!/xmlns:vt=/.test(xml) || /<\w+:Properties\b/.test(xml)) return xml; // an unusual part: keep it
  let out = xml.replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>/, heading);
  out = out.replace(/<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/, titles);
  return out;
}
