import {
  attemptedSince,
  contactedSince,
  dateTypedStatuses,
  doneStatusWarning,
  recordedSince,
} from "./followUp/doneStatus";
import {
  measureModelFirst,
  summariseCustomers,
  type CustomerSummary,
} from "./aggregate/customerSummary";
import { activityDays } from "./aggregate/visits";
import { inputPlace, inputReadFrom, inputSheetName } from "./inputSheetName";
import { ownersLeftWarning } from "./followUp/owners";
import { doNotContactWarning } from "./followUp/doNotContact";
import { pausesOf } from "./followUp/hold";
import {
  listedRowsNotUsedWarning,
  noYearRowsAll,
  noYearRowsWarning,
  rowNotUsedNotes,
} from "./followUp/listedRowsNotUsed";
import { maskedIdsWarning } from "./ingest/maskedIds";
import { heldBalances } from "./ingest/storedValue";
import { fitCustomerModel, type CustomerModel } from "./clv/customerModel";
import { modelForLeft } from "./lifecycle/left";
import { dropSpareColumns } from "./clv/spares";
import {
  churnEarlier,
  earlierDays,
  sendEarlier,
  startChurnRisk,
  type ChurnRiskResult,
} from "./churn/risk";
import { modelJob, modelOf, type ModelRest, type Runners } from "./backtest/job";
import { churnHorizonWarning } from "./churn/horizonShort";
import { classifyCustomers, type ClassifyResult } from "./classify";
import { summariseComplaints, type ComplaintSummary } from "./complaints/summary";
import { CancelledError } from "./errors";
import { readPreviousSnapshot } from "./changes/previous";
import { shrinkingUnhappy } from "./followUp/shrinking";
import { compareSnapshots, movementsOf, serviceSince } from "./changes/compare";
import { serviceAgedOut } from "./changes/service";
import { leftSinceOf } from "./changes/leftSince";
import { riskRoseOf } from "./changes/riskRose";
import { serviceSignals, unhappyOf } from "./churn/signals";
import { forgetMeasured, snapshotOf, type Snapshot } from "./changes/snapshot";
import type { RunChanges } from "./changes";
import { mergeRunLog, readRunLogRows, type RunLogRow } from "./changes/history";
import { runLogReadColumns } from "./report/runLogTab";
import { scheduleFollowUps, type FollowUpSchedule } from "./followUp/schedule";
import { chooseCalendar } from "./calendar/holidayCalendar";
import { namedCurrency } from "./report/amountsCurrency";
import { datasetLanguage } from "./datasetLanguage";
import {
  csvEncodingWarning,
  lookalikeSheetWarnings,
  siblingSheetsWarnings,
  returnsSheetWarning,
  unreadInputSheetWarnings,
  visitsReadWarning,
  unusedInputWarnings,
  misspeltColumnWarnings,
  likelyOwnerWarnings,
  rowsNotUsedWarnings,
  amountsScaledWarnings,
  storedValueWarnings,
  unknownCustomersWarnings,
  returnsAsPurchasesWarnings,
  rowKindsUnknownWarnings,
  currencyMixedWarnings,
  noOwnerWarning,
  revenueWarning,
  modelNotFittedWarning,
  modelWarning,
  unsettledFitWarning,
  spendFitUnsettledWarning,
  oneTimeValueWarning,
  runWarnings,
  type RunWarning,
} from "./followUp/warnings";
import { littleNewData } from "./changes/newData";
import {
  laterOwnRun,
  laterRun,
  laterRunWarning,
  sameDatePrior,
  sameDateRerunWarning,
  stateKeptWarning,
} from "./changes/laterRun";
import type { ColumnOverrides } from "./ingest/header";
import { ingestWorkbook, type GridSource } from "./ingest/workbook";
import type { Dataset } from "./model";
import { relationshipKpis, type RelationshipKpis } from "./overview/kpis";
import { oneOffBusiness } from "./overview/oneOff";
import type { EpochDay } from "./parse/date";
import type { Finding } from "./quality";
import { emptyOptionalSheets } from "./emptySheets";
import { maskFindings, refuseContactIds } from "./shareMask";
import { laterHistory, noteLaterHistory } from "./laterHistory";
import { trendPeriodWarning } from "./lifecycle/trendPeriod";
import {
  finishedCourses,
  oneIntervalAgedOf,
  oneIntervalStopped,
  ownGapDaysOf,
} from "./followUp/retention";
import {
  carryTypedNotes,
  mergeSchedules,
  readEarlierSchedule,
  stateWroteTab,
  typedNotesNotSharedWarning,
  typedNotesWarning,
  typedNotesPastCapWarning,
  typedStatusesDroppedWarning,
  scheduleOwnerDateChangedWarning,
  scheduleNotCarriedWarnings,
  type CarriedNotes,
  type EarlierSchedule,
} from "./followUp/typedNotes";
import { ruleSetId, type RuleSet, type RuleSetId } from "./rules";
import { summariseSatisfaction, type SatisfactionSummary } from "./satisfaction/summary";
import type { Lang, SheetKind } from "./schema";
import { sheetOf } from "./report/outputTabs";
import { addedNotCarriedWarning, readAddedColumns, TYPED_TABS } from "./report/addedColumns";
import { tabsWritten } from "./report/tabs";
import { tabSheetNames, type TabNaming, type TabSheetNames } from "./words/tabNamesKept";

/** Where a run is and how far it got, for a progress bar. */
export interface Progress {
  step: "read" | "analyze" | "write";
  /** What is being done, e.g. the sheet being read ("Transactions") or the analysis step. */
  detail: string;
  rowsDone: number;
  /**
   * The rows the step will do in all, when known (a tab being written; a sheet being read when its
   * source can tell, an estimate for a CSV until its end); absent: a running count.
   */
  rowsTotal?: number;
}

export interface AnalyzeOptions {
  rules: RuleSet;
  /**
   * The analysis date (epoch day), resolved once by resolveAnalysisDate (explicit, rule set,
   * today): every step gets this number; rows after it are reported and not used.
   */
  asOf: EpochDay;
  sheets?: Partial<Record<SheetKind, string>>;
  columns?: Partial<Record<SheetKind, ColumnOverrides>>;
  onProgress?: (p: Progress) => void;
  /** Checked between steps and blocks: true stops the run with CancelledError. */
  isCancelled?: () => boolean;
  /**
   * The run to compare with (CLI --previous). Undefined: the previous run the source's own output
   * tabs hold (read before they are replaced); null: compare with nothing.
   */
  previous?: Snapshot | null;
  /**
   * Run-log rows of the run named by `previous` (CLI --previous: its workbook's run log or its
   * JSON's history), so a refresh from CSV keeps the KPI trend; the source's own rows win a date.
   * Rows dated after this analysis are left out, with a warning (laterHistory.ts).
   */
  previousRunLog?: RunLogRow[];
  /**
   * The earlier run held by the file this run's output replaces (CLI: the -o workbook of an earlier
   * run, with its run log), used when `previous` is undefined and the source holds no run of its
   * own: re-running one's own workbook into the same report each month is a refresh (tester16
   * #1: the month before was replaced without a word). It counts as the workbook's own last run
   * (a re-run of its date compares with the run it compared with), but for a later one.
   */
  replaced?: { snapshot: Snapshot; runLog: RunLogRow[]; schedule?: EarlierSchedule | null };
  /**
   * The schedule tab of the run `previous` names (CLI --previous: its workbook's; a JSON result
   * has none): what the user typed there is carried into this run's (followUp/typedNotes.ts).
   * Without `previous`: the source's own schedule tab, else the replaced output's.
   */
  previousSchedule?: EarlierSchedule | null;
  /**
   * Runs the repeat-purchase fits elsewhere (backtest/job.ts; the CLI: a worker thread): today's
   * model beside the classification and the earlier dates' measures, then churn risk's earlier
   * dates' beside today's snapshot and service signals. Called with the customer count once the
   * data is read (it may start its worker then, or decline small data: null); absent or null: all
   * in the thread.
   */
  runners?: (customers: number) => Runners | null;
  /**
   * How the tabs are named, in the run's language `lang` (words/tabNamesKept.ts tabSheetNames):
   * decided here, before the run's warnings are worded, so a warning naming a tab (same_date_rerun,
   * little_new_data: the Changes tab) names it as written ("变化 (2)"), as the tabs' pointers do.
   * Absent: the usual names (Analysis.named too).
   */
  naming?: TabNaming & { lang: Lang };
}

/** Everything one run computed, column-wise; report tables and JSON are views of it. */
export interface Analysis {
  asOf: EpochDay;
  rules: RuleSet;
  ruleSet: RuleSetId;
  dataset: Dataset;
  findings: Finding[];
  summary: CustomerSummary;
  classification: ClassifyResult;
  schedule: FollowUpSchedule;
  /** Warnings about the whole run (holiday calendar ends, stale data): CLI, pane and run log show them. */
  warnings: RunWarning[];
  /**
   * What the user typed on the earlier schedule tab, matched to this schedule's rows (absent: no
   * earlier schedule tab was read). The schedule tab writes it (followUp/typedNotes.ts).
   */
  carriedNotes?: CarriedNotes;
  satisfaction: SatisfactionSummary | null;
  complaints: ComplaintSummary | null;
  kpis: RelationshipKpis;
  model: CustomerModel;
  /** This run's compact per-customer record (written to the run-state tab for the next refresh). */
  snapshot?: Snapshot;
  /**
   * The rows of the run log the previous run wrote (the KPI history), oldest first: the run log
   * tab keeps them all; the KPI trend takes those up to this analysis date (history.ts runHistory).
   */
  earlierRunLog?: RunLogRow[];
  /** What changed since the previous run; null when there was none to compare with. */
  changes?: RunChanges | null;
  /** The date of a run to compare with that was later than this one: not compared (laterRun.ts). */
  laterRun?: EpochDay;
  /**
   * The date of the workbook's own last run when later than this one: its run state is kept, this
   * run writes none (laterRun.ts laterOwnRun).
   */
  stateKept?: EpochDay;
  /**
   * The names the tabs are written under and those a sheet of the user's holds (AnalyzeOptions
   * naming; absent without it): the writers' names, the tabs' pointers, tab_names_taken.
   */
  named?: TabSheetNames;
  /** Churn risk: the learned model, its horizon and the backtest (churn/risk.ts). */
  churn: ChurnRiskResult;
}

/** A split model's rest (ModelJob.split): the runner's, else taken from a fit made here. */
async function restOf(
  elsewhere: Promise<ModelRest> | null,
  here: () => ModelRest,
): Promise<ModelRest> {
  if (elsewhere) return elsewhere;
  const { expectedNextPurchase, clv, note, gammaGamma, fitNote, notFitted, oneTimeValueBlank } =
    here();
  return { expectedNextPurchase, clv, note, gammaGamma, fitNote, notFitted, oneTimeValueBlank };
}

/**
 * Reads a workbook and runs the whole analysis: ingest and data quality, the customer summary (the
 * one pass over the transactions; every later step reads its per-customer arrays), segmentation, lifecycle and churn risk, follow-up schedule, satisfaction and complaints, and the
 * BG/NBD + Gamma-Gamma model (P(alive), expected purchases, lifetime value).
 * Throws InputError for input that cannot be analysed, CancelledError when cancelled.
 *
 * @example const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
 */
export async function analyzeWorkbook(
  source: GridSource,
  options: AnalyzeOptions,
): Promise<Analysis> {
  const asOf = Math.floor(options.asOf);
  // The caller resolved the date (resolveAnalysisDate); no step reads rules.asOf again.
  const rules: RuleSet = options.rules;
  const progress = options.onProgress ?? (() => undefined);
  const check = () => {
    if (options.isCancelled?.()) throw new CancelledError();
  };
  // The previous run, read before this run's tabs replace it.
  const sourceOwn = options.previous === undefined ? await readPreviousSnapshot(source) : null;
  // What the user typed on the earlier schedule tab, read before this run's tab replaces it.
  // The tab this run replaces (the workbook's own, refreshed in place, or the replaced output) is
  // read with --previous too: it is where the user typed (reviewer44 D2: in place with
  // --previous nov.json every typed cell was lost without a word). Its customers' rows win; the
  // --previous run's give only customers it does not have.
  // With the texts its run recorded writing (the state read above, else read for them).
  // The run log tells whether the state's run wrote the tab (a past month re-run keeps a later
  // run's state and rewrites the tab): typedNotes.ts stateWroteTab.
  const ownRunLog = await readRunLogRows(source, runLogReadColumns);
  const ownSchedule =
    (await readEarlierSchedule(
      source,
      sourceOwn ? (sourceOwn.scheduleWritten ?? null) : undefined,
      !sourceOwn || stateWroteTab(sourceOwn.asOf, ownRunLog),
    )) ??
    options.replaced?.schedule ??
    null;
  // Columns the user added to the schedule and the at-risk list: not carried, said (tester54 T8;
  // reviewer56 R7: a note under no header too). Top rows only, unless one is found.
  const added = [];
  for (const tab of TYPED_TABS) added.push(await readAddedColumns(source, tab).catch(() => null));
  const earlierSchedule =
    options.previous !== undefined
      ? mergeSchedules(ownSchedule, options.previousSchedule ?? null)
      : ownSchedule;
  // The replaced output's run stands for the workbook's own when the workbook holds none.
  // Not when it is of this date and keeps no earlier run: compared with itself it would show a
  // Changes tab of nothing (reviewer16 D16: a second `npm run demo`).
  const offered = options.replaced;
  const replaced =
    options.previous === undefined &&
    !sourceOwn &&
    offered &&
    !(Math.floor(offered.snapshot.asOf) === asOf && !offered.snapshot.prior)
      ? offered
      : undefined;
  const found =
    options.previous !== undefined ? options.previous : (sourceOwn ?? replaced?.snapshot ?? null);
  // A run dated after this one is not compared with, whichever path it came by (laterRun.ts).
  const later = laterRun(found, asOf);
  // The workbook's own run, when it read its own (not a --previous); the replaced output's, unless
  // later (its state is not carried into this output, so it is not "kept").
  const own = options.previous === undefined ? (sourceOwn ?? (later ? null : found)) : null;
  // The replaced output's run log goes on in this run's, as a --previous run's does.
  const previousRunLog = options.previousRunLog ?? replaced?.runLog;
  // A re-run of the workbook's last date compares with the run that one compared with, which its
  // state keeps: the month's changes and wrong-way calls again (laterRun.ts sameDatePrior).
  const previous = later ? null : (sameDatePrior(own, asOf) ?? found);
  // The workbook's own later run keeps its run state (laterRun.ts laterOwnRun).
  const kept = laterOwnRun(own, ownRunLog, asOf);
  const earlierRunLog = previousRunLog
    ? mergeRunLog([...laterHistory(previousRunLog, asOf).kept, ...ownRunLog], null)
    : ownRunLog;
  check();
  const { dataset, findings, checkReturns } = await ingestWorkbook(source, {
    asOf,
    sheets: options.sheets,
    columns: options.columns,
    returnsLater: true,
    onProgress: (kind, rowsDone, rowsTotal) => {
      check();
      progress({ step: "read", detail: kind, rowsDone, rowsTotal });
    },
  });
  check();
  // A workbook to share whose IDs are phone numbers would carry them all (reviewer56 R1).
  if (rules.followUp.maskContactDetails) refuseContactIds(dataset);
  findings.push(...emptyOptionalSheets(dataset, source));
  const customers = dataset.customers.count;
  const step = (detail: string) => {
    check();
    progress({ step: "analyze", detail, rowsDone: customers });
  };
  const runners = options.runners?.(customers) ?? null;
  step("summary");
  // Today's model reads the summary's model measures alone: fitted elsewhere (a worker) while the
  // rest of the summary is measured, the customers classified and the earlier dates measured,
  // else here after them (the same figures). Elsewhere its measures are taken first, in a pass of
  // their own (customerSummary.ts measureModelFirst), and its job sent at once: sent after the
  // whole summary, the fit began ~0.25 s later at 100k customers, the other core idle meanwhile.
  // Its columns are the summary's, which the run keeps: the job is kept (copied) whole. Elsewhere
  // it comes in two parts (ModelJob.split): what churn risk reads first, the rest (spend model,
  // lifetime values, next-purchase dates: the report's) after the earlier dates' fits.
  const first = runners ? measureModelFirst(dataset, rules, asOf) : undefined;
  const todaysJob = first && modelJob(dataset, first, asOf, rules);
  const modelElsewhere =
    (todaysJob && runners?.model({ ...todaysJob, split: true }, [todaysJob])) ?? null;
  // The returns check, which changes no row, once the job is sent: the fit starts without it.
  checkReturns?.();
  // The one pass over the transactions: every per-customer measure the later steps read.
  // The earlier dates churn risk reads are measured in the same pass (their figures alike).
  const summary = summariseCustomers(
    dataset,
    rules,
    asOf,
    earlierDays(rules, asOf, customers),
    first,
  );
  step("segments");
  // The rules are hashed once a run: the classifications and the snapshot record the same id.
  const ruleSet = ruleSetId(rules);
  const classification = classifyCustomers(dataset, summary, rules, asOf, { ruleSet });
  const analysis = classification.analysis;
  // A transaction row not used of a customer's (a date with no year): said after their reasons.
  const notUsedNotes = rowNotUsedNotes(dataset);
  if (notUsedNotes) analysis.rowNotUsedNotes = notUsedNotes;
  // Visits of an appointments sheet: the reasons say them as kept appointments (fix67e).
  if (dataset.visits?.appointments) analysis.visitsAppointments = true;
  // A member's prepaid balance not used yet: her value at stake, though her spend reads 0.
  const held = heldBalances(dataset, asOf);
  if (held) analysis.heldBalance = held;
  step("model");
  const measured = modelElsewhere
    ? churnEarlier(dataset, rules, { asOf, summary, classification })
    : null;
  // The earlier dates' fits follow today's there at once (each starts from the fit before it
  // there), then the rest of today's model: the worker does not wait for this thread.
  const sent =
    runners && measured
      ? sendEarlier(dataset, rules, measured, runners.model, runners.backtest?.bind(runners))
      : null;
  const restElsewhere = runners && modelElsewhere ? runners.rest() : null;
  // A worker that stops rejects every job it holds at once: the first await below says so, and the
  // promises not yet awaited must not end the process as unhandled rejections (their own awaits,
  // later, still see the error).
  for (const p of [sent?.past1, sent?.past2, restElsewhere]) p?.catch(() => undefined);
  const model = modelElsewhere
    ? modelOf(await modelElsewhere, rules)
    : fitCustomerModel(dataset, summary, asOf, rules.model);
  // Churn risk reads the model's probability of no purchase, and the follow-up plan reads churn
  // risk.
  step("churnRisk");
  // The service signals at the analysis date: the churn model reads them, and the snapshot keeps
  // them (changes/service.ts). Measured once for both: at 1,000,000 customers each measure is
  // ~56 MB of columns, and the churn model's copy lived on beside the snapshot's.
  const signals = serviceSignals(dataset, rules, asOf);
  // Set when this run fails while churn risk is still waiting for the worker's fits (below): its
  // work after the wait (learning, the backtest) is then not done for a run already failed
  // (reviewer49 L2: it went on behind the caller's error). Its figures are not touched otherwise.
  let failed = false;
  const unlessFailed = <T>(fit: Promise<T> | null): Promise<T> | null => {
    if (!fit) return null;
    const checked = fit.then((v) => {
      if (failed) throw new CancelledError();
      return v;
    });
    // Handled as the fit itself is (above): its own awaits still see a rejection.
    checked.catch(() => undefined);
    return checked;
  };
  const churnStarting = startChurnRisk(
    dataset,
    rules,
    { asOf, summary, classification, model },
    (detail) => {
      if (failed) throw new CancelledError();
      step(detail);
    },
    sent && { ...sent, past1: unlessFailed(sent.past1), past2: unlessFailed(sent.past2) },
    measured,
    signals,
  );
  // Awaited below, after the steps done meanwhile: a rejection is handled until then.
  churnStarting.catch(() => undefined);
  // Churn risk waits for the worker's asOf − H fit before it learns (startChurnRisk): meanwhile
  // this thread does the steps that read no churn figure, satisfaction (its breakdowns read the
  // classification's tiers and segments) and complaints, instead of waiting idle (~0.07 s at 100k
  // customers on a quiet machine). Their figures are the same whichever comes first. Its step is
  // said as its work starts, as every step's is (reviewer49 L3: it was said after the follow-up
  // plan): with the worker, between churnLearn and churnBacktest.
  let satisfaction: SatisfactionSummary | null;
  let complaints: ComplaintSummary | null;
  let churnStarted: Awaited<typeof churnStarting>;
  try {
    step("satisfaction");
    satisfaction = summariseSatisfaction({
      dataset,
      analysis,
      rules: rules.satisfaction,
      asOf,
      windowStart: summary.measuredFor.windowStart,
    });
    complaints = summariseComplaints({ dataset, rules: rules.complaints, asOf });
    churnStarted = await churnStarting;
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    // No job follows, whether the run goes on or failed here: the worker answers the jobs it
    // holds and is freed (reviewer49 L2: a throw above left it held).
    runners?.done();
  }
  // The fits of this thread are done: their spare columns are not kept past the run.
  dropSpareColumns();
  // The comparison with the previous run comes before the schedule: a customer who moved the
  // wrong way gets a follow-up of its own (issue 12). Said only when there is a previous run (a
  // first run's progress said "comparing with the last run").
  if (previous) step("changes");
  // The snapshot keeps the service signals the churn model read (changes/service.ts), those
  // measured above, and what aged out of them since the previous run.
  const snapshot = snapshotOf({ asOf, ruleSet, dataset, classification, summary, rules }, signals);
  // Who is paused (冻结, on leave): her silence since is the pause's, not a move (tester67 U313).
  // Who is unhappy by her own word (a low score, a complaint open): her pause status is none (U523).
  const unhappy = unhappyOf(
    signals,
    rules.satisfaction.lowScoreMax,
    rules.satisfaction.npsDetractorMax,
    { asOf, recencyDays: summary.segmentation.recencyDays },
  );
  const paused = previous ? pausesOf(dataset, asOf, unhappy) : undefined;
  if (paused) snapshot.paused = paused;
  // What customers told us since the previous run goes into the movers' reasons (stop 29 tester #4).
  const comparison = previous
    ? compareSnapshots(
        previous,
        snapshot,
        serviceSince(
          dataset,
          previous.asOf,
          asOf,
          rules.satisfaction,
          serviceAgedOut(dataset, rules, previous.asOf, asOf, signals),
        ),
      )
    : null;
  // A mixed customer who bought since and whose churn risk still rose: its row names why, from
  // this run's churn reasons (changes/riskRose.ts).
  const riskRose =
    previous && comparison && riskRoseOf(comparison, previous, snapshot, analysis.churnReasons);
  if (comparison && riskRose) comparison.riskRose = riskRose;
  // A customer who left since (a status, a contact's note): her row says so, with no call (U409).
  const leftSince =
    previous && comparison && leftSinceOf(comparison, previous, snapshot, analysis.churnReasons);
  if (comparison && leftSince) comparison.leftSince = leftSince;
  if (comparison && churnStarted.model.source === "default") comparison.defaultWeights = true;
  // The comparison has measured what it needs from the transactions (snapshot.ts windowFigures).
  forgetMeasured(snapshot);
  step("followUps");
  // Two-day customers past their first year (decline whatever the period): the retention calls
  // and the trend-period warning read the one mask.
  const oneIntervalAged = oneIntervalAgedOf(
    summary.segmentation.purchaseDays,
    summary.segmentation.firstPurchase,
    asOf,
    rules.lifecycle.matureAfterDays,
  );
  // A customer read by her visits (消课记录, Check-ins) is planned from her last visit.
  const active = activityDays(summary);
  // Whether most customers buy once (a renovation): then a churned one-time buyer is a past client,
  // not for the win-back campaign, and the Overview's churn counts those who left (tester61 U116).
  const reading = oneOffBusiness(summary.segmentation, asOf);
  // Elsewhere, a one-day customer of an occasion order (a wedding cake at a bakery): 2 (tester67 U310).
  const occasion =
    reading.kind === "one_off" || !classification.occasion
      ? undefined
      : classification.occasion.map((o) => 2 * o);
  const schedule = scheduleFollowUps({
    dataset,
    analysis,
    lastPurchase: active.last,
    firstPurchase: active.first,
    lifetimeSpend: summary.netSpend,
    // The churned customers' campaign lists the lost accounts holding the high tier's share of the
    // lost value (80%: at 1,000,000 customers, 152,000 of 698,000); the rest are counted.
    winBackCampaignShare: rules.segmentation.valueTier.highShare,
    rules: rules.followUp,
    // The rule set's calendar, else the one of the currency the report shows (tester60 U103).
    // Chinese headers keep China's (reviewer61 R5).
    holidayCalendar: chooseCalendar(
      rules.followUp.calendar,
      namedCurrency(rules, dataset),
      datasetLanguage(dataset),
    ),
    asOf,
    movements: previous && comparison ? movementsOf(previous, comparison) : undefined,
    // No earlier run at all (state, --previous, run log): its contacts due before were never planned.
    firstRun: found === null && earlierRunLog.length === 0,
    // The payment failures, missed appointments and refunds the churn reasons read (measured once).
    said: signals,
    // Orders fallen by 40 % with a low score or a complaint in 90 days: a call (tester67 U309).
    shrinking: shrinkingUnhappy(
      dataset,
      asOf,
      rules.satisfaction.lowScoreMax,
      summary.segmentation.byVisits,
    ),
    unhappy,
    rhythm: {
      typicalGapDays: classification.typicalGapDays,
      overdueFactor: rules.lifecycle.overdueFactor,
      horizonDays: rules.churn.churnHorizonDays,
      oneIntervalStopped: oneIntervalStopped(
        summary.segmentation.purchaseDays,
        summary.segmentation.recentCount,
      ),
      oneIntervalAged,
      trendPeriodDays: rules.lifecycle.trendPeriodDays,
      ownGapDays: ownGapDaysOf(
        summary.segmentation,
        classification.typicalGapDays,
        asOf,
        churnStarted.model.source === "default",
        classification.populationGapDays,
        classification.pairGapDays,
      ),
      finishedCourse: finishedCourses(summary.segmentation, asOf),
      ...(reading.kind === "one_off"
        ? { pastClient: pastClients(summary.segmentation.spendDays) }
        : occasion
          ? { pastClient: occasion }
          : {}),
      // Read as no rhythm under the default weights only, as churnRhythm reads it.
      ...(churnStarted.model.source === "default" && summary.segmentation.unevenPair
        ? { unevenPair: summary.segmentation.unevenPair }
        : {}),
      ...(churnStarted.model.source === "default" && summary.segmentation.offSeasonGap
        ? { offSeasonGap: summary.segmentation.offSeasonGap }
        : {}),
    },
  });
  // Satisfaction and complaints were summarised while churn risk waited for the worker (above).
  step("overview");
  // The summary's window is the segmentation's: the Overview and Customer segments count the same days.
  const kpis = relationshipKpis({ summary, analysis, reading });
  // The backtest, when its asOf − 2H fit was made elsewhere, is finished here (when that fit is
  // back): the Overview tab points to it.
  const churn: ChurnRiskResult = { ...churnStarted, validation: await churnStarted.validation };
  // Today's model made whole: the rest fitted elsewhere, or (it could not be asked) here.
  if (modelElsewhere)
    Object.assign(
      model,
      await restOf(restElsewhere, () => fitCustomerModel(dataset, summary, asOf, rules.model)),
    );
  // Customers who left buy no more: no P(alive), purchases, next purchase or value ahead.
  modelForLeft(model, analysis);
  const typedNotes = earlierSchedule
    ? carryTypedNotes(
        earlierSchedule,
        schedule,
        dataset,
        recordedSince(dataset, asOf, found?.asOf, summary.lastPurchase),
      )
    : undefined;
  // A shared workbook (contact details masked) carries nothing typed: a manager's note may hold a
  // phone number or e-mail the share masks everywhere else (reviewer44 D14). Said instead.
  const sharing = rules.followUp.maskContactDetails;
  const carriedNotes = sharing ? undefined : typedNotes;
  // Each status saying done dated by the run it was typed on (recorded with the tab's texts).
  if (carriedNotes) dateTypedStatuses(carriedNotes, found?.asOf);
  // The tabs' names, before the warnings that name a tab are worded.
  const writes = tabsWritten({
    changes: previous && comparison ? ({} as RunChanges) : null,
    laterRun: later?.asOf,
    stateKept: kept ?? undefined,
  });
  const named = options.naming
    ? await tabSheetNames(source, options.naming.lang, writes, options.naming)
    : undefined;
  const changesTab = (lang: Lang) => sheetOf("changes", lang, named?.sheets);
  const calendarAndStale = runWarnings(
    schedule,
    dataset,
    asOf,
    rules.followUp.staleDataWarningDays,
    {
      churnLevel: analysis.churnLevel,
      churnedAfterDays: rules.churn.churnedAfterDays,
    },
  );
  const result: Analysis = {
    asOf,
    rules,
    ruleSet,
    dataset,
    findings,
    summary,
    classification,
    schedule,
    warnings: [
      ...calendarAndStale,
      // Sheets of an input kept per month or year, left unread (tester58 U60).
      ...siblingSheetsWarnings(findings, calendarAndStale),
      // An optional input found but unread for a missing column (tester58 U70).
      ...unusedInputWarnings(findings),
      // IDs masked (138****1234): different buyers merged into one customer (tester56 U29).
      ...[maskedIdsWarning(dataset)].filter((w) => w !== null),
      // A typo'd header that empties a field (负责任 for 负责人): said where the figures are read.
      ...misspeltColumnWarnings(findings, dataset, schedule),
      // No owner column, and a column of a handful of names looks like it (tester60 U99).
      ...likelyOwnerWarnings(findings),
      // Many rows unused for unreadable values: said on the Overview, not the console only.
      ...rowsNotUsedWarnings(
        findings,
        dataset,
        (lang) => sheetOf("dataQuality", lang, named?.sheets),
        noYearRowsAll(dataset) ? new Set(["transactions"]) : undefined,
      ),
      // Sales left out for a date with no year: how many, and how much money (tester65 U201).
      ...[noYearRowsWarning(dataset, (lang) => sheetOf("dataQuality", lang, named?.sheets))].filter(
        (w) => w !== null,
      ),
      // Rows of customers not on the customer list (美团's masked numbers): said there too (U95).
      ...unknownCustomersWarnings(findings, dataset, (lang) =>
        sheetOf("dataQuality", lang, named?.sheets),
      ),
      // Rows not used of customers listed at risk or scheduled: said beside them (tester56 U26).
      ...[
        listedRowsNotUsedWarning(dataset, analysis, schedule, (lang) =>
          sheetOf("dataQuality", lang, named?.sheets),
        ),
      ].filter((w) => w !== null),
      // Returns written positive beside a 类型 column saying 退货: counted as purchases (tester54 T1).
      ...returnsAsPurchasesWarnings(findings),
      // Row types we do not know (uncollectible, 换货): counted as purchases (tester60 U105).
      ...rowKindsUnknownWarnings(findings),
      // Amounts multiplied by their header's unit (金额（万元）): said where the figures are (U135).
      ...amountsScaledWarnings(findings),
      // How stored value was counted (充值 left out or counted, 卡扣金额 read): the revenue's basis.
      ...storedValueWarnings(findings),
      // A currency column naming several: the revenue adds unlike money (reviewer55 R7).
      ...currencyMixedWarnings(findings),
      // No owner on the sheet: one person's days, and fill in the owners (tester52 L11).
      ...[
        noOwnerWarning(schedule, dataset, rules.followUp, (lang) =>
          sheetOf("followUps", lang, named?.sheets),
        ),
        // Owners marked as left (王芳（已离职）): covered in rotation; name a successor (tester54 T13).
        ownersLeftWarning(dataset.customers.owner, (lang) =>
          inputSheetName(dataset, "customers", lang),
        ),
        // Customers who asked not to be contacted: none planned, counted (tester59 U80).
        doNotContactWarning(schedule, analysis.churnLevel, (lang) =>
          sheetOf("followUps", lang, named?.sheets),
        ),
      ].filter((w) => w !== null),
      // An optional input's sheet under another name (客户反馈): said, not read (tester55 U3).
      ...lookalikeSheetWarnings(dataset),
      // A returns sheet beside the sales one (销售退货单), unread: not subtracted (tester57 U49).
      ...[returnsSheetWarning(dataset)].filter((w) => w !== null),
      // Any other sheet no input read whose columns are an input's (Notes): said (tester65 U222).
      ...unreadInputSheetWarnings(dataset),
      // The visits sheet read (消课记录, Check-ins): how many, and what for (tester61 U112).
      ...[
        visitsReadWarning(dataset, (lang) => inputReadFrom(dataset, "visits", lang), asOf),
      ].filter((w) => w !== null),
      // CSV files read as Windows-1252 from their bytes alone: said, with the file (stop 44).
      ...[csvEncodingWarning(dataset)].filter((w) => w !== null),
      // Revenue not above zero (a typo'd return): no base for the Overview's shares (review 44).
      ...[revenueWarning(kpis, (lang) => sheetOf("dataQuality", lang, named?.sheets))].filter(
        (w) => w !== null,
      ),
      ...(carriedNotes
        ? [
            typedNotesWarning(carriedNotes, (lang) => sheetOf("followUps", lang, named?.sheets)),
            typedNotesPastCapWarning(carriedNotes, rules.limits.worklistRows, (lang) =>
              sheetOf("followUps", lang, named?.sheets),
            ),
            typedStatusesDroppedWarning(carriedNotes, (lang) =>
              sheetOf("followUps", lang, named?.sheets),
            ),
            scheduleOwnerDateChangedWarning(carriedNotes, (lang) =>
              sheetOf("followUps", lang, named?.sheets),
            ),
            doneStatusWarning(
              carriedNotes,
              (lang) => sheetOf("followUps", lang, named?.sheets),
              contactedSince(dataset, asOf, found?.asOf),
              // Its file, with CSV inputs (reviewer55 L7).
              (lang) => inputPlace(dataset, "contacts", lang),
              attemptedSince(dataset, asOf, found?.asOf),
            ),
          ].filter((w) => w !== null)
        : []),
      // What the earlier tab held that is not carried: said (reviewer44 D5).
      ...scheduleNotCarriedWarnings(earlierSchedule, (lang) =>
        sheetOf("followUps", lang, named?.sheets),
      ),
      ...added
        .map((a) => addedNotCarriedWarning(a, (tab, lang) => sheetOf(tab, lang, named?.sheets)))
        .filter((w) => w !== null),
      ...(sharing && typedNotes
        ? [typedNotesNotSharedWarning(typedNotes)].filter((w) => w !== null)
        : []),
      ...(previous
        ? [littleNewData(dataset, previous.asOf, asOf, changesTab)].filter((w) => w !== null)
        : []),
      ...(later ? [laterRunWarning(later.asOf, asOf, kept)] : []),
      ...(!later && kept !== null ? [stateKeptWarning(kept, asOf)] : []),
      // A re-run of the workbook's own last date: what it compares with (tester11 #5, tester12 #1).
      ...[sameDateRerunWarning(later ? null : own, ownRunLog, asOf, previous, changesTab)].filter(
        (w) => w !== null,
      ),
      ...[
        unsettledFitWarning(model, rules.model.penalty),
        spendFitUnsettledWarning(model, rules.model.penalty),
        modelWarning(model, rules.model.penalty),
        oneTimeValueWarning(model, rules.model.penalty),
        modelNotFittedWarning(model, rules.model.minCustomers),
        trendPeriodWarning(
          rules.lifecycle.trendPeriodDays,
          classification.populationGapDays,
          {
            ...analysis,
            recencyDays: summary.segmentation.recencyDays,
            typicalGapDays: classification.typicalGapDays,
            id: dataset.customers.id,
            oneIntervalAged,
          },
          rules.lifecycle.overdueFactor,
          rules.churn.churnedAfterDays,
        ),
        churnHorizonWarning(
          rules.churn.churnHorizonDays,
          classification.populationGapDays,
          analysis.churnLevel,
          churn.validation.auc.churnRisk,
          rules.churn.churnedAfterDays,
        ),
      ].filter((w) => w !== null),
    ],
    satisfaction,
    complaints,
    kpis,
    model,
    churn,
  };
  if (rules.followUp.maskContactDetails) maskFindings(findings, dataset);
  // The --previous run's log rows dated after this analysis are left out of its history (above),
  // and said (laterHistory.ts). The source's own run log is kept whole on the run log tab; its
  // runs after this analysis are left out of the KPI trend (history.ts runHistory), and said.
  // A date the workbook's own log also holds stays on the run log tab: said once, by the
  // workbook's note (reviewer11 D5: "not carried into this run's run log" beside "stays on it").
  const ownDates = new Set(ownRunLog.map((r) => r.asOf));
  const leftOut = laterHistory(previousRunLog ?? [], asOf).after.filter(
    (r) => !ownDates.has(r.asOf),
  );
  noteLaterHistory(result.warnings, leftOut, asOf, { file: found?.file });
  noteLaterHistory(result.warnings, laterHistory(ownRunLog, asOf).after, asOf, "workbook");
  // The holiday calendar's warning last: it is about next year's make-up days, the others about
  // this run's figures, and the Overview lists them in this order (tester55 U18: it came first).
  // Likewise the calendar the currency chose (never both: that one is not China's).
  const calendar = result.warnings.findIndex(
    (w) => w.code === "calendar_ends" || w.code === "holiday_calendar",
  );
  if (calendar >= 0) result.warnings.push(...result.warnings.splice(calendar, 1));
  result.snapshot = snapshot;
  if (carriedNotes) result.carriedNotes = carriedNotes;
  result.earlierRunLog = earlierRunLog;
  result.changes = previous && comparison ? { previous, current: snapshot, comparison } : null;
  if (later) result.laterRun = later.asOf;
  if (kept !== null) result.stateKept = kept;
  if (named) result.named = named;
  return result;
}

/**
 * 1 for a customer of one day with spend (Rhythm.pastClient, where most customers buy once). A
 * loop: Uint8Array.from(spendDays, fn) cost ~20 ms per 100,000 customers (perCustomerArrays.test).
 */
function pastClients(spendDays: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(spendDays.length);
  for (let c = 0; c < out.length; c++) if (spendDays[c] === 1) out[c] = 1;
  return out;
}
