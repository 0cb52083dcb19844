import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { activeTabOf, marksSelected } from "../../../src/workbook/file/openOn";
import { editWorkbook } from "../../../src/workbook/file/packageXml";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { ZipWriter } from "../../../src/workbook/file/zipWriter";

/**
 * tester51 O1: the report opened on the user's 客户 sheet, the Overview 6th of 15 tabs. It opens on
 * the Overview now, unless the user's active sheet is marked selected (then opening elsewhere would
 * group the two in Excel, and the user's sheet is carried byte for byte: issue 11).
 */

const FIXTURE = join(__dirname, "fixtures", "rich-workbook.xlsx");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "open-on-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The output's active tab's name and the sheets whose view is marked selected. */
async function opensOn(file: string): Promise<{ active: string; selected: string[] }> {
  const pkg = await XlsxPackage.open(file);
  try {
    const active = pkg.info.sheets[activeTabOf(pkg.workbookXml)].name;
    const selected: string[] = [];
    for (const s of pkg.sheets)
      if (marksSelected(await pkg.zip.readText(s.part))) selected.push(s.name);
    return { active, selected };
  } finally {
    pkg.close();
  }
}

/** A copy of `from` with `edit` applied to the part named `part`. */
async function copyEditing(from: string, to: string, part: string, edit: (xml: string) => string) {
  const zip = await ZipReader.open(from);
  const out = await ZipWriter.create(to);
  for (const name of zip.names()) {
    let data = await zip.readBuffer(name);
    if (name === part) data = Buffer.from(edit(data.toString("utf8")), "utf8");
    await out.addBuffer(name, data);
  }
  await out.finish();
  zip.close();
}

const quiet = ["--as-of", "2025-12-31", "--lang", "zh-CN", "-q"];

describe("the tab a report opens on", () => {
  it("is the Overview, alone selected, when the user's active sheet is not marked selected", async () => {
    const input = join(dir, "plain.xlsx");
    copyFileSync(FIXTURE, input);
    const out = join(dir, "plain.out.xlsx");
    expect(await main(["analyze", input, "-o", out, ...quiet])).toBe(0);
    expect(await opensOn(out)).toEqual({ active: "概览", selected: ["概览"] });
    // A refresh of that report opens on the Overview again.
    const again = join(dir, "plain.again.xlsx");
    expect(await main(["analyze", out, "-o", again, ...quiet])).toBe(0);
    expect(await opensOn(again)).toEqual({ active: "概览", selected: ["概览"] });
  }, 120_000);

  it("stays the user's sheet when Excel marked it selected (no grouped tabs)", async () => {
    const input = join(dir, "selected.xlsx");
    await copyEditing(FIXTURE, input, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace('<sheetView workbookViewId="0"', '<sheetView tabSelected="1" workbookViewId="0"'),
    );
    const out = join(dir, "selected.out.xlsx");
    expect(await main(["analyze", input, "-o", out, ...quiet])).toBe(0);
    expect(await opensOn(out)).toEqual({ active: "客户", selected: ["客户"] });
  }, 120_000);
});

describe("editWorkbook activeTab", () => {
  const names = { append: [], drop: () => false, names: [] };
  it("sets the first view's activeTab and a firstSheet past it back", () => {
    const xml =
      '<workbook><bookViews><workbookView firstSheet="6" activeTab="0"/><workbookView activeTab="1"/></bookViews><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>';
    expect(editWorkbook(xml, { ...names, activeTab: 5 })).toContain(
      '<bookViews><workbookView activeTab="5"/><workbookView activeTab="1"/></bookViews>',
    );
  });
  it("adds a view where there is none", () => {
    const xml =
      '<workbook><workbookPr/><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>';
    expect(editWorkbook(xml, { ...names, activeTab: 2 })).toContain(
      '<workbookPr/><bookViews><workbookView activeTab="2"/></bookViews><sheets>',
    );
  });
  it("leaves the view as it was without one", () => {
    const xml =
      '<workbook><bookViews><workbookView activeTab="3"/></bookViews><sheets></sheets></workbook>';
    expect(editWorkbook(xml, names)).toContain('<workbookView activeTab="3"/>');
  });
});

describe("marksSelected", () => {
  it("reads the sheet views only", () => {
    expect(
      marksSelected('<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews>'),
    ).toBe(false);
    expect(marksSelected('<x:sheetViews><x:sheetView tabSelected="true"/></x:sheetViews>')).toBe(
      true,
    );
    expect(
      marksSelected('<sheetViews><sheetView/></sheetViews><sheetData><c tabSelected="1"/>'),
    ).toBe(false);
  });
});
