import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Progress } from "../engine/analyze";
import { SHEETS, type Lang, type SheetKind } from "../engine/schema";
import { CATALOGS, say } from "../engine/words/catalog";
import { formatNumber } from "../engine/words/format";
import { OUTPUT_TABS, tabLabel, type OutputTab } from "../engine/report/outputTabs";

/**
 * Progress on stderr for long runs, in the run's language (silent for the first second): a line
 * when the step changes and at most one every two seconds within a step, so a 10-million-row read
 * shows it is alive without flooding a log. `tabNames` gives the sheet name of each output tab;
 * `ms` is the clock (injected by tests).
 */
export function stderrProgress(
  enabled: boolean,
  lang: Lang,
  tabNames: () => Record<string, string> = () => ({}),
  ms: () => number = () => performance.now(),
): (p: Progress) => void {
  let lastKey = "";
  let lastAt = 0;
  /** The latest read event of the current sheet not said as its final count. */
  let unsaid: Progress | null = null;
  /**
   * The sheets read within the quiet first second, each its last count: said before the first line
   * after it, so every sheet read has its line (tester49 L5: a workbook's 客户 and 交易, read
   * within the second, never showed, and the first line was 满意度调查's). A run over within the
   * second says nothing.
   */
  let quiet: Map<string, Progress> | null = new Map();
  const finalCount = (r: Progress) => {
    const what = SHEETS[r.detail as SheetKind]?.label[lang] ?? r.detail;
    const rows = say(lang, "progress", "rows", { rows: r.rowsDone });
    process.stderr.write(`… ${say(lang, "progress", "read")} ${what}${rows}\n`);
  };
  const started = ms();
  const timings = phaseTimings();
  return (p) => {
    timings?.(p);
    if (!enabled) return;
    // A sheet's first block may hold only its header (0 rows): wait for rows, so the line has a count
    // (stop-20 tester W1: "读取 投诉" alone while the other sheets had theirs).
    if (p.step === "read" && p.rowsDone === 0) return;
    const key = `${p.step}:${p.detail}`;
    const now = ms();
    // A sheet read whose last count was not said (its lines are two seconds apart, or said "of
    // about"): its final count, once the next step starts, so the read does not look stalled at
    // its first block (stop 33 tester #14: "读取 交易：4,999 / 约 30,644 行" was the last line).
    if (unsaid && key !== lastKey && `read:${unsaid.detail}` === lastKey) finalCount(unsaid);
    if (quiet) {
      if (now - started < 1000) {
        // Within the second: each sheet's last count is kept (in the order the sheets were first
        // read, also when two are read beside each other: reviewer50 L1), none said yet.
        if (p.step === "read") quiet.set(p.detail, p);
      } else {
        // The sheets whose reads ended within the second, said now; one still being read is said
        // by its own line below.
        for (const r of quiet.values())
          if (!(p.step === "read" && r.detail === p.detail)) finalCount(r);
        quiet = null;
      }
    }
    if (key !== lastKey) unsaid = null;
    if (p.step === "read") unsaid = p;
    if (now - started < 1000) return;
    if (key === lastKey && now - lastAt < 2000) return;
    lastKey = key;
    lastAt = now;
    // Said as final (a known total reached): nothing left to say for this read.
    if (p.step === "read" && p.rowsTotal !== undefined && p.rowsDone === p.rowsTotal) unsaid = null;
    const what =
      p.step === "read"
        ? (SHEETS[p.detail as SheetKind]?.label[lang] ?? p.detail)
        : p.step === "analyze"
          ? analysisStep(lang, p.detail)
          : writtenTab(lang, p.detail, tabNames());
    // "n of N" where the total is known (a tab being written, a sheet whose source can tell its
    // size); else it says the count is running.
    const rows =
      p.step === "analyze" || p.rowsDone === 0
        ? ""
        : p.rowsTotal !== undefined && p.rowsTotal >= p.rowsDone
          ? // A sheet's total is an estimate (a CSV file's from its size): said as one.
            say(
              lang,
              "progress",
              p.step === "read" && p.rowsDone < p.rowsTotal ? "rowsOfAbout" : "rowsOf",
              {
                rows: formatNumber(p.rowsDone, lang),
                total: p.rowsTotal,
              },
            )
          : say(lang, "progress", "rowsSoFar", { rows: p.rowsDone });
    // An analysis step's words are a whole phrase ("learning churn risk from history"); read and
    // write put their verb before a sheet's name.
    const line = p.step === "analyze" ? what : `${say(lang, "progress", p.step)} ${what}`;
    process.stderr.write(`… ${line}${rows}\n`);
  };
}

/** An analysis step's phrase (the catalog's "progress" section), or "analysing {code}" without one. */
function analysisStep(lang: Lang, step: string): string {
  return step in CATALOGS[lang].progress
    ? say(lang, "progress", step as keyof (typeof CATALOGS)[Lang]["progress"])
    : `${say(lang, "progress", "analyze")} ${step}`;
}

/**
 * How a tab being written is called: the sheet it is written to (a refresh keeps our tabs' names),
 * or the words of a tab whose sheet name is technical (the hidden state tab, not "CA_run_state").
 */
function writtenTab(lang: Lang, tab: string, sheets: Record<string, string>): string {
  if (
    tab in OUTPUT_TABS &&
    OUTPUT_TABS[tab as OutputTab].name[lang] !== tabLabel(tab as OutputTab, lang)
  )
    return tabLabel(tab as OutputTab, lang);
  return sheets[tab] ?? tab;
}

/**
 * CA_TIMINGS=1: a line on stderr at each change of step (read a sheet, an analysis step, write a
 * tab) with the wall and CPU seconds since the process started, for profiling the whole run
 * (scripts/peers/side-by-side.sh; not a user feature, so its words are not in the catalog).
 */
function phaseTimings(): ((p: Progress) => void) | null {
  if (!process.env.CA_TIMINGS) return null;
  let last = "";
  return (p) => {
    const key = `${p.step} ${p.detail}`;
    if (key === last) return;
    last = key;
    phaseMark(key);
  };
}

/**
 * With CA_TIMINGS set, one timing line for a phase of the run that has no progress step: wall and CPU
 * seconds (every thread), the main thread's CPU seconds where the system tells them (Linux), so the
 * workers' share shows per phase, and the seconds the main thread has waited (its event loop idle:
 * for a worker's result, a file read, a deflated piece), so its waits show apart from the time
 * other threads and processes took its core (wall − main CPU − waited); the system CPU seconds and
 * the minor page faults (every thread: the fresh pages the run touched, most of its system time),
 * and the resident memory.
 *
 * @example phaseMark("write json") // [t] 9.97 s wall, 7.28 s CPU (main 3.01, waited 0.64) (sys 0.78, 34k faults), 400 MB: write json
 */
export function phaseMark(key: string): void {
  if (!process.env.CA_TIMINGS) return;
  const use = process.resourceUsage();
  const cpu = (use.userCPUTime + use.systemCPUTime) / 1e6;
  const wall = performance.now() / 1000;
  const mem = Math.round(process.memoryUsage.rss() / 2 ** 20);
  const main = mainThreadCpu();
  const waited = (performance.eventLoopUtilization().idle / 1000).toFixed(2);
  const mainText =
    main === null ? ` (waited ${waited})` : ` (main ${main.toFixed(2)}, waited ${waited})`;
  const sys = `sys ${(use.systemCPUTime / 1e6).toFixed(2)}, ${Math.round(use.minorPageFault / 1000)}k faults`;
  process.stderr.write(
    `[t] ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU${mainText} (${sys}), ${mem} MB: ${key}\n`,
  );
}

/** The main thread's CPU seconds (user + system) from /proc (Linux, 10 ms ticks); null elsewhere. */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "latin1");
    // Fields after the command's closing parenthesis: state is 3rd, utime the 14th, stime the 15th.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}
