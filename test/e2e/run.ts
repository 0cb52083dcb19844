/**
 * The browser test (`npm run test:e2e`): builds dist/ (or reuses it with --no-build), serves it on
 * localhost, drives Chromium (playwright-core) through the preview page — Data → Rules → Run →
 * Results, then Refresh + Cancel, in zh-CN and en-US — and checks the simulated workbook the page
 * exposes on window.__sim: the result tabs exist with rows, the input sheets are unchanged cell
 * for cell, the key figures match the same run in Node, a cancelled refresh leaves the earlier
 * results, and no request leaves localhost. Screenshots of each step go to test/e2e/screenshots/.
 * Ends with "N passed, N failed"; exit code 1 when anything failed.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { parseRuleSet } from "../../src/engine/rules";
import { npsWhole } from "../../src/engine/words/format";
import type { Lang } from "../../src/engine/schema";
import { runAnalysis, type RunResult } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";
import { buildDist, serveDist } from "../../scripts/preview";
import { browserFlags, findBrowser, INSTALL_HINT, isLocal } from "./browser";
import { changesSpec } from "./changes";
import { firstLookSpec } from "./firstLook";
import { idColumnSpec } from "./idColumn";
import { monthSheetsSpec } from "./monthSheets";
import { optionalLookalikeSpec } from "./optionalLookalike";
import { inputFixSpec } from "./inputFix";
import { paneWordsSpec } from "./paneWords";
import { tabTakenSpec } from "./tabTaken";
import { workerSpec } from "./worker";

const SHOTS = join(__dirname, "screenshots");
/** The task pane at its narrowest (Excel's task pane is at least 320 px wide): every view must wrap. */
const PANE = { width: 320, height: 900 };
const RUN_TIMEOUT_MS = 180_000;
/** "已处理 830 行", or with the total once the data check counted the rows: "已处理 830 / 1,200 行". */
const ROWS_DONE = /已处理 [1-9][\d,]*( \/ [\d,]+)? 行/;

let passed = 0;
let failed = 0;

function ok(name: string): void {
  passed++;
  console.log(`  ✓ ${name}`);
}

function bad(name: string, why: unknown): void {
  failed++;
  const text = why instanceof Error ? why.message.split("\n")[0] : String(why);
  console.log(`  ✗ ${name}: ${text}`);
}

/** Records one check: passes when `fn` returns true (or nothing) without throwing. */
async function check(
  name: string,
  fn: () => Promise<boolean | void> | boolean | void,
): Promise<boolean> {
  try {
    const result = await fn();
    if (result === false) {
      bad(name, "condition not met");
      return false;
    }
    ok(name);
    return true;
  } catch (error) {
    bad(name, error);
    return false;
  }
}

/** A screenshot of the view, and a check that at the pane's width nothing scrolls sideways. */
async function shot(page: Page, file: string, fullPage = true): Promise<void> {
  // From the top: a full-page shot keeps the sticky step tabs where the page is scrolled to,
  // across the middle of the picture.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, file), fullPage });
  const width = page.viewportSize()?.width ?? 0;
  if (width > PANE.width) return; // the wide preview (pane beside the workbook) is not the pane
  await check(`${file}: wraps at ${width} px (no sideways scrolling)`, async () => {
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 1;
      if (document.documentElement.scrollWidth <= limit) return "";
      // Name the outermost elements that stick out.
      const out = Array.from(document.querySelectorAll("body *")).filter(
        (e) => e.getBoundingClientRect().right > limit && e.getBoundingClientRect().width > 0,
      );
      const names = out
        .filter((e) => !out.includes(e.parentElement!))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)}`)
        .join(", ");
      // Text that does not wrap overflows a box that itself fits: say so rather than nothing.
      return `${names || "text wider than its box"} (page ${document.documentElement.scrollWidth} px)`;
    });
    if (wide) throw new Error(`sticks out: ${wide}`);
  });
}

/** The same analysis in Node, on the same sample and rules: what the page must show. */
async function reference(lang: Lang, rulesJson: unknown): Promise<RunResult> {
  const sample = await previewSample(lang);
  const excel = createSimulatedExcel(sample.workbook);
  const parsed = parseRuleSet(rulesJson ?? {}, lang);
  if (!parsed.ok) throw new Error(`saved rules do not parse: ${parsed.errors.join("; ")}`);
  return runAnalysis(
    { run: excel.run, lang, today: () => sample.asOf },
    { rules: parsed.rules, choices: { sheets: {}, columns: {} }, pause: async () => undefined },
  );
}

type SheetInfo = { name: string; rows: number; visible: boolean };

const sheetsOf = (page: Page) =>
  page.evaluate(() => window.__sim!.sheets()) as Promise<SheetInfo[]>;
const snapshotOf = (page: Page, names: string[]) =>
  page.evaluate((n) => window.__sim!.snapshot(n), names) as Promise<string>;

/** The numbers in the key-figure tiles, in order (high risk, this week, NPS). */
async function figures(page: Page): Promise<number[]> {
  const texts = await page
    .locator("[data-testid=key-figures] > div > span:first-child")
    .allInnerTexts();
  return texts.map((t) => Number(t.replace(/[,\s]/g, "")));
}

async function openPreview(context: BrowserContext, origin: string, lang: Lang): Promise<Page> {
  const page = await context.newPage();
  await page.bringToFront(); // a background tab's timers run once a second
  await page.goto(`${origin}/preview.html?lang=${lang}`);
  await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
  // Detection done: every input row shows its sheet.
  await page
    .locator("[data-testid=step-data] [role=button], [data-testid=step-data] button")
    .first()
    .waitFor();
  return page;
}

async function walkChinese(
  context: BrowserContext,
  origin: string,
  errors: string[],
): Promise<void> {
  const t = {
    data: "数据",
    rules: "规则",
    run: "运行",
    check: "检查数据",
    months: "分析窗口（月）",
    capacity: "每人每日回访上限",
    runButton: "运行分析",
    refresh: "刷新结果",
    cancel: "取消",
  };
  console.log("zh-CN walk");
  const page = await openPreview(context, origin, "zh-CN");
  page.on("pageerror", (e) => errors.push(`zh-CN: ${e.message}`));
  const inputs = (await page.evaluate(() => window.__sim!.inputSheets)) as string[];
  const before = await snapshotOf(page, inputs);

  // Data: the sheets found, the data check, one input's column mapping.
  await check("Data: the five input sheets are found", async () => {
    await page.getByText("→ 客户", { exact: true }).waitFor({ timeout: 30_000 });
    for (const name of ["交易", "满意度调查", "投诉", "跟进记录"]) {
      await page.getByText(`→ ${name}`, { exact: true }).waitFor({ timeout: 5_000 });
    }
  });
  await shot(page, "zh-01-data.png");
  await check("Data: the check lists rows and problems", async () => {
    await page.getByRole("button", { name: t.check }).click();
    const panel = page.locator("[data-testid=data-check]");
    await panel.waitFor({ timeout: 60_000 });
    const text = await panel.innerText();
    return (
      /读取/.test(text) &&
      /发现的问题/.test(text) &&
      /客户编号重复|必填项为空|无法识别的值/.test(text)
    );
  });
  await shot(page, "zh-02-data-check.png");
  await check("Data: the Transactions mapping shows a dropdown per field", async () => {
    await page.locator("[data-testid=step-data] button", { hasText: "→ 交易" }).first().click();
    // The sample writes the 6 columns of its sales, all read: counted against the sheet's columns,
    // not the fields the tool knows (tester68 U408: "7/21 columns" for a sheet of 8).
    await page.getByText("列：已用 6/6").waitFor({ timeout: 5_000 });
    await page.waitForTimeout(500); // let the panel finish opening
    return (await page.locator("[data-testid=step-data] [role=combobox]").count()) >= 7;
  });
  await shot(page, "zh-03-data-columns.png");

  // Rules: a bad value is named and blocks the run; a good one is saved in the workbook.
  await page.getByRole("tab", { name: t.rules }).click();
  await page.locator("[data-testid=step-rules]").waitFor();
  await shot(page, "zh-04-rules.png");
  await check("Rules: an invalid threshold shows an error named by the field's label", async () => {
    const months = page.getByLabel(t.months);
    await months.fill("0");
    await months.press("Tab");
    await page.getByText("分析窗口（月）应 ≥ 1，实际为 0").first().waitFor({ timeout: 5_000 });
    // The JSON path is not what the user reads.
    return (await page.getByText("window.months", { exact: false }).count()) === 0;
  });
  await shot(page, "zh-05-rules-error.png");
  await check("Rules: the run is blocked while the rules are invalid", async () => {
    await page.getByRole("tab", { name: t.run }).click();
    return page.getByRole("button", { name: t.runButton }).isDisabled();
  });
  await check("Rules: corrected values are saved in the workbook settings", async () => {
    await page.getByRole("tab", { name: t.rules }).click();
    const months = page.getByLabel(t.months);
    await months.fill("12");
    await months.press("Tab");
    const capacity = page.getByLabel(t.capacity);
    await capacity.fill("25");
    await capacity.press("Tab");
    await page.waitForFunction(
      () => {
        const raw = window.__sim!.workbook.settingValues()["customerAnalytics.rules"];
        const rules = typeof raw === "string" ? JSON.parse(raw) : raw;
        return rules?.followUp?.dailyCapacity === 25;
      },
      null,
      { timeout: 5_000 },
    );
    return (await page.locator("[data-testid=rules-errors]").count()) === 0;
  });

  // Run: progress, then results.
  await page.getByRole("tab", { name: t.run }).click();
  await shot(page, "zh-06-run.png");
  const started = Date.now();
  // Hold the simulated Excel sync by sync until the run is mid-way, so the screenshot shows it working.
  await page.evaluate(() => window.__sim!.hold());
  await page.getByRole("button", { name: t.runButton }).click();
  await check("Run: a progress bar shows the step and rows done", async () => {
    try {
      const progress = page.locator("[data-testid=run-progress]");
      await progress.waitFor({ timeout: 10_000 });
      let text = "";
      for (let step = 0; step < 200; step++) {
        text = await progress.innerText({ timeout: 2_000 });
        if (ROWS_DONE.test(text) && /正在/.test(text)) break;
        // Let one more sync through, then hold again.
        await page.evaluate(() => {
          window.__sim!.release();
          window.__sim!.hold();
        });
        await page.waitForTimeout(40);
      }
      await shot(page, "zh-07-run-progress.png");
      return ROWS_DONE.test(text) && /正在/.test(text);
    } finally {
      await page.evaluate(() => window.__sim!.release());
    }
  });
  const finished = await check("Run: completes and shows the results", async () => {
    await page
      .locator("[data-testid=step-results] [data-testid=key-figures]")
      .waitFor({ timeout: RUN_TIMEOUT_MS });
  });
  console.log(`    (run took ${((Date.now() - started) / 1000).toFixed(1)} s in the browser)`);
  await shot(page, "zh-08-results.png");
  if (!finished) return;

  // Office keeps a setting as JSON; the adapter's value is itself JSON text.
  const savedRules = await page.evaluate(() => {
    const raw = window.__sim!.workbook.settingValues()["customerAnalytics.rules"];
    return typeof raw === "string" ? (JSON.parse(raw) as unknown) : (raw ?? null);
  });
  const expected = await reference("zh-CN", savedRules);
  const sheets = await sheetsOf(page);
  for (const w of expected.written) {
    await check(`Written tab “${w.sheetName}” exists with ${w.rows} rows`, () => {
      const s = sheets.find((x) => x.name === w.sheetName);
      if (!s) throw new Error(`missing; sheets: ${sheets.map((x) => x.name).join(", ")}`);
      // Tables have a header row; the Overview is a free layout. The run state the next refresh
      // compares with (issue 12) is ours and hidden on purpose.
      const visibleAsIntended = w.tab === "runState" ? !s.visible : s.visible;
      return visibleAsIntended && s.rows >= w.rows && w.rows > 0;
    });
  }
  await check("The usual tabs are there: 客户分类, 回访计划, 数据质量, 概览, 运行日志", () =>
    ["客户分类", "回访计划", "数据质量", "概览", "运行日志"].every((n) =>
      sheets.some((s) => s.name === n),
    ),
  );
  await check(
    "Input sheets are unchanged, cell for cell",
    async () => (await snapshotOf(page, inputs)) === before,
  );
  await check("Key figures match the same run in Node", async () => {
    const shown = await figures(page);
    const want = [
      expected.figures.highRisk,
      expected.figures.followUpsThisWeek,
      // Whole points, as the pane, the console and the Overview show NPS (npsWhole, 0a03539).
      npsWhole(expected.figures.nps ?? NaN),
    ];
    if (JSON.stringify(shown) !== JSON.stringify(want))
      throw new Error(`shown ${shown}, expected ${want}`);
  });
  await check("Results: a link activates its tab", async () => {
    await page.getByRole("button", { name: "回访计划", exact: true }).click();
    await page.waitForFunction(
      () => window.__sim!.workbook.activeSheet?.name === "回访计划",
      null,
      { timeout: 5_000 },
    );
  });

  // Refresh, then cancel: the earlier results stay.
  const outputs = expected.written.map((w) => w.sheetName);
  const resultsBefore = await snapshotOf(page, outputs);
  await page.getByRole("tab", { name: t.run }).click();
  // The sample runs in under a second: hold the simulated Excel at its next sync so Cancel lands mid-run.
  await page.evaluate(() => window.__sim!.hold());
  await page.getByRole("button", { name: t.refresh }).click();
  await check("Cancel: a cancelled refresh says so and leaves the earlier results", async () => {
    await page.getByRole("button", { name: t.cancel }).click({ timeout: 10_000 });
    await page.evaluate(() => window.__sim!.release());
    await page.getByText("已取消。之前的结果保持不变。").first().waitFor({ timeout: 60_000 });
    await shot(page, "zh-09-cancelled.png");
    if (await page.getByRole("button", { name: t.refresh }).isDisabled())
      throw new Error("Refresh stays disabled");
    const after = await sheetsOf(page);
    const hiddenState = expected.written.find((w) => w.tab === "runState")?.sheetName;
    if (after.some((s) => (!s.visible && s.name !== hiddenState) || s.name.startsWith("~CA")))
      throw new Error("a half-built tab was left");
    return (await snapshotOf(page, outputs)) === resultsBefore;
  });
  await page.close();
}

async function walkEnglish(
  context: BrowserContext,
  origin: string,
  errors: string[],
): Promise<void> {
  console.log("en-US walk");
  const page = await openPreview(context, origin, "en-US");
  page.on("pageerror", (e) => errors.push(`en-US: ${e.message}`));
  const inputs = (await page.evaluate(() => window.__sim!.inputSheets)) as string[];
  const before = await snapshotOf(page, inputs);
  await check("en-US: the inputs are found", async () => {
    await page.getByText("→ Customers", { exact: true }).waitFor({ timeout: 30_000 });
  });
  await shot(page, "en-01-data.png");
  await page.getByRole("tab", { name: "Rules" }).click();
  await shot(page, "en-02-rules.png");
  await page.getByRole("tab", { name: "Run" }).click();
  await page.getByRole("button", { name: "Run analysis" }).click();
  const finished = await check("en-US: the run completes", async () => {
    await page.locator("[data-testid=key-figures]").waitFor({ timeout: RUN_TIMEOUT_MS });
  });
  await shot(page, "en-03-results.png");
  if (!finished) return;
  const expected = await reference("en-US", {});
  const sheets = await sheetsOf(page);
  await check("en-US: every result tab is written with its English name", () =>
    expected.written.every((w) => sheets.some((s) => s.name === w.sheetName && s.rows >= w.rows)),
  );
  await check(
    "en-US: input sheets are unchanged, cell for cell",
    async () => (await snapshotOf(page, inputs)) === before,
  );
  await check("en-US: key figures match the same run in Node", async () => {
    const shown = await figures(page);
    return (
      shown[0] === expected.figures.highRisk && shown[1] === expected.figures.followUpsThisWeek
    );
  });
  // The preview as a person sees it on a wide screen: the pane beside the simulated workbook.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: expected.written[1].sheetName, exact: true }).click();
  await shot(page, "en-04-wide.png", false);
  await page.close();
}

/** A Chinese workbook opened where Excel speaks English: the pane (and its tabs) stay Chinese. */
async function chineseBookEnglishExcel(
  context: BrowserContext,
  origin: string,
  errors: string[],
): Promise<void> {
  console.log("zh-CN workbook, en-US Excel");
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`zh-CN/en-US: ${e.message}`));
  await page.bringToFront();
  await page.goto(`${origin}/preview.html?lang=zh-CN&display=en-US`);
  await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
  await check("A Chinese workbook in an English Excel: the pane speaks Chinese", async () => {
    await page.getByRole("tab", { name: "数据" }).waitFor({ timeout: 30_000 });
    return (await page.getByRole("tab", { name: "Data" }).count()) === 0;
  });
  await check("The language can be chosen, and the choice is saved in the workbook", async () => {
    await page.getByRole("tab", { name: "规则" }).click();
    await page.locator("[data-testid=pane-language]").click();
    await page.getByRole("option", { name: "English" }).click();
    await page.getByRole("tab", { name: "Rules" }).waitFor({ timeout: 5_000 });
    const saved = await page.evaluate(
      () => window.__sim!.workbook.settingValues()["customerAnalytics.language"],
    );
    return JSON.stringify(saved).includes("en-US");
  });
  await page.close();
}

async function outsideExcel(
  context: BrowserContext,
  origin: string,
  blocked: string[],
): Promise<void> {
  console.log("taskpane.html outside Excel");
  const page = await context.newPage();
  const start = blocked.length;
  await page.goto(`${origin}/taskpane.html`);
  await check(
    "taskpane.html outside Office says to open it in Excel and links the preview",
    async () => {
      await page.locator("[data-testid=not-in-excel]").waitFor({ timeout: 20_000 });
      const text = await page.locator("[data-testid=not-in-excel]").innerText();
      return (
        /请在 Excel 中打开/.test(text) &&
        /Open this in Excel/.test(text) &&
        (await page.locator("a[href^='preview.html']").count()) > 0
      );
    },
  );
  await check("taskpane.html asks only for office.js from Microsoft's CDN", () =>
    blocked
      .slice(start)
      .every((u) => u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")),
  );
  await shot(page, "zh-10-outside-excel.png");
  await page.close();
}

async function main(): Promise<void> {
  const browserPath = findBrowser();
  if (!browserPath) {
    console.log(
      `No Chromium, Chrome or Edge found (or CHROME_PATH): install one with \`${INSTALL_HINT}\``,
    );
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  mkdirSync(SHOTS, { recursive: true });
  if (!process.argv.includes("--no-build")) {
    console.log("Building dist/ (development)…");
    await buildDist("development");
  }
  const served = await serveDist(0);
  const profile = mkdtempSync(join(tmpdir(), "ca-e2e-"));
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath,
      headless: true,
      args: browserFlags(),
      viewport: PANE,
      deviceScaleFactor: 1,
      reducedMotion: "reduce",
      acceptDownloads: false,
    });
    // The persistent context opens with a blank tab; each walk opens its own in front.
    for (const p of context.pages()) await p.close();
    // Nothing may leave localhost: every other request is recorded and refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      blocked.push(url);
      return route.abort("blockedbyclient");
    });
    // --only=worker (or changes, taken, firstlook, words, fix, idcol, months, lookalike) runs just that spec, and --only=walks just the walks, while working on one.
    const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
    const walks = [walkChinese, walkEnglish, chineseBookEnglishExcel];
    for (const walk of only === undefined || only === "walks" ? walks : []) {
      try {
        await walk(context, served.origin, pageErrors);
      } catch (error) {
        bad(`${walk.name} stopped`, error);
      }
    }
    try {
      if (only === undefined || only === "worker")
        await workerSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("workerSpec stopped", error);
    }
    try {
      if (only === undefined || only === "changes")
        await changesSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("changesSpec stopped", error);
    }
    try {
      if (only === undefined || only === "taken")
        await tabTakenSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("tabTakenSpec stopped", error);
    }
    try {
      if (only === undefined || only === "firstlook")
        await firstLookSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("firstLookSpec stopped", error);
    }
    try {
      if (only === undefined || only === "words")
        await paneWordsSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("paneWordsSpec stopped", error);
    }
    try {
      if (only === undefined || only === "fix")
        await inputFixSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("inputFixSpec stopped", error);
    }
    try {
      if (only === undefined || only === "idcol")
        await idColumnSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("idColumnSpec stopped", error);
    }
    try {
      if (only === undefined || only === "months")
        await monthSheetsSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("monthSheetsSpec stopped", error);
    }
    try {
      if (only === undefined || only === "lookalike")
        await optionalLookalikeSpec(context, served.origin, check, pageErrors);
    } catch (error) {
      bad("optionalLookalikeSpec stopped", error);
    }
    await check("The preview made no request outside localhost", () => {
      if (blocked.length) throw new Error(blocked.join(", "));
    });
    await check("No script errors on the page", () => {
      if (pageErrors.length) throw new Error(pageErrors.join(" | "));
    });
    if (only === undefined || only === "walks") await outsideExcel(context, served.origin, blocked);
  } catch (error) {
    bad("browser test", error);
  } finally {
    await context?.close().catch(() => undefined);
    await served.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`Screenshots: ${SHOTS}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
