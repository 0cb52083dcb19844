import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource } from "../../../src/engine/ingest/memorySource";
import type { MergedArea } from "../../../src/engine/ingest/mergedFill";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester53 N4: 客户资料 with 区域 merged down per region (A5:A18 上海 …): only the top row of each
// merge had a region (25 of 30 customers regionless), and nothing said so.

const customers: Grid = [
  ["区域", "客户编号", "客户名称"],
  ["上海", "SH001", "甲"],
  [null, "SH002", "乙"],
  [null, "SH003", "丙"],
  ["杭州", "HZ001", "丁"],
  [null, "HZ002", "戊"],
  [],
  [null, "SZ001", "己"], // below the merges: no region of its own, none given
];
const transactions: Grid = [
  ["客户编号", "日期", "金额"],
  ["SH001", "2025-03-01", 100],
];

function withMerges(merges: Record<string, MergedArea[]>): GridSource {
  const source = memoryColumnSource({ 客户资料: customers, 销售: transactions });
  return { ...source, mergedAreas: async (name) => merges[name] ?? [] };
}

describe("vertically merged cells", () => {
  test("a merge's value is read on every row it covers, and a note says so", async () => {
    const source = withMerges({
      客户资料: [
        { top: 2, bottom: 4, left: 0, right: 0 }, // A2:A4 上海
        { top: 5, bottom: 6, left: 0, right: 0 }, // A5:A6 杭州
        { top: 1, bottom: 1, left: 1, right: 2 }, // a header merge across: not a fill
      ],
    });
    const { dataset, findings } = await ingestWorkbook(source, { asOf: epochDay(2025, 12, 31) });
    const c = dataset.customers;
    expect(c.id).toEqual(["SH001", "SH002", "SH003", "HZ001", "HZ002", "SZ001"]);
    expect(c.region).toEqual(["上海", "上海", "上海", "杭州", "杭州", ""]);
    const notes = findings.filter((f) => f.code === "merged_cells_filled");
    expect(notes.map((f) => [f.sheet, f.row, f.column, f.severity])).toEqual([
      ["客户资料", 0, "区域", "info"],
    ]);
    expect(notes[0].message["zh-CN"]).toBe(
      "A 列“区域”有 2 处上下合并的单元格（如 A2:A4）：合并单元格的值已用于其中的每一行（共补上 3 行）",
    );
    expect(notes[0].message["en-US"]).toBe(
      "Column A “区域” has 2 cells merged down over several rows (such as A2:A4): each merged cell's value was read on every row it covers (3 rows filled in)",
    );
  });

  test("without merges, the same sheet keeps its blanks and says nothing", async () => {
    const { dataset, findings } = await ingestWorkbook(withMerges({}), {
      asOf: epochDay(2025, 12, 31),
    });
    expect(dataset.customers.region).toEqual(["上海", "", "", "杭州", "", ""]);
    expect(findings.some((f) => f.code === "merged_cells_filled")).toBe(false);
  });
});

// reviewer54 H2: an order's total merged over its product lines is one amount, not one per line.
test("a merged amount is counted once: on the merge's top row, not copied into each line", async () => {
  const lines: Grid = [
    ["客户编号", "日期", "产品", "金额"],
    ["SH001", "2025-03-01", "茶叶", 9000],
    [null, null, "茶具", null],
    [null, null, "礼盒", null],
  ];
  const source = memoryColumnSource({ 客户资料: customers, 销售: lines });
  const merged: GridSource = {
    ...source,
    mergedAreas: async (name) =>
      name === "销售"
        ? [
            { top: 2, bottom: 4, left: 0, right: 0 },
            { top: 2, bottom: 4, left: 1, right: 1 },
            { top: 2, bottom: 4, left: 3, right: 3 },
          ]
        : [],
  };
  const { dataset } = await ingestWorkbook(merged, { asOf: epochDay(2025, 12, 31) });
  const t = dataset.transactions;
  let total = 0;
  for (let k = 0; k < t.count; k++) total += t.amount[k];
  expect(total).toBe(9000);
});
