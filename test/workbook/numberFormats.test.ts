import {
  currencyWidth,
  moneyFormat,
  NUMBER_FORMATS,
  numberFormat,
} from "../../src/workbook/numberFormats";

describe("NUMBER_FORMATS", () => {
  // A figure of thousands reads with its separator whatever its column format: the Validation
  // tab's predicted purchases printed `15114.4` beside `15,882` actual (stop 30 tester #3).
  test("every numeric format but percent and row numbers groups thousands", () => {
    for (const f of ["integer", "number", "score"] as const)
      expect(NUMBER_FORMATS[f]).toMatch(/^#,##0(\.0+)?$/);
    // Amounts too, after their currency symbol (issue 11, tester10 #12).
    expect(NUMBER_FORMATS.money).toBe('"\u00A5"#,##0.00');
    expect(NUMBER_FORMATS.percent).toBe("0.0%");
    expect(NUMBER_FORMATS.rowNumber).toBe("0");
  });

  test("scores keep one decimal and money two", () => {
    expect(NUMBER_FORMATS.score.split(".")[1]).toBe("0");
    expect(NUMBER_FORMATS.money.split(".")[1]).toBe("00");
  });

  test("amounts in the run's currency, the yuan by default; other formats as they are", () => {
    expect(numberFormat("money")).toBe('"\u00A5"#,##0.00');
    expect(numberFormat("money", "$")).toBe('"$"#,##0.00');
    expect(numberFormat("money", "HK$")).toBe('"HK$"#,##0.00');
    expect(moneyFormat('a"b')).toBe('"ab"#,##0.00'); // a quote cannot end the literal early
    expect(numberFormat("percent", "$")).toBe("0.0%");
    expect([currencyWidth(), currencyWidth("HK$")]).toEqual([1, 3]);
  });
});
