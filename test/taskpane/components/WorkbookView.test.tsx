import {
  columnPixels,
  rowPixels,
  WorkbookView,
} from "../../../src/taskpane/components/WorkbookView";
import { SimWorkbook } from "../../../src/workbook/simulator";
import { render } from "./render";

describe("the preview's workbook view", () => {
  test("draws each column at the width the add-in set in Excel, and cuts text there as Excel does", () => {
    // Stop 29: en "Days overdue" and "Priority" were cut in Excel at 61 pt and 50 pt; the preview
    // drew every column up to 160 px wide, so it never showed the cut.
    const wb = SimWorkbook.fromSheets({
      Schedule: [
        ["Priority", "Days overdue"],
        ["High", 53],
      ],
    });
    const sheet = wb.sheet("Schedule");
    sheet.columnWidths.set(0, 50);
    sheet.columnWidths.set(1, 61);
    const { html, text } = render(
      <WorkbookView workbook={wb} lang="en-US" subscribe={() => () => undefined} />,
    );
    expect(columnPixels(61)).toBe(81);
    expect(columnPixels(undefined)).toBe(64); // Excel's default 48 pt
    expect(html).toContain('<col style="width:67px"/><col style="width:81px"/>');
    expect(html).toContain("table-layout:fixed");
    expect(html).toContain("text-overflow:clip");
    expect(text).toContain("Days overdue");
  });

  test("wraps a wrapped header at the row height the add-in set, as Excel does", () => {
    // Stop 31: the add-in wraps the call sheet's header on two lines (30 pt); the preview drew every
    // cell on one line, so it showed en "Days overdue" cut ("Days overdu") where Excel wraps it.
    const wb = SimWorkbook.fromSheets({
      Schedule: [
        ["Days overdue", "Owner"],
        [53, "Li"],
      ],
    });
    const sheet = wb.sheet("Schedule");
    sheet.columnWidths.set(0, 40);
    sheet.wrapped.set(0, true);
    sheet.wrapped.set(1, true);
    sheet.rowHeights.set(0, 30);
    const { html } = render(
      <WorkbookView workbook={wb} lang="en-US" subscribe={() => () => undefined} />,
    );
    expect(rowPixels(30)).toBe(40);
    expect(rowPixels(undefined)).toBeUndefined();
    expect(html).toContain('<tr style="height:40px">');
    expect(html.match(/data-wrap="true"/g)).toHaveLength(2);
    expect(html).toMatch(/data-wrap="true" style="[^"]*white-space:normal/);
    expect(html).toMatch(/<td style="[^"]*white-space:nowrap[^"]*">53</); // data rows stay on one line
  });
});
