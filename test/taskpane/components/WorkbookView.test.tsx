import { columnPixels, WorkbookView } from "../../../src/taskpane/components/WorkbookView";
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
});
