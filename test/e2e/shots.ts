/**
 * Screenshots of every pane view, to look at (not a test): `npx tsx test/e2e/shots.ts [--no-build]`.
 * In zh-CN and en-US, at 320 px (the task pane's narrowest) and on a wide screen (1280 px, the
 * preview's pane beside the workbook): Data, the data check, a column mapping, Rules, a rule
 * error, Run, Run in progress, Results, Results after a second refresh a month later (the changes
 * since the last run and the schedule summary), and Data after an input sheet was deleted.
 * Files: test/e2e/screenshots/views/<lang>-<width>-<nn>-<view>.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { isoDate } from "../../src/engine/parse/date";
import type { Lang } from "../../src/engine/schema";
import { STRINGS } from "../../src/taskpane/i18n";
import { buildDist, serveDist } from "../../scripts/preview";
import { browserFlags, findBrowser, isLocal } from "./browser";

const OUT = join(__dirname, "screenshots", "views");
const WIDTHS = [320, 1280];
const LANGS: Lang[] = ["zh-CN", "en-US"];
const RUN_TIMEOUT_MS = 240_000;

async function views(page: Page, lang: Lang, width: number): Promise<void> {
  const t = STRINGS[lang];
  let n = 0;
  const shot = async (name: string) => {
    n++;
    const file = `${lang}-${width}-${String(n).padStart(2, "0")}-${name}.png`;
    await page.waitForTimeout(300);
    // From the top: a full-page shot keeps the sticky step tabs where the page is scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, file), fullPage: true });
    // Sideways scrolling at this width is a layout bug: say so.
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 1;
      if (document.documentElement.scrollWidth <= limit) return "";
      // Name the outermost elements that stick out.
      const out = Array.from(document.querySelectorAll("body *")).filter(
        (e) => e.getBoundingClientRect().right > limit && e.getBoundingClientRect().width > 0,
      );
      const outer = out.filter((e) => !out.includes(e.parentElement!));
      return (
        outer
          .slice(0, 3)
          .map((e) => {
            const id = e.getAttribute("data-testid") ?? e.getAttribute("role") ?? e.className;
            return `${e.tagName.toLowerCase()}[${String(id).slice(0, 40)}] right=${Math.round(e.getBoundingClientRect().right)}`;
          })
          .join(", ") || `text wider than its box (page ${document.documentElement.scrollWidth} px)`
      );
    });
    console.log(`  ${file}${wide ? `  ← scrolls sideways: ${wide}` : ""}`);
  };
  const tab = (name: string) => page.getByRole("tab", { name, exact: true }).click();

  await page.locator("[data-testid=step-data] button").first().waitFor({ timeout: 60_000 });
  await shot("data");
  await page.getByRole("button", { name: t.checkData }).click();
  await page.locator("[data-testid=data-check]").waitFor({ timeout: 120_000 });
  await shot("data-check");
  await page.locator("[data-testid=step-data] button").nth(1).click();
  await shot("data-columns");

  await tab(t.tabRules);
  await shot("rules");
  const months = page.getByLabel(t.monthsLabel);
  await months.fill("-3");
  await months.press("Tab");
  const high = page.getByLabel(t.highRiskLabel);
  await high.fill("0.2");
  await high.press("Tab");
  await shot("rules-errors");
  await months.fill("12");
  await months.press("Tab");
  await high.fill("0.8");
  await high.press("Tab");

  await tab(t.tabRun);
  await shot("run");
  await page.evaluate(() => window.__sim!.hold());
  await page.getByRole("button", { name: t.runButton }).click();
  await page.locator("[data-testid=run-progress]").waitFor({ timeout: 10_000 });
  for (let i = 0; i < 30; i++) {
    await page.evaluate(() => {
      window.__sim!.release();
      window.__sim!.hold();
    });
    await page.waitForTimeout(30);
  }
  await shot("run-progress");
  await page.evaluate(() => window.__sim!.release());
  await page.locator("[data-testid=key-figures]").waitFor({ timeout: RUN_TIMEOUT_MS });
  await shot("results");

  // A month later: the second refresh compares with the first (issue 12).
  const asOf = (await page.evaluate(() => window.__sim!.asOf)) as number;
  await tab(t.tabRules);
  const date = page.getByLabel(t.asOfLabel);
  await date.fill(isoDate(asOf + 31));
  await date.press("Tab");
  await tab(t.tabRun);
  await page.getByRole("button", { name: t.refreshButton }).click();
  await page.locator("[data-testid=changes-summary]").waitFor({ timeout: RUN_TIMEOUT_MS });
  await shot("results-changes");

  // An input sheet deleted: the Data step shows it missing, nothing stale.
  await page.evaluate(() => {
    const wb = window.__sim!.workbook;
    const name = window.__sim!.inputSheets[1];
    wb.deleteSheet(wb.sheet(name));
  });
  await tab(t.tabData);
  await page.waitForTimeout(1000);
  await shot("data-sheet-deleted");
  await tab(t.tabRun);
  await shot("run-sheet-deleted");
}

async function main(): Promise<void> {
  const browserPath = findBrowser();
  if (!browserPath) throw new Error("no Chromium");
  mkdirSync(OUT, { recursive: true });
  if (!process.argv.includes("--no-build")) await buildDist("development");
  const served = await serveDist(0);
  const profile = mkdtempSync(join(tmpdir(), "ca-shots-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    args: browserFlags(),
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
  });
  await context.route("**/*", (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient"),
  );
  try {
    const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
    for (const lang of LANGS)
      for (const width of WIDTHS) {
        if (only && !`${lang}-${width}`.includes(only)) continue;
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.bringToFront();
        page.on("pageerror", (e) => console.log(`  page error: ${e.message}`));
        await page.goto(`${served.origin}/preview.html?lang=${lang}`);
        await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
        try {
          await views(page, lang, width);
        } catch (e) {
          console.log(`  ${lang} ${width}: stopped: ${(e as Error).message.split("\n")[0]}`);
        }
        await page.close();
      }
  } finally {
    await context.close();
    await served.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`Screenshots: ${OUT}`);
}

void main();
