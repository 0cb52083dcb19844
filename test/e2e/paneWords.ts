/**
 * Browser spec (run by test/e2e/run.ts, `--only=words`): words added to the pane at stop 45 and
 * until then tested against the simulator only, now seen rendered, in zh-CN and en-US:
 *
 * 1. 表格改名 / Table renamed: a table of the user's holds the Excel table name our segments tab
 *    gives its table (客户分类 / Customer_segments), and a defined name the schedule's; ours are
 *    written as …_2 and the Results say so in two info bars (a6b79ac, 171466a).
 * 2. A refresh with no new data: the same workbook refreshed a month after the first run's
 *    analysis date (no transaction dated in between) says 没有新交易 / "No transaction has been
 *    added", not "Only 0 transactions" (3150bac).
 * 3. A number stored as text: a rule set pasted in Rules → Import with "version": "2" and
 *    "months": "12" is refused naming each as text (1159df7). An input column of numbers stored
 *    as text has no words: every amount of the run in 1 is text ("1215.68" under format @), read
 *    as the number it is; the key figures are those of the same run in Node with numbers.
 *
 * 4. 表格名保留 / Table name kept: the user renames our segments table in Excel; the next refresh
 *    keeps the user's name and says so in the pane once (e53e9e6), the refresh after it not again.
 *
 * 5. 找不到客户表 / No Customers sheet found: the customers on a sheet named 交易, the transactions on
 *    Sheet2: the Data step names 交易 as used for the transactions but holding the customers' columns.
 *
 * Each state is checked for its exact words, the bar inside the pane at 320 px with nothing cut
 * off (no box whose text is wider or taller than the box), and photographed at 320 px and 1024 px:
 * test/e2e/screenshots/words-<lang>-<state>-<width>.png. Dates come from the preview's sample
 * (its own "today"), not the clock.
 */
import { join } from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { isoDate } from "../../src/engine/parse/date";
import { defaultRules, parseRuleSetText } from "../../src/engine/rules";
import { tabName } from "../../src/engine/report/outputTabs";
import type { Lang } from "../../src/engine/schema";
import { say } from "../../src/engine/words/catalog";
import { npsWhole } from "../../src/engine/words/format";
import { runAnalysis } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel, type SimWorkbook } from "../../src/workbook/simulator";
import { STRINGS, translator } from "../../src/taskpane/i18n";
import { importProblemText, problemsOf } from "../../src/taskpane/rulesForm";
import { freeTableName } from "../../src/engine/tableNames";
import { tableKeptWords } from "../../src/workbook/office/plan";
import { claimedColumns } from "../../src/engine/ingest/headersFound";
import { SHEETS } from "../../src/engine/schema";
import { detectInputs } from "../../src/taskpane/inputs";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";

type Check = (name: string, fn: () => Promise<boolean | void> | boolean | void) => Promise<boolean>;

const SHOTS = join(__dirname, "screenshots");
const RUN_TIMEOUT_MS = 240_000;
const NARROW = { width: 320, height: 900 };
const WIDE = { width: 1024, height: 800 };
/** The refresh's analysis date: a month after the first run's, with no transaction in between. */
const MONTH = 31;
/** A rule set with two numbers written as text (tester45 #8). */
const RULES_AS_TEXT = '{"version": "2", "window": {"months": "12"}}';

/**
 * The key figures (high risk, calls this week, NPS whole) of the sample run in Node with numbers
 * as numbers, its one later transaction dated on its "today", as the page's run must show them.
 */
async function reference(lang: Lang): Promise<number[]> {
  const sample = await previewSample(lang);
  const sheet = sample.workbook.sheet(lang === "zh-CN" ? "交易" : "Transactions");
  const used = sheet.usedRange(true)!;
  const rows = sheet.readValues(used);
  const day = rows[0].findIndex((h) => h === "日期" || h === "Date");
  const serial = sample.asOf + 25569;
  rows.forEach((row, r) => {
    const value = row[day];
    if (r > 0 && typeof value === "number" && value > serial)
      sheet.setRaw(used.row + r, used.column + day, serial);
  });
  const excel = createSimulatedExcel(sample.workbook);
  const result = await runAnalysis(
    { run: excel.run, lang, today: () => sample.asOf },
    { rules: defaultRules(), choices: { sheets: {}, columns: {} }, pause: async () => undefined },
  );
  const f = result.figures;
  return [f.highRisk, f.followUpsThisWeek, npsWhole(f.nps ?? NaN)];
}

/** What the Results must say for a user's table (segments) and name (schedule) holding ours. */
export function tableWords(lang: Lang): { segments: string; followUps: string } {
  const words = (
    tab: "segments" | "followUps",
    code: "tableNameTakenByTable" | "tableNameTakenByName",
  ) => {
    const sheet = tabName(tab, lang);
    const wanted = freeTableName(sheet, new Set());
    return say(lang, "office", code, { wanted, used: `${wanted}_2`, sheet });
  };
  return {
    segments: words("segments", "tableNameTakenByTable"),
    followUps: words("followUps", "tableNameTakenByName"),
  };
}

/** The import's problems for RULES_AS_TEXT, as the Rules step words them. */
export function importWords(lang: Lang): string[] {
  const parsed = parseRuleSetText(RULES_AS_TEXT, lang);
  if (parsed.ok) throw new Error("the rule set with numbers as text was accepted");
  return problemsOf(parsed.errors).map((p) => importProblemText(p, translator(lang)));
}

/**
 * Empty when `box` shows whole at the page's width: inside the viewport's width, and no element in
 * it whose content is wider or taller than itself (text cut off by overflow: hidden or ellipsis);
 * else what sticks out.
 */
async function cutOff(box: Locator): Promise<string> {
  return box.evaluate((root) => {
    const limit = document.documentElement.clientWidth + 1;
    const found: string[] = [];
    for (const e of [root, ...Array.from(root.querySelectorAll("*"))]) {
      const r = e.getBoundingClientRect();
      if (r.width === 0) continue;
      const name = `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 30)}`;
      if (r.right > limit || r.left < -1)
        found.push(`${name} at ${Math.round(r.left)}–${Math.round(r.right)} px`);
      const style = getComputedStyle(e);
      const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
      if (clips && e.scrollWidth > e.clientWidth + 1) found.push(`${name} wider than its box`);
      if (style.overflowY !== "visible" && e.scrollHeight > e.clientHeight + 1)
        found.push(`${name} taller than its box`);
    }
    if (document.documentElement.scrollWidth > limit)
      found.push(`page ${document.documentElement.scrollWidth} px wide`);
    return found.slice(0, 3).join("; ");
  });
}

/**
 * The boxes at 320 px (checked whole) and at 1024 px (the preview's pane beside the workbook,
 * scrolled to the last box), photographed at each: the page, and each box alone at 320 px (to read).
 */
export async function photograph(
  page: Page,
  boxes: Locator[],
  file: string,
  check: Check,
  what: string,
): Promise<void> {
  const last = boxes[boxes.length - 1];
  for (const [size, width] of [
    [NARROW, "320"],
    [WIDE, "1024"],
  ] as const) {
    await page.setViewportSize(size);
    // A full-page shot keeps the sticky step tabs where the page is scrolled to, across the
    // middle of the picture: taken from the top.
    if (size === NARROW) await page.evaluate(() => window.scrollTo(0, 0));
    else await last.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${file}-${width}.png`), fullPage: size === NARROW });
    if (size === NARROW)
      for (const [i, box] of boxes.entries())
        await box.screenshot({ path: join(SHOTS, `${file}-320-box${i + 1}.png`) });
    await check(`${what}: whole at ${width} px (nothing cut off or sideways)`, async () => {
      for (const box of boxes) {
        if (!(await box.isVisible())) throw new Error("not shown");
        const out = await cutOff(box);
        if (out) throw new Error(out);
      }
    });
  }
  await page.setViewportSize(NARROW);
}

async function runFromRunStep(page: Page, lang: Lang, button: "runButton" | "refreshButton") {
  const t = STRINGS[lang];
  await page.getByRole("tab", { name: t.tabRun }).click();
  await page.getByRole("button", { name: t[button] }).click();
  await page
    .locator("[data-testid=step-results] [data-testid=key-figures]")
    .waitFor({ timeout: RUN_TIMEOUT_MS });
}

/** The preview in `lang` at 320 px, in front, its simulated workbook ready; `spec` names its errors. */
export async function openPreview(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  pageErrors: string[],
  spec = "words",
): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`${spec} ${lang}: ${e.message}`));
  await page.setViewportSize(NARROW);
  await page.bringToFront(); // a background tab's timers run once a second
  await page.goto(`${origin}/preview.html?lang=${lang}`);
  await page.waitForFunction(() => !!window.__sim, null, { timeout: 60_000 });
  return page;
}

/**
 * Waits until the pane's look at the workbook has ended: its Look again button is enabled (it is
 * disabled while a look runs). A spec that changes the sheets "behind the pane's back" must wait
 * for this first, or the first look may read the change itself (a race that failed CI once when
 * the opening look ran slow on a loaded machine).
 */
export async function lookEnded(page: Page, lang: Lang, timeout = 60_000): Promise<void> {
  await page
    .locator("button:not([disabled]):not([aria-disabled=true])", {
      hasText: STRINGS[lang].redetect,
    })
    .first()
    .waitFor({ timeout });
}

async function oneLanguage(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  const t = STRINGS[lang];
  const short = lang === "zh-CN" ? "zh" : "en";
  const page = await openPreview(context, origin, lang, pageErrors);
  const asOf = (await page.evaluate(() => window.__sim!.asOf)) as number;

  // 1. A table of the user's named as our segments tab's table, a defined name as the schedule's.
  const segmentsTable = freeTableName(tabName("segments", lang), new Set());
  const followUpsTable = freeTableName(tabName("followUps", lang), new Set());
  await page.evaluate(
    ([table, name, sheetName]) => {
      const wb = window.__sim!.workbook;
      const mine = wb.addSheet(sheetName);
      mine.enter(0, 0, "A");
      mine.enter(0, 1, "B");
      const rect = { row: 0, column: 0, rowCount: 2, columnCount: 2 };
      wb.renameTable(wb.addTable(mine, rect, true), table);
      wb.addName(name, mine, rect);
    },
    [segmentsTable, followUpsTable, lang === "zh-CN" ? "我的表格" : "My tables"],
  );
  // The sample plants one transaction dated a few days after its "today" (a future_date finding):
  // dated on the analysis date instead, so nothing is new in the month the refresh adds. Every
  // amount is then stored as text, as Excel keeps numbers pasted from a system export into cells
  // formatted as text (its green "number stored as text" triangle): the pane reads them as the
  // numbers they are and says nothing of it.
  const want0 = reference(lang);
  const [moved, asText] = await page.evaluate(
    ([sheetName, asOfDay]) => {
      const sheet = window.__sim!.workbook.sheet(sheetName);
      const used = sheet.usedRange(true)!;
      const rows = sheet.readValues(used);
      const day = rows[0].findIndex((h) => h === "日期" || h === "Date");
      const amount = rows[0].findIndex((h) => /^(金额|amount)/i.test(String(h)));
      const serial = asOfDay + 25569; // Excel's day number of the same date (1900 system)
      let n = 0;
      let texts = 0;
      rows.forEach((row, r) => {
        const value = row[day];
        if (r > 0 && typeof value === "number" && value > serial) {
          sheet.setRaw(used.row + r, used.column + day, serial);
          n++;
        }
        if (r > 0 && typeof row[amount] === "number") {
          sheet.setRaw(used.row + r, used.column + amount, String(row[amount]), "@");
          texts++;
        }
      });
      return [n, texts];
    },
    [lang === "zh-CN" ? "交易" : "Transactions", asOf] as const,
  );
  await check(
    `${lang}: the sample's one later transaction is dated on its "today"; ${asText} amounts stored as text`,
    () => moved === 1 && asText > 10_000,
  );
  const ran = await check(`${lang}: the run with the user's table and name completes`, () =>
    runFromRunStep(page, lang, "runButton"),
  );
  if (!ran) return void (await page.close());
  await check(
    `${lang}: amounts stored as text count as numbers (key figures as in Node)`,
    async () => {
      const shown = (
        await page.locator("[data-testid=key-figures] > div > span:first-child").allInnerTexts()
      ).map((x) => Number(x.replace(/[,\s]/g, "")));
      const expected = await want0;
      if (JSON.stringify(shown) !== JSON.stringify(expected))
        throw new Error(`shown ${shown}, expected ${expected}`);
    },
  );
  const want = tableWords(lang);
  const segments = page.locator("[data-testid=table-renamed-segments]");
  const followUps = page.locator("[data-testid=table-renamed-followUps]");
  await check(
    `${lang}: 表格改名 / Table renamed, in the pane's words, once per table`,
    async () => {
      // The title is set apart by its margin (no space in the text): innerText runs them together.
      const texts = [await segments.innerText(), await followUps.innerText()];
      const expected = [want.segments, want.followUps].map((w) => `${t.tableRenamedTitle}${w}`);
      if (
        texts.map((x) => x.replace(/\s+/g, "")).join("|") !==
        expected.map((x) => x.replace(/\s+/g, "")).join("|")
      )
        throw new Error(`shown ${JSON.stringify(texts)}, expected ${JSON.stringify(expected)}`);
      return (
        (await segments.isVisible()) &&
        (await followUps.isVisible()) &&
        (await page.getByText(t.tableRenamedTitle, { exact: true }).count()) === 2 &&
        (await page.getByText(t.renamedTitle, { exact: true }).count()) === 0
      );
    },
  );
  await check(`${lang}: the user's table keeps its name, ours is ${segmentsTable}_2`, async () => {
    const tables = await page.evaluate(() =>
      window.__sim!.workbook.tables.map((x) => `${x.name}@${x.sheet.name}`),
    );
    return (
      tables.includes(`${segmentsTable}@${lang === "zh-CN" ? "我的表格" : "My tables"}`) &&
      tables.includes(`${segmentsTable}_2@${tabName("segments", lang)}`) &&
      tables.includes(`${followUpsTable}_2@${tabName("followUps", lang)}`)
    );
  });
  await photograph(
    page,
    [segments, followUps],
    `words-${short}-table-renamed`,
    check,
    `${lang}: table renamed`,
  );

  // 2. The same workbook refreshed a month later: nothing new since the first run.
  const previous = isoDate(asOf);
  const later = isoDate(asOf + MONTH);
  await page.getByRole("tab", { name: t.tabRules }).click();
  const date = page.getByLabel(t.asOfLabel);
  await date.fill(later);
  await date.press("Tab");
  const refreshed = await check(`${lang}: a refresh as of ${later} completes`, () =>
    runFromRunStep(page, lang, "refreshButton"),
  );
  if (refreshed) {
    const bar = page.locator("[data-testid=warning-little_new_data]");
    const opening =
      lang === "zh-CN"
        ? `自上次分析（${previous}）以来没有新交易（按过去一年的节奏，${MONTH} 天通常约有 `
        : `No transaction has been added since the previous analysis (${previous}); the past year's pace would give about `;
    const tab = tabName("changes", lang);
    await check(`${lang}: no new data is said as none, naming the ${tab} tab`, async () => {
      const text = await bar.innerText();
      if (
        !text.startsWith(opening) ||
        !text.includes(lang === "zh-CN" ? `“${tab}”` : `on the ${tab} tab`) ||
        /只有 0|Only 0/.test(text)
      )
        throw new Error(text);
      return (await bar.count()) === 1 && (await bar.isVisible());
    });
    await photograph(page, [bar], `words-${short}-no-new-data`, check, `${lang}: no new data`);
  }

  // 4. Our segments table renamed by the user in Excel: the refresh keeps the user's name and
  // says so once (e53e9e6, office.tableNameKept); the refresh after it says nothing of it.
  if (refreshed) {
    const mine = lang === "zh-CN" ? "我的分类表" : "My_segments";
    const sheet = tabName("segments", lang);
    const ours = await page.evaluate(
      ([sheetName, name]) => {
        const wb = window.__sim!.workbook;
        const table = wb.tables.find((x) => x.sheet.name === sheetName)!;
        const before = table.name;
        wb.renameTable(table, name);
        return before;
      },
      [sheet, mine] as const,
    );
    const bar = page.locator("[data-testid=table-renamed-segments]");
    const once = await check(`${lang}: a refresh after ${ours} was renamed ${mine} completes`, () =>
      runFromRunStep(page, lang, "refreshButton"),
    );
    if (once) {
      const words = tableKeptWords({ name: mine, ours }, sheet, lang);
      await check(`${lang}: the kept table name is said in the pane's words`, async () => {
        const text = (await bar.innerText()).replace(/\s+/g, "");
        const expected = `${t.tableRenamedTitle}${words}`.replace(/\s+/g, "");
        if (text !== expected)
          throw new Error(`shown ${JSON.stringify(text)}, expected ${expected}`);
        const names = await page.evaluate(() => window.__sim!.workbook.tables.map((x) => x.name));
        return names.includes(mine) && (await bar.isVisible());
      });
      await photograph(page, [bar], `words-${short}-table-kept`, check, `${lang}: table kept`);
      const twice = await check(`${lang}: the refresh after that completes`, () =>
        runFromRunStep(page, lang, "refreshButton"),
      );
      if (twice)
        await check(`${lang}: the kept name is not said again`, async () => {
          const names = await page.evaluate(() => window.__sim!.workbook.tables.map((x) => x.name));
          return (await bar.count()) === 0 && names.includes(mine);
        });
    }
  }

  // 3. Numbers written as text in a pasted rule set.
  await page.getByRole("tab", { name: t.tabRules }).click();
  await page.getByRole("button", { name: t.importExport }).click();
  await page.getByLabel(t.pasteLabel).fill(RULES_AS_TEXT);
  await page.getByRole("button", { name: t.applyPasted }).click();
  const errors = page.locator("[data-testid=rules-import-errors]");
  const problems = importWords(lang);
  await check(
    `${lang}: a number written as text is named as text, in the pane's words`,
    async () => {
      await errors.waitFor({ timeout: 10_000 });
      const shown = await errors.locator("li").allInnerTexts();
      if (JSON.stringify(shown) !== JSON.stringify(problems))
        throw new Error(`shown ${JSON.stringify(shown)}, expected ${JSON.stringify(problems)}`);
      if (!(await errors.innerText()).startsWith(t.importErrors)) return false;
      return lang === "zh-CN"
        ? problems[0].includes("而不是文本")
        : problems[0].includes("not the text");
    },
  );
  await check(`${lang}: the rules' number fields end where the other fields do`, async () => {
    const out = await page.evaluate(() =>
      Array.from(document.querySelectorAll("[data-testid=step-rules] .fui-SpinButton"))
        .map((e) => [
          e.getBoundingClientRect().right,
          e.closest(".fui-Field")!.getBoundingClientRect().right,
        ])
        .filter(([spin, field]) => spin > field + 1)
        .map(([spin, field]) => `${Math.round(spin)} > ${Math.round(field)} px`),
    );
    if (out.length) throw new Error(`${out.length} stick out: ${out[0]}`);
  });
  await photograph(
    page,
    [errors],
    `words-${short}-number-as-text`,
    check,
    `${lang}: number as text`,
  );
  await page.close();
}

/**
 * The sample's sheets as a user might have them: the transactions on a sheet named Sheet2, the
 * customers on a sheet named as the transactions' (交易 / Transactions): no customers sheet.
 */
function misnamed(wb: SimWorkbook, lang: Lang): void {
  const [customers, transactions] = [SHEETS.customers.label[lang], SHEETS.transactions.label[lang]];
  wb.renameSheet(wb.sheet(transactions), "Sheet2");
  wb.renameSheet(wb.sheet(customers), transactions);
}

/** The Data step's words for the customers sheet of the misnamed sample, as Node finds them. */
async function lookalikeWords(lang: Lang): Promise<string> {
  const sample = await previewSample(lang);
  misnamed(sample.workbook, lang);
  const source = new OfficeWorkbook(createSimulatedExcel(sample.workbook).run, { lang });
  const { lookalike } = (await detectInputs(source, { sheets: {}, columns: {} })).inputs.customers;
  if (!lookalike?.takenBy) throw new Error("no lookalike taken by another input in Node");
  return translator(lang)("sheetLooksLikeTaken", {
    sheet: SHEETS.customers.label[lang],
    name: lookalike.name,
    taken: SHEETS[lookalike.takenBy].label[lang],
    columns: claimedColumns(lookalike, lang),
  });
}

/**
 * 5. The customers list on a sheet named 交易 (the transactions on Sheet2): the Data step says no
 * customers sheet was found, that 交易 is used for the transactions but has the customers' columns
 * (9d185d2, misc47), after 重新查找 / Look again.
 */
async function lookalikeTaken(
  context: BrowserContext,
  origin: string,
  lang: Lang,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  const t = STRINGS[lang];
  const short = lang === "zh-CN" ? "zh" : "en";
  const page = await openPreview(context, origin, lang, pageErrors);
  const expected = await lookalikeWords(lang);
  await page.evaluate(
    ([customers, transactions]) => {
      const wb = window.__sim!.workbook;
      wb.renameSheet(wb.sheet(transactions), "Sheet2");
      wb.renameSheet(wb.sheet(customers), transactions);
    },
    [SHEETS.customers.label[lang], SHEETS.transactions.label[lang]] as const,
  );
  // 重新查找 / Look again is disabled while the page's first look at the workbook runs, which a
  // busy machine may keep going past Playwright's 30 s (final CI of stop 48): waited for as a run is.
  await page.getByRole("tab", { name: t.tabData }).click({ timeout: RUN_TIMEOUT_MS });
  await page.getByRole("button", { name: t.redetect }).click({ timeout: RUN_TIMEOUT_MS });
  const words = page.getByText(expected, { exact: true });
  const shown = await check(
    `${lang}: a sheet taken by another input, with the customers' columns, is named`,
    async () => {
      await words.waitFor({ timeout: 30_000 });
      return (await words.count()) === 1;
    },
  );
  if (shown)
    await photograph(
      page,
      [words],
      `words-${short}-lookalike-taken`,
      check,
      `${lang}: lookalike taken`,
    );
  await page.close();
}

export async function paneWordsSpec(
  context: BrowserContext,
  origin: string,
  check: Check,
  pageErrors: string[],
): Promise<void> {
  console.log(
    "Words seen rendered: table renamed, no new data, table name kept, number as text, lookalike taken (zh-CN, en-US)",
  );
  for (const lang of ["zh-CN", "en-US"] as const) {
    try {
      await oneLanguage(context, origin, lang, check, pageErrors);
      await lookalikeTaken(context, origin, lang, check, pageErrors);
    } catch (error) {
      await check(`${lang}: words spec stopped`, () => {
        throw error;
      });
    }
  }
}
