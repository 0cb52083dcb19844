/**
 * Issue 10 "Done when", measured on the bundled zh sample (assets/sample-zh.xlsx, in the repository)
 * at 2025-12-31 and 2025-09-20 (the National Day / Mid-Autumn holiday in the horizon).
 */
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { callerInputsOf, followUpTable } from "../../../src/engine/report/followUpTab";
import { openXlsx } from "../../../src/workbook/file";
import { doneWhen } from "./doneWhen";

const SAMPLE = path.join(__dirname, "../../../assets/sample-zh.xlsx");
jest.setTimeout(240_000);

const runs = new Map<string, Analysis>();
async function analysisAt(date: string): Promise<Analysis> {
  if (!runs.has(date))
    runs.set(
      date,
      await analyzeWorkbook(await openXlsx(SAMPLE), {
        rules: defaultRules(),
        asOf: parseIsoDate(date),
      }),
    );
  return runs.get(date)!;
}

describe.each(["2025-12-31", "2025-09-20"])("the zh sample as of %s", (date) => {
  test("nothing dropped for capacity while the owner has a less urgent contact booked; no duplicates; working days only", async () => {
    const m = doneWhen(await analysisAt(date));
    expect(m.planned).toBeGreaterThan(1000);
    expect(m.droppedWhileLessUrgentBooked).toBe(0);
    // Urgent band, then value at stake, then due date: no overdue contact waits behind a less
    // valuable one of its owner and channel, due later, of the same or a less urgent band (a
    // tester's count, S5: 1,288 at 12-31 and 1,905 at 09-20 before).
    expect(m.overdueBehindLater).toBe(0);
    expect(m.sameDayDuplicates).toBe(0);
    // Stop 27: a key account's next regular contact prefers a call half its cadence later to a
    // visit the day after the previous contact (5 such pairs at 12-31 before). At 09-20, 3 remained
    // (1000895, 1001806, 1002782): the visit due 10-08, in the National Day holiday, was brought
    // forward to 09-30, before half its cadence, and took the latest visit left (09-26 / 09-25),
    // two days after the one of 09-24, while a call was free on 09-30. Stop 55: it goes on the
    // later of the latest visit and the latest call (placement.ts placeOnTime notBefore): 09-30
    // by call. A pair is still possible when the owner's calls and visits are full after the
    // earlier contact; none in the sample.
    expect(m.routinePairs).toBe(0);
    expect(m.nonWorkingDays).toBe(0);
  });

  test("key accounts: a contact within 14 days and at most 14 days apart, unless the owner's days are full of more urgent ones", async () => {
    const m = doneWhen(await analysisAt(date));
    expect(m.highTierNotChurned).toBeGreaterThan(300);
    // fix63f (followUp.cadenceRhythmShare, tester62 U150): a key account who buys less often than
    // every 28 days has its regular contact every half of its own interval, not every 14 days
    // (145 key accounts at 12-31, 116 at 09-20; counted in the checks below before, 83 and 48 of
    // them were late or more than 14 days apart with a free slot); the checks below are the others'.
    // fix63o (reviewer63 R1): at low churn risk only; the key accounts at medium or high risk are
    // back on every 14 days and in the checks below (145 → 119 at 12-31, 116 → 103 at 09-20).
    // fix67g (fded5835, tester67 U306/U317): the learned weights pulled toward the defaults move one
    // key account to low risk at 12-31: 119 → 120.
    // fix69c (tester68 U407): a key account at low risk inside her own rhythm is called the day
    // after she is due back, not every 14 days: 120 → 310 at 12-31, 103 → 267 at 09-20.
    expect(m.highTierByRhythm).toBe(date === "2025-12-31" ? 310 : 267);
    expect(m.highTierUnexplained).toBe(0);
    // Measured: 0 + 0 at 12-31; 12 + 2 at 09-20, all for one owner whose call and visit slots before
    // the National Day holiday are taken by urgent contacts (see notes/schedule.md).
    expect(m.highTierFirstLate + m.highTierGapsOver14).toBeLessThanOrEqual(
      Math.ceil(m.highTierNotChurned * 0.05),
    );
  });

  test("a customer who first bought in the last 7 days is called in the first week unless bigger or late urgent calls took the owner's days", async () => {
    const m = doneWhen(await analysisAt(date));
    expect(m.firstWeekBuyers).toBeGreaterThan(0);
    // Stop 27: the urgent band is one queue by value at stake (rule placeFirst, default []), after
    // the contacts already late (stop 52, tester51 J2: late welcome calls are urgent too). Measured:
    // 19 of 43 at 12-31 (11 at stop 27, 16 at stop 52) are called after their first week (0 when
    // welcome calls came first), each behind urgent calls worth more or already late only. The
    // samples regenerated at stop 53 (won-back comebacks spread over the history) have more
    // silent frequent buyers at high risk: 257 retention calls at 12-31 against 200, and 3 more
    // first-week buyers behind them.
    expect(m.firstWeekNotCalled).toBeGreaterThan(0);
    expect(m.firstWeekNotCalled).toBeLessThanOrEqual(Math.ceil(m.firstWeekBuyers * 0.45));
    expect(m.firstWeekBehindSmaller).toBe(0);
  });

  test('with placeFirst ["onboarding"] every first-week buyer is called in the first week (welcome calls first)', async () => {
    const rules = defaultRules();
    rules.followUp = { ...rules.followUp, placeFirst: ["onboarding"] };
    const a = await analyzeWorkbook(await openXlsx(SAMPLE), { rules, asOf: parseIsoDate(date) });
    const m = doneWhen(a);
    expect(m.firstWeekBuyers).toBeGreaterThan(0);
    expect(m.firstWeekNotCalled).toBe(0);
  });

  test("every row carries the caller's fields; masking switched by the rule set", async () => {
    const a = await analysisAt(date);
    const plain = followUpTable(a.schedule, a.dataset, "zh-CN", callerInputsOf(a));
    expect(callerInputsOf(a).mask).toBe(false);
    // The rule set's switch (followUp.maskContactDetails; the CLI's --share sets it).
    const sharing = { ...a.rules, followUp: { ...a.rules.followUp, maskContactDetails: true } };
    const masked = followUpTable(
      a.schedule,
      a.dataset,
      "zh-CN",
      callerInputsOf({ ...a, rules: sharing }),
    );
    const keys = plain.columns.map((c) => c.key);
    for (const k of [
      "phone",
      "email",
      "valueTier",
      "valueAtStake",
      "lastPurchase",
      "churnProbability",
      "churnReasons",
      "talkingPoint",
    ])
      expect(keys).toContain(k);
    const col = (k: string) => keys.indexOf(k);
    const planned = a.schedule.followUps.count;
    const rows = plain.rows(0, planned);
    const maskedRows = masked.rows(0, planned);
    let withPhone = 0;
    rows.forEach((r, i) => {
      const c = a.schedule.followUps.customer[i];
      expect(r[col("phone")]).toBe(a.dataset.customers.phone[c]);
      expect(r[col("valueTier")]).not.toBe("");
      expect(typeof r[col("valueAtStake")]).toBe("number");
      if (a.dataset.customers.phone[c].replace(/\D/g, "").length === 11) {
        withPhone++;
        expect(maskedRows[i][col("phone")]).toMatch(/^\d{3}\*{4}\d{4}$/);
      }
      if (a.dataset.customers.email[c] !== "")
        expect(maskedRows[i][col("email")]).toMatch(/^.\*\*\*@/);
    });
    expect(withPhone).toBeGreaterThan(planned / 2);
    // Win-backs carry their reasons in words; most rows a talking point.
    const withPoint = rows.filter((r) => r[col("talkingPoint")] !== "").length;
    expect(withPoint).toBeGreaterThan(planned / 2);
  });
});

test("Mid-Autumn / National Day 2025: festival care for at least 90% of the consenting customers selected", async () => {
  const m = doneWhen(await analysisAt("2025-09-20"));
  expect(m.careSelected).toBeGreaterThan(100);
  expect(m.carePlanned).toBeGreaterThanOrEqual(0.9 * m.careSelected);
});
