import {
  COMPLAINT_CAUSES,
  COMPLAINT_COMPLEXITIES,
  COMPLAINT_STATUSES,
  type Dataset,
} from "../model";
import type { ComplaintRules } from "../rules/service";
import { MET, MISSED, NOT_RECORDED, PENDING, firstResponseOutcome, resolutionOutcome } from "./sla";
import { complaintAgeDays } from "./age";

/** Counts of SLA outcomes; `share` = met ÷ (met + missed), NaN when both are 0. */
export interface SlaCounts {
  met: number;
  missed: number;
  /** Open and still within the SLA: not counted in the share. */
  pending: number;
  /** Times missing or inconsistent: not counted in the share. */
  notRecorded: number;
  share: number;
}

export interface RepeatComplainer {
  customer: number;
  complaints: number;
  open: number;
  lastReceived: number;
}

/** The complaints summary (DOMAIN §6; issue 4). */
export interface ComplaintSummary {
  total: number;
  open: number;
  resolved: number;
  /** Per cause (index = COMPLAINT_CAUSES; unknown causes are "other" from ingest). */
  byCause: { count: number; open: number; resolution: SlaCounts }[];
  firstResponse: SlaCounts;
  resolution: SlaCounts;
  /** Index = COMPLAINT_COMPLEXITIES. */
  resolutionByComplexity: SlaCounts[];
  /** Open complaints by age in calendar days at the analysis date (the analysis date minus the day
   * received, as the schedule counts "open N days"): bucket k holds ages ≤ upperDays[k] (and above
   * the previous bound); the last bucket (upperDays = Infinity) holds the rest. */
  openByAge: { upperDays: number; count: number }[];
  /** Customers with at least repeatComplainerMin complaints, most complaints first. */
  repeatComplainers: RepeatComplainer[];
  /**
   * The open complaints (their rows in dataset.complaints) with their age in days as openByAge
   * counts it, oldest first: who is waiting, named (tester52 L16: the tab counted them only).
   */
  openComplaints: { complaint: number; days: number }[];
  /** The time "now" for open complaints: the end of the analysis date. */
  now: number;
}

const RESOLVED = COMPLAINT_STATUSES.indexOf("resolved");
const COMPLEX = COMPLAINT_COMPLEXITIES.indexOf("complex");

/**
 * Summarises the Complaints sheet in one pass. Open complaints are judged at the end of the analysis
 * date. Null when there is no Complaints sheet.
 *
 * @example summariseComplaints({ dataset, rules, asOf: dataset.asOf })?.firstResponse.share // 0.9
 */
export function summariseComplaints(input: {
  dataset: Dataset;
  rules: ComplaintRules;
  asOf: number;
}): ComplaintSummary | null {
  const { dataset, rules } = input;
  const q = dataset.complaints;
  if (!q) return null;
  const today = Math.floor(input.asOf);
  const now = today + 1;
  const n = dataset.customers.count;
  const first = new Int32Array(4);
  const resolution = new Int32Array(4);
  const byComplexity = [new Int32Array(4), new Int32Array(4)];
  const causeCount = new Int32Array(COMPLAINT_CAUSES.length);
  const causeOpen = new Int32Array(COMPLAINT_CAUSES.length);
  const causeResolution = COMPLAINT_CAUSES.map(() => new Int32Array(4));
  const bounds = [...rules.openAgeBucketsDays].sort((a, b) => a - b);
  const ageCounts = new Int32Array(bounds.length + 1);
  const perCustomer = new Int32Array(n);
  const openPerCustomer = new Int32Array(n);
  const lastReceived = new Float64Array(n).fill(NaN);
  const openComplaints: ComplaintSummary["openComplaints"] = [];
  let open = 0;

  for (let i = 0; i < q.count; i++) {
    const received = q.receivedAt[i];
    const isResolved = q.status[i] === RESOLVED;
    const complex = q.complexity[i] === COMPLEX;
    const cause = q.cause[i] >= 0 ? q.cause[i] : COMPLAINT_CAUSES.length - 1;
    const hours = complex ? rules.resolutionHours.complex : rules.resolutionHours.general;
    first[
      firstResponseOutcome(
        received,
        q.firstResponseAt[i],
        q.resolvedAt[i],
        isResolved,
        now,
        rules.firstResponseHours,
      )
    ]++;
    const r = resolutionOutcome(received, q.resolvedAt[i], isResolved, now, hours);
    resolution[r]++;
    byComplexity[complex ? 1 : 0][r]++;
    causeCount[cause]++;
    causeResolution[cause][r]++;
    const c = q.customer[i];
    if (!isResolved) {
      open++;
      causeOpen[cause]++;
      const age = complaintAgeDays(today, received);
      let k = 0;
      while (k < bounds.length && age > bounds[k]) k++;
      ageCounts[k]++;
      openComplaints.push({ complaint: i, days: age });
      if (c >= 0 && c < n) openPerCustomer[c]++;
    }
    if (c >= 0 && c < n) {
      perCustomer[c]++;
      if (!(received <= lastReceived[c])) lastReceived[c] = received;
    }
  }

  const repeatComplainers: RepeatComplainer[] = [];
  for (let c = 0; c < n; c++) {
    if (perCustomer[c] >= rules.repeatComplainerMin) {
      repeatComplainers.push({
        customer: c,
        complaints: perCustomer[c],
        open: openPerCustomer[c],
        lastReceived: lastReceived[c],
      });
    }
  }
  repeatComplainers.sort(
    (a, b) =>
      b.complaints - a.complaints || b.lastReceived - a.lastReceived || a.customer - b.customer,
  );
  // Oldest first by the time received, then as the sheet lists them.
  openComplaints.sort(
    (a, b) => q.receivedAt[a.complaint] - q.receivedAt[b.complaint] || a.complaint - b.complaint,
  );
  return {
    total: q.count,
    open,
    resolved: q.count - open,
    byCause: COMPLAINT_CAUSES.map((_, k) => ({
      count: causeCount[k],
      open: causeOpen[k],
      resolution: slaCounts(causeResolution[k]),
    })),
    firstResponse: slaCounts(first),
    resolution: slaCounts(resolution),
    resolutionByComplexity: byComplexity.map(slaCounts),
    openByAge: [...bounds, Infinity].map((upperDays, k) => ({ upperDays, count: ageCounts[k] })),
    repeatComplainers,
    openComplaints,
    now,
  };
}

function slaCounts(a: Int32Array): SlaCounts {
  const decided = a[MET] + a[MISSED];
  return {
    met: a[MET],
    missed: a[MISSED],
    pending: a[PENDING],
    notRecorded: a[NOT_RECORDED],
    share: decided > 0 ? a[MET] / decided : NaN,
  };
}
