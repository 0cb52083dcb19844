import { QUALITY_CODES } from "../../../src/engine/quality";
import { OUTPUT_TAB_KEYS, tabName } from "../../../src/engine/report/outputTabs";
import { CATALOGS, say } from "../../../src/engine/words/catalog";
import { fill, FULL_WIDTH, formatNumber } from "../../../src/engine/words/format";
import { STRINGS } from "../../../src/taskpane/i18n";

/** `{name}` and `{name|…}` placeholders of a text, sorted. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

/** Every (section.code, en, zh) text of the catalog and the pane's table. */
function allTexts(): { code: string; en: string; zh: string }[] {
  const out: { code: string; en: string; zh: string }[] = [];
  const en = CATALOGS["en-US"] as unknown as Record<string, Record<string, string>>;
  const zh = CATALOGS["zh-CN"] as unknown as Record<string, Record<string, string>>;
  for (const section of new Set([...Object.keys(en), ...Object.keys(zh)]))
    for (const code of new Set([
      ...Object.keys(en[section] ?? {}),
      ...Object.keys(zh[section] ?? {}),
    ]))
      out.push({ code: `${section}.${code}`, en: en[section]?.[code], zh: zh[section]?.[code] });
  const paneEn = STRINGS["en-US"] as unknown as Record<string, unknown>;
  const paneZh = STRINGS["zh-CN"] as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(paneEn), ...Object.keys(paneZh)])) {
    const e = paneEn[key];
    const z = paneZh[key];
    if (typeof e === "string" || typeof z === "string")
      out.push({ code: `pane.${key}`, en: e as string, zh: z as string });
    else
      for (const k of new Set([...Object.keys(e ?? {}), ...Object.keys(z ?? {})]))
        out.push({
          code: `pane.${key}.${k}`,
          en: (e as Record<string, string>)?.[k],
          zh: (z as Record<string, string>)?.[k],
        });
  }
  for (const tab of OUTPUT_TAB_KEYS)
    out.push({ code: `tabs.${tab}`, en: tabName(tab, "en-US"), zh: tabName(tab, "zh-CN") });
  return out;
}

describe("the catalog of words", () => {
  const texts = allTexts();

  test("every code has a text in both languages, with the same placeholders", () => {
    const missing = texts.filter((t) => !t.en || !t.zh).map((t) => t.code);
    expect(missing).toEqual([]);
    const mismatched = texts
      .filter((t) => !t.code.startsWith("quality."))
      .filter((t) => JSON.stringify(placeholders(t.en)) !== JSON.stringify(placeholders(t.zh)))
      .map((t) => t.code);
    expect(mismatched).toEqual([]);
  });

  test("English texts contain no full-width or CJK punctuation", () => {
    const wrong = texts.filter((t) => FULL_WIDTH.test(t.en)).map((t) => `${t.code}: ${t.en}`);
    expect(wrong).toEqual([]);
  });

  // tester61 U125: the en-US owner hint said `rename it “负责人” (or “Owner”)`. An English text
  // offering a Chinese name and an English one names the English one first.
  test("English texts offer the English name first: “Owner” (or “负责人”), not the other way", () => {
    const chineseFirst = /“[^”]*\p{Script=Han}[^”]*” \(or “[^”\p{Script=Han}]+”\)/u;
    const wrong = texts.filter((t) => chineseFirst.test(t.en)).map((t) => `${t.code}: ${t.en}`);
    expect(wrong).toEqual([]);
  });

  test("every data-quality code has its message", () => {
    for (const code of Object.keys(QUALITY_CODES))
      expect(CATALOGS["en-US"].quality).toHaveProperty(code);
  });

  test("plurals and numbers follow the language through Intl", () => {
    // Those needing a look apart from the notes (tester61 U124: "395 项问题" for 1 error and 394
    // unread columns); findings and the tab's rows in words not taken for each other (reviewer12 D8).
    const line = { problems: 27, rows: 1, tab: "Data quality" };
    const notes = (lang: "zh-CN" | "en-US") => say(lang, "cli", "qualityNotes", { count: 394 });
    expect(say("en-US", "cli", "qualityLine", { ...line, notes: notes("en-US") })).toBe(
      "Data quality: 27 findings need a look, and 394 notes, on 1 row of the Data quality tab",
    );
    expect(say("en-US", "cli", "qualityLine", { ...line, problems: 1, notes: "" })).toBe(
      "Data quality: 1 finding needs a look, on 1 row of the Data quality tab",
    );
    expect(
      say("zh-CN", "cli", "qualityLine", { ...line, tab: "数据质量", notes: notes("zh-CN") }),
    ).toBe("数据质量：27 项需要核对，另有 394 项提示（“数据质量”表 1 行）");
    expect(say("en-US", "progress", "rows", { rows: 1 })).toBe(": 1 row");
    expect(fill("{n|# row|# rows}", { n: 12345 }, "en-US")).toBe("12,345 rows");
    expect(formatNumber(12345.678, "zh-CN", 1)).toBe("12,345.7");
    expect(say("zh-CN", "progress", "rows", { rows: 3 })).toBe("：3 行");
  });
});
