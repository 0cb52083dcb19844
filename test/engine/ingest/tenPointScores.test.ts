import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { fivePointOf, namesTenPointScale } from "../../../src/engine/parse/scoreScale";
import { rowsNotUsedWarnings } from "../../../src/engine/followUp/warnings";

// tester54 T3: 满意度回访 scored 满意度(10分制) 6–10 was read as 1–5: answers above 5 refused
// ("超出 1–5", then "为空" though they were not), 3 out of 10 read as 3 out of 5, CSAT 0.0 %.

const customers: Grid = [["客户编号"], ["K001"], ["K002"]];
const transactions: Grid = [
  ["客户编号", "日期", "金额"],
  ["K001", "2025-03-01", 100],
];
const asOf = epochDay(2025, 12, 31);

const read = (surveys: Grid, columns: boolean) =>
  ingestWorkbook(
    (columns ? memoryColumnSource : memorySource)({
      客户: customers,
      交易: transactions,
      满意度回访: surveys,
    }),
    { asOf },
  );

describe.each([false, true])("a score column out of 10 (column blocks: %s)", (columns) => {
  test("is read on its scale and put on 1–5, with one note that says how", async () => {
    const { dataset, findings } = await read(
      [
        ["回访日期", "客户编号", "满意度(10分制)", "是否愿意推荐(0-10)"],
        ["2025-06-01", "K001", 3, 2],
        ["2025-06-02", "K002", 6, 7],
        ["2025-06-03", "K001", 9, 10],
        ["2025-06-04", "K002", 10, 9],
        ["2025-06-05", "K001", "8", ""],
      ],
      columns,
    );
    const s = dataset.surveys!;
    expect(Array.from(s.overall)).toEqual([2, 3, 5, 5, 4]);
    expect(Array.from(s.recommend)).toEqual([2, 7, 10, 9, NaN]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const notes = findings.filter((f) => f.code === "score_scale_ten");
    expect(notes.map((f) => [f.sheet, f.row, f.column])).toEqual([
      ["满意度回访", 2, "满意度(10分制)"],
    ]);
    expect(notes[0].message["zh-CN"]).toBe(
      "C 列“满意度(10分制)”按 10 分制读取：5 个分数已换算为 5 分制（1–2 分为 1，3–4 为 2，5–6 为 3，7–8 为 4，9–10 为 5），满意度（CSAT，4–5 分的占比）即 10 分制的 7–10 分",
    );
  });

  test("rows whose only answers are out of range are unreadable, not blank, and counted as not used", async () => {
    const rows: Grid = [["回访日期", "客户编号", "满意度", "备注"]];
    for (let d = 1; d <= 6; d++) rows.push([`2025-06-0${d}`, "K001", 8, ""]);
    rows.push(["2025-06-09", "K002", 4, ""]);
    const { dataset, findings } = await read(rows, columns);
    expect(dataset.surveys!.count).toBe(1);
    expect(findings.some((f) => f.code === "missing_required")).toBe(false);
    expect(findings.filter((f) => f.code === "out_of_range")).toHaveLength(6);
    const many = findings.filter((f) => f.code === "many_unreadable");
    expect(many.map((f) => [f.sheet, f.column])).toEqual([["满意度回访", "满意度"]]);
    expect(rowsNotUsedWarnings(findings, dataset, () => "数据质量").map((w) => w.code)).toEqual([
      "rows_not_used",
    ]);
  });
});

test("headers that name a 10-point scale, and some that do not", () => {
  for (const h of [
    "满意度(10分制)",
    "满意度（1-10）",
    "总体评分（0～10分）",
    "满分10分",
    "Satisfaction (out of 10)",
    "CSAT 1-10",
    "Rating /10",
  ])
    expect([h, namesTenPointScale(h)]).toEqual([h, true]);
  for (const h of [
    "满意度",
    "满意度(1-5)",
    "满意度(1-100)",
    "评分(100分制)",
    "Satisfaction",
    "Score 1-5",
  ])
    expect([h, namesTenPointScale(h)]).toEqual([h, false]);
});

test("a 10-point answer goes to 1–5 in order, as the linear map 1–10 → 1–5 rounded", () =>
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (a, b) => {
      const [x, y] = [fivePointOf(a), fivePointOf(b)];
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(5);
      if (a <= b) expect(x).toBeLessThanOrEqual(y);
      if (a >= 1) expect(x).toBe(Math.round(1 + ((a - 1) * 4) / 9));
      // CSAT's 4–5 (DOMAIN §6) is 7–10 out of 10.
      expect(x >= 4).toBe(a >= 7);
    }),
  ));
