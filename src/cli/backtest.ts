import { analyzeWorkbook } from "../engine/analyze";
import { InputError } from "../engine/errors";
import { isoDate } from "../engine/parse/date";
import { SHEET_KINDS, type Lang, type SheetKind } from "../engine/schema";
import { openCsv, openXlsx } from "../workbook/file";
import { localToday } from "../engine/analysisDate";
import { loadRules } from "./analyzeCommand";
import { validationText } from "./validationText";
import { say, sayBoth } from "../engine/words/catalog";
import { asOfDays, inputLanguage, langGiven, languageOf, runLanguage, strictParse } from "./args";
import { requestedLanguage } from "../engine/words/language";
import type { ParseArgsOptionsConfig } from "node:util";
import { workbookLanguage, type GridSource } from "../engine/ingest/workbook";

/**
 * `npm run backtest -- <workbook.xlsx | --customers c.csv --transactions t.csv …> [--as-of
 * YYYY-MM-DD[,YYYY-MM-DD…]] [--horizon DAYS] [--rules rules.json]`: runs the analysis at each date
 * and prints the validation figures (the 模型验证 / Validation tab's): churn risk learned at
 * asOf − 2H scores asOf − H and is compared with what happened up to asOf. Input handling is the
 * analyze command's (the same readers and rule-set file); `--lang zh-CN|en-US` as there.
 */

/** The backtest's options: analyze's inputs, dates and rules, and its own --horizon. */
const OPTIONS = {
  customers: { type: "string" },
  transactions: { type: "string" },
  surveys: { type: "string" },
  complaints: { type: "string" },
  contacts: { type: "string" },
  visits: { type: "string" },
  subscriptions: { type: "string" },
  "as-of": { type: "string" },
  horizon: { type: "string" },
  rules: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsOptionsConfig;

/**
 * The backtest command: exit 0 with the printout, 0 with the help for --help, 2 for bad input (one
 * line in the run's language, as the product CLI's). Printing goes through `write` (tests catch it).
 *
 * @example await backtestMain(["--help"]) // 0, the help in the system's language
 */
export async function backtestMain(
  argv: string[],
  write: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
): Promise<number> {
  let lang = languageOf(argv);
  try {
    if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
      write.out(say(lang, "backtest", "help"));
      return 0;
    }
    const { values: v, positionals } = strictParse(argv, OPTIONS);
    if (v.lang !== undefined && !requestedLanguage(v.lang))
      throw InputError.of(sayBoth("args", "badLang", { value: v.lang }));
    const csv: Partial<Record<SheetKind, string>> = {};
    for (const kind of SHEET_KINDS) {
      const file = v[kind];
      if (typeof file === "string" && file) csv[kind] = file;
    }
    const workbook = positionals[0];
    if (positionals.length > 1)
      throw InputError.of(sayBoth("args", "oneWorkbook", { count: positionals.length }));
    if (!workbook && (!csv.customers || !csv.transactions))
      throw InputError.of(sayBoth("args", "backtestNeedsInput"));
    const open = () => (workbook ? openXlsx(workbook) : openCsv(csv));
    // As analyze: --lang, else the input's language (Chinese headers: zh-CN), else the system's.
    lang = await runLanguage({ lang, langGiven: langGiven(argv) }, async () =>
      workbookLanguage(await open()),
    );
    const value = (name: string) => {
      const x = (v as Record<string, string | boolean | undefined>)[name];
      return typeof x === "string" ? x : undefined;
    };
    try {
      await backtest(value, open, lang, write.out);
    } catch (e) {
      if (e instanceof InputError) e.runLang ??= lang;
      throw e;
    }
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // An error before the input was read: the input's language unless --lang says otherwise.
    const said =
      e.runLang || (langGiven(argv) ? null : await inputLanguage(["backtest", ...argv])) || lang;
    write.err(say(said, "cli", "error", { message: e.in(said) }) + "\n");
    return 2;
  }
}

async function backtest(
  value: (name: string) => string | undefined,
  open: () => Promise<GridSource> | GridSource,
  lang: Lang,
  write: (s: string) => void,
): Promise<void> {
  const rules = await loadRules(value("rules"), lang);
  const horizon = value("horizon");
  if (horizon !== undefined) {
    const days = Number(horizon);
    if (!Number.isInteger(days) || days < 1)
      throw InputError.of(sayBoth("args", "notWholeNumber", { name: "horizon", value: horizon }));
    rules.churn.churnHorizonDays = days;
  }
  const dates = asOfDays(value("as-of") ?? isoDate(localToday()));
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
      customers: m.source === "learned" ? m.customers : "",
    };
    // Stale data first, as analyze's summary says it (stop 21 tester B3: without --as-of on old
    // data the backtest blamed "too little history" and never said the data had stopped).
    let warnings = "";
    for (const w of a.warnings)
      if (w.code === "stale_data")
        warnings += say(lang, "summary", "warning", { message: w.message[lang] }) + "\n";
    write(
      warnings +
        say(lang, "backtest", m.source === "learned" ? "header" : "headerDefault", head) +
        "\n" +
        validationText(a.churn.validation, lang) +
        "\n",
    );
  }
}

// Run only as the program (npm run backtest), not when a test imports backtestMain.
if (require.main === module && /[\\/]backtest\.[jt]s$/.test(require.main.filename)) {
  backtestMain(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const message = (e as Error)?.message ?? String(e);
      process.stderr.write(
        `${say(languageOf(process.argv), "cli", "internalError", { message })}\n`,
      );
      process.exitCode = 1;
    },
  );
}
