import type { Cell } from "../engine/cells";
import { calendarDate } from "./calendar";
import { SALT, SamplePlan } from "./plan";
import { Random } from "./random";
import { PRODUCT_PRICES, type SampleWords } from "./words";

/** Column keys of the Transactions sheet, in sheet order. */
export const TRANSACTION_KEYS = [
  "customerId",
  "date",
  "amount",
  "orderId",
  "product",
  "quantity",
] as const;

// How often a purchase is followed by a (partial) return in the same month.
const RETURN_SHARE = 0.03;
// Products people buy more often.
const PRODUCT_WEIGHTS = [8, 4, 5, 12, 4, 5, 7, 3, 5, 4, 10, 3];

/** One month of transactions, column-wise, grown as needed and reused month after month. */
class MonthBuffer {
  length = 0;
  customer = new Int32Array(1024);
  day = new Int32Array(1024);
  amount = new Float64Array(1024);
  quantity = new Int32Array(1024);
  product = new Uint8Array(1024);
  order = new Int32Array(1024);

  push(
    customer: number,
    day: number,
    amount: number,
    quantity: number,
    product: number,
    order: number,
  ): void {
    if (this.length === this.customer.length) this.grow();
    const k = this.length++;
    this.customer[k] = customer;
    this.day[k] = day;
    this.amount[k] = amount;
    this.quantity[k] = quantity;
    this.product[k] = product;
    this.order[k] = order;
  }

  private grow(): void {
    const n = this.customer.length * 2;
    const more = <T extends Int32Array | Float64Array | Uint8Array>(
      a: T,
      ctor: new (n: number) => T,
    ): T => {
      const b = new ctor(n);
      b.set(a as never);
      return b;
    };
    this.customer = more(this.customer, Int32Array);
    this.day = more(this.day, Int32Array);
    this.amount = more(this.amount, Float64Array);
    this.quantity = more(this.quantity, Int32Array);
    this.product = more(this.product, Uint8Array);
    this.order = more(this.order, Int32Array);
  }
}

/**
 * Streams the Transactions sheet month by month, in date order: for each month, every customer's
 * share of their remaining purchases is drawn (binomial on the month's part of their buying mass),
 * placed on days in proportion to the season, and the month is sorted by day (counting sort).
 * Memory: two arrays over customers plus one month of rows.
 *
 * @example
 * const rows = transactionRows(plan, ZH);
 * rows.next().value; // ["1000042", 20089, 1280, "SO2024120000001", "显示器", 1]
 */
export function* transactionRows(plan: SamplePlan, words: SampleWords): Generator<Cell[]> {
  const n = plan.count;
  const cal = plan.calendar;
  const remaining = Int32Array.from(plan.purchases);
  const remainingMass = Float64Array.from(plan.mass);
  const rng = new Random();
  const buffer = new MonthBuffer();
  let order = new Int32Array(0);

  for (let m = 0; m < cal.months; m++) {
    const from = cal.monthStart[m];
    const to = cal.monthEnd[m];
    buffer.length = 0;
    let seq = 0;
    for (let i = 0; i < n; i++) {
      const left = remaining[i];
      if (left === 0) continue;
      const mass = plan.span(i, from, to);
      if (mass <= 0) continue;
      rng.reseed(plan.options.seed, SALT.transactions, i, m);
      const rest = remainingMass[i] - mass;
      // The last month with buying mass takes whatever is left, so every planned purchase lands.
      const k = rest <= 1e-9 * plan.mass[i] ? left : rng.binomial(left, mass / remainingMass[i]);
      remaining[i] = left - k;
      remainingMass[i] = rest;
      const a = plan.spanFrom;
      const b = plan.spanTo;
      for (let j = 0; j < k; j++) {
        const prev = buffer.length - 1;
        if (j > 0 && rng.chance(RETURN_SHARE) && buffer.amount[prev] > 0) {
          // A return of (part of) the previous order, a few days later, under the same order id.
          const share = rng.pick([1, 1, 0.5, 0.3]);
          const qty = Math.max(1, Math.round(buffer.quantity[prev] * share));
          const amount =
            -Math.round(buffer.amount[prev] * (qty / buffer.quantity[prev]) * 100) / 100;
          const day = Math.min(b - 1, buffer.day[prev] + rng.int(6));
          buffer.push(i, day, amount, -qty, buffer.product[prev], buffer.order[prev]);
          continue;
        }
        const day = cal.dayBetween(a, b, rng.next());
        const product = rng.weighted(PRODUCT_WEIGHTS);
        const price = PRODUCT_PRICES[product];
        const wanted = plan.orderValue[i] * rng.lognormal(-0.18, 0.6);
        const qty = Math.max(1, Math.round(wanted / price));
        const amount = Math.round(qty * price * rng.uniform(0.85, 1) * 100) / 100;
        buffer.push(i, day, amount, qty, product, ++seq);
      }
    }
    // Counting sort by day: a month is at most 31 days.
    const count = buffer.length;
    if (order.length < count) order = new Int32Array(Math.max(count, order.length * 2));
    const starts = new Int32Array(33);
    for (let r = 0; r < count; r++) starts[buffer.day[r] - from + 1]++;
    for (let d = 1; d < 33; d++) starts[d] += starts[d - 1];
    for (let r = 0; r < count; r++) order[starts[buffer.day[r] - from]++] = r;

    const [y, mo] = calendarDate(from);
    const prefix = `SO${y}${String(mo).padStart(2, "0")}`;
    for (let s = 0; s < count; s++) {
      const r = order[s];
      yield [
        plan.id(buffer.customer[r]),
        buffer.day[r],
        buffer.amount[r],
        prefix + String(buffer.order[r]).padStart(7, "0"),
        words.products[buffer.product[r]],
        buffer.quantity[r],
      ];
    }
  }
}
