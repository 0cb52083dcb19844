/**
 * Browser spec (run by test/e2e/run.ts, `--only=months`): sales kept one sheet per month (tester58
 * U60) read in the pane through the same port as the command line, in zh-CN and en-US. A sheet
 * "2026年1月" with the Transactions sheet's very headers and three sales of its own is added to the
 * simulated workbook; the data check reads its rows with the Transactions (rows read up by three)
 * and says which sheets were read as one (sibling_sheets_read).
 *
 * Photographed at 320 px and 1024 px: test/e2e/screenshots/months-<lang>-check-<width>.png.
 */
import type { BrowserContext, Page } from "playwright-core";
import type { Lang } from "../../src/engine/schema";
import { STRINGS } from "../../src/taskpane/i18n";
import { lookEnded, openPreview, photograph } from "./paneWords";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const MONTH = "2026年1月";

/** Adds MONTH: the Transactions sheet's header row and its first three data rows, new order ids. */
async function addMonthSheet(page: Page): Promise<void> {
  await page.evaluate((month) => {
    const sim = window.__sim!;
    const from = sim.workbook.sheet(sim.inputSheets[1]);
    const rect = from.usedRange(true)!;
    const rows = from.readValues(rect);
    // The header row: the first with three texts or more (under the sample's title row).
    const h = rows.findIndex((row) => row.filter((c) => typeof c === "string" && c).length >= 3);
    const sheet = sim.workbook.addSheet(month);
    const order = rows[h].findIndex((c) => /订单号|Order ID/.test(String(c)));
    rows
      .slice(h, h + 4)
      .forEach((row, r) =>
        row.forEach((cell, c) =>
          sheet.enter(r, c, r > 0 && c === order ? `${String(cell)}-M` : cell),
        ),
      );
  }, MONTH);
}

async function rowsRead(page: Page): Promise<number> {
  const cell = page.locator("[data-testid=data-check] tbody tr").nth(1).locator("td").first();
  return Number((await cell.innerText()).replace(/[^\d]/g, ""));
}

async function oneLanguage(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  const t = STRINGS[lang];
  console.log(`sales kept one sheet per month (${lang})`);
  const page = await openPreview(context, origin, lang, pageErrors, "months");
  const data = page.locator("[data-testid=step-data]");
  await lookEnded(page, lang);
  await data.getByRole("button", { name: t.checkData }).click();
  await page.locator("[data-testid=data-check]").waitFor({ timeout: 120_000 });
  const before = await rowsRead(page);
  await addMonthSheet(page);
  await data.getByRole("button", { name: t.redetect }).click();
  await lookEnded(page, lang);
  await data.getByRole("button", { name: t.checkData }).click();
  const said = page.locator("[data-testid=data-attention]", { hasText: MONTH });
  await check(`${lang}: the data check reads the month sheet with the Transactions`, async () => {
    await said.waitFor({ timeout: 120_000 });
    const after = await rowsRead(page);
    if (after !== before + 3) throw new Error(`rows read ${before} -> ${after}`);
    const words = await said.innerText();
    const want = lang === "zh-CN" ? "一起读取" : "read together with 1 sheet";
    if (!words.includes(want)) throw new Error(words);
  });
  await page.waitForTimeout(400);
  await photograph(
    page,
    [page.locator("[data-testid=data-check]")],
    `months-${lang}-check`,
    check,
    `${lang} the data check of the month sheets`,
  );
  await page.close();
}

export async function monthSheetsSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  for (const lang of ["zh-CN", "en-US"] as const)
    await oneLanguage(context, origin, lang, check, pageErrors);
}
