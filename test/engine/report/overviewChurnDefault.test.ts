import { analyzeWorkbook } from "../../../src/engine/analyze";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { say } from "../../../src/engine/words/catalog";
import { smallRepeatSource } from "../../fixtures/smallRepeat/smallRepeat";

// tester53 N16: with the default weights only the console and the JSON said the churn
// probabilities are not calibrated; the workbook showed "78.1% 中" with nothing beside it. The
// Overview says it under the risk levels' counts, in the run's language.

const asOf = epochDay(2025, 12, 31);

test("default weights: the Overview says the % rank but are not calibrated, under the risk levels", async () => {
  const a = await analyzeWorkbook(smallRepeatSource({ sortIds: true }), {
    rules: defaultRules(),
    asOf,
  });
  expect(a.churn.model.source).toBe("default");
  const overview = (an: typeof a, lang: "zh-CN" | "en-US") => {
    const tables = analysisTables(an, lang, { at: asOf, durationSeconds: 1, source: "cli" });
    const o = tables.find((t) => t.tab === "overview")!;
    return o.rows(0, o.rowCount).map((r) => r[0]);
  };
  for (const lang of ["zh-CN", "en-US"] as const) {
    const first = overview(a, lang);
    const block = first.indexOf(say(lang, "overviewTab", "byRisk"));
    const note = first.indexOf(a.churn.model.note![lang]);
    expect(block).toBeGreaterThan(0);
    // The title, the header, one row per level, then the note.
    expect(note).toBeGreaterThan(block + 2);
    expect(note).toBeLessThan(block + 10);
    expect(a.churn.model.note![lang]).toMatch(lang === "zh-CN" ? /未经校准/ : /not calibrated/);
  }
  // A learned model has no note, and the Overview none.
  const learned = { ...a, churn: { ...a.churn, model: { ...a.churn.model, note: null } } };
  expect(overview(learned, "en-US").some((c) => /default weights/.test(String(c)))).toBe(false);
}, 60_000);
