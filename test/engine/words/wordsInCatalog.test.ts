import {
  declarativeProblems,
  declarativeProblemsIn,
  PATTERNS,
  RECOGNITION_VOCABULARY,
  wordsInPlace,
} from "./wordsInPlace";

/**
 * Words live in one place (issue 13 item 2): src/engine/words. This scan of src/ fails when a file
 * outside it gains a text in both languages written in place: a `"zh-CN": "…"` literal (a
 * Record<Lang, string>), a `zh ? … : …` / `lang === "zh-CN" ? … : …` conditional, or a Chinese
 * and an English string side by side as arguments (`t("…", "…")`, `new InputError("…", "…")`).
 *
 * Files that still hold some (owned by other helpers, to move in their own sections) are listed
 * with their count at the time this test was written: the count may fall, never rise, and a file
 * not listed may have none. When you move a file's words into the catalog, lower its number here.
 */
const STILL_IN_PLACE: Record<string, number> = {
  // Empty since stop 20: the follow-up files' 116 moved to words/followUpWords.ts. Keep it empty.
};

/**
 * Matches of the scan that are not words written in place, or words that belong where they are,
 * each with its exact count and why. A change to such a file that adds a match fails (the count is
 * exact), so a real word cannot hide behind an exemption.
 */
const EXEMPT: Record<string, { count: number; why: string }> = {
  "engine/errors.ts": {
    count: 1,
    why: "InputError.in(lang): the one place that picks which of an error's two texts to show",
  },
  "engine/ingest/sheet.ts": {
    count: 1,
    why: "picks the Chinese or English half of acceptedNames() by language; the words are in the catalog",
  },
  "cli/sample.ts": {
    count: 2,
    why: "--lang's default language tag, and the file name sample-zh / sample-en (not texts)",
  },
  "taskpane/components/LanguageField.tsx": {
    count: 1,
    why: "maps a language tag to its catalog key (languageZh / languageEn); the names are in the catalog",
  },
  "taskpane/startup.ts": {
    count: 3,
    why: "shown when office.js or Office.onReady fails, before the pane knows its language: both languages at once, in the smallest code that can run",
  },
  "taskpane/requirements.ts": {
    count: 1,
    why: "shown when Excel lacks the API set, before the pane knows its language: both languages at once",
  },
  "sample/words.ts": {
    count: 37,
    why: "the generated sample data's own values (province and city names in each language), not messages",
  },
};

describe("words live in the catalog (src/engine/words)", () => {
  test("no file outside it gains a text in both languages written in place", () => {
    const found = wordsInPlace();
    const grown = Object.entries(found)
      .filter(([file]) => !(file in EXEMPT))
      .filter(([file, n]) => n > (STILL_IN_PLACE[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} (allowed ${STILL_IN_PLACE[file] ?? 0})`);
    expect(grown).toEqual([]);
  });

  test("each exemption says why and matches its file's count exactly", () => {
    const found = wordsInPlace();
    for (const [file, { count, why }] of Object.entries(EXEMPT)) {
      expect([file, found[file] ?? 0]).toEqual([file, count]);
      expect(why.length).toBeGreaterThan(20);
      expect(file in STILL_IN_PLACE).toBe(false);
    }
  });

  test("the scan finds each kind it looks for", () => {
    const sample = [
      'const a = { "zh-CN": "高", "en-US": "High" };',
      'const b = zh ? "高" : "High";',
      'const c = lang === "zh-CN" ? "高" : "High";',
      'throw new InputError("no sheet", "没有表");',
      'say("高风险", "High risk");',
    ];
    for (const line of sample)
      expect([line, PATTERNS.some((p) => new RegExp(p.re.source).test(line))]).toEqual([
        line,
        true,
      ]);
    for (const fine of ['say(lang, "cli", "error")', "const x = zh?.length;", '["高", 3]'])
      expect([fine, PATTERNS.some((p) => new RegExp(p.re.source).test(fine))]).toEqual([
        fine,
        false,
      ]);
  });

  test("recognition vocabulary (header, option, flag and totals words) holds lists only", () => {
    for (const file of RECOGNITION_VOCABULARY)
      expect([file, declarativeProblems(file)]).toEqual([file, []]);
  });

  test("the vocabulary check refuses what could show a text", () => {
    expect(declarativeProblemsIn('export const A = { x: ["高", "High"] } as const;')).toEqual([]);
    expect(declarativeProblemsIn('const w = { "zh-CN": "高", "en-US": "High" };')).toEqual([
      "a text keyed by language",
    ]);
    expect(declarativeProblemsIn('const f = (zh: boolean) => (zh ? "高" : "High");')).toEqual([
      "a function",
      "a conditional",
    ]);
    expect(declarativeProblemsIn('import { say } from "./words/catalog";')).toEqual(["an import"]);
  });
});
