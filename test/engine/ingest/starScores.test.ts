// tester55 U5 / reviewer55 R9: her survey 满意度 scores 总体评价 / 酒品质量 / 配送 in stars (★★★★☆).
// None was read: 18 of 18 rows unused, the console said the 总体满意度 column ("overall") was blank
// (it held stars) and "全部 0 行都按没有“总体满意度”读取" of a sheet of 18 rows.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { parseScore } from "../../../src/engine/parse/number";
import { defaultRules } from "../../../src/engine/rules";
import { wineSurvey, wineWorkbook } from "../../fixtures/tester55wine/sheets";

const asOf = epochDay(2026, 11, 30);

test("stars are scores: the filled ones counted", () => {
  expect(parseScore("★★★★☆")).toBe(4);
  expect(parseScore("★★★☆☆")).toBe(3);
  expect(parseScore(" ★★★★★ ")).toBe(5);
  expect(parseScore("⭐⭐⭐")).toBe(3);
  // No filled star is 0: out of a 1–5 scale, said as such, not a blank.
  expect(parseScore("☆")).toBe(0);
  // Already read: full-width digits, 4星, 4分.
  expect(parseScore("４")).toBe(4);
  expect(parseScore("4星")).toBe(4);
  expect(parseScore("4分")).toBe(4);
  expect(parseScore("★4")).toBeNaN();
});

test("her survey in stars is read: 总体评价 as the overall score, 酒品质量 and 配送 as theirs", async () => {
  const { dataset, findings } = await ingestWorkbook(memorySource(wineWorkbook()), { asOf });
  const s = dataset.surveys!;
  expect(s.count).toBe(4);
  expect(Array.from(s.overall)).toEqual([2, 2, 3, 4]);
  expect(Array.from(s.quality)).toEqual([2, 1, 2, 5]);
  expect(Array.from(s.delivery)).toEqual([2, 2, 3, 4]);
  expect(findings.filter((f) => f.kind === "surveys" && f.severity !== "info")).toEqual([]);
});

const customers = wineWorkbook().客户资料;
const sales = wineWorkbook().销售明细;

/** Her survey with the overall column's cells replaced (every other score column dropped). */
function surveyOf(header: string, cell: string): Grid {
  return [
    ["日期", "客户代码", header],
    ...wineSurvey.slice(1).flatMap((r) => [
      [r[0], r[1], cell],
      [r[0], r[1], cell],
    ]),
  ];
}

test("scores written but not read are unreadable, not blank; the column is named, not its key", async () => {
  const a = await ingestWorkbook(
    memorySource({
      客户资料: customers,
      销售明细: sales,
      满意度: surveyOf("总体满意度", "很好吧"),
    }),
    { asOf },
  );
  const codes = a.findings.map((f) => f.code);
  expect(codes).toContain("many_unreadable");
  expect(codes).not.toContain("many_blank_required");
  const many = a.findings.find((f) => f.code === "many_unreadable")!;
  expect(many.message["zh-CN"]).toContain(
    "8 行中有 8 行（100%）未使用：“总体满意度”列中“很好吧”这样的值",
  );
});

test("a misspelt score header over rows none of which is used says how many rows there are", async () => {
  // 总体评份 for 总体满意度, beside a 配送 column left blank: no row has a score.
  const survey: Grid = [
    ["日期", "客户代码", "总体评份", "配送"],
    ...surveyOf("x", "")
      .slice(1)
      .map((r) => [r[0], r[1], "★★★★☆", ""]),
  ];
  const a = await analyzeWorkbook(
    memorySource({ 客户资料: customers, 销售明细: sales, 满意度: survey }),
    { rules: defaultRules(), asOf },
  );
  const said = a.warnings.find((w) => w.code === "misspelt_column");
  expect(said?.message["zh-CN"]).toContain("全部 8 行都按没有“总体满意度”读取");
  // Its blank rows name the field that has no column, not its key "overall".
  const blank = a.findings.find((f) => f.code === "many_blank_required");
  expect(blank?.message["zh-CN"]).toContain("必填的“总体满意度”列为空");
  expect(blank?.message["en-US"]).toContain("the required column “Overall” is blank");
});
