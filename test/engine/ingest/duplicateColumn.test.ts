// tester44 #4: a header written twice (a second 金额(元) in column D; 客户名称 typed as a second
// 客户编号) was a note "列“金额(元)”未识别，已忽略" with no column, and every customer's name went
// empty without a word on the console. Now a review finding names both columns and which was read.
import fc from "fast-check";
import { columnLetters } from "../../../src/engine/a1";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2025, 12, 31);

/** A memory source that says its sheets are files, as the CSV source does. */
const asFiles = (source: GridSource): GridSource => ({
  ...source,
  sheetsAreFiles: true,
  fileOf: (name) => `${name}.csv`,
});

const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];

async function findingsOf(sheets: Record<string, Grid>, files = false) {
  const source = memorySource(sheets);
  const { dataset, findings } = await ingestWorkbook(files ? asFiles(source) : source, { asOf });
  return { dataset, found: findings.filter((f) => f.code === "duplicate_column") };
}

test("a second 金额(元) column: a review finding naming C and D and which was read", async () => {
  const { dataset, found } = await findingsOf({
    客户: customers,
    交易: [
      ["客户编号", "日期", "金额(元)", "金额(元)"],
      ["C1", "2025-11-01", 100, 1],
      ["C2", "2025-11-02", 200, 1],
    ],
  });
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ sheet: "交易", row: 1, severity: "warning", value: "金额(元)" });
  expect(found[0].message["zh-CN"]).toBe(
    "列名“金额(元)”重复（C 列、D 列）：C 列已读取，D 列已忽略。请核对哪一列是“金额”，改正列名后重新运行",
  );
  expect(found[0].message["en-US"]).toBe(
    "The header “金额(元)” is repeated (column C and column D): column C was read, column D ignored. Check which column is “Amount”, correct the header and run again",
  );
  expect(Array.from(dataset.transactions.amount)).toEqual([100, 200]);
});

test("in a CSV file the columns are numbered, not lettered", async () => {
  const { found } = await findingsOf(
    {
      customers,
      transactions: [
        ["Customer ID", "Order Date", "Amount", "Amount"],
        ["C1", "2025-01-10", 100, 999],
      ],
    },
    true,
  );
  expect(found).toHaveLength(1);
  expect(found[0].sheetIsFile).toBe(true);
  expect(found[0].file).toBe("transactions.csv");
  expect(found[0].message["en-US"]).toContain(
    "(column 3 and column 4): column 3 was read, column 4 ignored",
  );
  expect(found[0].message["zh-CN"]).toContain("（第 3 列、第 4 列）：第 3 列已读取，第 4 列已忽略");
});

test("客户名称 typed as a second 客户编号: both columns, and that there is no name column", async () => {
  const { dataset, found } = await findingsOf({
    客户: [
      ["客户编号", "客户编号", "负责人"],
      ["C1", "甲", "王芳"],
    ],
    交易: [
      ["客户编号", "日期", "金额"],
      ["C1", "2025-11-01", 100],
    ],
  });
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ sheet: "客户", severity: "warning" });
  expect(found[0].message["zh-CN"]).toBe(
    "列名“客户编号”重复（A 列、B 列）：A 列已读取，B 列已忽略；没有“客户名称”列，每一行都按没有“客户名称”读取。请核对哪一列是“客户编号”，改正列名后重新运行",
  );
  expect(found[0].message["en-US"]).toContain(
    "column A was read, column B ignored; there is no “Name” column, so every row is read without one.",
  );
  expect(dataset.customers.id).toEqual(["C1"]);
  expect(dataset.customers.name).toEqual([""]);
});

test("a header not written twice is no duplicate: still a note that it is not recognised", async () => {
  const { found } = await findingsOf({
    客户: customers,
    交易: [
      ["客户编号", "日期", "金额", "备注"],
      ["C1", "2025-11-01", 100, "x"],
    ],
  });
  expect(found).toEqual([]);
});

test("property: any header repeated at any two places names the first as read, the other ignored", async () => {
  const headers = ["客户编号", "日期", "金额", "订单号", "产品", "数量"];
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: headers.length - 1 }),
      fc.integer({ min: 0, max: headers.length }),
      fc.boolean(),
      async (which, at, files) => {
        const header = [...headers];
        header.splice(at, 0, headers[which]);
        const first = header.indexOf(headers[which]);
        const second = header.indexOf(headers[which], first + 1);
        const row = header.map((h) =>
          h === "客户编号" ? "C1" : h === "日期" ? "2025-11-01" : h === "金额" ? 100 : 1,
        );
        const { found } = await findingsOf({ 客户: customers, 交易: [header, row] }, files);
        expect(found).toHaveLength(1);
        const name = (c: number) => (files ? `column ${c + 1}` : `column ${columnLetters(c)}`);
        expect(found[0].message["en-US"]).toContain(
          `: ${name(first)} was read, ${name(second)} ignored`,
        );
      },
    ),
    { numRuns: 40 },
  );
});
