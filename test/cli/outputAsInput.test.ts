import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { shellWord } from "../../src/cli/shellWord";
import { readRunInput } from "../../src/workbook/file/runInput";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { cli, scratchFolder } from "./harness";

// Stop-19 tester #7: the workbook a CSV run writes, given back to the CLI as its input, was refused
// as "no Customers sheet; sheets in the workbook: none" (English "none" inside a Chinese line).

const scratch = scratchFolder("ca-output-as-input-");

function csvInput(): string[] {
  const customers = "客户编号,客户名称\n" + [1, 2, 3, 4].map((i) => `C${i},客户${i}\n`).join("");
  const transactions =
    "客户编号,日期,金额\n" +
    [1, 2, 3, 4]
      .flatMap((i) => [`C${i},2025-0${i}-03,${100 * i}\n`, `C${i},2025-1${i % 3}-05,${50 * i}\n`])
      .join("");
  return [
    "--customers",
    scratch.write("客户.csv", customers),
    "--transactions",
    scratch.write("交易.csv", transactions),
  ];
}

describe("an analysis output given as the input", () => {
  test("says what the workbook is and what to run instead, in the language of its tabs", async () => {
    const out = scratch.path("c1.xlsx");
    const first = await cli("analyze", ...csvInput(), "--as-of", "2025-12-31", "-o", out);
    expect(first.code).toBe(0);

    const again = scratch.path("again.xlsx");
    const zh = await cli("analyze", out, "--as-of", "2025/12/31", "-o", again);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`“${out}”是客户分析的输出工作簿`);
    expect(zh.err).toContain("概览");
    expect(zh.err).not.toMatch(/none|CA_run_state|找不到“客户”工作表/);

    const en = await cli("analyze", out, "--lang", "en-US", "-o", again);
    expect(en.code).toBe(2);
    expect(en.err).toContain(`“${out}” is an analysis output workbook`);
    expect(en.err).not.toContain("none");

    // Tester12 #7: each advised command is a line of its own, as the README writes it, with the
    // files as a shell takes them (no curly quotes, which a shell keeps in the name). Tester13 #7:
    // both keep the user's --as-of (as yyyy-mm-dd), --lang and outputs: pasted without --as-of it
    // ran as of today. Stop 38 tester: the output was made from CSV files, so that form comes
    // first, with the files the run read (recorded on the output), then the workbook form.
    const files = `--customers ${shellWord(scratch.path("客户.csv"))} --transactions ${shellWord(scratch.path("交易.csv"))}`;
    const kept = ` --as-of 2025-12-31 -o ${shellWord(again)} --previous ${shellWord(out)}`;
    expect(zh.err).toContain(`它由这些 CSV 文件生成：\n  npm run cli -- analyze ${files}${kept}\n`);
    expect(zh.err.endsWith(`\n  npm run cli -- analyze 原工作簿.xlsx${kept}\n`)).toBe(true);
    const keptEn = ` --lang en-US -o ${shellWord(again)} --previous ${shellWord(out)}`;
    expect(en.err).toContain(
      `From the CSV files it was made from:\n  npm run cli -- analyze ${files}${keptEn}\n`,
    );
    expect(en.err.endsWith(`\n  npm run cli -- analyze original.xlsx${keptEn}\n`)).toBe(true);
    expect(zh.err + en.err).not.toMatch(/--previous “/);

    // What the message advises works: the CSV files again, with the output as --previous.
    const advised = await cli(
      "analyze",
      ...csvInput(),
      "--as-of",
      "2026-01-31",
      "--previous",
      out,
      "-o",
      scratch.path("c2.xlsx"),
    );
    expect(advised.code).toBe(0);
  });
});

test("an analysis output renamed .csv and given as a CSV input: said so, its tabs named, in both languages (tester51 C3)", async () => {
  const out = scratch.path("c3.xlsx");
  expect((await cli("analyze", ...csvInput(), "--as-of", "2025-12-31", "-o", out)).code).toBe(0);
  const renamed = scratch.path("交易记录.csv");
  copyFileSync(out, renamed);
  const run = (lang: string) =>
    cli(
      "analyze",
      "--customers",
      csvInput()[1],
      "--transactions",
      renamed,
      "--lang",
      lang,
      "-o",
      scratch.path("c3b.xlsx"),
    );
  const en = await run("en-US");
  expect(en.code).toBe(2);
  // It was "(sheets in the workbook: none)", and advised running the report itself.
  expect(en.err).toBe(
    `error: “${renamed}” is a report this tool wrote (its tabs: 客户分类, 回访计划, 满意度, 投诉分析, 概览, 数据质量, 运行日志, 模型验证, 流失风险名单), an Excel workbook although it is given as a CSV file, and it holds no customer or transaction data. Give the “Transactions” data as --transactions: the CSV file the report was made from, or one exported from your system (in Excel: File > Save As > CSV UTF-8). To see what changed since this report, rename it to .xlsx and add --previous with it\n`,
  );
  const zh = await run("zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toBe(
    `错误：“${renamed}”是本工具生成的报告（其中的工作表：客户分类、回访计划、满意度、投诉分析、概览、数据质量、运行日志、模型验证、流失风险名单），是 Excel 工作簿，虽然作为 CSV 文件给出；它不含客户或交易数据。请用 --transactions 给出“交易”数据：生成这份报告所用的 CSV 文件，或从业务系统导出的 CSV 文件（Excel：文件 > 另存为 > CSV UTF-8）。如要查看与这份报告相比的变化，请把它改名为 .xlsx，再用 --previous 给出\n`,
  );
});

test("a workbook made to share (--share) records how it was made but not the files' names", async () => {
  const shared = scratch.path("shared.xlsx");
  expect(
    (await cli("analyze", ...csvInput(), "--as-of", "2025-12-31", "--share", "-o", shared)).code,
  ).toBe(0);
  const pkg = await XlsxPackage.open(shared);
  expect(readRunInput(pkg)).toEqual({ from: "csv" });
  pkg.close();
  const r = await cli("analyze", shared, "--lang", "en-US", "-o", scratch.path("x.xlsx"));
  // Tester15 #2: no files recorded, so no placeholder is called "the files it was made from".
  expect(r.err).not.toContain("it was made from:\n  npm run cli -- analyze --customers");
  expect(r.err).toContain(
    "or from CSV files:\n  npm run cli -- analyze --customers customers.csv --transactions transactions.csv",
  );
});

test("the files are recorded resolved: the advice works from another folder, and keeps the report's folder", async () => {
  // Tester15 #1/#3: typed relative, the recorded names worked only from the first run's folder; and
  // with no -o the advised run wrote analysis.xlsx beside the CSV files, not beside the report.
  const [, customers, , transactions] = csvInput();
  const sub = scratch.path("sub");
  mkdirSync(sub, { recursive: true });
  const here = process.cwd();
  let r;
  try {
    process.chdir(scratch.dir);
    const made = await cli(
      "analyze",
      "--customers",
      path.basename(customers),
      "--transactions",
      path.basename(transactions),
      "--as-of",
      "2025-11-30",
      "-o",
      "sub/r1.xlsx",
      "-q",
    );
    expect(made.code).toBe(0);
    process.chdir(sub);
    r = await cli("analyze", "r1.xlsx", "--lang", "en-US", "--as-of", "2025-12-31");
  } finally {
    process.chdir(here);
  }
  const files = `--customers ${shellWord(customers)} --transactions ${shellWord(transactions)}`;
  // Tester #14 (stop 42): it advised -o r1.analysis.xlsx --previous r1.xlsx, and a month later
  // r1.analysis.analysis.xlsx. The report given is refreshed: -o it, compared with the run it holds.
  expect(r.err).toContain("Run on the original data with this workbook as -o: it is refreshed");
  expect(r.err).toContain(
    `From the CSV files it was made from:\n  npm run cli -- analyze ${files} --as-of 2025-12-31 --lang en-US -o r1.xlsx\n`,
  );
  // The advised command, run: the report refreshed, compared with its November run.
  const json = scratch.path("sub", "r1.json");
  const advised = await cli(
    "analyze",
    "--customers",
    customers,
    "--transactions",
    transactions,
    "--as-of",
    "2025-12-31",
    "-o",
    path.join(sub, "r1.xlsx"),
    "--json",
    json,
    "-q",
  );
  expect(advised.code).toBe(0);
  expect(JSON.parse(readFileSync(json, "utf8")).changes.previousAnalysisDate).toBe("2025-11-30");
  expect(existsSync(path.join(sub, "r1.analysis.xlsx"))).toBe(false);
});

test("files whose names are too long to record: the advice does not present placeholders as them", async () => {
  const deep = scratch.path("d".repeat(120), "d".repeat(120));
  mkdirSync(deep, { recursive: true });
  const [, customers, , transactions] = csvInput();
  const c = path.join(deep, "c.csv");
  copyFileSync(customers, c);
  const out = scratch.path("long.xlsx");
  const made = await cli(
    "analyze",
    "--customers",
    c,
    "--transactions",
    transactions,
    "--as-of",
    "2025-12-31",
    "-o",
    out,
    "-q",
  );
  expect(made.code).toBe(0);
  const r = await cli("analyze", out, "--lang", "en-US", "-o", scratch.path("y.xlsx"));
  expect(r.err).not.toContain("From the CSV files it was made from");
  expect(r.err).toContain("or from CSV files:\n  npm run cli -- analyze --customers customers.csv");
});

describe("a file name as a shell takes it (shellWord)", () => {
  test("as it is when nothing in it means something to a shell, else in straight quotes", () => {
    expect(shellWord("analysis.xlsx", "linux")).toBe("analysis.xlsx");
    expect(shellWord("/tmp/报表/十二月.analysis.xlsx", "linux")).toBe(
      "/tmp/报表/十二月.analysis.xlsx",
    );
    expect(shellWord("my report.xlsx", "linux")).toBe("'my report.xlsx'");
    expect(shellWord('a "b" $c `d` \\e.xlsx', "linux")).toBe("'a \"b\" $c `d` \\e.xlsx'");
    // Nothing expands in single quotes: not an interactive bash's history `!` (reviewer13 D8).
    expect(shellWord("report!x.xlsx", "linux")).toBe("'report!x.xlsx'");
    expect(shellWord("it's.xlsx", "linux")).toBe("'it'\\''s.xlsx'");
    expect(shellWord("", "linux")).toBe("''");
    // Windows: a backslash is a folder separator.
    expect(shellWord("C:\\报表\\a.xlsx", "win32")).toBe("C:\\报表\\a.xlsx");
    expect(shellWord("C:\\My Files\\a.xlsx", "win32")).toBe('"C:\\My Files\\a.xlsx"');
    // PowerShell expands $ and ` in double quotes (reviewer13 D8): such a name gets its single
    // quotes, a ' doubled.
    expect(shellWord("C:\\50% $off.xlsx", "win32")).toBe("'C:\\50% $off.xlsx'");
    expect(shellWord("it's `x`.xlsx", "win32")).toBe("'it''s `x`.xlsx'");
  });

  test("a POSIX shell reads the word back as the name, whatever it holds", () => {
    const name = fc
      .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
      .filter((n) => !n.includes("\0"));
    fc.assert(
      fc.property(name, (n) => {
        const back = execFileSync("sh", ["-c", `printf %s ${shellWord(n, "linux")}`], {
          encoding: "utf8",
        });
        expect(back).toBe(n);
      }),
      { numRuns: 60 },
    );
  });
});
