import { Calendar } from "./calendar";
import { Random } from "./random";
import { CREDIT_RATINGS } from "./words";

/**
 * The plan of a sample data set: who each customer is and how they buy, in typed arrays (one slot
 * per customer), so 1,000,000 customers cost a few tens of megabytes and every sheet can be
 * generated from it on the fly.
 *
 * Buying follows a Poisson-like process with an individual rate (gamma-distributed, as in BG/NBD)
 * shaped by a story per customer: buying steadily, one purchase only, drifting away and stopping
 * 1–2 years ago, slowing down now, new in the last months, or won back after a long gap. Each
 * customer's number of purchases is fixed here; the Transactions sheet spreads them over the months
 * in proportion to the customer's buying intensity and the season.
 */

/** The buying story of a customer. */
export const STORY = {
  prospect: 0,
  oneTime: 1,
  steady: 2,
  churned: 3,
  slowing: 4,
  recent: 5,
  wonBack: 6,
} as const;

// Share of each story, in STORY order: ~32% of buyers buy once.
const STORY_WEIGHTS = [5, 30, 33, 14, 8, 6, 4];
// Enterprise, individual, government.
const TYPE_WEIGHTS = [45, 48, 7];
const TYPE_RATE = [1.3, 0.8, 0.9];
// Median order value by type, yuan.
const TYPE_ORDER_VALUE = [2600, 480, 5200];
// The satisfaction a story tends to (1–5): customers drifting away are less happy.
const STORY_MOOD = [3.8, 3.7, 4.2, 2.9, 3.2, 4.1, 3.6];

/** Salts of the keyed random streams, one per use. */
export const SALT = {
  plan: 1,
  customerRow: 2,
  transactions: 3,
  surveys: 4,
  complaints: 5,
  contacts: 6,
  problems: 7,
} as const;

export interface PlanOptions {
  seed: number;
  customers: number;
  /** Target number of transaction rows (before injected problems). */
  transactions: number;
  /** The data's "today" (epoch day). */
  asOf: number;
  /** Years of transaction history before asOf. */
  years: number;
  owners: number;
  /** Relative size of each region. */
  regionWeights: readonly number[];
  industries: number;
}

/**
 * Per-customer attributes and buying parameters. Transactions fall in [start, end) with intensity 1,
 * times exp(−(t − decayFrom)/tau) after decayFrom, and none in [gapFrom, gapTo).
 *
 * @example
 * const plan = new SamplePlan({ seed: 1, customers: 100, transactions: 1000, asOf: 20453, years: 3,
 *   owners: 8, regionWeights: [1, 1], industries: 12 });
 * plan.totalPurchases; // ≈ 1000
 */
export class SamplePlan {
  readonly options: PlanOptions;
  readonly calendar: Calendar;
  readonly count: number;
  readonly story: Uint8Array;
  /** 0 enterprise, 1 individual, 2 government. */
  readonly type: Uint8Array;
  /** Index into the owners, −1 for none. */
  readonly owner: Int8Array;
  readonly region: Uint8Array;
  /** Index into the industries, −1 for none. */
  readonly industry: Int8Array;
  readonly credit: Int8Array;
  readonly created: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly decayFrom: Int32Array;
  readonly tau: Float32Array;
  readonly gapFrom: Int32Array;
  readonly gapTo: Int32Array;
  /** Total buying intensity over the window (season-weighted days). */
  readonly mass: Float64Array;
  /** Number of transaction rows of the customer. */
  readonly purchases: Int32Array;
  /** Typical order value, yuan. */
  readonly orderValue: Float32Array;
  /** Satisfaction the customer tends to, 1–5. */
  readonly mood: Float32Array;
  readonly surveys: Uint8Array;
  readonly complaints: Uint8Array;
  readonly contacts: Uint16Array;
  /** The last day anyone contacted the customer (contacts fall before it). */
  readonly lastContact: Int32Array;
  readonly totalPurchases: number;
  readonly totalSurveys: number;
  readonly totalComplaints: number;
  readonly totalContacts: number;

  // The active span of a customer within a month, set by span().
  spanFrom = 0;
  spanTo = 0;
  spanWeight = 0;

  constructor(options: PlanOptions) {
    this.options = options;
    const n = (this.count = Math.max(0, Math.floor(options.customers)));
    const asOf = options.asOf;
    const first = asOf - Math.round(365.25 * options.years) + 1;
    this.calendar = new Calendar(first, asOf);
    this.story = new Uint8Array(n);
    this.type = new Uint8Array(n);
    this.owner = new Int8Array(n);
    this.region = new Uint8Array(n);
    this.industry = new Int8Array(n);
    this.credit = new Int8Array(n);
    this.created = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.decayFrom = new Int32Array(n);
    this.tau = new Float32Array(n);
    this.gapFrom = new Int32Array(n);
    this.gapTo = new Int32Array(n);
    this.mass = new Float64Array(n);
    this.purchases = new Int32Array(n);
    this.orderValue = new Float32Array(n);
    this.mood = new Float32Array(n);
    this.surveys = new Uint8Array(n);
    this.complaints = new Uint8Array(n);
    this.contacts = new Uint16Array(n);
    this.lastContact = new Int32Array(n);

    const rng = new Random();
    const rate = new Float64Array(n);
    const ownerWeights = Array.from({ length: options.owners }, (_, k) => 1 + ((k * 7) % 5) / 2);
    for (let i = 0; i < n; i++) {
      rng.reseed(options.seed, SALT.plan, i);
      this.describe(i, rng, first, ownerWeights);
      rate[i] = rng.gamma(0.7, 1) * TYPE_RATE[this.type[i]];
    }
    this.purchases.set(this.countPurchases(rate, options.transactions));
    this.totalPurchases = this.purchases.reduce((a, b) => a + b, 0);
    this.planActivity(first);
    this.totalSurveys = this.surveys.reduce((a, b) => a + b, 0);
    this.totalComplaints = this.complaints.reduce((a, b) => a + b, 0);
    this.totalContacts = this.contacts.reduce((a, b) => a + b, 0);
  }

  /** The customer's id as written in the sheets: 1000001, 1000002, … */
  id(i: number): string {
    return String(1_000_001 + i);
  }

  /** A customer's credit rating. */
  creditRating(i: number): string {
    return this.credit[i] < 0 ? "" : CREDIT_RATINGS[this.credit[i]];
  }

  /**
   * Sets spanFrom, spanTo (days) and spanWeight to the part of [from, to) in which customer i buys;
   * returns its buying mass (0 when none).
   */
  span(i: number, from: number, to: number): number {
    let a = Math.max(from, this.start[i]);
    let b = Math.min(to, this.end[i]);
    const g0 = this.gapFrom[i];
    const g1 = this.gapTo[i];
    if (g1 > g0) {
      // Gaps are longer than a month: at most one side of a gap falls within [from, to).
      if (a >= g0 && a < g1) a = g1;
      if (b > g0 && b <= g1) b = g0;
      if (a < g0 && b > g1) b = g0;
    }
    if (b <= a) {
      this.spanWeight = 0;
      return 0;
    }
    const mid = (a + b) / 2;
    const d = this.decayFrom[i];
    this.spanFrom = a;
    this.spanTo = b;
    this.spanWeight = mid > d ? Math.exp(-(mid - d) / this.tau[i]) : 1;
    return this.spanWeight * this.calendar.massBetween(a, b);
  }

  // Draws who the customer is and the shape of their buying.
  private describe(i: number, rng: Random, first: number, ownerWeights: number[]): void {
    const { asOf } = this.options;
    const last = asOf + 1;
    const story = rng.weighted(STORY_WEIGHTS);
    const type = rng.weighted(TYPE_WEIGHTS);
    this.story[i] = story;
    this.type[i] = type;
    this.owner[i] = rng.chance(0.08) ? -1 : rng.weighted(ownerWeights);
    this.region[i] = rng.weighted(this.options.regionWeights);
    this.industry[i] =
      type === 1
        ? rng.chance(0.7)
          ? -1
          : rng.int(this.options.industries)
        : rng.int(this.options.industries);
    this.credit[i] =
      type === 1 ? (rng.chance(0.6) ? -1 : 2 + rng.int(4)) : rng.weighted([10, 25, 30, 20, 10, 5]);
    this.orderValue[i] = TYPE_ORDER_VALUE[type] * rng.lognormal(0, 0.8);
    this.mood[i] = Math.min(5, Math.max(1, rng.normal(STORY_MOOD[story], 0.5)));
    this.decayFrom[i] = 2_000_000_000;
    this.tau[i] = 1;
    // Created dates lean recent: the customer base grows.
    const since = first - 365;
    let created = since + Math.floor((last - since) * Math.pow(rng.next(), 0.8));
    let start = 0;
    let end = last;
    switch (story) {
      case STORY.prospect:
        end = start = created;
        break;
      case STORY.oneTime:
        created = Math.max(created, first - 20);
        start = Math.min(asOf, Math.max(first, created + rng.int(20)));
        end = start + 1;
        break;
      case STORY.steady:
        break;
      case STORY.churned: {
        end = Math.max(first + 120, asOf - 365 - rng.int(366));
        created = Math.min(created, end - 120 - rng.int(200));
        this.decayFrom[i] = end - 180;
        this.tau[i] = 90;
        break;
      }
      case STORY.slowing: {
        this.decayFrom[i] = asOf - 120 - rng.int(180);
        this.tau[i] = 60 + rng.int(60);
        created = Math.min(created, this.decayFrom[i] - 150 - rng.int(200));
        break;
      }
      case STORY.recent:
        created = asOf - 5 - rng.int(115);
        break;
      case STORY.wonBack: {
        // Goes silent on a day drawn over the whole history and comes back 8–14 months later,
        // whenever that falls, so comebacks arrive at a steady rate and some are still to come at
        // asOf. Tying the return to asOf made every earlier date face a wave of comebacks that no
        // history showed, and a backtest there overstated churn (judge52).
        const g0 = first + 120 + rng.int(asOf - first - 120);
        const g1 = g0 + 240 + rng.int(180);
        this.gapFrom[i] = g0;
        this.gapTo[i] = g1;
        created = Math.min(created, g0 - 120 - rng.int(200));
        break;
      }
    }
    this.created[i] = created;
    if (story !== STORY.oneTime && story !== STORY.prospect)
      start = Math.max(first, created + rng.int(15));
    this.start[i] = start;
    this.end[i] = end;
    let mass = 0;
    const cal = this.calendar;
    for (let m = 0; m < cal.months; m++) mass += this.span(i, cal.monthStart[m], cal.monthEnd[m]);
    this.mass[i] = mass;
  }

  // Purchases per customer: one for one-time buyers, at least two for repeat buyers, the rest in
  // proportion to rate × buying mass, scaled so the total meets the target.
  private countPurchases(rate: Float64Array, target: number): Int32Array {
    const n = this.count;
    const out = new Int32Array(n);
    const expected = new Float64Array(n);
    let fixed = 0;
    for (let i = 0; i < n; i++) {
      const s = this.story[i];
      if (s === STORY.prospect || this.mass[i] <= 0) continue;
      if (s === STORY.oneTime) fixed++;
      else expected[i] = rate[i] * this.mass[i];
    }
    const minimum = (i: number) => (this.story[i] === STORY.wonBack ? 4 : 2);
    const total = (scale: number) => {
      let t = 0;
      for (let i = 0; i < n; i++)
        if (expected[i] > 0) t += Math.max(minimum(i), scale * expected[i]);
      return t;
    };
    const want = Math.max(0, target - fixed);
    let lo = 0;
    let hi = 1;
    while (total(hi) < want && hi < 1e12) hi *= 2;
    for (let k = 0; k < 50; k++) {
      const mid = (lo + hi) / 2;
      if (total(mid) < want) lo = mid;
      else hi = mid;
    }
    const rng = new Random();
    for (let i = 0; i < n; i++) {
      if (this.story[i] === STORY.oneTime && this.mass[i] > 0) out[i] = 1;
      else if (expected[i] > 0) {
        rng.reseed(this.options.seed, SALT.plan, i, 1);
        out[i] = Math.max(minimum(i), rng.poisson(hi * expected[i]));
      }
    }
    return out;
  }

  // Surveys, complaints and contacts per customer, from how they buy and how happy they are.
  private planActivity(first: number): void {
    const n = this.count;
    const { asOf, seed } = this.options;
    let buyers = 0;
    let valueSum = 0;
    for (let i = 0; i < n; i++) {
      if (this.purchases[i] > 0) {
        buyers++;
        valueSum += this.purchases[i] * this.orderValue[i];
      }
    }
    const meanValue = buyers ? valueSum / buyers : 0;
    const rng = new Random();
    for (let i = 0; i < n; i++) {
      rng.reseed(seed, SALT.plan, i, 2);
      const bought = this.purchases[i] > 0;
      const mood = this.mood[i];
      if (bought) {
        if (rng.chance(0.3))
          this.surveys[i] = 1 + (rng.chance(0.25) ? 1 : 0) + (rng.chance(0.05) ? 1 : 0);
        if (rng.chance(0.03 + 0.05 * Math.max(0, 4 - mood)))
          this.complaints[i] = 1 + (rng.chance(0.2) ? 1 : 0);
      }
      // Contacts: high-value customers every few weeks, others monthly or quarterly; some are
      // left alone for a long time.
      const value = this.purchases[i] * this.orderValue[i];
      const perMonth =
        value > 3 * meanValue ? 0.8 : value > 0.7 * meanValue ? 0.25 : bought ? 0.08 : 0.04;
      let lastContact = asOf - rng.int(21);
      if (this.story[i] === STORY.churned)
        lastContact = Math.min(lastContact, this.end[i] + rng.int(120));
      if (rng.chance(0.15)) lastContact = asOf - 90 - rng.int(300);
      const from = Math.max(first, this.created[i]);
      this.lastContact[i] = lastContact;
      const hasOwner = this.owner[i] >= 0 || rng.chance(0.3);
      if (hasOwner && lastContact > from) {
        this.contacts[i] = Math.min(400, rng.poisson((perMonth * (lastContact - from)) / 30.4));
      }
    }
  }
}
