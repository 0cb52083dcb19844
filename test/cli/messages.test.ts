import { writeFileSync } from "node:fs";
import path from "node:path";
import { cli, scratchFolder } from "./harness";

const scratch = scratchFolder("ca-msg-");

describe("messages that name the right thing", () => {
  test("a workbook that does not exist is named as the missing input, not as an output folder", async () => {
    const r = await cli("analyze", "/nonexistent/book.xlsx", "--lang", "en-US");
    expect(r.code).toBe(2);
    expect(r.err).toBe("error: /nonexistent/book.xlsx: the input file does not exist\n");
    const zh = await cli("analyze", "/nonexistent/book.xlsx", "--lang", "zh-CN");
    expect(zh.err).toBe("错误：/nonexistent/book.xlsx：输入文件不存在\n");
  });

  // Tester49 L1: `npm --prefix <project> run cli -- analyze ledger.xlsx` from the folder holding
  // ledger.xlsx: npm runs the command in the project folder, and the error did not say where it looked.
  test("a relative input path not found names where it was looked for, and the folder npm was run from when it is there", async () => {
    const name = "ledger-tester49.xlsx";
    const here = path.resolve(name);
    const r = await cli("analyze", name, "--lang", "en-US");
    expect(r.err).toBe(`error: ${name}: the input file does not exist (looked for ${here})\n`);
    scratch.write(name, "x");
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = scratch.dir;
    try {
      const en = await cli("analyze", name, "--lang", "en-US");
      expect(en.code).toBe(2);
      expect(en.err).toBe(
        `error: ${name}: not found in the project folder, where npm runs the command (${here}). It is in the folder you ran npm from: give its full path, ${scratch.path(name)}\n`,
      );
      const zh = await cli("analyze", name, "--lang", "zh-CN");
      expect(zh.err).toContain(`请给出完整路径 ${scratch.path(name)}`);
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
    }
  });

  test("a missing --previous or --rules file is named by its option, not as the input (tester11 #11)", async () => {
    const c = scratch.write("pc.csv", "客户编号,客户名称\n1,甲\n");
    const t = scratch.write("pt.csv", "客户编号,日期,金额\n1,2025-03-07,10\n");
    for (const [option, lang, said] of [
      ["--previous", "en-US", "the --previous file does not exist"],
      ["--previous", "zh-CN", "--previous 指定的文件不存在"],
      ["--rules", "en-US", "the --rules file does not exist"],
    ]) {
      const missing = scratch.path(`missing${option}.json`);
      const r = await cli(
        ...["analyze", "--customers", c, "--transactions", t],
        ...[option, missing, "--lang", lang],
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${missing}${lang === "zh-CN" ? "：" : ": "}${said}`);
      expect(r.err).not.toMatch(/input file|输入文件/);
    }
  });

  test("a missing transactions CSV is reported under its own name", async () => {
    const c = scratch.path("c.csv");
    writeFileSync(c, "客户编号,客户名称\n1,甲\n");
    const t = scratch.path("missing-t.csv");
    const r = await cli("analyze", "--customers", c, "--transactions", t, "--lang", "en-US");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${t}: the input file does not exist`);
    expect(r.err).not.toContain(`${c}:`);
    const zh = await cli("analyze", "--customers", c, "--transactions", t, "--lang", "zh-CN");
    expect(zh.err).toBe(`错误：${t}：输入文件不存在\n`);
  });

  test("--help in both languages", async () => {
    const en = await cli("--help", "--lang", "en-US");
    expect(en.out).toContain("Usage:");
    expect(en.out).toContain("Exit codes:");
    const zh = await cli("--help", "--lang", "zh-CN");
    expect(zh.out).toContain("用法：");
    expect(zh.out).toContain("退出码：");
    expect(zh.out).toContain("--as-of");
  });

  test("without --lang, an error in a run on Chinese CSV files is said in Chinese (and English files in English)", async () => {
    const c = scratch.path("c-zh.csv");
    const t = scratch.path("t-wrong.csv");
    writeFileSync(c, "客户编号,客户名称\n1,甲\n");
    writeFileSync(t, "cust,when,how much\n1,2025-01-01,5\n");
    const zh = await cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      scratch.path("z.xlsx"),
    );
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`错误：交易文件 ${t}：在前`);
    const ce = scratch.path("c-en.csv");
    writeFileSync(ce, "Customer ID,Name\n1,A\n");
    const en = await cli(
      "analyze",
      "--customers",
      ce,
      "--transactions",
      t,
      "-o",
      scratch.path("e.xlsx"),
    );
    expect(en.code).toBe(2);
    expect(en.err).toContain(`error: Transactions file ${t}: No header row`);
  });

  test("--lang fr is refused in the language the run would use without it, not always in English", async () => {
    // Tester, stop 31: with Chinese files, `--lang fr` answered "error: --lang must be …" while every
    // other option error was Chinese. A tag that is neither language names none (args.ts langGiven).
    const c = scratch.path("c-fr.csv");
    const t = scratch.path("t-fr.csv");
    writeFileSync(c, "客户编号,客户名称\n1,甲\n");
    writeFileSync(t, "客户编号,日期,金额\n1,2025-01-01,5\n");
    const zh = await cli("analyze", "--customers", c, "--transactions", t, "--lang", "fr");
    expect(zh.code).toBe(2);
    expect(zh.err).toBe("错误：--lang 只能是 zh-CN 或 en-US，而不是“fr”\n");
    const ce = scratch.path("c-fr-en.csv");
    writeFileSync(ce, "Customer ID,Name\n1,A\n");
    const en = await cli("analyze", "--customers", ce, "--transactions", t, "--lang=fr");
    expect(en.err).toBe("error: --lang must be zh-CN or en-US, not “fr”\n");
  });

  test("a CSV without a header row lists each field's accepted headers and the headers found", async () => {
    const c = scratch.path("c2.csv");
    const t = scratch.path("t2.csv");
    writeFileSync(c, "客户编号,客户名称\n1,甲\n");
    writeFileSync(t, "cust,when,how much\n1,2025-01-01,5\n");
    const r = await cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      scratch.path("o.xlsx"),
      "--lang",
      "en-US",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("Headers found: cust, when, how much");
    // The CSV file is named as the input it is and by its own path, not as a sheet or the customers file.
    expect(r.err).toContain(`error: Transactions file ${t}: No header row`);
    expect(r.err).not.toContain("c2.csv");
    expect(r.err).not.toMatch(/sheet/i);
    expect(r.err).toMatch(/Customer ID \([^)]+\); Date \([^)]+\); Amount \(/);
    expect(r.err).not.toMatch(/[；，：（）。]/);
    const zh = await cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      scratch.path("o2.xlsx"),
      "--lang",
      "zh-CN",
    );
    expect(zh.code).toBe(2);
    expect(zh.err.startsWith("错误：")).toBe(true);
    expect(zh.err).toContain("找到的列名：cust、when、how much");
    expect(zh.err).toContain(`错误：交易文件 ${t}：在前`);
    expect(zh.err).not.toMatch(/工作表|Transactions|c2\.csv/);
    expect(zh.err).toMatch(/客户编号（[^）]+）；日期（[^）]+）；金额（/);
    expect(zh.err).not.toMatch(/Accepted headers|Headers found/);
    // The headers found are English: their English names follow the Chinese ones (stop 32).
    expect(zh.err).toContain(
      "客户编号（客户编号 / 客户ID / 客户编码 / 客户代码 / 客户号 / 会员编号 / Customer ID",
    );
  });
});
