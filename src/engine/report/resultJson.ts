import type { Analysis } from "../analyze";
import { isoDate } from "../parse/date";
import { jsonDateText } from "./jsonDate";
import { jsonTextPieces, listRows, quotedCodes, type JsonRows, type JsonSink } from "./jsonSink";
import { CUSTOMER_TYPES, type SheetSource } from "../model";
import { MODEL_NOTES, type CustomerModel } from "../clv/customerModel";
import { SHEETS, type Lang } from "../schema";
import { changesJsonChunks, withinRhythmOf } from "./changesTab";
import { historyJson, runHistory } from "../changes/history";
import { complaintsJson } from "./complaintsTab";
import { churnRiskJson, validationJson } from "./churnJson";
import { SEGMENTATION_COLUMNS, segmentationJson, writeCustomerJsonValues } from "./customerJson";
import { followUpsJson } from "./followUpTab";
import { keptTypedJson } from "./followUpJson";
import { scheduleSummary, type ScheduleSummary } from "../followUp/summary";
import { overviewJson } from "./overviewTab";
import { moneyCell } from "./table";
import { satisfactionJson } from "./satisfactionTab";
import { notFittedWords } from "../followUp/warnings";
import { JUDGMENT_VERSION } from "../rules/judgmentVersion";
import { READING_VERSION } from "../rules/readingVersion";

/**
 * Version of the JSON result's shape (schema/result.schema.json): bump when a field changes meaning.
 * 2: the words of the follow-up and unscheduled reason codes left the rows for one top-level
 * `reasonTexts` block (a row's reason keeps `text` only for an open complaint's own words).
 * 3: `customers` names its fields once: `{ columns, data }`, a row of values per customer in the
 * columns' order (pandas' "split" orientation); half the bytes of an object per customer, whose
 * keys were 45% of the file at 100,000 customers. The win-back list leaves off the long tail of
 * lost accounts, counted in `followUpSummary.churnedNotListed`.
 * Within 3, added (stop 38, reviewer13 D4): `model.notFitted` `{ part, code }`, why a part of the
 * model was not fitted as a stable code; `model.note` gives that reason in the run's language
 * (since stop 37), and otherwise English notes on the fit.
 * 4: `customers` gains a last column, `serviceSignals`: what the service sheets gave the churn model
 * for the customer at the analysis date, the run state's code (changes/service.ts serviceCodes),
 * so a later run with `--previous result.json` tells the churn model's refit from a customer's own
 * change as it does with the previous workbook (review 44: the en sample's December refresh read
 * 251 right way / 0 refit against nov.json, 245 / 6 against nov.xlsx). A new column, not a new
 * field of an object: the schema fixes the columns (`columns` const, `data` rows `items: false`),
 * so a version 3 validator refuses it, hence the version. `--previous` still reads 2 and 3.
 * Within 4, added (stop 46, tester45 #11): on a refresh that read an earlier schedule tab, what the
 * user typed there: a row's `typed` {status, talkingPoint, note} where it carries something, and
 * `keptTyped`, the typed rows kept off this schedule. A fresh run writes neither (the same bytes).
 * Within 4, added (stop 62, tester61 U116): `overview.churnReading`, "repeat" or "one_off" (how
 * the churn rate reads: overview/oneOff.ts), and the unscheduled code `past_client`. Within 4,
 * added (stop 63, newuser62 L4): the unscheduled code `no_consent_column`, its words written only
 * when a row has it (WHEN_USED).
 */
export const RESULT_SCHEMA_VERSION = 4;

/** To the cent, NaN where not finite (a sink writes null: moneyCell's value in the JSON). */
const cents = (x: number) => Math.round(x * 100) / 100;
/**
 * To 4 decimals, for figures ≥ 0 (pAlive, expected purchases): the value of +x.toFixed(4) (checked on
 * 12M values, the 1M run's included), at a fifth of toFixed's time: 0.1 CPU-s per 100,000 customers.
 * NaN where not finite (a sink writes null).
 */
const round4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * The fitted model block: the repeat-purchase model's (MBG/NBD or BG/NBD: `bgnbd.model`) and
 * Gamma-Gamma parameters (null when not fitted) and a note on the fit's quality or why it was not made.
 *
 * @example modelJson(analysis.model).bgnbd?.r
 */
export function modelJson(m: CustomerModel, lang: Lang = "en-US") {
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
          // How the fit did not settle, and the refit's penalty (warning model_fit_unsettled).
          unsettled: b.refit?.unsettled ?? b.unsettled ?? null,
          penalty: b.refit?.penalty ?? null,
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
          // How the fit did not settle, and the refit's penalty (warning spend_fit_unsettled).
          unsettled: g.refit?.unsettled ?? g.unsettled ?? null,
          penalty: g.refit?.penalty ?? null,
        }
      : null,
    purchaseHorizonDays: m.purchaseHorizonDays,
    nextPurchaseMaxDays: m.nextPurchaseMaxDays,
    clvHorizonMonths: m.clvHorizonMonths,
    // Why a part was not fitted in the run's language (tester12 #6), before any English note on
    // the fit of the part that was.
    note: m.notFitted
      ? [notFittedWords(lang, m.notFitted), m.notFitted.part === "spend" ? spendNotes(m) : null]
          .filter(Boolean)
          .join(" ")
      : (m.fitNote ?? (b && g ? "fitted" : null)),
    // The reason as a code, the same in every language, for programs (reviewer13 D4: a note in the
    // run's language alone could not be compared across runs); null when both parts were fitted.
    notFitted: m.notFitted ? { part: m.notFitted.part, code: m.notFitted.code } : null,
  };
}

/** The English notes on the repeat-purchase fit, when the spend model alone was not fitted. */
function spendNotes(m: CustomerModel): string | null {
  return m.bgnbd?.note ?? null;
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
  ...SEGMENTATION_COLUMNS,
  "nextFollowUp",
  "pAlive",
  "expectedPurchases",
  "expectedNextPurchase",
  "clv",
  "modelNote",
  // Schema 4: the run state's service code (changes/service.ts), null where not measured.
  "serviceSignals",
  // Stop 61: the customer asked not to be contacted (followUp/doNotContact.ts), as the schedule's
  // do_not_contact row and the at-risk tab say: a CRM reading the customers can flag them too.
  "doNotContact",
] as const;

const CUSTOMER_TYPE_TEXT = quotedCodes(CUSTOMER_TYPES);
const MODEL_NOTE_TEXT = quotedCodes(MODEL_NOTES);

/**
 * The rows of `customers.data`: customer i as an array of values in CUSTOMER_COLUMNS' order (what
 * the Customers sheet says, the purchase summary, and every analysis field, codes in snake_case),
 * written value by value into the sink: no array or object per customer (JSON.stringify of a
 * row was a third of the JSON worker's time at 100,000 customers, profile).
 *
 * @example jsonValue((out) => customerRows(analysis, "en-US").write(out, 0)) // ["1001", …]
 */
export function customerRows(a: Analysis, lang: Lang): JsonRows {
  const c = a.dataset.customers;
  const s = a.summary;
  const m = a.model;
  const seg = a.classification.analysis;
  const next = a.schedule.nextFollowUp;
  // The service signals the churn model read, as the run state keeps them (snapshot.ts snapshotOf).
  const service = a.snapshot?.service;
  const dnc = a.schedule.doNotContact?.flag;
  return listRows(c.count, (out: JsonSink, i: number) => {
    const type = c.type[i];
    out.raw("[");
    out.str(c.id[i]);
    out.raw(",");
    out.str(c.name[i]);
    out.raw(",");
    out.raw(type >= 0 ? (CUSTOMER_TYPE_TEXT[type] ?? "null") : "null");
    out.raw(",");
    stringOrNull(out, c.owner[i]);
    out.raw(",");
    stringOrNull(out, c.region[i]);
    out.raw(",");
    out.num(c.sourceRow[i]);
    out.raw(",");
    out.raw(jsonDateText(s.firstPurchase[i]));
    out.raw(",");
    out.raw(jsonDateText(s.lastPurchase[i]));
    out.raw(",");
    out.num(s.orders[i]);
    out.raw(",");
    out.num(s.purchaseDays[i]);
    out.raw(",");
    out.num(cents(s.netSpend[i]));
    out.raw(",");
    out.num(cents(s.returns[i]));
    out.raw(",");
    writeCustomerJsonValues(out, seg, i, lang, a.rules.churn.levels);
    out.raw(",");
    out.raw(jsonDateText(next[i]));
    out.raw(",");
    out.num(round4(m.pAlive[i]));
    out.raw(",");
    out.num(round4(m.expectedPurchases[i]));
    out.raw(",");
    out.raw(jsonDateText(m.expectedNextPurchase[i]));
    out.raw(",");
    out.num(cents(m.clv[i]));
    out.raw(",");
    const note = m.note[i];
    out.raw(note >= 0 ? (MODEL_NOTE_TEXT[note] ?? "null") : "null");
    out.raw(",");
    const code = service && i < service.length ? service[i] : -1;
    // A whole number written digit by digit (String(code) made a string per customer).
    if (code >= 0) out.num(code);
    else out.raw("null");
    out.raw(dnc !== undefined && dnc[i] === 1 ? ",true]" : ",false]");
  });
}

/** A text, or null for an empty one (`text || null`). */
function stringOrNull(out: JsonSink, text: string): void {
  if (text) out.str(text);
  else out.raw("null");
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
export function resultJsonChunks(a: Analysis, lang: Lang, generatedAt: Date): Generator<string> {
  return jsonTextPieces(resultJsonParts(a, lang, generatedAt));
}

/**
 * resultJsonChunks' pieces with its long lists (customers, follow-ups, unscheduled) as rows a sink
 * writes one by one (jsonSink.ts): the file writer encodes them straight into its buffer
 * (workbook/file/byteFile.ts writeTextPieces), no string or object made per row.
 *
 * @example await writeTextPieces("r.json", resultJsonParts(analysis, "en-US", new Date()))
 */
export function* resultJsonParts(
  a: Analysis,
  lang: Lang,
  generatedAt: Date,
): Generator<string | JsonRows> {
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
  function* rows(
    name: string,
    items: { count: number; write(out: JsonSink, i: number): void },
  ): Generator<string | JsonRows> {
    yield `${JSON.stringify(name)}:[`;
    yield listRows(items.count, items.write);
    yield "\n],\n";
  }
  const d = a.dataset;
  yield "{\n";
  yield field("schemaVersion", RESULT_SCHEMA_VERSION);
  yield field("generatedAt", generatedAt.toISOString());
  yield field("asOf", isoDate(a.asOf));
  yield field("lang", lang);
  yield field("ruleSet", {
    ...a.ruleSet,
    judgmentVersion: JUDGMENT_VERSION,
    readingVersion: READING_VERSION,
  });
  yield field("sources", sourcesJson(d.sources, lang));
  yield field("counts", d.counts);
  yield field("segmentation", segmentationJson(a.classification));
  yield field("model", modelJson(a.model, lang));
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
  // Schema 3: the fields named once, then a row of values per customer (written value by value).
  yield `"customers":{"columns":${JSON.stringify(CUSTOMER_COLUMNS)},"data":[`;
  yield customerRows(a, lang);
  yield "\n]},\n";
  const schedule = followUpsJson(a.schedule, d, lang, a.carriedNotes);
  yield field("followUpHorizon", schedule.horizon);
  yield field("reasonTexts", schedule.reasonTexts);
  // Items made one at a time as the list is written: the schedule is never built whole.
  yield* rows("followUps", schedule.followUps);
  yield* rows("unscheduled", schedule.unscheduled);
  // A refresh that read an earlier schedule tab: the typed rows kept off this schedule (absent
  // otherwise, as the rows' `typed`).
  if (a.carriedNotes) yield field("keptTyped", keptTypedJson(a.carriedNotes));
  yield field("followUpSummary", followUpSummaryJson(scheduleSummary(a.schedule)));
  // The run's warnings (issue 10, 7): the same words as the CLI, the pane and the run log.
  yield field(
    "warnings",
    a.warnings.map((w) => ({
      code: w.code,
      message: w.message[lang],
      ...(w.customers ? { customers: w.customers } : {}),
    })),
  );
  yield field("satisfaction", satisfactionJson(a.satisfaction, d));
  yield field("complaints", complaintsJson(a.complaints, d));
  // Revenue to the cent, as every amount here (a sum of floats: 1536431683.1200132 at 1M).
  yield field(
    "history",
    historyJson(runHistory(a)).map((h: Record<string, unknown>) => ({
      ...h,
      revenue: typeof h.revenue === "number" ? moneyCell(h.revenue) : null,
    })),
  );
  yield `"changes":`;
  yield* changesJsonChunks(a.changes, lang, withinRhythmOf(a));
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
    // A first run's contacts due before the plan, never planned before: due now, not overdue.
    ...(sum.firstPlanDue ? { firstPlanDue: sum.firstPlanDue } : {}),
    unscheduled: sum.unscheduled,
    unscheduledByReason: Object.fromEntries(sum.unscheduledByReason.map((u) => [u.code, u.count])),
    // Stop 29 (schedule3): contacts on another channel than their reason's, per instead code.
    instead: sum.insteadByCode ?? { no_call_slot: sum.instead ?? 0, no_phone: 0, no_email: 0 },
    // Schema 3: customers already churned left off the win-back list (counted; lifetime spend).
    churnedNotListed: {
      count: sum.churnedNotListed?.count ?? 0,
      lostValue: moneyCell(sum.churnedNotListed?.lostValue ?? 0),
    },
    weeks: sum.weeks.map((w) => isoDate(w)),
    perOwnerWeek: sum.perOwnerWeek.map((o) => ({
      owner: o.owner,
      counts: o.counts,
      total: o.total,
    })),
  };
}

/** A sheet's source as the JSON gives it: without the reader's own bookkeeping. */
type SourceJson = Omit<
  SheetSource,
  | "sheetIsFile"
  | "currency"
  | "filledLines"
  | "topUpRows"
  | "cardRefundRows"
  | "heldTopUpRows"
  | "failedCharges"
  | "billedRows"
  | "refundedRows"
  | "storedValueVisitRows"
  | "payments"
  | "notes"
>;

/**
 * The sources as the JSON gives them: a CSV input named by its input in the run's language, as the
 * dataQuality list and the Data quality tab name it (tester7, stop 32: "Customers" there, "客户"
 * here), with its file.
 */
function sourcesJson(
  sources: Analysis["dataset"]["sources"],
  lang: Lang,
): Record<string, SourceJson> {
  const out: Record<string, SourceJson> = {};
  for (const [kind, s] of Object.entries(sources)) {
    if (!s) continue;
    // The currency is the report's look (its amounts' number format), not the JSON's.
    const {
      sheetIsFile,
      currency: _currency,
      filledLines: _filled,
      topUpRows: _top,
      cardRefundRows: _refunds,
      heldTopUpRows: _held,
      failedCharges: _failed,
      billedRows: _billed,
      refundedRows: _refundedRows,
      storedValueVisitRows: _visits,
      payments: _payments,
      notes: _notes,
      partsRead: _partsRead,
      ...rest
    } = s;
    out[kind] = sheetIsFile ? { ...rest, sheetName: SHEETS[s.kind].label[lang] } : rest;
  }
  return out;
}
