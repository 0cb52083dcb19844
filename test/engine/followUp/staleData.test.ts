import { analyzeWorkbook } from "../../../src/engine/analyze";
import { newestOfBulk } from "../../../src/engine/followUp/warnings";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { summaryText } from "../../../src/cli/summary";

// stop-19 #4 / stop-20 tester: on an old workbook without --as-of the warning said "almost every
// customer will show as high risk" while 4 were, came last, and suggested --as-of at the one
// future-dated row. It now says what the run did, names the bulk's newest date, and comes first.

describe("newestOfBulk", () => {
  const daily = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => [from + i, from + i]).flat();
  test("a lone later row is not the data's date", () => {
    const days = Float64Array.from([
      ...daily(epochDay(2025, 1, 1), epochDay(2025, 12, 31)),
      epochDay(2026, 1, 7),
    ]);
    const r = newestOfBulk(days, epochDay(2026, 12, 1));
    expect(isoDate(r.newest)).toBe("2025-12-31");
    expect(isoDate(r.latest)).toBe("2026-01-07");
    expect(r.later).toBe(1);
  });
  test("regular data: its newest day; sparse data (under 2 a week): the newest row itself", () => {
    const days = Float64Array.from(daily(epochDay(2025, 1, 1), epochDay(2025, 12, 31)));
    expect(newestOfBulk(days, epochDay(2026, 6, 1))).toMatchObject({
      newest: epochDay(2025, 12, 31),
      later: 0,
    });
    const sparse = Float64Array.from([
      epochDay(2025, 1, 5),
      epochDay(2025, 6, 5),
      epochDay(2025, 11, 5),
    ]);
    expect(newestOfBulk(sparse, epochDay(2026, 6, 1)).newest).toBe(epochDay(2025, 11, 5));
    expect(newestOfBulk(sparse, epochDay(2025, 10, 1)).newest).toBe(epochDay(2025, 6, 5));
  });
});

test("the stale-data warning says what the run did, names the bulk's date, and comes first", async () => {
  const n = 40;
  const customers = [["客户编号"], ...Array.from({ length: n }, (_, i) => [`C${i}`])];
  const tx: (string | number)[][] = [["客户编号", "日期", "金额"]];
  for (let d = epochDay(2025, 1, 1); d <= epochDay(2025, 12, 31); d += 2)
    tx.push([`C${d % n}`, isoDate(d), 100]);
  tx.push(["C1", "2026-01-07", 50]);
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: tx }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 1),
  });
  const w = a.warnings.find((x) => x.code === "stale_data")!;
  expect(w.message["zh-CN"]).toContain("最新交易（2025-12-31）晚 335 天");
  expect(w.message["zh-CN"]).toContain(
    "或按数据日期 2025-12-31 分析（命令行：--as-of 2025-12-31）",
  );
  // tester53 N17: the pane has no --as-of; the words name the analysis date first, the flag for the CLI.
  expect(w.message["en-US"]).toContain(
    "analyse as of its date, 2025-12-31 (command line: --as-of 2025-12-31)",
  );
  expect(w.message["zh-CN"]).toContain("另有 1 笔交易晚于 2025-12-31，最晚 2026-01-07");
  expect(w.message["zh-CN"]).not.toContain("几乎所有客户");
  expect(w.message["zh-CN"]).toMatch(/40 位客户中 \d+ 位（\d+%）已超过 365 天未购买/);
  expect(w.message["en-US"]).toContain("not how the customers are");
  const text = summaryText(
    {
      analysis: a,
      lang: "zh-CN",
      analysisSeconds: 1,
      outPath: "o.xlsx",
      written: [],
      csvFiles: [],
      seconds: 1,
    },
    "zh-CN",
  ).split("\n");
  expect(text.findIndex((l) => l.includes("数据可能已过期"))).toBe(2);
});

test("a gap of thousands of days is written with a thousands separator, as the counts beside it", async () => {
  const a = await analyzeWorkbook(
    memorySource({
      客户: [["客户编号"], ["C1"]],
      交易: [
        ["客户编号", "日期", "金额"],
        ["C1", "2025-01-01", 100],
      ],
    }),
    { rules: defaultRules(), asOf: epochDay(2099, 1, 1) },
  );
  const w = a.warnings.find((x) => x.code === "stale_data")!;
  expect(w.message["zh-CN"]).toContain("最新交易（2025-01-01）晚 27,028 天");
  expect(w.message["en-US"]).toContain("is 27,028 days after the newest transaction");
});

// fix63c (newuser62 M5's school): students pay per term and sign in to every lesson. The newest
// payment is months old, the lessons run to yesterday: the data are current, no stale_data. A log
// that is old too leaves the warning, dated by the newer of the two.
test("lessons signed in to lately keep a school paid per term from the stale-data warning", async () => {
  const lessons = (to: string): string[][] => {
    const out: string[][] = [["学号", "上课日期"]];
    for (
      let d = epochDay(2026, 3, 7);
      d <= epochDay(...(to.split("-").map(Number) as [number, number, number]));
      d += 7
    )
      for (const id of ["S1", "S2", "S3"]) out.push([id, isoDate(d)]);
    return out;
  };
  const sheets = (to: string) => ({
    学员: [["学号"], ["S1"], ["S2"], ["S3"]],
    缴费: [
      ["学号", "缴费日期", "金额"],
      ["S1", "2026-03-01", 3000],
      ["S2", "2026-03-01", 3000],
      ["S3", "2026-03-01", 3000],
      ["S1", "2026-08-31", 3000],
      ["S2", "2026-08-31", 3000],
      ["S3", "2026-08-31", 3000],
    ],
    上课签到: lessons(to),
  });
  const run = (to: string) =>
    analyzeWorkbook(memorySource(sheets(to)), {
      rules: defaultRules(),
      asOf: epochDay(2026, 12, 6),
    });
  const current = await run("2026-12-05");
  expect(current.warnings.map((w) => w.code)).not.toContain("stale_data");
  const old = await run("2026-09-05");
  const w = old.warnings.find((x) => x.code === "stale_data")!;
  // The newer of the two is a visit, and is said as one.
  expect(w.message["zh-CN"]).toContain("比最新上课签到（2026-09-05）晚 92 天");
  expect(w.message["en-US"]).toContain("days after the newest visit (2026-09-05)");
});
