import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// Stop 33 tester #2: a transactions file whose every date was unreadable (31.31.2025) exited 0 with
// a report about nobody (202 prospects, 202 contacts planned), while a header-only file exits 2.
// No usable row now stops the same way, naming the sheet, the column and the first bad rows.
// Tester #12: a header-only sheet said "客户（客户）只有标题": the sheet named once, with its row.

const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];
function transactions(rows: number, date = "31.31.2025"): Grid {
  const g: Grid = [["客户编号", "日期", "金额"]];
  for (let i = 0; i < rows; i++) g.push([i % 2 ? "C2" : "C1", date, 100 + i]);
  return g;
}

test("no usable transaction row is refused like no rows, naming rows and column, both languages", async () => {
  for (const make of [memorySource, memoryColumnSource]) {
    const source = make({ 客户: customers, 交易: transactions(30) });
    const e = await ingestWorkbook(source, { asOf: epochDay(2025, 12, 31) }).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.messageZh).toContain("工作表“交易”的 30 行数据都无法使用");
    expect(e.messageZh).toContain(
      "最先未使用的行：第 2 行：B 列“日期”：“31.31.2025”不是有效日期（月份须为 01 至 12）",
    );
    expect(e.messageZh).toContain("第 4 行：");
    expect(e.message).toContain("sheet “交易”: none of its 30 rows can be used");
    expect(e.message).toContain("The first rows not used: row 2: ");
  }
});

// Datefix51: a sheet with no usable row said "Correct them" where the mostly-unreadable stop said
// what to write (ISO dates, or the column's fix): one advice now, from the column that failed.
test("no usable row, every refusal one column's: the same next step as the mostly-unreadable stop", async () => {
  for (const rows of [3, 30]) {
    const e = await ingestWorkbook(memorySource({ 客户: customers, 交易: transactions(rows) }), {
      asOf: epochDay(2025, 12, 31),
    }).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.messageZh).toMatch(
      /最先未使用的行：.*。请把日期写成 ISO 日期（2023-01-01）或带四位年份（01\/01\/2023），然后重新分析$/,
    );
    expect(e.message).toMatch(
      /The first rows not used: .*\. Write the dates as ISO dates \(2023-01-01\) or with four-digit years \(01\/01\/2023\), then run again$/,
    );
  }
  const amounts: Grid = [["客户编号", "日期", "金额"]];
  for (let i = 0; i < 4; i++) amounts.push(["C2", "2025-06-02", "n/a"]);
  const a = await ingestWorkbook(memorySource({ 客户: customers, 交易: amounts }), {
    asOf: epochDay(2025, 12, 31),
  }).catch((x) => x);
  expect(a.message).toMatch(
    /\. Correct that column \(or, if another column holds these values, name that one instead\) and run again$/,
  );
  expect(a.messageZh).toMatch(/。请改正该列（如果这些值在另一列，请改用那一列），然后重新分析$/);
  // Refusals of more than one kind keep the general advice.
  const mixed: Grid = [
    ["客户编号", "日期", "金额"],
    ["C1", "31.31.2025", 10],
    ["C9", "2025-06-02", 10],
  ];
  const m = await ingestWorkbook(memorySource({ 客户: customers, 交易: mixed }), {
    asOf: epochDay(2025, 12, 31),
  }).catch((x) => x);
  expect(m.message).toMatch(/\. Correct them and run again$/);
  expect(m.messageZh).toMatch(/。请改正后重新分析$/);
});

test("half the rows usable is enough: analysed, the rest reported", async () => {
  const g = transactions(30);
  for (let i = 0; i < 30; i++) g.push(["C1", "2025-06-01", 10]);
  const r = await ingestWorkbook(memorySource({ 客户: customers, 交易: g }), {
    asOf: epochDay(2025, 12, 31),
  });
  expect(r.dataset.transactions.count).toBe(30);
  expect(r.findings.filter((f) => f.code === "unparseable_value")).toHaveLength(30);
});

// Tester51 C1: 01/01/23 dates (read since) refused 3,024 of 3,036 rows, and the 9 rows in other formats made a
// report with exit 0. A required column unreadable on more than half the rows (and at least 10)
// now stops the run, in the task pane too (this function reads its sheets).
test("a date column unreadable on most rows stops: rows, values and the next step, both languages", async () => {
  for (const make of [memorySource, memoryColumnSource]) {
    const g = transactions(30, "Jan/01/2023");
    g.push(["C1", "2025-06-01", 10]);
    const e = await ingestWorkbook(make({ 客户: customers, 交易: g }), {
      asOf: epochDay(2025, 12, 31),
    }).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.messageZh).toBe(
      "工作表“交易”的 31 行数据中有 30 行无法使用：其“日期”无法识别为日期（最先几行：第 2 行“Jan/01/2023”；" +
        "第 3 行“Jan/01/2023”；第 4 行“Jan/01/2023”），分析将遗漏其中大部分。" +
        "请把日期写成 ISO 日期（2023-01-01）或带四位年份（01/01/2023），然后重新分析",
    );
    expect(e.message).toBe(
      "sheet “交易”: 30 of its 31 rows cannot be used because their “日期” could not be read (date " +
        "expected; the first: row 2 “Jan/01/2023”; row 3 “Jan/01/2023”; row 4 “Jan/01/2023”), so the " +
        "analysis would leave most of them out. Write the dates as ISO dates (2023-01-01) or with " +
        "four-digit years (01/01/2023), then run again",
    );
  }
});

test("other unreadable dates get the ISO advice; an unreadable amount the column advice", async () => {
  const dates = transactions(12, "31.31.2025");
  dates.push(["C1", "2025-06-01", 10]);
  const d = await ingestWorkbook(memorySource({ 客户: customers, 交易: dates }), {
    asOf: epochDay(2025, 12, 31),
  }).catch((x) => x);
  expect(d.message).toMatch(/12 of its 13 rows .*Write the dates as ISO dates \(2023-01-01\)/);
  const amounts: Grid = [
    ["客户编号", "日期", "金额"],
    ["C1", "2025-06-01", 10],
  ];
  for (let i = 0; i < 12; i++) amounts.push(["C2", "2025-06-02", "n/a"]);
  const a = await ingestWorkbook(memorySource({ 客户: customers, 交易: amounts }), {
    asOf: epochDay(2025, 12, 31),
  }).catch((x) => x);
  expect(a).toBeInstanceOf(InputError);
  expect(a.message).toContain("12 of its 13 rows cannot be used because their “金额”");
  expect(a.message).toContain("Correct that column");
});

test("fewer than 10 unreadable rows never stop, even when they are most of the sheet", async () => {
  const g = transactions(9, "Jan/01/2023");
  g.push(["C1", "2025-06-01", 10]);
  const r = await ingestWorkbook(memorySource({ 客户: customers, 交易: g }), {
    asOf: epochDay(2025, 12, 31),
  });
  expect(r.dataset.transactions.count).toBe(1);
});

test("a header-only sheet is named once, with its header row", async () => {
  const e = await ingestWorkbook(
    memorySource({ 客户: [["客户编号"]], 交易: transactions(3, "2025-01-01") }),
    {
      asOf: epochDay(2025, 12, 31),
    },
  ).catch((x) => x);
  expect(e).toBeInstanceOf(InputError);
  expect(e.messageZh).toMatch(/^工作表“客户”第 1 行是标题，其下没有数据行/);
  expect(e.message).toMatch(/^sheet “客户”: row 1 is the header and no data rows follow it/);
});

test("the many-unreadable warning names its first row and the totals row, so its counts add up", async () => {
  const g = transactions(30);
  for (let i = 0; i < 30; i++) g.push(["C1", "2025-06-01", 10]);
  g.push(["合计", "31.31.2025", 9999]);
  const r = await ingestWorkbook(memorySource({ 客户: customers, 交易: g }), {
    asOf: epochDay(2025, 12, 31),
  });
  const w = r.findings.find((f) => f.code === "many_unreadable")!;
  expect(w.message["zh-CN"]).toBe(
    "交易表 61 行中有 30 行（49%）未使用：“日期”列中“31.31.2025”这样的值无法识别为日期，第一行为第 2 行；另有 1 行为合计行或空行，已跳过。" +
      "请把日期写成 ISO 日期（2023-01-01）或带四位年份（01/01/2023），然后重新分析",
  );
  expect(w.message["en-US"]).toContain(
    "the first in row 2; 1 more row skipped (a totals or blank row)",
  );
});

// A sheet whose rows are all skipped without an error (totals, blank, repeated header rows: info
// findings) listed no row at all: "最先未使用的行：。" / "The first rows not used: .".
test("rows skipped without an error are named too, with why (totals, blank, header again)", async () => {
  const g: Grid = [
    ["客户编号", "日期", "金额"],
    ["合计", "2025-01-31", 100],
    [],
    ["客户编号", "日期", "金额"],
    ["总计", "2025-02-28", 200],
  ];
  for (const make of [memorySource, memoryColumnSource]) {
    const e = await ingestWorkbook(make({ 客户: customers, 交易: g }), {
      asOf: epochDay(2025, 12, 31),
    }).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.messageZh).toContain(
      "工作表“交易”的 4 行数据都无法使用：没有交易就无法计算价值、阶段和流失风险。" +
        "最先未使用的行：第 2 行：合计行（“合计”），已跳过；第 3 行：空行，已跳过；" +
        "第 4 行：标题行在数据中重复出现（如多份导出拼在一起），已跳过。",
    );
    expect(e.message).toContain(
      "The first rows not used: row 2: Totals row (“合计”), skipped; row 3: Blank row, skipped; row 4: ",
    );
  }
});

test("rows refused with an error come first; skipped rows make up the three, in row order", async () => {
  const g: Grid = [
    ["客户编号", "日期", "金额"],
    ["合计", "2025-01-31", 100],
    ["总计", "2025-02-28", 200],
    ["合计", "2025-03-31", 300],
    ["C1", "31.31.2025", "abc"], // two errors, one example
  ];
  const e = await ingestWorkbook(memorySource({ 客户: customers, 交易: g }), {
    asOf: epochDay(2025, 12, 31),
  }).catch((x) => x);
  expect(e).toBeInstanceOf(InputError);
  expect(e.messageZh).toMatch(
    /最先未使用的行：第 2 行：合计行（“合计”），已跳过；第 3 行：合计行（“总计”），已跳过；第 5 行：B 列“日期”：“31\.31\.2025”不是有效日期（月份须为 01 至 12），此行未使用。请改正/,
  );
  expect(e.message).toContain(
    "row 3: Totals row (“总计”), skipped; row 5: “日期” (column B): “31.31.2025” is not a real date (the month must be 01 to 12); row not used. Correct",
  );
});
