/**
 * The data sets the developers' checks score (alive-check.ts, churn-judgment-check.ts,
 * cdnow-model-check.ts), read in one place: the CDNOW master file and the command line's list of
 * data sets. Not test fixtures: the CDNOW file lives in ../shared, beside the repository, not in it.
 *
 * @example await analyzeWorkbook(cdnowSource(), { rules, asOf })
 */
import { readFileSync } from "fs";
import { generatePopulation, PERIODIC_STORIES } from "../src/engine/backtest/generate";
import type { Grid } from "../src/engine/cells";
import { memorySource } from "../src/engine/ingest/memorySource";
import type { GridSource } from "../src/engine/ingest/workbook";
import { parseIsoDate } from "../src/engine/parse/date";
import { BUNDLES } from "../src/cli/sample";
import { STORY } from "../src/sample/plan";
import { sampleSource } from "../src/sample/source";
import { openXlsx } from "../src/workbook/file";

/** Where the CDNOW master file is when neither an argument nor $CDNOW says. */
const CDNOW_FILE = "../shared/data/cdnow/lifetimes_CDNOW_master.txt";

/** One line of the CDNOW master file: customer id, ISO date, amount in dollars. */
export type CdnowRow = [id: number, date: string, amount: number];

/**
 * The CDNOW master file's purchases, in file order: `file`, else $CDNOW, else ../shared's copy.
 *
 * @example cdnowRows()[0] // [1, "1997-01-01", 11.77]
 */
export function cdnowRows(file = process.env.CDNOW ?? CDNOW_FILE): CdnowRow[] {
  const rows: CdnowRow[] = [];
  for (const line of readFileSync(file, "utf8").trim().split(/\r?\n/).slice(1)) {
    const [id, date, , dollars] = line.trim().split(/\s+/);
    rows.push([
      Number(id),
      `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
      Number(dollars),
    ]);
  }
  return rows;
}

/** The Customers sheet of CDNOW rows: its header and each customer id once, ascending. */
export function cdnowCustomers(rows: readonly CdnowRow[]): Grid {
  const ids = [...new Set(rows.map(([id]) => id))].sort((a, b) => a - b);
  return [["Customer ID"], ...ids.map((id) => [id])];
}

/** CDNOW as a workbook of Customers and Transactions (`file` as for cdnowRows). */
export function cdnowSource(file?: string): GridSource {
  const rows = cdnowRows(file);
  const transactions: Grid = [["Customer ID", "Date", "Amount"], ...rows];
  return memorySource({ Customers: cdnowCustomers(rows), Transactions: transactions });
}

/** A data set a check scores, as of a date; generated data knows who is still a customer. */
export interface DataSet {
  /** zh, en, cdnow or generated, as the command line names it. */
  kind: "zh" | "en" | "cdnow" | "generated" | "periodic";
  /** "zh sample", "CDNOW", "generated (leaving, 5,000, seed 7)". */
  name: string;
  open: () => GridSource | Promise<GridSource>;
  asOf: number;
  /** 1 when the customer is still one at the end of the generated history (its truth), else 0. */
  truth?: (id: string) => number;
  /**
   * The bundled samples: 1 when the sample's generator wrote the customer as "won back" (silent for
   * 8–14 months from a day anywhere in the history, then buying again, maybe after the data's end:
   * src/sample/plan.ts), else 0.
   */
  wonBack?: (id: string) => number;
  /** Generated "periodic" data: the customer's story (backtest/generate.ts PERIODIC_STORIES). */
  story?: (id: string) => string;
}

/**
 * The data sets named on a check's command line (`zh`, `en`, `cdnow`, `generated`, each with an
 * optional `@date`; all four when none), as of the date given or each one's default: 2025-09-30
 * for the bundled samples, 1997-09-30 for CDNOW, the generated history's end less `horizonDays`.
 *
 * @example for (const d of dataSets(["zh@2025-06-30"], 90)) await measure(d.name, d.open, d.asOf)
 */
export function* dataSets(args: readonly string[], horizonDays: number): Generator<DataSet> {
  for (const arg of args.length > 0 ? args : ["zh", "en", "cdnow", "generated"]) {
    const [kind, date] = arg.split("@");
    const on = (fallback: number) => (date ? parseIsoDate(date) : fallback);
    if (kind === "zh" || kind === "en") {
      const plan = sampleSource(BUNDLES[kind === "zh" ? 0 : 1].options).plan;
      yield {
        kind,
        name: `${kind} sample`,
        open: () => openXlsx(`assets/sample-${kind}.xlsx`),
        asOf: on(parseIsoDate("2025-09-30")),
        // Ids are 1000001 + the plan's index (SamplePlan.id).
        wonBack: (id) => (plan.story[Number(id) - 1_000_001] === STORY.wonBack ? 1 : 0),
      };
    } else if (kind === "cdnow")
      yield {
        kind,
        name: "CDNOW",
        open: () => cdnowSource(),
        asOf: on(parseIsoDate("1997-09-30")),
      };
    else if (kind === "generated") {
      const pop = generatePopulation({ kind: "leaving", customers: 5000, seed: 7 });
      const index = new Map(pop.sheets.Customers.slice(1).map((r, i) => [String(r[0]), i]));
      yield {
        kind,
        name: "generated (leaving, 5,000, seed 7)",
        open: () => memorySource(pop.sheets),
        asOf: on(pop.end - horizonDays),
        truth: (id) => pop.alive[index.get(id)!],
      };
    } else if (kind === "periodic") {
      // Buyers on their own rhythm mixed with "leaving" ones (backtest/generate.ts "periodic").
      const pop = generatePopulation({ kind: "periodic", customers: 5000, seed: 7 });
      const index = new Map(pop.sheets.Customers.slice(1).map((r, i) => [String(r[0]), i]));
      yield {
        kind,
        name: "periodic (5,000, seed 7)",
        open: () => memorySource(pop.sheets),
        asOf: on(pop.end - horizonDays),
        truth: (id) => pop.alive[index.get(id)!],
        story: (id) => PERIODIC_STORIES[pop.story[index.get(id)!]],
      };
    }
  }
}
