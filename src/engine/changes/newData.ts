import type { Dataset } from "../model";
import { isoDate } from "../parse/date";
import { say } from "../words/catalog";
import type { Lang } from "../schema";
import { MOVE_WORDS } from "./words";
import { tabName } from "../report/outputTabs";

const bothLangs = (f: (lang: Lang) => string): Record<Lang, string> => ({
  "zh-CN": f("zh-CN"),
  "en-US": f("en-US"),
});
import type { RunWarning } from "../followUp/warnings";

/** Below this share of the usual number of new transactions, the comparison is flagged. */
const LITTLE_NEW_DATA = 0.25;
/** The usual rate is measured over this many days before the previous run. */
const RATE_DAYS = 365;

/**
 * A warning when little new purchase data arrived since the previous run (a new-user trial: a
 * refresh one month later on unchanged data reported 672 customers "worse", because only time
 * had passed). Compares the transactions dated after the previous analysis date with how many
 * the year before it would lead one to expect over the same number of days.
 *
 * `changesTab`: the sheet the Changes tab is written under, which it names (default: its usual name).
 *
 * @example littleNewData(dataset, prevAsOf, asOf)?.code // "little_new_data"
 */
export function littleNewData(
  dataset: Dataset,
  previousAsOf: number,
  asOf: number,
  changesTab: (lang: Lang) => string = (lang) => tabName("changes", lang),
): RunWarning | null {
  const gap = Math.floor(asOf) - Math.floor(previousAsOf);
  if (gap <= 0) return null;
  const t = dataset.transactions;
  let since = 0;
  let before = 0;
  for (let i = 0; i < t.count; i++) {
    const d = Math.floor(t.day[i]);
    if (d > previousAsOf && d <= asOf) since++;
    else if (d <= previousAsOf && d > previousAsOf - RATE_DAYS) before++;
  }
  const expected = (before * gap) / RATE_DAYS;
  if (expected < 10 || since >= LITTLE_NEW_DATA * expected) return null;
  const prev = isoDate(previousAsOf);
  const usual = Math.round(expected).toLocaleString("en-US");
  return {
    code: "little_new_data",
    // The move's name as the Changes tab and the console say it (stop 33 tester #11: "worse"
    // here, "Wrong way" there).
    message: bothLangs((lang) =>
      say(lang, "analysisNotes", since === 0 ? "noNewData" : "littleNewData", {
        previous: prev,
        since,
        usual,
        days: gap,
        worse: MOVE_WORDS.worse[lang],
        tab: changesTab(lang),
      }),
    ),
  };
}
