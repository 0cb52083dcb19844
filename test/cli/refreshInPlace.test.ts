import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { openXlsx } from "../../src/workbook/file";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { ZipWriter } from "../../src/workbook/file/zipWriter";
import { cli, scratchFolder, sixCustomerBook, userWorkbook } from "./harness";

// Tester #14 (stop 42): a report given back as the input (its sheets edited, for a refresh) wrote
// 台账.analysis.analysis.xlsx, one more `.analysis` each month. A report of ours is now refreshed
// in place, as the add-in refreshes it; a workbook of the user's is never written over, nor is a
// report with --share (our tabs only: the user's sheets would go).

const scratch = scratchFolder("ca-refresh-in-place-");

/** The bytes of a workbook's sheet parts, by sheet name. */
async function sheetBytes(file: string, names: string[]): Promise<Buffer[]> {
  const pkg = await XlsxPackage.open(file);
  try {
    return await Promise.all(names.map((n) => pkg.zip.readBuffer(pkg.sheet(n)!.part)));
  } finally {
    pkg.close();
  }
}

const analyse = (...argv: string[]) => cli("analyze", ...argv, "--quiet");

test("a report given as the input is refreshed in place: no .analysis.analysis.xlsx, its run log goes on, the user's sheets byte for byte", async () => {
  const book = await sixCustomerBook(scratch, "台账.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("台账.analysis.xlsx");
  const sheets = await sheetBytes(report, ["客户", "交易"]);
  const refresh = await analyse(report, "--as-of", "2025-12-31", "--json", scratch.path("r.json"));
  expect(refresh.code).toBe(0);
  expect(existsSync(scratch.path("台账.analysis.analysis.xlsx"))).toBe(false);
  const json = JSON.parse(readFileSync(scratch.path("r.json"), "utf8"));
  expect(json.changes.previousAnalysisDate).toBe("2025-11-30");
  expect(json.changes.previousFile).toBe("台账.analysis.xlsx");
  expect(json.history.map((h: { analysisDate: string }) => h.analysisDate)).toEqual([
    "2025-11-30",
    "2025-12-31",
  ]);
  expect(await sheetBytes(report, ["客户", "交易"])).toEqual(sheets);
  // The Changes tab names the report as it was, not the file it is in (whose run state is now this run's).
  const changes: unknown[][] = [];
  await (await openXlsx(report)).readSheet("变化", (b) => void changes.push(...b));
  expect(changes[2].filter((c) => c !== null && c !== "").join(" | ")).toBe(
    "上次结果来自 | 台账.analysis.xlsx 被本次运行替换前的版本（工作簿中的运行状态表）",
  );
  // -o naming the report itself is the same refresh.
  expect((await analyse(report, "--as-of", "2026-01-31", "-o", report)).code).toBe(0);
  const rows: unknown[][] = [];
  const source = await openXlsx(report);
  await source.readSheet((await source.ownedSheet!("runLog"))!, (b) => void rows.push(...b));
  expect(rows.length).toBe(4); // header and three runs
});

test("never in place: a workbook of the user's, or a report with --share (exit 2, the file unchanged)", async () => {
  const book = await sixCustomerBook(scratch, "资料.xlsx");
  const before = readFileSync(book);
  const own = await analyse(book, "-o", book, "--as-of", "2025-12-31");
  expect(own.code).toBe(2);
  expect(own.err).toContain("这是输入文件；请另选输出文件（输入文件不会被修改）");
  expect(readFileSync(book).equals(before)).toBe(true);
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("资料.analysis.xlsx");
  const kept = readFileSync(report);
  const shared = await analyse(report, "--share", "-o", report, "--as-of", "2025-12-31");
  expect(shared.code).toBe(2);
  expect(readFileSync(report).equals(kept)).toBe(true);
  // Without -o, --share writes beside it: 资料.share.xlsx, not 资料.analysis.analysis.xlsx, one
  // more ".analysis" each month (reviewer42 D6(2)); the next month's --share replaces it.
  expect((await analyse(report, "--share", "--as-of", "2025-12-31")).code).toBe(0);
  expect(readFileSync(report).equals(kept)).toBe(true);
  expect(existsSync(scratch.path("资料.share.xlsx"))).toBe(true);
  expect(existsSync(scratch.path("资料.analysis.analysis.xlsx"))).toBe(false);
  expect((await analyse(report, "--share", "--as-of", "2026-01-31")).code).toBe(0);
  expect(existsSync(scratch.path("资料.share.share.xlsx"))).toBe(false);
});

test("--share of the workbook beside its report writes 资料.share.xlsx, never over the report (tester53 N14)", async () => {
  const book = await sixCustomerBook(scratch, "资料.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("资料.analysis.xlsx");
  const kept = readFileSync(report);
  const shared = await analyse(book, "--share", "--as-of", "2025-12-31");
  expect(shared.code).toBe(0);
  expect(readFileSync(report).equals(kept)).toBe(true);
  expect(existsSync(scratch.path("资料.share.xlsx"))).toBe(true);
});

test("a run of the workbook over its report whose copy of a sheet has more rows is refused (tester53 N15), the report unchanged", async () => {
  const book = await sixCustomerBook(scratch, "台账.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("台账.analysis.xlsx");
  const kept = readFileSync(report);
  // The report's 交易 now has a row the workbook has not: as if typed into the report's copy.
  await userWorkbook(book, {
    客户: [["客户编号", "客户名称"], ...[1, 2, 3, 4, 5, 6].map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ["C1", "2025-01-03", "100"],
    ],
  });
  let run = await cli("analyze", book, "--as-of", "2025-12-31");
  expect(run.code).toBe(2);
  expect(run.err).toContain("其中的工作表“交易”到第 13 行，而“台账.xlsx”中的“交易”只到第 2 行");
  expect(run.err).toContain(`analyze ${report}`);
  expect(readFileSync(report).equals(kept)).toBe(true);
  // A report of another workbook written to the same -o is not compared (reviewer53 M2).
  const other = scratch.path("台账-12月.xlsx");
  await userWorkbook(other, {
    客户: [["客户编号", "客户名称"], ...[1, 2, 3, 4, 5, 6].map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ["C1", "2025-01-03", "100"],
    ],
  });
  expect((await analyse(other, "--as-of", "2025-12-31", "-o", report)).code).toBe(0);
  // The same once the report was refreshed in place (the README's weekly flow: it then records
  // itself as its input; tester53's retest of 09963ec2).
  await sixCustomerBook(scratch, "台账.xlsx");
  expect((await analyse(book, "--as-of", "2025-12-31")).code).toBe(0);
  expect((await analyse(report, "--as-of", "2026-01-31")).code).toBe(0);
  await userWorkbook(book, {
    客户: [["客户编号", "客户名称"], ...[1, 2, 3, 4, 5, 6].map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ["C1", "2025-01-03", "100"],
    ],
  });
  const refreshed = readFileSync(report);
  run = await cli("analyze", book, "--as-of", "2026-02-28");
  expect(run.code).toBe(2);
  expect(run.err).toContain("其中的工作表“交易”到第 13 行");
  expect(readFileSync(report).equals(refreshed)).toBe(true);
  // More rows in the workbook (the month's sales added there) is the usual re-run.
  await sixCustomerBook(scratch, "台账.xlsx");
  expect((await analyse(book, "--as-of", "2025-12-31")).code).toBe(0);
});

test("the console says a report was refreshed in place, replacing the file (zh and en), and a new output as before", async () => {
  const book = await sixCustomerBook(scratch, "月报.xlsx");
  const first = await cli("analyze", book, "--as-of", "2025-11-30");
  expect(first.code).toBe(0);
  const report = scratch.path("月报.analysis.xlsx");
  expect(first.out).toContain(`输出工作簿：${report}`);
  expect(first.out).not.toContain("已就地刷新");
  const zh = await cli("analyze", report, "--as-of", "2025-12-31");
  expect(zh.code).toBe(0);
  expect(zh.out.split("\n")[0]).toBe(
    `已就地刷新 ${report}（替换了原文件；要保留原文件，请用 -o 另取文件名）`,
  );
  expect(zh.out).not.toContain("输出工作簿：");
  const en = await cli("analyze", report, "--as-of", "2026-01-31", "--lang", "en-US");
  expect(en.code).toBe(0);
  expect(en.out.split("\n")[0]).toBe(
    `Refreshed in place: ${report} (the file was replaced; to keep it, give -o another name)`,
  );
});

test("not unasked: a workbook not named as our report, our tabs in it (the add-in ran on the user's master), gets its report beside it (reviewer42 D5)", async () => {
  const book = await sixCustomerBook(scratch, "总表.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  // The user's master with our tabs in it, as the add-in leaves it.
  const master = scratch.path("主表.xlsx");
  writeFileSync(master, readFileSync(scratch.path("总表.analysis.xlsx")));
  const before = readFileSync(master);
  expect((await analyse(master, "--as-of", "2025-12-31")).code).toBe(0);
  expect(readFileSync(master).equals(before)).toBe(true);
  expect(existsSync(scratch.path("主表.analysis.xlsx"))).toBe(true);
  // -o naming it asks for the refresh in place.
  expect((await analyse(master, "--as-of", "2025-12-31", "-o", master)).code).toBe(0);
  expect(readFileSync(master).equals(before)).toBe(false);
});

test("a one-cell <dimension> (a streaming writer's) gives no row count: not compared (reviewer53 H1)", async () => {
  const book = await sixCustomerBook(scratch, "维度.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  // The workbook again with 交易 cut to one sale and its dimension written `A1`: no count to compare.
  await userWorkbook(book, {
    客户: [["客户编号", "客户名称"], ...[1, 2, 3, 4, 5, 6].map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ["C1", "2025-01-03", "100"],
    ],
  });
  const pkg = await XlsxPackage.open(book);
  const temp = `${book}.tmp`;
  try {
    const part = pkg.sheet("交易")!.part;
    const zip = await ZipWriter.create(temp);
    for (const name of pkg.zip.names()) {
      let data = await pkg.zip.readBuffer(name);
      if (name === part) {
        const xml = data.toString("utf8");
        expect(xml).toMatch(/<dimension ref="A1:C2"\/>/);
        data = Buffer.from(xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>'));
      }
      await zip.addBuffer(name, data);
    }
    await zip.finish();
  } finally {
    pkg.close();
  }
  renameSync(temp, book);
  expect((await analyse(book, "--as-of", "2025-12-31")).code).toBe(0);
});
