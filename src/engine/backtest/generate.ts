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
 * - "periodic": buyers on their own rhythm, the case the Poisson-like stories cannot weigh
 *   (tester54 T2, tester55 U1: regular restaurants and salons at 中/高 while on rhythm). Each
 *   customer is drawn a story (PERIODIC_MIX): a regular every 14/21/30/45/60/91 days ± 15 %; a
 *   regular who stops at a day drawn over their history; a seasonal buyer (two windows a year); a
 *   regular whose order size shrinks to about a third over a year, then stops; or a "leaving"
 *   customer as above. `story` and `stopDay` record the truth.
 *
 * @example const { sheets } = generatePopulation({ kind: "steady", customers: 500, seed: 1 });
 */
export interface GenerateOptions {
  kind: "steady" | "leaving" | "periodic";
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
  /** "periodic": each customer's story (PERIODIC_STORIES index); empty for the other kinds. */
  story: Uint8Array;
  /** "periodic": the day a stopping customer stopped (epoch day; NaN when it did not). */
  stopDay: Float64Array;
}

/** The stories of a "periodic" population, in the order `story` numbers them. */
export const PERIODIC_STORIES = ["regular", "stops", "seasonal", "shrinks", "leaving"] as const;

/** Shares of the stories (PERIODIC_STORIES order): mostly regulars, a third Poisson-like. */
const PERIODIC_MIX = [0.4, 0.15, 0.08, 0.07, 0.3];

/** The rhythms a periodic regular is drawn from (days). */
const RHYTHMS = [14, 21, 30, 45, 60, 91];

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
  const story = new Uint8Array(o.kind === "periodic" ? o.customers : 0);
  const stopDay = new Float64Array(o.kind === "periodic" ? o.customers : 0).fill(NaN);
  for (let c = 0; c < o.customers; c++) {
    const id = `C${String(c + 1).padStart(6, "0")}`;
    customers.push([id, `Customer ${c + 1}`]);
    if (o.kind === "periodic") {
      const u = rnd();
      let k = 0;
      for (let acc = PERIODIC_MIX[0]; u >= acc && k + 1 < PERIODIC_MIX.length;)
        acc += PERIODIC_MIX[++k];
      story[c] = k;
      if (PERIODIC_STORIES[k] !== "leaving") {
        const p = periodicCustomer(PERIODIC_STORIES[k], rnd, start, span, end);
        for (const [day, amount] of p.purchases) transactions.push([id, isoDate(day), amount]);
        meanGapDays[c] = p.gap;
        alive[c] = p.stop > end ? 1 : 0;
        stopDay[c] = p.stop > end ? NaN : p.stop;
        continue;
      }
    }
    const gap = gMin * Math.pow(gMax / gMin, rnd());
    meanGapDays[c] = gap;
    const leave = lMin + (lMax - lMin) * rnd();
    const basket = 50 * Math.exp(rnd() * 2);
    let day = start + Math.floor(rnd() * span * (2 / 3));
    let living = true;
    while (day <= end) {
      transactions.push([id, isoDate(day), Math.round(basket * (0.7 + 0.6 * rnd()) * 100) / 100]);
      if (o.kind !== "steady" && rnd() < leave && day <= end - (o.noLeavingLastDays ?? 0)) {
        living = false;
        break;
      }
      // Exponential gap, at least a day (one purchase day per day).
      day += Math.max(1, Math.round(-gap * Math.log(1 - rnd())));
    }
    alive[c] = living ? 1 : 0;
  }
  return {
    sheets: { Customers: customers, Transactions: transactions },
    meanGapDays,
    alive,
    end,
    story,
    stopDay,
  };
}

/**
 * One periodic customer's purchases (day, amount) and the day it stops buying (past `end`: never).
 * Regulars start in the first two thirds of the history; a stopping one stops at a day drawn
 * uniformly between a rhythm after its first purchase and half a year past the end (so some
 * stop within the history, some after it); a shrinking one's order falls linearly to a
 * third over the year before it stops; a seasonal one buys once in each of two windows a year
 * (about half a year apart, ± 7 days), a large order.
 */
function periodicCustomer(
  kind: (typeof PERIODIC_STORIES)[number],
  rnd: () => number,
  start: number,
  span: number,
  end: number,
): { purchases: [number, number][]; gap: number; stop: number } {
  const purchases: [number, number][] = [];
  const basket = 50 * Math.exp(rnd() * 2);
  const amount = (scale: number) => Math.round(basket * scale * (0.8 + 0.4 * rnd()) * 100) / 100;
  if (kind === "seasonal") {
    const first = start + Math.floor(rnd() * 365);
    const second = 150 + Math.floor(rnd() * 60);
    for (let y = first; y <= end; y += 365)
      for (const centre of [y, y + second]) {
        const day = centre + Math.round(14 * rnd() - 7);
        if (day >= start && day <= end) purchases.push([day, amount(10)]);
      }
    return { purchases, gap: 182, stop: Infinity };
  }
  const gap = RHYTHMS[Math.floor(rnd() * RHYTHMS.length)];
  let day = start + Math.floor(rnd() * span * (2 / 3));
  const stop =
    kind === "regular" ? Infinity : day + gap + Math.floor(rnd() * (end + 180 - day - gap));
  while (day <= end && day < stop) {
    // A shrinking order: a third of its size at the stop, falling over the year before it.
    const shrink =
      kind === "shrinks" ? Math.min(1, Math.max(1 / 3, 1 - (2 / 3) * (1 - (stop - day) / 365))) : 1;
    purchases.push([day, amount(shrink)]);
    day += Math.max(1, Math.round(gap * (1 + 0.3 * (rnd() - 0.5))));
  }
  return { purchases, gap, stop };
}
