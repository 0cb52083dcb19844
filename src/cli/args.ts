import { parseArgs } from "node:util";
import { parseIsoDate } from "../engine/parse/date";
import { InputError } from "../engine/errors";
import { say } from "../engine/words/catalog";
import { languageOfTag, requestedLanguage } from "../engine/words/language";
import type { Lang, SheetKind } from "../engine/schema";

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
  const i = argv.indexOf("--lang");
  const asked = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  if (asked !== undefined) return languageOfTag(asked);
  return defaultLang();
}

function lang(value: string | undefined): Lang {
  if (value === undefined) return defaultLang();
  const asked = requestedLanguage(value);
  if (asked) return asked;
  throw new InputError(
    `--lang must be zh-CN or en-US, not “${value}”`,
    `--lang 只能是 zh-CN 或 en-US，而不是“${value}”`,
  );
}

/** Reads argv (without node and the script); throws InputError with one clear line when it is wrong. */
export function parseCli(argv: string[]): CliArgs {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help")
    return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
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
        print: { type: "boolean" },
        check: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        previous: { type: "string" },
        share: { type: "boolean" },
      },
    });
  } catch (e) {
    // Node's message runs over several lines; the first says what is wrong.
    const first = (e as Error).message.split("\n")[0].split(". To specify")[0];
    throw new InputError(`${first} (see --help)`, `${first}（见 --help）`);
  }
  const v = parsed.values;
  if (command === "rules") {
    if (!v.print && !v.check)
      throw new InputError(
        "rules: give --print or --check rules.json",
        "rules：请给出 --print 或 --check rules.json",
      );
    return { command: "rules", print: Boolean(v.print), check: v.check, lang: lang(v.lang) };
  }
  if (command !== "analyze") {
    throw new InputError(
      `unknown command “${command}” (commands: analyze, rules; see --help)`,
      `未知命令“${command}”（可用：analyze、rules；见 --help）`,
    );
  }
  const csv: Partial<Record<SheetKind, string>> = {};
  for (const kind of ["customers", "transactions", "surveys", "complaints", "contacts"] as const) {
    if (v[kind]) csv[kind] = v[kind];
  }
  const workbook = parsed.positionals[0];
  if (parsed.positionals.length > 1)
    throw new InputError(
      `analyze takes one workbook, got ${parsed.positionals.length}`,
      `analyze 只接受一个工作簿`,
    );
  if (workbook && Object.keys(csv).length > 0) {
    throw new InputError(
      "give either a workbook or --customers/--transactions CSV files, not both",
      "请给出工作簿或 CSV 文件（--customers/--transactions），不要同时给出",
    );
  }
  if (!workbook && (!csv.customers || !csv.transactions)) {
    throw new InputError(
      "analyze needs a workbook, or both --customers and --transactions CSV files (see --help)",
      "analyze 需要一个工作簿，或同时给出 --customers 和 --transactions 两个 CSV 文件（见 --help）",
    );
  }
  let asOf: number | undefined;
  if (v["as-of"] !== undefined) {
    asOf = parseIsoDate(v["as-of"]);
    if (Number.isNaN(asOf))
      throw new InputError(
        `--as-of must be a date as YYYY-MM-DD, not “${v["as-of"]}”`,
        `--as-of 须为 YYYY-MM-DD 格式的日期，而不是“${v["as-of"]}”`,
      );
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
