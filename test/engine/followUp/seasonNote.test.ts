/**
 * tester66, "Karen's April call unseen": Karen Miller (mowing Apr–Nov, tester66 U236's lawn
 * clients) has a Customers note "call me back in April". As of 2027-01-15, in her off-season, 46
 * days silent against her monthly gap, the note was left unread (a note with no date holds only a
 * customer not buying on her rhythm: reviewer65 M6), so the schedule had no call for her and said
 * nothing of April; in March her call was the regular one of 04-09. In her off-season she is not
 * buying on her rhythm: the note holds her to April, listed as the agreed contact past the horizon
 * and called on 04-01 once within it. Fixture: test/engine/churn/season.test.ts's rows.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { holdText } from "../../../src/engine/followUp/hold";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { LAWN_ROWS } from "../helpers/lawn";

const ROWS = LAWN_ROWS;

async function karen(asOf: string) {
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Name", "Notes"],
        ...ROWS.map(([id]) => [id, id, id === "KAREN" ? "call me back in April" : ""]),
      ],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ...ROWS.flatMap(([id, amount, days]) => days.map((d) => [id, d, amount])),
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate(asOf) },
  );
  const c = a.dataset.customers.id.indexOf("KAREN");
  const f = a.schedule.followUps;
  const calls = Array.from({ length: f.count }, (_, i) => i)
    .filter((i) => f.customer[i] === c)
    .map((i) => isoDate(f.day[i]));
  const u = a.schedule.unscheduled;
  const listed = Array.from({ length: u.count }, (_, i) => i)
    .filter((i) => u.customer[i] === c)
    .map((i) => `${UNSCHEDULED_REASONS[u.why[i]]} ${isoDate(u.due[i])}`);
  return { a, c, calls, listed };
}

test("in her off-season, a note asking for April holds her to April, said past the horizon", async () => {
  const { a, c, calls, listed } = await karen("2027-01-15");
  expect(calls).toEqual([]);
  expect(listed).toEqual(["next_contact_agreed 2027-04-01"]);
  expect(holdText(a.schedule.holds!, c, "en-US")).toBe(
    "Customer note: contact from Apr 2027 (“call me back in April”)",
  );
}, 60_000);

test("within the horizon her first call is on April 1, not her regular contact's day", async () => {
  const { calls } = await karen("2027-03-20");
  expect(calls[0]).toBe("2027-04-01");
}, 60_000);
