import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import type { GridSource } from "../../src/engine/ingest/workbook";
import { tableNameIsOurs } from "../../src/engine/tableNames";
import { tableNamesKept } from "../../src/engine/words/tabNamesKept";
import { cli, scratchFolder, sixCustomerBook } from "./harness";

// Issue 11: our tabs are replaced in place so users' formulas stay valid. The command line's
// refresh wrote a table of ours anew as CA_<tab>, so a table the user renamed in Excel
// (CA_segments → MySeg) lost their name and =SUM(MySeg[…]) broke (misc47, stop 47). It now keeps
// the name and says so (table_name_kept), once.

const scratch = scratchFolder("ca-table-name-kept-");

/** The table names in a workbook's table parts. */
async function tableNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names: string[] = [];
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/tables\/.+\.xml$/.test(p)))
    names.push(/\bname="([^"]*)"/.exec(await zip.file(part)!.async("string"))![1]);
  return names.sort();
}

/** Renames a table in the file, as Excel does (its name and display name). */
async function renameTable(file: string, from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/tables\/.+\.xml$/.test(p))) {
    const xml = await zip.file(part)!.async("string");
    if (xml.includes(`name="${from}"`))
      zip.file(
        part,
        xml.replace(`name="${from}" displayName="${from}"`, `name="${to}" displayName="${to}"`),
      );
  }
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

const analyse = (...argv: string[]) => cli("analyze", ...argv, "--quiet");

test("a refresh keeps the name the user gave a table of ours, and says so in both languages and the JSON", async () => {
  const book = await sixCustomerBook(scratch, "台账.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("台账.analysis.xlsx");
  expect(await tableNames(report)).toContain("CA_segments");
  await renameTable(report, "CA_segments", "MySeg");

  const json = scratch.path("r.json");
  const refresh = await cli("analyze", report, "--as-of", "2025-12-31", "--json", json);
  expect(refresh.code).toBe(0);
  const names = await tableNames(report);
  expect(names).toContain("MySeg");
  expect(names).not.toContain("CA_segments");
  expect(refresh.out).toContain("“客户分类”工作表中的表格名为“MySeg”，是您改的名称");
  // The JSON's warnings are in the run's language.
  const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as Array<{
    code: string;
    message: string;
  }>;
  const kept = warnings.filter((w) => w.code === "table_name_kept");
  expect(kept).toHaveLength(1);
  expect(kept[0].message).toContain("表格名为“MySeg”");

  // Said once (fixrename: it was said on every refresh): the run log holds it, so the next
  // refreshes, in English, are silent; the name still kept. (A re-run of 2025-12-31 would say it
  // again: its run-log row, which holds it, is replaced.)
  for (const asOf of ["2026-01-31", "2026-02-28"]) {
    const again = await cli("analyze", report, "--as-of", asOf, "--lang", "en-US");
    expect(again.code).toBe(0);
    expect(await tableNames(report)).toContain("MySeg");
    expect(again.out).not.toContain("is named “MySeg”");
  }
  // A second rename is said again.
  await renameTable(report, "MySeg", "MySeg2");
  const renamed = await cli("analyze", report, "--as-of", "2026-03-31", "--lang", "en-US");
  expect(renamed.out).toContain(
    "The table on the “客户分类” tab is named “MySeg2”, a name you gave it (the analysis named it “CA_segments”)",
  );
});

describe("tableNamesKept: said once, naming the original the last run's writer gave", () => {
  /** A workbook whose 客户分类 tab's table is named `name`. */
  const book = (name: string) =>
    ({
      sheetNames: async () => [],
      readSheet: async () => undefined,
      ownedSheet: async (tab: string, part = 1) =>
        tab === "segments" && part === 1 ? "客户分类" : null,
      ownedTableName: async () => name,
    }) as unknown as GridSource;
  const asOf = 46100;
  const row = (source: string, warnings: string | null, at = 46000.5) => ({
    asOf: 46000,
    at,
    cells: { source, warnings },
  });

  test("after an add-in run, the add-in's name (客户分类); after the command line's, CA_segments", async () => {
    const [addIn] = await tableNamesKept(book("我的表"), ["segments"], [row("加载项", null)], asOf);
    expect(addIn.message["zh-CN"]).toContain("是您改的名称（分析原先的名称是“客户分类”）");
    const [cliRun] = await tableNamesKept(
      book("我的表"),
      ["segments"],
      [row("加载项", null, 46000.1), row("command line", null, 46000.2)],
      asOf,
    );
    expect(cliRun.message["en-US"]).toContain("(the analysis named it “CA_segments”)");
  });

  test("a name the run log already says kept, in either language, is not said again", async () => {
    const [first] = await tableNamesKept(book("我的表"), ["segments"], [row("命令行", null)], asOf);
    for (const lang of ["zh-CN", "en-US"] as const) {
      const earlier = [row("命令行", `其他警告\n${first.message[lang]}`)];
      expect(await tableNamesKept(book("我的表"), ["segments"], earlier, asOf)).toEqual([]);
      expect(await tableNamesKept(book("别的名"), ["segments"], earlier, asOf)).toHaveLength(1);
      // The row of this run's date is replaced by this run's: said again, so it is kept.
      expect(await tableNamesKept(book("我的表"), ["segments"], earlier, 46000)).toHaveLength(1);
    }
  });
});

test("a table named as we name it is not said: CA_<tab> with a number, or the add-in's sheet name", () => {
  expect(tableNameIsOurs("CA_segments", ["客户分类"])).toBe(true);
  expect(tableNameIsOurs("ca_segments_2", ["客户分类"])).toBe(true);
  expect(tableNameIsOurs("客户分类", ["客户分类"])).toBe(true);
  expect(tableNameIsOurs("MySeg", ["客户分类"])).toBe(false);
  expect(tableNameIsOurs("CA_segmentsX", ["客户分类"])).toBe(false);
});
