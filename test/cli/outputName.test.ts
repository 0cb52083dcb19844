import { existsSync, readFileSync } from "node:fs";
import { analyseOneSale, scratchFolder } from "./harness";

// Stop-20 tester B2: `-o a.csv` wrote an .xlsx package named a.csv (exit 0); Excel then refuses it
// ("format and extension don't match"). Refused before anything is read or written.

const scratch = scratchFolder("ca-output-name-");

/** One customer and one sale as CSVs, analysed with `options` (outputs) in `lang`. */
const analyse = (lang: string, ...options: string[]) =>
  analyseOneSale(scratch, ...options, "--lang", lang);

test("-o with a name not ending in .xlsx exits 2, says .xlsx or --json, writes nothing", async () => {
  const run = (out: string, lang: string) => analyse(lang, "-o", scratch.path(out));
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

// tester14 #2: `--json keep.xlsx` replaced an existing workbook with JSON (exit 0).
test("--json named like a workbook or CSV exits 2, names .json, and leaves the file as it was", async () => {
  const keep = scratch.write("keep.xlsx", "last month's report");
  const run = (json: string, lang: string) =>
    analyse(lang, "-o", scratch.path("new.xlsx"), "--json", json);
  const en = await run(keep, "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain("needs a .json name, not .xlsx");
  expect(en.err).toContain(scratch.path("keep.json"));
  const zh = await run(scratch.path("r.CSV"), "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain("JSON 结果须以 .json 命名，不能用 .csv");
  expect(readFileSync(keep, "utf8")).toBe("last month's report");
  expect(existsSync(scratch.path("new.xlsx"))).toBe(false);
  expect((await run(scratch.path("r.json"), "en-US")).code).toBe(0);
});
