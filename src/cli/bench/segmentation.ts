import { seededRandom } from "../../engine/backtest/generate";
import { summariseCustomers } from "../../engine/aggregate/customerSummary";
import { classifyCustomers } from "../../engine/classify";
import type { Dataset } from "../../engine/model";
import { epochDay } from "../../engine/parse/date";
import { segmentsTable } from "../../engine/report/segmentsTab";
import { defaultRules } from "../../engine/rules";

/**
 * Segmentation benchmark at the design point: 1,000,000 customers and 10,000,000 transactions,
 * built directly in typed arrays (seeded, so every run measures the same data).
 */

/**
 * A synthetic dataset: customers buy at skewed rates (a few buy often), over three years before
 * the analysis date, about 3% of rows are returns; some customers never buy.
 *
 * @example syntheticDataset(1000, 10000, 1).transactions.count // 10000
 */
export function syntheticDataset(
  customerCount: number,
  transactionCount: number,
  seed: number,
): Dataset {
  const rnd = seededRandom(seed);
  const asOf = epochDay(2025, 6, 30);
  const empty = new Array<string>(customerCount).fill("");
  const id = Array.from({ length: customerCount }, (_, i) => `C${i}`);
  const type = new Int8Array(customerCount);
  for (let i = 0; i < customerCount; i++) type[i] = Math.floor(rnd() * 3);
  const customer = new Int32Array(transactionCount);
  const day = new Float64Array(transactionCount);
  const amount = new Float64Array(transactionCount);
  for (let i = 0; i < transactionCount; i++) {
    const u = rnd();
    customer[i] = Math.floor(u * u * customerCount * 1.02) % customerCount;
    day[i] = asOf - Math.floor(rnd() * rnd() * 1095);
    const a = Math.round(Math.exp(3 + rnd() * 5) * 100) / 100;
    amount[i] = rnd() < 0.03 ? -a : a;
  }
  return {
    asOf,
    customers: {
      count: customerCount,
      id,
      key: id,
      name: id,
      type,
      owner: empty,
      phone: empty,
      email: empty,
      region: empty,
      industry: empty,
      created: new Float64Array(customerCount).fill(NaN),
      birthday: new Float64Array(customerCount).fill(NaN),
      creditRating: empty,
      marketingConsent: new Int8Array(customerCount).fill(-1),
      sourceRow: new Int32Array(customerCount),
    },
    transactions: {
      count: transactionCount,
      customer,
      day,
      amount,
      order: new Int32Array(transactionCount),
      hasOrderIds: false,
      product: new Int32Array(transactionCount).fill(-1),
      products: [],
      quantity: new Float64Array(transactionCount).fill(NaN),
      sourceRow: new Int32Array(transactionCount),
    },
    surveys: null,
    complaints: null,
    contacts: null,
    sources: {},
    counts: {},
  };
}

/**
 * Runs the segmentation steps on the synthetic dataset and reports each one.
 *
 * @example await benchSegmentation((row) => console.log(row.step, row.seconds));
 */
export async function benchSegmentation(
  report: (row: { step: string; rows: number; seconds: number }) => void,
  customerCount = 1_000_000,
  transactionCount = 10_000_000,
): Promise<void> {
  const time = <T>(step: string, rows: number, run: () => T): T => {
    const start = performance.now();
    const out = run();
    report({ step, rows, seconds: Math.round(performance.now() - start) / 1000 });
    return out;
  };
  const dataset = time("segmentation: build synthetic dataset", transactionCount, () =>
    syntheticDataset(customerCount, transactionCount, 20250630),
  );
  const summary = time("segmentation: summariseCustomers", transactionCount, () =>
    summariseCustomers(dataset),
  );
  const rules = defaultRules();
  const result = time("segmentation: classifyCustomers", customerCount, () =>
    classifyCustomers(dataset, summary, rules),
  );
  time("segmentation: segments tab rows (zh-CN)", customerCount, () => {
    const tab = segmentsTable(dataset, summary, result, "zh-CN");
    let cells = 0;
    for (let start = 0; start < tab.rowCount; start += 10_000)
      cells += tab.rows(start, start + 10_000).length;
    return cells;
  });
}
