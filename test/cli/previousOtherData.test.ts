import { cli, namedCustomersCsv, oneSaleEachCsv, scratchFolder } from "./harness";

// Stop-20 tester P1: --previous pointing at another data set's run (same id range, every name
// different) was compared silently ("150 worse, 119 better"). Refused, naming the --previous file.

const scratch = scratchFolder("ca-previous-other-");

test("--previous of other data (names differ) exits 2 naming the file; same data runs", async () => {
  const n = 25;
  const customers = (prefix: string) => namedCustomersCsv(n, prefix);
  const t = scratch.write("t.csv", oneSaleEachCsv(n));
  const run = (c: string, name: string, ...more: string[]) =>
    cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      scratch.path(`${name}.xlsx`),
      "--json",
      scratch.path(`${name}.json`),
      "--quiet",
      ...more,
    );
  const a = scratch.write("a.csv", customers("甲公司"));
  const b = scratch.write("b.csv", customers("Other Co "));
  expect((await run(a, "first", "--as-of", "2025-11-30")).code).toBe(0);
  const other = await run(
    b,
    "second",
    "--as-of",
    "2025-12-31",
    "--previous",
    scratch.path("first.json"),
    "--lang",
    "zh-CN",
  );
  expect(other.code).toBe(2);
  expect(other.err).toContain(`--previous ${scratch.path("first.json")} 似乎是另一份数据的分析`);
  expect(other.err).toContain("25 个客户编号中，只有 0 个（0%）名称相同");
  expect(other.err).not.toContain("b.csv");
  const en = await run(
    b,
    "second",
    "--as-of",
    "2025-12-31",
    "--previous",
    scratch.path("first.json"),
    "--lang",
    "en-US",
  );
  expect(en.err).toContain("looks like the analysis of other data");
  const same = await run(
    a,
    "third",
    "--as-of",
    "2025-12-31",
    "--previous",
    scratch.path("first.json"),
  );
  expect(same.code).toBe(0);
});
