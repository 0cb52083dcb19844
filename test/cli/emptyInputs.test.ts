import { readFileSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

// Stop 21 tester B4: an empty 投诉 input gave no word in the run; its analysis was simply empty.

const scratch = scratchFolder("ca-empty-inputs-");

describe("an optional input with a header and no rows", () => {
  test("is a no_data_rows warning naming the input and its file, in both languages", async () => {
    const json = scratch.path("r.json");
    const complaints = scratch.write("投诉.csv", "客户编号,投诉日期,投诉类型,状态\r\n");
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("客户.csv", "客户编号,客户名称\nC1,甲\nC2,乙\n"),
      "--transactions",
      scratch.write("交易.csv", "客户编号,日期,金额\nC1,2025-03-01,100\nC2,2025-03-02,500\n"),
      "--complaints",
      complaints,
      "-o",
      scratch.path("r.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-03-31",
      "--quiet",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const found = JSON.parse(readFileSync(json, "utf8")).dataQuality.filter(
      (f: { code: string }) => f.code === "no_data_rows",
    );
    expect(found).toEqual([
      expect.objectContaining({
        file: complaints,
        severity: "warning",
        message: expect.stringMatching(/^投诉表只有标题行，没有数据/),
      }),
    ]);
  });
});

describe("an optional input with nothing in it at all", () => {
  test("is an empty_sheet warning, as a header-only one is: the run goes on and no row is lost", async () => {
    // Tester, stop 31: the JSON said severity "error" where the console said "Warning", and a
    // header-only file (no_data_rows) was already a warning. A required input that is empty
    // stops the run instead (exit 2, below), so in a report this finding is always an optional one.
    const json = scratch.path("e.json");
    const surveys = scratch.write("问卷.csv", "");
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("客户e.csv", "客户编号,客户名称\nC1,甲\n"),
      "--transactions",
      scratch.write("交易e.csv", "客户编号,日期,金额\nC1,2025-03-01,100\n"),
      "--surveys",
      surveys,
      "-o",
      scratch.path("e.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-03-31",
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/警告：.*问卷/);
    const found = JSON.parse(readFileSync(json, "utf8")).dataQuality.filter(
      (f: { code: string }) => f.code === "empty_sheet",
    );
    expect(found).toEqual([
      expect.objectContaining({ file: surveys, row: 0, severity: "warning" }),
    ]);
  });
});

test("an empty customers file beside Chinese transactions is refused in Chinese without --lang", async () => {
  const saved = process.env.LC_ALL;
  process.env.LC_ALL = "en_US.UTF-8";
  try {
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("empty.csv", ""),
      "--transactions",
      scratch.write("交易2.csv", "客户编号,日期,金额\nC1,2025-03-01,100\n"),
      "-o",
      scratch.path("e.xlsx"),
    );
    expect(r.code).toBe(2);
    // The same sentence as a 0-byte workbook's (below; reviewer48 L2: two wordings of one thing).
    expect(r.err).toMatch(
      /^错误：客户文件 .*empty\.csv：文件或工作表是空的（没有任何内容），请检查导出或复制是否完整\n$/,
    );
  } finally {
    if (saved === undefined) delete process.env.LC_ALL;
    else process.env.LC_ALL = saved;
  }
});

describe("a 0-byte file in any input role is said to be empty, as an empty CSV file is (tester47 L5)", () => {
  const c = () => scratch.write("客户L5.csv", "客户编号,客户名称\nC1,甲\n");
  const t = () => scratch.write("交易L5.csv", "客户编号,日期,金额\nC1,2025-03-01,100\n");
  const roles: [string, (empty: string) => string[]][] = [
    ["the workbook", (empty) => [empty]],
    [
      "--previous (.xlsx)",
      (empty) => ["--customers", c(), "--transactions", t(), "--previous", empty],
    ],
    [
      "--previous (.json)",
      (empty) => ["--customers", c(), "--transactions", t(), "--previous", empty],
    ],
    ["--rules", (empty) => ["--customers", c(), "--transactions", t(), "--rules", empty]],
  ];
  test.each(roles)("%s, in both languages", async (role, argv) => {
    const empty = scratch.write(
      role.includes(".json") || role === "--rules" ? "空.json" : "空.xlsx",
      "",
    );
    for (const [lang, words] of [
      ["zh-CN", `“${empty}”是空的（没有任何内容），请检查导出或复制是否完整。`],
      [
        "en-US",
        `“${empty}” is empty (nothing in it at all); check that the export or copy is complete.`,
      ],
    ]) {
      const r = await cli("analyze", ...argv(empty), "-o", scratch.path("L5.xlsx"), "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`${lang === "zh-CN" ? "错误：" : "error: "}${words}\n`);
    }
  });

  test("the file reader says the same of a 0-byte workbook it is asked to open", async () => {
    const { fileError } = await import("../../src/workbook/file/fileErrors");
    const { ZipFormatError } = await import("../../src/workbook/file/zipReader");
    const empty = scratch.write("empty.xlsx", "");
    const e = fileError(empty, new ZipFormatError("not a zip archive", "not_zip"));
    expect(e.in("en-US")).toContain("is empty (nothing in it at all)");
  });
});
