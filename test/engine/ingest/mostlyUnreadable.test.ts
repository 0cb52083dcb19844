import { noUsableAdvice } from "../../../src/engine/ingest/mostlyUnreadable";
import type { Finding } from "../../../src/engine/quality";
import { SHEETS } from "../../../src/engine/schema";

// Reviewer52 #6: with no refused row, `refused.every(...)` was vacuously true and, with no columns
// mapped (the sheet's source null), the first required field's advice came back.
test("no refused row gives no column's advice, whatever the columns", () => {
  expect(noUsableAdvice(SHEETS.transactions, [], {})).toBeNull();
  expect(
    noUsableAdvice(SHEETS.transactions, [], {
      customerId: "客户编号",
      date: "日期",
      amount: "金额",
    }),
  ).toBeNull();
});

test("every refused row one date column's: the date advice", () => {
  const f = (row: number): Finding =>
    ({ row, severity: "error", code: "unparseable_value", column: "日期" }) as Finding;
  const columns = { customerId: "客户编号", date: "日期", amount: "金额" };
  expect(noUsableAdvice(SHEETS.transactions, [f(2), f(3)], columns)).toBe("unreadableDates");
});
