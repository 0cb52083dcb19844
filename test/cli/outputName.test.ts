import { existsSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

// Stop-20 tester B2: `-o a.csv` wrote an .xlsx package named a.csv (exit 0); Excel then refuses it
// ("format and extension don't match"). Refused before anything is read or written.

const scratch = scratchFolder("ca-output-name-");

test("-o with a name not ending in .xlsx exits 2, says .xlsx or --json, writes nothing", async () => {
  const customers = scratch.write("c.csv", "客户编号\nA\n");
  const transactions = scratch.write("t.csv", "客户编号,日期,金额\nA,2025-06-01,10\n");
  const run = (out: string, lang: string) =>
    cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      transactions,
      "--as-of",
      "2025-12-31",
      "-o",
      scratch.path(out),
      "--quiet",
      "--lang",
      lang,
    );
  const en = await run("a.csv", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain("must end in .xlsx");
  expect(en.err).toContain(scratch.path("a.xlsx"));
  expect(en.err).toContain("--json");
  const zh = await run("a.csv", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain("文件名须以 .xlsx 结尾");
  expect(existsSync(scratch.path("a.csv"))).toBe(false);
  expect((await run("b.XLSX", "en-US")).code).toBe(0);
});
