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
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
};

export const REL_TYPES = {
  worksheet: `${REL_NS}/worksheet`,
  table: `${REL_NS}/table`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  officeDocument: `${REL_NS}/officeDocument`,
  app: `${REL_NS}/extended-properties`,
};

export interface NewSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** Written with state="hidden" (the run-state tab). */
  hidden?: boolean;
  /**
   * Placed right after the workbook's existing sheet at this index (its place in `<sheets>`, as
   * localSheetId counts); at the end when absent. Sheets after the same one keep their order.
   */
  after?: number;
}

/**
 * Where every sheet stands once new ones are placed (NewSheet.after): the new index of each
 * existing sheet, and of each added one in the order given. Indices are what a defined name's
 * localSheetId and a workbook view's activeTab/firstSheet count.
 *
 * @example placeSheets(3, [{ after: 0 }, {}]) // { existing: [0, 2, 3], added: [1, 4] }
 */
export function placeSheets(
  existing: number,
  added: ReadonlyArray<{ after?: number }>,
): { existing: number[]; added: number[] } {
  const existingAt: number[] = [];
  const addedAt: number[] = new Array<number>(added.length);
  const inside = (a: number | undefined): a is number => a !== undefined && a >= 0 && a < existing;
  let n = 0;
  for (let i = 0; i < existing; i++) {
    existingAt.push(n++);
    added.forEach((s, k) => {
      if (s.after === i) addedAt[k] = n++;
    });
  }
  added.forEach((s, k) => {
    if (!inside(s.after)) addedAt[k] = n++;
  });
  return { existing: existingAt, added: addedAt };
}

export interface WorkbookEdit {
  /** Sheets added: at the end of the tab order, or after an existing sheet (NewSheet.after). */
  append: NewSheet[];
  /**
   * Defined names to drop (predicate on name and localSheetId, as it stands in the input). The
   * names kept that are local to a sheet get the sheet's index after placing (placeSheets).
   */
  drop: (name: string, localSheetId: number | undefined) => boolean;
  /** Defined names to add, as XML elements. */
  names: string[];
  /**
   * The sheet (index after placing) the workbook opens on (openOn.ts): the first workbook view's
   * activeTab, and its firstSheet when that is past it. Absent: the view as it was.
   */
  activeTab?: number;
}

/**
 * The workbook part with sheets added, our defined names replaced and a full recalculation
 * asked for on open (calcChain.xml is dropped; Excel rebuilds it). When a sheet is inserted before
 * others, the indices that count sheets (localSheetId, activeTab, firstSheet) follow their sheets.
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
  const sheetTags = [
    ...out.matchAll(new RegExp(`<${p}sheet\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}sheet>)`, "g")),
  ];
  const placed = placeSheets(sheetTags.length, edit.append);
  const moved = placed.existing.some((at, i) => at !== i);
  const element = (s: NewSheet): string =>
    `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.hidden ? ' state="hidden"' : ""} ${r}id="${s.relId}"${rns}/>`;
  // Inserted ones go right after their sheet (from the last, so earlier offsets hold).
  for (let i = sheetTags.length - 1; i >= 0; i--) {
    const here = edit.append.filter((s) => s.after === i);
    if (here.length === 0) continue;
    const end = sheetTags[i].index + sheetTags[i][0].length;
    out = out.slice(0, end) + here.map(element).join("") + out.slice(end);
  }
  const atEnd = edit.append.filter(
    (s) => s.after === undefined || s.after < 0 || s.after >= sheetTags.length,
  );
  if (atEnd.length) {
    const added = atEnd.map(element).join("");
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
  const renumber = (index: string): string => String(placed.existing[Number(index)] ?? index);
  if (moved) {
    out = out.replace(new RegExp(`<${p}workbookView\\b[^>]*>`, "g"), (tag) =>
      tag.replace(
        /\b(activeTab|firstSheet)="(\d+)"/g,
        (_, a: string, i: string) => `${a}="${renumber(i)}"`,
      ),
    );
  }
  if (edit.activeTab !== undefined) out = openOnTab(out, p, edit.activeTab);
  // Defined names: drop ours, keep the user's exactly as written, add ours.
  const re = new RegExp(`<${p}definedName\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}definedName>)`, "g");
  out = out.replace(re, (whole, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    if (edit.drop(decode(name), local === undefined ? undefined : Number(local))) return "";
    // A name local to a sheet that moved points at it again (the first localSheetId is the tag's).
    return local !== undefined && moved
      ? whole.replace(/\blocalSheetId="(\d+)"/, (_, i: string) => `localSheetId="${renumber(i)}"`)
      : whole;
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

/**
 * The workbook part opening on sheet `tab`: its first workbook view's activeTab (a view added
 * where there is none), its firstSheet (the first tab shown in the tab bar) no later than it.
 */
function openOnTab(xml: string, p: string, tab: number): string {
  const view = new RegExp(`<${p}workbookView\\b([^>]*?)(/?)>`).exec(xml);
  if (!view) {
    const views = `<${p}bookViews><${p}workbookView activeTab="${tab}"/></${p}bookViews>`;
    const empty = new RegExp(`<${p}bookViews\\s*/>`).exec(xml);
    if (empty) return xml.slice(0, empty.index) + views + xml.slice(empty.index + empty[0].length);
    return insertBefore(xml, [`<${p}sheets>`, `<${p}sheets/>`], views);
  }
  let attrs = view[1].replace(/\s*\bactiveTab="[^"]*"/, "");
  const first = /\bfirstSheet="(\d+)"/.exec(attrs);
  if (first && Number(first[1]) > tab) attrs = attrs.replace(/\s*\bfirstSheet="[^"]*"/, "");
  return (
    xml.slice(0, view.index) +
    `<${p}workbookView${attrs} activeTab="${tab}"${view[2]}>` +
    xml.slice(view.index + view[0].length)
  );
}

function insertBefore(xml: string, anchors: string[], text: string): string {
  for (const a of anchors) {
    const at = xml.indexOf(a);
    if (at >= 0) return xml.slice(0, at) + text + xml.slice(at);
  }
  throw new Error("the workbook part has no place for " + text.slice(0, 20));
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
