/**
 * tester65 U202: a customer paused for a baby (怀孕了，暂停做项目，生完宝宝再来 · 在坐月子，满月后再来 ·
 * 哺乳期暂时不做 · 怀孕了) got an urgent win-back call and two more; a time she named (生孩子了，明年再来)
 * was held, a life event without a date was not. Now a contact note saying she is expecting holds
 * her for followUp.maternityPauseDays (300) from the note, one just after the birth for at most
 * POSTPARTUM_PAUSE_DAYS (42), then one contact, said on the row (孕产期，暂停联系至 … / Expecting or a
 * new baby: no contact until …); a purchase since the note ends it.
 * tester65 U203 (second half): a pause's one contact went on the working day before its end when
 * that end was a weekend (to Sunday 12-20, called Friday 12-18: inside the pause): now the first
 * working day on or after it.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { holdText } from "../../../src/engine/followUp/hold";
import { maternity } from "../../../src/engine/ingest/contactOutcome";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { scheduleOf } from "../helpers/scheduleOf";

const asOf = parseIsoDate("2026-12-06");

describe("maternity: a note saying she is expecting or just had a baby", () => {
  test.each([
    ["怀孕了，暂停做项目，生完宝宝再来", 1],
    ["怀孕了", 1],
    ["She is pregnant, back after the baby", 1],
    ["在坐月子，满月后再来", 2],
    ["哺乳期暂时不做", 2],
    ["Breastfeeding, will come back later", 2],
    // Not hers, denied, or a salon's service.
    ["她女儿怀孕了", 0],
    ["家里的猫怀孕了", 0],
    ["没怀孕，只是最近忙", 0],
    ["Not pregnant, just busy", 0],
    ["做了产后修复", 0],
    ["生孩子了，明年再来", 0],
  ])("%s: %d", (note, kind) => expect(maternity(note)).toBe(kind));
});

/** Monthly buyers who stopped in August (each owed a win-back), with contact notes. */
async function run(en: boolean, notes: [string, string, string][], rules = defaultRules()) {
  const ids = [...new Set(notes.map(([id]) => id))];
  const customers: Grid = [
    en ? ["Customer ID", "Phone"] : ["客户编号", "手机"],
    ...ids.map((id, i) => [id, `1380000000${i}`]),
  ];
  const sales: Grid = [en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"]];
  for (const id of ids)
    for (let m = 1; m <= 8; m++) sales.push([id, `2026-${String(m).padStart(2, "0")}-01`, 500]);
  const contacts: Grid = [
    en ? ["Customer ID", "Date", "Note"] : ["客户编号", "日期", "内容"],
    ...notes,
  ];
  return analyzeWorkbook(
    memorySource(
      en
        ? { Customers: customers, Transactions: sales, Contacts: contacts }
        : { 客户: customers, 交易: sales, 回访记录: contacts },
    ),
    { rules, asOf },
  );
}

/** Customer `id`'s planned contacts: [date, reason codes]. */
function plannedOf(a: Analysis, id: string): [string, string[]][] {
  const c = a.dataset.customers.id.indexOf(id);
  const f = a.schedule.followUps;
  const out: [string, string[]][] = [];
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === c)
      out.push([
        isoDate(f.day[i]),
        FOLLOW_UP_REASONS.filter((_, r) => (f.reasons[i] & (1 << r)) !== 0),
      ]);
  return out;
}

test.each([false, true])(
  "expecting: no contact in the plan; just after the birth: one contact when 42 days end (English: %s)",
  async (en) => {
    const a = await run(en, [
      [
        "M1",
        "2026-11-01",
        en
          ? "Pregnant, pausing treatments until after the baby"
          : "怀孕了，暂停做项目，生完宝宝再来",
      ],
      // 42 days from 11-01: Sunday 12-13; its contact on Monday 12-14, not Friday 12-11.
      ["M2", "2026-11-01", en ? "Breastfeeding, not for now" : "在坐月子，满月后再来"],
      ["M3", "2026-11-01", en ? "Busy this month" : "客户说最近很忙"],
    ]);
    const lang = en ? "en-US" : "zh-CN";
    // Before: M1 and M2 a win-back 12-07 (urgent) and regular calls 12-21 and 01-04.
    expect(scheduleOf(a, "M1").planned).toBe(0);
    expect(scheduleOf(a, "M1").listed).toContain("next_contact_agreed");
    const c1 = a.dataset.customers.id.indexOf("M1");
    expect(holdText(a.schedule.holds, c1, lang)).toBe(
      en
        ? "Expecting or a new baby: no contact until 2027-08-28 (“Pregnant, pausing treatments until after the baby”)"
        : "孕产期，暂停联系至 2027-08-28（“怀孕了，暂停做项目，生完宝宝再来”）",
    );
    const m2 = plannedOf(a, "M2");
    expect(m2[0]).toEqual(["2026-12-14", ["cadence"]]);
    for (const [, reasons] of m2) expect(reasons).not.toContain("win_back");
    expect(plannedOf(a, "M3")[0]).toEqual(["2026-12-07", ["win_back"]]);
  },
);

test("a purchase since the note, or maternityPauseDays 0: no pause", async () => {
  const off = defaultRules();
  off.followUp.maternityPauseDays = 0;
  const a = await run(false, [["M1", "2026-11-01", "怀孕了"]], off);
  expect(plannedOf(a, "M1")[0]).toEqual(["2026-12-07", ["win_back"]]);
  // The note before her last purchase (08-01): she bought since, so it holds nothing.
  const b = await run(false, [["M1", "2026-07-15", "怀孕了"]]);
  expect(plannedOf(b, "M1").length).toBeGreaterThan(0);
});

test("a bereavement's pause ending on a Sunday: its contact on the Monday after, not the Friday before", async () => {
  // 30 days from 11-20: Sunday 12-20 (tester65 repro v2: 狗狗上周去世了, called 12-18).
  const a = await run(false, [["B1", "2026-11-20", "狗狗上周去世了"]]);
  expect(plannedOf(a, "B1")[0]).toEqual(["2026-12-21", ["cadence"]]);
});
