import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { languageOf, optionError } from "./args";
import { InputError } from "../engine/errors";
import { say, sayBoth } from "../engine/words/catalog";
import { readTypedDate } from "../engine/parse/date";
import type { Lang } from "../engine/schema";
import { requestedLanguage } from "../engine/words/language";
import type { SampleOptions } from "../sample/source";
import { writeSample } from "../sample/write";

/**
 * `npm run sample -- [options]`: writes seeded sample data (the five input sheets, with deliberate
 * data problems unless --no-problems) as an .xlsx workbook or a folder of CSV files. `--bundle`
 * regenerates the two workbooks shipped in assets/.
 */

export const SAMPLE_HELP = `Sample data for Customer Analytics for Excel (客户分析)

Usage:
  npm run sample -- [--customers N] [--transactions N] [--seed S] [--lang zh-CN|en-US]
                    [--format xlsx|csv] [--out PATH] [--as-of YYYY-MM-DD] [--years N] [--no-problems]
  npm run sample -- --bundle      regenerate assets/sample-zh.xlsx and assets/sample-en.xlsx

Options:
  --customers N        customers (default 3000)
  --transactions N     transaction rows in total (default 10 per customer)
  --seed S             random seed (default 1): the same options always give the same data
  --lang zh-CN|en-US   sheet names, headers and words (default zh-CN)
  --format xlsx|csv    one workbook, or a folder of CSV files (default xlsx)
  --out PATH           the workbook, or the CSV folder (default sample-<lang>.xlsx / sample-<lang>-csv)
  --as-of YYYY-MM-DD   the data's "today" (default 2025-12-31)
  --years N            years of transaction history (default 3)
  --no-problems        no deliberate data problems (by default a few are injected)
  -q, --quiet          no progress
`;

/** The bundled samples: the lead commits them; the add-in and README point to them. */
export const BUNDLES: { file: string; options: SampleOptions }[] = [
  {
    file: "sample-zh.xlsx",
    options: { lang: "zh-CN", seed: 1, customers: 3000, transactions: 30000, problems: true },
  },
  {
    file: "sample-en.xlsx",
    options: { lang: "en-US", seed: 2, customers: 2000, transactions: 20000, problems: true },
  },
];

interface SampleArgs {
  runs: { out: string; format: "xlsx" | "csv"; options: SampleOptions }[];
  quiet: boolean;
  help: boolean;
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 0)
    throw InputError.of(sayBoth("args", "notWholeNumber", { name, value }));
  return n;
}

/**
 * Reads the sample command's argv (after the script). Throws InputError for a wrong option.
 *
 * @example parseSampleArgs(["--customers", "100", "--format", "csv"]).runs[0].format // "csv"
 */
export function parseSampleArgs(
  argv: string[],
  assets = resolve(__dirname, "../../assets"),
): SampleArgs {
  const optionSpec = {
    customers: { type: "string" },
    transactions: { type: "string" },
    seed: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
    out: { type: "string", short: "o" },
    "as-of": { type: "string" },
    years: { type: "string" },
    "no-problems": { type: "boolean" },
    bundle: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    help: { type: "boolean", short: "h" },
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, options: optionSpec });
  } catch (e) {
    // In the run's language, not Node's English (stop 21 tester W1).
    throw optionError(e as Error & { code?: string }, Object.keys(optionSpec));
  }
  const v = parsed.values;
  const quiet = Boolean(v.quiet);
  if (v.help) return { runs: [], quiet, help: true };
  if (v.bundle) {
    return {
      runs: BUNDLES.map((b) => ({
        out: resolve(assets, b.file),
        format: "xlsx",
        options: b.options,
      })),
      quiet,
      help: false,
    };
  }
  const lang: Lang =
    v.lang === undefined ? "zh-CN" : (requestedLanguage(v.lang) ?? invalid("lang", v.lang));
  const format =
    v.format === undefined || v.format === "xlsx"
      ? "xlsx"
      : v.format === "csv"
        ? "csv"
        : invalid("format", v.format);
  let asOf: number | undefined;
  if (v["as-of"] !== undefined) {
    asOf = Math.floor(readTypedDate(v["as-of"]).day);
    if (Number.isNaN(asOf)) invalid("as-of", v["as-of"]);
  }
  const customers = count(v.customers, "customers", 3000);
  if (customers < 1) invalid("customers", String(customers));
  const options: SampleOptions = {
    customers,
    transactions: count(v.transactions, "transactions", customers * 10),
    seed: count(v.seed, "seed", 1),
    lang,
    asOf,
    years: v.years === undefined ? 3 : Math.max(1, count(v.years, "years", 3)),
    problems: !v["no-problems"],
  };
  const short = lang === "zh-CN" ? "zh" : "en";
  const out = resolve(
    v.out ?? (format === "xlsx" ? `sample-${short}.xlsx` : `sample-${short}-csv`),
  );
  return { runs: [{ out, format, options }], quiet, help: false };
}

/**
 * What a sample run wrote, in the data's language (tester49 L5: "客户: 506 rows … 20 problems
 * injected" mixed two): its sheets' rows, the problems injected, the seconds and peak memory, and
 * a workbook's size in MB.
 *
 * @example writtenLine("zh-CN", "s.xlsx", { 客户: 507 }, 20, "0.6", 145, 0.16)
 * // "s.xlsx：客户 507 行；注入 20 处数据问题；用时 0.6 秒，峰值内存 145 MB，工作簿 0.16 MB"
 */
export function writtenLine(
  lang: Lang,
  file: string,
  sheets: Record<string, number>,
  problems: number,
  seconds: string,
  mb: number,
  sizeMb?: number,
): string {
  const rows = Object.entries(sheets)
    .map(([sheet, n]) => say(lang, "cli", "sampleSheet", { sheet, rows: n }))
    .join(say(lang, "cli", "sampleSeparator"));
  const size =
    sizeMb === undefined ? "" : say(lang, "cli", "sampleSize", { mb: sizeMb.toFixed(2) });
  return say(lang, "cli", "sampleWritten", { file, rows, problems, seconds, mb, size });
}

function invalid(name: string, value: string): never {
  throw InputError.of(sayBoth("args", "badValue", { name, value }));
}

async function main(argv: string[]): Promise<number> {
  let args: SampleArgs;
  try {
    args = parseSampleArgs(argv);
  } catch (e) {
    if (e instanceof InputError) {
      const lang = languageOf(argv);
      process.stderr.write(`${say(lang, "cli", "error", { message: e.in(lang) })}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    process.stdout.write(SAMPLE_HELP);
    return 0;
  }
  for (const run of args.runs) {
    // The data's language (--lang), which names its sheets: every line in it.
    const lang: Lang = run.options.lang ?? "zh-CN";
    const started = Date.now();
    let last = 0;
    const progress = (sheet: string, rows: number) => {
      if (args.quiet || Date.now() - last < 2000) return;
      last = Date.now();
      // In the data's language, as the summary below (tester49 L5: "客户: 506 rows").
      process.stderr.write(`  ${sheet}${say(lang, "progress", "rows", { rows })}\n`);
    };
    const result = await writeSample(run.options, run.format, run.out, progress);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    if (!args.quiet) {
      const size = run.format === "xlsx" ? statSync(run.out).size / 1024 / 1024 : undefined;
      process.stdout.write(
        `${writtenLine(lang, run.out, result.rows, result.sample.injected.length, seconds, peakMb, size)}\n`,
      );
    }
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      if (error instanceof InputError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
