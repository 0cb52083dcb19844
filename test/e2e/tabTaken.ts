/**
 * Browser spec (run by test/e2e/run.ts): sheets of the user's named as two of our tabs (a
 * hand-made 概览 and 回访计划) in the preview (zh-CN). The add-in leaves them alone, writes ours as
 * 概览 (2) and 回访计划 (2), as the command line names them, and says so once among the Results'
 * warnings (tab_names_taken, the command line's words), not per tab; the Overview it writes
 * points at 回访计划 (2) (stop 44). Screenshots at the pane's width (320 px) and wide go to
 * test/e2e/screenshots/tab-taken-*.png.
 */
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { STRINGS } from "../../src/taskpane/i18n";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const SHOTS = join(__dirname, "screenshots");
const RUN_TIMEOUT_MS = 180_000;

export async function tabTakenSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  console.log("Sheets of the user's named as our tabs (tab_names_taken)");
  const t = STRINGS["zh-CN"];
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`tab-taken: ${e.message}`));
  await page.bringToFront();
  await page.goto(`${origin}/preview.html?lang=zh-CN`);
  await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
  await page.evaluate(() => {
    const wb = window.__sim!.workbook;
    wb.addSheet("概览").enter(0, 0, "我的月度概览（手工）");
    wb.addSheet("回访计划").enter(0, 0, "我的回访安排");
  });
  await page.getByRole("tab", { name: t.tabRun }).click();
  await page.getByRole("button", { name: t.runButton }).click();
  const done = await check("Tab taken: the run completes", async () => {
    await page.locator("[data-testid=key-figures]").waitFor({ timeout: RUN_TIMEOUT_MS });
  });
  if (!done) return void (await page.close());
  const warning = page.locator("[data-testid=warning-tab_names_taken]");
  await check("Tab taken: the pane says it once, in the command line's words", async () => {
    const text = await warning.innerText();
    return (
      (await warning.count()) === 1 &&
      text.includes(
        "工作簿中已有 2 个您自己的工作表名为“概览”、“回访计划”：本工具的同名表写为“概览 (2)”、“回访计划 (2)”",
      ) &&
      (await page.getByText(t.renamedTitle, { exact: true }).count()) === 0
    );
  });
  await check("Tab taken: the result tabs list ours as written", async () => {
    const list = await page.locator("[data-testid=result-tabs]").innerText();
    return list.includes("概览 (2)") && list.includes("回访计划 (2)");
  });
  await check(
    "Tab taken: the user's sheets are untouched, our Overview points at ours",
    async () => {
      // No named function inside: the bundler's __name helper is not on the page.
      const [mine, ours] = await page.evaluate(() =>
        ["概览", "概览 (2)"].map((name) => {
          const sheet = window.__sim!.workbook.sheet(name);
          const used = sheet.usedRange(true);
          return used ? sheet.readValues(used).flat().map(String).join("|").replace(/\n/g, "") : "";
        }),
      );
      return mine === "我的月度概览（手工）" && ours.includes("见“回访计划 (2)”，按日期");
    },
  );
  // From the top: a full-page shot keeps the sticky step tabs where the page is scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, "tab-taken-320.png"), fullPage: true });
  await check("Tab taken: the pane wraps at 320 px (no sideways scrolling)", () =>
    page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1,
    ),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await warning.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, "tab-taken-wide.png") });
  await page.close();
}
