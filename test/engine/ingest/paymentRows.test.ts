/**
 * ingest/paymentRows.ts termsDays: the days to pay a Terms column gives an invoice on a sheet with
 * no due date (reviewer66 M8).
 */
import { termsDays } from "../../../src/engine/ingest/paymentRows";

test.each([
  ["Net 30", 30],
  ["NET30", 30],
  ["N15", 15],
  ["2% 10 Net 30", 30],
  ["1/10 net 45", 45],
  ["45 days", 45],
  ["月结30天", 30],
  ["60天", 60],
  ["Due on receipt", 0],
  ["见票即付", 0],
])("%s → %d days", (text, days) => expect(termsDays(text)).toBe(days));

test.each(["", "COD only", "2/10", "Net 999"])("%s says no days", (text) =>
  expect(termsDays(text)).toBeNaN(),
);
