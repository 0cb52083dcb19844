import fc from "fast-check";
import { optionCode, optionCodeOf } from "../../../src/engine/ingest/options";
import { ENUMS, type EnumField } from "../../../src/engine/schema";

describe("optionCode", () => {
  test("remembering texts seen changes no answer (property, asked again and again)", () => {
    const fields = Object.keys(ENUMS) as EnumField[];
    const words = fields.flatMap((f) => Object.values(ENUMS[f]).flat() as string[]);
    const text = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => ` ${w}（大客户）`),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.array(text, { maxLength: 30 }), (field, texts) => {
        for (const t of [...texts, ...texts])
          expect(optionCode(field, t)).toBe(optionCodeOf(field, t));
      }),
      { numRuns: 300 },
    );
    expect(optionCode("type", "企业")).toBe("enterprise");
    expect(optionCode("type", 5)).toBeNull();
  });
});

// tester54 T12: 方式 = 到店 (the customer came to the shop) was refused on 24 rows.
test.each([
  ["到店", "visit"],
  ["来访", "visit"],
  ["walk-in", "visit"],
  ["品鉴会", "visit"],
  ["企业微信", "online"],
  ["视频", "online"],
  ["钉钉", "online"],
])("contact channel %p is %p", (value, code) => {
  expect(optionCodeOf("channel", value)).toBe(code);
});
