import fc from "fast-check";
import { fill } from "../../../src/engine/words/format";
import type { Lang } from "../../../src/engine/schema";

/**
 * fill() cuts a template into parts once and then concatenates (words/format.ts); this is the
 * regex-per-call version it replaced, kept here as the reference it must agree with.
 */
function fillByRegex(template: string, params: Record<string, string | number>, lang: Lang) {
  return template.replace(/\{(\w+)((?:\|[^|{}]*)*)\}/g, (whole, key: string, forms: string) => {
    if (!(key in params)) return whole;
    const value = params[key];
    if (!forms) return String(value);
    const [one, other = one] = forms.slice(1).split("|");
    const n = Number(value);
    const form = new Intl.PluralRules(lang).select(n) === "one" ? one : other;
    return form.replace(/#/g, new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n));
  });
}

describe("fill", () => {
  test("fills placeholders and plurals, leaves unknown ones, never refills a value", () => {
    expect(fill("no placeholders")).toBe("no placeholders");
    expect(fill("")).toBe("");
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(fill("{n} {n|day|days}", { n: 1 }, "en-US")).toBe("1 day");
    expect(fill("{n} {n|day|days}", { n: 2 }, "en-US")).toBe("2 days");
    expect(fill("{n|# row|# rows}", { n: 1234 }, "en-US")).toBe("1,234 rows");
    expect(fill("bought: {p}", { p: "{q} $1 #" }, "en-US")).toBe("bought: {q} $1 #");
    // The same template again (from the cache) gives the same text.
    expect(fill("{n} {n|day|days}", { n: 2 }, "en-US")).toBe("2 days");
    expect(fill("{n|one}", { n: 5 }, "en-US")).toBe("one");
    expect(fill("{n|}", { n: 5 }, "en-US")).toBe("");
  });

  test("agrees with the regex-per-call filler on random templates", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "{a}",
        "{b}",
        "{n}",
        "{n|# day|# days}",
        "{n|one}",
        "{x}",
        "{",
        "}",
        "|",
        "#",
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.record({ a: fc.string({ maxLength: 4 }), n: fc.integer({ min: -5, max: 5000 }) }),
        fc.constantFrom<Lang>("en-US", "zh-CN"),
        (pieces, params, lang) => {
          const t = pieces.join("");
          expect(fill(t, params, lang)).toBe(fillByRegex(t, params, lang));
        },
      ),
      { numRuns: 300 },
    );
  });
});
