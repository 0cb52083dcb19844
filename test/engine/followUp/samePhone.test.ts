/**
 * One phone number, one person to call (tester62 U145): the 4S shop keys its cars by plate, so 张建华's
 * two cars (京A·12345, 京B·67890, one phone) are two customers, and each got a call from 小李 on the
 * same day, three times in 30 days (12-07, 12-21, 01-04). A call or message now goes on a day no
 * other customer with the same number has one, where its window has such a day; each car keeps its
 * own row.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { samePhoneRing } from "../../../src/engine/followUp/reach";
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
