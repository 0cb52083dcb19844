import Ajv2020 from "ajv/dist/2020";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder, userWorkbook } from "./harness";
import { customerRecords } from "../../src/engine/report/customerJson";

const root = path.join(__dirname, "../..");
const schema = JSON.parse(readFileSync(path.join(root, "schema/result.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  schema,
);

// The bundled-sample run reads and writes 3,000 customers: minutes on a busy 2-core machine.
jest.setTimeout(300_000);

const scratch = scratchFolder("ca-cli-");

async function rowsOf(file: string, sheet: string): Promise<number> {
  let rows = 0;
  await (await openXlsx(file)).readSheet(sheet, (block) => void (rows += block.length));
  return rows;
}

const customersCsv =
  "客户编号,客户名称,负责人,同意营销联系\n1001,华东贸易,张伟,是\n1002,李娜,,否\n1003,王五,王芳,是\n";
const transactionsCsv =
  'Customer ID,Date,Amount\n1001,2025-03-07,"¥1,280.00"\n1001,2025/6/1,300\n1002,2024-01-01,50\n9,2025-01-01,5\n';

describe("cli", () => {
  test("no command at all: the help on stderr and exit 2 (a usage error)", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("--as-of");
  });

  test("--help documents the contract", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const word of [
      "analyze",
      "--json",
      "--as-of",
      "--lang",
      "--rules",
      "--customers",
      "Exit codes",
    ])
      expect(r.out).toContain(word);
  });

  test("a CSV input is named alike in the JSON's sources and its dataQuality, with its file", async () => {
    // tester7 (stop 32): sources.*.sheetName said "Transactions" where dataQuality[].sheet said 交易.
    const c = scratch.write("c-zh.csv", customersCsv);
    const t = scratch.write("t-zh.csv", transactionsCsv);
    const json = scratch.path("zh.json");
    const r = await cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      scratch.path("zh.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "zh-CN",
      "-q",
    );
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(result)).toBe(true);
    expect(result.dataQuality[0]).toEqual(expect.objectContaining({ sheet: "交易", file: t }));
    expect(result.sources.transactions).toEqual(
      expect.objectContaining({ sheetName: "交易", file: t }),
    );
    expect(result.sources.customers).toEqual(
      expect.objectContaining({ sheetName: "客户", file: c }),
    );
    expect(result.sources.customers.sheetIsFile).toBeUndefined();
  });

  test("analyze CSV files: exit 0, a new workbook and a JSON result that matches the schema", async () => {
    const c = scratch.write("c.csv", customersCsv);
    const t = scratch.write("t.csv", transactionsCsv);
    const out = scratch.path("out.xlsx");
    const json = scratch.path("out.json");
    const r = await cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      out,
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(result)).toBe(true);
    expect(result.asOf).toBe("2025-12-31");
    expect(result.counts.transactions).toEqual({ read: 4, used: 3, rejected: 1, skipped: 0 });
    expect(customerRecords(result)!.map((x) => x.customerId)).toEqual(["1001", "1002", "1003"]);
    expect(customerRecords(result)![2].lifecycleStage).toBe("prospect");
    expect(result.dataQuality).toEqual([
      expect.objectContaining({
        sheet: "Transactions",
        row: 5,
        column: "Customer ID",
        code: "unknown_customer",
      }),
    ]);
    for (const tab of [
      "Overview",
      "Customer segments",
      "Follow-up schedule",
      "Data quality",
      "Run log",
    ]) {
      expect(await rowsOf(out, tab)).toBeGreaterThan(0);
    }
  });

  test("a workbook analysed again: earlier output tabs are replaced, never read as input", async () => {
    const input = scratch.path("two-sheets.xlsx");
    const grid = (text: string) =>
      text
        .trim()
        .split("\n")
        .map((line) => line.split(","));
    const sheets = {
      Customers: grid("Customer ID,Name\n1,A\n2,B"),
      Transactions: grid("Customer ID,Date,Amount\n1,2025-03-07,10\n2,2025-05-01,20"),
    };
    await userWorkbook(input, sheets, "en-US");
    const first = scratch.path("first.xlsx");
    const second = scratch.path("second.xlsx");
    const json = scratch.path("second.json");
    expect((await cli("analyze", input, "-o", first, "--as-of", "2025-12-31", "-q")).code).toBe(0);
    expect(
      (
        await cli(
          "analyze",
          first,
          "-o",
          second,
          "--json",
          json,
          "--as-of",
          "2025-12-31",
          "-q",
          "--lang",
          "en-US",
        )
      ).code,
    ).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    // "Satisfaction" (our tab) is a name the Surveys input also goes by: it must not be read as one.
    expect(Object.keys(result.counts)).toEqual(["customers", "transactions"]);
    // header + one row per analysis date: both runs are as of 2025-12-31, the second replaces the first
    expect(await rowsOf(second, "Run log")).toBe(2);
  });

  test("a missing required column exits 2 with one line naming file, sheet and column", async () => {
    const c = scratch.write("c2.csv", customersCsv);
    const t = scratch.write("t2.csv", "Customer ID,Date\n1001,2025-03-07\n");
    const r = await cli("analyze", "--customers", c, "--transactions", t, "--lang", "en-US");
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("t2.csv");
    expect(r.err).toContain("Transactions");
    expect(r.err).toContain("Amount");
  });

  test("a corrupt workbook exits 2 without a stack trace", async () => {
    const bad = scratch.write("bad.xlsx", "this is not a zip file at all");
    const r = await cli("analyze", bad, "--lang", "en-US");
    expect(r.code).toBe(2);
    expect(r.err).toContain("bad.xlsx");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("outputs that cannot be written or are inputs exit 2 before any work, and nothing is overwritten", async () => {
    const c = scratch.write("oc.csv", customersCsv);
    const t = scratch.write("ot.csv", transactionsCsv);
    const before = readFileSync(t, "utf8");
    const cases: [string[], RegExp][] = [
      [["-o", scratch.path("missing-folder", "x.xlsx")], /does not exist/],
      [["--json", scratch.path("missing-folder", "r.json")], /does not exist/],
      [["--json", t], /input file/],
      [["-o", c], /input file/],
      [["-o", scratch.dir], /not a file/],
      [["-o", scratch.path("same.xlsx"), "--json", scratch.path("same.xlsx")], /two outputs/],
    ];
    for (const [extra, message] of cases) {
      const r = await cli(
        "analyze",
        "--customers",
        c,
        "--transactions",
        t,
        "--lang",
        "en-US",
        "-q",
        ...extra,
      );
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
    expect(readFileSync(t, "utf8")).toBe(before);
    expect(readFileSync(c, "utf8")).toBe(customersCsv);
  });

  test("errors follow --lang=zh-CN as well as --lang zh-CN", async () => {
    const r = await cli("analyze", scratch.path("nope.xlsx"), "--lang=zh-CN");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/[\u4e00-\u9fff]/);
  });

  test("a missing file and a wrong option exit 2", async () => {
    expect((await cli("analyze", scratch.path("nope.xlsx"))).code).toBe(2);
    expect((await cli("analyze", "x.xlsx", "--bogus")).code).toBe(2);
    expect((await cli("analyze", "x.xlsx", "--as-of", "2025-13-01")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
  });

  test("rules --print gives defaults that read back; an invalid rule set exits 2 naming the field", async () => {
    const printed = await cli("rules", "--print", "--lang", "zh-CN");
    expect(printed.code).toBe(0);
    const file = scratch.write("rules.json", printed.out);
    expect((await cli("rules", "--check", file)).code).toBe(0);
    const bad = scratch.write("bad-rules.json", JSON.stringify({ churn: { inactiveDays: -3 } }));
    const r = await cli("rules", "--check", bad, "--lang", "en-US");
    expect(r.code).toBe(2);
    expect(r.err).toContain("churn.churnedAfterDays"); // a version-1 field, migrated (rules/migrate.ts)
  });

  test("the bundled sample: the data-quality tab lists the deliberate problems, counts add up, input untouched", async () => {
    const input = scratch.path("sample-zh.xlsx");
    copyFileSync(path.join(root, "assets/sample-zh.xlsx"), input);
    const before = createHash("sha256").update(readFileSync(input)).digest("hex");
    const out = scratch.path("sample.analysis.xlsx");
    const json = scratch.path("sample.json");
    const r = await cli(
      "analyze",
      input,
      "-o",
      out,
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "zh-CN",
      "-q",
    );
    expect(r.code).toBe(0);
    expect(createHash("sha256").update(readFileSync(input)).digest("hex")).toBe(before);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(result)).toBe(true);
    for (const c of Object.values(result.counts) as {
      read: number;
      used: number;
      rejected: number;
    }[]) {
      expect(c.read).toBe(c.used + c.rejected);
    }
    const codes = new Set(result.dataQuality.map((f: { code: string }) => f.code));
    for (const code of [
      "duplicate_customer_id",
      "possible_duplicate_customer",
      "missing_required",
      "unparseable_value",
      "unknown_customer",
      "future_date",
      "zero_amount",
      "blank_row",
      "totals_row",
    ]) {
      expect(codes).toContain(code);
    }
    expect(result.model.bgnbd).not.toBeNull();
    // The output workbook holds the input sheets and the tabs; its data-quality tab has every finding.
    // Listed as input are only the user's sheets: the tabs a run wrote are never read as input.
    const names = await (await openXlsx(out)).sheetNames();
    expect(names).toEqual(["客户", "交易", "满意度调查", "投诉", "跟进记录"]);
    for (const tab of ["客户分类", "回访计划", "满意度", "投诉分析", "概览", "运行日志"])
      expect(await rowsOf(out, tab)).toBeGreaterThan(0);
    expect((await rowsOf(out, "数据质量")) - 1).toBe(result.dataQuality.length);
    // Writing over the input is refused.
    expect((await cli("analyze", input, "-o", input, "-q")).code).toBe(2);
    expect(existsSync(input)).toBe(true);
  });
});
