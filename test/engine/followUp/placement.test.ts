/**
 * Placement.merge (stop 28): a contact merged into another keeps the value at stake it was ranked by
 * (the most urgent band's), and a key account's overdue regular contact takes the next regular
 * contact without saying "regular contact" twice.
 */
import { CandidateBatch, Placement } from "../../../src/engine/followUp/placement";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";

const R = (code: (typeof FOLLOW_UP_REASONS)[number]) => FOLLOW_UP_REASONS.indexOf(code);
const URGENT = 0;
const HIGH = 1;
const PHONE = 0;

/** One customer, one owner, 5 working days, one call a day. */
function placed(
  first: { reason: number; value: number },
  second: { reason: number; value: number; band: number },
) {
  const p = new Placement(1, 1, 5, [1, Infinity, 1, Infinity]);
  const b = new CandidateBatch();
  // customer, reasons, primary, earliest, deadline, due, from, value, channel, mayBeLate, asap
  b.add(0, 1 << first.reason, first.reason, 0, 1, 20000, 19990, first.value, PHONE, true, true);
  b.add(0, 1 << second.reason, second.reason, 0, 4, 20003, 19990, second.value, PHONE, true, false);
  b.setOwners(null);
  expect(p.placeOnTime(b, 0, URGENT)).toBe(0);
  expect(p.placeOnTime(b, 1, second.band)).toBe(0); // merged: one contact a day
  expect(p.count).toBe(1);
  return p;
}

describe("Placement.merge", () => {
  test("a regular contact merged into a retention call keeps the retention call's value (not the 12-month spend)", () => {
    const p = placed(
      { reason: R("win_back"), value: 20_000 },
      { reason: R("cadence"), value: 100_000, band: HIGH },
    );
    expect(p.value(0)).toBe(20_000);
    expect(p.band(0)).toBe(URGENT);
    expect(p.reasons(0)).toBe((1 << R("win_back")) | (1 << R("cadence")));
  });

  test("of two contacts of the same band, the larger value", () => {
    const p = placed(
      { reason: R("win_back"), value: 20_000 },
      { reason: R("complaint_follow_up"), value: 30_000, band: URGENT },
    );
    expect(p.value(0)).toBe(30_000);
  });

  test("a key account's overdue regular contact takes the next one without naming it twice", () => {
    const p = placed(
      { reason: R("key_account_overdue"), value: 22_551 },
      { reason: R("cadence"), value: 458_260, band: HIGH },
    );
    expect(p.reasons(0)).toBe(1 << R("key_account_overdue"));
    expect(p.value(0)).toBe(22_551);
  });
});

describe("Placement.placeOnTime: a regular contact after an earlier one", () => {
  const VISIT = 2;
  /**
   * One owner, 6 working days, one call and one visit a day; the visits of days 3–5 are taken by
   * other customers. Customer 0 had its regular visit on day 0; the next one may go on days 1–5
   * (deadline 5) and would rather not before day 6 (half its cadence later: past the deadline, as
   * when it falls due in a holiday and is brought forward to the last working day before it).
   */
  function chained(notBefore: number): { p: Placement; day: number } {
    const p = new Placement(4, 1, 6, [1, Infinity, 1, Infinity]);
    const b = new CandidateBatch();
    const cadence = R("cadence");
    // customer, reasons, primary, earliest, deadline, due, from, value, channel, mayBeLate, asap
    for (const c of [1, 2, 3])
      b.add(c, 1 << cadence, cadence, 0, c + 2, 0, 0, 1, VISIT, true, false);
    b.add(0, 1 << cadence, cadence, 1, 5, 0, 0, 1, VISIT, true, false);
    b.setOwners(null);
    for (const k of [0, 1, 2]) expect(p.placeOnTime(b, k, HIGH)).toBe(k + 3);
    return { p, day: p.placeOnTime(b, 3, HIGH, false, notBefore) };
  }

  test("goes by call on the latest day with room, not as a visit right after the earlier one (place55: visits 09-24 and 09-26)", () => {
    const { p, day } = chained(6);
    expect(day).toBe(5); // a visit on day 2 before
    expect(p.channel(p.count - 1)).toBe(PHONE);
  });

  test("a visit from notBefore on goes first; with no notBefore, the latest visit day with room", () => {
    expect(chained(0).day).toBe(2);
    const { p, day } = chained(2);
    expect([day, p.channel(p.count - 1)]).toEqual([2, VISIT]);
  });
});
