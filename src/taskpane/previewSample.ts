import type { Cell } from "../engine/cells";
import type { Lang } from "../engine/schema";
import { sampleSource, type SampleOptions } from "../sample/source";
import { SimWorkbook } from "../workbook/simulator";

/**
 * The sample the preview page loads: the same data as the bundled workbooks (src/cli/sample.ts
 * BUNDLES: assets/sample-zh.xlsx is seed 1, 3,000 customers; sample-en.xlsx seed 2, 2,000), built
 * in the browser from the sample generator's pure part (src/sample/source.ts; src/cli/sample.ts itself
 * imports Node modules, so its BUNDLES list is repeated here).
 */
export const PREVIEW_SAMPLES: Record<Lang, SampleOptions> = {
  "zh-CN": { lang: "zh-CN", seed: 1, customers: 3000, transactions: 30000, problems: true },
  "en-US": { lang: "en-US", seed: 2, customers: 2000, transactions: 20000, problems: true },
};

export interface PreviewSample {
  workbook: SimWorkbook;
  /** The sample's "today" (epoch day): the preview analyses as of this date. */
  asOf: number;
  customers: number;
  /** The input sheets' names, in workbook order. */
  inputSheets: string[];
}

/**
 * Generates the sample's five input sheets and loads them into a simulated workbook, dates as
 * serial numbers with a date format (as Excel holds them).
 *
 * @example const { workbook, asOf } = await previewSample("zh-CN");
 */
export async function previewSample(
  lang: Lang,
  options: Partial<SampleOptions> = {},
): Promise<PreviewSample> {
  const sample = sampleSource({ ...PREVIEW_SAMPLES[lang], ...options });
  const sheets: Record<string, Cell[][]> = {};
  const names = await sample.source.sheetNames();
  for (const name of names) {
    const rows: Cell[][] = [];
    await sample.source.readSheet(name, (block) => {
      for (const row of block) rows.push(row);
    });
    sheets[name] = rows;
  }
  return {
    workbook: SimWorkbook.fromSheets(sheets),
    asOf: sample.asOf,
    customers: sample.plan.count,
    inputSheets: names,
  };
}
