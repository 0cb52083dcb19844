import { cli, scratchFolder } from "./harness";

// Stop-20 tester 11b/11c: an error about the --previous file named the customers file first
// ("错误：…/customers.csv：/tmp/t2/c2.json：--previous 指向…"), and a CSV given as --previous got the
// advice for inputs ("CSV 文件请按用途指定：analyze --customers 客户.csv …"). Now the --previous
// file alone is named, with advice for --previous, in both languages.

const scratch = scratchFolder("ca-previous-errors-");

describe("--previous errors name the --previous file and advise on --previous", () => {
  const input = () => [
    "--customers",
    scratch.write("customers.csv", "客户编号\nA\nB\n"),
    "--transactions",
    scratch.write(
      "t.csv",
      "客户编号,日期,金额\nA,2025-06-01,10\nB,2025-11-01,20\nA,2025-12-20,30\n",
    ),
  ];

  // A later run as --previous is no longer an error: previousLater.test.ts (changes/laterRun.ts).

  test.each([
    ["zh-CN", "--previous 应指向之前一次运行的输出"],
    ["en-US", "--previous takes an earlier run's output"],
  ])("a CSV file as --previous (%s)", async (lang, words) => {
    const args = input();
    const r = await cli(
      "analyze",
      ...args,
      "--as-of",
      "2025-12-31",
      "--lang",
      lang,
      "-o",
      scratch.path("y.xlsx"),
      "--previous",
      args[1],
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${args[1]}${lang === "zh-CN" ? "：" : ": "}${words}`);
    expect(r.err).not.toContain("--customers 客户.csv");
    expect(r.err).not.toContain("--customers customers.csv");
    // Named once.
    expect(r.err.split(args[1]).length).toBe(2);
  });

  // Tester52 L9: CSV text saved under an .xlsx name got the inputs' advice ("请改用 .csv 扩展名，
  // 并按用途指定 CSV 文件：analyze --customers 客户.csv …"): an input file given as --previous too.
  test.each([
    ["zh-CN", "--previous 应指向之前一次运行的输出"],
    ["en-US", "--previous takes an earlier run's output"],
  ])("CSV text named .xlsx as --previous (%s)", async (lang, words) => {
    const args = input();
    const text = scratch.write("text.xlsx", "客户编号,日期,金额\nA,2025-06-01,10\n");
    const r = await cli(
      "analyze",
      ...args,
      "--as-of",
      "2025-12-31",
      "--lang",
      lang,
      "-o",
      scratch.path("z.xlsx"),
      "--previous",
      text,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${text}${lang === "zh-CN" ? "：" : ": "}${words}`);
    expect(r.err).not.toContain("客户.csv");
    expect(r.err).not.toContain("customers.csv --transactions");
    expect(r.err.split(text).length).toBe(2);
  });
});
