import { OUTPUT_TABS } from "./report/outputTabs";

// The names our tabs' Excel tables get, by both writers: the add-in names a table after its sheet
// (=客户分类[列]), the command line CA_<tab> (=CA_segments[列]). One owner for telling them from a
// name the user gave a table of ours in Excel, which a refresh keeps (issue 11: their formulas).

/**
 * A table name from the tab's sheet name, so users write `=客户分类[流失风险分]`: Excel's rules
 * (letters, digits, _ and .; not like a cell address; unique among tables and names).
 *
 * @example freeTableName("Customer segments", new Set()) // "Customer_segments"
 */
export function freeTableName(sheetName: string, taken: Set<string>): string {
  let base = sheetName.replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/_+/g, "_");
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base)) base = `_${base}`;
  base = base.slice(0, 240);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  return name;
}

/**
 * Whether `name` is a name the add-in gives a table on a sheet named one of `sheets` (or the same
 * tab in the other language): the sheet's name made a table name (freeTableName), with the
 * suffixes a taken name or sheet name adds (客户分类_2, 客户分类_2_ for “客户分类 (2)”), or the name the
 * command line gives it, CA_<tab> (CA_segments, CA_segments_2: xlsxWriter.ts). Any other name was
 * given by the user in Excel.
 *
 * @example tableNameIsOurs("客户分类_2", ["客户分类"]) // true
 * @example tableNameIsOurs("我的分类表", ["客户分类"]) // false
 */
export function tableNameIsOurs(name: string, sheets: readonly string[]): boolean {
  const key = name.toLowerCase();
  const bases = sheets.map((s) => freeTableName(s.replace(/ \(\d+\)$/, ""), new Set()));
  const tabs = Object.values(OUTPUT_TABS).flatMap((t) => Object.values(t.name));
  const cli = Object.keys(OUTPUT_TABS).map((tab) => `CA_${tab}`);
  for (const base of [...bases, ...tabs.map((t) => freeTableName(t, new Set())), ...cli]) {
    const b = base.toLowerCase();
    if (key === b || (key.startsWith(b) && /^(_\d+_?)+$/.test(key.slice(b.length)))) return true;
  }
  return false;
}
