import Ajv2020 from "ajv/dist/2020";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Cell } from "../../src/engine/cells";
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder } from "./harness";
import { customerRecords } from "../../src/engine/report/customerJson";

// Issue 14 through the command line, as a user meets it: items 1, 2 and 9.

const root = path.join(__dirname, "../..");
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(path.join(root, "schema/result.schema.json"), "utf8")),
);

const scratch = scratchFolder("ca-bad-input-");

describe("bad input through the CLI", () => {
  test("a deeply nested --rules file exits 2 with a clear message, not a stack overflow", async () => {
    const deep = scratch.write(
      "deep.json",
      '{"window":' + "[".repeat(200_000) + "]".repeat(200_000) + "}",
    );
    for (const argv of [
      ["rules", "--check", deep],
      [
        "analyze",
        "--customers",
        scratch.write("c0.csv", "客户编号\n1\n"),
        "--transactions",
        scratch.write("t0.csv", "客户编号,日期,金额\n1,2025-01-01,5\n"),
        "-o",
        scratch.path("deep.xlsx"),
        "--rules",
        deep,
      ],
    ]) {
      const r = await cli(...argv, "--lang", "en-US");
      expect(r.code).toBe(2);
      expect(r.err).toContain("nested more than 32 levels deep");
      expect(r.err).not.toMatch(/call stack|internal error/i);
    }
  });

  test("a ;-separated CSV with decimal commas and an appended GBK line: right revenue, findings for the GBK row", async () => {
    const names = ["张伟", "王芳", "李娜"];
    const customers = Buffer.concat([
      Buffer.from("客户编号;客户名称\r\n" + names.map((n, i) => `C${i + 1};${n}\r\n`).join("")),
      // C4;张三 in GBK, as an export concatenated from another machine adds it.
      Buffer.from("43 34 3B D5C5C8FD 0D0A".replace(/\s/g, ""), "hex"),
    ]);
    const transactions =
      "客户编号;日期;金额\r\n" +
      // One day each: twenty equal lines of one day would be said as repeated rows (duplicate_row_kept).
      Array.from(
        { length: 20 },
        (_, i) => `C${(i % 4) + 1};2025-03-${String(i + 1).padStart(2, "0")};1.234,56\r\n`,
      ).join("") +
      "C1;2025-03-08;12,50\r\n";
    const json = scratch.path("decimal.json");
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("c.csv", customers),
      "--transactions",
      scratch.write("t.csv", transactions),
      "-o",
      scratch.path("decimal.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "--quiet",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(result)).toBe(true);
    type Row = { customerId: string; name: string; netSpend: number };
    const customersOut = customerRecords(result) as unknown as Row[];
    expect(customersOut.map((c) => [c.customerId, c.name])).toEqual([
      ["C1", "张伟"],
      ["C2", "王芳"],
      ["C3", "李娜"],
      ["C4", "张三"],
    ]);
    const total = customersOut.reduce((s, c) => s + c.netSpend, 0);
    expect(total).toBeCloseTo(20 * 1234.56 + 12.5, 2);
    expect(
      result.dataQuality.map((f: { sheet: string; row: number; code: string }) => [
        f.sheet,
        f.row,
        f.code,
      ]),
    ).toEqual([["Customers", 5, "encoding_fallback"]]);
    expect(result.dataQuality[0].file).toBe(scratch.path("c.csv"));
    // The value shows what was decoded (stop-26 tester: it was '').
    expect(result.dataQuality[0].value).toBe("张三");
    expect(readdirSync(scratch.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("past the worklist cap: the tab shows the cap and a summary row, the CSV beside it has every row; a too-long text is cut with a marker and a finding", async () => {
    const long = "长".repeat(40_000);
    const customers = `客户编号,客户名称\nC1,${long}\nC2,乙\n`;
    const transactions =
      "客户编号,日期,金额\nC1,2025-03-07,10\n" +
      Array.from({ length: 15 }, (_, i) => `X${i},2025-03-07,10\n`).join("");
    const rules = scratch.write("limits.json", JSON.stringify({ limits: { worklistRows: 10 } }));
    const out = scratch.path("limits.xlsx");
    const json = scratch.path("limits.json.out");
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("lc.csv", customers),
      "--transactions",
      scratch.write("lt.csv", transactions),
      "--rules",
      rules,
      "-o",
      out,
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "--quiet",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    const codes = result.dataQuality.map((f: { code: string }) => f.code);
    expect(codes.filter((c: string) => c === "unknown_customer")).toHaveLength(15);
    expect(result.dataQuality).toContainEqual(
      expect.objectContaining({ sheet: "Customers", row: 2, code: "text_too_long" }),
    );
    expect(customerRecords(result)![0].name).toBe(long);

    const book = await openXlsx(out);
    const grid: Cell[][] = [];
    await book.readSheet("Data quality", (rows) => void grid.push(...rows));
    expect(grid).toHaveLength(1 + 10 + 1);
    expect(String(grid[11][0])).toMatch(
      /^6 more rows not shown \(of 16;.*limits\.Data quality\.csv beside the workbook and in the JSON result$/,
    );
    const csv = readFileSync(scratch.path("limits.Data quality.csv"), "utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 16);

    const segments: Cell[][] = [];
    await book.readSheet("Customer segments", (rows) => void segments.push(...rows));
    const nameCell = String(segments[1][1]);
    expect(nameCell.length).toBe(32_767);
    expect(nameCell).toMatch(/\[cut: 40000 characters/);
  });

  test("a phone number in a date-formatted cell and a customer id longer than a cell: read as they are, each a finding with its sheet, row and column", async () => {
    const input = scratch.path("notadate.xlsx");
    const book = new ExcelJS.Workbook();
    const customers = book.addWorksheet("客户");
    customers.addRow(["客户编号", "客户名称", "电话"]);
    customers.addRow(["C1", "张伟", 13800138000]);
    customers.getCell("C2").numFmt = "yyyy-mm-dd";
    const longId = "C" + "9".repeat(40_000);
    customers.addRow([longId, "王芳", "139"]);
    const orders = book.addWorksheet("交易");
    orders.addRow(["客户编号", "日期", "金额"]);
    orders.addRow(["C1", "2025-03-07", 10]);
    orders.addRow([longId, "2025-03-08", 20]);
    await book.xlsx.writeFile(input);
    const json = scratch.path("notadate.json");
    const r = await cli(
      "analyze",
      input,
      "-o",
      scratch.path("notadate-out.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "--quiet",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(result)).toBe(true);
    type F = {
      file: string;
      sheet: string;
      row: number;
      column: string;
      code: string;
      message: string;
    };
    const findings: F[] = result.dataQuality;
    expect(findings.map((f) => [f.file, f.sheet, f.row, f.column, f.code])).toEqual(
      expect.arrayContaining([
        [input, "客户", 2, "电话", "number_in_date_cell"],
        [input, "客户", 3, "客户编号", "text_too_long"],
      ]),
    );
    expect(findings.find((f) => f.code === "number_in_date_cell")!.message).toContain("C2");
    // The phone is kept as the number it is; the id whole in the JSON.
    expect(customerRecords(result)!.map((c) => c.customerId)).toEqual(["C1", longId]);
    // Every finding is a row of the Data quality tab, and the run log counts them.
    const out = await openXlsx(scratch.path("notadate-out.xlsx"));
    const tab: Cell[][] = [];
    await out.readSheet("Data quality", (rows) => void tab.push(...rows));
    expect(tab.length - 1).toBe(findings.length);
    expect(tab[0][7]).toBe("File");
    // The tab names the file, not its folders (stop 23: the path gave each row a second line and
    // showed the user's folders in a shared workbook); the JSON above keeps the path.
    expect(tab.slice(1).every((row) => row[7] === path.basename(input))).toBe(true);
    const log: Cell[][] = [];
    await out.readSheet("Run log", (rows) => void log.push(...rows));
    const at = log[0].indexOf("Data quality rows");
    expect(at).toBeGreaterThan(0);
    expect(log[log.length - 1][at]).toBe(findings.length);
  });

  test("a header typo (金颔(元)) exits 2 with 'did you mean 金额(元)', CSV and .xlsx, zh and en", async () => {
    const customers = scratch.write("typo-c.csv", "客户编号,客户名称\nC1,张伟\nC2,王芳\n");
    const header = ["客户编号", "日期", "金颔(元)", "产品"];
    const rows = [
      ["C1", "2025-03-07", 10, "茶叶"],
      ["C2", "2025-03-08", 20, "茶具"],
    ];
    const transactions = scratch.write(
      "typo-t.csv",
      [header, ...rows].map((r) => r.join(",")).join("\n") + "\n",
    );
    const book = new ExcelJS.Workbook();
    book.addWorksheet("客户").addRows([
      ["客户编号", "客户名称"],
      ["C1", "张伟"],
    ]);
    book.addWorksheet("交易").addRows([header, ...rows]);
    const workbook = scratch.path("typo.xlsx");
    await book.xlsx.writeFile(workbook);
    const out = ["-o", scratch.path("typo-out.xlsx"), "--as-of", "2025-12-31", "--quiet"];
    // The CSV run in the language of its headers (zh), the workbook's in the one asked for.
    const csv = await cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      transactions,
      ...out,
    );
    expect(csv.code).toBe(2);
    expect(csv.err).toContain("缺少必需的列“金额”");
    expect(csv.err).toContain(
      "找到的列名：客户编号、日期、金颔(元)、产品。列“金颔(元)”是否应为“金额(元)”？",
    );
    const xlsx = await cli("analyze", workbook, ...out, "--lang", "en-US");
    expect(xlsx.code).toBe(2);
    expect(xlsx.err).toContain(
      "Headers found: 客户编号, 日期, 金颔(元), 产品. Did you mean “金额(元)” for the column “金颔(元)”?",
    );
    // 产品 is no typo of 金额: no question when nothing is near.
    const far = await cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      scratch.write("far-t.csv", "客户编号,日期,产品\nC1,2025-03-07,茶叶\n"),
      ...out,
    );
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/找到的列名：客户编号、日期、产品\n$/);
  });

  test("a folder given for a CSV file: the error in the language of the other file (zh), not the system's", async () => {
    const folder = scratch.path("a-folder");
    mkdirSync(folder, { recursive: true });
    const customers = scratch.write("folder-c.csv", "客户编号,客户名称\nC1,张伟\n");
    const transactions = scratch.write("folder-t.csv", "客户编号,日期,金额\nC1,2025-03-07,10\n");
    const saved = process.env.LC_ALL;
    process.env.LC_ALL = "en_US.UTF-8"; // an English system: the old answer was English
    try {
      const out = ["-o", scratch.path("folder-out.xlsx"), "--as-of", "2025-12-31", "--quiet"];
      for (const argv of [
        ["--customers", customers, "--transactions", folder],
        ["--customers", folder, "--transactions", transactions],
      ]) {
        const r = await cli("analyze", ...argv, ...out);
        expect(r.code).toBe(2);
        expect(r.err).toBe(`错误：无法打开“${folder}”：这是文件夹，不是文件。\n`);
      }
      const en = await cli(
        "analyze",
        "--customers",
        customers,
        "--transactions",
        folder,
        ...out,
        "--lang",
        "en-US",
      );
      expect(en.err).toBe(`error: Cannot open “${folder}”: it is a folder, not a file.\n`);
    } finally {
      if (saved === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = saved;
    }
  });

  test("a workbook given as a CSV file (--transactions book.xlsx) is said to be one, not its bytes read as headers", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("交易").addRows([
      ["客户编号", "日期", "金额"],
      ["C1", "2025-03-07", 10],
    ]);
    const workbook = scratch.path("given-as-csv.xlsx");
    await book.xlsx.writeFile(workbook);
    const customers = scratch.write("as-csv-c.csv", "客户编号,客户名称\nC1,张伟\n");
    const r = await cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      workbook,
      "-o",
      scratch.path("as-csv-out.xlsx"),
      "--quiet",
    );
    expect(r.code).toBe(2);
    // It has no 客户 sheet, so `analyze book.xlsx` would fail too (tester47 L4): the ways on.
    expect(r.err).toBe(
      `错误：“${workbook}”是 Excel 工作簿，不是 CSV 文件；它也没有“客户”工作表（工作簿中的工作表：交易），所以直接分析它（analyze ${workbook}）也不行。请把“交易”数据存为 CSV 文件（Excel：文件 > 另存为 > CSV UTF-8），用 --transactions 给出；或者在此工作簿中加入名为“客户”的工作表，然后运行 analyze ${workbook}\n`,
    );
  });
});
