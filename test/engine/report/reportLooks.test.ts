import { isoDate } from "../../../src/engine/parse/date";
import { threeHundredChanges } from "./changesFixture";
import { complaintsTable } from "../../../src/engine/report/complaintsTab";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { satisfactionTable } from "../../../src/engine/report/satisfactionTab";
import { summariseComplaints } from "../../../src/engine/complaints/summary";
import { summariseSatisfaction } from "../../../src/engine/satisfaction/summary";
import { relationshipKpis } from "../../../src/engine/overview/kpis";
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { defaultRules } from "../../../src/engine/rules";
import { complaintRulesSchema, satisfactionRulesSchema } from "../../../src/engine/rules/service";
import { parseIsoDate as d } from "../../../src/engine/parse/date";
import { lookRow, type ReportTable } from "../../../src/engine/report/table";
import { afterFigure } from "../../../src/engine/report/layoutPages";
import type { SheetSource } from "../../../src/engine/model";
import { smallDataset } from "../followUp/smallDataset";

/** Issue 11's looks, as a manager reads the printed tabs (stop-20 tester R1, B4, stop-19 #17). */

const asOf = d("2026-03-06");
const dataset = smallDataset({
  asOf,
  customers: [
    { id: "C1", name: "甲公司", owner: "王", consent: 1 },
    { id: "C2", name: "乙公司", owner: "王", consent: 1 },
  ],
  transactions: [
    { customer: 0, day: d("2025-05-01"), amount: 500 },
    { customer: 1, day: d("2026-01-05"), amount: 300 },
  ],
  surveys: [
    { customer: 0, day: d("2026-02-01"), overall: 5, recommend: 10 },
    { customer: 1, day: d("2026-02-10"), overall: 2, recommend: 4 },
    { customer: 1, day: d("2025-11-10"), overall: 4, recommend: 8 },
  ],
  complaints: [
    { customer: 1, receivedAt: d("2026-03-02"), resolvedAt: d("2026-03-03") },
    { customer: 1, receivedAt: d("2026-03-05") },
  ],
});
const analysis = {
  valueTier: Int8Array.of(0, 1),
  churnLevel: Int8Array.of(0, 0),
  lifecycleStage: Int8Array.of(3, 3),
  rfmSegment: Int8Array.of(0, 7),
  monetary: Float64Array.of(500, 300),
  churnProbability: Float64Array.of(0.1, 0.2),
};
const satRules = satisfactionRulesSchema.parse({});
const compRules = complaintRulesSchema.parse({});
const satisfaction = summariseSatisfaction({ dataset, analysis, rules: satRules, asOf });
const complaints = summariseComplaints({ dataset, rules: compRules, asOf });
const rows = (t: ReportTable) => t.rows(0, t.rowCount);
const filled = (r: readonly unknown[]) => r.filter((c) => c !== null && c !== "");

describe("complaint summary (R1)", () => {
  test("each figure on its own row beside its label, nothing after it to misread", () => {
    for (const [lang, labels] of [
      ["zh-CN", ["投诉总数", "未解决", "已解决"]],
      ["en-US", ["Complaints", "Open", "Resolved"]],
    ] as const) {
      const all = rows(complaintsTable(complaints, dataset, compRules, lang));
      const got = labels.map((l) => filled(all.find((r) => r[0] === l)!));
      expect(got).toEqual([
        [labels[0], 2],
        [labels[1], 1],
        [labels[2], 1],
      ]);
    }
  });
});

describe("an empty sheet is named, not called missing (B4)", () => {
  // As the ingest gives it from a workbook on disk: the finding carries the file's path too.
  const empty = [
    {
      code: "empty_sheet" as const,
      kind: "complaints" as const,
      sheet: "投诉",
      file: "/tmp/tt/empty.xlsx",
    },
  ];
  test("complaints: no sheet, an empty sheet, a header without rows", () => {
    const text = (t: ReportTable) => rows(t)[1][0];
    expect(text(complaintsTable(null, dataset, compRules, "zh-CN"))).toBe("工作簿中没有投诉表。");
    expect(text(complaintsTable(null, dataset, compRules, "zh-CN", empty))).toBe(
      "投诉表“投诉”中没有投诉记录，无可分析的内容。",
    );
    const headerOnly = smallDataset({
      asOf,
      customers: [{ id: "C1", name: "甲", owner: "王", consent: 1 }],
      transactions: [{ customer: 0, day: d("2025-05-01"), amount: 1 }],
      complaints: [],
    });
    headerOnly.sources.complaints = { sheetName: "Complaints" } as SheetSource;
    const none = summariseComplaints({ dataset: headerOnly, rules: compRules, asOf });
    expect(text(complaintsTable(none, headerOnly, compRules, "en-US"))).toBe(
      "The Complaints sheet “Complaints” holds no complaints: nothing to analyse.",
    );
  });
  test("a CSV file is named by its file name, not its path", () => {
    const csv = [
      {
        code: "empty_sheet" as const,
        kind: "complaints" as const,
        sheet: "Complaints",
        file: "/home/li/data/complaints.csv",
        sheetIsFile: true,
      },
    ];
    expect(rows(complaintsTable(null, dataset, compRules, "en-US", csv))[1][0]).toBe(
      "The Complaints sheet “complaints.csv” holds no complaints: nothing to analyse.",
    );
  });
  test("surveys: an empty sheet", () => {
    const surveys = [{ code: "empty_sheet" as const, kind: "surveys" as const, sheet: "Surveys" }];
    expect(rows(satisfactionTable(null, dataset, satRules, "en-US", surveys))[1][0]).toBe(
      "The Surveys sheet “Surveys” holds no responses: nothing to analyse.",
    );
  });
});

describe("a dimension's name stands one indent off the score before it (stop 33 tester #8)", () => {
  test.each(["zh-CN", "en-US"] as const)("%s: weakest and lowest-on cells", (lang) => {
    const t = satisfactionTable(satisfaction, dataset, satRules, lang);
    const all = rows(t);
    // Every text cell right of a figure is one the writer indents (a note, or a heading over it).
    let checked = 0;
    all.forEach((r, i) => {
      const looks = lookRow(t.looks, i);
      for (let c = 1; c < r.length; c++) {
        if (typeof r[c] !== "string" || r[c] === "" || !afterFigure(r, looks, c)) continue;
        if (typeof r[c - 1] !== "number") continue;
        expect([lang, i, c, looks?.[c]]).toEqual([lang, i, c, "note"]);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(0);
  });
});

describe("figures from a few answers say so (stop-19 #17)", () => {
  test("satisfaction rows under 30 responses carry a note", () => {
    const t = satisfactionTable(satisfaction, dataset, satRules, "en-US");
    const all = rows(t);
    const header = all.find((r) => r[0] === "Breakdown")!;
    expect(filled(header).at(-1)).toBe("Note");
    const overall = all.find((r) => r[0] === "All")!;
    expect(overall[header.length - 1]).toBe("Fewer than 30 responses: a rough figure");
  });
  test("the Overview's CSAT and quarters", () => {
    const kpis = relationshipKpis({
      summary: summariseCustomers(dataset, defaultRules()),
      analysis,
    });
    const zh = rows(overviewTable({ kpis, satisfaction, complaints, asOf }, "zh-CN"));
    expect(String(zh.find((r) => r[0] === "CSAT（%）")![2])).toMatch(/；回答少于 30 份，仅供参考$/);
    const quarterHeader = zh.find((r) => r[0] === "季度")!;
    expect(filled(quarterHeader)).toEqual(["季度", "NPS", "CSAT（%）", "回答数", "说明"]);
    const q = zh.find((r) => r[0] === "2026-Q1")!;
    expect(q[4]).toBe("回答少于 30 份，仅供参考");
  });
  test("the Overview says what moved since the previous run, as the console does (tester12 #4)", () => {
    const kpis = relationshipKpis({
      summary: summariseCustomers(dataset, defaultRules()),
      analysis,
    });
    const changes = threeHundredChanges();
    const c = changes.comparison;
    const counts = [
      c.wrongWay.length,
      c.rightWay.length,
      c.mixedMoves.length,
      c.sidewaysMoves.length,
      c.added.length,
    ];
    const line = (lang: "zh-CN" | "en-US", withChanges: boolean) =>
      rows(
        overviewTable(
          { kpis, satisfaction, complaints, asOf, ...(withChanges ? { changes } : {}) },
          lang,
        ),
      ).filter((r) => r[0] === (lang === "zh-CN" ? "变化" : "Changes"));
    const prev = isoDate(c.previous.asOf);
    expect(line("zh-CN", true).map((r) => r[1])).toEqual([
      `与 ${prev} 相比：${counts[0]} 位变差、${counts[1]} 位变好、${counts[2]} 位有升有降、${counts[3]} 位平移；新增 ${counts[4]} 位；规则集已更改（${c.previous.ruleSetHash.slice(0, 12)} → ${c.current.ruleSetHash.slice(0, 12)}）：变化含规则的影响。详见“变化”表。`,
    ]);
    const en = String(line("en-US", true)[0][1]);
    expect(en).toMatch(
      new RegExp(
        `^Since ${prev}: ${counts[0]} customers moved the wrong way, ${counts[1]} the right way, ${counts[2]} both ways \\(mixed\\), ${counts[3]} sideways; ${counts[4]} new`,
      ),
    );
    expect(en).toMatch(/See the Changes tab\.$/);
    // A first run has nothing to compare with: no such row.
    expect(line("zh-CN", false)).toEqual([]);
    expect(line("en-US", false)).toEqual([]);
  });
});
