import fc from "fast-check";
import { summariseComplaints } from "../../../src/engine/complaints/summary";
import {
  MET,
  MISSED,
  NOT_RECORDED,
  PENDING,
  firstResponseOutcome,
  resolutionOutcome,
} from "../../../src/engine/complaints/sla";
import { complaintRulesSchema } from "../../../src/engine/rules/service";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset, type ComplaintSpec } from "../followUp/smallDataset";

const rules = complaintRulesSchema.parse({});
/** Epoch day of an ISO date plus hours. */
const at = (iso: string, hour: number) => parseIsoDate(iso) + hour / 24;

// 2026-03-06 is a Friday; the analysis date is Monday 2026-03-09 (open complaints are judged at
// the end of that day, 2026-03-10 00:00). SLA hours are clock hours: weekends count.
const complaints: ComplaintSpec[] = [
  // 1. Friday 17:00 → answered and resolved Monday morning: 64 h and 65 h, both late.
  {
    customer: 0,
    cause: 0,
    receivedAt: at("2026-03-06", 17),
    firstResponseAt: at("2026-03-09", 9),
    resolvedAt: at("2026-03-09", 10),
  },
  // 2. Friday 09:00 → answered 15:00; complex, resolved Sunday 08:00 (47 h ≤ 48 h).
  {
    customer: 0,
    cause: 0,
    complex: true,
    receivedAt: at("2026-03-06", 9),
    firstResponseAt: at("2026-03-06", 15),
    resolvedAt: at("2026-03-08", 8),
  },
  // 3. Saturday 10:00 → answered Sunday 09:00 (23 h); general, resolved Sunday 11:00 (25 h > 24 h).
  {
    customer: 1,
    cause: 1,
    receivedAt: at("2026-03-07", 10),
    firstResponseAt: at("2026-03-08", 9),
    resolvedAt: at("2026-03-08", 11),
  },
  // 4. Open, received Monday 08:00: 16 h old → both pending.
  { customer: 2, cause: 2, receivedAt: at("2026-03-09", 8) },
  // 5. Open, received Friday 12:00, answered at 13:00: 84 h old → resolution missed.
  {
    customer: 0,
    cause: 4,
    receivedAt: at("2026-03-06", 12),
    firstResponseAt: at("2026-03-06", 13),
  },
  // 6. Marked resolved with no times: not recorded for both.
  { customer: 2, cause: 5, receivedAt: at("2026-03-02", 9), resolved: true },
  // 7. Open, complex, received Sunday 06:00, no response: 42 h → first response missed, resolution pending.
  { customer: 2, cause: 5, complex: true, receivedAt: at("2026-03-08", 6) },
];

function summarise(list: ComplaintSpec[] | undefined, customers = 3) {
  const dataset = smallDataset({
    asOf: parseIsoDate("2026-03-09"),
    customers: Array.from({ length: customers }, () => ({})),
    complaints: list,
  });
  return summariseComplaints({ dataset, rules, asOf: parseIsoDate("2026-03-09") });
}

describe("complaint SLAs on hand-made timestamps across a weekend", () => {
  const s = summarise(complaints)!;

  test("first response within 24 clock hours", () => {
    expect(s.firstResponse).toEqual({
      met: 3,
      missed: 2,
      pending: 1,
      notRecorded: 1,
      share: 3 / 5,
    });
  });

  test("resolution within 24 h (general) and 48 h (complex)", () => {
    expect(s.resolution).toEqual({ met: 1, missed: 3, pending: 2, notRecorded: 1, share: 1 / 4 });
    expect(s.resolutionByComplexity[0]).toEqual({
      met: 0,
      missed: 3,
      pending: 1,
      notRecorded: 1,
      share: 0,
    });
    expect(s.resolutionByComplexity[1]).toEqual({
      met: 1,
      missed: 0,
      pending: 1,
      notRecorded: 0,
      share: 1,
    });
  });

  test("counts by cause, open complaints by age, repeat complainers", () => {
    expect(s.total).toBe(7);
    expect(s.open).toBe(3);
    expect(s.byCause.map((c) => c.count)).toEqual([2, 1, 1, 0, 1, 2]);
    expect(s.byCause.map((c) => c.open)).toEqual([0, 0, 1, 0, 1, 1]);
    // Calendar ages 0, 3 and 1 days (the analysis date minus the day received; elapsed time would
    // be 0.67, 3.5 and 1.75 days and put #7 in the 1–3 bucket).
    expect(s.openByAge.map((b) => b.count)).toEqual([2, 1, 0, 0, 0]);
    expect(s.openByAge.map((b) => b.upperDays)).toEqual([1, 3, 7, 30, Infinity]);
    expect(s.repeatComplainers.map((r) => [r.customer, r.complaints, r.open])).toEqual([
      [2, 3, 2],
      [0, 3, 1],
    ]);
  });

  test("the open complaints named, oldest first, aged as the age table counts (tester52 L16)", () => {
    // #5 (Friday 12:00, 3 days), #7 (Sunday 06:00, 1 day), #4 (Monday 08:00, 0 days).
    expect(s.openComplaints).toEqual([
      { complaint: 4, days: 3 },
      { complaint: 6, days: 1 },
      { complaint: 3, days: 0 },
    ]);
  });

  test("the limits are settings", () => {
    const dataset = smallDataset({
      asOf: parseIsoDate("2026-03-09"),
      customers: [{}, {}, {}],
      complaints,
    });
    const lax = summariseComplaints({
      dataset,
      rules: complaintRulesSchema.parse({
        firstResponseHours: 72,
        resolutionHours: { general: 72 },
      }),
      asOf: parseIsoDate("2026-03-09"),
    })!;
    expect(lax.firstResponse.met).toBe(4); // #1 at 64 h is now in time
    expect(lax.resolutionByComplexity[0].met).toBe(2);
  });

  test("no Complaints sheet: null", () => {
    expect(summarise(undefined)).toBeNull();
  });
});

describe("SLA outcome properties", () => {
  const hours = fc.double({ min: 0, max: 200, noNaN: true });
  test("a recorded time decides met or missed by elapsed clock hours alone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18000, max: 21000 }), hours, hours, (day, elapsed, limit) => {
        const received = day + 0.3;
        const outcome = resolutionOutcome(
          received,
          received + elapsed / 24,
          true,
          received + 10,
          limit,
        );
        expect(outcome).toBe(elapsed <= limit + 1e-9 ? MET : MISSED);
      }),
    );
  });
  test("an open complaint is pending until its limit passes, then missed", () => {
    fc.assert(
      fc.property(hours, hours, (age, limit) => {
        const outcome = firstResponseOutcome(100, NaN, NaN, false, 100 + age / 24, limit);
        expect(outcome).toBe(age > limit + 1e-9 ? MISSED : PENDING);
      }),
    );
    expect(firstResponseOutcome(100, 99, NaN, true, 101, 24)).toBe(NOT_RECORDED); // before receipt
  });
});
