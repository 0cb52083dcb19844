import { QUALITY_CODES } from "../../src/engine/quality";
import {
  format,
  formatCount,
  pickLang,
  PROBLEM_NAMES,
  STRINGS,
  translator,
} from "../../src/taskpane/i18n";

/** `{name}` and plural `{name|one|other}` placeholders of a text, sorted. */
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

describe("task pane strings", () => {
  const zh = STRINGS["zh-CN"];
  const en = STRINGS["en-US"];

  test("both languages have the same keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en])
      for (const [key, text] of Object.entries(table))
        expect([key, text.trim()]).not.toEqual([key, ""]);
  });

  test("both languages use the same placeholders in each string", () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
    }
  });

  test("the Chinese strings are Chinese and the English ones are not", () => {
    const han = /[\u4e00-\u9fff]/;
    const chinese = Object.values(zh).filter((s) => han.test(s)).length;
    expect(chinese / Object.values(zh).length).toBeGreaterThan(0.9);
    // A language's own name is the one exception: the language menu says 中文 in English too.
    const english = Object.entries(en).filter(([key]) => key !== "languageZh");
    expect(english.filter(([, s]) => han.test(s))).toEqual([]);
  });

  test("every data-quality code has a short name in both languages", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      expect(Object.keys(PROBLEM_NAMES[lang]).sort()).toEqual(Object.keys(QUALITY_CODES).sort());
      for (const name of Object.values(PROBLEM_NAMES[lang])) expect(name.trim()).not.toBe("");
    }
  });
});

describe("pickLang", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    ["", "en-US"],
    [undefined, "en-US"],
    ["zhx", "en-US"],
  ])("%s → %s", (tag, lang) => expect(pickLang(tag)).toBe(lang));
});

describe("format", () => {
  test("fills known placeholders and keeps unknown ones", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
  test("translator fills the language's template", () => {
    expect(translator("en-US")("rowsDone", { rows: 7 })).toBe("Rows done: 7");
    // Plurals by Intl.PluralRules: never "1 findings".
    expect(translator("en-US")("qualityNote", { count: 1, rows: 1, tab: "Data quality" })).toBe(
      "Data quality: 1 finding on 1 row of “Data quality”.",
    );
    expect(translator("zh-CN")("qualityNote", { count: 27, rows: 1, tab: "数据质量" })).toBe(
      "数据质量：27 项问题，列在“数据质量”的 1 行。",
    );
    expect(translator("en-US")("rowsOf", { done: "830", total: "1,200" })).toBe(
      "830 of 1,200 rows",
    );
    expect(translator("zh-CN")("rowsDone", { rows: 7 })).toBe("已处理 7 行");
  });
  test("formatCount groups thousands", () => {
    expect(formatCount(1234567, "en-US")).toBe("1,234,567");
    expect(formatCount(1234567, "zh-CN")).toBe("1,234,567");
  });
});
