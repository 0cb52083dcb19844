import { cli, scratchFolder } from "./harness";

// A transactions file whose rows are dated after the analysis date except some that cannot be
// used at all (an unreadable date): the message said "all 3 transactions are after it" of a file
// of 5 rows. It now gives both counts and the first rows refused, in both languages (edges10, stop 34).

const scratch = scratchFolder("ca-after-mixed-");

describe("an analysis date before every dated transaction, with bad rows beside them", () => {
  const run = (lang: string, transactions: string) =>
    cli(
      "analyze",
      "--customers",
      scratch.write("c.csv", "客户编号,客户名称\nC1,甲\nC2,乙\n"),
      "--transactions",
      scratch.write(`t-${lang}.csv`, transactions),
      "-o",
      scratch.path(`out-${lang}.xlsx`),
      "--as-of",
      "2025-12-31",
      "--lang",
      lang,
      "--quiet",
    );
  const mixed =
    "客户编号,日期,金额\n" +
    "C1,2026-05-01,100\nC2,2026-06-01,200\n" + // rows 2, 3: after the analysis date
    "C1,31.31.2025,50\n" + // row 4: no date
    "C2,2026-07-01,300\n" + // row 5: after
    "C2,2025-13-45,70\n"; // row 6: no date

  test("says how many rows are after it and how many were refused, naming the first refused rows", async () => {
    const en = await run("en-US", mixed);
    expect(en.code).toBe(2);
    expect(en.err).toContain(
      "3 of the 5 transaction rows are dated after the analysis date 2025-12-31 (the earliest 2026-05-01) and none of the other 2 can be used either",
    );
    expect(en.err).toMatch(
      /The first rows not used for another reason: row 4: .*31\.31\.2025.*; row 6: /,
    );
    expect(en.err).not.toMatch(/all \d+ transactions are after it/);
    const zh = await run("zh-CN", mixed);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(
      "交易共 5 行：其中 3 行晚于分析日期 2025-12-31（最早 2026-05-01），其余 2 行也无法使用",
    );
    expect(zh.err).toMatch(/因其他原因未使用的行，最先几行：第 4 行：.*31\.31\.2025.*；第 6 行：/);
    expect(zh.err).not.toContain("所有交易");
  });

  // tester64 U195: orders keyed by a nickname against a list keyed by phone, 5 dated after a wrong
  // analysis date: "often the year of the analysis date is mistyped", though 158 of 163 were refused
  // for IDs not on the list. Most refused for unknown IDs: the message names that cause.
  test("most others refused for IDs not on the list: says the sheets key customers differently", async () => {
    const ids =
      "客户编号,日期,金额\n" +
      "C1,2026-05-01,100\n" + // row 2: after the analysis date
      "糖糖妈咪,2025-05-01,80\n阳光,2025-06-01,60\n阳光,2025-07-01,60\n"; // rows 3–5: unknown IDs
    const zh = await run("zh-CN", ids);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(
      "其中 3 行的客户编号不在客户表中：交易表和客户表多半用不同的列区分客户",
    );
    expect(zh.err).not.toContain("常见原因是分析日期");
    const en = await run("en-US", ids);
    expect(en.err).toContain(
      "3 of them have customer IDs not on the customer list: the two sheets most likely name customers by different columns",
    );
    expect(en.err).not.toContain("Often the year of the analysis date");
    // The bad-dates case above keeps the date advice.
    expect((await run("en-US", mixed)).err).toContain("Often the year of the analysis date");
  });

  test("every row after it: the message as before", async () => {
    const en = await run("en-US", "客户编号,日期,金额\nC1,2026-05-01,100\nC2,2026-06-01,200\n");
    expect(en.code).toBe(2);
    expect(en.err).toContain(
      "The analysis date 2025-12-31 is before the earliest transaction (2026-05-01): all 2 transactions are after it",
    );
  });
});
