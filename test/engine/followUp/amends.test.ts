/**
 * tester66 U233 (a dry cleaner's workbook, rebuilt small from the finding): a fault of ours and the
 * amends for it (洗坏了大衣，赔偿200元; ruined her coat, refunded $200), written on a contact, on the
 * sales sheet (a 赔偿 row, or its 备注) or in the Customers note, was neither a complaint nor a
 * talking point: the caller rang a customer we had compensated as if nothing had happened. A
 * contact's note saying it, not settled, is a complaint; any of them is a talking point, the latest
 * with its date.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { complaintNote, saysAmends } from "../../../src/engine/ingest/contactOutcome";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 6);

/** Monthly cleanings of each customer through 2026-11 (all regular). */
function cleanings(ids: readonly string[], header: readonly string[], item: string): Grid {
  const rows: Grid = [[...header]];
  for (let m = 1; m <= 11; m++)
    for (const id of ids) rows.push([`2026-${String(m).padStart(2, "0")}-12`, id, item, 120, ""]);
  return rows;
}

/**
 * The laundry's workbook; `c4` replaces C4's contact note (a warning) and gives her a Customers note
 * (reviewer67 H3's near-misses).
 */
async function laundry(en: boolean, c4: { contact?: string; note?: string } = {}) {
  const ids = ["C1", "C2", "C3", "C4", "C5"];
  const customers: Grid = [
    en ? ["Customer ID", "Name", "Phone", "Notes"] : ["客户编号", "姓名", "手机", "备注"],
    ["C1", "A", "13900000001", ""],
    ["C2", "B", "13900000002", ""],
    [
      "C3",
      "C",
      "13900000003",
      en ? "Damaged her silk shirt last year, compensated 300" : "去年烫坏过一件衬衫，赔了300",
    ],
    ["C4", "D", "13900000004", c4.note ?? ""],
    ["C5", "E", "13900000005", ""],
  ];
  const sales = cleanings(
    ids,
    en
      ? ["Date", "Customer ID", "Item", "Amount", "Notes"]
      : ["日期", "客户编号", "项目", "金额", "备注"],
    en ? "Dry cleaning" : "干洗",
  );
  // C1: a compensation row on the sales sheet; C5: a return whose note says our fault.
  sales.push(["2026-10-14", "C1", en ? "Compensation" : "赔偿", -200, ""]);
  sales.push([
    "2026-10-16",
    "C5",
    en ? "Dry cleaning" : "干洗",
    -120,
    en ? "Ruined her coat, refunded" : "洗坏了大衣，退了洗衣费",
  ]);
  const contacts: Grid = [
    en ? ["Customer ID", "Date", "Notes"] : ["客户编号", "日期", "内容"],
    // C2: our fault, compensated, on a contact; then a later routine contact.
    ["C2", "2026-10-20", en ? "Ruined her coat, refunded $200" : "洗坏了大衣，赔偿200元"],
    ["C2", "2026-11-20", en ? "Picked up her curtains" : "取了窗帘"],
    // C4: a warning, not a fault.
    [
      "C4",
      "2026-10-20",
      c4.contact ?? (en ? "Cashmere: hand wash to avoid shrinking" : "羊绒的怕洗坏，手洗"),
    ],
  ];
  const a = await analyzeWorkbook(
    memorySource(
      en
        ? { Customers: customers, Transactions: sales, Contacts: contacts }
        : { 客户: customers, 交易: sales, 跟进记录: contacts },
    ),
    { rules: defaultRules(), asOf },
  );
  const points = talkingPoints(a.dataset, asOf);
  const lang = en ? "en-US" : "zh-CN";
  const point = (id: string) =>
    talkingPointText(points, a.dataset, a.dataset.customers.id.indexOf(id), asOf, lang);
  return { a, point };
}

describe("a fault of ours and its amends are a talking point (tester66 U233)", () => {
  test("zh: a 赔偿 row, a contact's note, a sales row's 备注 and the Customers note", async () => {
    const { point } = await laundry(false);
    expect(point("C1")).toContain(
      "我方过错赔偿过（2026-10-14）：“赔偿 200”；通话先致歉，问现在是否满意",
    );
    expect(point("C2")).toContain("我方过错赔偿过（2026-10-20）：“洗坏了大衣，赔偿200元”");
    expect(point("C3")).toContain("客户备注写有我方过错赔偿：“去年烫坏过一件衬衫，赔了300”");
    expect(point("C5")).toContain("我方过错赔偿过（2026-10-16）：“洗坏了大衣，退了洗衣费”");
    expect(point("C4")).not.toContain("赔偿");
  });

  test("en: the same, in English", async () => {
    const { point } = await laundry(true);
    expect(point("C1")).toContain(
      "Compensated for our fault (2026-10-14): “Compensation 200”; open with an apology and ask whether all is well now",
    );
    expect(point("C2")).toContain(
      "Compensated for our fault (2026-10-20): “Ruined her coat, refunded $200”",
    );
    expect(point("C3")).toContain(
      "The customer's note says we made amends for our fault: “Damaged her silk shirt last year, compensated 300”",
    );
    expect(point("C4")).not.toContain("compensated");
  });

  test("a contact's note of our fault is a complaint, unless it says it settled", async () => {
    const { a } = await laundry(false);
    // C2's note: an open complaint (before: none).
    expect(a.complaints).toMatchObject({ total: 1, open: 1 });
    expect(complaintNote("洗坏了大衣，赔偿200元")).toBe(true);
    expect(complaintNote("Ruined her coat, paid her $200")).toBe(true);
    // Settled in the note: no new complaint (a later row of an earlier one); feared or denied: none.
    for (const t of ["衣服缩水已赔偿，已解决，顾客满意", "Ruined her coat, refunded $200"])
      expect([t, complaintNote(t)]).toEqual([t, false]);
    for (const t of [
      "羊绒的怕洗坏，手洗",
      "没有洗坏",
      "不用赔偿",
      "以免掉色，单独洗",
      "Dry clean only to avoid shrinking",
    ])
      expect([t, saysAmends(t), complaintNote(t)]).toEqual([t, false, false]);
  });
});

// reviewer67 H3, the talking point's side: after 1c76b08d a contact's note was a complaint only with
// the fault owned or amends paid, but the talking point still opened on a bare amends word. It reads
// a note as the complaint does.
describe("a note's amends words are a talking point only as ours (reviewer67 H3)", () => {
  test.each([
    "她炒股赔了不少钱，最近手头紧",
    "老公车祸，对方赔偿还没到位",
    "她在等保险公司赔付",
    "衣服本来就掉色，不是我们的责任",
    "拿来一件洗坏的外套让我们修补（别家洗坏的）",
  ])("zh %s: no amends point, as a contact's note or the Customers note", async (t) => {
    expect((await laundry(false, { contact: t })).point("C4")).not.toContain("我方过错赔偿");
    expect((await laundry(false, { note: t })).point("C4")).not.toContain("我方过错赔偿");
  });

  test.each([
    "Hurricane damaged her roof; will call in March",
    "On workers' compensation until March",
    "Brought in a damaged jacket to repair",
    "Her business shrank this year",
  ])("en %s: no amends point", async (t) => {
    expect((await laundry(true, { contact: t })).point("C4")).not.toMatch(/ompensated for our/);
    expect((await laundry(true, { note: t })).point("C4")).not.toMatch(/amends for our/);
  });

  test("ours, paid for, still is", async () => {
    const { point } = await laundry(true, { note: "Shrank his sweater; reimbursed the cost" });
    expect(point("C4")).toContain(
      "The customer's note says we made amends for our fault: “Shrank his sweater; reimbursed the cost”",
    );
  });
});
