/**
 * tester69 U523 (/work/notes/stop69/tester69/school/启航-退费状态.xlsx, its 学员信息 在读状态 `停课`
 * for QH2611 and QH2612): the front desk wrote 停课 for students who stopped coming after their
 * parent scored 1/5 ("换了老师以后孩子不愿意来了"); the pause word turned the retention call into
 * "客户状态为“停课”：定期联系，了解何时恢复（不安排挽留联系）" and the risk 高 99.4 % into 中 62 %.
 * A pause status of a customer unhappy by her own word (the latest score low, a detractor, a complaint
 * open: churn/signals.ts unhappyOf) is no pause: her silence is hers. A small stand-in for that
 * workbook, not a copy of its rows: weekly students, three of them 停课 and silent for 12 weeks.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { churnReasonsOf } from "../../../src/engine/churn/reasons";
import { churnOf } from "../helpers/scheduleOf";
import { analysisTables } from "../../../src/engine/report/tabs";

const asOf = parseIsoDate("2026-11-30");

/** Dates every `days` days back from `last`, `n` of them (oldest first). */
function every(last: string, days: number, n: number): string[] {
  const end = parseIsoDate(last);
  return Array.from({ length: n }, (_, i) => isoDate(end - (n - 1 - i) * days));
}

const ATTENDING = Array.from({ length: 24 }, (_, k) => `QH${2501 + k}`);
// 停课 after a 1/5 (QH2611), after a detractor's 2/10 alone (QH2612), after a 5/5 (QH2613).
const STOPPED = ["QH2611", "QH2612", "QH2613"];
const SURVEYS: [date: string, id: string, score: number, nps: number, note: string][] = [
  ["2026-08-31", "QH2611", 1, 2, "换了老师以后孩子不愿意来了"],
  ["2026-08-30", "QH2612", 4, 2, "上课时间老是调整，接送不方便"],
  ["2026-08-29", "QH2613", 5, 9, "老师很好，出国一段时间"],
  ["2026-11-20", "QH2501", 5, 10, ""],
];

function students(): Grid {
  return [
    ["学号", "学员姓名", "课程顾问", "联系电话", "在读状态"],
    ...[...ATTENDING, ...STOPPED].map((id, k) => [
      id,
      `学员${k}`,
      ["陈老师", "刘老师"][k % 2],
      `1390000${String(k).padStart(4, "0")}`,
      STOPPED.includes(id) ? "停课" : "在读",
    ]),
  ];
}

function payments(): Grid {
  const rows: Grid = [["日期", "单号", "学号", "金额"]];
  let k = 0;
  for (const id of ATTENDING)
    for (const d of every("2026-11-27", 7, 50)) rows.push([d, `JF${++k}`, id, 380]);
  for (const id of STOPPED)
    for (const d of every("2026-09-05", 7, 40)) rows.push([d, `JF${++k}`, id, 380]);
  return rows;
}

function surveys(): Grid {
  return [["日期", "学号", "满意度", "推荐意愿", "意见"], ...SURVEYS];
}

let a: Analysis;
beforeAll(async () => {
  a = await analyzeWorkbook(
    memorySource({ 学员信息: students(), 缴费记录: payments(), 满意度调查: surveys() }),
    { rules: defaultRules(), asOf },
  );
});

/** Customer `id`'s churn level and first planned contact ("reason priority"). */
function of(id: string): { level: string; first: string } {
  const c = a.dataset.customers.id.indexOf(id);
  const f = a.schedule.followUps;
  let first = "";
  let day = Infinity;
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === c && f.day[i] < day) {
      day = f.day[i];
      first = FOLLOW_UP_REASONS[f.reason[i]];
    }
  return { level: churnOf(a, id).level, first };
}

test("停课 after a 1/5 or a detractor's score: high, a retention call, her low score said", () => {
  for (const id of ["QH2611", "QH2612"]) {
    expect(of(id)).toEqual({ level: "high", first: "win_back" });
  }
  const c = a.dataset.customers.id.indexOf("QH2611");
  const said = churnReasonsOf(a.classification.analysis, c).map((r) => r.text["zh-CN"]);
  expect(said).toContain("满意度低：最近一次评分 1/5（2026-08-31）");
});

test("停课 after a 5/5: still paused, no retention call", () => {
  const p = of("QH2613");
  expect(p.level).not.toBe("high");
  expect(p.first).toBe("cadence");
});

/** The schedule tab's rows of customer `id`: [reason, talking point]. */
function scheduleRows(id: string, lang: "zh-CN" | "en-US"): string[][] {
  const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
    (x) => x.tab === "followUps",
  )!;
  return t
    .rows(0, t.rowCount)
    .filter((r) => r[2] === id)
    .map((r) => [String(r[5]), String(r[6])]);
}

// tester69 U502: the parent's own words were on no call; U523: say both, the status and the score.
test("the retention call says the 停课 that did not hold her and quotes the parent's low score", () => {
  const [, zh] = scheduleRows("QH2611", "zh-CN")[0];
  expect(zh).toContain(
    "客户状态为“停课”，但评分低或有未解决的投诉：仍安排挽留联系；2026-08-31 评分 1/5、推荐意愿 2/10：“换了老师以后孩子不愿意来了”；问清哪里不满意、怎样补救",
  );
  const [, en] = scheduleRows("QH2611", "en-US")[0];
  expect(en).toContain(
    "Status “停课”, yet a low score or an open complaint: a retention call all the same; rated us 1/5, 2/10 to recommend on 2026-08-31: “换了老师以后孩子不愿意来了”; ask what went wrong and what would put it right",
  );
  // A detractor's score alone is said alone.
  expect(scheduleRows("QH2612", "zh-CN")[0][1]).toContain(
    "2026-08-30 评分 推荐意愿 2/10：“上课时间老是调整，接送不方便”",
  );
});
