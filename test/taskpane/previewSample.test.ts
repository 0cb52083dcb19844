import { BUNDLES } from "../../src/cli/sample";
import { SAMPLE_AS_OF } from "../../src/sample/source";
import { fromExcelSerial } from "../../src/engine/parse/date";
import { PREVIEW_SAMPLES, previewSample } from "../../src/taskpane/previewSample";

describe("the preview's sample", () => {
  test("is the data of the bundled workbooks (same generator options)", () => {
    expect(PREVIEW_SAMPLES["zh-CN"]).toEqual(
      BUNDLES.find((b) => b.file === "sample-zh.xlsx")!.options,
    );
    expect(PREVIEW_SAMPLES["en-US"]).toEqual(
      BUNDLES.find((b) => b.file === "sample-en.xlsx")!.options,
    );
  });

  test("loads the five input sheets into the simulator, dates as serials with a date format", async () => {
    const sample = await previewSample("en-US", { customers: 50, transactions: 400 });
    expect(sample.inputSheets).toEqual([
      "Customers",
      "Transactions",
      "Surveys",
      "Complaints",
      "Contacts",
    ]);
    expect(sample.workbook.sheetNames()).toEqual(sample.inputSheets);
    expect(sample.asOf).toBe(SAMPLE_AS_OF);
    expect(sample.customers).toBe(50);
    const tx = sample.workbook.sheet("Transactions");
    const grid = tx.toGrid();
    const dateColumn = (grid[0] as string[]).findIndex((h) => /date/i.test(String(h)));
    const serial = grid[1][dateColumn];
    expect(typeof serial).toBe("number");
    expect(tx.format(1, dateColumn)).toMatch(/y/);
    expect(fromExcelSerial(serial as number)).toBeLessThanOrEqual(SAMPLE_AS_OF + 400); // a plausible day, not a raw epoch
  });
});
