/**
 * Browser spec (run by test/e2e/run.ts, `--only=lookalike`): an optional input kept under another
 * sheet name (tester61 U132: the command line said "家长回访 looks like 跟进记录", the pane showed
 * 跟进记录 未找到 and nothing more), in zh-CN and en-US. The sample's complaints sheet is renamed to a
 * name no input takes (客户反馈 / Customer issues); after Look again, the Complaints card says which
 * sheet has its columns and to choose it there, in the words the pane uses for a required input.
 *
 * Photographed at 320 px and 1024 px: test/e2e/screenshots/lookalike-<lang>-<width>.png.
 */
import type { BrowserContext } from "playwright-core";
import { SHEETS, type Lang } from "../../src/engine/schema";
import { STRINGS } from "../../src/taskpane/i18n";
import { lookEnded, openPreview, photograph } from "./paneWords";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const RENAMED: Record<Lang, string> = { "zh-CN": "客户反馈", "en-US": "Customer issues" };

async function oneLanguage(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  const t = STRINGS[lang];
  console.log(`an optional input under another sheet name (${lang})`);
  const page = await openPreview(context, origin, lang, pageErrors, "lookalike");
  const data = page.locator("[data-testid=step-data]");
  await lookEnded(page, lang);
  const label = SHEETS.complaints.label[lang];
  await page.evaluate(
    ([label, to]) => {
      const wb = window.__sim!.workbook;
      const name = window.__sim!.inputSheets.find((n) => n === label);
      if (!name) throw new Error(`no sheet ${label} in ${window.__sim!.inputSheets.join(", ")}`);
      wb.renameSheet(wb.sheet(name), to);
    },
    [label, RENAMED[lang]],
  );
  await data.getByRole("button", { name: t.redetect }).click();
  await lookEnded(page, lang);
  const card = page.locator("[data-input=complaints]");
  await card.locator("button").first().click(); // opens the card
  const said = card.getByText(RENAMED[lang], { exact: false }).last();
  await check(`${lang}: the Complaints card names the sheet with its columns`, async () => {
    await said.waitFor({ timeout: 60_000 });
    const words = await said.innerText();
    const want =
      lang === "zh-CN"
        ? `“${RENAMED[lang]}”的列像是投诉表的列（`
        : `Sheet “${RENAMED[lang]}” has the columns of the Complaints sheet (`;
    if (!words.includes(want)) throw new Error(words);
  });
  await page.waitForTimeout(400);
  await photograph(page, [card], `lookalike-${lang}`, check, `${lang} the Complaints card`);
  await page.close();
}

export async function optionalLookalikeSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  for (const lang of ["zh-CN", "en-US"] as const)
    await oneLanguage(context, origin, lang, check, pageErrors);
}
