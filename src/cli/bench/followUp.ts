/**
 * Benchmark of the follow-up schedule at scale: 1,000,000 synthetic customers (seeded) with owners,
 * tiers, churn levels, birthdays, contacts and resolved complaints, planned over 30 days.
 */

import { seededRandom } from "../../engine/backtest/generate";
import type { Dataset } from "../../engine/model";
import { scheduleFollowUps } from "../../engine/followUp/schedule";
import { epochDay } from "../../engine/parse/date";
import { followUpRulesSchema } from "../../engine/rules/service";
import { timed, type BenchRow } from "./report";

const CUSTOMERS = 1_000_000;
const OWNERS = 2_500;

/** Synthetic inputs for the schedule, all in typed arrays (seeded: the same on every run). */
export function syntheticInputs(n: number, asOf: number) {
  const rnd = seededRandom(20251231);
  const id = new Array<string>(n);
  const owner = new Array<string>(n);
  const empty = new Array<string>(n).fill("");
  const created = new Float64Array(n);
  const birthday = new Float64Array(n);
  const consent = new Int8Array(n);
  const lastPurchase = new Float64Array(n);
  const valueTier = new Int8Array(n);
  const churnLevel = new Int8Array(n);
  const lifecycleStage = new Int8Array(n);
  const monetary = new Float64Array(n);
  const churnProbability = new Float64Array(n);
  const ownerNames = Array.from({ length: OWNERS }, (_, i) => `Owner ${i + 1}`);
  for (let c = 0; c < n; c++) {
    id[c] = `C${c}`;
    owner[c] = rnd() < 0.1 ? "" : ownerNames[Math.floor(rnd() * OWNERS)];
    created[c] = asOf - Math.floor(rnd() * 1500);
    birthday[c] = rnd() < 0.6 ? epochDay(1960, 1, 1) + Math.floor(rnd() * 15000) : NaN;
    consent[c] = rnd() < 0.7 ? 1 : rnd() < 0.5 ? 0 : -1;
    lastPurchase[c] = rnd() < 0.9 ? asOf - Math.floor(rnd() * 400) : NaN;
    const u = rnd();
    valueTier[c] = u < 0.2 ? 0 : u < 0.5 ? 1 : 2;
    churnLevel[c] = rnd() < 0.08 ? 0 : rnd() < 0.3 ? 1 : 2;
    lifecycleStage[c] = rnd() < 0.04 ? 1 : 3;
    monetary[c] = Math.floor(rnd() * rnd() * 50_000);
    churnProbability[c] = rnd();
  }
  const contactCount = n;
  const contactCustomer = new Int32Array(contactCount);
  const contactDay = new Float64Array(contactCount);
  for (let i = 0; i < contactCount; i++) {
    contactCustomer[i] = Math.floor(rnd() * n);
    contactDay[i] = asOf - Math.floor(rnd() * 180);
  }
  const complaintCount = Math.floor(n / 20);
  const complaintCustomer = new Int32Array(complaintCount);
  const receivedAt = new Float64Array(complaintCount);
  const resolvedAt = new Float64Array(complaintCount);
  for (let i = 0; i < complaintCount; i++) {
    complaintCustomer[i] = Math.floor(rnd() * n);
    receivedAt[i] = asOf - rnd() * 60;
    resolvedAt[i] = rnd() < 0.8 ? Math.min(asOf, receivedAt[i] + rnd() * 3) : NaN;
  }
  const dataset: Dataset = {
    asOf,
    customers: {
      count: n,
      id,
      key: id,
      name: empty,
      type: new Int8Array(n),
      owner,
      phone: empty,
      email: empty,
      region: empty,
      industry: empty,
      created,
      birthday,
      creditRating: empty,
      marketingConsent: consent,
      sourceRow: new Int32Array(n),
    },
    transactions: {
      count: 0,
      customer: new Int32Array(0),
      day: new Float64Array(0),
      amount: new Float64Array(0),
      order: new Int32Array(0),
      hasOrderIds: false,
      product: new Int32Array(0),
      products: [],
      quantity: new Float64Array(0),
      sourceRow: new Int32Array(0),
    },
    surveys: null,
    complaints: {
      count: complaintCount,
      customer: complaintCustomer,
      receivedAt,
      cause: new Int8Array(complaintCount),
      complexity: new Int8Array(complaintCount),
      firstResponseAt: new Float64Array(complaintCount).fill(NaN),
      resolvedAt,
      status: new Int8Array(complaintCount),
      sourceRow: new Int32Array(complaintCount),
    },
    contacts: {
      count: contactCount,
      customer: contactCustomer,
      day: contactDay,
      channel: new Int8Array(contactCount),
      owner: new Array<string>(contactCount).fill(""),
      sourceRow: new Int32Array(contactCount),
    },
    sources: {},
    counts: {},
  };
  return {
    dataset,
    lastPurchase,
    analysis: { valueTier, churnLevel, lifecycleStage, monetary, churnProbability },
  };
}

/**
 * Times generating the inputs and planning the schedule for 1,000,000 customers.
 *
 * @example
 * await benchFollowUp((row) => console.log(row.step, row.rows, row.seconds));
 */
export async function benchFollowUp(report: (row: BenchRow) => void): Promise<void> {
  const asOf = epochDay(2025, 12, 31);
  const inputs = await timed(() => syntheticInputs(CUSTOMERS, asOf));
  report({ step: "follow-up: generate 1M customers", rows: CUSTOMERS, ...inputs });
  const rules = followUpRulesSchema.parse({});
  const schedule = await timed(() => scheduleFollowUps({ ...inputs.value, rules, asOf }));
  report({
    step: "follow-up: schedule 30 days (1M customers)",
    rows: schedule.value.followUps.count + schedule.value.unscheduled.count,
    seconds: schedule.seconds,
    cpuSeconds: schedule.cpuSeconds,
  });
}
