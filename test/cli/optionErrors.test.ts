import { asOfDays, nearestOption, parseCli, sameValue } from "../../src/cli/args";
import { epochDay } from "../../src/engine/parse/date";
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
    // Tester49 L2: the last of two --as-of was taken and the first never checked.
    [
      ["--as-of", "03/04/2025", "--as-of", "2025-12-31"],
      "错误：--as-of 给了两次（“03/04/2025”和“2025-12-31”）：请只给一次",
      "error: --as-of is given twice (“03/04/2025” and “2025-12-31”): give it once",
    ],
    // Reviewer49 L4a: values are compared as read; two files, languages or dates still differ.
    [
      ["-o", "a.xlsx", "-o", "b.xlsx"],
      "错误：-o 给了两次（“a.xlsx”和“b.xlsx”）：请只给一次",
      "error: -o is given twice (“a.xlsx” and “b.xlsx”): give it once",
    ],
    [
      ["--as-of", "20251228", "--as-of", "2025-12-29"],
      "错误：--as-of 给了两次（“20251228”和“2025-12-29”）：请只给一次",
      "error: --as-of is given twice (“20251228” and “2025-12-29”): give it once",
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
      "error: --as-of: “1899-12-31” is out of range (the year must be 1900 to 9999)",
    ],
    [
      ["--as-of", "0025-12-31"],
      "错误：--as-of：“0025-12-31”超出可读的日期范围（年份须在 1900 至 9999 之间）",
      "error: --as-of: “0025-12-31” is out of range (the year must be 1900 to 9999)",
    ],
    [
      ["--as-of", "2025-12-00"],
      "错误：--as-of：“2025-12-00”不是有效日期（日须为 01 至 31）",
      "error: --as-of: “2025-12-00” is not a real date (the day must be 01 to 31)",
    ],
    // Tester11 #11: the data's date forms are taken (below); what is no date, or could be read
    // two ways, or is no such day in another form, is said as for YYYY-MM-DD.
    [
      ["--as-of", "31.12.25"],
      "错误：--as-of：“31.12.25”不是日期：请写作 2025-12-31（也可写作 2025/12/31、20251231、2025年12月31日）",
      "error: --as-of: “31.12.25” is not a date: write it as 2025-12-31 (or 2025/12/31, 20251231, 31 Dec 2025)",
    ],
    [
      ["--as-of", "45657"],
      "错误：--as-of：“45657”不是日期：请写作 2025-12-31（也可写作 2025/12/31、20251231、2025年12月31日）",
      "error: --as-of: “45657” is not a date: write it as 2025-12-31 (or 2025/12/31, 20251231, 31 Dec 2025)",
    ],
    [
      ["--as-of", "03/04/2025"],
      "错误：--as-of：无法确定“03/04/2025”是日在前还是月在前：日在前请写 2025-04-03，月在前请写 2025-03-04",
      "error: --as-of: “03/04/2025” could be day first or month first: write 2025-04-03 (day first) or 2025-03-04 (month first)",
    ],
    [
      ["--as-of", "20250230"],
      "错误：--as-of：“20250230”不是有效日期（2025 年 2 月只有 28 天）",
      "error: --as-of: “20250230” is not a real date (month 2 of 2025 has 28 days)",
    ],
    [
      ["--as-of", "2025/13/1"],
      "错误：--as-of：“2025/13/1”不是有效日期（月份须为 01 至 12）",
      "error: --as-of: “2025/13/1” is not a real date (the month must be 01 to 12)",
    ],
    // Tester12 #9: a weekday that is not the date's was told the generic words.
    [
      ["--as-of", "2025年12月31日 星期五"],
      "错误：--as-of：“2025年12月31日 星期五”的星期与日期不符：2025-12-31 是星期三，不是星期五；请只写日期（2025-12-31），或写上它的星期",
      "error: --as-of: “2025年12月31日 星期五” has the wrong weekday: 2025-12-31 is a Wednesday, not a Friday; write the date alone (2025-12-31) or with its own weekday",
    ],
    // Tester13 #1: an English weekday that is not the date's was taken silently.
    [
      ["--as-of", "Friday, 31 December 2025"],
      "错误：--as-of：“Friday, 31 December 2025”的星期与日期不符：2025-12-31 是星期三，不是星期五；请只写日期（2025-12-31），或写上它的星期",
      "error: --as-of: “Friday, 31 December 2025” has the wrong weekday: 2025-12-31 is a Wednesday, not a Friday; write the date alone (2025-12-31) or with its own weekday",
    ],
    [
      ["--as-of", "2025-12-31 25:00"],
      "错误：--as-of：“2025-12-31 25:00”不是日期：请写作 2025-12-31（也可写作 2025/12/31、20251231、2025年12月31日）",
      "error: --as-of: “2025-12-31 25:00” is not a date: write it as 2025-12-31 (or 2025/12/31, 20251231, 31 Dec 2025)",
    ],
  ];
  test.each(cases)("%j", async (argv, zh, en) => {
    // The option under test last, so a value-taking one really misses its value.
    const z = await cli("analyze", "book.xlsx", "--lang", "zh-CN", ...argv);
    expect([z.code, z.err]).toEqual([2, zh + "\n"]);
    const e = await cli("analyze", "book.xlsx", "--lang", "en-US", ...argv);
    expect([e.code, e.err]).toEqual([2, en + "\n"]);
    // No Chinese in the English words (the value the user typed is said as it is).
    expect(e.err.replace(argv[argv.length - 1], "")).not.toMatch(/[\u4e00-\u9fff]/);
    expect(z.err).not.toMatch(/Unknown|Option|argument/);
  });

  // Tester11 #11: `--as-of 2025/12/31` and `20251231` were refused, though the data takes them.
  test.each([
    "2025-12-31",
    "2025/12/31",
    "2025.12.31",
    "20251231",
    "2025年12月31日",
    "２０２５年１２月３１日",
    "2025年12月31日 星期三",
    "12/31/2025",
    "31/12/2025",
    "Dec 31, 2025",
    "31-Dec-2025",
    "2025-12-31 23:59",
  ])("--as-of %s is 2025-12-31, a whole day", (value) => {
    const args = parseCli(["analyze", "book.xlsx", "--as-of", value]);
    expect(args.command === "analyze" && args.asOf).toBe(epochDay(2025, 12, 31));
  });

  // Reviewer12 D8: a weekday settles which reading of 03/04/2025 is meant (2025-04-03 is a Thursday).
  test("--as-of 03/04/2025 星期四 is 2025-04-03", () => {
    const args = parseCli(["analyze", "book.xlsx", "--as-of", "03/04/2025 星期四"]);
    expect(args.command === "analyze" && args.asOf).toBe(epochDay(2025, 4, 3));
  });

  // Reviewer12 D8: the backtest split its --as-of list on every comma, "Dec 31, 2025" too.
  test("the backtest's list of dates keeps a date's own comma", () => {
    expect(asOfDays("Dec 31, 2025")).toEqual([epochDay(2025, 12, 31)]);
    expect(asOfDays("2025-06-30,Dec 31, 2025,2026/1/31")).toEqual([
      epochDay(2025, 6, 30),
      epochDay(2025, 12, 31),
      epochDay(2026, 1, 31),
    ]);
    expect(() => asOfDays("2025-06-30,2025-02-30")).toThrow(/month 2 of 2025 has 28 days/);
    // "Dec 31" alone (the comma split it from its year) is a day with no year: said so (N19).
    expect(() => asOfDays("Dec 31,2025-13-01")).toThrow(/“Dec 31” has no year/);
  });

  // Reviewer49 L4a: `--as-of 2025-12-28 --as-of 20251228` was refused as given twice with
  // different values. The same value in two spellings is taken once, without a word.
  test("an option given twice with the same value in two spellings is taken once", () => {
    const args = parseCli([
      "analyze",
      "book.xlsx",
      "--as-of",
      "2025-12-28",
      "--as-of",
      "20251228",
      "-o",
      "out.xlsx",
      "--out",
      "./out.xlsx",
      "--lang",
      "zh",
      "--lang",
      "zh-CN",
      "--json",
      "r.json",
      "--json",
      `${process.cwd()}/r.json`,
    ]);
    expect(args.command === "analyze" && [args.asOf, args.out, args.lang]).toEqual([
      epochDay(2025, 12, 28),
      "./out.xlsx",
      "zh-CN",
    ]);
    expect(sameValue("as-of", "Dec 28, 2025", "2025年12月28日")).toBe(true);
    expect(sameValue("as-of", "2025-12-28", "2025-12-29")).toBe(false);
    // A value that is no date is the same only as itself (then said as no date).
    expect(sameValue("as-of", "31.12.25", "31.12.25")).toBe(true);
    expect(sameValue("as-of", "31.12.25", "2025-12-31")).toBe(false);
    expect(sameValue("lang", "en", "zh")).toBe(false);
    expect(sameValue("horizon", "90", "090")).toBe(true);
    expect(sameValue("horizon", "90", "91")).toBe(false);
    expect(sameValue("out", "a.xlsx", "b.xlsx")).toBe(false);
  });

  test("a near option is suggested, a far one is not", () => {
    expect(nearestOption("--transaction", ["customers", "transactions"])).toBe("--transactions");
    expect(nearestOption("--colour", ["out", "lang"])).toBeNull();
    expect(nearestOption("-x", ["out"])).toBeNull();
  });
});
