import { parseIsoDate } from "../parse/date";
import { SnapshotBuilder, type Snapshot } from "./snapshot";
import { customerRecords } from "../report/customerJson";
import { SHEET_KINDS } from "../schema";

/** The parts of a JSON result (schema/result.schema.json) a snapshot needs. */
interface ResultJsonLike {
  asOf?: unknown;
  ruleSet?: { hash?: unknown; judgmentVersion?: unknown; readingVersion?: unknown };
  /** The input sheets read, by kind (absent kinds were not read). */
  sources?: unknown;
  /**
   * Schema 3 and 4: { columns, data }; schema 2: an object per customer (customerRecords reads
   * both). Schema 4 adds each customer's serviceSignals (changes/service.ts code).
   */
  customers?: unknown;
}

/**
 * The snapshot of an earlier JSON result (CLI `--previous result.json`), or null when the object
 * is not one (no customers list). With the service signals of a schema 4 result, as the run state
 * keeps them: a later run tells the churn model's refit from a customer's own change alike from
 * the JSON and from the workbook (review 44); a result without them reads as before (not known).
 *
 * @example snapshotFromResultJson(JSON.parse(text))?.count
 */
export function snapshotFromResultJson(json: unknown): Snapshot | null {
  const r = json as ResultJsonLike | null;
  const customers = customerRecords(r);
  if (!r || typeof r !== "object" || !customers) return null;
  const b = new SnapshotBuilder();
  // The service codes of the customers added (-1 not known), when the result has the column.
  const service: number[] = [];
  let anyService = false;
  for (const c of customers) {
    if (!c || typeof c !== "object") continue;
    const id = c.customerId;
    if (typeof id !== "string" && typeof id !== "number") continue;
    const risk = (c.churnRisk ?? {}) as { level?: unknown; probability?: unknown };
    const text = (x: unknown) => (typeof x === "string" ? x : null);
    const number = (x: unknown) => (typeof x === "number" ? x : null);
    const added = b.add({
      id,
      name: text(c.name) ?? "",
      owner: text(c.owner) ?? "",
      codes: {
        rfmSegment: text(c.rfmSegment),
        valueClass: text(c.valueClass),
        valueTier: text(c.valueTier),
        lifecycleStage: text(c.lifecycleStage),
        churnRiskLevel: text(risk.level),
      },
      churnProbability: number(risk.probability),
      spend: number(c.monetary),
      frequency: number(c.frequency),
      lastPurchase: typeof c.lastPurchase === "string" ? parseIsoDate(c.lastPurchase) : null,
    });
    if (!added) continue;
    const code = c.serviceSignals;
    const known = Number.isInteger(code) && (code as number) >= 0;
    service.push(known ? (code as number) : -1);
    // A column of nulls (a result written with no signals measured) is none: the Changes tab then
    // says the refit cannot be told (changesTab.ts), as for a schema 3 result.
    if (known) anyService = true;
  }
  const asOf = typeof r.asOf === "string" ? parseIsoDate(r.asOf) : NaN;
  const hash = typeof r.ruleSet?.hash === "string" ? r.ruleSet.hash : "";
  const version = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : 0);
  const s = b.finish(
    asOf,
    hash,
    "json",
    version(r.ruleSet?.judgmentVersion),
    version(r.ruleSet?.readingVersion),
  );
  if (anyService) s.service = Int32Array.from(service);
  const sources = r.sources;
  if (sources && typeof sources === "object" && !Array.isArray(sources))
    s.sheets = SHEET_KINDS.filter((k) => (sources as Record<string, unknown>)[k] != null);
  return s;
}
