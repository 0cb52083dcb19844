/**
 * Browser spec (run by test/e2e/run.ts): the Results after a refresh show what changed since the
 * last run (issue 12). In the preview (zh-CN): a first run as of a month before the sample's date
 * (the Rules step's 分析日期), then a refresh as of the sample's date. Asserts: the first Results
 * show no changes block; the refreshed Results say which run they compare with, show each headline
 * number with ▲/▼/= and the difference, and the mover counts equal the same two runs in Node; the
 * 变化 tab is written and the hidden run state is ours. Screenshots at the pane's width (320 px),
 * at 320 px and wide go to test/e2e/screenshots/changes-*.png.
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { moveCounts } from "../../src/engine/changes/compare";
import { isoDate } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const SHOTS = join(__dirname, "screenshots");
const RUN_TIMEOUT_MS = 180_000;
const MONTH = 31;

/** The same two runs in Node on the simulator: the mover counts the pane must show. */
async function reference(): Promise<ReturnType<typeof moveCounts> & { removed: number }> {
  const sample = await previewSample("zh-CN");
  const excel = createSimulatedExcel(sample.workbook);
  const run = (asOf: number) =>
    runAnalysis(
      { run: excel.run, lang: "zh-CN", today: () => asOf },
      { rules: defaultRules(), choices: { sheets: {}, columns: {} }, pause: async () => undefined },
    );
  await run(sample.asOf - MONTH);
  const second = await run(sample.asOf);
  const c = second.analysis.changes!.comparison;
  return { ...moveCounts(c), removed: c.removed.length };
}

async function runFromRunStep(page: Page, button: string): Promise<void> {
  await page.getByRole("tab", { name: "运行" }).click();
  await page.getByRole("button", { name: button }).click();
  await page
    .locator("[data-testid=step-results] [data-testid=key-figures]")
    .waitFor({ timeout: RUN_TIMEOUT_MS });
}

async function setAnalysisDate(page: Page, value: string): Promise<void> {
  await page.getByRole("tab", { name: "规则" }).click();
  const field = page.getByLabel("分析日期");
  await field.fill(value);
  await field.press("Tab");
}

const number = (s: string) => Number(s.replace(/[,\s]/g, ""));

export async function changesSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  console.log("Results with changes (issue 12)");
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`changes: ${e.message}`));
  await page.bringToFront();
  await page.goto(`${origin}/preview.html?lang=zh-CN`);
  await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
  const asOf = (await page.evaluate(() => window.__sim!.asOf)) as number;
  const before = isoDate(asOf - MONTH);
  const want = reference();

  await setAnalysisDate(page, before);
  const first = await check(`Changes: a first run as of ${before} shows no changes`, async () => {
    await runFromRunStep(page, "运行分析");
    return (await page.locator("[data-testid=changes-summary]").count()) === 0;
  });
  if (!first) return void (await page.close());

  await setAnalysisDate(page, "");
  const refreshed = await check(
    "Changes: the refresh shows what changed since the last run",
    async () => {
      await runFromRunStep(page, "刷新结果");
      await page.locator("[data-testid=changes-summary]").waitFor({ timeout: 10_000 });
    },
  );
  if (!refreshed) return void (await page.close());
  const summary = page.locator("[data-testid=changes-summary]");
  // A full-page shot keeps the sticky step tabs where the page is scrolled to, across the middle of
  // the picture (covering 与上次运行相比 until stop 46): taken from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, "changes-01-results.png"), fullPage: true });

  await check(`Changes: says it compares with the run as of ${before}`, async () =>
    (await summary.innerText()).includes(`与 ${before} 的运行相比`),
  );
  await check("Changes: each headline number with ▲/▼/= and the difference", async () => {
    const items = await page.locator("[data-testid=kpi-changes] li").allInnerTexts();
    if (items.length < 5) throw new Error(`${items.length} headline numbers`);
    const marked = items.filter((t) => /[▲▼] [\d,.]+|= 0|—/.test(t));
    if (marked.length !== items.length) throw new Error(items.join(" | "));
    // A month apart, something moved.
    return items.some((t) => /[▲▼]/.test(t));
  });
  await check("Changes: the mover counts equal the same two runs in Node", async () => {
    const text = await page.locator("[data-testid=moves]").innerText();
    const m = /变差 ([\d,]+) 位，变好 ([\d,]+) 位，新增 ([\d,]+) 位，删除 ([\d,]+) 位/.exec(text);
    if (!m) throw new Error(text);
    const w = await want;
    const shown = m.slice(1).map(number);
    const expected = [w.worse, w.better, w.new, w.removed];
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      throw new Error(`shown ${shown}, expected ${expected}`);
    return w.worse > 0;
  });
  await check("Changes: the 变化 tab is written and the run state is hidden", async () => {
    const sheets = (await page.evaluate(() => window.__sim!.sheets())) as {
      name: string;
      rows: number;
      visible: boolean;
    }[];
    const tab = sheets.find((s) => s.name === "变化");
    const state = sheets.find((s) => s.name === "CA_run_state");
    return !!tab && tab.visible && tab.rows > 10 && !!state && !state.visible;
  });
  await check("Changes: the Results link opens the 变化 tab", async () => {
    await page.getByRole("button", { name: "变化", exact: true }).click();
    await page.waitForFunction(() => window.__sim!.workbook.activeSheet?.name === "变化", null, {
      timeout: 5_000,
    });
  });
  // The narrowest pane Excel allows, and the preview as a person sees it on a wide screen.
  await page.setViewportSize({ width: 320, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0)); // as above
  await page.screenshot({ path: join(SHOTS, "changes-02-320px.png"), fullPage: true });
  await check("Changes: at 320 px nothing overflows sideways", async () =>
    page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1,
    ),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await summary.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, "changes-03-wide.png") });
  await page.close();
}
