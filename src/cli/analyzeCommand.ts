import { existsSync, statSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import path from "node:path";
import { analyzeWorkbook, type Analysis, type Progress } from "../engine/analyze";
import type { Lang } from "../engine/schema";
import { isoDate } from "../engine/parse/date";
import { localNow, localToday, resolveAnalysisDate } from "../engine/analysisDate";
import { InputError } from "../engine/errors";
import {
  readPreviousSnapshot,
  snapshotFromResultJson,
  type RunChanges,
  type Snapshot,
} from "../engine/changes";
import {
  readRunLogRows,
  runLogRowsFromHistoryJson,
  type RunLogRow,
} from "../engine/changes/history";
import { runLogReadColumns } from "../engine/report/runLogTab";
import { addedColumnsInTabs, addedColumnWords } from "../engine/report/addedColumns";
import {
  idOverlap,
  isOtherDataSet,
  isOtherIdSet,
  nameAgreement,
} from "../engine/changes/previousRun";
import {
  readEarlierSchedule,
  stateWroteTab,
  type EarlierSchedule,
} from "../engine/followUp/typedNotes";
import { say, sayBoth, type Code, type Section } from "../engine/words/catalog";
import { SHEET_KINDS, SHEETS, type SheetKind } from "../engine/schema";
import { resultJsonChunks } from "../engine/report/resultJson";
import { withoutRowColumns } from "./releaseRows";
import { limitedAnalysisTables, tabsWritten } from "../engine/report/tabs";
import { defaultRules, parseRuleSetText, type RuleSet } from "../engine/rules";
import { MAX_RULES_DEPTH } from "../engine/rules/validate";
import { checkOutputs, openCsv, openXlsx, sameFile, XlsxReportWriter } from "../workbook/file";
import { openPackage } from "../workbook/file/xlsxSource";
import { CsvTableWriter } from "../workbook/file/csvWriter";
import {
  inputSheets,
  previousRunLanguage,
  workbookLanguage,
  type GridSource,
} from "../engine/ingest/workbook";
import {
  namesKeptIn,
  tableNamesKept,
  tabNamesKept,
  tabNamesTaken,
} from "../engine/words/tabNamesKept";
import { OUTPUT_TAB_KEYS, tabName, type TabSheets } from "../engine/report/outputTabs";
import { probeOutput, writeViaTemp } from "../workbook/file/tempFiles";
import {
  binaryAsCsv,
  binaryKind,
  legacyCjkEncoding,
  looksLikeCsv,
} from "../workbook/file/fileErrors";
import { salvagedLanguage } from "../workbook/file/salvagedLanguage";
import { unopenedLanguage } from "../workbook/file/fileErrors";
import { writeTextPieces } from "../workbook/file/byteFile";
import type { WrittenTab } from "../workbook/port";
import { fileNamesLanguage, runLanguage, type AnalyzeArgs } from "./args";
import { textLanguage } from "../engine/words/language";
import { systemClock, type Clock } from "./clock";
import { phaseMark, stderrProgress } from "./progress";
import { fitAsideFor, JSON_WRITER_STOPPED, jsonInWorker } from "./jsonWorker";
import { backtestWorker } from "./backtestWorker";
import { shellWord } from "./shellWord";
import { pathFromHere, readRunInput, recordedPath } from "../workbook/file/runInput";
import { writtenPath } from "../workbook/file/tempFiles";
import { XlsxPackage } from "../workbook/file/xlsxPackage";
import { endIdleThread } from "../workbook/file/asideThread";
import { longerCopyInReport } from "./rowsTypedIntoReport";
import { ownedSheets } from "../workbook/file/ownedSheets";
import { inputsOpenElsewhere } from "./inputNotes";
import { hiddenInputSheets } from "../engine/ingest/hiddenInputSheets";

export interface AnalyzeOutcome {
  analysis: Analysis;
  /** The language the run wrote in (--lang, else the workbook's, else the system's). */
  lang: Lang;
  /** Seconds up to the report tables (what the run log records); `seconds` includes writing. */
  analysisSeconds: number;
  outPath: string;
  /** The output is the input report, refreshed in place (refreshesInPlace): the file was replaced. */
  refreshedInPlace?: boolean;
  jsonPath?: string;
  written: WrittenTab[];
  /** Worklists capped on their tab, written in full beside the workbook. */
  csvFiles: string[];
  seconds: number;
  /** The input workbook's visible sheets of the user's that no input was read from. */
  unreadSheets?: string[];
}

/** Reads --rules, exiting 2 (InputError) with every field-named problem when invalid. */
/**
 * The language a rule file speaks: that of its explanations ($comment, _doc: the words a person
 * wrote or `rules --print` printed), else null (the system's). Not its values: the English file
 * holds 春节 as a holiday's name, and its keys are English whoever wrote it. An unreadable file is
 * loadRules' to report; a broken one is read for its $comment.
 *
 * @example await ruleFileLanguage("rules.zh.json") // "zh-CN" for the file `rules --print --lang zh-CN` wrote
 */
export async function ruleFileLanguage(file: string): Promise<Lang | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  const docs: string[] = [];
  const collect = (v: unknown, isDoc: boolean, depth: number): void => {
    if (depth > MAX_RULES_DEPTH) return;
    if (typeof v === "string") {
      if (isDoc) docs.push(v);
    } else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v))
        collect(child, isDoc || k === "$comment" || k === "_doc", depth + 1);
    }
  };
  try {
    collect(JSON.parse(text.replace(/^\uFEFF/, "")), false, 0);
  } catch {
    for (const m of text.matchAll(/"\$comment"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) docs.push(m[1]);
  }
  return docs.length > 0 ? textLanguage(docs, "en-US") : null;
}

export async function loadRules(
  file: string | undefined,
  lang: AnalyzeArgs["lang"],
): Promise<RuleSet> {
  if (!file) return defaultRules();
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new InputError(...bothWays("input", "cannotReadRules", { file }));
  }
  const parsed = parseRuleSetText(text, lang);
  if (!parsed.ok) {
    const en = parseRuleSetText(text, "en-US");
    const zh = parseRuleSetText(text, "zh-CN");
    const list = (r: ReturnType<typeof parseRuleSetText>, lang: AnalyzeArgs["lang"]) =>
      r.ok ? "" : r.errors.join(say(lang, "input", "list"));
    throw new InputError(
      say("en-US", "input", "invalidRules", { file, problems: list(en, "en-US") }),
      say("zh-CN", "input", "invalidRules", { file, problems: list(zh, "zh-CN") }),
    );
  }
  return parsed.rules;
}

/**
 * The output with no -o: `<input>.analysis.xlsx` beside the input workbook (`analysis.xlsx` beside
 * the customers CSV); with --share always `<name>.share.xlsx` (`share.xlsx` for CSV input), of the
 * workbook and of our report `<name>.analysis.xlsx` alike (reviewer42 D6(2): not
 * 资料.analysis.analysis.xlsx). A share copy is never written under the report's name: it holds our
 * tabs only, so `analyze 台账.xlsx --share` replaced 台账.analysis.xlsx, with the sheets, typed
 * statuses and run history in it, by the copy (tester53 N14).
 *
 * @example defaultOut({ workbook: "r/资料.analysis.xlsx", share: true, … }) // "r/资料.share.xlsx"
 * @example defaultOut({ workbook: "r/资料.xlsx", share: true, … }) // "r/资料.share.xlsx"
 */
function defaultOut(args: AnalyzeArgs, macros = false): string {
  if (args.workbook) {
    const p = path.parse(args.workbook);
    const report = /\.analysis$/i.exec(p.name);
    if (args.share)
      return path.join(
        p.dir,
        `${report && report.index > 0 ? p.name.slice(0, report.index) : p.name}.share.xlsx`,
      );
    // A workbook with macros keeps them in an .xlsm (the writer copies its VBA part as it is).
    return path.join(p.dir, `${p.name}.analysis.${macros ? "xlsm" : "xlsx"}`);
  }
  return path.join(path.dirname(args.csv.customers!), args.share ? "share.xlsx" : "analysis.xlsx");
}

/**
 * Whether this run refreshes its input workbook in place: a report of ours (a workbook with tabs
 * an earlier run wrote, `台账.analysis.xlsx` given back after editing its sheets) and no -o, or an
 * -o naming it. Tester #14 (stop 42): its default output was `台账.analysis.analysis.xlsx`, one
 * more `.analysis` each month; now the report is refreshed where it is, as the add-in refreshes
 * it: written beside it and renamed over it once whole, its other sheets copied byte for byte, our
 * tabs replaced in place. Never a workbook of the user's (no tab of ours: writing over it is
 * refused), never with --share (its output holds our tabs only, so the user's sheets would go),
 * an .xlsm only as an .xlsm (its macros kept: tester52). `input`: the workbook opened, null when it
 * could not be (the read names the problem).
 */
function refreshesInPlace(args: AnalyzeArgs, input: XlsxPackage | null): boolean {
  if (!args.workbook || !input || args.share || !/\.xls[xm]$/i.test(args.workbook)) return false;
  if (args.out !== undefined && !sameFile(args.out, args.workbook)) return false;
  // With no -o, only a file named as our report (台账.analysis.xlsx): a workbook of the user's that
  // the add-in has written its tabs into (their master 台账.xlsx) is not rewritten unasked by the
  // command line, which has no undo; its report goes beside it as before (reviewer42 D5, stop 42).
  if (args.out === undefined && !/\.analysis\.xls[xm]$/i.test(args.workbook)) return false;
  return ownedSheets(input).size > 0;
}

/** The file an input problem is about: the workbook, or the CSV file of the sheet it names. */
function fileOf(args: AnalyzeArgs, message: string): string {
  if (args.workbook) return args.workbook;
  for (const [kind, file] of Object.entries(args.csv)) {
    if (message.includes(file) || message.includes(`“${SHEETS[kind as SheetKind].label["en-US"]}”`))
      return file;
  }
  return args.csv.customers!;
}

/** Prefixes an input problem with the file it is in, unless the message names it already. */
function namingFile(e: unknown, args: AnalyzeArgs): unknown {
  if (!(e instanceof InputError)) return e;
  // A problem with the --previous file names that file alone (stop-20 tester 11b: the customers
  // file was named first in "…/customers.csv：/tmp/t2/c2.json：--previous 指向…").
  if (args.previous && e.message.includes(args.previous)) return e;
  const file = fileOf(args, e.message);
  if (e.message.includes(file) || e.message.includes(path.basename(file))) return e;
  return new InputError(
    say("en-US", "input", "inFile", { file, message: e.message }),
    say("zh-CN", "input", "inFile", { file, message: e.messageZh }),
  );
}

/**
 * The options of the user's command that an advised command keeps, as a shell takes them: the
 * analysis date (as yyyy-mm-dd), --lang when given, the rule set, --share and the outputs.
 *
 * @example optionsEchoed({ asOf: 20453, out: "m2.xlsx", … }) // " --as-of 2025-12-31 -o m2.xlsx"
 */
export function optionsEchoed(args: AnalyzeArgs): string {
  const words: string[] = [];
  if (args.asOf !== undefined) words.push("--as-of", isoDate(args.asOf));
  if (args.langGiven) words.push("--lang", args.lang);
  if (args.rules) words.push("--rules", shellWord(args.rules));
  if (args.share) words.push("--share");
  if (args.out) words.push("-o", shellWord(args.out));
  if (args.json) words.push("--json", shellWord(args.json));
  return words.map((w) => " " + w).join("");
}

/**
 * A workbook holding only our tabs (an earlier run's output, typically from CSV files) given as
 * the input: its sheets, in the language of their names. Stop-19 tester #7: it was refused as
 * "no Customers sheet; sheets in the workbook: none" (our tabs are never read as input).
 */
async function outputOnly(source: GridSource): Promise<{ sheets: string[]; lang: Lang } | null> {
  if (!source.ownedSheet || (await source.sheetNames()).length > 0) return null;
  const sheets: string[] = [];
  let lang: Lang = "en-US";
  for (const tab of OUTPUT_TAB_KEYS) {
    const sheet = await source.ownedSheet(tab);
    if (!sheet) continue;
    if (tab !== "runState") sheets.push(sheet); // the hidden state tab is not named
    if (sheet === tabName(tab, "zh-CN") && sheet !== tabName(tab, "en-US")) lang = "zh-CN";
  }
  return sheets.length > 0 ? { sheets, lang } : null;
}

/** What each option wants (sameFileTwice). */
const FILE_WANTS: Record<SheetKind, Code<"input">> = {
  customers: "fileWantsCustomers",
  transactions: "fileWantsTransactions",
  surveys: "fileWantsSurveys",
  complaints: "fileWantsComplaints",
  contacts: "fileWantsContacts",
  visits: "fileWantsVisits",
  subscriptions: "fileWantsSubscriptions",
};

/**
 * One file given for two inputs, `first` and `second` (in SHEET_KINDS order): what each option
 * wants, in both languages.
 *
 * @example sameFileTwice("t.csv", "customers", "transactions").in("en-US")
 * // "t.csv: the same file is given twice, as --customers and as --transactions. …"
 */
export function sameFileTwice(file: string, first: SheetKind, second: SheetKind): InputError {
  const words = (lang: Lang) =>
    say(lang, "input", "sameFileTwice", {
      file,
      first,
      second,
      wants: [first, second]
        .map((kind) => say(lang, "input", FILE_WANTS[kind]))
        .join(say(lang, "input", "list")),
    });
  return new InputError(words("en-US"), words("zh-CN"));
}

/**
 * A workbook given as a CSV file that lacks a required input's sheet (found by name, as
 * inputSheets finds it), so that `analyze book.xlsx`, workbookNotCsv's advice, would fail too
 * (tester47 L4): the words that say what is missing and the two ways on: the `kind` input's data
 * saved as CSV, or the missing sheets added; null when it has both, or cannot be opened
 * (workbookNotCsv is then said). A report of ours (outputOnly) is said to be one, its tabs named
 * (tester51 C3: our output renamed .csv was a workbook with "sheets in the workbook: none").
 */
async function workbookLacking(file: string, kind: SheetKind): Promise<InputError | null> {
  let names: string[];
  let output: Awaited<ReturnType<typeof outputOnly>>;
  try {
    const source = await openXlsx(file);
    names = await source.sheetNames();
    output = await outputOnly(source);
  } catch {
    return null;
  }
  if (output) {
    const tabs = output.sheets;
    const report = (lang: Lang) =>
      say(lang, "input", "outputNotCsv", {
        file,
        tabs: tabs.join(say(lang, "ingest", "nameSeparator")),
        input: `“${SHEETS[kind].label[lang]}”`,
        option: kind,
      });
    return new InputError(report("en-US"), report("zh-CN"));
  }
  const found = inputSheets(names);
  const missing = SHEET_KINDS.filter((kind) => SHEETS[kind].required && !found[kind].sheet);
  if (missing.length === 0) return null;
  const words = (lang: Lang) => {
    const quoted = missing.map((kind) => `“${SHEETS[kind].label[lang]}”`);
    return say(lang, "input", "workbookNotCsvLacks", {
      file,
      typed: shellWord(file),
      missing: quoted.join(say(lang, "input", "missingOr")),
      named: quoted.join(say(lang, "input", "sheetsAnd")),
      sheets: say(lang, "input", "sheetsInWorkbook", {
        names: names.length
          ? names.join(say(lang, "ingest", "nameSeparator"))
          : say(lang, "input", "noSheets"),
      }),
      input: `“${SHEETS[kind].label[lang]}”`,
      option: kind,
      count: missing.length,
    });
  };
  return new InputError(words("en-US"), words("zh-CN"));
}

/**
 * The analyze command: read the workbook or CSV files, run the analysis, write a new workbook (and
 * JSON when asked). The input is never written to, unless it is a report of ours refreshed in
 * place (refreshesInPlace).
 */
export async function analyzeCommand(
  args: AnalyzeArgs,
  clock: Clock = systemClock,
): Promise<AnalyzeOutcome> {
  const started = clock.ms();
  const startedAt = clock.now();
  const inputs = [args.workbook, ...Object.values(args.csv), args.rules, args.previous].filter(
    (f): f is string => Boolean(f),
  );
  // An input that does not exist is named first, before anything about the outputs; so is a
  // folder given for a file (before the run knows its language: the error's is then the other
  // inputs', inputLanguage, not the system's; stop-26 tester 6).
  for (const file of inputs) {
    // A --rules or --previous file is named by its option: "the input file" read as the data.
    const option = file === args.previous ? "--previous" : file === args.rules ? "--rules" : null;
    if (!existsSync(file))
      throw new InputError(
        ...(option === null
          ? missingInput(file)
          : bothWays("input", "optionFileMissing", { file, option })),
      );
    const stat = statSync(file);
    if (stat.isDirectory()) throw InputError.of(sayBoth("file", "folder", { file }));
    // A 0-byte workbook, --previous or --rules file is said to be empty, as a 0-byte CSV file is
    // (tester47 L5: an empty .xlsx was "not an Excel workbook", an empty .json "Unexpected end of
    // JSON input"). An empty CSV file is left to ingest: an optional input's is a warning.
    const csvRole = file !== args.workbook && option === null;
    if (!csvRole && stat.size === 0) throw InputError.of(sayBoth("file", "emptyFile", { file }));
  }
  // One file given for two inputs: said before it is read (misc47: `--customers t.csv
  // --transactions t.csv` was told to give t.csv as --transactions, as it already was).
  const given = SHEET_KINDS.flatMap((kind) =>
    args.csv[kind] ? [[kind, args.csv[kind]!] as const] : [],
  );
  for (const [i, [first, file]] of given.entries()) {
    const twice = given.slice(i + 1).find(([, other]) => sameFile(file, other));
    // Two paths to one file (a link, another spelling): both named (reviewer48 M3).
    if (twice)
      throw sameFileTwice(twice[1] === file ? file : `${file} = ${twice[1]}`, first, twice[0]);
  }
  for (const [kind, file] of given) {
    const asCsv = binaryAsCsv(file, shellWord(file));
    if (asCsv) throw (binaryKind(file) === "xlsx" && (await workbookLacking(file, kind))) || asCsv;
  }
  // The input workbook, opened once: whether it is a report of ours decides the default output,
  // and the analysis reads it (one that cannot be opened is opened again below, to say why).
  const opened = args.workbook ? await XlsxPackage.open(args.workbook).catch(() => null) : null;
  const inPlace = refreshesInPlace(args, opened);
  // Macros are kept only in a package named .xlsm (Excel refuses a macro-enabled .xlsx, and an .xlsm
  // name on a package without macros); --share writes our tabs only, so no macros (tester52). An
  // .xlsm with no VBA part keeps its macro-enabled content type (the writer copies
  // [Content_Types].xml), so it is one too (reviewer52 #8).
  const macros =
    !args.share &&
    !!opened &&
    (opened.zip.has("xl/vbaProject.bin") || /\.xlsm$/i.test(args.workbook ?? ""));
  const outPath = args.out ?? (inPlace ? args.workbook! : defaultOut(args, macros));
  checkOutputs(
    [outPath, ...(args.json ? [args.json] : [])],
    inPlace ? inputs.filter((f) => f !== args.workbook) : inputs,
    ["-o", "--json"],
  );
  // The writer makes an .xlsx package whatever the name: `-o a.csv` gave Excel a file it refuses
  // as "format and extension don't match" (a new-user trial).
  const extension = macros ? "xlsm" : "xlsx";
  if (path.extname(outPath).toLowerCase() !== `.${extension}`) {
    const p = path.parse(outPath);
    const suggestion = path.join(p.dir, `${p.name}.${extension}`);
    const word = macros ? "outNotXlsm" : "outNotXlsx";
    throw InputError.of(sayBoth("analyze", word, { file: outPath, suggestion }));
  }
  // The JSON named like a spreadsheet would replace one with JSON (tester14 #2: `-o` and `--json`
  // swapped destroyed last month's report, exit 0). Refused before anything is read or written.
  const jsonKind = args.json ? /\.(xlsx|xlsm|xls|xlsb|csv)$/i.exec(args.json) : null;
  if (args.json && jsonKind) {
    const p = path.parse(args.json);
    const suggestion = path.join(p.dir, `${p.name}.json`);
    const kind = jsonKind[1].toLowerCase();
    throw InputError.of(
      sayBoth("analyze", "jsonNotJson", { file: args.json, kind: `.${kind}`, suggestion }),
    );
  }
  // Each output can be written (its folder takes a new file; an existing one is not open in Excel,
  // read-only or immutable), found before the inputs are read, not after the whole analysis
  // (tester11 #8a: 13.6 s on the sample). The user's file is opened and closed, never changed.
  probeOutput(outPath, "-o");
  // Refreshed in place, the input's own run is the previous one (the analysis reads it).
  const existing = await existingOutput(outPath, !args.previous && !inPlace, {
    typed: args.out !== undefined,
    inPlace,
    carried: opened ? opened.sheets.map((s) => s.name) : [],
    fromWorkbook: args.workbook !== undefined,
    input: args.workbook ?? "",
    opened,
  });
  if (args.json) probeOutput(args.json, "--json");
  const loaded = await loadRules(args.rules, args.lang);
  // --share masks contact details (the rule set's switch) and writes our tabs only, below.
  const rules = args.share
    ? { ...loaded, followUp: { ...loaded.followUp, maskContactDetails: true } }
    : loaded;
  const asOf = resolveAnalysisDate({
    explicit: args.asOf,
    rules,
    today: () => localToday(startedAt),
  });
  let tabNames: Record<string, string> = {};
  let progressOf: (p: Progress) => void = () => undefined;
  let analysis: Analysis;
  // The names our tabs are written under (a sheet of the user's holds one: "概览 (2)").
  let sheets: TabSheets | undefined;
  let replaced: PreviousRun | undefined;
  let comparedWithReplaced = false;
  let lang = args.lang;
  let langFound = false;
  // The backtest's last step runs on the second core (backtestWorker.ts).
  const backtest = backtestWorker();
  try {
    const source = args.workbook
      ? opened
        ? openPackage(opened)
        : await openXlsx(args.workbook)
      : openCsv(args.csv);
    // A refresh keeps the workbook's language (its last run's, else its headers') unless --lang
    // says otherwise; when the two differ, our tabs keep their names and the run says so.
    const previousLang = await previousRunLanguage(source);
    // workbookLanguage starts with the last run's language too: not read twice when there is one.
    // A workbook or CSV files with no text to tell (no customers sheet, empty files): the files'
    // names, as for an error before the input is read (args.ts inputLanguage; README "Language of
    // a run and of its messages").
    lang = await runLanguage(
      args,
      async () =>
        previousLang ??
        (await workbookLanguage(source)) ??
        fileNamesLanguage([...inputs, outPath, args.json]),
    );
    langFound = true;
    if (args.workbook) {
      const output = await outputOnly(source);
      if (output) {
        if (!args.langGiven) lang = output.lang;
        const file = args.workbook;
        // The run that made it, as recorded on it (runInput.ts): that form first, with its files.
        const made = opened ? readRunInput(opened) : null;
        const here = (recorded: string) => pathFromHere(file, recorded, process.cwd());
        const csvFiles = made?.csv ?? {};
        const csvWords = (l: Lang) =>
          SHEET_KINDS.flatMap((kind) => {
            const given = csvFiles[kind];
            if (given) return [`--${kind}`, shellWord(here(given))];
            if (kind === "customers") return ["--customers", say(l, "file", "originalCustomers")];
            if (kind === "transactions")
              return ["--transactions", say(l, "file", "originalTransactions")];
            return [];
          }).join(" ");
        // The CSV form first only with the files recorded: none (--share, or past 255 characters)
        // and the placeholders are not presented as the files it was made from (tester15 #2).
        const csvFirst = made?.from === "csv" && Object.keys(csvFiles).length > 0;
        // Without -o the advised run would write beside the CSV files, not beside the report
        // (tester15 #3): it refreshes the report given, which it compares with as the output it
        // replaces (no --previous: that would name the output as an input). It advised
        // `-o r1.analysis.xlsx --previous r1.xlsx`, one more `.analysis` each month (tester #14).
        // With an -o of the user's, that output is new: the report given is the --previous run.
        const into = args.out === undefined;
        const options = optionsEchoed(args);
        const command = (l: Lang, input: string) =>
          into
            ? say(l, "file", "refreshIntoCommand", { input, options, out: shellWord(file) })
            : say(l, "file", "refreshCommand", { input, options, previous: shellWord(file) });
        const advice = (l: Lang, separator: string) =>
          say(l, "file", "outputAsInput", {
            file,
            tabs: output.sheets.join(separator),
            ask: say(l, "file", into ? "outputAsInputAskInto" : "outputAsInputAskPrevious"),
            forms: say(
              l,
              "file",
              csvFirst ? "outputAsInputCsvFirst" : "outputAsInputWorkbookFirst",
              {
                fromWorkbook: command(
                  l,
                  made?.workbook
                    ? shellWord(here(made.workbook))
                    : say(l, "file", "originalWorkbook"),
                ),
                fromCsv: command(l, csvWords(l)),
              },
            ),
          });
        throw new InputError(advice("en-US", ", "), advice("zh-CN", "、"));
      }
    }
    const progress = stderrProgress(
      !args.quiet,
      lang,
      () => tabNames,
      () => clock.ms(),
    );
    progressOf = progress;
    const earlier = args.previous ? await loadPrevious(args.previous) : undefined;
    replaced = await existing.replaced;
    // Our tabs keep their names (replaced in place), a new one named in their language; a name a
    // sheet of the user's holds is numbered, and said. Decided in the analysis, before the
    // warnings and the tables that name a tab are worded. --share writes a workbook of our tabs
    // only (no sheet of the user's, so no formula or link to keep working): every tab is named
    // in this run's language (stop-34 tester #7).
    const naming = args.share
      ? undefined
      : { lang, keepOwned: true, namesIn: await namesKeptIn(source, lang, previousLang) };
    analysis = await analyzeWorkbook(source, {
      naming,
      rules,
      asOf,
      onProgress: progress,
      previous: earlier?.snapshot,
      // The previous run's KPI history, so the trend goes on after a refresh from CSV (issue 11 R5).
      previousRunLog: earlier?.runLog,
      // What the user typed on its schedule tab is carried (followUp/typedNotes.ts).
      previousSchedule: earlier?.schedule,
      replaced,
      runners: backtest.runnerFor,
    });
    comparedWithReplaced =
      replaced !== undefined && analysis.changes?.previous.file === replaced.snapshot.file;
    if (comparedWithReplaced && analysis.changes) analysis.changes.previous.replacedOutput = true;
    // A workbook refreshed in place was its own previous run: the Changes tab names it.
    if (analysis.changes && args.workbook && !args.previous)
      analysis.changes.previous.file ??= path.basename(args.workbook);
    // Refreshed in place, that file's run state is now this run's: named as it was, as a replaced
    // output is (the tab named the very file it is in).
    if (inPlace && analysis.changes && !args.previous)
      analysis.changes.previous.replacedOutput = true;
    const writes = tabsWritten(analysis);
    const kept = args.share ? null : await tabNamesKept(source, lang, previousLang, writes);
    if (kept) analysis.warnings.push(kept);
    // A table of ours renamed in Excel keeps the user's name (xlsxWriter.ts): said once (the
    // workbook's run log holds what earlier runs said).
    if (!args.share)
      analysis.warnings.push(
        ...(await tableNamesKept(
          source,
          writes,
          await readRunLogRows(source, runLogReadColumns),
          analysis.asOf,
        )),
      );
    // The input as last saved, while Excel has it open; an input sheet hidden in Excel: said first.
    const hidden = new Set(opened?.sheets.filter((s) => s.state !== "visible").map((s) => s.name));
    analysis.warnings.unshift(
      ...inputsOpenElsewhere([args.workbook ?? "", ...Object.values(args.csv)].filter(Boolean)),
      ...hiddenInputSheets(analysis.dataset, hidden),
    );
    if (analysis.named) {
      sheets = analysis.named.sheets;
      const taken = tabNamesTaken(analysis.named);
      if (taken) analysis.warnings.push(taken);
    }
  } catch (e) {
    await backtest.close();
    const error = encodingHint(namingFile(e, args), args);
    // A workbook that could not be opened (cut short, damaged) and no --lang: the language its
    // readable first parts speak (stop-28 tester #5), else the system's.
    if (error instanceof InputError && !langFound && !args.langGiven && args.workbook)
      error.runLang ??=
        salvagedLanguage(args.workbook) ?? unopenedLanguage(args.workbook) ?? undefined;
    // Known from the headers by now (no --lang): a Chinese file's error is said in Chinese. Not
    // known yet: left to main's reportError, which reads what it can of the input (inputLanguage:
    // its content, else the files' names), not the system's language set here.
    if (error instanceof InputError && (langFound || args.langGiven)) error.runLang ??= lang;
    throw error;
  }
  // Read in full: a report refreshed in place is closed before the file is renamed over it.
  if (inPlace) opened?.close();
  // Outside the input's try: the message names the --previous file (or the output the run would
  // replace), not the input.
  try {
    if (args.previous && analysis.changes) checkSameData(args.previous, analysis.changes);
    if (comparedWithReplaced && analysis.changes)
      checkSameData(outPath, analysis.changes, "replacedOtherData");
  } catch (e) {
    if (e instanceof InputError) e.runLang ??= lang;
    throw e;
  }
  // The run log records the analysis time (it is written before the tabs are); the console says
  // both, so the two never seem to disagree.
  const analysisSeconds = (clock.ms() - started) / 1000;
  phaseMark("report tables");
  // The tabs and full lists are made and written in a function of their own: once it returns,
  // nothing holds the tables (views of the analysis), and the JSON below runs without the row
  // columns it never reads (releaseRows.ts: ~480 MB at 1M customers, where the run peaked).
  // The JSON is written in a worker while the workbook is written here (jsonWorker.ts), from the
  // columns it reads (releaseRows.ts jsonColumns), moved to it.
  const json = args.json
    ? jsonInWorker(args.json, withoutRowColumns(analysis), lang, startedAt)
    : null;
  // No JSON: the aside thread has no role left (asideThread.ts endIdleThread).
  if (!json) endIdleThread();
  const { written, csvFiles } = await (async () => {
    // Worklists past the rule set's cap are written in full to CSV files beside the workbook, and
    // the tab's last row says so (report/limits.ts).
    const fullListPath = (sheetName: string) => {
      const p = path.parse(outPath);
      return path.join(p.dir, `${p.name}.${sheetName}.csv`);
    };
    const { tables, capped } = limitedAnalysisTables(
      analysis,
      lang,
      {
        at: localNow(startedAt),
        durationSeconds: analysisSeconds,
        source: "cli",
      },
      (table, tableLang) => {
        const csv = path.basename(fullListPath(table.sheetName));
        return say(tableLang, "analyze", args.json ? "fullListBesideAndJson" : "fullListBeside", {
          csv,
        });
      },
      sheets,
      // The state tab's cells, packed in the JSON's thread while the other tabs are written.
      json?.statePacked,
    );
    const csvFiles = capped.map((c) => fullListPath(c.sheetName));
    checkOutputs(csvFiles, inputs);
    // The full lists' names are known only now (which tabs are capped, in which language): each is
    // checked before the workbook is written, so a list open in Excel stops the run with the last
    // workbook and its lists as they were, not a new workbook pointing at last month's list
    // (reviewer12, stop 36).
    for (const f of csvFiles) probeOutput(f, "-o");
    tabNames = Object.fromEntries(tables.map((t) => [t.tab, t.sheetName]));
    const writer = new XlsxReportWriter(outPath, {
      copyFrom: args.workbook,
      replacesInput: inPlace,
      ourTabsOnly: args.share,
      lang,
      // How this run was made, for the advice should the output be given back as the input; the
      // files' names stay off a workbook made to share.
      // Relative to the folder of the file written, a link's end (runInput.ts recordedPath).
      runInput: args.workbook
        ? {
            from: "workbook",
            ...(args.share ? {} : { workbook: recordedPath(outPath, args.workbook) }),
          }
        : {
            from: "csv",
            ...(args.share
              ? {}
              : {
                  csv: Object.fromEntries(
                    Object.entries(args.csv).flatMap(([kind, file]) =>
                      file ? [[kind, recordedPath(outPath, file)]] : [],
                    ),
                  ),
                }),
          },
      // The big tabs' columns fitted where they are written (on the JSON's thread with CA_FIT_ASIDE=1).
      fitAside: fitAsideFor(json, process.env),
      // The run state's packed-only rows written and deflated there too, once the JSON is.
      rowsAside: json?.rowsAside,
      // And its rows before those with the schedule's cells, made there once the schedule is written.
      besideAside: json?.besideAside,
    });
    const rowsOf = new Map(tables.map((t) => [t.tab as string, t.rowCount]));
    // Each full list is encoded from the rows its tab's writer makes anyway, then finished with
    // the rows past the cap (CsvTableWriter: the same bytes, a third less time at 100,000).
    const csvs: CsvTableWriter[] = [];
    try {
      for (let i = 0; i < capped.length; i++)
        csvs.push(await CsvTableWriter.open(csvFiles[i], capped[i].full));
      const teed = tables.map((t) => {
        const i = capped.findIndex((c) => c.tab === t.tab && c.sheetName === t.sheetName);
        return i < 0 ? t : csvs[i].passing(t, capped[i].shown);
      });
      const written = await writer.writeTables(teed, (tab, rowsDone) => {
        progressOf({ step: "write", detail: tab, rowsDone, rowsTotal: rowsOf.get(tab) });
        // CA_TIMINGS: a tab's "write" line comes with its first block of rows (10,000), so the
        // time from one tab's line to the next was mostly the first tab's; "wrote" ends each.
        if (rowsDone === rowsOf.get(tab)) phaseMark(`wrote ${tab}`);
      });
      json?.release();
      phaseMark("write full lists");
      for (const csv of csvs) await csv.finish();
      return { written, csvFiles };
    } catch (error) {
      json?.release();
      for (const csv of csvs) await csv.abort();
      throw error;
    }
  })().catch(async (error: unknown) => {
    await json?.cancel();
    throw inRunLanguage(error, lang);
  });
  analysis = withoutRowColumns(analysis);
  phaseMark("write json");
  try {
    if (json) await jsonWritten(args.json!, json.done);
    else if (args.json) await writeJsonFile(args.json, analysis, lang, startedAt);
  } catch (error) {
    throw inRunLanguage(alsoWritten(error, [outPath, ...csvFiles]), lang);
  }
  phaseMark("done");
  return {
    analysis,
    lang,
    analysisSeconds,
    outPath,
    refreshedInPlace: inPlace,
    jsonPath: args.json,
    written,
    csvFiles,
    seconds: (clock.ms() - started) / 1000,
    unreadSheets: opened ? unreadSheets(opened, analysis) : undefined,
  };
}

/**
 * The user's visible sheets no input was read from, ours left out (tester52 H4: a 客诉 sheet was
 * not read and nothing said so). The console names them; sheets that hold no input (a summary, a
 * note) are named too, as a user may have meant one of them.
 */
function unreadSheets(pkg: XlsxPackage, analysis: Analysis): string[] {
  const ours = ownedSheets(pkg);
  // An input kept one sheet per month is read from each of its sheets (SheetSource.parts).
  const read = new Set(
    SHEET_KINDS.flatMap((kind) => {
      const s = analysis.dataset.sources[kind];
      return s?.parts ?? [s?.sheetName];
    }),
  );
  // An appointments sheet read beside the check-ins for its bookings to come (visits_read says it).
  const bookings = analysis.dataset.visits?.bookingsFrom;
  if (bookings !== undefined) read.add(bookings);
  // A sheet that looks like an optional input is named by its own warning (sheet_looks_like).
  const like = new Set(Object.values(analysis.dataset.lookalikeSheets ?? {}).map((l) => l.name));
  return pkg.sheets
    .filter(
      (s) => s.state === "visible" && !ours.has(s.name) && !read.has(s.name) && !like.has(s.name),
    )
    .map((s) => s.name);
}

/** A run of ours: its snapshot, named by the file it was read from, and its run log. */
interface PreviousRun {
  snapshot: Snapshot;
  runLog: RunLogRow[];
  /** Its schedule tab (a workbook's), whose typed values the run carries (followUp/typedNotes.ts). */
  schedule?: EarlierSchedule | null;
}

/**
 * The run --previous names: an output workbook (its run state or segments tab) or a JSON result,
 * with its run log (the workbook's run-log tab, the JSON's history).
 */
async function loadPrevious(file: string): Promise<PreviousRun> {
  const fail = (code: Code<"analyze">, detail = "") =>
    InputError.of(sayBoth("analyze", code, { file, detail }));
  let run: PreviousRun | null;
  if (/\.json$/i.test(file)) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      throw fail("previousUnreadable", (e as Error).message);
    }
    const snapshot = snapshotFromResultJson(json);
    // The Changes tab names the file compared with (stop 32 tester #5).
    if (snapshot) snapshot.file = path.basename(file);
    run = snapshot && { snapshot, runLog: runLogRowsFromHistoryJson(json) };
  } else if (/\.(csv|tsv|txt)$/i.test(file)) {
    // Advice for --previous, not the input's "give CSV files as --customers …" (tester 11c).
    throw fail("previousIsCsv");
  } else {
    // CSV text under an .xlsx name is an input file too: the --previous advice, not the inputs'
    // "use the .csv extension and give --customers …" (tester52 L9).
    const workbook = await openXlsx(file).catch((e: unknown) => {
      throw looksLikeCsv(file) ? fail("previousIsCsv") : e;
    });
    run = await runIn(workbook, file);
  }
  if (!run) throw fail("previousNoAnalysis");
  // A later run is not compared with (changes/laterRun.ts: one rule for --previous and the
  // workbook's own last run; the analysis runs and says why). The same date is a re-run.
  return run;
}

/**
 * The run a workbook of ours holds (readPreviousSnapshot: its run state, else its segments tab),
 * named by `file` (the Changes tab names the file compared with, stop 32 tester #5; the earlier
 * run its state keeps too), with its run log; null when it holds none. One reading of an earlier
 * run for --previous and for the output a run replaces.
 */
async function runIn(workbook: GridSource, file: string): Promise<PreviousRun | null> {
  const snapshot = await readPreviousSnapshot(workbook, path.basename(file));
  if (!snapshot) return null;
  const runLog = await readRunLogRows(workbook, runLogReadColumns);
  return {
    snapshot,
    runLog,
    schedule: await readEarlierSchedule(
      workbook,
      snapshot.scheduleWritten ?? null,
      stateWroteTab(snapshot.asOf, runLog),
    ),
  };
}

/**
 * The workbook -o names, opened once for the two things a run asks of it (reviewer16 D15 and
 * tester16 #1; until stop 42 each opened it, the second never closed). A workbook of the user's
 * (sheets, no tab of ours: `-o 客户资料.xlsx` on a CSV run replaced the user's five sheets with
 * our tabs, exit 0) is refused; so is a file that cannot be read as a workbook (tester42 #16: a
 * password-protected .xlsx, an .xls, a text file were replaced, exit 0) and a report of ours that
 * holds sheets of the user's, neither our tabs nor carried from this run's input workbook
 * (tester42 #18: a sheet added to last month's report was deleted by the refresh, exit 0); an
 * earlier output of ours or an empty file is replaced. `replaced`: the earlier run in it, read
 * beside the start of the run when `readRun` (no --previous), the file closed once read, or
 * undefined: no such file, no run of ours in it, or unreadable (the write names any problem with
 * the file). The run compares with it when the input holds no run of its own, so re-running one's
 * own workbook into the same report is a refresh; its runs, the one it compared with too, are
 * named by the file (runIn).
 */
async function existingOutput(
  outPath: string,
  readRun: boolean,
  run: {
    typed: boolean;
    inPlace: boolean;
    carried: string[];
    fromWorkbook: boolean;
    input: string;
    /** The input workbook, open: its sheets' rows against the report's copies of them. */
    opened?: XlsxPackage | null;
  },
): Promise<{ replaced: Promise<PreviousRun | undefined> }> {
  const none = { replaced: Promise.resolve(undefined) };
  // The output as the user knows it: "-o 月报.xlsx" when typed, else the default name, said so
  // (safe42: "-o 台账.analysis.xlsx：…" for an -o no one typed).
  const out = (l: Lang) =>
    say(l, "analyze", run.typed ? "outTyped" : "outDefault", { file: outPath });
  if (!existsSync(outPath) || statSync(outPath).size === 0) return none;
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(outPath);
  } catch {
    // Not ours whatever it is: a password-protected .xlsx and an .xls start with the signature
    // of an OLE compound file, the rest (a text file named .xlsx, a damaged file) cannot be told.
    const code = (await startsWith(outPath, CFB_SIGNATURE))
      ? "outProtectedWorkbook"
      : "outNotWorkbook";
    throw new InputError(
      say("en-US", "analyze", code, { out: out("en-US") }),
      say("zh-CN", "analyze", code, { out: out("zh-CN") }),
    );
  }
  if (ownedSheets(pkg).size === 0 && pkg.sheets.length > 0) {
    const sheets = pkg.sheets.map((s) => s.name);
    pkg.close();
    const words = (l: Lang, separator: string) =>
      say(l, "analyze", "outIsOthersWorkbook", {
        out: out(l),
        sheets: sheets.slice(0, 5).join(separator),
      });
    throw new InputError(words("en-US", ", "), words("zh-CN", "、"));
  }
  // Refreshed in place, every other sheet is copied; otherwise the input workbook's sheets are
  // (their data is in the input, even when --share writes our tabs only).
  const carried = new Set(run.carried.map((name) => name.toLowerCase()));
  const owned = ownedSheets(pkg);
  const users = run.inPlace
    ? []
    : pkg.sheets
        .map((s) => s.name)
        .filter((name) => !owned.has(name) && !carried.has(name.toLowerCase()));
  if (users.length > 0) {
    // A report made from this run's workbook (its sheets carried there), refreshed in place,
    // keeps its sheets (3206c6c). The sheets tell, the run recorded on it may be lost to an editor.
    const refresh =
      run.fromWorkbook &&
      readRunInput(pkg)?.from !== "csv" &&
      pkg.sheets.some((s) => !owned.has(s.name) && carried.has(s.name.toLowerCase()));
    pkg.close();
    const words = (l: Lang, separator: string) =>
      say(l, "analyze", refresh ? "outHoldsUserSheetsRefresh" : "outHoldsUserSheets", {
        out: out(l),
        sheets: users.join(separator),
        report: shellWord(outPath),
        input: path.basename(run.input),
      });
    throw new InputError(words("en-US", ", "), words("zh-CN", "”、“"));
  }
  // Rows typed into the report's copy of an input sheet would go with the copy (tester53 N15).
  const longer =
    !run.inPlace && run.opened && !madeFromOther(pkg, outPath, run.input)
      ? await longerCopyInReport(pkg, run.opened, new Set(owned.keys()))
      : null;
  if (longer) {
    pkg.close();
    const words = (l: Lang) =>
      say(l, "analyze", "outHoldsMoreRows", {
        out: out(l),
        sheet: longer.sheet,
        reportRows: longer.reportRows,
        inputRows: longer.inputRows,
        report: shellWord(outPath),
        input: path.basename(run.input),
      });
    throw new InputError(words("en-US"), words("zh-CN"));
  }
  // Columns typed beside our tabs would go with the tabs (tester54 T8): refused, like a sheet.
  // A tab that cannot be read is named by the run's own read of it.
  const source = openPackage(pkg);
  const added = await addedColumnsInTabs(source).catch(() => []);
  if (added.length > 0) {
    const schedule =
      added.find((a) => a.tab === "followUps")?.sheet ??
      (await source.ownedSheet?.("followUps")) ??
      null;
    pkg.close();
    const words = (l: Lang) =>
      say(l, "analyze", "outHoldsAddedColumns", {
        file: outPath,
        tabs: added
          .map((a) =>
            say(l, "analyze", "addedOnTab", {
              tab: a.sheet,
              columns: a.columns
                .map((c) => addedColumnWords(c, l))
                .join(say(l, "ingest", "nameSeparator")),
              rows: a.rows,
            }),
          )
          .join(say(l, "ingest", "nameSeparator")),
        schedule: schedule ?? tabName("followUps", l),
      });
    throw new InputError(words("en-US"), words("zh-CN"));
  }
  if (!readRun) {
    pkg.close();
    return none;
  }
  const replaced = runIn(openPackage(pkg), outPath)
    .then(
      (run) => run ?? undefined,
      () => undefined,
    )
    .finally(() => pkg.close());
  return { replaced };
}

/**
 * Whether the report `pkg` at `outPath` records another input than `input` (runInput.ts: relative
 * to the report's folder): CSV files, or a workbook that is neither `input` nor the report itself (a
 * report refreshed in place records itself, and holds the copies of `input` its first run made:
 * tester53, the README's weekly flow). A report of another month's workbook written to the same -o
 * (reviewer53 M2) records that workbook. No record (the add-in's, --share's): not told, compared.
 */
function madeFromOther(pkg: XlsxPackage, outPath: string, input: string): boolean {
  const recorded = readRunInput(pkg);
  if (!recorded) return false;
  if (recorded.from !== "workbook") return true;
  if (!recorded.workbook) return false;
  const from = path.resolve(path.dirname(writtenPath(outPath)), recorded.workbook);
  return from !== path.resolve(input) && from !== path.resolve(writtenPath(outPath));
}

/** The first bytes of an OLE compound file: a password-protected .xlsx, an .xls, a .doc. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Whether `file` starts with `bytes` (false when it cannot be read). */
async function startsWith(file: string, bytes: Buffer): Promise<boolean> {
  try {
    const handle = await open(file, "r");
    try {
      const head = Buffer.alloc(bytes.length);
      const { bytesRead } = await handle.read(head, 0, bytes.length, 0);
      return bytesRead === bytes.length && head.equals(bytes);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * Refuses a --previous run of other data (same id range, other names: a new-user trial compared
 * them silently). Thresholds: changes/previousRun.ts (≥ 20 ids matched with names, < 50% same).
 */
function checkSameData(
  file: string,
  changes: RunChanges,
  code: "previousOtherData" | "replacedOtherData" = "previousOtherData",
): void {
  // Too few ids in both first (tester52 L7: 0 of 40 in common was compared): no names to match.
  const overlap = idOverlap(changes.previous.count, changes.comparison.previousIndex);
  if (isOtherIdSet(overlap)) {
    const smaller = Math.min(overlap.previous, overlap.current);
    throw InputError.of(
      sayBoth("analyze", code === "previousOtherData" ? "previousOtherIds" : "replacedOtherIds", {
        file,
        ...overlap,
        share: `${Math.floor((100 * overlap.common) / smaller)}%`,
      }),
    );
  }
  const agreement = nameAgreement(
    changes.previous,
    changes.current,
    changes.comparison.previousIndex,
  );
  if (!isOtherDataSet(agreement)) return;
  const ex = agreement.example!;
  throw InputError.of(
    sayBoth("analyze", code, {
      file,
      matched: agreement.matched,
      same: agreement.same,
      share: `${Math.round((100 * agreement.same) / agreement.matched)}%`,
      id: ex.id,
      previousName: ex.previous,
      currentName: ex.current,
    }),
  );
}

/** Writes the JSON result to a temporary file beside the target and renames it: never half a file. */
async function writeJsonFile(
  file: string,
  a: Analysis,
  lang: AnalyzeArgs["lang"],
  at: Date,
): Promise<void> {
  try {
    await writeViaTemp(
      file,
      (temp) => writeTextPieces(temp, resultJsonChunks(a, lang, at)),
      "--json",
    );
  } catch (e) {
    throw jsonWriteError(file, e);
  }
}

/** Waits for the JSON written in a worker, its failure said as writeJsonFile says it. */
async function jsonWritten(file: string, done: Promise<void>): Promise<void> {
  try {
    await done;
  } catch (e) {
    throw jsonWriteError(file, e);
  }
}

/**
 * Why the JSON result could not be written, in both languages: a JSON worker that stopped in the
 * catalog's words (not its English), any other failure with the system's reason.
 *
 * @example jsonWriteError("r.json", new Error("ENOSPC: no space left on device")).in("zh-CN")
 * // "r.json：无法写入 JSON 结果（ENOSPC: no space left on device）"
 */
export function jsonWriteError(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e; // already the user's words (a locked target: replaceTarget)
  const stopped = e as { code?: unknown; exitCode?: unknown } | null;
  if (stopped?.code === JSON_WRITER_STOPPED)
    return new InputError(
      ...bothWays("input", "jsonWriterStopped", { file, code: String(stopped.exitCode) }),
    );
  const why = e instanceof Error ? e.message : String(e);
  return new InputError(...bothWays("input", "cannotWriteJson", { file, why }));
}

/**
 * A JSON result that could not be written after the workbook (and its full lists) was: the error
 * says what was written, so that exit 2 does not read as "nothing written" (tester11 #8b).
 *
 * @example alsoWritten(e, ["out.xlsx"]).in("en-US")
 * // "r.json: cannot write the file here: the disk is full. Everything else was written (out.xlsx); only the JSON result was not."
 */
export function alsoWritten(error: unknown, written: readonly string[]): unknown {
  if (!(error instanceof InputError) || written.length === 0) return error;
  const line = (lang: Lang) =>
    say(lang, "analyze", "jsonNotWrittenOthersWere", {
      message: error.in(lang).replace(/[.。]\s*$/, ""),
      files: written.join(say(lang, "analyze", "fileSeparator")),
    });
  const e = new InputError(line("en-US"), line("zh-CN"));
  e.runLang = error.runLang;
  return e;
}

/**
 * An error of the writing, once the run knows its language: said in it (an output that cannot be
 * written after a Chinese input is said in Chinese, whatever the system's language; README
 * "Language of a run and of its messages").
 */
function inRunLanguage(error: unknown, lang: Lang): unknown {
  if (error instanceof InputError) error.runLang ??= lang;
  return error;
}

/**
 * An input error about a CSV file that looks like a legacy CJK encoding we do not read (Big5,
 * Shift-JIS: legacyCjkEncoding, asked on this error path only) with the encodings read and how to
 * save the file as UTF-8 (tester50 M4: only "no header row", the headers found garbled); any
 * other error as it is.
 */
function encodingHint(error: unknown, args: AnalyzeArgs): unknown {
  if (!(error instanceof InputError)) return error;
  for (const file of Object.values(args.csv)) {
    if (!file || !error.message.includes(path.basename(file))) continue;
    const encoding = legacyCjkEncoding(file);
    if (!encoding) continue;
    const line = (lang: Lang) =>
      say(lang, "file", "legacyEncoding", {
        message: error.in(lang).replace(/[.。]\s*$/, ""),
        file: path.basename(file),
        encoding,
      });
    const e = new InputError(line("en-US"), line("zh-CN"));
    e.runLang = error.runLang;
    return e;
  }
  return error;
}

/** An InputError's two texts (English, Chinese) from the catalog. */
/**
 * An input file not found, in both languages: a relative path names where it was looked for, and
 * one found instead in the folder npm was run from (INIT_CWD: `npm --prefix <project> run cli --
 * analyze ledger.xlsx`, which npm runs in the project folder) says so, with its full path.
 */
function missingInput(file: string, env: NodeJS.ProcessEnv = process.env): [string, string] {
  if (path.isAbsolute(file)) return bothWays("input", "inputMissing", { file });
  const at = path.resolve(file);
  const launched = env.INIT_CWD ? path.resolve(env.INIT_CWD, file) : at;
  if (launched !== at && existsSync(launched))
    return bothWays("input", "inputInLaunchFolder", { file, path: at, full: launched });
  return bothWays("input", "inputMissingAt", { file, path: at });
}

function bothWays<S extends Section>(
  section: S,
  code: Code<S>,
  params: Record<string, string | number>,
): [string, string] {
  return [say("en-US", section, code, params), say("zh-CN", section, code, params)];
}
