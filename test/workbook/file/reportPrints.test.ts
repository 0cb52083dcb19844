import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";

/**
 * How the Overview, the segments tab and the schedule print (issue 11, stop 26 tester #5): the
 * print areas one page wide with the columns a reader needs, one vertical alignment per row, a gap
 * between a figure and the note after it. What the renders (scripts/render-tabs.ts) showed, in
 * the written XML.
 */

// Analysed as of 2027-01-20 the data are stale and the calendar has run out: two long warnings
// under the Overview's title, each wrapped over more than one line beside its label.
const sheets = {
  客户: [
    ["客户编号", "客户名称", "负责人"],
    [1, "杭州市工业园区文化和旅游局第2分部", "王芳"],
    [2, "乙", "王芳"],
    [3, "丙", "李娜"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    [1, "2025-06-30", 100],
    [2, "2025-03-05", 300],
    [3, "2025-05-30", 50],
  ],
};

let dir: string;
let pkg: XlsxPackage;
let book: string;
let xfs: string[];
let english: XlsxPackage;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ca-report-prints-"));
  const a = await analyzeWorkbook(memorySource(sheets), {
    rules: defaultRules(),
    asOf: epochDay(2027, 1, 20),
  });
  const file = join(dir, "prints.xlsx");
  const tables = analysisTables(a, "zh-CN", { at: a.asOf, durationSeconds: 1, source: "cli" });
  await new XlsxReportWriter(file, { lang: "zh-CN" }).writeTables(tables);
  pkg = await XlsxPackage.open(file);
  const en = join(dir, "prints-en.xlsx");
  const enTables = analysisTables(a, "en-US", { at: a.asOf, durationSeconds: 1, source: "cli" });
  await new XlsxReportWriter(en, { lang: "en-US" }).writeTables(enTables);
  english = await XlsxPackage.open(en);
  book = await pkg.zip.readText("xl/workbook.xml");
  const styles = await pkg.zip.readText("xl/styles.xml");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
});
afterAll(() => {
  pkg?.close();
  english?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sheetXml = (name: string) => pkg.zip.readText(pkg.sheet(name)!.part);
/** The style index of each cell of a row's XML. */
const cellStyles = (row: string) => [...row.matchAll(/<c\b[^>]*? s="(\d+)"/g)].map((m) => +m[1]);

// The segments tab and the schedule keep their column order (OUTPUT_TABS: append only). A reorder
// that put the risk reasons in the segments tab's printed block (74a1223) was taken back: the
// add-in commits into the live table, copying the new header row over the old one, and Excel then
// re-points a user's structured reference to the renamed column (=SUM(客户分类[消费金额]) summed
// 类型 after one refresh: stop 27 reviewer). The segments tab prints to its risk level, two pages
// wide; the schedule's call sheet, A:K (through 逾期天数 since stop 29), one page, and since stop
// 47 its 计划依据日期, 状态 and 说明 (L:N) on the page beside it, with the ID and name (C:D):
// what a caller typed there reached no paper (tester46 H2).
// Every print area is bounded, $A$1 to the last column and the tab's last written row (a table
// tab: its header and data rows): openpyxl cannot read a whole-column one ('回访计划'!$A:$N), warns
// "Print area cannot be set to Defined name" on each load and drops it on save (tester47 L1).
test("every print area is bounded to the rows written, never whole columns", async () => {
  const areas = [
    ...book.matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">([^<]*)</g),
  ].map((m) => m[1].replace(/&apos;/g, "'"));
  expect(areas.length).toBeGreaterThanOrEqual(2);
  for (const area of areas) {
    expect(area).not.toMatch(/!\$?[A-Z]+:\$?[A-Z]+$/);
    expect(area).toMatch(/^'?[^!]+'?!\$A\$1:\$[A-Z]+\$\d+$/);
    // Its last row is the sheet's last row (its dimension).
    const name = /^'?([^!]*?)'?!/.exec(area)![1];
    const dim = /<dimension ref="A1:[A-Z]+(\d+)"/.exec(await sheetXml(name))![1];
    const last = /\$(\d+)$/.exec(area)![1];
    if (!/Overview|概览|变化/.test(name)) expect(last).toBe(dim);
  }
  // The segments tab: its header and its three customers.
  expect(book).toMatch(/'客户分类'!\$A\$1:\$T\$4</);
});

test("the segments tab and the schedule print in their registered column order", async () => {
  expect(book).toMatch(
    /<definedName name="_xlnm.Print_Area" localSheetId="\d+">'客户分类'!\$A\$1:\$T\$4</,
  );
  const segments = await sheetXml("客户分类");
  expect(segments).toMatch(
    /<c r="C1" [^>]*><is><t>客户类型<\/t>.*<c r="D1" [^>]*><is><t>负责人<\/t>/,
  );
  expect(book).toMatch(
    /<definedName name="_xlnm.Print_Area" localSheetId="\d+">'回访计划'!\$A\$1:\$N\$\d+</,
  );
  expect(book).toMatch(
    /<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'回访计划'!\$C:\$D,'回访计划'!\$1:\$1</,
  );
  const schedule = await sheetXml("回访计划");
  // A fixed scale (Excel and LibreOffice ignore a manual break under Fit To: fitToPage off), and
  // the break left of L: the call sheet on one page, L:N on the next, the same rows.
  expect(schedule).not.toContain("fitToPage");
  expect(schedule).toMatch(/<pageSetup [^>]*pageOrder="overThenDown" scale="(69|7\d)"\/>/);
  expect(schedule).toContain(
    '<colBreaks count="1" manualBreakCount="1"><brk id="11" max="1048575" man="1"/></colBreaks>',
  );
  expect(schedule).toMatch(/<c r="L1" [^>]*><is><t>计划依据日期<\/t>/);
  expect(schedule).toMatch(/<c r="M1" [^>]*><is><t>状态<\/t>/);
  expect(schedule).toMatch(/<c r="N1" [^>]*><is><t>说明/);
  expect(schedule).toMatch(/<c r="I1" [^>]*><is><t>优先级<\/t>/);
  expect(schedule).toMatch(/<c r="K1" [^>]*><is><t>逾期天数<\/t>/);
  // Two pages wide, the segments tab prints across then down: a row's halves on neighbouring
  // pages (stop 28 tester #1); one page wide, the order does not matter and is left out.
  expect(segments).toMatch(/<pageSetup [^>]*pageOrder="overThenDown"[^>]*fitToWidth="2"/);
  expect(segments).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(segments).not.toContain("colBreaks");
});

test("a table tab's row of one line is centred, every cell of a taller row at the top (stop 34 #3)", async () => {
  const xml = await sheetXml("回访计划");
  // The schedule's rows here are all taller (each holds a four-line note, printed on the page
  // beside the call sheet: reviewer47 M1), the segments tab's of both kinds.
  const rows = [xml, await sheetXml("客户分类")].flatMap((sheet) =>
    [...sheet.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)].filter((r) => r[1] !== "1"),
  );
  // One line (the sheet's default height, figures level with Chinese text) and taller (a wrapped
  // reason: the ID, name and date beside its first words, not floating halfway down).
  const short = rows.filter((r) => !/ ht=/.test(r[2]));
  const tall = rows.filter((r) => / ht="\d+/.test(r[2]));
  expect(short.length).toBeGreaterThan(0);
  expect(tall.length).toBeGreaterThan(0);
  for (const r of short) {
    const styles = cellStyles(r[3]);
    expect(styles.length).toBeGreaterThan(5);
    for (const s of styles) expect(xfs[s]).toContain('vertical="center"');
  }
  for (const r of tall) {
    const styles = cellStyles(r[3]);
    expect(styles.length).toBeGreaterThan(5);
    for (const s of styles) expect(xfs[s]).toContain('vertical="top"');
  }
  // The date (A) and a coloured label centred across: a right-aligned date ran into the
  // owner after it (`2025-12-31王芳`).
  const date = +/<col min="1" max="1" [^>]*style="(\d+)"/.exec(xml)![1];
  expect(xfs[date]).toMatch(/horizontal="center" vertical="center"/);
  // The segments tab's risk level, a coloured label (待挽回, grey).
  const segments = await sheetXml("客户分类");
  const first = /<row r="2"[^>]*>([\s\S]*?)<\/row>/.exec(segments)![1];
  const coloured = cellStyles(first).filter((s) => !xfs[s].includes('fillId="0"'));
  expect(coloured).toHaveLength(1);
  expect(xfs[coloured[0]]).toContain('horizontal="center"');
});

test("Overview: a row of more than one line is top-aligned; a note is one indent off its figure", async () => {
  const xml = await sheetXml("概览");
  const rows = [...xml.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)];
  // The warnings (rows 2-3) wrap: the label and the message both sit at the top.
  const tall = rows.filter((r) => / ht="\d+"/.test(r[2]) && r[1] !== "1");
  expect(tall.length).toBeGreaterThan(0);
  for (const r of tall)
    for (const s of cellStyles(r[3])) expect(xfs[s]).toContain('vertical="top"');
  // One-line rows keep the bottom (Excel's default): no vertical alignment.
  const short = rows.filter((r) => !/ ht=/.test(r[2]));
  expect(short.length).toBeGreaterThan(5);
  for (const r of short) for (const s of cellStyles(r[3])) expect(xfs[s]).not.toContain("vertical");
  // 客户数 3 | 客户表中的客户: the note is indented; the heading 说明 too, 数值 right-aligned.
  const customers = rows.find((r) => r[3].includes("<t>客户表中的客户</t>"))!;
  const [, , note] = cellStyles(customers[3]);
  expect(xfs[note]).toMatch(/horizontal="left"[^>]*indent="1"/);
  // A note after a label (the warnings under the title) stays flush with the column.
  for (const s of cellStyles(tall[0][3])) expect(xfs[s]).not.toContain("indent");
  const heading = rows.find((r) => r[3].includes("<t>说明</t>"))!;
  const [, value, definition] = cellStyles(heading[3]);
  expect(xfs[value]).toContain('horizontal="right"');
  expect(xfs[definition]).toContain('indent="1"');
});

// Stop 32 tester #2, #4: headings over figures side by side ran together ("Revenue before Revenue
// moved (%)", the trend's 收入活跃客户数) and the revenue touched its definition: figures and their
// headings stand one indent in from the right, as on table tabs.
test("layouts: figures and the headings over them right-aligned one indent in", async () => {
  const xml = await sheetXml("概览");
  const rows = [...xml.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)];
  const heading = rows.find((r) => r[3].includes("<t>说明</t>"))!;
  const [, value] = cellStyles(heading[3]);
  expect(xfs[value]).toMatch(/horizontal="right"[^>]*indent="1"/);
  const customers = rows.find((r) => r[3].includes("<t>客户表中的客户</t>"))!;
  const [, figure] = cellStyles(customers[3]);
  expect(xfs[figure]).toMatch(/horizontal="right"[^>]*indent="1"/);
});

test("in English too (longer headers), the call sheet prints one page wide, L:N beside it", async () => {
  const xml = await english.zip.readText(english.sheet("Follow-up schedule")!.part);
  // At most 200 characters on the first page (callSheet.test.ts): 68% or more.
  const scale = Number(/<pageSetup [^>]*scale="(\d+)"/.exec(xml)![1]);
  expect(scale).toBeGreaterThanOrEqual(68);
  expect(xml).toContain('<brk id="11" max="1048575" man="1"/>');
});

// Stop 27 tester #3: on paper a table tab's rows ran into each other (no rule prints), a run of
// one-line rows had no gap, a figure touched the coloured label after it (`74.1%中`) and the
// segments tab's `R 分` header sat left with its scores right, under `F 分`.
test("table tabs print their grid, rows 18 pt, figures one indent off the next column, headers over them", async () => {
  for (const tab of ["客户分类", "回访计划"]) {
    const xml = await sheetXml(tab);
    expect(xml).toContain('<sheetFormatPr defaultRowHeight="18" customHeight="1"/>');
    expect(xml).toMatch(/<printOptions gridLines="1"\/><pageMargins /);
  }
  const segments = await sheetXml("客户分类");
  const header = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(segments)![1];
  const headerStyles = cellStyles(header);
  // L (R 分), an integer column: header and values right-aligned, one indent in.
  const col = (n: number) =>
    +new RegExp(`<col min="${n}" max="${n}" [^>]*style="(\\d+)"`).exec(segments)![1];
  expect(xfs[col(12)]).toMatch(/horizontal="right" vertical="center" indent="1"/);
  expect(xfs[headerStyles[11]]).toMatch(/horizontal="right"[^>]*indent="1"/);
  // A (客户编号), text: header and values left (no horizontal alignment).
  expect(xfs[headerStyles[0]]).not.toContain("horizontal");
  expect(xfs[col(1)]).not.toContain("horizontal");
  // The Overview (a layout) keeps Excel's default row and prints no grid.
  const overview = await sheetXml("概览");
  expect(overview).toContain('<sheetFormatPr defaultRowHeight="15"/>');
  expect(overview).not.toContain("printOptions");
});
