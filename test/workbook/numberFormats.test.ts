import { NUMBER_FORMATS } from "../../src/workbook/numberFormats";

describe("NUMBER_FORMATS", () => {
  // A figure of thousands reads with its separator whatever its column format: the Validation
  // tab's predicted purchases printed `15114.4` beside `15,882` actual (stop 30 tester #3).
  test("every numeric format but percent and row numbers groups thousands", () => {
    for (const f of ["integer", "number", "score", "money"] as const)
      expect(NUMBER_FORMATS[f]).toMatch(/^#,##0(\.0+)?$/);
    expect(NUMBER_FORMATS.percent).toBe("0.0%");
    expect(NUMBER_FORMATS.rowNumber).toBe("0");
  });

  test("scores keep one decimal and money two", () => {
    expect(NUMBER_FORMATS.score.split(".")[1]).toBe("0");
    expect(NUMBER_FORMATS.money.split(".")[1]).toBe("00");
  });
});
