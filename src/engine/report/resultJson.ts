import type { Analysis } from "../analyze";
import { isoDate } from "../parse/date";
import { jsonDate } from "./jsonDate";
import { CUSTOMER_TYPES } from "../model";
import { MODEL_NOTES, type CustomerModel } from "../clv/customerModel";
import { SHEETS, type Lang } from "../schema";
import { changesJsonChunks } from "./changesTab";
import { historyJson, runHistory } from "../changes/history";
import { complaintsJson } from "./complaintsTab";
import { churnRiskJson, validationJson } from "./churnJson";
import { customerJson, segmentationJson } from "./customerJson";
import { followUpsJson } from "./followUpTab";
import { scheduleSummary, type ScheduleSummary } from "../followUp/summary";
import { overviewJson } from "./overviewTab";
import { satisfactionJson } from "./satisfactionTab";

/**
 * Version of the JSON result's shape (schema/result.schema.json): bump when a field changes meaning.
 * 2: the words of the follow-up and unscheduled reason codes left the rows for one top-level
 * `reasonTexts` block (a row's reason keeps `text` only for an open complaint's own words).
 * 3: `customers` names its fields once: `{ columns, data }`, a row of values per customer in the
 * columns' order (pandas' "split" orientation); half the bytes of an object per customer, whose
 * keys were 45% of the file at 100,000 customers. The win-back list leaves off the long tail of
 * lost accounts, counted in `followUpSummary.churnedNotListed`.
 */
export const RESULT_SCHEMA_VERSION = 3;

const money = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
/**
 * To 4 decimals, for figures ≥ 0 (pAlive, expected purchases): the value of +x.toFixed(4) (checked on
 * 12M values, the 1M run's included), at a fifth of toFixed's time: 0.1 CPU-s per 100,000 customers.
 */
const round4 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null);
const dateOrNull = jsonDate;

/**
 * The fitted model block: the repeat-purchase model's (MBG/NBD or BG/NBD: `bgnbd.model`) and
 * Gamma-Gamma parameters (null when not fitted) and a note on the fit's quality or why it was not made.
 *
 * @example modelJson(analysis.model).bgnbd?.r
 */
export function modelJson(m: CustomerModel) {
  const b = m.bgnbd;
  const g = m.gammaGamma;
  return {
    repeatPurchaseModel: m.repeatPurchaseModel,
    bgnbd: b
      ? {
          model: b.model,
          r: b.r,
          alpha: b.alpha,
          a: b.a,
          b: b.b,
          logLikelihood: b.logLikelihood,
          timeUnit: `${m.timeUnitDays} days`,
          customers: b.customers,
          repeatBuyers: b.repeatBuyers,
          converged: b.converged,
        }
      : null,
    gammaGamma: g
      ? {
          p: g.p,
          q: g.q,
          gamma: g.gamma,
          logLikelihood: g.logLikelihood,
          customers: g.customers,
          converged: g.converged,
        }
      : null,
    purchaseHorizonDays: m.purchaseHorizonDays,
    nextPurchaseMaxDays: m.nextPurchaseMaxDays,
    clvHorizonMonths: m.clvHorizonMonths,
    note: m.fitNote ?? (b && g ? "fitted" : null),
  };
}

/** The fields of a customer in the JSON result, in order: `customers.columns` (schema 3). */
export const CUSTOMER_COLUMNS = [
  "customerId",
  "name",
  "type",
  "owner",
  "region",
  "sourceRow",
  "firstPurchase",
  "lastPurchase",
  "orders",
  "purchaseDays",
  "netSpend",
  "returns",
  "recencyDays",
  "frequency",
  "monetary",
  "rScore",
  "fScore",
  "mScore",
  "rfmSegment",
  "valueClass",
  "valueTier",
  "lifecycleStage",
  "churnRisk",
  "nextFollowUp",
  "pAlive",
  "expectedPurchases",
  "expectedNextPurchase",
  "clv",
  "modelNote",
] as const;

/**
 * Customer i of the JSON result as a row of values in CUSTOMER_COLUMNS' order: what the Customers
 * sheet says, the purchase summary, and every analysis field (codes in snake_case). Written into
 * `row` (one array reused for every customer: each row is stringified before the next is made).
 *
 * @example customerRow(analysis, 0, "en-US")[0] // "1001"
 */
export function customerRow(a: Analysis, i: number, lang: Lang, row: unknown[] = []): unknown[] {
  const c = a.dataset.customers;
  const s = a.summary;
  const type = c.type[i];
  const seg = customerJson(a.classification.analysis, i, lang);
  row[0] = c.id[i];
  row[1] = c.name[i];
  row[2] = type >= 0 ? CUSTOMER_TYPES[type] : null;
  row[3] = c.owner[i] || null;
  row[4] = c.region[i] || null;
  row[5] = c.sourceRow[i];
  row[6] = dateOrNull(s.firstPurchase[i]);
  row[7] = dateOrNull(s.lastPurchase[i]);
  row[8] = s.orders[i];
  row[9] = s.purchaseDays[i];
  row[10] = money(s.netSpend[i]);
  row[11] = money(s.returns[i]);
  row[12] = seg.recencyDays;
  row[13] = seg.frequency;
  row[14] = seg.monetary;
  row[15] = seg.rScore;
  row[16] = seg.fScore;
  row[17] = seg.mScore;
  row[18] = seg.rfmSegment;
  row[19] = seg.valueClass;
  row[20] = seg.valueTier;
  row[21] = seg.lifecycleStage;
  row[22] = seg.churnRisk;
  row[23] = dateOrNull(a.schedule.nextFollowUp[i]);
  row[24] = round4(a.model.pAlive[i]);
  row[25] = round4(a.model.expectedPurchases[i]);
  row[26] = dateOrNull(a.model.expectedNextPurchase[i]);
  row[27] = money(a.model.clv[i]);
  row[28] = a.model.note[i] >= 0 ? MODEL_NOTES[a.model.note[i]] : null;
  return row;
}

/**
 * The whole result as JSON text, yielded piece by piece so a million customers never sit in memory
 * as one string (the caller writes each piece, waiting for the file as it needs). Top-level fields
 * (schema 3: `customers` is `{ columns, data }`, see CUSTOMER_COLUMNS):
 * schemaVersion, generatedAt, asOf, lang, ruleSet, sources, counts, segmentation, overview,
 * customers, followUpHorizon, reasonTexts, followUps, unscheduled, followUpSummary, warnings,
 * satisfaction, complaints, dataQuality.
 *
 * @example JSON.parse([...resultJsonChunks(analysis, "en-US", new Date())].join("")).asOf
 */
export function* resultJsonChunks(a: Analysis, lang: Lang, generatedAt: Date): Generator<string> {
  const field = (name: string, value: unknown, last = false) =>
    `${JSON.stringify(name)}:${JSON.stringify(value)}${last ? "" : ","}\n`;
  function* list<T>(
    name: string,
    count: number,
    item: (i: number) => T,
    last = false,
  ): Generator<string> {
    yield `${JSON.stringify(name)}:[`;
    // Item by item, never concatenated here: the writer encodes each flat string straight into
    // its buffer (a block built by += is a rope that must be flattened first: measured, half the
    // writing time at 100,000 customers).
    for (let i = 0; i < count; i++) {
      yield i ? ",\n" : "\n";
      yield JSON.stringify(item(i));
    }
    yield `\n]${last ? "" : ","}\n`;
  }
  const d = a.dataset;
  yield "{\n";
  yield field("schemaVersion", RESULT_SCHEMA_VERSION);
  yield field("generatedAt", generatedAt.toISOString());
  yield field("asOf", isoDate(a.asOf));
  yield field("lang", lang);
  yield field("ruleSet", a.ruleSet);
  yield field("sources", d.sources);
  yield field("counts", d.counts);
  yield field("segmentation", segmentationJson(a.classification));
  yield field("model", modelJson(a.model));
  yield field("churnRisk", churnRiskJson(a.churn, a.rules.churn.levels, lang));
  yield field("validation", validationJson(a.churn, lang));
  yield field(
    "overview",
    overviewJson({
      kpis: a.kpis,
      satisfaction: a.satisfaction,
      complaints: a.complaints,
      asOf: a.asOf,
    }),
  );
  // Schema 3: the fields named once, then a row of values per customer (one array reused).
  yield `"customers":{"columns":${JSON.stringify(CUSTOMER_COLUMNS)},"data":[`;
  const row: unknown[] = [];
  for (let i = 0; i < d.customers.count; i++) {
    yield i ? ",\n" : "\n";
    yield JSON.stringify(customerRow(a, i, lang, row));
  }
  yield "\n]},\n";
  const schedule = followUpsJson(a.schedule, d, lang);
  yield field("followUpHorizon", schedule.horizon);
  yield field("reasonTexts", schedule.reasonTexts);
  // Items made one at a time as the list is written: the schedule is never built whole.
  yield* list("followUps", schedule.followUps.count, schedule.followUps.item);
  yield* list("unscheduled", schedule.unscheduled.count, schedule.unscheduled.item);
  yield field("followUpSummary", followUpSummaryJson(scheduleSummary(a.schedule)));
  // The run's warnings (issue 10, 7): the same words as the CLI, the pane and the run log.
  yield field(
    "warnings",
    a.warnings.map((w) => ({ code: w.code, message: w.message[lang] })),
  );
  yield field("satisfaction", satisfactionJson(a.satisfaction, d));
  yield field("complaints", complaintsJson(a.complaints, d));
  // Revenue to the cent, as every amount here (a sum of floats: 1536431683.1200132 at 1M).
  yield field(
    "history",
    historyJson(runHistory(a)).map((h: Record<string, unknown>) => ({
      ...h,
      revenue: typeof h.revenue === "number" ? money(h.revenue) : null,
    })),
  );
  yield `"changes":`;
  yield* changesJsonChunks(a.changes, lang);
  yield ",\n";
  yield* list(
    "dataQuality",
    a.findings.length,
    (i) => {
      const f = a.findings[i];
      return {
        ...(f.file ? { file: f.file } : {}),
        // As the Data quality tab names it: a CSV file by its input in the run's language (客户).
        sheet: f.sheetIsFile ? SHEETS[f.kind].label[lang] : f.sheet,
        row: f.row,
        column: f.column,
        code: f.code,
        severity: f.severity,
        value: f.value,
        message: f.message[lang],
      };
    },
    true,
  );
  yield "}\n";
}

/** The schedule's summary in the JSON: counts, and per owner per week (weeks as their Mondays). */
function followUpSummaryJson(sum: ScheduleSummary) {
  return {
    planned: sum.planned,
    overdue: sum.overdue,
    unscheduled: sum.unscheduled,
    unscheduledByReason: Object.fromEntries(sum.unscheduledByReason.map((u) => [u.code, u.count])),
    // Stop 29 (schedule3): contacts on another channel than their reason's, per instead code.
    instead: sum.insteadByCode ?? { no_call_slot: sum.instead ?? 0, no_phone: 0, no_email: 0 },
    // Schema 3: customers already churned left off the win-back list (counted; lifetime spend).
    churnedNotListed: {
      count: sum.churnedNotListed?.count ?? 0,
      lostValue: money(sum.churnedNotListed?.lostValue ?? 0),
    },
    weeks: sum.weeks.map((w) => isoDate(w)),
    perOwnerWeek: sum.perOwnerWeek.map((o) => ({
      owner: o.owner,
      counts: o.counts,
      total: o.total,
    })),
  };
}
