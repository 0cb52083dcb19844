/**
 * tester68's 母婴店 refresh (/work/notes/stop68/tester68/muying: run1 as of 2026-10-31, month2.py,
 * run2 as of 11-30), made small:
 * - U409: M10249's 回访记录 `2026-11-03 电话 搬家去外地了，以后不来了` moved her to 流失期 / 待挽回, and
 *   her 变化 row read "…2026-11-03 电话联系（店长），此后仍未购买", as if the call had failed: now it
 *   says she left, in the customer row's words, and that no call is planned;
 * - U403: M10019's complaint went 处理中 → 已处理 (a contact: 投诉已道歉，送了湿巾，客户接受) and she was
 *   not on 变化 at all: now 变好, the complaint named; and a complaint received since and open, with
 *   nothing else moved, is 变差.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { MOVES } from "../../../src/engine/changes/compare";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { changesTable, withinRhythmOf } from "../../../src/engine/report/changesTab";
import { defaultRules } from "../../../src/engine/rules";

const BEFORE = "2026-10-31";
const AS_OF = "2026-11-30";

/** Every 15 days from 2025-06-01 to `last` (inclusive), 300 each. */
function buys(id: string, last: string, upTo: string, rows: (string | number)[][]) {
  const end = Math.min(parseIsoDate(last), parseIsoDate(upTo));
  for (let d = parseIsoDate("2025-06-01"); d <= end; d += 15) rows.push([isoDate(d), id, 300]);
}

/** The shop's workbook as it stood on `asOf` (month 2: the contacts and the complaint's status). */
function shop(asOf: string) {
  const month2 = asOf === AS_OF;
  const sales: (string | number)[][] = [["日期", "会员卡号", "实收金额"]];
  for (let k = 1; k <= 8; k++) buys(`M0${k}`, AS_OF, asOf, sales);
  // The one who moves away and the one who complained: neither bought since April.
  buys("M10249", "2026-04-14", asOf, sales);
  buys("M10019", "2026-04-10", asOf, sales);
  buys("M10053", "2026-04-12", asOf, sales);
  const contacts: (string | number)[][] = [
    ["日期", "会员卡号", "方式", "内容", "跟进人"],
    ["2026-10-15", "M01", "电话", "推荐新品，有兴趣", "小周"],
  ];
  if (month2)
    contacts.push(
      ["2026-11-03", "M10249", "电话", "搬家去外地了，以后不来了", "店长"],
      ["2026-11-04", "M10019", "电话", "投诉已道歉，送了湿巾，客户接受", "店长"],
    );
  const complaints: (string | number)[][] = [
    ["日期", "会员卡号", "投诉内容", "处理情况"],
    ["2026-05-17", "M10019", "收银员态度不好", month2 ? "已处理" : "处理中"],
    ["2026-05-20", "M02", "推车轮子坏了", "已处理"],
  ];
  if (month2) complaints.push(["2026-11-10", "M10053", "奶粉过期了还卖给我", "未处理"]);
  const ids = [
    "M01",
    "M02",
    "M03",
    "M04",
    "M05",
    "M06",
    "M07",
    "M08",
    "M10249",
    "M10019",
    "M10053",
  ];
  return memorySource({
    会员: [["会员卡号", "姓名"], ...ids.map((id) => [id, `会员${id}`])],
    消费记录: sales,
    投诉登记: complaints,
    回访记录: contacts,
  });
}

async function refresh() {
  const rules = defaultRules();
  const before = await analyzeWorkbook(shop(BEFORE), { rules, asOf: parseIsoDate(BEFORE) });
  const now = await analyzeWorkbook(shop(AS_OF), {
    rules,
    asOf: parseIsoDate(AS_OF),
    previous: before.snapshot!,
  });
  const rowsOf = (lang: "zh-CN" | "en-US") => {
    const table = changesTable(now.changes!, lang, 12, undefined, withinRhythmOf(now))!;
    return table.rows(0, table.rowCount);
  };
  const moveOf = (id: string) => {
    const c = now.changes!;
    return MOVES[c.comparison.move[c.current.id.indexOf(id)]];
  };
  return { now, rowsOf, moveOf };
}

let run: Awaited<ReturnType<typeof refresh>>;
beforeAll(async () => {
  run = await refresh();
}, 60_000);

const reasonOf = (rows: unknown[][], id: string) => String(rows.find((r) => r[1] === id)?.[8]);

describe("tester68 U409: a customer who said she is leaving", () => {
  it("her row says she left, in her words, with no call, not that the call brought no purchase", () => {
    expect(run.moveOf("M10249")).toBe("worse");
    const zh = reasonOf(run.rowsOf("zh-CN"), "M10249");
    expect(zh).toContain("流失风险等级：高 → 待挽回");
    expect(zh).toContain(
      "2026-11-03 电话联系（店长）；客户已离开：2026-11-03 的跟进记录写明“以后不来”，视为已流失，不计入有风险客户，不再安排联系",
    );
    expect(zh).not.toContain("此后仍未购买");
    const en = reasonOf(run.rowsOf("en-US"), "M10249");
    expect(en).toContain(
      "; the customer has left: a contact note of 2026-11-03 says “以后不来”; churned, not counted at risk, no contact planned",
    );
    expect(en).not.toContain("no purchase since");
  });
});

describe("tester68 U403: a complaint resolved or opened since the last run is a change", () => {
  it("open then, resolved now, nothing else moved: 变好, the complaint named", () => {
    expect(run.moveOf("M10019")).toBe("better");
    expect(reasonOf(run.rowsOf("zh-CN"), "M10019")).toContain(
      "2026-05-17 的投诉“收银员态度不好”上次分析时未解决，现已处理",
    );
    expect(reasonOf(run.rowsOf("en-US"), "M10019")).toContain(
      "complaint of 2026-05-17 (“收银员态度不好”), open at the last run, now resolved",
    );
    // Resolved before the last run: no change.
    expect(reasonOf(run.rowsOf("zh-CN"), "M02")).not.toContain("现已处理");
  });

  it("received since and open, nothing else moved: 变差, with no moved-the-wrong-way call", () => {
    expect(run.moveOf("M10053")).toBe("worse");
    expect(reasonOf(run.rowsOf("zh-CN"), "M10053")).toContain("新投诉 2026-11-10（未解决）");
    expect(reasonOf(run.rowsOf("en-US"), "M10053")).toContain("new complaint 2026-11-10 (open)");
    const c = run.now.changes!;
    expect(c.comparison.worse[c.current.id.indexOf("M10053")]).toBe(0);
  });
});
