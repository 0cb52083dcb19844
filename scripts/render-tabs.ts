import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../src/engine/analyze";
import { epochDay } from "../src/engine/parse/date";
import { analysisTables } from "../src/engine/report/tabs";
import type { ReportTable } from "../src/engine/report/table";
import { defaultRules } from "../src/engine/rules";
import { openXlsx, XlsxReportWriter } from "../src/workbook/file";

/**
 * `npx tsx scripts/render-tabs.ts [zh|en] [demo]`: renders our tabs as a manager would see them
 * printed. LibreOffice headless converts the workbook to PDF, pdftoppm makes one PNG per page and
 * pages.txt counts the pages per tab (from the footers), in test-artifacts/render/<zh|en> or
 * test-artifacts/render/demo-<zh|en> (git-ignored). Look at them.
 *
 * - default: the bundled sample refreshed a month after a first run (so the Changes tab and the
 *   Overview's trend have a previous run), each table cut to its first 40 rows.
 * - `file <workbook.xlsx>`: that workbook as it is, in test-artifacts/render/file-<name> (a CLI run
 *   on CSV files holds only our tabs: the 300-customer refresh a tester prints). That refresh:
 *   `npm run sample -- --customers 300 --transactions 3000` as CSVs in c300/, then
 *   `node build/cli/main.js analyze --customers c300/customers.csv --transactions c300/transactions.csv
 *   --surveys … --complaints … --contacts … --as-of 2025-09-30 -o r1.xlsx`, the same with
 *   `--as-of 2025-12-31 --previous r1.xlsx -o r2.xlsx`, then `file r2.xlsx` (44 pages at stop 25).
 * - `demo`: what `npm run demo` writes (the 3,000-customer sample as of 2025-12-31), every row of
 *   our tabs. The user's own sheets are left out: they are carried over unchanged and, having no
 *   print settings, print 1,799 pages (30,030 transactions on letter paper), which is most of why
 *   converting the demo's whole output took so long.
 */
async function render(): Promise<void> {
  const english = process.argv.includes("en");
  const demo = process.argv.includes("demo");
  // `file <workbook.xlsx>`: a workbook as it is (a CLI run on CSVs holds only our tabs).
  const fileAt = process.argv.indexOf("file");
  const given = fileAt >= 0 ? process.argv[fileAt + 1] : undefined;
  const code = english ? "en" : "zh";
  const root = path.join(__dirname, "..");
  const name = given ? `file-${path.basename(given, ".xlsx")}` : demo ? `demo-${code}` : code;
  const outDir = path.join(root, "test-artifacts", "render", name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let xlsx: string;
  if (given) {
    xlsx = path.join(outDir, path.basename(given));
    copyFileSync(given, xlsx);
  } else {
    const input = path.join(root, "assets", english ? "sample-en.xlsx" : "sample-zh.xlsx");
    const lang = english ? "en-US" : "zh-CN";
    const tables = demo
      ? await demoTables(input, lang)
      : await refreshTables(input, lang, outDir).then((all) => all.map(first40));
    xlsx = path.join(outDir, `tabs-${code}.xlsx`);
    await new XlsxReportWriter(xlsx, { lang }).writeTables(tables);
  }
  // Without Carlito (Calibri's metric twin: Debian's fonts-crosextra-carlito) LibreOffice draws
  // Calibri as DejaVu Sans, columns about a quarter wider than Excel's: the render would mislead.
  const font = spawnSync("fc-match", ["Calibri"], { encoding: "utf8" }).stdout ?? "";
  if (!/carlito/i.test(font))
    process.stderr.write(
      `warning: Calibri is drawn as ${font.trim()}; install fonts-crosextra-carlito\n`,
    );
  const started = process.hrtime.bigint();
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
    { stdio: "inherit", timeout: 900_000 },
  );
  if (lo.status !== 0) throw new Error("LibreOffice could not convert the workbook");
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(profile, { recursive: true, force: true });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const png = spawnSync("pdftoppm", ["-png", "-r", "70", pdf, pdf.replace(/\.pdf$/, "")], {
    stdio: "inherit",
  });
  if (png.status !== 0) throw new Error("pdftoppm failed");
  const counts = pagesPerTab(pdf);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const summary =
    `${total} pages, converted in ${seconds.toFixed(1)} s\n` +
    [...counts].map(([tab, n]) => `${tab}\t${n}`).join("\n") +
    "\n";
  writeFileSync(path.join(outDir, "pages.txt"), summary);
  const pngs = readdirSync(outDir).filter((f) => f.endsWith(".png")).length;
  process.stdout.write(`${outDir}: ${pngs} PNGs\n${summary}`);
}

/** The demo's tabs: the sample analysed as of 2025-12-31, as `npm run demo` does. */
async function demoTables(input: string, lang: "zh-CN" | "en-US"): Promise<ReportTable[]> {
  const asOf = epochDay(2025, 12, 31);
  const analysis = await analyzeWorkbook(await openXlsx(input), { rules: defaultRules(), asOf });
  return analysisTables(analysis, lang, { at: asOf, durationSeconds: 1, source: "cli" });
}

/**
 * A refresh, as users run it: the sample as of 2025-11-30, then that output as of 2025-12-31, so
 * the Changes tab (issue 12) and the Overview's trend over runs have a previous run.
 */
async function refreshTables(
  input: string,
  lang: "zh-CN" | "en-US",
  outDir: string,
): Promise<ReportTable[]> {
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
  return analysisTables(analysis, lang, { at: asOf, durationSeconds: 1, source: "cli" });
}

/** A table tab cut to its first 40 rows; layout tabs (Overview, Changes, …) whole. */
function first40(t: ReportTable): ReportTable {
  return { ...t, rowCount: t.style === "table" ? Math.min(t.rowCount, 40) : t.rowCount };
}

/** Pages per tab, read from the footers ("<tab> <page> / <pages>", the last line of a page). */
function pagesPerTab(pdf: string): Map<string, number> {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const counts = new Map<string, number>();
  const pages = (text.stdout ?? "").split("\f");
  if (pages.length > 0 && pages[pages.length - 1].trim() === "") pages.pop();
  for (const page of pages) {
    // The footer is the last line that ends "<page> / <pages>" (a chart's labels may come after it).
    const lines = page.split("\n").filter((l) => l.trim() !== "");
    let footer: RegExpExecArray | null = null;
    for (let i = lines.length - 1; i >= 0 && !footer; i--)
      footer = /^\s*(\S.*?)\s{2,}\d+\s*\/\s*\d+\s*$/.exec(lines[i]);
    const tab = footer ? footer[1].trim() : "(no footer)";
    counts.set(tab, (counts.get(tab) ?? 0) + 1);
  }
  return counts;
}

render().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
