import { editWorkbook, placeSheets } from "../../../src/workbook/file/packageXml";

describe("placeSheets", () => {
  it("puts added sheets after their sheet, in the order given, the rest at the end", () => {
    expect(placeSheets(3, [{ after: 0 }, {}])).toEqual({ existing: [0, 2, 3], added: [1, 4] });
    expect(placeSheets(2, [{ after: 1 }, { after: 1 }, { after: 0 }])).toEqual({
      existing: [0, 2],
      added: [3, 4, 1],
    });
    // An index that is not a sheet's: at the end.
    expect(placeSheets(1, [{ after: 7 }, { after: -1 }])).toEqual({ existing: [0], added: [1, 2] });
    expect(placeSheets(0, [{}, {}])).toEqual({ existing: [], added: [0, 1] });
  });
});

describe("editWorkbook", () => {
  const xml =
    '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets>' +
    '<x:sheet name="A" sheetId="1" rel:id="rId1"/>\n<x:sheet name="B" sheetId="2" rel:id="rId2"/></x:sheets>' +
    '<x:definedNames><x:definedName name="n" localSheetId="1">B!$A$1</x:definedName>' +
    '<x:definedName name="m" localSheetId="0">A!$A$1</x:definedName></x:definedNames></x:workbook>';

  it("inserts with the part's prefixes, keeps the rest as written and renumbers what counts sheets", () => {
    const out = editWorkbook(xml, {
      append: [{ name: "C", sheetId: 3, relId: "rId9", after: 0 }],
      drop: () => false,
      names: [],
    });
    expect(out).toContain(
      '<x:sheet name="A" sheetId="1" rel:id="rId1"/><x:sheet name="C" sheetId="3" rel:id="rId9"/>\n<x:sheet name="B"',
    );
    expect(out).toContain('<x:workbookView activeTab="2"/>');
    expect(out).toContain('<x:definedName name="n" localSheetId="2">B!$A$1</x:definedName>');
    expect(out).toContain('<x:definedName name="m" localSheetId="0">A!$A$1</x:definedName>');
  });

  it("changes no index when sheets are only appended", () => {
    const out = editWorkbook(xml, {
      append: [{ name: "C", sheetId: 3, relId: "rId9" }],
      drop: () => false,
      names: [],
    });
    expect(out).toContain('<x:workbookView activeTab="1"/>');
    expect(out).toContain('localSheetId="1">B!$A$1');
    expect(out).toContain('<x:sheet name="C" sheetId="3" rel:id="rId9"/></x:sheets>');
  });
});
