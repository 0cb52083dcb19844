import { visitWords } from "../words/visitKind";
import { CHURN_REASON_CODES, LEVELS, MAX_CHURN_REASONS, REASON_FIGURES } from "../analysis";
import { isRelief, reasonText } from "../churn/reasons";
import { CONTACT_CHANNELS } from "../model";
import { levelRounded } from "../churn/combine";
import { labelOf, NO_SEGMENT_LABEL, type LabelKind } from "../labels";
import { DEFAULTS } from "../rules/defaults";
import { isoDate } from "../parse/date";
import { CATALOGS, say, type Code } from "../words/catalog";
import { fill, formatNumber, lowerFirst, type WordParams } from "../words/format";
import type { Lang } from "../schema";
import {
  boughtSince,
  DATA_PURCHASES,
  DATA_SERVICE,
  MOVES,
  TIME_SILENT,
  TIME_PAUSED,
  type Comparison,
  type Move,
  type ServiceSince,
} from "./compare";
import type { LeftSince } from "./leftSince";
import { agedSlot, COUNT_MAX, decodeService, type ServiceAgedOut } from "./service";
import { DIMENSIONS, DIMENSION_CODES, type Dimension, type Snapshot } from "./snapshot";
import { STAGE_RULE } from "../lifecycle/stage";

/**
 * The words of the changes: dimension names, labels of a code, a mover's reason. Every text is in
 * the word catalog (words/changes.ts, section `changes`).
 */

type Words = Record<Lang, string>;
const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A catalog text of section `changes` in both languages. */
export function changesWords(code: Code<"changes">): Words {
  return { "zh-CN": say("zh-CN", "changes", code), "en-US": say("en-US", "changes", code) };
}

/** The words of each move (compare.ts MOVES): the Changes tab's counts and list, the pane. */
export const MOVE_WORDS: Record<Move, Words> = {
  worse: changesWords("move_worse"),
  better: changesWords("move_better"),
  mixed: changesWords("move_mixed"),
  sideways: changesWords("move_sideways"),
  same: changesWords("move_same"),
  new: changesWords("move_new"),
  cutOffs: changesWords("move_cutOffs"),
  refit: changesWords("move_refit"),
  dataChanged: changesWords("move_dataChanged"),
  program: changesWords("move_program"),
  byTime: changesWords("move_byTime"),
};

/**
 * The two runs' versions of the program's reading of the data (rules/readingVersion.ts), as said
 * inside a sentence's brackets: "版本 0 → 1", or that the previous run was read by a build before
 * versions were recorded (0).
 *
 * @example readingVersionsText({ previous: { readingVersion: 1 }, current: { readingVersion: 2 } }, "en-US") // "version 1 → 2"
 */
export function readingVersionsText(
  c: { previous?: { readingVersion?: number }; current?: { readingVersion?: number } },
  lang: Lang,
): string {
  const from = c.previous?.readingVersion ?? 0;
  const to = c.current?.readingVersion ?? 0;
  return from > 0
    ? say(lang, "changes", "readingVersions", { from, to })
    : say(lang, "changes", "readingVersionsEarlier", { to });
}

/** The dimensions' names, from the word catalog (words/changes.ts). */
export const DIMENSION_WORDS: Record<Dimension, Words> = Object.fromEntries(
  DIMENSIONS.map((d) => [d, changesWords(d)]),
) as Record<Dimension, Words>;

const LABEL_KIND: Record<Dimension, LabelKind> = {
  rfmSegment: "segment",
  valueClass: "valueClass",
  valueTier: "valueTier",
  lifecycleStage: "stage",
  churnRiskLevel: "risk",
};

/**
 * The label of code index k of a dimension (-1: none) in the run's language.
 *
 * @example codeLabel("valueClass", 0, "zh-CN") // "重要价值客户"
 */
export function codeLabel(d: Dimension, k: number, lang: Lang): string {
  if (k < 0)
    return d === "rfmSegment" || d === "valueClass"
      ? NO_SEGMENT_LABEL[lang]
      : say(lang, "changes", "none");
  return labelOf(LABEL_KIND[d], k, lang) || say(lang, "changes", "none");
}

/** Per dimension, the labels of slot k + 1 = code k and slot 0 = none (a hot loop's lookup). */
const SLOT_LABELS: Record<Lang, Record<Dimension, string[]>> = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        [-1, ...DIMENSION_CODES[d].map((_, k) => k)].map((k) => codeLabel(d, k, lang)),
      ]),
    ),
  ]),
) as Record<Lang, Record<Dimension, string[]>>;

/**
 * A catalog text as a function of its placeholders (given in `names` order), split once: the
 * reasons of a million movers are filled without a regular expression or an object each. A
 * plural placeholder (`{n|# day|# days}`) is filled by the catalog's own rule (format.ts fill).
 */
function compiled(
  lang: Lang,
  code: Code<"changes">,
  names: readonly string[],
  fixed?: WordParams,
): (a: string, b?: string, c?: string, d?: string, e?: string) => string {
  // `fixed`: placeholders the same for every row (a plural among them), filled once here.
  const text = fixed ? say(lang, "changes", code, fixed) : CATALOGS[lang].changes[code];
  const texts: string[] = [];
  const at: number[] = [];
  const plural: (string | null)[] = [];
  const whole: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)((?:\|[^|{}]*)*)\}/g)) {
    texts.push(text.slice(last, m.index));
    at.push(names.indexOf(m[1]));
    plural.push(m[2] ? m[0] : null);
    whole.push(m[0]);
    last = m.index + m[0].length;
  }
  texts.push(text.slice(last));
  return (a, b = "", c = "", d = "", e = "") => {
    let out = texts[0];
    for (let k = 0; k < at.length; k++) {
      const x = at[k];
      const value = x === 0 ? a : x === 1 ? b : x === 2 ? c : x === 3 ? d : x === 4 ? e : null;
      const form = plural[k];
      out +=
        (value === null
          ? whole[k]
          : form
            ? fill(form, { [names[x]]: Number(value) }, lang)
            : value) + texts[k + 1];
    }
    return out;
  };
}

// One formatter for every reason: toLocaleString builds a new one per call (the Changes tab of a
// million customers formats hundreds of thousands of figures).
// Made on first use: the first Intl.NumberFormat of a thread initialises ICU (~25 CPU-ms), which
// the main thread and the JSON worker paid at load although money is formatted here only with
// --previous.
let money: Intl.NumberFormat | undefined;
const fmtMoney = (x: number) =>
  Number.isFinite(x)
    ? (money ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })).format(x)
    : "–";
const fmtPct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : "–");

/** isoDate with the days already seen remembered (last purchases repeat across customers). */
function dateTexts(): (d: number) => string {
  const seen = new Map<number, string>();
  return (d) => {
    if (!Number.isFinite(d)) return "–";
    let text = seen.get(d);
    if (text === undefined) seen.set(d, (text = isoDate(d)));
    return text;
  };
}

/** Amounts to the cent: a cut-off and the spend beside it (17,706.86 is under a cut of 17,707.20). */
let cents: Intl.NumberFormat | undefined;
const fmtCents = (x: number) =>
  Number.isFinite(x)
    ? (cents ??= new Intl.NumberFormat("en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })).format(x)
    : "–";

/** The risk levels with a band of probabilities (LEVELS: high, medium, low; RISK_LEVELS starts with them). */
const BANDED_LEVELS = LEVELS.length;

/**
 * The probabilities the medium and the high level start at in the runs given (one set of rules),
 * [medium, high]. A snapshot read back from a file does not carry its thresholds, so they are read
 * off the figures: each lies above the largest figure of the level below and at most the least of
 * its own level. The rule set's default (DEFAULTS.churn.levels) when it lies there (as with the
 * default rules), else the roundest number there (a user's own thresholds are round figures too).
 */
function levelThresholds(snapshots: readonly Snapshot[]): [number, number] {
  const least = [Infinity, Infinity, Infinity];
  const most = [-Infinity, -Infinity, -Infinity];
  for (const s of snapshots) {
    const level = s.codes.churnRiskLevel;
    const p = s.churnProbability;
    for (let i = 0; i < s.count; i++) {
      const k = level[i];
      const x = p[i];
      if (!(k >= 0 && k < BANDED_LEVELS) || x !== x) continue;
      if (x < least[k]) least[k] = x;
      if (x > most[k]) most[k] = x;
    }
  }
  const { high, medium } = DEFAULTS.churn.levels;
  // Levels: 0 high, 1 medium, 2 low. Medium starts above low's figures, high above medium's
  // (or low's, with no medium customer).
  const mediumAt = threshold(most[2], Math.min(least[1], least[0]), medium);
  const highAt = threshold(Math.max(most[1], most[2]), least[0], high);
  return [mediumAt, highAt];
}

/** A threshold above `lo` and at most `hi`: `preferred` when it lies there, else the roundest. */
function threshold(lo: number, hi: number, preferred: number): number {
  // Figures read back from a JSON result are rounded to 4 decimals (0.79996 reads 0.8).
  if (preferred > lo - 5e-5 && preferred <= hi + 5e-5) return preferred;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return Number.isFinite(hi) ? hi : preferred;
  for (let k = 1; k <= 6; k++) {
    const step = 10 ** k;
    const m = (Math.floor(lo * step + 1e-9) + 1) / step;
    if (m <= hi) return m;
  }
  return hi;
}

/** Level index (0 high, 1 medium, 2 low) of a probability against [medium, high] thresholds. */
const bandOf = (x: number, t: readonly number[]) => (x >= t[1] ? 0 : x >= t[0] ? 1 : 2);

/**
 * Percent decimals at most (a probability to 1e-6): reviewer D6, stop 32: 0.49999 → 0.50003 read
 * "50.00% → 50.00%" with 2. Past this, figures that still read alike differ by less than a
 * millionth, and a figure rounded into another level is cut towards its own instead (pctWithin).
 */
export const MAX_PERCENT_DECIMALS = 4;

/**
 * Two probabilities as percentages with as few decimals (0 up to MAX_PERCENT_DECIMALS) as keep
 * them honest: two figures that differ must not read alike (50.2% → 49.7%, not "50% → 50%", stop
 * 31 tester #5; 49.999% → 50.003%, not "50.00% → 50.00%", reviewer D6, stop 32), and a rounded
 * figure must not read as another risk level than its own (0.4953 at low must not read "50%" where
 * medium starts at 50%: 49.5%, stop 32 tester #3). `la`, `lb`: the figures' levels.
 */
export function honestPercents(
  a: number,
  b: number,
  la: number,
  lb: number,
  thresholds: { previous: readonly number[]; current: readonly number[] },
): [string, string] {
  const fits = (x: number, text: string, k: number, t: readonly number[]) =>
    !(k >= 0 && k < BANDED_LEVELS) ||
    !Number.isFinite(x) ||
    bandOf(x, t) !== k || // a figure the thresholds do not place: nothing to keep
    bandOf(parseFloat(text) / 100, t) === k;
  let pair: [string, string] = [fmtPct(a), fmtPct(b)];
  for (let d = 1; d <= MAX_PERCENT_DECIMALS; d++) {
    const alike = pair[0] === pair[1] && a !== b && Number.isFinite(a) && Number.isFinite(b);
    if (
      !alike &&
      fits(a, pair[0], la, thresholds.previous) &&
      fits(b, pair[1], lb, thresholds.current)
    )
      return pair;
    pair = [pct(a, d), pct(b, d)];
  }
  // At the cap: a figure its rounding put into another level is cut towards its own.
  if (!fits(a, pair[0], la, thresholds.previous))
    pair[0] = pctWithin(a, MAX_PERCENT_DECIMALS, la, thresholds.previous, fits);
  if (!fits(b, pair[1], lb, thresholds.current))
    pair[1] = pctWithin(b, MAX_PERCENT_DECIMALS, lb, thresholds.current, fits);
  return pair;
}

/** Decimals of a probability in the JSON: the reason's cap (MAX_PERCENT_DECIMALS of a percent). */
export const PROBABILITY_DECIMALS = MAX_PERCENT_DECIMALS + 2;

/**
 * A probability to PROBABILITY_DECIMALS, kept in its level k as the reason keeps it (pctWithin):
 * rounded, unless that puts it on or over a threshold of another level; then cut towards its own
 * (reviewer D2, stop 34: 0.4999996 at low read 0.5 in the JSON, where medium starts, beside the
 * words' 49.9999%). `t`: the [medium, high] thresholds. Null for a figure not measured. The rule is
 * churn/combine.ts levelRounded, the customers JSON's and tabs' too.
 *
 * @example levelProbability(0.4999996, 2, [0.5, 0.8]) // 0.499999 (low), not 0.5 (medium)
 */
export function levelProbability(x: number, k: number, t: readonly number[]): number | null {
  return levelRounded(x, k, { medium: t[0], high: t[1] }, PROBABILITY_DECIMALS);
}

/** The levels' thresholds of both runs of a comparison ([medium, high]). */
export interface LevelRanges {
  previous: readonly number[];
  current: readonly number[];
}

/** Each comparison's thresholds, read once (levelRanges), with the runs they were read from. */
const RANGES = new WeakMap<Comparison, { prev: Snapshot; cur: Snapshot; ranges: LevelRanges }>();

/**
 * The levels' thresholds of both runs ([medium, high]), each run's own when the rules or the
 * program's judgment rules changed (compare.ts rulesChanged, judgmentChanged: either may band the
 * probabilities otherwise; reviewer D8, stop 42: one reading across versions could read a level's
 * figures against the other run's band).
 * Read once per comparison object (each read scans every customer of both runs) and shared by
 * all that ask in its thread: the reasons (moverReasons) and the probabilities
 * (probabilityFigures). In the command line the JSON is written in a worker from a copy of the
 * comparison, so a run reads them twice, once for the tab and once for the JSON (reviewer10 D9,
 * stop 35: four readings before, 2 M entries each at 1 M customers; reviewer11 D9: not one).
 *
 * @example levelRanges(c, prev, cur) === levelRanges(c, prev, cur) // true: the same reading
 */
export function levelRanges(c: Comparison, prev: Snapshot, cur: Snapshot): LevelRanges {
  const had = RANGES.get(c);
  if (had && had.prev === prev && had.cur === cur) return had.ranges;
  let ranges: LevelRanges;
  if (!c.rulesChanged && !c.judgmentChanged) {
    const both = levelThresholds([prev, cur]);
    ranges = { previous: both, current: both };
  } else ranges = { previous: levelThresholds([prev]), current: levelThresholds([cur]) };
  RANGES.set(c, { prev, cur, ranges });
  return ranges;
}

/**
 * The churn probabilities of a comparison as the JSON gives them: to a millionth and in their own
 * level (levelProbability), so each agrees with its level and with the reason's figure. Previous
 * customer j, current customer i; the thresholds are read on first use.
 *
 * @example const p = probabilityFigures(c, prev, cur); p.current(0) // 0.499999
 */
export function probabilityFigures(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
): { previous: (j: number) => number | null; current: (i: number) => number | null } {
  let ranges: LevelRanges | undefined;
  return {
    previous: (j) =>
      levelProbability(
        prev.churnProbability[j],
        prev.codes.churnRiskLevel[j],
        (ranges ??= levelRanges(c, prev, cur)).previous,
      ),
    current: (i) =>
      levelProbability(
        cur.churnProbability[i],
        cur.codes.churnRiskLevel[i],
        (ranges ??= levelRanges(c, prev, cur)).current,
      ),
  };
}

const pct = (x: number, decimals: number) =>
  Number.isFinite(x) ? `${(x * 100).toFixed(decimals)}%` : "–";

/** A percentage to `decimals` cut down or up, whichever stays in level k (49.99996 → "49.9999%"). */
function pctWithin(
  x: number,
  decimals: number,
  k: number,
  t: readonly number[],
  fits: (x: number, text: string, k: number, t: readonly number[]) => boolean,
): string {
  const scale = 10 ** decimals;
  const down = `${(Math.floor(x * 100 * scale) / scale).toFixed(decimals)}%`;
  if (fits(x, down, k, t)) return down;
  return `${(Math.ceil(x * 100 * scale) / scale).toFixed(decimals)}%`;
}

const BETTER = MOVES.indexOf("better");
const TIER = DIMENSIONS.indexOf("valueTier");
const STAGE_DIMENSION = DIMENSIONS.indexOf("lifecycleStage");
const CHURN = DIMENSIONS.indexOf("churnRiskLevel");
/** RFM segment and value class: the dimensions moved by others' quantiles and averages. */
const QUANTILE_BITS =
  (1 << DIMENSIONS.indexOf("rfmSegment")) | (1 << DIMENSIONS.indexOf("valueClass"));
const LAST_QUANTILE = DIMENSIONS.indexOf("valueClass");

/** English text that starts a reason starts with a capital ("purchases up to …" mid-sentence). */
const upperFirst = (lang: Lang, text: string) =>
  lang === "en-US" && text ? text[0].toUpperCase() + text.slice(1) : text;

/**
 * The reason maker of a comparison: customer i of the current run → why it is listed as a mover:
 * each dimension that changed ("价值分类：重要价值客户 → 重要挽留客户") and the figures behind it
 * (spend, purchase days, last purchase, churn probability, each "before → now" where it changed;
 * the probability always when the risk level changed), after "since <previous date>" when the
 * previous run is of an earlier date; a customer not in the previous run, that it was added, with
 * its returns, surveys, complaints and contacts since. A move by cut-offs alone says so (the value tier's cut-off in
 * both runs and the spend), and a customer whose data up to the previous date changed starts with
 * that. Words, labels and dates are looked up once per comparison.
 *
 * @example const reason = moverReasons(c, prev, cur, "en-US"); reason(0) // "Since 2025-11-30: Value class Important value → Important win-back; spend 12,000 → 800"
 */
export function moverReasons(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
  lang: Lang,
  withinRhythm?: WithinRhythm,
): (i: number) => string {
  const labels = DIMENSIONS.map((d) => SLOT_LABELS[lang][d]);
  const codeCounts = DIMENSIONS.map((d) => DIMENSION_CODES[d].length);
  const names = DIMENSIONS.map((d) => DIMENSION_WORDS[d][lang]);
  const midNames = names.map(lowerFirst);
  const move = compiled(lang, "move", ["dimension", "from", "to"]);
  const f: Figures = {
    figure: compiled(lang, "figure", ["figure", "from", "to"]),
    separator: say(lang, "changes", "figuresSeparator"),
  };
  const words = {
    spend: say(lang, "changes", "figure_spend"),
    days: say(lang, "changes", "figure_purchaseDays"),
    last: say(lang, "changes", "figure_lastPurchase"),
    churn: say(lang, "changes", "figure_churnProbability"),
  };
  const previousDate = Number.isFinite(c.previous.asOf) ? isoDate(c.previous.asOf) : "";
  // "Since" only when it says something: a re-run of the same date would read "since today".
  const since =
    previousDate && !c.sameDate ? compiled(lang, "sinceBeforeReason", ["date", "reason"]) : null;
  const dataDate = previousDate || say(lang, "changes", "unknownDate");
  // Purchases read anew by the program's updated reading are no correction (reviewer60 R17).
  const dataChanged = c.readingChanged
    ? say(lang, "changes", "readAnewReason", {
        date: dataDate,
        versions: readingVersionsText(c, lang),
      })
    : say(lang, "changes", "dataChangedReason", { date: dataDate });
  const changedRows = c.changedRows;
  /** The one row that changed, or the rows each run counted (compare.ts changedRows), in words. */
  // A row's amount as written, to the cent (3,400 → 3,040; 12.5 → 12.05).
  const rowAmount = (x: number) => formatNumber(x, lang);
  const rowChanged = (i: number): string => {
    const r = changedRows?.get(i);
    if (!r) return dataChanged;
    const at = { date: dataDate, sheet: r.sheet, row: r.row };
    switch (r.kind) {
      case "amount":
        return say(lang, "changes", "dataRowAmount", {
          ...at,
          day: isoDate(r.day),
          was: rowAmount(r.before),
          now: rowAmount(r.after),
        });
      case "redated":
        return say(lang, "changes", "dataRowRedated", {
          ...at,
          amount: rowAmount(r.after),
          dayBefore: isoDate(r.dayBefore),
          day: isoDate(r.day),
        });
      case "added":
        return say(lang, "changes", "dataRowAdded", {
          ...at,
          day: isoDate(r.day),
          amount: rowAmount(r.after),
        });
      case "removed":
        return say(lang, "changes", "dataRowRemoved", {
          date: dataDate,
          day: isoDate(r.day),
          amount: rowAmount(r.before),
        });
      default:
        return say(lang, "changes", "dataRowsMany", {
          date: dataDate,
          before: r.rowsBefore,
          after: r.rowsAfter,
        });
    }
  };
  const serviceChanged = compiled(lang, "serviceChangedReason", ["date", "signals"]);
  const signalsChanged = signalWords(lang, f.separator, cur.contactCap ?? prev.contactCap);
  const cutOffOthers = compiled(lang, c.sameDate ? "cutOffOthers" : "cutOffOthersLater", ["moves"]);
  // Moves neither the customer nor the others made (stop 42): the program's update, time alone;
  // and the rule behind a wrong-way move of a customer who bought since.
  const programMove = compiled(lang, "programMove", ["move"]);
  const stageWhy = cur.stage;
  const byTimeMove = compiled(lang, "byTimeMove", ["move", "first", "days"]);
  const matureDays = stageWhy ? fmtMoney(stageWhy.matureAfterDays) : "";
  // An already churned customer moved by the days since its last purchase (compare.ts byTime
  // without the stage's bit; tester43 #6, stop 43).
  const lostByTime = compiled(lang, "lostByTimeMove", ["moves"]);
  // A wrong-way move with nothing of the customer's since (compare.ts TIME_SILENT, tester61 U129),
  // and value moves of a churned customer with no more spend (noReturn, tester61 U127).
  const silentByTime = compiled(lang, "silentByTimeMove", ["moves"]);
  // A customer read by her visits (Snapshot.lastVisit): her silence is days without a visit.
  const visitLast = cur.lastVisit;
  const byVisits = (i: number): boolean => visitLast !== undefined && visitLast[i] === visitLast[i];
  // Its visits' words: an appointments sheet's (到诊) or a check-in sheet's (上课/签到; fix67e).
  const visit = { one: visitWords(lang, cur.visitsAppointments).one };
  const silentByTimeVisits = visitLast
    ? compiled(lang, "silentByTimeVisitsMove", ["moves"], visit)
    : null;
  const noReturnMove = compiled(lang, "noReturnMove", ["moves"]);
  // Paused now (Snapshot.paused: 冻结, on leave): the pause explains the silence (tester67 U313).
  // Her visits said as they are read (a vet's 到诊, not 上课/签到); none where no visits are read.
  const pausedByTime = visitLast
    ? compiled(lang, "pausedByTimeMove", ["moves", "status"], visit)
    : compiled(lang, "pausedByTimeBuyMove", ["moves", "status"]);
  const pausedByTimeLeave = visitLast
    ? compiled(lang, "pausedByTimeLeaveMove", ["moves"], visit)
    : compiled(lang, "pausedByTimeLeaveBuyMove", ["moves"]);
  const noCallByTime = say(lang, "changes", "noCallByTime");
  // The rule behind a wrong-way move of a customer who bought since, each text split once per
  // call (reviewer D12, stop 42: filled with say() per row before).
  const boughtOneInterval = compiled(lang, "boughtOneInterval", ["move", "date", "first"], {
    days: matureDays,
  });
  const boughtFalling = stageWhy
    ? compiled(lang, "boughtFalling", ["move", "date", "recent", "previous"], {
        period: stageWhy.trendPeriodDays,
      })
    : null;
  const boughtRiskRose = compiled(lang, "boughtRiskRose", ["move", "date", "threshold", "level"]);
  /** Why a stage or churn level moved the wrong way for a customer who bought since ("" none). */
  const boughtYet = (i: number, b: number, text: string, bought: string): string => {
    if (b === STAGE_DIMENSION && stageWhy) {
      const rule = stageWhy.rule[i];
      if (rule === STAGE_RULE.declineOneIntervalAged)
        return boughtOneInterval(text, bought, day(stageWhy.firstPurchase[i]));
      if (rule === STAGE_RULE.declineFalling && boughtFalling)
        return boughtFalling(
          text,
          bought,
          String(stageWhy.recentCount[i]),
          String(stageWhy.previousCount[i]),
        );
      return "";
    }
    const k = curLevel[i];
    if (b !== CHURN || !(k >= 0 && k < BANDED_LEVELS - 1)) return "";
    // The threshold the probability reached: high's (0) or medium's (1), [medium, high].
    const t = (ranges ??= rangesOf()).current[k === 0 ? 1 : 0];
    const label = codeLabel("churnRiskLevel", k, lang);
    return boughtRiskRose(text, bought, fmtPct(t), lang === "en-US" ? lowerFirst(label) : label);
  };
  const refitOthers = compiled(lang, "refitOthers", ["move"]);
  // At a later date: a fall with nothing of the customer's that lowers it (compare.ts laterRefit).
  // With the default weights nothing was refit: the comparison with all customers moved it.
  const refitLater = compiled(lang, c.defaultWeights ? "refitLaterDefault" : "refitLater", [
    "move",
  ]);
  // Without the previous run's service signals a refit cannot be told from an edit of the
  // customer's own surveys or complaints: said so (a state before refresh8, a JSON result).
  const refitUnsure = compiled(lang, "refitOthersUnsure", ["move"]);
  const serviceKnown = (j: number, i: number) =>
    prev.service !== undefined &&
    cur.service !== undefined &&
    prev.service[j] >= 0 &&
    cur.service[i] >= 0;
  // Days between the two analysis dates (0: the same date, or the previous one unknown).
  const gapBase = Math.floor(c.previous.asOf);
  const gap = since ? Math.floor(c.current.asOf) - gapBase : 0;
  const silentDays = compiled(lang, "figure_daysSinceLastPurchase", ["from", "to"]);
  const visitDays = visitLast
    ? compiled(lang, "figure_daysSinceLastVisit", ["from", "to"], visit)
    : null;
  const visitedOn = visitLast ? compiled(lang, "figure_lastVisitOn", ["date"], visit) : null;
  /**
   * The time since customer i's last activity that grew between the runs: her visits' for one read
   * by them (newuser62 M4: not "距上次购买 330 → 349 天" for a weekly student who paid once), she
   * visited since: that visit's day; else the days since her last purchase `last`.
   */
  const silence = (i: number, last: number): string => {
    if (!byVisits(i)) return silentDays(fmtMoney(gapBase - last), fmtMoney(gapBase + gap - last));
    const v = Math.floor(visitLast![i]);
    return v > gapBase
      ? visitedOn!(day(v))
      : visitDays!(fmtMoney(gapBase - v), fmtMoney(gapBase + gap - v));
  };
  const tierNames = [0, 1].map((k) =>
    lang === "en-US"
      ? lowerFirst(codeLabel("valueTier", k, lang))
      : codeLabel("valueTier", k, lang),
  );
  const minimums = c.tierMinimums;
  const movesSep = say(lang, "changes", "movesSeparator");
  const withFigures = compiled(lang, "reasonWithFigures", ["moves", "figures"]);
  const day = dateTexts();
  const told = serviceWords(c.service, lang, f.separator, day);
  // The same with the scores since that were not low, for the row's words (`told`: the causes).
  const scored = serviceWords(c.service, lang, f.separator, day, true);
  const settled = settledWords(c, lang, day);
  // Left since (a status, a contact's note: leftSince.ts): the reason, in the customer row's words.
  const leftWhy = leftWords(c.leftSince, lang);
  const contacted = contactWords(
    c.service,
    lang,
    day,
    cur.lastPurchase,
    c.previous.asOf,
    leftWhy ? (i) => leftWhy(i) !== "" : undefined,
  );
  const noCall = noCallWords(
    withinRhythm,
    lang,
    dataDate,
    c.current.asOf,
    cur.lastPurchase,
    (i) => spendLeftWindow(c, prev, cur, i),
    cur.lastVisit,
    visit.one,
  );
  const aged = agedWords(c.service?.agedOut, lang, f.separator, day);
  const prevLevel = prev.codes.churnRiskLevel;
  const curLevel = cur.codes.churnRiskLevel;
  // The levels' thresholds of both runs (each run's own when the rules or the judgment version
  // changed): on first use, the comparison's one reading (levelRanges).
  let ranges: LevelRanges | undefined;
  const rangesOf = () => levelRanges(c, prev, cur);
  /** A tier move by cut-offs: the cut-off crossed (the new tier's own, or the one above it). */
  const tierByCutOffs = (text: string, from: number, to: number, spend: number): string => {
    if (from < 0 || to < 0 || from === to) return text;
    const k = to > from ? to - 1 : to;
    const key = k === 0 ? "highMin" : "mediumMin";
    const a = minimums ? minimums.previous[key] : NaN;
    const b = minimums ? minimums.current[key] : NaN;
    return say(lang, "changes", b < a ? "cutOffFell" : "cutOffRose", {
      move: text,
      tier: tierNames[k],
      from: fmtCents(a),
      to: fmtCents(b),
      spend: fmtCents(spend),
    });
  };
  // Purchases that left the window of a customer who did not buy since (compare.ts WindowLeft):
  // the cause of its spend and purchase days' fall, said with the days since its last purchase
  // (tester42 #1, stop 42: the fall read as if the customer spent less, and the recency went unsaid).
  const left = c.windowLeft;
  const leftOne = left
    ? compiled(lang, "windowLeftOne", ["date", "amount", "figures"], { months: left.months })
    : null;
  const leftMany = left
    ? compiled(lang, "windowLeftMany", ["first", "last", "days", "amount", "figures"], {
        months: left.months,
      })
    : null;
  /** The window text of customer i ("" none), round its spend and purchase days `figures`. */
  const leftText = (i: number, figures: string): string => {
    const k = left ? agedSlot(left, i) : -1;
    if (k < 0 || !left || !figures) return "";
    const amount = fmtMoney(left.amount[k]);
    return left.days[k] === 1
      ? leftOne!(day(left.last[k]), amount, figures)
      : leftMany!(day(left.first[k]), day(left.last[k]), String(left.days[k]), amount, figures);
  };
  const riskWhy = riskRoseWords(
    c,
    lang,
    day,
    silentDays,
    gap ? gapBase : NaN,
    gap,
    [prev.lastPurchase, cur.lastPurchase],
    cur.visitsAppointments,
  );
  const addedReason = say(lang, "changes", "addedReason");
  /**
   * A customer not in the previous run: the added words, with what it returned, told us and was
   * contacted about since (stop 44: its returns went unsaid where an existing customer's were named).
   */
  const added = (i: number): string => {
    let figures = scored ? scored(i) : "";
    const called = contacted ? contacted(i) : "";
    if (called) figures = figures ? figures + f.separator + called : called;
    return figures ? withFigures(addedReason, figures) : addedReason;
  };
  return (i) => {
    const j = c.previousIndex[i];
    if (j < 0) return added(i);
    // Its data up to the previous date changed: its purchases, its service signals, or both.
    const data = c.dataChanged?.[i] ?? 0;
    let moves = data & DATA_PURCHASES ? rowChanged(i) : "";
    if (data & DATA_SERVICE && prev.service && cur.service) {
      const text = serviceChanged(dataDate, signalsChanged(prev.service[j], cur.service[i]));
      moves = moves ? moves + movesSep + text : text;
    }
    moves = upperFirst(lang, moves);
    const byCutOffs = c.byCutOffs?.[i] ?? 0;
    for (let b = 0; b < DIMENSIONS.length; b++) {
      if (c.changed[i] & (1 << b)) {
        const d = DIMENSIONS[b];
        const from = prev.codes[d][j];
        const to = cur.codes[d][i];
        let text = move(
          // A dimension after the first is mid-sentence: "…Loyal; lifecycle stage Mature → Decline".
          moves ? midNames[b] : names[b],
          labels[b][slotOf(from, codeCounts[b])],
          labels[b][slotOf(to, codeCounts[b])],
        );
        if (c.byProgram?.[i] && c.byProgram[i] & (1 << b)) text = programMove(text);
        else if (b === STAGE_DIMENSION && stageWhy && c.byTime?.[i] && !(c.byTime[i] & TIME_SILENT))
          text = byTimeMove(text, day(stageWhy.firstPurchase[i]), matureDays);
        else if (b === CHURN && byCutOffs & (1 << b))
          text = !c.sameDate
            ? refitLater(text)
            : serviceKnown(j, i)
              ? refitOthers(text)
              : refitUnsure(text);
        else if (b === TIER && byCutOffs & (1 << b))
          text = tierByCutOffs(
            text,
            slotOf(from, codeCounts[b]) - 1,
            slotOf(to, codeCounts[b]) - 1,
            cur.spend[i],
          );
        else if (c.worse[i] & (1 << b) && boughtSince(prev, cur, j, i))
          text = boughtYet(i, b, text, day(cur.lastPurchase[i])) || text;
        moves = moves ? moves + movesSep + text : text;
      }
      if (b === LAST_QUANTILE && moves && byCutOffs & QUANTILE_BITS) moves = cutOffOthers(moves);
    }
    const timeBits = c.byTime?.[i] ?? 0;
    if (timeBits & TIME_PAUSED) {
      const status = cur.paused?.get(i) ?? "";
      if (moves) moves = status ? pausedByTime(moves, status) : pausedByTimeLeave(moves);
    } else if (timeBits & TIME_SILENT) {
      if (moves) moves = byVisits(i) ? silentByTimeVisits!(moves) : silentByTime(moves);
    } else if (timeBits && !(timeBits & (1 << STAGE_DIMENSION)) && moves) moves = lostByTime(moves);
    if (c.noReturn?.[i] && moves) moves = noReturnMove(moves);
    // Each figure formatted once, and only when the numbers differ.
    let figures = "";
    const said = told ? told(i) : "";
    let a = prev.spend[j];
    let b = cur.spend[i];
    if (differ(a, b)) figures = withFigure(f, figures, words.spend, fmtMoney(a), fmtMoney(b));
    a = prev.frequency[j];
    b = cur.frequency[i];
    if (differ(a, b)) figures = withFigure(f, figures, words.days, fmtMoney(a), fmtMoney(b));
    const leaving = leftText(i, figures);
    if (leaving) figures = leaving;
    a = prev.lastPurchase[j];
    b = cur.lastPurchase[i];
    if (differ(a, b)) figures = withFigure(f, figures, words.last, day(a), day(b));
    else if (leaving && gap && Number.isFinite(b))
      // No purchase since: the time since the last one grew as well (the At-risk tab's reason).
      figures += f.separator + silence(i, b);
    else if (!figures && moves && gap && Number.isFinite(b) && !said && c.move[i] !== BETTER) {
      // Its spend, purchase days and last purchase as before at a later date: what moved it is
      // the time since that purchase (stop 32 tester #2: "冠军客户 → 忠诚客户" said no cause).
      // Not for a move the right way: a longer silence is not why its risk fell.
      figures = silence(i, b);
    }
    a = prev.churnProbability[j];
    b = cur.churnProbability[i];
    let churnText = "";
    if (c.changed[i] & (1 << CHURN) && (Number.isFinite(a) || Number.isFinite(b))) {
      // A risk level that changed is always explained by its figures, to the decimal they differ
      // and stay in their levels.
      const [x, y] = honestPercents(a, b, prevLevel[j], curLevel[i], (ranges ??= rangesOf()));
      churnText = f.figure(words.churn, x, y);
    } else if (differ(a, b) && fmtPct(a) !== fmtPct(b)) {
      // Quoted when it moved by a whole percent or more; then kept within its level too.
      const [x, y] = honestPercents(a, b, prevLevel[j], curLevel[i], (ranges ??= rangesOf()));
      if (x !== y) churnText = f.figure(words.churn, x, y);
    }
    // Bought since and its risk still rose (a mixed row): why, after the figure (stop 44).
    if (churnText && riskWhy) churnText = riskWhy(i, j, churnText);
    if (churnText) figures = figures ? figures + f.separator + churnText : churnText;
    // With its surveys since that were not low (stop 44): named too, not as a cause (the days
    // since the last purchase above are still said).
    const toldAll = scored ? scored(i) : said;
    if (toldAll) figures = figures ? figures + f.separator + toldAll : toldAll;
    // Complaints open then and resolved now (tester68 U403), before the contact that settled them.
    const settledText = settled ? settled(i) : "";
    if (settledText) figures = figures ? figures + f.separator + settledText : settledText;
    const called = contacted ? contacted(i) : "";
    if (called) figures = figures ? figures + f.separator + called : called;
    // A fall in risk as a low score or a late complaint aged out of its lookback: named (refresh8).
    const agedText = aged && b < a ? aged(i) : "";
    if (agedText) figures = figures ? figures + f.separator + agedText : agedText;
    let reason = !figures ? moves : moves ? withFigures(moves, figures) : upperFirst(lang, figures);
    // A wrong-way move the schedule does not call for: why, last (moves52).
    let quiet = noCall ? noCall(i) : "";
    // By time alone: no call of its own either way (movementsOf: Movements.silent; tester62 U147).
    if (!quiet && timeBits & TIME_SILENT && !(timeBits & TIME_PAUSED)) quiet = noCallByTime;
    if (quiet) reason = reason ? reason + movesSep + quiet : quiet;
    // She left: why her level is churned and that no call is planned, last (tester68 U409).
    const gone = leftWhy ? leftWhy(i) : "";
    if (gone) reason = reason ? reason + movesSep + gone : upperFirst(lang, gone);
    return since && reason ? since(previousDate, reason) : reason;
  };
}

/**
 * The schedule's wrong-way movers with no call for time alone within their rhythm: each one's gap
 * between purchase days in whole days, NaN for the others (FollowUpSchedule.movedWithinRhythm).
 */
export type WithinRhythm = Float64Array;

/**
 * Why a wrong-way mover has no call ("no call for this move: …"), "" for the others; null when the
 * run has no such mover.
 */
function noCallWords(
  gaps: WithinRhythm | undefined,
  lang: Lang,
  previousDate: string,
  asOf: number,
  lastPurchase: Float64Array,
  leftWindow: (i: number) => number,
  lastVisit?: Float64Array,
  one = "",
): ((i: number) => string) | null {
  if (!gaps || !gaps.some(Number.isFinite)) return null;
  const today = Math.floor(asOf);
  return (i) => {
    if (!Number.isFinite(gaps[i])) return "";
    const months = leftWindow(i);
    // Read by her visits (Snapshot.lastVisit): the schedule measured her gap between visits.
    const visit = lastVisit ? lastVisit[i] : NaN;
    const visits = visit === visit;
    const last = visits ? visit : lastPurchase[i];
    const p = { date: previousDate, days: today - Math.floor(last), gap: gaps[i], one };
    if (visits)
      return months > 0
        ? say(lang, "changes", "noCallWithinRhythmVisitsWindow", { ...p, months })
        : say(lang, "changes", "noCallWithinRhythmVisits", p);
    return months > 0
      ? say(lang, "changes", "noCallWithinRhythmWindow", { ...p, months })
      : say(lang, "changes", "noCallWithinRhythm", p);
  };
}

/**
 * The window's months when customer i's 12-month spend is lower than the previous run's only
 * because purchases left the window (compare.ts WindowLeft; the schedule's test, movements.ts
 * timeAloneWithinRhythm), else 0: "spend not lower" would be untrue (tester53 N32).
 */
function spendLeftWindow(c: Comparison, prev: Snapshot, cur: Snapshot, i: number): number {
  const left = c.windowLeft;
  const j = c.previousIndex[i];
  if (!left || j < 0 || agedSlot(left, i) < 0) return 0;
  return Math.round(cur.spend[i] * 100) < Math.round(prev.spend[j] * 100) ? left.months : 0;
}

/**
 * What customer i told us since the previous run, for its reason ("new complaint 2026-01-20
 * (open), satisfaction 2/5 on 2026-01-12"); "" when nothing. Null without a measure (no
 * `service` on the comparison): no per-customer cost then.
 */
function serviceWords(
  s: ServiceSince | undefined,
  lang: Lang,
  separator: string,
  day: (d: number) => string,
  anyScore = false,
): ((i: number) => string) | null {
  if (!s) return null;
  // With `anyScore`, a survey since that was not low is named too, its latest score (stop 44: a
  // 9/10 since went unsaid on a wrong-way row where a 4/10 was named), in the same words.
  const latest = anyScore && s.score && s.scoreDay && s.recommend && s.recommendDay ? s : null;
  const w = (code: Code<"changes">, p: WordParams) => say(lang, "changes", code, p);
  const r = s.returns;
  return (i) => {
    const parts: string[] = [];
    if (r && r.count[i] > 0) {
      const amount = fmtCents(r.amount[i]);
      const date = day(r.last[i]);
      const k = r.product[i];
      const product =
        k >= 0 && r.products[k] ? w("service_returnProduct", { product: r.products[k] }) : "";
      parts.push(
        r.count[i] === 1
          ? w("service_return", { amount, date, product })
          : w("service_returns", { count: r.count[i], amount, date }),
      );
      // What it bought since came back in full: no purchase, net (tester43 #7: 1001198 read as a
      // new buyer).
      if (r.bought[i] > 0 && r.bought[i] + r.amount[i] < 0.005)
        parts.push(w("service_returnedAll", {}));
    }
    const n = s.complaints[i];
    if (n > 0) {
      const open = s.open[i];
      const openText =
        open === 0 ? "" : n === 1 ? w("service_open", {}) : w("service_openSome", { count: open });
      const date = day(s.lastComplaint[i]);
      parts.push(
        n === 1
          ? w("service_complaint", { date, open: openText })
          : w("service_complaints", { count: n, date, open: openText }),
      );
    }
    if (s.lowScore[i] === s.lowScore[i])
      parts.push(w("service_lowScore", { score: s.lowScore[i], date: day(s.lowScoreDay[i]) }));
    else if (latest && latest.score![i] === latest.score![i])
      parts.push(
        w("service_lowScore", { score: latest.score![i], date: day(latest.scoreDay![i]) }),
      );
    if (s.lowRecommend[i] === s.lowRecommend[i])
      parts.push(
        w("service_lowRecommend", { score: s.lowRecommend[i], date: day(s.lowRecommendDay[i]) }),
      );
    else if (latest && latest.recommend![i] === latest.recommend![i])
      parts.push(
        w("service_lowRecommend", {
          score: latest.recommend![i],
          date: day(latest.recommendDay![i]),
        }),
      );
    return parts.join(separator);
  };
}

/**
 * Why the churn probability of a mixed customer who bought since still rose (riskRose.ts), wrapped
 * around its probability figure `figure`: the days since its last purchase on both dates when they
 * grew (each checkable against its transactions), then the churn model's reasons now, in the At-risk
 * tab's words ("购买次数少：2 个购买日（所有客户通常约 5.5 个）"). Null when no customer needs it.
 * `previousAsOf`: the previous date (NaN: the same date, no days to count); `gap`: days between;
 * the last purchase of each customer in the previous and in this run.
 */
function riskRoseWords(
  c: Comparison,
  lang: Lang,
  day: (d: number) => string,
  silentDays: (from: string, to: string) => string,
  previousAsOf: number,
  gap: number,
  [prevLast, curLast]: readonly [Float64Array, Float64Array],
  appointments?: boolean,
): ((i: number, j: number, figure: string) => string) | null {
  const r = c.riskRose;
  if (!r) return null;
  const w = (code: Code<"changes">, p: WordParams) => say(lang, "changes", code, p);
  const separator = w("riskRoseSeparator", {});
  const bought = compiled(lang, "riskRoseBought", ["figure", "date", "why"]);
  return (i, j, figure) => {
    const k = agedSlot(r, i);
    if (k < 0) return figure;
    const parts: string[] = [];
    const before = previousAsOf - prevLast[j];
    const now = previousAsOf + gap - curLast[i];
    if (before === before && now > before) parts.push(silentDays(fmtMoney(before), fmtMoney(now)));
    const reasons: string[] = [];
    for (let s = 0; s < MAX_CHURN_REASONS; s++) {
      const code = r.codes[k * MAX_CHURN_REASONS + s];
      // What weighs on it: not what holds a low row down (said first there, reviewer58 R1).
      if (!(code >= 0 && code < CHURN_REASON_CODES.length) || isRelief(code)) continue;
      const o = (k * MAX_CHURN_REASONS + s) * REASON_FIGURES;
      const text = reasonText(
        CHURN_REASON_CODES[code],
        r.figures.subarray(o, o + REASON_FIGURES),
        lang,
        appointments,
      );
      reasons.push(lang === "en-US" ? lowerFirst(text) : text);
    }
    parts.push(
      reasons.length
        ? w("riskRoseNow", { reasons: reasons.join(separator) })
        : w("riskRoseNone", {}),
    );
    return bought(figure, day(curLast[i]), parts.join(separator));
  };
}

/**
 * Customer i's contacts since the previous run, for its reason ("2025-12-21 电话联系（王芳），此后仍
 * 未购买" / "contacted on 2025-12-21 by phone (Wang Fang), no purchase since"); "" none. Null
 * without a measure. Said after the figures and what the customer told us: not a cause of the
 * move, what the owner already did (tester43 #8, stop 43).
 */
function contactWords(
  s: ServiceSince | undefined,
  lang: Lang,
  day: (d: number) => string,
  lastPurchase: Float64Array,
  previousAsOf: number,
  left?: (i: number) => boolean,
): ((i: number) => string) | null {
  const t = s?.contacts;
  if (!t) return null;
  const w = (code: Code<"changes">, p: WordParams) => say(lang, "changes", code, p);
  const how = CONTACT_CHANNELS.map((k) => w(`contactHow_${k}`, {}));
  return (i) => {
    if (!(t.count[i] > 0)) return "";
    const k = t.row[i];
    const date = day(t.last[i]);
    const who = t.owner[k] ? w("service_contactOwner", { owner: t.owner[k] }) : "";
    const channel = t.channel[k];
    let text =
      channel >= 0 && channel < how.length
        ? w("service_contact", { date, how: how[channel], owner: who })
        : w("service_contactAny", { date, owner: who });
    if (t.count[i] > 1) text = w("service_contacts", { count: t.count[i], contact: text });
    // Nothing bought on or after the contact's day: the call did not bring a purchase. A purchase
    // since the previous run came before it: said with its date (tester52 L10: "visited 12-09, no
    // purchase since" read as "did not buy" for a customer who bought on 12-08).
    const last = lastPurchase[i];
    // A customer who left (leftSince.ts): the contact is no failed call; her row says she left.
    if (last >= t.last[i] || left?.(i)) return text;
    return Math.floor(last) > Math.floor(previousAsOf)
      ? w("service_contactAfterPurchase", { contact: text, date: day(last) })
      : w("service_contactNoPurchase", { contact: text });
  };
}

/**
 * Customer i's complaints open at the previous run and resolved now (Comparison.resolved), for its
 * reason ("2026-05-17 的投诉“奶粉过期了”上次分析时未解决，现已处理"); "" none. Null when none.
 */
function settledWords(
  c: Pick<Comparison, "resolved" | "service">,
  lang: Lang,
  day: (d: number) => string,
): ((i: number) => string) | null {
  const count = c.resolved;
  const s = c.service?.settled;
  if (!count || !s) return null;
  const w = (code: Code<"changes">, p: WordParams) => say(lang, "changes", code, p);
  return (i) => {
    if (!(count[i] > 0)) return "";
    const words = s.text?.[s.row[i]]?.trim() ?? "";
    const text = words ? w("service_resolvedText", { text: words }) : "";
    const date = day(s.day[i]);
    return count[i] === 1
      ? w("service_resolved", { date, text })
      : w("service_resolvedMany", { count: count[i], date, text });
  };
}

/**
 * Why customer i left since the previous run (leftSince.ts), in the words of its customer_left
 * reason on the customer's row ("客户已离开：2026-11-03 的跟进记录写明“以后不来”，…，不再安排联系");
 * "" for the others. Null when no listed customer left.
 */
function leftWords(left: LeftSince | undefined, lang: Lang): ((i: number) => string) | null {
  if (!left) return null;
  return (i) => {
    const k = agedSlot(left, i);
    if (k < 0) return "";
    const text = reasonText(
      "customer_left",
      left.figures.subarray(k * REASON_FIGURES, (k + 1) * REASON_FIGURES),
      lang,
    );
    return lang === "en-US" ? lowerFirst(text) : text;
  };
}

/**
 * The service signals that differ between two codes (service.ts), each "before → now" ("open
 * complaints 0 → 1, low satisfaction score no → yes"): the words of a DATA_SERVICE change.
 */
function signalWords(
  lang: Lang,
  separator: string,
  cap: number | undefined,
): (before: number, now: number) => string {
  const signal = {
    lowScore: compiled(lang, "signal_lowScore", ["from", "to"]),
    detractor: compiled(lang, "signal_detractor", ["from", "to"]),
    open: compiled(lang, "signal_open", ["from", "to"]),
    late: compiled(lang, "signal_late", ["from", "to"]),
    contact: compiled(lang, "signal_contact", ["from", "to"]),
  };
  const yes = say(lang, "changes", "signal_yes");
  const no = say(lang, "changes", "signal_no");
  const flag = (x: boolean) => (x ? yes : no);
  // Counts are kept to 3, as the model reads them: 3 is "3 or more" (the catalog's words).
  const most = say(lang, "changes", "signal_countOrMore", { count: COUNT_MAX });
  const count = (x: number) => (x >= COUNT_MAX ? most : String(x));
  // Days without contact past the threshold: at the cap "at least" (the model reads no more), past
  // it never contacted (reviewer D3, stop 34: a customer never contacted read "360 → 0").
  const never = say(lang, "changes", "signal_contactNever");
  const modelGap = (x: number) => (cap === undefined ? x : Math.min(x, cap));
  const gapText = (x: number) =>
    cap === undefined || x < cap
      ? String(x)
      : x > cap
        ? never
        : say(lang, "changes", "signal_contactAtLeast", { days: cap });
  return (before, now) => {
    const a = decodeService(before);
    const b = decodeService(now);
    const parts: string[] = [];
    if (a.lowScore !== b.lowScore) parts.push(signal.lowScore(flag(a.lowScore), flag(b.lowScore)));
    if (a.detractor !== b.detractor)
      parts.push(signal.detractor(flag(a.detractor), flag(b.detractor)));
    if (a.open !== b.open) parts.push(signal.open(count(a.open), count(b.open)));
    if (a.late !== b.late) parts.push(signal.late(count(a.late), count(b.late)));
    // Never contacted and at the cap read alike to the model: no change of what it read.
    if (modelGap(a.contactGap) !== modelGap(b.contactGap))
      parts.push(signal.contact(gapText(a.contactGap), gapText(b.contactGap)));
    return parts.join(separator);
  };
}

/**
 * What aged out of customer i's churn signals since the previous run, for a reason ("satisfaction
 * 2/5 of 2024-12-20 now older than 365 days (no longer counted)"); "" when nothing. Null without
 * a measure.
 */
function agedWords(
  aged: ServiceAgedOut | undefined,
  lang: Lang,
  separator: string,
  day: (d: number) => string,
): ((i: number) => string) | null {
  if (!aged) return null;
  const w = (code: Code<"changes">, p: WordParams) => say(lang, "changes", code, p);
  const days = aged.lookbackDays;
  return (i) => {
    const k = agedSlot(aged, i);
    if (k < 0) return "";
    const parts: string[] = [];
    if (aged.score[k] === aged.score[k])
      parts.push(
        w("service_agedScore", {
          score: aged.score[k],
          date: day(aged.scoreDay[k]),
          days: days.score,
        }),
      );
    if (aged.recommend[k] === aged.recommend[k])
      parts.push(
        w("service_agedRecommend", {
          score: aged.recommend[k],
          date: day(aged.recommendDay[k]),
          days: days.recommend,
        }),
      );
    if (aged.late[k] > 0)
      parts.push(w("service_agedLate", { count: aged.late[k], days: days.late }));
    return parts.join(separator);
  };
}

/** Slot of a code in SLOT_LABELS: code k → k + 1; none or out of range → 0. */
const slotOf = (k: number, codeCount: number) => (k >= 0 && k < codeCount ? k + 1 : 0);

/** Two figures that may read differently (NaN and NaN read alike). */
const differ = (a: number, b: number) => a !== b && !(Number.isNaN(a) && Number.isNaN(b));

interface Figures {
  figure: (word: string, from: string, to: string) => string;
  separator: string;
}

/** The figures so far with one more "word before → now", when the two read differently. */
function withFigure(f: Figures, figures: string, word: string, a: string, b: string): string {
  if (a === b) return figures;
  const text = f.figure(word, a, b);
  return figures ? figures + f.separator + text : text;
}

/**
 * Why customer i of the current run is listed as a mover (one customer: see moverReasons for many).
 *
 * @example moverReason(c, prev, cur, 0, "en-US") // "Value class Important value → Important win-back (since 2025-11-30); spend 12,000 → 800"
 */
export function moverReason(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
  i: number,
  lang: Lang,
): string {
  return moverReasons(c, prev, cur, lang)(i);
}

/**
 * The follow-up reason of a customer who moved the wrong way (issue 12, item 3): each dimension
 * that moved the wrong way, from → to, and since when. Risk "rises"; everything else "drops".
 *
 * @example wrongWayText(c, prev, cur, 0, "zh-CN") // "价值分类从重要价值客户降至重要挽留客户（自 2025-11-30）"
 * @example wrongWayText(c, prev, cur, 0, "en-US") // "Value class dropped from Important value to Important win-back since 2025-11-30"
 */
export function wrongWayText(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
  i: number,
  lang: Lang,
): string {
  const j = c.previousIndex[i];
  if (j < 0 || !c.worse[i]) return "";
  const zh = lang === "zh-CN";
  const parts: string[] = [];
  DIMENSIONS.forEach((d, b) => {
    if (!(c.worse[i] & (1 << b))) return;
    const from = codeLabel(d, prev.codes[d][j], lang);
    const to = codeLabel(d, cur.codes[d][i], lang);
    const dimension = DIMENSION_WORDS[d][lang];
    parts.push(
      say(lang, "changes", d === "churnRiskLevel" ? "rose" : "dropped", {
        // English puts the dimension mid-sentence after the first: lower case there.
        dimension: zh || parts.length === 0 ? dimension : lowerFirst(dimension),
        from,
        to,
      }),
    );
  });
  // "Since" the previous date only when it is an earlier one (a re-run's would read "since today").
  const date = Number.isFinite(c.previous.asOf) && !c.sameDate ? isoDate(c.previous.asOf) : "";
  const since = date ? say(lang, "changes", "sinceAfterMoves", { date }) : "";
  return parts.join(say(lang, "changes", "wrongWaySeparator")) + since;
}
