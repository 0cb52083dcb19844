import type { Cell } from "../cells";
import type { SlaCounts, ComplaintSummary } from "../complaints/summary";
import { COMPLAINT_CAUSES, type Dataset } from "../model";
import { isoDateTime } from "../parse/date";
import type { ComplaintRules } from "../rules/service";
import type { Finding } from "../quality";
import type { Lang } from "../schema";
import type { ReportTable, RowLooks } from "./table";
import { EMPTY_SHEET_CODES, layoutTable, LayoutRows, rateCell } from "./serviceText";
import { say, type Code } from "../words/catalog";
import { lookalikeText } from "../ingest/optionalLookalikes";
import { tabName } from "./outputTabs";
import { fileName } from "./dataQualityTab";
import { blockPageBreaks } from "./layoutPages";

function slaRow(label: string, hours: number, s: SlaCounts): Cell[] {
  return [label, hours, s.met, s.missed, s.pending, s.notRecorded, rateCell(s.share)];
}

/** Counts as integers, shares as percentages (as the Overview); headings aligned like them. */
const SLA_LOOKS: RowLooks = [
  null,
  "integer",
  "integer",
  "integer",
  "integer",
  "integer",
  "percent",
];
const CAUSE_LOOKS: RowLooks = [
  null,
  "integer",
  "percent",
  "integer",
  "integer",
  "integer",
  "percent",
];
const AGE_LOOKS: RowLooks = [null, "integer"];
const REPEAT_LOOKS: RowLooks = [null, null, null, "integer", "integer", "datetime"];
const OPEN_LOOKS: RowLooks = [null, null, null, "datetime", "integer", null];
const headingsOver = (looks: RowLooks): RowLooks => looks.map((l) => l ?? "heading");

/** Label of an age bucket: "0–1天" / "3–7 days" / "> 30 days". */
function ageLabel(buckets: ComplaintSummary["openByAge"], k: number, lang: Lang): string {
  const upper = buckets[k].upperDays;
  const lower = k > 0 ? buckets[k - 1].upperDays : 0;
  if (upper === Infinity) return say(lang, "complaintsTab", "ageOver", { lower });
  return say(lang, "complaintsTab", "ageRange", { lower, upper });
}

/**
 * The complaints tab (layout): how SLAs are judged, SLA outcomes, complaints by cause, open
 * complaints by age and repeat complainers.
 *
 * @example complaintsTable(summary, dataset, rules, "zh-CN").sheetName // "投诉分析"
 */
export function complaintsTable(
  summary: ComplaintSummary | null,
  dataset: Dataset,
  rules: ComplaintRules,
  lang: Lang,
  /** The run's findings: an empty Complaints sheet is named, not called missing. */
  findings: readonly Pick<Finding, "code" | "kind" | "sheet" | "file">[] = [],
): ReportTable {
  const w = (code: Code<"complaintsTab">) => say(lang, "complaintsTab", code);
  const rows = new LayoutRows();
  rows.push([w("title")]);
  if (!summary || summary.total === 0) {
    const sheet = emptySheet(summary, dataset, findings);
    rows.push([
      sheet === null
        ? // Its sheet under another name (客户反馈): named, with "rename it" (tester55 U3).
          (lookalikeText(dataset, "complaints", lang) ?? w("noComplaints"))
        : say(lang, "complaintsTab", "noRows", { sheet }),
    ]);
    return layoutTable("complaints", tabName("complaints", lang), rows);
  }
  // Complaints kept in the contact log (是否投诉): where they came from (tester60 U100).
  const log = dataset.complaintsFromContacts;
  if (log) {
    rows.push([say(lang, "complaintsTab", "fromContacts", { ...log })], ["note"]);
    if (log.onSheet > 0)
      rows.push(
        [say(lang, "complaintsTab", "fromContactsOnSheet", { onSheet: log.onSheet })],
        ["note"],
      );
  }
  rows.push([w("howJudged")], ["note"]);
  // One figure a row, each under its label's column: side by side, "182 未解决 6 已解决 176" read
  // each number against the next label (stop-20 tester R1).
  rows.push([w("total"), summary.total], [null, "integer"]);
  rows.push([w("open"), summary.open], [null, "integer"]);
  rows.push([w("resolved"), summary.resolved], [null, "integer"]);
  rows.push([]);
  rows.push(
    (["slaLevel", "slaHours", "met", "missed", "pending", "notRecorded", "withinSla"] as const).map(
      w,
    ),
    headingsOver(SLA_LOOKS),
  );
  rows.push(slaRow(w("firstResponse"), rules.firstResponseHours, summary.firstResponse), SLA_LOOKS);
  rows.push(
    slaRow(
      w("resolutionGeneral"),
      rules.resolutionHours.general,
      summary.resolutionByComplexity[0],
    ),
    SLA_LOOKS,
  );
  rows.push(
    slaRow(
      w("resolutionComplex"),
      rules.resolutionHours.complex,
      summary.resolutionByComplexity[1],
    ),
    SLA_LOOKS,
  );
  const r = summary.resolution;
  rows.push(
    [w("resolutionAll"), "", r.met, r.missed, r.pending, r.notRecorded, rateCell(r.share)],
    SLA_LOOKS,
  );
  rows.push([]);
  rows.push(
    (
      [
        "cause",
        "complaints",
        "share",
        "open",
        "resolvedInTime",
        "resolvedLate",
        "resolutionWithinSla",
      ] as const
    ).map(w),
    headingsOver(CAUSE_LOOKS),
  );
  COMPLAINT_CAUSES.forEach((cause, k) => {
    const b = summary.byCause[k];
    rows.push(
      [
        w(cause),
        b.count,
        rateCell(summary.total > 0 ? b.count / summary.total : NaN),
        b.open,
        b.resolution.met,
        b.resolution.missed,
        rateCell(b.resolution.share),
      ],
      CAUSE_LOOKS,
    );
  });
  rows.push([]);
  rows.push([w("byAge"), w("complaints")], headingsOver(AGE_LOOKS));
  summary.openByAge.forEach((b, k) =>
    rows.push([ageLabel(summary.openByAge, k, lang), b.count], AGE_LOOKS),
  );
  rows.push([]);
  openList(rows, summary, dataset, lang);
  rows.push([
    say(lang, "complaintsTab", "repeat", {
      min: rules.repeatComplainerMin,
      count: summary.repeatComplainers.length,
    }),
  ]);
  if (summary.repeatComplainers.length > 0) {
    rows.push(
      (
        ["customerId", "customerName", "owner", "complaintCount", "open", "lastReceived"] as const
      ).map(w),
      headingsOver(REPEAT_LOOKS),
    );
    const cust = dataset.customers;
    for (const c of summary.repeatComplainers) {
      rows.push(
        [
          cust.id[c.customer],
          cust.name[c.customer] ?? "",
          cust.owner[c.customer] ?? "",
          c.complaints,
          c.open,
          Number.isFinite(c.lastReceived) ? c.lastReceived : null,
        ],
        REPEAT_LOOKS,
      );
    }
  }
  const table = layoutTable("complaints", tabName("complaints", lang), rows, undefined, WIDTHS);
  // Pages break between blocks: a list's title printed at the foot of a page with its rows on the
  // next read as an empty list (the open complaints' title did on the zh sample).
  table.pageBreaks = blockPageBreaks(rows, WIDTHS, table.columns.length, 0);
  return table;
}

/**
 * B holds the names: at 26 a 12-character company name (宁波金科文化传媒有限公司) prints on one
 * line; at 22 it took two.
 */
const WIDTHS = [22, 26];

/**
 * The open complaints named, oldest first: customer, owner, when received, how many days open (as
 * the age table counts them) and the cause (tester52 L16: the tab counted one open complaint and
 * did not say whose). Nothing when none is open.
 */
function openList(rows: LayoutRows, summary: ComplaintSummary, dataset: Dataset, lang: Lang): void {
  const q = dataset.complaints;
  if (!q || summary.openComplaints.length === 0) return;
  rows.push([say(lang, "complaintsTab", "openList", { count: summary.openComplaints.length })]);
  rows.push(
    (["customerId", "customerName", "owner", "received", "daysOpen", "cause"] as const).map((k) =>
      say(lang, "complaintsTab", k),
    ),
    headingsOver(OPEN_LOOKS),
  );
  const cust = dataset.customers;
  for (const { complaint: i, days } of summary.openComplaints) {
    const c = q.customer[i];
    const known = c >= 0 && c < cust.count;
    const cause = COMPLAINT_CAUSES[q.cause[i]] ?? "other";
    rows.push(
      [
        known ? cust.id[c] : "",
        known ? (cust.name[c] ?? "") : "",
        known ? (cust.owner[c] ?? "") : "",
        Number.isFinite(q.receivedAt[i]) ? q.receivedAt[i] : null,
        days,
        say(lang, "complaintsTab", cause),
      ],
      OPEN_LOOKS,
    );
  }
  rows.push([]);
}

/**
 * The Complaints sheet that is there but holds no complaint (header only, or nothing at all: the
 * ingest then leaves it out with an `empty_sheet` finding), by name; null when there is none.
 *
 * @example emptySheet(null, dataset, [{ code: "empty_sheet", kind: "complaints", sheet: "投诉" }]) // "投诉"
 */
function emptySheet(
  summary: ComplaintSummary | null,
  dataset: Dataset,
  findings: readonly Pick<Finding, "code" | "kind" | "sheet" | "file" | "sheetIsFile">[],
): string | null {
  if (summary) return dataset.sources.complaints?.sheetName ?? null;
  const empty = findings.find((f) => f.kind === "complaints" && EMPTY_SHEET_CODES.has(f.code));
  // A workbook's sheet by its name (the file's path stood there: stop-23 trial T9); a CSV by the
  // file's name.
  if (!empty) return null;
  return empty.sheetIsFile ? fileName(empty.file) || empty.sheet : empty.sheet;
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function slaJson(s: SlaCounts) {
  return {
    met: s.met,
    missed: s.missed,
    pending: s.pending,
    notRecorded: s.notRecorded,
    withinSla: orNull(s.share),
  };
}

/**
 * The `complaints` JSON. `firstResponseWithinSla` and `resolvedWithinSla` are shares 0–1 of the
 * complaints whose outcome is decided (met or missed); null when none is.
 *
 * @example complaintsJson(summary, dataset)?.firstResponseWithinSla // 0.92
 */
export function complaintsJson(summary: ComplaintSummary | null, dataset: Dataset) {
  if (!summary) return null;
  const id = dataset.customers.id;
  return {
    total: summary.total,
    open: summary.open,
    resolved: summary.resolved,
    firstResponseWithinSla: orNull(summary.firstResponse.share),
    resolvedWithinSla: orNull(summary.resolution.share),
    firstResponse: slaJson(summary.firstResponse),
    resolution: slaJson(summary.resolution),
    resolutionByComplexity: {
      general: slaJson(summary.resolutionByComplexity[0]),
      complex: slaJson(summary.resolutionByComplexity[1]),
    },
    byCause: COMPLAINT_CAUSES.map((cause, k) => ({
      cause,
      count: summary.byCause[k].count,
      open: summary.byCause[k].open,
      resolution: slaJson(summary.byCause[k].resolution),
    })),
    openByAge: summary.openByAge.map((b) => ({
      maxDays: b.upperDays === Infinity ? null : b.upperDays,
      count: b.count,
    })),
    repeatComplainers: summary.repeatComplainers.map((c) => ({
      customerId: id[c.customer],
      complaints: c.complaints,
      open: c.open,
      lastReceived: isoDateTime(c.lastReceived),
    })),
    // Where complaints kept in the contact log came from (tester60 U100), as the tab's first line.
    ...(dataset.complaintsFromContacts && { fromContacts: { ...dataset.complaintsFromContacts } }),
  };
}
