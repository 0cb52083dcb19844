import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../src/engine/analyze";
import { epochDay } from "../src/engine/parse/date";
import { analysisTables } from "../src/engine/report/tabs";
import type { ReportTable } from "../src/engine/report/table";
import { defaultRules } from "../src/engine/rules";
import { openXlsx, XlsxReportWriter } from "../src/workbook/file";

/**
 * `npx tsx scripts/render-tabs.ts [zh|en]`: renders our tabs of the bundled sample, refreshed a
 * month after a first run, as a manager would see them printed: the analysis is written (our tabs only, each table cut to its first 40
 * rows so the PDF stays short), LibreOffice headless converts it to PDF and pdftoppm makes one PNG
 * per page in test-artifacts/render/zh or /en (git-ignored). Look at them.
 */
async function render(): Promise<void> {
  const english = process.argv.includes("en");
  const root = path.join(__dirname, "..");
  // One folder per language, so a zh and an en render are kept side by side.
  const outDir = path.join(root, "test-artifacts", "render", english ? "en" : "zh");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const input = path.join(root, "assets", english ? "sample-en.xlsx" : "sample-zh.xlsx");
  const lang = english ? "en-US" : "zh-CN";
  // A refresh, as users run it: the sample as of 2025-11-30, then that output as of 2025-12-31,
  // so the Changes tab (issue 12) and the Overview's trend over runs have a previous run.
  const before = epochDay(2025, 11, 30);
  const first = await analyzeWorkbook(await openXlsx(input), {
    rules: defaultRules(),
    asOf: before,
  });
  const previous = path.join(outDir, "previous-run.xlsx");
  await new XlsxReportWriter(previous, { copyFrom: input, lang }).writeTables(
    analysisTables(first, lang, { at: before, durationSeconds: 1, source: "cli" }),
  );
  const asOf = epochDay(2025, 12, 31);
  const analysis = await analyzeWorkbook(await openXlsx(previous), { rules: defaultRules(), asOf });
  rmSync(previous, { force: true });
  const tables = analysisTables(analysis, lang, { at: asOf, durationSeconds: 1, source: "cli" });
  const short = tables.map((t): ReportTable => ({
    ...t,
    // Layout tabs (Overview, Changes, …) whole: their charts read blocks further down.
    rowCount: t.style === "table" ? Math.min(t.rowCount, 40) : t.rowCount,
    rows: t.rows,
  }));
  const xlsx = path.join(outDir, `tabs-${english ? "en" : "zh"}.xlsx`);
  await new XlsxReportWriter(xlsx, { lang }).writeTables(short);
  const profile = path.join(outDir, ".lo-profile");
  const lo = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      xlsx,
    ],
    { stdio: "inherit", timeout: 300_000 },
  );
  if (lo.status !== 0) throw new Error("LibreOffice could not convert the workbook");
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const png = spawnSync("pdftoppm", ["-png", "-r", "70", pdf, pdf.replace(/\.pdf$/, "")], {
    stdio: "inherit",
  });
  if (png.status !== 0) throw new Error("pdftoppm failed");
  rmSync(profile, { recursive: true, force: true });
  process.stdout.write(
    readdirSync(outDir)
      .filter((f) => f.endsWith(".png"))
      .join("\n") + "\n",
  );
}

render().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
