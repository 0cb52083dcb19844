/**
 * Browser spec (run by test/e2e/run.ts, `--only=firstlook`): the pane's first look at the workbook
 * fails, in zh-CN and en-US, and the Data step says so, with no "looking…" spinner left turning and
 * 重新查找 / Look again enabled (stop 50: the spinner stayed for good after a failed first look).
 *
 * 1. The look at the inputs fails: the input sheets are renamed while the first look reads them
 *    (in the simulator, before its 12th sync: after the pane read the sheet names, before it read
 *    the customers sheet), so the first read says there is no sheet named 客户 / Customers.
 * 2. Reading the workbook fails before the look (its first sync, the pane's language and
 *    settings): said as 无法读取工作簿 / Could not read the workbook, and no spinner either. The
 *    workbook holds saved settings (the other language, chosen; a rule set's analysis date): Look
 *    again, the workbook readable again, reads them as a start would (stop 50: the pane kept its
 *    defaults).
 *
 * Each state is photographed at 320 px and 1024 px: test/e2e/screenshots/firstlook-<lang>-<state>-<width>.png.
 */
import type { BrowserContext, Page } from "playwright-core";
import { SHEETS, type Lang } from "../../src/engine/schema";
import { say } from "../../src/engine/words/catalog";
import { STRINGS, translator } from "../../src/taskpane/i18n";
import { afterLead, describeError } from "../../src/taskpane/errorText";
import { SETTING_KEYS } from "../../src/workbook/office/settings";
import { photograph } from "./paneWords";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

/** The simulator's sync before which the input sheets are renamed (see 1 above). */
const RENAME_AT_SYNC = 12;
const WAIT_MS = 60_000;

type Fault = { renameAt: number } | { failSync: number; code: string };

/** The analysis date of the rule set saved in the workbook that fails to read at first. */
const SAVED_AS_OF = "2025-06-30";

/**
 * The settings saved in that workbook, as the simulator keeps what saveWorkbookSettings adds: the
 * JSON text (settings.ts) of each value kept as JSON again (simulator/api/setting.ts). The other
 * language, chosen, and a rule set.
 */
function savedSettings(lang: Lang): Record<string, string> {
  const kept = (value: unknown) => JSON.stringify(JSON.stringify(value));
  return {
    [SETTING_KEYS.language]: kept(otherLang(lang)),
    [SETTING_KEYS.rules]: kept({ version: 1, asOf: SAVED_AS_OF }),
  };
}

function otherLang(lang: Lang): Lang {
  return lang === "zh-CN" ? "en-US" : "zh-CN";
}

/**
 * The preview in `lang` at 320 px, with `fault` set on its simulated workbook as soon as the page
 * makes it (before the pane's first look starts: an init script catches window.__sim being set).
 */
async function openFaulty(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  fault: Fault,
  pageErrors: string[],
  settings: Record<string, string> = {},
): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`first look ${lang}: ${e.message}`));
  await page.setViewportSize({ width: 320, height: 900 });
  // A string, not a function: the test runs under tsx, whose helpers (__name) the page has not.
  await page.addInitScript(`(() => {
    const f = ${JSON.stringify(fault)};
    const saved = ${JSON.stringify(settings)};
    let sim;
    Object.defineProperty(window, "__sim", {
      configurable: true,
      get: () => sim,
      set: (value) => {
        sim = value;
        const wb = value.workbook;
        for (const [key, json] of Object.entries(saved)) wb.settings.set(key, json);
        if ("failSync" in f) wb.faults.set(f.failSync, { code: f.code });
        else
          wb.beforeSync = (n) => {
            if (n === f.renameAt)
              for (const name of value.inputSheets) wb.renameSheet(wb.sheet(name), name + " 1");
          };
      },
    });
  })();`);
  await page.bringToFront(); // a background tab's timers run once a second
  await page.goto(`${origin}/preview.html?lang=${lang}`);
  await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
  return page;
}

/** No spinner in the pane (the Data step's "looking…", or the frame's before the language is known). */
async function spinners(page: Page): Promise<number> {
  return page.locator(".preview-pane .fui-Spinner").count();
}

async function failedState(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  state: "look-failed" | "read-failed",
  check: Check,
  pageErrors: string[],
): Promise<void> {
  const t = STRINGS[lang];
  const short = lang === "zh-CN" ? "zh" : "en";
  const fault: Fault =
    state === "look-failed"
      ? { renameAt: RENAME_AT_SYNC }
      : { failSync: 1, code: "GeneralException" };
  const saved = state === "read-failed" ? savedSettings(lang) : {};
  const page = await openFaulty(context, origin, lang, fault, pageErrors, saved);
  // What the user must read, as Node words it: the reader's own error, or the load failure's.
  const expected =
    state === "look-failed"
      ? say(lang, "office", "noSheetOrTable", { sheet: SHEETS.customers.label[lang] })
      : translator(lang)("loadFailed");
  const bar = page.locator(".preview-pane .fui-MessageBar", { hasText: expected });
  const shown = await check(
    `${lang}: ${state}: the failure is said in the pane's words`,
    async () => {
      await bar.first().waitFor({ timeout: WAIT_MS });
      const text = await bar.first().innerText();
      if (state === "read-failed") {
        const detail = describeError(
          Object.assign(new Error(`Simulated failure of sync 1.`), { code: "GeneralException" }),
          lang,
        ).text;
        // Straight after 无法读取工作簿： (a space after the full-width colon showed as a gap).
        const whole = afterLead(translator(lang)("loadFailed"), detail);
        if (text.trim() !== whole) throw new Error(`"${text}" is not "${whole}"`);
      }
      return (await bar.count()) === 1;
    },
  );
  if (!shown) {
    await page.close();
    return;
  }
  await check(`${lang}: ${state}: no "looking…" spinner once it failed`, async () => {
    // The look has ended (the button is enabled again) before counting.
    await page.getByRole("button", { name: t.redetect }).waitFor({ timeout: WAIT_MS });
    await page.waitForTimeout(500);
    const n = await spinners(page);
    if (n > 0)
      throw new Error(
        `${n} spinner(s) shown: ${await page.locator(".preview-pane .fui-Spinner").first().innerText()}`,
      );
  });
  await check(`${lang}: ${state}: in place of the inputs, none found and what to do`, async () => {
    const text = await page.locator("[data-testid=nothing-found]").innerText({ timeout: 5_000 });
    if (text !== t.nothingFound) throw new Error(`"${text}"`);
  });
  await check(`${lang}: ${state}: 重新查找 / Look again is enabled`, async () =>
    page.getByRole("button", { name: t.redetect }).isEnabled(),
  );
  await photograph(
    page,
    [bar.first(), page.locator("[data-testid=nothing-found]")],
    `firstlook-${short}-${state}`,
    check,
    `${lang}: ${state}`,
  );
  await check(`${lang}: ${state}: Look again then shows the inputs found`, async () => {
    await page.getByRole("button", { name: t.redetect }).click();
    await page
      .locator("[data-testid=step-data] .fui-AccordionItem")
      .first()
      .waitFor({ timeout: WAIT_MS });
    return (await spinners(page)) === 0;
  });
  if (state === "read-failed") await settingsReadAgain(page, lang, check);
  await page.close();
}

/**
 * After Look again, the workbook readable again, the pane has what a start reads: the language
 * saved as chosen (the other one) and the saved rule set (its analysis date on the Run step), and
 * the failure is no longer said.
 */
async function settingsReadAgain(page: Page, lang: Lang, check: Check): Promise<void> {
  const saved = STRINGS[otherLang(lang)];
  await check(
    `${lang}: read-failed: Look again reads the saved language (${otherLang(lang)})`,
    async () => {
      await page.getByRole("tab", { name: saved.tabRun }).waitFor({ timeout: 10_000 });
    },
  );
  const date = page.getByText(translator(otherLang(lang))("analysisDate", { date: SAVED_AS_OF }));
  const read = await check(
    `${lang}: read-failed: Look again reads the saved rule set`,
    async () => {
      await page.getByRole("tab", { name: saved.tabRun }).click();
      await date.waitFor({ timeout: 10_000 });
    },
  );
  await check(`${lang}: read-failed: the read failure is no longer said`, async () => {
    const failed = [translator(lang)("loadFailed"), translator(otherLang(lang))("loadFailed")];
    for (const words of failed)
      if ((await page.locator(".preview-pane .fui-MessageBar", { hasText: words }).count()) > 0)
        throw new Error(`still says "${words}"`);
  });
  if (read)
    await photograph(
      page,
      [date],
      `firstlook-${lang === "zh-CN" ? "zh" : "en"}-read-again`,
      check,
      `${lang}: read again`,
    );
}

export async function firstLookSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  console.log("A failed first look at the workbook (zh-CN, en-US)");
  for (const lang of ["zh-CN", "en-US"] as const)
    for (const state of ["look-failed", "read-failed"] as const) {
      try {
        await failedState(context, origin, lang, state, check, pageErrors);
      } catch (error) {
        await check(`${lang}: ${state}: first-look spec stopped`, () => {
          throw error;
        });
      }
    }
}
