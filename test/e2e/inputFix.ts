/**
 * Browser spec (run by test/e2e/run.ts, `--only=fix`): a required column with no column (stop 51
 * tester P2: the transactions' amount header renamed; Run stayed enabled, and the error after the
 * run did not say that the fix is one dropdown on Data), in zh-CN and en-US:
 *
 * 1. The header renamed while the pane is on Run (the pane has not looked since): the run stops,
 *    its error is followed by the next step (the input and the column to choose) and Go to Data,
 *    which opens Data with the transactions' columns in view.
 * 2. Run again: it says before the run which input lacks which column and where to choose it,
 *    Run disabled, with Go to Data.
 * 3. The column chosen in its dropdown: Run is enabled, and the run completes.
 * 4. Its Results: the backtest's rankings in a manager's words, the AUC in a tooltip (tester P3).
 *
 * Photographed at 320 px and 1024 px: test/e2e/screenshots/fix-<lang>-<state>-<width>.png.
 */
import type { BrowserContext, Page } from "playwright-core";
import { SHEETS, type Lang } from "../../src/engine/schema";
import { say } from "../../src/engine/words/catalog";
import { STRINGS, translator } from "../../src/taskpane/i18n";
import { blockText, nextStepText } from "../../src/taskpane/inputFix";
import { lookEnded, openPreview, photograph } from "./paneWords";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const RUN_TIMEOUT_MS = 240_000;
/** What the amount column is called once renamed: a header no field knows. */
const RENAMED: Record<Lang, string> = { "zh-CN": "收款", "en-US": "Received" };

/** The amount field's label on Data (金额 / Amount). */
const amountLabel = (lang: Lang) =>
  SHEETS.transactions.fields.find((f) => f.key === "amount")!.label[lang];

/**
 * Waits until the simulated workbook has had no sync for a second: a look the pane started (showing
 * the Run step looks at the sheets again, App.tsx onStep) has ended. Renaming during that look
 * lets it read the new header, so Run is disabled before step 1 clicks it (the click timed out in
 * the final CI of stop 56 and in a loaded run of stop 57).
 */
async function workbookQuiet(page: Page): Promise<void> {
  const syncs = () => page.evaluate(() => window.__sim!.syncTimes.length);
  let last = await syncs();
  for (let i = 0; i < 120; i++) {
    await page.waitForTimeout(1_000);
    const now = await syncs();
    if (now === last) return;
    last = now;
  }
}

/** Renames the transactions' amount header in the simulated workbook, as a user typing over it. */
async function renameAmount(page: Page, to: string): Promise<void> {
  await page.evaluate((to) => {
    const sim = window.__sim!;
    const sheet = sim.workbook.sheet(sim.inputSheets[1]);
    const rect = sheet.usedRange(true)!;
    const header = sheet.readValues(rect)[0];
    const column = header.findIndex((h) => /^(金额|Amount)/.test(String(h)));
    if (column < 0) throw new Error(`no amount header in ${header.join(", ")}`);
    sheet.enter(rect.row, rect.column + column, to);
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
  console.log(`required column unmapped (${lang})`);
  const page = await openPreview(context, origin, lang, pageErrors, "fix");
  await page.locator("[data-testid=step-data] button").first().waitFor({ timeout: 60_000 });
  // The opening look must be over before the header changes, or it reads the renamed header
  // itself and Run is disabled (step 2's case) before step 1 clicks it.
  await page.locator("[data-input=transactions]").waitFor({ timeout: 60_000 });
  await lookEnded(page, lang);
  const input = lang === "zh-CN" ? "交易" : "Transactions";
  const runButton = () => page.getByRole("button", { name: t.runButton, exact: true });

  // 1. Renamed behind the pane's back: the run stops at it and says where the fix is.
  await page.getByRole("tab", { name: t.tabRun }).click();
  await runButton().waitFor();
  await workbookQuiet(page);
  await renameAmount(page, RENAMED[lang]);
  await runButton().click();
  const next = nextStepText({ kind: "transactions", fields: ["amount"] }, lang);
  const failed = await check(
    `${lang}: a run stopped at the column says the next step`,
    async () => {
      const step = page.locator("[data-testid=run-next-step]");
      await step.waitFor({ timeout: RUN_TIMEOUT_MS });
      return (await step.innerText()) === next;
    },
  );
  if (failed) {
    const bar = page.locator("[data-testid=run-next-step]").locator("xpath=ancestor::*[@role][1]");
    await photograph(page, [bar.first()], `fix-${lang}-after-run`, check, `${lang} after run`);
  }
  await check(`${lang}: Go to Data opens the transactions' columns`, async () => {
    // The run error's own button: once the pane looks again after the run, Run's blocked note
    // (step 2) may show its Go to Data too (the mid-session CI of stop 57 saw both).
    const bar = page.locator("[data-testid=run-next-step]").locator("xpath=ancestor::*[@role][1]");
    await bar.getByRole("button", { name: t.goToData }).click();
    await page.locator("[data-testid=step-data]").waitFor();
    const item = page.locator(`[data-input=transactions]`);
    // Open, saying which column is missing, its dropdown there to choose from.
    await item
      .getByText(translator(lang)("missingColumns", { fields: amountLabel(lang) }))
      .waitFor({ timeout: 10_000 });
    return item.getByRole("combobox", { name: new RegExp(`^${amountLabel(lang)}`) }).isVisible();
  });
  await page.waitForTimeout(400); // the panel finishes opening
  await photograph(
    page,
    [page.locator("[data-input=transactions]")],
    `fix-${lang}-data`,
    check,
    `${lang} Data after Go to Data`,
  );

  // 2. Run shown again: said before the run, Run disabled.
  await page.getByRole("tab", { name: t.tabRun }).click();
  const blocked = page.locator("[data-testid=run-blocked]");
  await check(
    `${lang}: before the run, which column is missing and where to choose it`,
    async () => {
      await blocked.waitFor({ timeout: 10_000 });
      const want = blockText({ kind: "transactions", sheet: input, fields: ["amount"] }, lang);
      return (await blocked.innerText()).includes(want) && (await runButton().isDisabled());
    },
  );
  await photograph(page, [blocked], `fix-${lang}-before-run`, check, `${lang} before run`);

  // 3. One dropdown: the renamed column chosen for the amount, and Run is enabled. The blocked
  // note's own Go to Data (the run's error, still shown above, has one too: the final CI of stop 57).
  await blocked.getByRole("button", { name: t.goToData }).click();
  await check(`${lang}: the column chosen on Data, Run is enabled`, async () => {
    const item = page.locator("[data-input=transactions]");
    await item.getByRole("combobox", { name: new RegExp(`^${amountLabel(lang)}`) }).click();
    await page.getByRole("option", { name: RENAMED[lang], exact: true }).click();
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
  await backtestWords(page, lang, check);
  await page.close();
}

/**
 * The backtest in Results in a manager's words (stop 51 tester P3): the share of pairs each
 * ranking puts right, by plain names; the precise AUC in each tile's tooltip.
 */
async function backtestWords(page: Page, lang: Lang, check: Check): Promise<void> {
  const card = page.locator("[data-testid=validation-card]");
  const w = (code: "rankChurn" | "ranked" | "aucChurn") => say(lang, "validationCard", code);
  await check(`${lang}: the backtest says how often churn risk ranks a pair right`, async () => {
    const text = await card.innerText();
    return (
      text.includes(w("ranked")) &&
      new RegExp(`\\d+%\\s+${w("rankChurn")}`).test(text) &&
      !/P\(alive\)|存活概率/.test(text)
    );
  });
  await check(`${lang}: its tooltip gives the precise AUC`, async () => {
    await card.locator("[data-testid=validation-ranks] > div").first().hover();
    const tip = page.getByRole("tooltip");
    await tip.waitFor({ timeout: 5_000 });
    return new RegExp(`^${w("aucChurn")} 0\\.\\d{3}$`).test((await tip.innerText()).trim());
  });
  await photograph(page, [card], `fix-${lang}-backtest`, check, `${lang} backtest card`);
}

export async function inputFixSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  for (const lang of ["zh-CN", "en-US"] as const)
    await oneLanguage(context, origin, lang, check, pageErrors);
}
