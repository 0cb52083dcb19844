/**
 * ingest/paymentFailed.ts: since when money owed is overdue (fix69f, stop 68's fix68a leftovers).
 * Brightside Realty, a monthly retainer paid to October, its November invoice Overdue and
 * December's Unpaid, as of 2026-12-06; a few companies of tester64's agency workbook
 * (test/engine/helpers/agency.ts).
 * - On Terms Net 60 its November invoice falls due 12-31: its status, newer than the terms, says
 *   Overdue; it read "overdue since 2026-12-31", after the analysis date. Now "marked overdue", the
 *   call owed from today.
 * - With neither a due date nor terms, the day an invoice fell due had two readings: its own day
 *   here ("overdue since 2026-11-01"), a month on where its customer fell behind
 *   (churn/owedRecency.ts). One now (invoiceDue): Net 30, 12-01.
 */
import type { Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { invoiceDue, paymentFailed } from "../../../src/engine/ingest/paymentFailed";
import { epochDay, parseIsoDate } from "../../../src/engine/parse/date";
import { agencyWorkbook, BRIGHTSIDE } from "../helpers/agency";

const AS_OF = parseIsoDate("2026-12-06");
/** The agency's workbook, its invoices with a Terms column (`terms`) or none. */
const agency = (terms?: string): Promise<Analysis> => agencyWorkbook(BRIGHTSIDE, terms);

const owedText = (a: Analysis, lang: "zh-CN" | "en-US") => {
  const c = a.dataset.customers.id.map(String).indexOf("8802");
  const reason = churnReasonsIn(a.classification.analysis, c, lang).find(
    (r) => r.code === "payment_failed",
  );
  const point = talkingPointText(talkingPoints(a.dataset, a.asOf), a.dataset, c, a.asOf, lang);
  return { c, reason: reason?.text ?? "", point };
};

test("an invoice its status says is Overdue before its Net 60 falls due is marked overdue, dated today", async () => {
  const a = await agency("Net 60");
  const en = owedText(a, "en-US");
  expect(en.reason).toMatch(/^Money owed: 1 overdue invoice, 3,000 in all, marked overdue; 1 more/);
  expect(en.point).toMatch(/^1 overdue invoice, 3,000 owed, marked overdue; 1 more not yet due/);
  const zh = owedText(a, "zh-CN");
  expect(zh.reason).toMatch(/^欠款：1 张发票逾期未付，共 3,000，已标为逾期；另有 1 张未到期/);
  expect(zh.point).toMatch(/^1 张发票逾期未付，欠款 3,000，已标为逾期；/);
  for (const t of [en.reason, en.point, zh.reason, zh.point]) expect(t).not.toMatch(/2026-12-31/);
  // The call about the money is owed from today, not from a day to come.
  const failed = paymentFailed(a.dataset, a.asOf)!;
  expect(failed.firstDay[en.c]).toBe(Math.floor(AS_OF));
});

test("an undated Overdue invoice fell due a month on (Net 30), as its customer fell behind", async () => {
  const a = await agency();
  const en = owedText(a, "en-US");
  expect(en.reason).toMatch(/overdue since 2026-12-01/);
  expect(en.point).toMatch(/overdue since 2026-12-01/);
  const zh = owedText(a, "zh-CN");
  expect(zh.reason).toMatch(/最早逾期自 2026-12-01/);
  expect(zh.point).toMatch(/最早逾期自 2026-12-01/);
});

test("invoiceDue: the due date, else the day plus Net 30", () => {
  expect(invoiceDue({ day: epochDay(2026, 11, 1), due: NaN })).toBe(epochDay(2026, 12, 1));
  expect(invoiceDue({ day: epochDay(2026, 11, 1), due: epochDay(2026, 12, 31) })).toBe(
    epochDay(2026, 12, 31),
  );
});
