import { PATTERNS, wordsInPlace } from "./wordsInPlace";

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
  // engine/errors.ts: InputError.in(lang), the one place that picks an error's language.
  // taskpane/startup.ts, requirements.ts: shown before the pane knows its language, in both at once.
  "cli/analyzeCommand.ts": 3,
  "cli/sample.ts": 5,
  "engine/backtest/validation.ts": 7,
  "engine/changes/newData.ts": 2,
  "engine/churn/learn.ts": 1,
  "engine/churn/reasons.ts": 17,
  "engine/errors.ts": 1,
  "engine/followUp/labels.ts": 40,
  "engine/followUp/summary.ts": 5,
  "engine/followUp/talkingPoints.ts": 12,
  "engine/followUp/warnings.ts": 4,
  "engine/ingest/builders.ts": 3,
  "engine/ingest/sheet.ts": 1,
  "engine/ingest/workbook.ts": 2,
  "engine/optionWords.ts": 20,
  "engine/report/followUpTab.ts": 49,
  "engine/report/limits.ts": 4,
  "engine/report/outputTabs.ts": 21,
  "engine/report/runLogTab.ts": 25,
  "engine/report/scheduleOverview.ts": 15,
  "engine/report/segmentsTab.ts": 23,
  "engine/report/tabs.ts": 6,
  "engine/rules/index.ts": 1,
  "engine/rules/limits.ts": 1,
  "engine/rules/migrate.ts": 4,
  "engine/rules/model.ts": 9,
  "engine/rules/service.ts": 39,
  "engine/rules/validate.ts": 31,
  "engine/schema.ts": 91,
  "sample/words.ts": 37,
  "taskpane/components/LanguageField.tsx": 1,
  "taskpane/requirements.ts": 1,
  "taskpane/startup.ts": 3,
  "workbook/file/csvSource.ts": 1,
  "workbook/file/fileErrors.ts": 10,
  "workbook/file/paths.ts": 6,
  "workbook/file/reportSheet.ts": 1,
  "workbook/file/xlsxSource.ts": 1,
  "workbook/file/xlsxWriter.ts": 3,
  "workbook/office/precheck.ts": 3,
  "workbook/office/reader.ts": 1,
};

describe("words live in the catalog (src/engine/words)", () => {
  test("no file outside it gains a text in both languages written in place", () => {
    const found = wordsInPlace();
    const grown = Object.entries(found)
      .filter(([file, n]) => n > (STILL_IN_PLACE[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} (allowed ${STILL_IN_PLACE[file] ?? 0})`);
    expect(grown).toEqual([]);
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
});
