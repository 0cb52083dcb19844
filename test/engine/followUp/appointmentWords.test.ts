/**
 * Reviewer66's open finding (stop 67 fix67e, item 4): a vet's appointments sheet (预约登记, read as
 * the visits) was said as classes and check-ins: "已 108 天未上课/签到", "No check-in for 108 days"
 * on the segments, follow-up and at-risk tabs. Now as kept appointments (words/visitKind.ts), in
 * both languages. Fixture: a small vet's sheets made for this test (two pets on a 理疗 course paid
 * once and kept weekly, one stopped in August; two paying monthly).
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = parseIsoDate("2026-12-06");

/** Rows from `from` every `step` days up to `to`, each made by `row`. */
const every = (from: string, to: string, step: number, row: (day: string) => Grid[number]) => {
  const out: Grid = [];
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d += step) out.push(row(isoDate(d)));
  return out;
};

let a: Analysis;
beforeAll(async () => {
  a = await analyzeWorkbook(
    memorySource({
      客户档案: [
        ["病历号", "宠物名", "主人"],
        ["P1", "球球", "赵敏"],
        ["P2", "花花", "孙丽"],
        ["P3", "豆豆", "王磊"],
        ["P4", "咪咪", "李娟"],
      ],
      收费明细: [
        ["收费日期", "病历号", "项目", "实收金额"],
        ["2026-04-01", "P1", "康复理疗疗程", 3000],
        ["2026-05-01", "P2", "康复理疗疗程", 3000],
        ...every("2025-06-01", "2026-11-20", 30, (d) => [d, "P3", "体检", 300]),
        ...every("2025-06-01", "2026-06-01", 30, (d) => [d, "P4", "体检", 300]),
      ],
      预约登记: [
        ["预约日期", "病历号", "项目", "状态"],
        ...every("2026-04-02", "2026-08-20", 7, (d) => [d, "P1", "理疗", "已到诊"]),
        ...every("2026-05-02", "2026-12-01", 7, (d) => [d, "P2", "理疗", "已到诊"]),
      ],
    }),
    { rules: defaultRules(), asOf: AS_OF },
  );
});

test("a vet's kept appointments are said as appointments in the reasons, zh-CN and en-US", () => {
  const said = (id: string, lang: "zh-CN" | "en-US") =>
    churnReasonsIn(a.classification.analysis, a.dataset.customers.id.indexOf(id), lang)[0].text;
  // Before: 已 108 天未上课/签到…, 降低风险：上次上课/签到在 8 天前…, No check-in for 108 days…
  expect(said("P1", "zh-CN")).toBe("已 108 天未到诊（通常约每 8 天一次），超出自身节奏 100 天");
  expect(said("P2", "zh-CN")).toBe("降低风险：上次到诊在 8 天前（通常约每 7 天一次）");
  expect(said("P1", "en-US")).toBe(
    "No kept appointment for 108 days (usually every 8 days): 100 days past own rhythm",
  );
  expect(said("P2", "en-US")).toBe(
    "Lowers the risk: last kept appointment 8 days ago (usually every 7 days)",
  );
});

test("no tab says classes or check-ins of a vet's appointments", () => {
  for (const [lang, words] of [
    ["zh-CN", /上课|签到/],
    ["en-US", /check-in|lesson/i],
  ] as const) {
    const cells = analysisTables(a, lang, { at: AS_OF, durationSeconds: 0 }).flatMap((t) =>
      t.rows(0, t.rowCount).flatMap((r) => r.filter((c): c is string => typeof c === "string")),
    );
    expect(cells.filter((c) => words.test(c))).toEqual([]);
  }
});
