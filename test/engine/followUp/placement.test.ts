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
