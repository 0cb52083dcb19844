import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../../src/engine/cells";
import { findHeader } from "../../../src/engine/ingest/header";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";

// Stop 21/22 testers: a Customers sheet whose header has merged cells (联系方式 merged over 电话 |
// 邮箱, the other headers merged down) lost phone and e-mail (unmapped 联系方式), and its second
// header row was reported as a row with an empty customer id.

const asOf = epochDay(2025, 12, 31);
const TOP = ["客户编号", "客户名称", "联系方式", null, "地区"];
const SUB = [null, null, "电话", "邮箱", null];

describe("a header of two rows (merged cells)", () => {
  test("the row under the header continues it: phone and e-mail are found", () => {
    const m = findHeader(
      [["2025 客户名单"], TOP, SUB, ["C1", "甲", "138", "a@x.cn", "华东"]],
      SHEETS.customers,
    )!;
    expect(m.rowIndex).toBe(2);
    expect(m.columns).toEqual({ customerId: 0, name: 1, phone: 2, email: 3, region: 4 });
    expect(m.headers).toEqual(["客户编号", "客户名称", "电话", "邮箱", "地区"]);
    expect(m.unmapped).toEqual([]);
  });

  test.each([
    ["a data row (it has a customer id)", ["C1", "甲", "电话", "邮箱", "华东"]],
    ["a data row with numbers", [null, "甲", 13800138000, "a@x.cn", "华东"]],
    [
      "a data row without its id: its texts name no field",
      [null, "甲", "13800138000", "a@x.cn", "华东"],
    ],
  ])("is left alone under %s", (_, below) => {
    const m = findHeader([TOP, below], SHEETS.customers)!;
    expect(m.rowIndex).toBe(0);
    expect(m.columns).toEqual({ customerId: 0, name: 1, region: 4 });
  });

  // Stop 23/24 testers' 交易 sheet: the required date and amount sit in the LOWER row (日期 | 金额
  // under 交易信息 merged across) and 客户编号 / 订单号 are merged down from the top row.
  const TX_TOP = ["客户编号", "交易信息", null, "订单号", "产品信息", null];
  const TX_SUB = [null, "日期", "金额(元)", null, "产品", "数量"];

  test("the row above continues a header whose lower row names the required fields", () => {
    const m = findHeader(
      [TX_TOP, TX_SUB, ["C1", 45000, 12.5, "SO1", "笔", 3]],
      SHEETS.transactions,
    )!;
    expect(m.rowIndex).toBe(1);
    expect(m.columns).toMatchObject({ customerId: 0, date: 1, amount: 2, orderId: 3 });
    expect(m.missing).toEqual([]);
    expect(m.headers).toEqual(["客户编号", "日期", "金额(元)", "订单号", "产品", "数量"]);
  });

  test.each([
    ["a one-cell title row", ["2025 交易明细"]],
    ["a row with a number (data)", ["C0", "日期", 5]],
  ])("the row above is left alone when it is %s", (_, above) => {
    const m = findHeader(
      [above, ["客户编号", "日期", "金额"], ["C1", "2025-01-05", 1]],
      SHEETS.transactions,
    )!;
    expect(m.rowIndex).toBe(1);
    expect(m.headers).toEqual(["客户编号", "日期", "金额"]);
  });

  test("a one-row header is unchanged", () => {
    const m = findHeader(
      [
        ["客户编号", "日期", "金额"],
        ["C1", "2025-01-01", "5"],
      ],
      SHEETS.transactions,
    )!;
    expect(m.rowIndex).toBe(0);
  });

  test("an .xlsx with merged header cells reads every column and every row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "merged-header-"));
    try {
      const file = join(dir, "merged.xlsx");
      const book = new ExcelJS.Workbook();
      const c = book.addWorksheet("客户");
      c.addRow(["客户名单（2025）"]);
      c.mergeCells("A1:E1");
      c.addRow(TOP);
      c.addRow(SUB);
      for (const range of ["A2:A3", "B2:B3", "C2:D2", "E2:E3"]) c.mergeCells(range);
      c.addRow(["C1", "甲", "13800138000", "a@x.cn", "华东"]);
      c.addRow(["C2", "乙", "13900139000", "b@x.cn", "华南"]);
      const t = book.addWorksheet("交易");
      t.addRow(["客户编号", "日期", "金额"]);
      t.addRow(["C1", "2025-01-05", 100]);
      t.addRow(["C2", "2025-02-05", 200]);
      await book.xlsx.writeFile(file);

      const { dataset, findings } = await ingestWorkbook(await openXlsx(file), { asOf });
      expect(dataset.customers.phone).toEqual(["13800138000", "13900139000"]);
      expect(dataset.customers.email).toEqual(["a@x.cn", "b@x.cn"]);
      expect(dataset.counts.customers).toMatchObject({ read: 2, used: 2, rejected: 0 });
      expect(dataset.sources.customers).toMatchObject({ headerRow: 3 });
      expect(findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an .xlsx whose 交易 header is merged down and across reads every row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "merged-header-"));
    try {
      const file = join(dir, "merged.xlsx");
      const book = new ExcelJS.Workbook();
      const c = book.addWorksheet("客户");
      c.addRow(["客户编号", "客户名称"]);
      c.addRow(["C1", "甲"]);
      const t = book.addWorksheet("交易");
      t.addRow(TX_TOP);
      t.addRow(TX_SUB);
      for (const range of ["A1:A2", "B1:C1", "D1:D2", "E1:F1"]) t.mergeCells(range);
      t.addRow(["C1", new Date(Date.UTC(2025, 0, 5)), 100, "SO1", "笔", 3]);
      t.addRow(["C1", new Date(Date.UTC(2025, 1, 5)), 200, "SO2", "纸", 1]);
      await book.xlsx.writeFile(file);

      const { dataset, findings } = await ingestWorkbook(await openXlsx(file), { asOf });
      expect(dataset.counts.transactions).toMatchObject({ read: 2, used: 2, rejected: 0 });
      expect(dataset.sources.transactions).toMatchObject({ headerRow: 2 });
      expect(findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([memorySource, memoryColumnSource])("both ingest paths (%p)", async (make) => {
    const grid: Grid = [TOP, SUB, ["C1", "甲", "138 0013 8000", "a@x.cn", "华东"]];
    const { dataset } = await ingestWorkbook(
      make({
        客户: grid,
        交易: [
          ["客户编号", "日期", "金额"],
          ["C1", "2025-01-05", 1],
        ],
      }),
      { asOf },
    );
    expect(dataset.customers.email).toEqual(["a@x.cn"]);
    expect(dataset.counts.customers).toMatchObject({ read: 1, used: 1 });
  });
});

// Tester52 L13: 金额 merged over 含税 | 不含税; the lower row was read as data (three errors) and
// which column the amounts came from was not said.
describe("a field's column split by a second header row (金额 over 含税 | 不含税)", () => {
  const SPLIT_TOP = ["客户编号", "日期", "金额(元)", null, "订单号"];
  const SPLIT_SUB = [null, null, "含税", "不含税", null];

  test("the lower row is header, not data: 金额 read from 含税 (C), and said", async () => {
    const sheets = {
      客户: [["客户编号"], ["C1"], ["C2"]],
      交易: [
        SPLIT_TOP,
        SPLIT_SUB,
        ["C1", "2025-03-01", 113, 100, "SO1"],
        ["C2", "2025-04-01", 226, 200, "SO2"],
      ],
    };
    const { dataset, findings } = await ingestWorkbook(
      memorySource(sheets as Record<string, Grid>),
      {
        asOf,
      },
    );
    expect([...dataset.transactions.amount]).toEqual([113, 226]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const split = findings.filter((f) => f.code === "header_split_column");
    expect(split).toHaveLength(1);
    expect(split[0]).toMatchObject({ sheet: "交易", row: 2, column: "金额(元)" });
    expect(split[0].message["zh-CN"]).toBe(
      "第 2 行是表头的第二行：“金额(元)”分为 C 列“含税”、D 列“不含税”。“金额(元)”按 C 列“含税”读取（合并表头下的第一列），其余列未使用。如要改用另一列，请只保留一行表头，把要读取的列命名为“金额(元)”，再重新运行。",
    );
    expect(split[0].message["en-US"]).toContain(
      "“金额(元)” is read from column C “含税” (the first under the merged header)",
    );
    // The column left out is not said again as unrecognised.
    expect(findings.filter((f) => f.code === "unmapped_column")).toEqual([]);
  });

  test.each([
    ["a data row with the id blank", [null, "2025-03-01", "113", "100", "SO1"]],
    ["text under a column of its own", [null, null, "含税", "不含税", "备注"]],
  ])("left alone under %s", (_, below) => {
    const m = findHeader([SPLIT_TOP, below], SHEETS.transactions)!;
    expect(m.rowIndex).toBe(0);
    expect(m.subColumns).toBeUndefined();
  });

  test("property: under any split field, any lower texts read the first column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[甲乙丙丁含税不]{1,4}$/), { minLength: 2, maxLength: 4 }),
        (subs) => {
          const top = ["客户编号", "日期", "金额", ...subs.slice(1).map(() => null)];
          const m = findHeader(
            [top, [null, null, ...subs], ["C1", "2025-01-01", 1]],
            SHEETS.transactions,
          )!;
          expect(m.rowIndex).toBe(1);
          expect(m.columns.amount).toBe(2);
          expect(m.subColumns).toEqual([
            {
              field: "amount",
              header: "金额",
              read: 2,
              others: subs.slice(1).map((_, i) => 3 + i),
            },
          ]);
        },
      ),
    );
  });
});
