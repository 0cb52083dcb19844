/**
 * Browser spec (run by test/e2e/run.ts, `--only=idcol`): the customers' id column headed with a
 * word we do not know (tester53 N21: `Account #` under a title row; the pane said "No header row in
 * the first 30 rows", gave no column to choose and kept Run disabled, while the CLI named the
 * header row), in zh-CN and en-US:
 *
 * 1. The Customers' id header renamed, the pane looks again: Data shows the header row and a
 *    Customer ID dropdown marked missing, not "no header row".
 * 2. The renamed column chosen for Customer ID on the Customers sheet alone (every input sheet has
 *    it renamed: tester67 U314): the other sheets read it too, Run is enabled and the run completes.
 *
 * Photographed at 320 px and 1024 px: test/e2e/screenshots/idcol-<lang>-<state>-<width>.png.
 */
import type { BrowserContext, Page } from "playwright-core";
import { HEADER_SEARCH_ROWS } from "../../src/engine/ingest/header";
import { SHEETS, type Lang } from "../../src/engine/schema";
import { STRINGS, translator } from "../../src/taskpane/i18n";
import { openPreview, photograph } from "./paneWords";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const RUN_TIMEOUT_MS = 240_000;
/** The customers' id header once renamed: no word of ours. */
const RENAMED: Record<Lang, string> = { "zh-CN": "会籍码", "en-US": "Patron Ref" };

const idLabel = (lang: Lang) =>
  SHEETS.customers.fields.find((f) => f.key === "customerId")!.label[lang];

/**
 * Renames the id header of every input sheet in the simulated workbook (the Customers sheet's
 * first), as a user typing over it: a gym's sheets all head the member 卡号 (tester67 U314).
 */
async function renameId(page: Page, to: string): Promise<void> {
  await page.evaluate((to) => {
    const sim = window.__sim!;
    const id = /^(客户编号|Customer ID)$/;
    // (No named function in here: the bundler's __name helper is not in the page.)
    for (const name of sim.inputSheets) {
      const sheet = sim.workbook.sheet(name);
      const rect = sheet.usedRange(true)!;
      // Under the sample's title row: the first row with the id header.
      const rows = sheet.readValues(rect).slice(0, 30);
      const r = rows.findIndex((row) => row.some((h) => id.test(String(h))));
      if (r < 0) {
        if (name === sim.inputSheets[0])
          throw new Error(`no id header in the first rows of ${name}`);
        continue;
      }
      const c = rows[r].findIndex((h) => id.test(String(h)));
      sheet.enter(rect.row + r, rect.column + c, to);
    }
  }, to);
}

async function oneLanguage(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  const t = STRINGS[lang];
  console.log(`customer id with an unknown header (${lang})`);
  const page = await openPreview(context, origin, lang, pageErrors, "idcol");
  const data = page.locator("[data-testid=step-data]");
  await data.locator("button").first().waitFor({ timeout: 60_000 });
  await renameId(page, RENAMED[lang]);
  await data.getByRole("button", { name: t.redetect }).click();
  const item = page.locator("[data-input=customers]");
  const sales = page.locator("[data-input=transactions]");
  const idBox = () => item.getByRole("combobox", { name: new RegExp(`^${idLabel(lang)}`) });

  await check(`${lang}: Data offers the header row and a Customer ID to choose`, async () => {
    await item
      .getByText(translator(lang)("missingColumns", { fields: idLabel(lang) }))
      .waitFor({ timeout: 20_000 });
    const noHeader = translator(lang)("headerNotFound", { rows: HEADER_SEARCH_ROWS });
    return (await idBox().isVisible()) && !(await item.innerText()).includes(noHeader);
  });
  await page.waitForTimeout(400); // the panel finishes opening
  await photograph(page, [item], `idcol-${lang}-data`, check, `${lang} Data with the id to choose`);

  const runButton = () => page.getByRole("button", { name: t.runButton, exact: true });
  await check(`${lang}: the column chosen once for Customer ID, Run is enabled`, async () => {
    await idBox().click();
    await page.getByRole("option", { name: RENAMED[lang], exact: true }).click();
    // Chosen on the Customers sheet alone, the other sheets with that column read it too (U314:
    // before, each said its Customer ID missing and Run stayed blocked).
    await sales
      .getByText(translator(lang)("missingColumns", { fields: idLabel(lang) }))
      .waitFor({ state: "detached", timeout: 20_000 });
    await page.getByRole("tab", { name: t.tabRun }).click();
    await page.locator("[data-testid=run-blocked]").waitFor({ state: "detached", timeout: 10_000 });
    return runButton().isEnabled();
  });
  await check(`${lang}: the run then completes`, async () => {
    await runButton().click();
    await page
      .locator("[data-testid=step-results] [data-testid=key-figures]")
      .waitFor({ timeout: RUN_TIMEOUT_MS });
  });
  await page.getByRole("tab", { name: t.tabData }).click();
  await page.waitForTimeout(400);
  await photograph(page, [item, sales], `idcol-${lang}-chosen`, check, `${lang} Data once chosen`);
  await page.close();
}

export async function idColumnSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  for (const lang of ["zh-CN", "en-US"] as const)
    await oneLanguage(context, origin, lang, check, pageErrors);
}
