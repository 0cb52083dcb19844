/**
 * ingest/paymentRows.ts termsDue: the due date a Terms column gives an invoice on a sheet with no
 * due date (reviewer66 M8), whatever the spelling of the terms (reviewer67 M2: "Net 30 Days",
 * "2/10, n/30", net-30, 30日, COD, EOM, 月结 were read as no terms, so Net 30).
 */
import { termsDue } from "../../../src/engine/ingest/paymentRows";
import { epochDay } from "../../../src/engine/parse/date";

/** An invoice of 2026-11-06: the end of its month is 24 days on. */
const DAY = epochDay(2026, 11, 6);
const days = (text: string): number => termsDue(DAY, text) - DAY;

test.each([
  ["Net 30", 30],
  ["NET30", 30],
  ["Net30 ", 30],
  ["N15", 15],
  ["2% 10 Net 30", 30],
  ["1/10 net 45", 45],
  ["45 days", 45],
  ["60天", 60],
  ["Due on receipt", 0],
  ["见票即付", 0],
  ["30", 30],
  ["Net 0", 0],
  // reviewer67 M2: the usual spellings.
  ["Net 30 Days", 30],
  ["Net 15 days", 15],
  ["Net 60 Days", 60],
  ["net-30", 30],
  ["n/30", 30],
  ["2/10, n/30", 30],
  ["2/10 Net 30", 30],
  ["Net 45.", 45],
  ["30日", 30],
  ["３０天", 30],
  ["账期30天", 30],
  ["账期：30天", 30],
  ["30 days net", 30],
  ["30 net", 30],
  ["1%/10 net 30", 30],
  ["Due in 14 days", 14],
  ["Due upon receipt", 0],
  ["Due on Receipt ", 0],
  ["COD", 0],
  ["C.O.D.", 0],
  ["Cash on delivery", 0],
  ["COD only", 0],
  ["现结", 0],
  ["款到发货", 0],
  // From the end of the invoice's month (11-30, 24 days on).
  ["EOM", 24],
  ["Net EOM", 24],
  ["Net 30 EOM", 54],
  ["月结", 24],
  ["月结30天", 54],
  ["月结60天", 84],
  // fix69f (stop 68's fix68a leftovers): C.O.D. only, Net 10 EOM, Due end of month.
  ["C.O.D. only", 0],
  ["Net 10 EOM", 34],
  ["Due end of month", 24],
  ["Due by end of month", 24],
  ["Due 30 days", 30],
])("%s → due %d days on", (text, d) => expect(days(text)).toBe(d));

test("month-end terms count from the end of the invoice's own month", () => {
  expect(termsDue(epochDay(2026, 2, 10), "EOM")).toBe(epochDay(2026, 2, 28));
  expect(termsDue(epochDay(2024, 12, 31), "月结30天")).toBe(epochDay(2025, 1, 30));
});

/** fix69f: a day of the next month (Net 10th was no terms, so Net 30 from the invoice's day). */
test.each([
  ["Net 10th", epochDay(2026, 12, 10)],
  ["10th of the following month", epochDay(2026, 12, 10)],
  ["Net 1st", epochDay(2026, 12, 1)],
  ["次月10日", epochDay(2026, 12, 10)],
  ["下月5号", epochDay(2026, 12, 5)],
])("%s → due on the day of next month", (text, due) => expect(termsDue(DAY, text)).toBe(due));

test("a day of next month past the month's end is its last day, December's next is January", () => {
  expect(termsDue(epochDay(2026, 1, 15), "Net 31st")).toBe(epochDay(2026, 2, 28));
  expect(termsDue(epochDay(2026, 12, 20), "Net 10th")).toBe(epochDay(2027, 1, 10));
});

test.each(["", "2/10", "Net 999", "Net 40th", "see contract", "net", "due"])(
  "%s says no terms",
  (text) => expect(termsDue(DAY, text)).toBeNaN(),
);
