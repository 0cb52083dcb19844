/**
 * tester67 U310 (/work/notes/stop67/tester67/C_SweetCrumb_Customers.xlsx as of 2026-12-04): a bakery
 * whose customers buy every week; its catering "(wedding)" customers bought once, a wedding cake and
 * dessert table of $1,045–1,838. C-560, C-573, C-575, C-581 read high 98.9–99.4 % with an urgent
 * win-back call, "Bought only once, 180 days ago; overdue by 173 days against the usual gap between
 * purchases (7 days, all customers)": the regulars' gap. An occasion order bought once is no regular
 * who stopped: her reason says what she is, and she gets no retention or win-back call.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/followUpCodes";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { scheduleOf } from "../helpers/scheduleOf";

const asOf = parseIsoDate("2026-12-04");

async function bakery(): Promise<Analysis> {
  const customers: Grid = [["Customer ID", "Name", "Phone"]];
  const sales: Grid = [["Date", "Customer ID", "Amount"]];
  const add = (id: string, days: number[], amount: number) => {
    customers.push([id, `Customer ${id}`, `555-01${String(customers.length).padStart(2, "0")}`]);
    for (const d of days) sales.push([isoDate(asOf - d), id, amount]);
  };
  // 30 weekly regulars ($22–31 a visit) for a year.
  for (let k = 0; k < 30; k++)
    add(
      `R${k}`,
      Array.from({ length: 52 }, (_, w) => 1 + (k % 7) + 7 * w),
      22 + (k % 10),
    );
  // Walk-ins who bought once ($18–40).
  for (let k = 0; k < 6; k++) add(`W${k}`, [40 + 30 * k], 18 + 4 * k);
  add("C-573", [180], 1837.58); // a wedding cake & dessert table
  add("C-557", [589], 2310.78); // a wedding long ago: churned
  return analyzeWorkbook(memorySource({ Customers: customers, Sales: sales }), {
    rules: defaultRules(),
    asOf,
  });
}

describe("a one-day customer of an occasion order (a wedding cake at a bakery of regulars)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await bakery();
  }, 60_000);
  const row = (id: string) => a.dataset.customers.id.indexOf(id);

  it("her reason says an occasion order, not overdue against the regulars' gap, zh-CN and en-US", () => {
    const an = a.classification.analysis;
    const en = churnReasonsIn(an, row("C-573"), "en-US").map((r) => r.text);
    expect(en[0]).toBe(
      "Bought only once, 180 days ago: an occasion order, many times a usual order (a wedding, an event), with no rhythm of its own; not counted overdue against the regulars' gap",
    );
    expect(churnReasonsIn(an, row("C-573"), "zh-CN")[0].text).toBe(
      "仅购买过一次（180 天前）：一笔远高于一般订单的场合订单（如婚宴、活动），没有自身的购买周期，不按常客的购买间隔算逾期",
    );
    // A walk-in who bought once is still read against the customers' gap.
    expect(churnReasonsIn(an, row("W5"), "en-US")[0].text).toMatch(
      /^Bought only once, 190 days ago; overdue by/,
    );
  });

  it("gets no retention or win-back call; churned, she is listed as an occasion order, not for win-back", () => {
    const f = a.schedule.followUps;
    const c = row("C-573");
    for (let i = 0; i < f.count; i++)
      if (f.customer[i] === c)
        expect(["retention", "win_back"]).not.toContain(FOLLOW_UP_REASONS[f.reason[i]]);
    expect(scheduleOf(a, "C-557").listed).toEqual(["occasion_client"]);
    expect(scheduleOf(a, "W5").listed).not.toContain("occasion_client");
  });

  it("churned, her own reason says the occasion order too, not overdue against the regulars' gap (stop 68's open item)", () => {
    const an = a.classification.analysis;
    const c = row("C-557");
    expect(churnReasonsIn(an, c, "en-US")[0].text).toBe(
      "Bought only once, 589 days ago: an occasion order, many times a usual order (a wedding, an event), with no rhythm of its own; not counted overdue against the regulars' gap",
    );
    expect(churnReasonsIn(an, c, "zh-CN")[0].text).toBe(
      "仅购买过一次（589 天前）：一笔远高于一般订单的场合订单（如婚宴、活动），没有自身的购买周期，不按常客的购买间隔算逾期",
    );
  });
});
