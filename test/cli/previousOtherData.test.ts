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

// tester52 L7: --previous of entirely other data (CDNOW's 23,570 ids on a 40-customer ledger, 0 in
// common) was compared: "新增 40 位，数据中已没有 23,570 位", exit 0.
test("--previous with too few customer ids in common exits 2 naming the file; a filtered run compares", async () => {
  const n = 25;
  const ids = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const customersOf = (list: string[]) =>
    "客户编号,客户名称\n" + list.map((id) => `${id},公司${id}`).join("\n");
  const salesOf = (list: string[]) =>
    "客户编号,日期,金额\n" +
    list.map((id, i) => `${id},2025-0${1 + (i % 9)}-10,${100 + i}`).join("\n");
  const run = (list: string[], name: string, ...more: string[]) =>
    cli(
      "analyze",
      "--customers",
      scratch.write(`${name}-c.csv`, customersOf(list)),
      "--transactions",
      scratch.write(`${name}-t.csv`, salesOf(list)),
      "-o",
      scratch.path(`${name}.xlsx`),
      "--json",
      scratch.path(`${name}.json`),
      "--quiet",
      ...more,
    );
  // 60 customers, then 25 others of which 2 share an id (8% of the smaller run).
  expect((await run(ids("C", 60), "big", "--as-of", "2025-11-30")).code).toBe(0);
  const others = [...ids("D", n - 2), "C0", "C1"];
  const previous = scratch.path("big.json");
  const inLang = (lang: string) =>
    run(others, "o", "--as-of", "2025-12-31", "--previous", previous, "--lang", lang);
  const zh = await inLang("zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain(
    `--previous ${previous} 似乎是另一份数据的分析：其中 60 位客户与本次的 25 位之间，只有 2 个客户编号相同（占较少一方的 8%）`,
  );
  const en = await inLang("en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(
    `--previous ${previous} looks like the analysis of other data: of its 60 customers and this run's 25, 2 ids are in both (8% of the smaller)`,
  );
  // The same ledger filtered to 25 of its customers: all 25 in common, compared.
  const filtered = await run(ids("C", n), "f", "--as-of", "2025-12-31", "--previous", previous);
  expect(filtered.code).toBe(0);
});
