import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { readTypedDate, typedDateProblem } from "../engine/parse/date";
import { typedDateWords } from "../engine/typedDateWords";
import { editDistance } from "../engine/editDistance";
import { InputError } from "../engine/errors";
import { say, sayBoth, type Code } from "../engine/words/catalog";
import type { WordParams } from "../engine/words/format";
import { languageOfTag, requestedLanguage, textLanguage } from "../engine/words/language";
import { SHEETS, SHEET_KINDS, type Lang, type SheetKind } from "../engine/schema";
import { headerTexts, readTopRows, workbookLanguage } from "../engine/ingest/workbook";
import { openCsv, openXlsx } from "../workbook/file";
import { binaryKind, unopenedLanguage } from "../workbook/file/fileErrors";

/** The command line's options once checked. */
export interface AnalyzeArgs {
  command: "analyze";
  workbook?: string;
  csv: Partial<Record<SheetKind, string>>;
  out?: string;
  json?: string;
  asOf?: number;
  lang: Lang;
  /** True when --lang was given: it wins over the workbook's language. */
  langGiven?: boolean;
  rules?: string;
  quiet: boolean;
  /** An earlier output workbook or JSON result to compare with (default: the input's own last run). */
  previous?: string;
  /** --share: our tabs only, contact details masked (issue 10, 8). */
  share?: boolean;
}

export interface RulesArgs {
  command: "rules";
  print: boolean;
  check?: string;
  lang: Lang;
  langGiven?: boolean;
}

/**
 * The run's language, one rule for every command that reads input: --lang when given, else the
 * language the input speaks (`found`: a workbook's or CSV's headers, a rule file's words), else
 * the system's (`lang` is already that when --lang was not given).
 *
 * @example await runLanguage({ lang: "en-US", langGiven: false }, async () => "zh-CN") // "zh-CN"
 */
export async function runLanguage(
  args: { lang: Lang; langGiven?: boolean },
  found: () => Promise<Lang | null>,
): Promise<Lang> {
  return args.langGiven ? args.lang : ((await found()) ?? args.lang);
}

/**
 * The language of the input a command line names, for an error said before the run reads it (an
 * argument error, a missing second file): the workbook's (its last run's, else its headers'), else
 * the first CSV file's top rows', else that of the names of the files it names
 * (fileNamesLanguage: `analyze 不存在.xlsx` is told in Chinese that the file does not exist), else
 * null (the system's). One rule for every message before the run knows its language (README
 * "Language of a run and of its messages"; stop-34 tester #11). A folder given for a file is passed
 * over (its error is said in the other files' language: stop-26 tester 6). Stop-20 tester W2:
 * `analyze --customers 客户.csv` alone answered in English on an English system.
 *
 * @example await inputLanguage(["analyze", "--customers", "客户.csv"]) // "zh-CN"
 * @example await inputLanguage(["analyze", "不存在.xlsx"]) // "zh-CN": the name says it
 */
export async function inputLanguage(argv: readonly string[]): Promise<Lang | null> {
  let named: string[] = [];
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: false,
      // analyze's own string options with their short forms (one owner): `-o out.xlsx` read as a
      // flag left out.xlsx a positional taken for the workbook, and a Chinese CSV run's read-only
      // output was refused in English (tester65 U217).
      options: Object.fromEntries(
        Object.entries(ANALYZE_OPTIONS).filter(([, option]) => option.type === "string"),
      ),
    });
    named = [
      ...positionals,
      ...[...SHEET_KINDS, ...FILE_OPTIONS].map((name) => values[name]),
    ].filter((f): f is string => typeof f === "string");
    return (await contentLanguage(values, positionals)) ?? fileNamesLanguage(named);
  } catch {
    return fileNamesLanguage(named);
  }
}

/** The options that name a file, beside the CSV inputs (--customers …). */
const FILE_OPTIONS = ["out", "json", "rules", "previous", "check"] as const;

/**
 * The language of the files a command line names, by their names alone, for a message said when
 * none of their contents says one (a missing, unreadable or empty input): any Chinese in a file's
 * name is zh-CN (客户.xlsx, -o 分析.xlsx), else null (the system's language).
 *
 * @example fileNamesLanguage(["/data/不存在.xlsx"]) // "zh-CN"
 * @example fileNamesLanguage(["/数据/nothere.xlsx"]) // null: a folder's name is not the user's choice for this run
 */
export function fileNamesLanguage(files: Iterable<string | undefined>): Lang | null {
  const names: string[] = [];
  for (const f of files) if (f) names.push(basename(f));
  return textLanguage(names, null);
}

/** The language of the input's content (inputLanguage), else null. */
async function contentLanguage(
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  positionals: string[],
): Promise<Lang | null> {
  const workbook = positionals.find((p) => /\.xlsx$/i.test(p) && isFile(p));
  // A file that does not open as a workbook (a CSV saved as .xlsx, a damaged file): its first
  // line's language if it is CSV text, else its name's (stop 33 tester #7: "文件.xlsx" got English
  // under LANG=C.UTF-8), else the other files' names' (the caller), else the system's.
  if (workbook) {
    const opened = await openXlsx(workbook).catch(() => null);
    return opened ? await workbookLanguage(opened) : unopenedLanguage(workbook);
  }
  const csv: Partial<Record<SheetKind, string>> = {};
  for (const kind of SHEET_KINDS) {
    const file = values[kind];
    // A file that is no text (a PNG or a workbook renamed .csv: binaryKind) says no language: its
    // bytes read as text are mojibake whose Han characters made an English user's error Chinese
    // (tester50 M2).
    if (typeof file === "string" && isFile(file) && !binaryKind(file)) csv[kind] = file;
  }
  const source = openCsv(csv);
  // The first file with any text (an empty customers file says nothing): its headers, as a run's
  // language (workbookLanguage), not the customers' names below them.
  for (const name of await source.sheetNames()) {
    const kind = SHEET_KINDS.find((k) => SHEETS[k].label["en-US"] === name);
    const texts = headerTexts(await readTopRows(source, name), kind);
    if (texts.length > 0) return textLanguage(texts, "en-US");
  }
  return null;
}

/** A file there to read: not missing, not a folder (a folder's error is said in the others' language). */
function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/**
 * Whether the command line names one of our languages (--lang X or --lang=X). A tag that is
 * neither (`--lang fr`) names none: its error is said in the language the run would use without
 * it (the input's, else the system's), not in English (tester, stop 31).
 *
 * @example langGiven(["x.xlsx", "--lang", "zh"]) // true
 * @example langGiven(["x.xlsx", "--lang", "fr"]) // false
 */
export function langGiven(argv: readonly string[]): boolean {
  const asked = askedLang(argv);
  return asked !== undefined && requestedLanguage(asked) !== null;
}

/** The text after --lang (or --lang=), if any. */
function askedLang(argv: readonly string[]): string | undefined {
  const i = argv.indexOf("--lang");
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
}

export type CliArgs = AnalyzeArgs | RulesArgs | { command: "help" } | { command: "version" };

/** The run's language: --lang, else the system locale (zh* → zh-CN), else en-US. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale =
    env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return languageOfTag(locale);
}

/**
 * The language asked for with --lang X or --lang=X, else the system's: for messages written before
 * (or without) a full parse of the command line, e.g. an error in it.
 *
 * @example languageOf(["analyze", "--lang", "zh"]) // "zh-CN"
 */
export function languageOf(argv: string[]): Lang {
  const asked = askedLang(argv);
  return (asked !== undefined && requestedLanguage(asked)) || defaultLang();
}

/** A command-line error in both languages, from the catalog's `args` section. */
const wrong = (code: Code<"args">, params?: WordParams) =>
  InputError.of(sayBoth("args", code, params));

/**
 * Why an --as-of value is not a date, in both languages: parse/date.ts typedDateProblem, the one
 * owner of what is wrong with a typed date (the rule set's asOf says the same: rules/validate.ts).
 * No date form, a day and month that could be either way round, no such month, a year out of
 * range (1900–9999), day 00, a day past the month's end (stop-34 tester10 #13, reviewer10 D11), or
 * a weekday that is not the date's (tester12 #9: "2025年12月31日 星期五" got the generic words).
 *
 * @example asOfError("2025-02-30").in("en-US")
 * // "--as-of: “2025-02-30” is not a real date (month 2 of 2025 has 28 days)"
 * @example asOfError("1899-12-31").in("en-US")
 * // "--as-of: “1899-12-31” is out of range (the year must be 1900 to 9999)"
 */
export function asOfError(value: string): InputError {
  const problem = typedDateProblem(value) ?? { code: "notADate" as const };
  const problemIn = (lang: Lang) => typedDateWords(lang, value, problem);
  return new InputError(
    say("en-US", "args", "asOfProblem", { problem: problemIn("en-US") }),
    say("zh-CN", "args", "asOfProblem", { problem: problemIn("zh-CN") }),
  );
}

/**
 * The day an --as-of value names, a whole day (any date form the data's dates take, a time of day
 * dropped: readTypedDate), or the InputError that says why it is none.
 *
 * @example asOfDay("20251231") === epochDay(2025, 12, 31) // true
 */
export function asOfDay(value: string): number {
  const day = readTypedDate(value).day;
  if (Number.isNaN(day)) throw asOfError(value);
  return Math.floor(day);
}

/**
 * The days of a comma-separated list of dates (the backtest's --as-of), each in any form asOfDay
 * takes, "Dec 31, 2025" included: a piece that is no date is read with the pieces after it, up to
 * the first that make one (reviewer12 D8: the list was split on every comma, so "Dec 31, 2025"
 * was read as "Dec 31" and " 2025"). A piece that no join makes a date is said as asOfDay says it.
 *
 * @example asOfDays("Dec 31, 2025,2026-01-31") // [epochDay(2025, 12, 31), epochDay(2026, 1, 31)]
 */
export function asOfDays(value: string): number[] {
  const pieces = value.split(",");
  const days: number[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = i + 1;
    let day = readTypedDate(pieces[i]).day;
    for (let k = j; Number.isNaN(day) && k < pieces.length; k++) {
      const joined = readTypedDate(pieces.slice(i, k + 1).join(",")).day;
      if (!Number.isNaN(joined)) [day, j] = [joined, k + 1];
    }
    if (Number.isNaN(day)) throw asOfError(pieces[i].trim());
    days.push(Math.floor(day));
    i = j;
  }
  return days;
}

/** The commands, and spellings of analyze that mean it (British English: analyse). */
const COMMANDS = ["analyze", "rules"] as const;
const ANALYZE_ALIASES: readonly string[] = ["analyse"];

/**
 * The command a mistyped one most likely means (at most two letters added, dropped or changed;
 * three for the long "analyze": "analysis"), or null.
 *
 * @example nearestCommand("analyz") // "analyze"
 * @example nearestCommand("report") // null
 */
export function nearestCommand(typed: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of COMMANDS) {
    const d = editDistance(typed.toLowerCase(), c);
    if (d <= (c.length >= 6 ? 3 : 2) && d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function lang(value: string | undefined): Lang {
  if (value === undefined) return defaultLang();
  const asked = requestedLanguage(value);
  if (asked) return asked;
  throw wrong("badLang", { value });
}

/** The options of analyze and rules (one parse for both). */
const ANALYZE_OPTIONS = {
  out: { type: "string", short: "o" },
  json: { type: "string" },
  "as-of": { type: "string" },
  lang: { type: "string" },
  rules: { type: "string" },
  customers: { type: "string" },
  transactions: { type: "string" },
  surveys: { type: "string" },
  complaints: { type: "string" },
  contacts: { type: "string" },
  visits: { type: "string" },
  subscriptions: { type: "string" },
  print: { type: "boolean" },
  check: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  previous: { type: "string" },
  share: { type: "boolean" },
} as const satisfies ParseArgsOptionsConfig;

/**
 * parseArgs, strict, with its errors said in both languages from the catalog (Node's own are
 * English only: `错误：Unknown option '--bogus'`, stop 21 tester W1). An unknown option close to a
 * known one is named ("--as-off: did you mean --as-of?").
 *
 * @example strictParse(["--bogus"], ANALYZE_OPTIONS) // throws "unknown option --bogus (see --help)"
 */
export function strictParse<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw optionError(e as Error & { code?: string }, Object.keys(options));
  }
  // An option of one value given twice with different values: parseArgs keeps the last, and the
  // first was never checked (tester49 L2: `--as-of 03/04/2025 --as-of 2025-12-31` ran silently).
  // The same value in two spellings is one value, taken once (reviewer49 L4a: `--as-of 2025-12-28
  // --as-of 20251228` was refused as two values): nothing is in doubt, so nothing is asked.
  const seen = new Map<string, string>();
  for (const t of parsed.tokens) {
    if (t.kind !== "option" || t.value === undefined) continue;
    const first = seen.get(t.name);
    if (first !== undefined && !sameValue(t.name, first, t.value))
      throw wrong("optionTwice", { option: t.rawName, first, second: t.value });
    seen.set(t.name, t.value);
  }
  return parsed;
}

/**
 * Whether two values of option `name` say the same thing as the run reads them: the same dates
 * (--as-of: `2025-12-28` and `20251228`; the backtest's lists date by date), the same language
 * (--lang: `zh-CN` and `zh`), the same number of days (--horizon), the same file (`a.xlsx` and
 * `./a.xlsx`). A value that does not read (no date, no language) is the same only as itself.
 *
 * @example sameValue("as-of", "2025-12-28", "20251228") // true
 * @example sameValue("as-of", "03/04/2025", "2025-12-31") // false
 */
export function sameValue(name: string, a: string, b: string): boolean {
  if (a === b) return true;
  if (name === "as-of") {
    const days = (v: string) => {
      try {
        return asOfDays(v).join(",");
      } catch {
        return null;
      }
    };
    const da = days(a);
    return da !== null && da === days(b);
  }
  if (name === "lang") {
    const la = requestedLanguage(a);
    return la !== null && la === requestedLanguage(b);
  }
  // The backtest's --horizon, a whole number of days: `90` and `090`.
  if (name === "horizon") return a.trim() !== "" && Number(a) === Number(b);
  const file = [...FILE_OPTIONS, ...SHEET_KINDS] as readonly string[];
  return file.includes(name) && resolve(a) === resolve(b);
}

/**
 * One of Node's parseArgs errors as an InputError in our words (`known`: the option names).
 *
 * @example optionError(e, ["as-of"]).in("zh-CN") // "--as-of 后面缺少值（见 --help）"
 */
export function optionError(e: Error & { code?: string }, known: readonly string[]): InputError {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  // "-o, --out <value>": the long name; "--bogus" or "-x" as typed.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const suggestion = nearestOption(option, known);
    return suggestion
      ? wrong("unknownOptionNear", { option, suggestion })
      : wrong("unknownOption", { option });
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /does not take an argument/.test(e.message)
      ? wrong("optionTakesNoValue", { option })
      : wrong("optionNeedsValue", { option });
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return wrong("unexpectedArgument", { value: quoted });
  // Node's message runs over several lines; the first says what is wrong.
  const first = e.message.split("\n")[0].split(". To specify")[0];
  return wrong("badOption", { problem: first });
}

/**
 * The known option a mistyped one most likely means (at most two letters off, and less than
 * half the name), or null.
 *
 * @example nearestOption("--as-off", ["as-of", "out"]) // "--as-of"
 */
export function nearestOption(typed: string, known: readonly string[]): string | null {
  const name = typed.replace(/^-+/, "").split("=")[0].toLowerCase();
  if (name.length < 2) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d <= Math.min(2, Math.floor(k.length / 2)) && d < bestDistance)
      [best, bestDistance] = [k, d];
  }
  return best === null ? null : `--${best}`;
}

/** Reads argv (without node and the script); throws InputError with one clear line when it is wrong. */
export function parseCli(argv: string[]): CliArgs {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help")
    return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  const [command, ...rest] = argv;
  const parsed = strictParse(rest, ANALYZE_OPTIONS);
  const v = parsed.values;
  if (command === "rules") {
    if (!v.print && !v.check) throw wrong("rulesNeedsMode");
    return {
      command: "rules",
      print: Boolean(v.print),
      check: v.check,
      lang: lang(v.lang),
      langGiven: v.lang !== undefined,
    };
  }
  if (command !== "analyze" && !ANALYZE_ALIASES.includes(command)) {
    const suggestion = nearestCommand(command);
    throw suggestion
      ? wrong("didYouMean", { command, suggestion })
      : wrong("unknownCommand", { command });
  }
  const csv: Partial<Record<SheetKind, string>> = {};
  for (const kind of SHEET_KINDS) {
    const file = v[kind];
    if (file) csv[kind] = file;
  }
  const workbook = parsed.positionals[0];
  if (parsed.positionals.length > 1)
    throw wrong("oneWorkbook", { count: parsed.positionals.length });
  if (workbook && Object.keys(csv).length > 0) {
    throw wrong("workbookOrCsv");
  }
  if (!workbook && !csv.customers && csv.transactions)
    throw wrong("needsCustomers", { file: csv.transactions });
  if (!workbook && (!csv.customers || !csv.transactions)) {
    throw wrong("needsInput");
  }
  let asOf: number | undefined;
  if (v["as-of"] !== undefined) {
    asOf = asOfDay(v["as-of"]);
  }
  return {
    command: "analyze",
    workbook,
    csv,
    out: v.out,
    json: v.json,
    asOf,
    lang: lang(v.lang),
    langGiven: v.lang !== undefined,
    rules: v.rules,
    quiet: Boolean(v.quiet),
    share: Boolean(v.share),
    previous: v.previous,
  };
}

/**
 * The --help text in a language (the catalog's "help" section).
 *
 * @example helpText("zh-CN").startsWith("客户分析") // true
 */
export function helpText(lang: Lang): string {
  return say(lang, "help", "text");
}
