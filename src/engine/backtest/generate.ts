import type { Grid } from "../cells";
import { epochDay, isoDate } from "../parse/date";

/**
 * Customer populations with a known truth, for the backtest and the stage-stability checks
 * (issue 9). Seeded and deterministic (mulberry32), so a test can hold exact expectations.
 *
 * - "steady": every customer buys as a Poisson process at their own constant rate and never
 *   leaves. Nothing changes: a good lifecycle rule keeps them in their stage across refreshes and
 *   calls few of them "decline" or high risk.
 * - "leaving": the BG/NBD story: each customer buys at their own rate and after each purchase
 *   leaves for good with their own probability. `alive` records the truth at the end.
 *
 * @example const { sheets } = generatePopulation({ kind: "steady", customers: 500, seed: 1 });
 */
export interface GenerateOptions {
  kind: "steady" | "leaving";
  customers: number;
  seed: number;
  /** Last day of the history (ISO); default 2025-06-30. */
  end?: string;
  /** Years of history; first purchases fall in the first two thirds. Default 3. */
  years?: number;
  /** Mean days between purchases: each customer's own is drawn from [min, max] log-uniformly. */
  gapDays?: [number, number];
  /** "leaving": chance of leaving after each purchase, drawn per customer from [min, max]. */
  leaveAfterPurchase?: [number, number];
  /**
   * "leaving": nobody leaves in the last this many days of the history (default 0: the same chance
   * throughout). The sample data's churned customers all stop a year or more before its end
   * (src/sample/plan.ts): a drift no model learned on earlier dates can see (README, churn risk).
   */
  noLeavingLastDays?: number;
}

export interface GeneratedPopulation {
  /** Customers and Transactions sheets, as a workbook holds them (headers first). */
  sheets: Record<string, Grid>;
  /** Per customer: own mean gap in days, and whether still a customer at the end (the truth). */
  meanGapDays: Float64Array;
  alive: Uint8Array;
  end: number;
}

/** A small seeded PRNG (mulberry32): uniform in [0, 1). @example seededRandom(1)() // 0.627… */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePopulation(o: GenerateOptions): GeneratedPopulation {
  const rnd = seededRandom(o.seed);
  const endIso = o.end ?? "2025-06-30";
  const [y, m, d] = endIso.split("-").map(Number);
  const end = epochDay(y, m, d);
  const span = Math.round((o.years ?? 3) * 365);
  const start = end - span;
  const [gMin, gMax] = o.gapDays ?? [10, 90];
  const [lMin, lMax] = o.leaveAfterPurchase ?? [0.02, 0.3];
  const customers: Grid = [["Customer ID", "Name"]];
  const transactions: Grid = [["Customer ID", "Date", "Amount"]];
  const meanGapDays = new Float64Array(o.customers);
  const alive = new Uint8Array(o.customers);
  for (let c = 0; c < o.customers; c++) {
    const id = `C${String(c + 1).padStart(6, "0")}`;
    customers.push([id, `Customer ${c + 1}`]);
    const gap = gMin * Math.pow(gMax / gMin, rnd());
    meanGapDays[c] = gap;
    const leave = lMin + (lMax - lMin) * rnd();
    const basket = 50 * Math.exp(rnd() * 2);
    let day = start + Math.floor(rnd() * span * (2 / 3));
    let living = true;
    while (day <= end) {
      transactions.push([id, isoDate(day), Math.round(basket * (0.7 + 0.6 * rnd()) * 100) / 100]);
      if (o.kind === "leaving" && rnd() < leave && day <= end - (o.noLeavingLastDays ?? 0)) {
        living = false;
        break;
      }
      // Exponential gap, at least a day (one purchase day per day).
      day += Math.max(1, Math.round(-gap * Math.log(1 - rnd())));
    }
    alive[c] = living ? 1 : 0;
  }
  return { sheets: { Customers: customers, Transactions: transactions }, meanGapDays, alive, end };
}
