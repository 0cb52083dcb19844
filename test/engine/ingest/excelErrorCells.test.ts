import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester53 N28: Excel error values (a broken VLOOKUP or reference) were answered as typed text:
// `#REF!` as a customer ID got "请在客户表中补上该客户", `#N/A` and `#VALUE!` "无法识别为…".
const customers: Grid = [
  ["客户编号", "客户名称", "生日"],
  ["C1", "甲", "#VALUE!"],
  ["C2", "乙", ""],
];
const transactions: Grid = [
  ["客户编号", "日期", "金额"],
  ["C1", "2025-03-01", 100],
  ["#REF!", "2025-03-02", 100],
  ["C2", "2025-03-03", "#N/A"],
  ["C2", "#VALUE!", 100],
  ["C2", "2025-03-05", 80],
];

test("an Excel error value is said to be a failed formula, whatever column it is in", async () => {
  for (const make of [memorySource, memoryColumnSource]) {
    const { dataset, findings } = await ingestWorkbook(
      make({ 客户: customers, 交易: transactions }),
      { asOf: epochDay(2025, 12, 31) },
    );
    expect(dataset.transactions.count).toBe(2);
    const of = (value: string) => findings.find((f) => f.value === value)!;
    expect(of("#REF!").code).toBe("unknown_customer"); // still counted as such
    expect(of("#REF!").message["zh-CN"]).toBe(
      "A 列“客户编号”的单元格是 Excel 错误值 #REF!：填它的公式出错了（如引用的行或表已删除、查找没有找到），此行未使用。请在原表中改正该公式，保存后重新运行",
    );
    expect(of("#N/A").message["en-US"]).toMatch(
      /^“金额” \(column C\) holds the Excel error #N\/A: the formula that fills it failed/,
    );
    expect(of("#VALUE!").message["zh-CN"]).not.toContain("补上该客户");
    for (const f of findings.filter((x) => x.value.startsWith("#")))
      expect(f.message["zh-CN"]).toContain("Excel 错误值");
  }
});

test("text that only starts with # is not an Excel error", async () => {
  const { findings } = await ingestWorkbook(
    memorySource({
      客户: customers.slice(0, 2),
      交易: [
        ["客户编号", "日期", "金额"],
        ["C1", "2025-03-01", 100],
        ["#12", "2025-03-02", 100],
      ],
    }),
    { asOf: epochDay(2025, 12, 31) },
  );
  const f = findings.find((x) => x.value === "#12")!;
  expect(f.message["zh-CN"]).toContain("不在客户表中");
});

// reviewer55 R3: `#N/A` as a customer's ID on the Customers sheet was read as a customer.
test("an Excel error as a customer's ID is no customer: the row is said and not used", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({
      客户: [
        ["客户编号", "客户名称"],
        ["C1", "甲"],
        ["#N/A", "乙"],
      ],
      交易: [
        ["客户编号", "日期", "金额"],
        ["C1", "2025-03-01", 100],
      ],
    }),
    { asOf: epochDay(2025, 12, 31) },
  );
  expect(dataset.customers.count).toBe(1);
  const f = findings.find((x) => x.value === "#N/A")!;
  expect(f.row).toBe(3);
  expect(f.message["zh-CN"]).toContain("Excel 错误值 #N/A");
});

// reviewer55 R3 (x/err.xlsx: 客户名单!B5, CD-004's ID, = #N/A): the customer's sales each said
// "not on the Customers sheet … add the customer"; they now point at the row with the error. A
// typo of a known ID (C-1 for C1) keeps its own words.
test("an ID no customer has points at the Customers rows whose ID is an Excel error", async () => {
  for (const make of [memorySource, memoryColumnSource]) {
    const { findings } = await ingestWorkbook(
      make({
        客户: [
          ["客户编号", "客户名称"],
          ["C1", "甲"],
          ["#N/A", "乙"],
        ],
        交易: [
          ["客户编号", "日期", "金额"],
          ["C1", "2025-03-01", 100],
          ["C2", "2025-03-02", 100],
          ["C2", "2025-03-03", 90],
          ["c-01", "2025-03-04", 90],
        ],
      }),
      { asOf: epochDay(2025, 12, 31) },
    );
    const c2 = findings.filter((x) => x.code === "unknown_customer" && x.value === "C2");
    expect(c2.map((f) => f.row)).toEqual([3, 4]);
    expect(c2[0].message["zh-CN"]).toBe(
      "客户编号“C2”不在客户表中，此行未使用。客户表有 1 行的编号是 Excel 错误值（第一行为第 3 行，A 列“客户编号”是 #N/A），可能就是这位客户：请改正客户表中的公式，保存后重新运行",
    );
    expect(c2[0].message["en-US"]).toContain(
      "1 row of the Customers sheet has an Excel error in the ID cell (the first: row 3, column A “客户编号”, #N/A)",
    );
    expect(c2[1].message).toEqual(c2[0].message); // one Data quality row for both
    const typo = findings.find((x) => x.value === "c-01")!;
    expect(typo.message["zh-CN"]).toContain("请在客户表中补上该客户，或改正编号");
  }
});
