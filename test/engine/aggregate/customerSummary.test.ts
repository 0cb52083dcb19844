import fc from "fast-check";
import {
  measureModelFirst,
  summariseCustomers,
  takeEarlier,
} from "../../../src/engine/aggregate/customerSummary";
import { classifyCustomers } from "../../../src/engine/classify";
import { fitCustomerModel } from "../../../src/engine/clv/customerModel";
import { summariseGroupsForModel } from "../../../src/engine/clv/summary";
import { relationshipKpis } from "../../../src/engine/overview/kpis";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { smallDataset } from "../followUp/smallDataset";
import { rulesOf } from "../helpers/classify";
import {
  previousClassifyPass,
  previousKpiPass,
  previousModelPass,
  previousSummary,
} from "../helpers/previousPasses";

const asOf = parseIsoDate("2025-06-30");

/** Element by element with Object.is: NaN equals NaN, 0 and −0 differ, no tolerance. */
function same(got: ArrayLike<number>, want: ArrayLike<number>) {
  expect(Array.from(got)).toEqual(Array.from(want));
}

const rowArb = fc.record({
  customer: fc.integer({ min: 0, max: 7 }),
  // Mostly before the analysis date, some after it (ignored by the dated measures), whole days.
  offset: fc.integer({ min: -1500, max: 40 }),
  amount: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100) },
    { weight: 2, arbitrary: fc.integer({ min: -50_000, max: -1 }).map((c) => c / 100) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constant(NaN) },
  ),
  order: fc.integer({ min: 0, max: 5 }),
});

const caseArb = fc.record({
  customers: fc.integer({ min: 1, max: 8 }),
  rows: fc.array(rowArb, { maxLength: 150 }),
  withOrders: fc.boolean(),
  months: fc.integer({ min: 1, max: 36 }),
  trendPeriodDays: fc.integer({ min: 1, max: 400 }),
  inactiveDays: fc.integer({ min: 1, max: 700 }),
  minDays: fc.integer({ min: 1, max: 60 }),
  ruleAsOf: fc.constantFrom(undefined, "2025-03-31", "2024-02-29"),
  unit: fc.constantFrom(1, 7, 30),
  tiers: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
});

describe("summariseCustomers: one pass equals the separate passes it replaced", () => {
  test("summary, segmentation, overview and model measures (randomized)", () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const dataset = smallDataset({
          asOf,
          customers: Array.from({ length: k.customers }, () => ({})),
          transactions: k.rows.map((r) => ({
            customer: r.customer % k.customers,
            day: asOf + r.offset,
            amount: r.amount,
            order: k.withOrders ? r.order : undefined,
          })),
        });
        const rules = rulesOf({
          ...(k.ruleAsOf ? { asOf: k.ruleAsOf } : {}),
          window: { months: k.months },
          lifecycle: { trendPeriodDays: k.trendPeriodDays, typicalGap: { minDays: k.minDays } },
          churn: { inactiveDays: k.inactiveDays },
        });
        const s = summariseCustomers(dataset, rules);

        const old = previousSummary(dataset);
        same(s.groups.offsets, old.groups.offsets);
        same(s.groups.rows, old.groups.rows);
        for (const key of [
          "firstPurchase",
          "lastPurchase",
          "orders",
          "purchaseDays",
          "netSpend",
          "returns",
        ] as const)
          same(s[key], old[key]);

        const c = previousClassifyPass(dataset, old.groups, rules);
        const m = s.segmentation;
        same(m.purchaseDays, c.purchaseDays);
        same(m.firstPurchase, c.firstDay);
        same(m.recencyDays, c.recencyDays);
        same(m.frequency, c.frequency);
        same(m.monetary, c.monetary);
        same(m.wonBackDay, c.returnDay);
        same(m.recentCount, c.recentCount);
        same(m.previousCount, c.previousCount);
        same(m.recentSpend, c.recentSpend);
        same(m.previousSpend, c.previousSpend);
        same(m.gapSquares, c.gapSquares);

        const day = s.measuredFor.asOf;
        const valueTier = Int8Array.from(k.tiers.slice(0, k.customers));
        const none = new Int8Array(k.customers).fill(-1);
        const kpis = relationshipKpis({
          summary: s,
          analysis: { valueTier, rfmSegment: none, lifecycleStage: none, churnLevel: none },
        });
        const oldKpis = previousKpiPass(
          dataset,
          old.groups,
          { windowStart: s.measuredFor.windowStart, windowMonths: k.months, asOf: day },
          valueTier,
        );
        expect(kpis).toMatchObject(oldKpis);
        expect(kpis.windowStart).toBe(s.measuredFor.windowStart);

        const model = summariseGroupsForModel(dataset, s, { asOfDay: day, timeUnitDays: k.unit });
        const oldModel = previousModelPass(dataset, old.groups, day, k.unit);
        for (const key of ["frequency", "recency", "age", "averageSpend", "hasPurchase"] as const)
          same(model[key], oldModel[key]);
      }),
      { numRuns: 400 },
    );
  });
});

describe("the model's measures first (the run that fits the model on the other core)", () => {
  test("model measures first, then the rest: every column as the one pass's (randomized)", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.integer({ min: -800, max: 0 }), { maxLength: 2 }),
        (k, back) => {
          const dataset = smallDataset({
            asOf,
            customers: Array.from({ length: k.customers }, () => ({})),
            transactions: k.rows.map((r) => ({
              customer: r.customer % k.customers,
              day: asOf + r.offset,
              amount: r.amount,
              order: k.withOrders ? r.order : undefined,
            })),
          });
          const rules = rulesOf({
            window: { months: k.months },
            lifecycle: { trendPeriodDays: k.trendPeriodDays, typicalGap: { minDays: k.minDays } },
            churn: { inactiveDays: k.inactiveDays },
          });
          const earlier = back.map((b) => asOf + b);
          const one = summariseCustomers(dataset, rules, asOf, earlier);
          const first = measureModelFirst(dataset, rules, asOf);
          // Taken before the rest: the job sent then holds the one pass's figures already.
          for (const key of ["purchaseDays", "firstDay", "lastDay", "repeatSpend"] as const)
            same(first.model[key], one.model[key]);
          const two = summariseCustomers(dataset, rules, asOf, earlier, first);
          // Element by element (NaN equals NaN, 0 and −0 differ), every column, the earlier dates' too.
          expect(two).toEqual(one);
          expect(two.model).toBe(first.model);
          expect(takeEarlier(two, earlier)).toEqual(takeEarlier(one, earlier));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a summary of another date refuses the measures taken first", () => {
    const dataset = smallDataset({
      asOf,
      customers: [{}],
      transactions: [{ customer: 0, day: asOf - 3, amount: 10 }],
    });
    const rules = defaultRules();
    const first = measureModelFirst(dataset, rules, asOf - 1);
    expect(() => summariseCustomers(dataset, rules, asOf, [], first)).toThrow(RangeError);
  });
});

describe("distinct orders without a Set (the allocation-free count)", () => {
  test("many rows per customer (the scratch grows) and ids that collide in the table", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            customer: fc.integer({ min: 0, max: 2 }),
            offset: fc.integer({ min: -800, max: 10 }),
            amount: fc.constantFrom(5, 0, -3, NaN),
            // Spread and negative ids, and multiples of a power of two (same low bits).
            order: fc.oneof(
              fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
              fc.integer({ min: 0, max: 40 }).map((k) => k * 1024),
            ),
          }),
          { minLength: 200, maxLength: 1_400 },
        ),
        (rows) => {
          const dataset = smallDataset({
            asOf,
            customers: [{}, {}, {}],
            transactions: rows.map((r) => ({ ...r, day: asOf + r.offset })),
          });
          const s = summariseCustomers(dataset, defaultRules(), asOf);
          const old = previousSummary(dataset);
          same(s.orders, old.orders);
          const kpis = previousKpiPass(
            dataset,
            old.groups,
            {
              windowStart: s.measuredFor.windowStart,
              windowMonths: 12,
              asOf: s.measuredFor.asOf,
            },
            new Int8Array(3),
          );
          const none = new Int8Array(3).fill(-1);
          const now = relationshipKpis({
            summary: s,
            analysis: {
              valueTier: new Int8Array(3),
              rfmSegment: none,
              lifecycleStage: none,
              churnLevel: none,
            },
          });
          expect(now).toMatchObject(kpis);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("steps given a summary measured for another analysis", () => {
  const dataset = smallDataset({
    asOf,
    customers: [{}, {}],
    transactions: [
      { customer: 0, day: asOf - 40, amount: 10 },
      { customer: 0, day: asOf - 5, amount: 20 },
    ],
  });

  test("classify refuses a summary of another window, date or dataset", () => {
    const summary = summariseCustomers(dataset, rulesOf({ window: { months: 6 } }));
    expect(() => classifyCustomers(dataset, summary, defaultRules())).toThrow(
      /measured with windowStart/,
    );
    const dated = summariseCustomers(dataset, defaultRules(), parseIsoDate("2025-01-31"));
    expect(() => classifyCustomers(dataset, dated, defaultRules())).toThrow(RangeError);
    const other = smallDataset({ asOf, customers: [{}, {}, {}] });
    expect(() =>
      classifyCustomers(other, summariseCustomers(dataset, defaultRules()), defaultRules()),
    ).toThrow(/2 customers, not 3/);
  });

  test("the model refuses a summary of another date", () => {
    const summary = summariseCustomers(dataset, defaultRules());
    expect(() =>
      fitCustomerModel(dataset, summary, asOf - 1, { ...defaultRules().model, minCustomers: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      summariseGroupsForModel(dataset, summary, { asOfDay: asOf, timeUnitDays: 7 }),
    ).not.toThrow();
  });
});
