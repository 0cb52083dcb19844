import { analyzeWorkbook } from "../engine/analyze";
import { InputError } from "../engine/errors";
import { epochDay, isoDate } from "../engine/parse/date";
import { SHEET_KINDS, type Lang, type SheetKind } from "../engine/schema";
import { openCsv, openXlsx } from "../workbook/file";
import { localToday } from "../engine/analysisDate";
import { loadRules } from "./analyzeCommand";
import { validationText } from "./validationText";
import { say, sayBoth } from "../engine/words/catalog";
import { langGiven, languageOf, runLanguage } from "./args";
import { workbookLanguage, type GridSource } from "../engine/ingest/workbook";

/**
 * `npm run backtest -- <workbook.xlsx | --customers c.csv --transactions t.csv …> [--as-of
 * YYYY-MM-DD[,YYYY-MM-DD…]] [--horizon DAYS] [--rules rules.json]`: runs the analysis at each date
 * and prints the validation figures (the 模型验证 / Validation tab's): churn risk learned at
 * asOf − 2H scores asOf − H and is compared with what happened up to asOf. Input handling is the
 * analyze command's (the same readers and rule-set file); `--lang zh-CN|en-US` as there.
 */

function parseDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw InputError.of(sayBoth("args", "badAsOf", { value: text }));
  return epochDay(+m[1], +m[2], +m[3]);
}

async function main(argv: string[]): Promise<void> {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const csv: Partial<Record<SheetKind, string>> = {};
  for (const kind of SHEET_KINDS) {
    const v = value(kind);
    if (v) csv[kind] = v;
  }
  let lang = languageOf(argv);
  const workbook = argv.find(
    (a, i) => !a.startsWith("--") && (i === 0 || !argv[i - 1].startsWith("--")),
  );
  if (!workbook && (!csv.customers || !csv.transactions))
    throw InputError.of(sayBoth("args", "backtestNeedsInput"));
  const open = () => (workbook ? openXlsx(workbook) : openCsv(csv));
  // As analyze: --lang, else the input's language (Chinese headers: zh-CN), else the system's.
  lang = await runLanguage({ lang, langGiven: langGiven(argv) }, async () =>
    workbookLanguage(await open()),
  );
  try {
    await backtest(value, open, lang);
  } catch (e) {
    if (e instanceof InputError) e.runLang ??= lang;
    throw e;
  }
}

async function backtest(
  value: (name: string) => string | undefined,
  open: () => Promise<GridSource> | GridSource,
  lang: Lang,
): Promise<void> {
  const rules = await loadRules(value("rules"), lang);
  const horizon = value("horizon");
  if (horizon) rules.churn.churnHorizonDays = Number(horizon);
  const dates = (value("as-of") ?? isoDate(localToday())).split(",").map(parseDate);
  for (const asOf of dates) {
    const started = performance.now();
    const source = await open();
    const a = await analyzeWorkbook(source, { rules, asOf });
    const secs = (performance.now() - started) / 1000;
    const m = a.churn.model;
    const head = {
      asOf: isoDate(asOf),
      seconds: secs.toFixed(1),
      learned: m.source === "learned" ? isoDate(m.learnedAsOf) : "",
      customers: m.source === "learned" ? m.customers.toLocaleString("en-US") : "",
    };
    process.stdout.write(
      say(lang, "backtest", m.source === "learned" ? "header" : "headerDefault", head) +
        "\n" +
        validationText(a.churn.validation, lang) +
        "\n",
    );
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const lang = (e instanceof InputError && e.runLang) || languageOf(process.argv.slice(2));
  const message = e instanceof InputError ? e.in(lang) : e instanceof Error ? e.message : String(e);
  process.stderr.write(say(lang, "cli", "error", { message }) + "\n");
  process.exit(e instanceof InputError ? 2 : 1);
});
