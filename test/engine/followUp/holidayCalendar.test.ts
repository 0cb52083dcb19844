import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules, parseRuleSet, type RuleSet } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/followUpCodes";

/**
 * tester60 U103: a US distributor (amounts in USD) got China's calendar: the urgent win-back calls
 * of 2026-10-01 went to 2026-10-08 (National Day), calls were planned on Sunday 2026-09-20 (a
 * Chinese make-up working day), MLK Day 2027-01-18 was a working day, and calendar_ends asked for
 * the State Council's notice. The fixture is tester60's repro (test/fixtures/b2bUs/README.md).
 */

const FIXTURE = path.join(__dirname, "../../fixtures/b2bUs");
const sheet = (file: string): Cell[][] =>
  readFileSync(path.join(FIXTURE, file), "utf8")
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));

const rulesWith = (followUp: Record<string, unknown>): RuleSet => {
  const r = parseRuleSet({ followUp });
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.rules;
};

/** The fixture's headers in Chinese (a 外贸 exporter invoicing in USD, reviewer61 R5). */
const ZH_HEADERS = {
  customers: ["客户编号", "公司名称", "联系人", "负责人", "电话", "账期", "客户状态", "创建日期"],
  transactions: ["发票号码", "客户编号", "开票日期", "到期日", "币种", "金额", "已付金额", "状态"],
};

async function run(asOf: string, rules: RuleSet = defaultRules(), currency = true, zh = false) {
  let transactions = sheet("invoices-allpaid.csv");
  const customers = sheet("customers.csv");
  if (zh) {
    customers[0] = ZH_HEADERS.customers;
    transactions[0] = ZH_HEADERS.transactions;
  }
  // Without the Currency column nothing says the dollar: China's calendar, as before.
  if (!currency) transactions = transactions.map((row) => row.filter((_, i) => i !== 4));
  const [y, m, d] = asOf.split("-").map(Number);
  const a = await analyzeWorkbook(
    memorySource(
      zh
        ? { 客户: customers, 销售: transactions }
        : { Customers: customers, Transactions: transactions },
    ),
    { rules, asOf: epochDay(y, m, d) },
  );
  const f = a.schedule.followUps;
  const days = new Set<string>();
  for (let i = 0; i < f.count; i++) days.add(isoDate(f.day[i]));
  const urgent: string[] = [];
  for (let i = 0; i < f.count; i++) if (f.priority[i] === 0) urgent.push(isoDate(f.day[i]));
  return { a, days, urgent, codes: a.warnings.map((w) => w.code) };
}

describe("the holiday calendar fits the business's country (tester60 U103)", () => {
  test("amounts in USD: the US federal holidays, not China's National Day or make-up Sunday", async () => {
    const oct = await run("2026-10-01");
    // The urgent win-back on the analysis date, a US working day (China's: 2026-10-08). (Two
    // monthly key accounts' overdue regular contacts were urgent too until fix61d: they bought
    // within their own rhythm, so they are not.)
    expect(oct.urgent).toEqual(["2026-10-01"]);
    expect(oct.a.schedule.holidayCalendar).toEqual({
      calendar: "US",
      from: "currency",
      currency: "$",
    });
    // No call on a Chinese make-up Sunday (2026-09-20).
    const sep = await run("2026-09-20");
    expect(sep.days.has("2026-09-20")).toBe(false);
    expect(sep.days.has("2026-09-21")).toBe(true);
    // Christmas, New Year's Day and MLK Day 2027 are off; no State Council notice is asked for.
    const dec = await run("2026-12-20");
    for (const off of ["2026-12-25", "2027-01-01", "2027-01-18"])
      expect(dec.days.has(off)).toBe(false);
    expect(dec.codes).not.toContain("calendar_ends");
    // Said once, in both languages, with the way to choose another; last, as calendar_ends was.
    expect(dec.codes.filter((c) => c === "holiday_calendar")).toHaveLength(1);
    expect(dec.codes[dec.codes.length - 1]).toBe("holiday_calendar");
    const w = dec.a.warnings.find((x) => x.code === "holiday_calendar")!;
    expect(w.message["en-US"]).toContain("the amounts are in $");
    expect(w.message["en-US"]).toContain("Thanksgiving");
    expect(w.message["en-US"]).toContain('set followUp.calendar to "CN" or "none"');
    expect(w.message["zh-CN"]).toContain("金额的币种是 $");
    expect(w.message["zh-CN"]).toContain("美国联邦假日");
    expect(w.brief?.["en-US"]).not.toContain("followUp.");
    expect(w.brief?.["zh-CN"]).not.toContain("followUp.");
    // The JSON says which calendar planned the horizon and what chose it.
    expect(followUpsJson(dec.a.schedule, dec.a.dataset, "en-US").horizon).toMatchObject({
      calendar: "US",
      calendarChosenBy: "currency",
    });
  });

  test('followUp.calendar "CN" keeps China\'s calendar for dollars, unsaid', async () => {
    const cn = await run("2026-10-01", rulesWith({ calendar: "CN" }));
    expect(cn.urgent).toEqual(["2026-10-08"]);
    expect(cn.a.schedule.holidayCalendar).toEqual({ calendar: "CN", from: "rules" });
    expect(cn.codes).not.toContain("holiday_calendar");
    const dec = await run("2026-12-20", rulesWith({ calendar: "CN" }));
    expect(dec.codes).toContain("calendar_ends");
  });

  test('followUp.calendar "none": weekends and the extra days only, no calendar warning', async () => {
    const none = await run(
      "2026-12-20",
      rulesWith({ calendar: "none", extraHolidays: ["2026-12-21"] }),
    );
    expect(none.a.schedule.holidayCalendar).toEqual({ calendar: "none", from: "rules" });
    const cal = none.a.schedule.calendar;
    expect(cal.isWorkingDay(epochDay(2026, 12, 25))).toBe(true);
    expect(cal.isWorkingDay(epochDay(2027, 1, 18))).toBe(true);
    expect(cal.isWorkingDay(epochDay(2026, 12, 21))).toBe(false);
    expect(cal.isWorkingDay(epochDay(2026, 12, 26))).toBe(false);
    expect(none.codes).not.toContain("calendar_ends");
    expect(none.codes).not.toContain("holiday_calendar");
  });

  test("US: a federal holiday in extraMakeUpWorkdays is worked (a business open on Columbus Day)", async () => {
    const us = await run(
      "2026-10-01",
      rulesWith({ calendar: "US", extraMakeUpWorkdays: ["2026-10-12"] }),
    );
    expect(us.a.schedule.calendar.isWorkingDay(epochDay(2026, 10, 12))).toBe(true);
    expect(us.a.schedule.calendar.isWorkingDay(epochDay(2026, 11, 26))).toBe(false);
  });

  test("Chinese headers invoicing in USD keep China's calendar, said in the note (reviewer61 R5)", async () => {
    const zh = await run("2026-10-01", defaultRules(), true, true);
    expect(zh.a.schedule.holidayCalendar).toEqual({
      calendar: "CN",
      from: "language",
      currency: "$",
    });
    // National Day: the urgent call goes to 2026-10-08, as with the yuan (US calendar: 10-01).
    expect(zh.urgent).toEqual(["2026-10-08"]);
    expect(zh.codes.filter((c) => c === "holiday_calendar")).toHaveLength(1);
    const w = zh.a.warnings.find((x) => x.code === "holiday_calendar")!;
    expect(w.message["zh-CN"]).toContain("金额的币种是 $，但表格的表头是中文");
    expect(w.message["zh-CN"]).toContain('followUp.calendar 中填写 "US"');
    expect(w.message["en-US"]).toContain("the sheets' headers are Chinese");
    expect(w.brief?.["zh-CN"]).not.toContain("followUp.");
    expect(w.brief?.["en-US"]).not.toContain("followUp.");
    expect(followUpsJson(zh.a.schedule, zh.a.dataset, "zh-CN").horizon).toMatchObject({
      calendar: "CN",
      calendarChosenBy: "language",
    });
    // The rule set's choice still decides.
    const us = await run("2026-10-01", rulesWith({ calendar: "US" }), true, true);
    expect(us.urgent).toEqual(["2026-10-01"]);
  });

  // reviewer61: an English workbook naming no currency got China's calendar and said nothing
  // (calendarChosenBy "default"): its urgent call of 2026-10-01 went to 10-08 (National Day), its
  // calls on Christmas Day. Its language now chooses the US's, said in a note (zh, en) and the JSON.
  test("nothing names the currency: English headers and names choose the US's, said", async () => {
    const plain = await run("2026-10-01", defaultRules(), false);
    expect(plain.a.schedule.holidayCalendar).toEqual({ calendar: "US", from: "language" });
    expect(plain.urgent).toEqual(["2026-10-01"]);
    const dec = await run("2026-12-20", defaultRules(), false);
    expect(dec.days.has("2026-12-25")).toBe(false);
    expect(dec.codes.filter((c) => c === "holiday_calendar")).toHaveLength(1);
    const w = dec.a.warnings.find((x) => x.code === "holiday_calendar")!;
    expect(w.message["en-US"]).toContain("no currency is named");
    expect(w.message["en-US"]).toContain('set followUp.calendar to "CN" or "none"');
    expect(w.message["zh-CN"]).toContain("没有注明币种，表格的表头和客户名称都是英文");
    expect(w.brief?.["en-US"]).toContain("the workbook is in English");
    expect(w.brief?.["zh-CN"]).not.toContain("followUp.");
    expect(followUpsJson(dec.a.schedule, dec.a.dataset, "en-US").horizon).toMatchObject({
      calendar: "US",
      calendarChosenBy: "language",
    });
    // Chinese headers and no currency: China's, unsaid, as with the yuan.
    const zh = await run("2026-10-01", defaultRules(), false, true);
    expect(zh.a.schedule.holidayCalendar).toEqual({ calendar: "CN", from: "language" });
    expect(zh.urgent).toEqual(["2026-10-08"]);
    expect(zh.codes).not.toContain("holiday_calendar");
    // The rule set's currency decides as the data's would.
    const usd = parseRuleSet({ currency: "USD" });
    if (!usd.ok) throw new Error(usd.errors.join("\n"));
    const ruled = await run("2026-10-01", usd.rules, false);
    expect(ruled.a.schedule.holidayCalendar.calendar).toBe("US");
  });

  test("holiday care on the calendar's festivals: Thanksgiving and Christmas, not Spring Festival", async () => {
    // The distributor has no consent column: care is listed unscheduled (no_consent_column),
    // which shows which festivals were planned for. Spring Festival 2027-02-06 is in the horizon.
    const careDays = (a: Awaited<ReturnType<typeof run>>["a"]) => {
      const u = a.schedule.unscheduled;
      const out = new Set<string>();
      for (let i = 0; i < u.count; i++)
        if (FOLLOW_UP_REASONS[u.reason[i]] === "holiday_care") out.add(isoDate(u.due[i]));
      return [...out];
    };
    expect(careDays((await run("2027-01-25")).a)).toEqual([]);
    expect(careDays((await run("2027-01-25", rulesWith({ calendar: "CN" }))).a)).toEqual([
      "2027-02-04", // the eve 02-05 is a statutory holiday too
    ]);
    // Thanksgiving 2026-11-26: care on the working day before; Christmas on 12-24.
    expect(careDays((await run("2026-11-16")).a)).toEqual(["2026-11-25"]);
    expect(careDays((await run("2026-12-01")).a)).toEqual(["2026-12-24"]);
    // A festival of the user's own stays.
    const own = rulesWith({
      festivals: [{ date: "2027-02-14", name: "情人节", nameEn: "Valentine's Day" }],
    });
    expect(careDays((await run("2027-01-25", own)).a)).toEqual(["2027-02-12"]);
  });

  test("a calendar the schema does not know is refused, naming the field", () => {
    const r = parseRuleSet({ followUp: { calendar: "UK" } }, "en-US");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^followUp\.calendar: /);
  });
});
