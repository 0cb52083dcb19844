import { nearestOption } from "../../src/cli/args";
import { cli } from "./harness";

// Stop 21 tester W1: Node's parser said `错误：Unknown option '--bogus'（见 --help）` and
// `Option '--as-of <value>' argument missing` inside Chinese runs. Every parser message is now the
// catalog's, in the run's language.

describe("command-line parser errors in the run's language", () => {
  const cases: [string[], string, string][] = [
    [
      ["--bogus"],
      "错误：未知选项 --bogus（见 --help）",
      "error: unknown option --bogus (see --help)",
    ],
    [
      ["--as-of"],
      "错误：--as-of 后面缺少值（见 --help）",
      "error: --as-of needs a value (see --help)",
    ],
    [["-o"], "错误：--out 后面缺少值（见 --help）", "error: --out needs a value (see --help)"],
    [
      ["--quiet=yes"],
      "错误：--quiet 不带值（见 --help）",
      "error: --quiet takes no value (see --help)",
    ],
    [
      ["--as-off", "2025-01-01"],
      "错误：未知选项 --as-off：您是否想输入 --as-of？（见 --help）",
      "error: unknown option --as-off: did you mean --as-of? (see --help)",
    ],
    // Stop-34 tester10 #13: a date in the form but no such day was told to be "YYYY-MM-DD".
    [
      ["--as-of", "2025-02-30"],
      "错误：--as-of：“2025-02-30”不是有效日期（2025 年 2 月只有 28 天）",
      "error: --as-of: “2025-02-30” is not a real date (month 2 of 2025 has 28 days)",
    ],
    [
      ["--as-of", "2024-02-30"],
      "错误：--as-of：“2024-02-30”不是有效日期（2024 年 2 月只有 29 天）",
      "error: --as-of: “2024-02-30” is not a real date (month 2 of 2024 has 29 days)",
    ],
    [
      ["--as-of", "2025-13-01"],
      "错误：--as-of：“2025-13-01”不是有效日期（月份须为 01 至 12）",
      "error: --as-of: “2025-13-01” is not a real date (the month must be 01 to 12)",
    ],
    // Reviewer10 D11: a year outside 1900–9999 and day 00 were told how long the month is.
    [
      ["--as-of", "1899-12-31"],
      "错误：--as-of：“1899-12-31”超出可读的日期范围（年份须在 1900 至 9999 之间）",
      "error: --as-of: “1899-12-31” is outside the dates read (the year must be 1900 to 9999)",
    ],
    [
      ["--as-of", "0025-12-31"],
      "错误：--as-of：“0025-12-31”超出可读的日期范围（年份须在 1900 至 9999 之间）",
      "error: --as-of: “0025-12-31” is outside the dates read (the year must be 1900 to 9999)",
    ],
    [
      ["--as-of", "2025-12-00"],
      "错误：--as-of：“2025-12-00”不是有效日期（日期中的日须为 01 至 31）",
      "error: --as-of: “2025-12-00” is not a real date (the day must be 01 to 31)",
    ],
    [
      ["--as-of", "2025/12/31"],
      "错误：--as-of 须为 YYYY-MM-DD 格式的日期，而不是“2025/12/31”",
      "error: --as-of must be a date as YYYY-MM-DD, not “2025/12/31”",
    ],
  ];
  test.each(cases)("%j", async (argv, zh, en) => {
    // The option under test last, so a value-taking one really misses its value.
    const z = await cli("analyze", "book.xlsx", "--lang", "zh-CN", ...argv);
    expect([z.code, z.err]).toEqual([2, zh + "\n"]);
    const e = await cli("analyze", "book.xlsx", "--lang", "en-US", ...argv);
    expect([e.code, e.err]).toEqual([2, en + "\n"]);
    expect(e.err).not.toMatch(/[\u4e00-\u9fff]/);
    expect(z.err).not.toMatch(/Unknown|Option|argument/);
  });

  test("a near option is suggested, a far one is not", () => {
    expect(nearestOption("--transaction", ["customers", "transactions"])).toBe("--transactions");
    expect(nearestOption("--colour", ["out", "lang"])).toBeNull();
    expect(nearestOption("-x", ["out"])).toBeNull();
  });
});
