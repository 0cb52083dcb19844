import fc from "fast-check";
import {
  currencyOfFormat,
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

describe("currencyOfFormat: the currency an input cell's number format shows (tester52 M1)", () => {
  test.each([
    ['"$"#,##0.00', 2],
    ["[$$-409]#,##0.00", 2],
    ['_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)', 2],
    ["\\$#,##0", 2],
    ["$#,##0_);($#,##0)", 2],
    ["[$USD] #,##0", 2],
    ["[$¥-804]#,##0.00", 1],
    ["¥#,##0.00;¥\\-#,##0.00", 1],
    ['#,##0.00"元"', 1],
    ["[$€-407] #,##0.00", 3],
    ["£#,##0", 4],
    ["#,##0.00", 0],
    ["[$-804]#,##0.00", 0],
    ["[Red]#,##0", 0],
    ["0.00E+00", 0],
    ["General", 0],
    ["@", 0],
  ])("%s → %d", (format, code) => {
    expect(currencyOfFormat(format)).toBe(code);
  });

  const SYMBOLS: [string, number][] = [
    ["$", 2],
    ["¥", 1],
    ["€", 3],
    ["£", 4],
  ];
  const figure = fc.constantFrom(
    "0",
    "0.00",
    "#,##0",
    "#,##0.00",
    "#,##0.0_);(#,##0.0)",
    "0.00E+00",
  );
  const colour = fc.constantFrom("", "[Red]", "[Blue]", "[>=100]", "[$-409]", "[$-804]");

  test("property: a symbol quoted, escaped, bare or in a [$…] tag is the format's currency, before or after the figure", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SYMBOLS),
        fc.constantFrom('"S"', "\\S", "S", "[$S-409]", '"S "'),
        figure,
        colour,
        fc.boolean(),
        ([symbol, code], wrap, fig, pre, after) => {
          const sign = wrap.replace("S", symbol);
          const format = pre + (after ? fig + sign : sign + fig);
          expect(currencyOfFormat(format)).toBe(code);
        },
      ),
    );
  });

  test("property: figures, colours, conditions and locale tags alone show no currency", () => {
    fc.assert(
      fc.property(colour, figure, fc.constantFrom("", ";", ";[Red]-"), (pre, fig, neg) => {
        expect(currencyOfFormat(pre + fig + (neg ? neg + fig : ""))).toBe(0);
      }),
    );
  });
});
