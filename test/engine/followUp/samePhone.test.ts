/**
 * One phone number, one person to call (tester62 U145): the 4S shop keys its cars by plate, so 张建华's
 * two cars (京A·12345, 京B·67890, one phone) are two customers, and each got a call from 小李 on the
 * same day, three times in 30 days (12-07, 12-21, 01-04). A call or message now goes on a day no
 * other customer with the same number has one, where its window has such a day; each car keeps its
 * own row.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import fc from "fast-check";
import { HOUSEHOLD_PHONE_MAX, samePhoneRing } from "../../../src/engine/followUp/reach";
import * as duplicateKeys from "../../../src/engine/ingest/duplicateKeys";
import { normalisePhone, placeholderPhone } from "../../../src/engine/ingest/duplicateKeys";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOUR_S_AS_OF, fourS } from "./fourSFixture";

/** The planned days of customer `id`. */
function days(a: Analysis, id: string): string[] {
  const f = a.schedule.followUps;
  const c = a.dataset.customers.id.indexOf(id);
  const out: string[] = [];
  for (let i = 0; i < f.count; i++) if (f.customer[i] === c) out.push(isoDate(f.day[i]));
  return out.sort();
}

test("samePhoneRing links the customers of one number, whatever its spacing", () => {
  expect(samePhoneRing(["138 0000 0001", "", "13800000001", "139"])).toEqual(
    Int32Array.of(2, -1, 0, -1),
  );
  expect(Array.from(samePhoneRing(["13800000001", "+86 138-0000-0001", "13800000001"])!)).toEqual([
    1, 2, 0,
  ]);
  expect(samePhoneRing(["13800000001", "13800000002", ""])).toBeNull();
});

test("张建华's two cars are never called on the same day", async () => {
  // The tier's 14 days (cadenceRhythmShare 0), as when tester62 ran it: three calls each.
  const rules = defaultRules();
  rules.followUp.cadenceRhythmShare = 0;
  const a = await analyzeWorkbook(memorySource(fourS()), { rules, asOf: FOUR_S_AS_OF });
  // Before: both on 2026-12-07, 2026-12-21 and 2027-01-04. The second car's first call, already
  // due, goes the next day, and its regular contacts count on from it.
  expect(days(a, "京A·12345")).toEqual(["2026-12-07", "2026-12-21", "2027-01-04"]);
  expect(days(a, "京B·67890")).toEqual(["2026-12-08", "2026-12-22"]);
});

describe("samePhoneRing at scale (issue 11)", () => {
  /** The rings as the first samePhoneRing made them: every customer's digits in a Map. */
  function byDigits(phone: readonly (string | undefined)[]): number[] | null {
    const groups = new Map<string, number[]>();
    phone.forEach((p, c) => {
      const key = p ? normalisePhone(p) : "";
      if (key !== "") groups.set(key, [...(groups.get(key) ?? []), c]);
    });
    const ring: number[] = phone.map(() => -1);
    let shared = false;
    for (const [key, g] of groups) {
      if (g.length < 2 || g.length > HOUSEHOLD_PHONE_MAX || placeholderPhone(key)) continue;
      g.forEach((c, i) => (ring[c] = g[(i + 1) % g.length]));
      shared = true;
    }
    return shared ? ring : null;
  }

  test("the rings are those of every customer's digits compared", () => {
    const numbers = [
      "13800000001",
      "138 0000 0001",
      "+86 139-1234-5678",
      "0086 13912345678",
      "１３９１２３４５６７８",
      "00000000000",
      "021-66668888",
      "12345",
      "135****1234",
      "13512341234",
      "",
    ];
    const phone = fc.array(
      fc.oneof(
        fc.constantFrom(...numbers),
        fc.constant(undefined),
        fc.integer({ min: 0, max: 40 }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(phone, (cells) => {
        const texts = cells.map((x) => (typeof x === "number" ? String(13700000000 + x) : x));
        const ring = samePhoneRing(texts);
        expect(ring && Array.from(ring)).toEqual(byDigits(texts));
      }),
      { numRuns: 300 },
    );
  });

  test("no customer's digits are made when no two share a number", () => {
    // 100,000 customers of the 100k CSVs, none sharing: a Map of every one's digits cost ~70 ms a
    // run. Their hashes are read from the texts (phoneHash), the digits made for a hash met twice.
    const made = jest.spyOn(duplicateKeys, "normalisePhone");
    const phone = Array.from(
      { length: 2000 },
      (_, c) => `+86 137-${String(c).padStart(4, "0")}-5926`,
    );
    expect(samePhoneRing(phone)).toBeNull();
    expect(made).not.toHaveBeenCalled();
    phone[1500] = "1370000 5926";
    expect(samePhoneRing(phone)![0]).toBe(1500);
    expect(made.mock.calls.length).toBeLessThanOrEqual(3);
    made.mockRestore();
  });
});
