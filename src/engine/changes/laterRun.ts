import { isoDate } from "../parse/date";
import { say, sayBoth } from "../words/catalog";
import type { RunWarning } from "../followUp/warnings";
import type { Lang } from "../schema";
import type { Snapshot } from "./snapshot";
import { tabName } from "../report/outputTabs";

/**
 * One rule for a run to compare with that is dated after this analysis (the workbook's own last
 * run or --previous alike; stop 33 tester #1: `--as-of 2025-12-31` on a workbook last run on
 * 2026-01-15 listed 20 "worse" and 526 "better", every movement time running backwards). Analysing
 * an earlier date is legitimate (re-running a past month), so the analysis runs in full; the
 * comparison is left out and the run says why (console, pane, run log and JSON warnings, and the
 * Changes tab). The same date is a re-run and is compared (only the data moved).
 *
 * @example laterRun(snapshotOf2026_01_15, day("2025-12-31")) // the snapshot: not compared with
 */
export function laterRun(previous: Snapshot | null, asOf: number): Snapshot | null {
  return previous && Math.floor(previous.asOf) > Math.floor(asOf) ? previous : null;
}

/**
 * The date of the workbook's own last run when it is later than this analysis, else null: its run
 * state is then kept, not replaced by this earlier one (reviewer D5, stop 34: a past month re-run
 * rewrote it, and the next ordinary refresh compared with the past month). `ownState`: the state
 * read from the workbook itself (null when --previous named another run, or none); `ownRunLog`:
 * the analysis dates of the workbook's run log, which say it when the state was not read.
 *
 * @example laterOwnRun(null, [day("2026-01-15")], day("2025-12-31")) // day("2026-01-15")
 */
export function laterOwnRun(
  ownState: Snapshot | null,
  ownRunLog: readonly { asOf: number }[],
  asOf: number,
): number | null {
  const day = Math.floor(asOf);
  if (ownState && Number.isFinite(ownState.asOf))
    return Math.floor(ownState.asOf) > day ? Math.floor(ownState.asOf) : null;
  let last = -Infinity;
  for (const r of ownRunLog) if (r.asOf > last) last = r.asOf;
  return last > day ? Math.floor(last) : null;
}

/**
 * The run's warning when the comparison with a later run was left out (laterRun); `kept`: the date
 * of the workbook's own later run whose state is kept (laterOwnRun), said too.
 */
export function laterRunWarning(
  previousAsOf: number,
  asOf: number,
  kept?: number | null,
): RunWarning {
  const message = sayBoth("changes", "laterRunNotCompared", {
    previous: isoDate(previousAsOf),
    asOf: isoDate(asOf),
  });
  return { code: "later_run_not_compared", message: withStateKept(message, kept, asOf) };
}

/**
 * The run's warning when the comparison was made (with an earlier --previous) and the workbook's
 * own later run keeps its state (laterOwnRun): the next refresh compares with that run, not this.
 */
export function stateKeptWarning(kept: number, asOf: number): RunWarning {
  return {
    code: "later_run_state_kept",
    message: sayBoth("changes", "laterRunStateKept", { kept: isoDate(kept), asOf: isoDate(asOf) }),
  };
}

/**
 * A message with the sentence that the later run's state is kept, when it is: joined as the
 * catalog joins one note after another (analysisNotes.alsoNote, as laterHistory.ts does).
 */
function withStateKept(
  message: Record<Lang, string>,
  kept: number | null | undefined,
  asOf: number,
): Record<Lang, string> {
  if (kept === null || kept === undefined) return message;
  const more = stateKeptWarning(kept, asOf).message;
  const join = (lang: Lang) =>
    say(lang, "analysisNotes", "alsoNote", { first: message[lang], second: more[lang] });
  return { "zh-CN": join("zh-CN"), "en-US": join("en-US") };
}

/**
 * The run a re-run of the workbook's own last date compares with: the earlier run that last run
 * compared with, which its run state keeps (state.ts stateTable's `prior`), so the re-run
 * reproduces the month's Changes tab and wrong-way calls with the data edited since (tester12 #1,
 * stop 36: comparing with itself, the zh sample's re-run dropped 96 calls of priority high). Null
 * when `own` (the state read from the workbook itself; null when --previous named a run) is of
 * another date or keeps no earlier run (a state written before calls13): the re-run then
 * compares with `own`, as before.
 *
 * @example sameDatePrior(stateOfDec31, dec31)?.asOf // nov30, the run Dec 31 compared with
 */
export function sameDatePrior(own: Snapshot | null, asOf: number): Snapshot | null {
  const day = Math.floor(asOf);
  if (!own || Math.floor(own.asOf) !== day || !own.prior) return null;
  const prior = own.prior();
  return prior && Math.floor(prior.asOf) < day ? prior : null;
}

/**
 * The run's warning when this analysis has the same date as the workbook's own last run (a re-run
 * after fixing a typo), saying what is compared with what. With `compared` the earlier run the
 * state keeps (sameDatePrior): the Changes tab and the wrong-way calls compare with it, as the
 * last run did. Else (a workbook whose state keeps no earlier run) the Changes tab compares with
 * the last run itself, so what it showed since the run before it is gone from the tab and the
 * call sheet (tester11 #5, tester12 #1, stop 36): the warning names that earlier run and how to
 * see it again. Null when `own` is not the workbook's own run (--previous named one), is of
 * another date, or (without `compared`) the run log holds no earlier run. `ownRunLog`: the
 * workbook's run-log dates. `changesTab`: the sheet the Changes tab is written under, which it
 * names (default: its usual name).
 *
 * @example sameDateRerunWarning(dec31, [{ asOf: nov30 }, { asOf: dec31 }], dec31)?.code // "same_date_rerun"
 */
export function sameDateRerunWarning(
  own: Snapshot | null,
  ownRunLog: readonly { asOf: number }[],
  asOf: number,
  compared: Snapshot | null = null,
  changesTab: (lang: Lang) => string = (lang) => tabName("changes", lang),
): RunWarning | null {
  const day = Math.floor(asOf);
  if (!own || Math.floor(own.asOf) !== day) return null;
  // Each language's words, naming the Changes tab as it is written.
  const both = (code: "sameDateRerun" | "sameDateRerunPrior", earlier: number) => ({
    "zh-CN": say("zh-CN", "changes", code, {
      asOf: isoDate(day),
      earlier: isoDate(earlier),
      tab: changesTab("zh-CN"),
    }),
    "en-US": say("en-US", "changes", code, {
      asOf: isoDate(day),
      earlier: isoDate(earlier),
      tab: changesTab("en-US"),
    }),
  });
  if (compared && Math.floor(compared.asOf) < day)
    return {
      code: "same_date_rerun",
      message: both("sameDateRerunPrior", compared.asOf),
    };
  let earlier = -Infinity;
  for (const r of ownRunLog) {
    const d = Math.floor(r.asOf);
    if (d < day && d > earlier) earlier = d;
  }
  if (earlier === -Infinity) return null;
  return {
    code: "same_date_rerun",
    message: both("sameDateRerun", earlier),
  };
}
