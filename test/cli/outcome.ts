import type { AnalyzeOutcome } from "../../src/cli/analyzeCommand";
import type { Analysis } from "../../src/engine/analyze";
import type { Lang } from "../../src/engine/schema";

/**
 * The outcome of an analyze run that wrote nothing, around an analysis made in memory: what the
 * console summary reads (summaryText).
 *
 * @example summaryText(outcomeOf(a, "en-US"), "en-US")
 */
export function outcomeOf(analysis: Analysis, lang: Lang): AnalyzeOutcome {
  return {
    analysis,
    lang,
    analysisSeconds: 1,
    outPath: "out.xlsx",
    written: [],
    csvFiles: [],
    seconds: 1,
  };
}
