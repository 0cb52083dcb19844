import fc from "fast-check";
import { decodeXml, escapeContent, escapeXml } from "../../../src/workbook/file/xmlText";

/**
 * Text written as XML character data reads back as it was, whatever `_x…_` it holds: a literal
 * `_xHHHH_` is protected as `_x005F_xHHHH_` (ECMA-376 Part 1 22.9.2.19 ST_Xstring), and only there
 * (MS-OI29500 2.1.1747: Excel takes `_x005F_` only before `_xHHHH_`), so `_xC_` stays as it is.
 */
describe("xmlText escaping", () => {
  const piece = fc.constantFrom(
    "_",
    "x",
    "X",
    "_x",
    "C",
    "0",
    "00",
    "5F",
    "f",
    "a",
    "<",
    "&",
    '"',
    "\u000c",
    "\r",
    "中",
    "_x005F_",
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

  test("escape then decode gives the text back", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeXml(escapeXml(t))).toBe(t);
        expect(decodeXml(escapeContent(t))).toBe(t);
      }),
      { numRuns: 2000 },
    );
  });

  test("`_x005F_` only before `xHHHH_`: a shorter lookalike is written as it is", () => {
    expect(escapeContent("w_xC_3")).toBe("w_xC_3");
    expect(escapeContent("a_x000C_b")).toBe("a_x005F_x000C_b");
    expect(decodeXml("a_x005F_x000C_b")).toBe("a_x000C_b");
    // A closing `_` that opens the next, and a literal before an escaped character.
    expect(decodeXml(escapeContent("_x0041_x0042_"))).toBe("_x0041_x0042_");
    expect(decodeXml(escapeContent("SKU_x0041\u000c"))).toBe("SKU_x0041\u000c");
    fc.assert(
      fc.property(text, (t) => {
        for (const m of escapeContent(t).matchAll(/_x005F_/g))
          expect(escapeContent(t).slice(m.index + 7)).toMatch(/^x[0-9A-Fa-f]{4}_/);
      }),
      { numRuns: 2000 },
    );
  });
});
