// Complaints kept in the contact log (tester60 U100): a salon's 回访记录 flags them (是否投诉 是)
// beside what the customer said (顾客反馈). Each becomes a complaint row of dataset.complaints, the
// one complaints model the Complaints tab, the churn reasons and the schedule read.
import { COMPLAINT_CAUSES, COMPLAINT_STATUSES, type Complaints, type Dataset } from "../model";
import { isoDate } from "../parse/date";
import { complaintCell, leftInAnger, saysResolved } from "../ingest/contactOutcome";

const OTHER = COMPLAINT_CAUSES.indexOf("other");
const OPEN = COMPLAINT_STATUSES.indexOf("open");
const RESOLVED = COMPLAINT_STATUSES.indexOf("resolved");

/** One complaint read from the contact log, before it joins the Complaints sheet's. */
interface LogComplaint {
  customer: number;
  receivedAt: number;
  firstResponseAt: number;
  resolvedAt: number;
  sourceRow: number;
  text: string;
}

/**
 * Adds the complaints the Contacts sheet's complaint column (是否投诉, 投诉内容) records to
 * dataset.complaints, as a Complaints sheet's rows would be, and says how in
 * dataset.complaintsFromContacts. Per customer, its contacts in date order (same day: sheet order):
 * - a row flagged as a complaint while none is open starts one, received that day, its words the
 *   complaint cell's own or the row's feedback (顾客反馈), else its note; cause other, general;
 * - a later row flagged while it is open is the same complaint (还没解决): its words added after
 *   " / " and its date (language-neutral: the words are quoted in either language);
 * - a row whose complaint, feedback or note says it was settled (已解决, Resolved: saysResolved)
 *   resolves the open one that day (a flagged row saying so starts and resolves one);
 * - the first later contact that reached the customer while it was open is its first response.
 * A complaint the Complaints sheet already has is not counted twice: one of the same customer
 * there received within a day of it, or received before it and not resolved by its day (the log
 * row is a call about it). The sheet's row stands (its cause, times and status), taking the log's
 * words when it has none. Nothing changes when the sheet has no complaint column or no row flagged.
 *
 * @example complaintsFromContacts(dataset); dataset.complaintsFromContacts // { rows: 3, complaints: 2, … }
 */
export function complaintsFromContacts(dataset: Dataset): void {
  const k = dataset.contacts;
  if (!k) return;
  // With no complaint column, an outcome of 投诉 flags its row (tester62 U151).
  // With no complaint column, an outcome of 投诉 (1) or a note saying one (2: 要去卫健委投诉,
  // tester63 U151) flags its row.
  const byOutcome = !k.complaint && k.complaintOutcome !== undefined;
  const flags = byOutcome
    ? Array.from(k.complaintOutcome!, (f) => (f > 0 ? "是" : ""))
    : k.complaint;
  if (!flags) return;
  const rowsOf = new Map<number, number[]>();
  let flagged = 0;
  for (let i = 0; i < k.count; i++) {
    if (complaintCell(flags[i]) === "no") continue;
    flagged++;
    rowsOf.set(k.customer[i], []);
  }
  if (flagged === 0) return;
  for (let i = 0; i < k.count; i++) rowsOf.get(k.customer[i])?.push(i);
  const found: LogComplaint[] = [];
  for (const rows of rowsOf.values()) {
    rows.sort((a, b) => k.day[a] - k.day[b] || k.sourceRow[a] - k.sourceRow[b]);
    logComplaints(dataset, rows, flags, found);
  }
  const sheet = dataset.complaints;
  const text = sheet ? new Array<string>(sheet.count).fill("") : [];
  if (sheet?.text) for (let j = 0; j < sheet.count; j++) text[j] = sheet.text[j];
  const added = onSheetLeftOut(sheet, found, text);
  const source = dataset.sources.contacts;
  dataset.complaintsFromContacts = {
    sheet: source?.sheetName ?? "",
    column:
      (byOutcome
        ? flaggedColumns(k.complaintOutcome!, source?.columns)
        : source?.columns.complaint) ?? "",
    rows: flagged,
    complaints: found.length,
    onSheet: found.length - added.length,
  };
  dataset.complaints = joined(sheet, added, text);
}

/** The complaints of one customer's contacts (`rows`, in date order), pushed onto `out`. */
function logComplaints(
  dataset: Dataset,
  rows: readonly number[],
  flags: readonly string[],
  out: LogComplaint[],
): void {
  const k = dataset.contacts!;
  let open: LogComplaint | null = null;
  for (const i of rows) {
    const day = k.day[i];
    const cell = complaintCell(flags[i]);
    const words = [cell === "text" ? flags[i] : "", k.feedback?.[i] ?? ""]
      .map((t) => t.trim())
      .filter((t) => t !== "");
    const said = words.length > 0 ? words.join(" / ") : (k.note?.[i] ?? "").trim();
    // Amends made (compensated, 已赔偿) while she says she leaves settle nothing (tester66 U231).
    const settled = [...words, k.note?.[i] ?? ""].some((t) => saysResolved(t) && !leftInAnger(t));
    if (open !== null) {
      if (day > open.receivedAt && k.notReached?.[i] !== 1 && Number.isNaN(open.firstResponseAt))
        open.firstResponseAt = day;
      if (cell !== "no" && said !== "" && !open.text.includes(said))
        open.text += (open.text === "" ? "" : " / ") + `${isoDate(day)} ${said}`;
      if (settled) {
        open.resolvedAt = day;
        open = null;
      }
      continue;
    }
    if (cell === "no") continue;
    const complaint: LogComplaint = {
      customer: k.customer[i],
      receivedAt: day,
      firstResponseAt: NaN,
      resolvedAt: settled ? day : NaN,
      sourceRow: k.sourceRow[i],
      text: said,
    };
    out.push(complaint);
    if (!settled) open = complaint;
  }
}

/**
 * The log's complaints the Complaints sheet does not have (see complaintsFromContacts); a sheet
 * complaint with no words of its own takes those of the log's that is it (`text`, by sheet row).
 */
function onSheetLeftOut(
  sheet: Complaints | null,
  found: readonly LogComplaint[],
  text: string[],
): LogComplaint[] {
  if (!sheet) return [...found];
  const byCustomer = new Map<number, number[]>();
  for (let j = 0; j < sheet.count; j++) {
    const list = byCustomer.get(sheet.customer[j]);
    if (list) list.push(j);
    else byCustomer.set(sheet.customer[j], [j]);
  }
  return found.filter((f) => {
    const day = Math.floor(f.receivedAt);
    const same = (byCustomer.get(f.customer) ?? []).find((j) => {
      const received = Math.floor(sheet.receivedAt[j]);
      const openThen = sheet.status[j] === OPEN || sheet.resolvedAt[j] >= day;
      return received <= day + 1 && (received >= day - 1 || openThen);
    });
    if (same === undefined) return true;
    if (text[same] === "") text[same] = f.text;
    return false;
  });
}

/** The Complaints sheet's rows (none: null) then the log's, with every row's words. */
function joined(
  sheet: Complaints | null,
  added: readonly LogComplaint[],
  text: string[],
): Complaints {
  const n = sheet?.count ?? 0;
  const m = n + added.length;
  const out: Complaints = {
    count: m,
    customer: new Int32Array(m),
    receivedAt: new Float64Array(m),
    cause: new Int8Array(m).fill(OTHER),
    complexity: new Int8Array(m),
    firstResponseAt: new Float64Array(m),
    resolvedAt: new Float64Array(m),
    status: new Int8Array(m),
    sourceRow: new Int32Array(m),
    text,
    fromContacts: new Uint8Array(m).fill(1, n),
  };
  if (sheet) {
    out.customer.set(sheet.customer);
    out.receivedAt.set(sheet.receivedAt);
    out.cause.set(sheet.cause);
    out.complexity.set(sheet.complexity);
    out.firstResponseAt.set(sheet.firstResponseAt);
    out.resolvedAt.set(sheet.resolvedAt);
    out.status.set(sheet.status);
    out.sourceRow.set(sheet.sourceRow);
  }
  added.forEach((f, a) => {
    const i = n + a;
    out.customer[i] = f.customer;
    out.receivedAt[i] = f.receivedAt;
    out.firstResponseAt[i] = f.firstResponseAt;
    out.resolvedAt[i] = f.resolvedAt;
    out.status[i] = Number.isNaN(f.resolvedAt) ? OPEN : RESOLVED;
    out.sourceRow[i] = f.sourceRow;
    text.push(f.text);
  });
  return out;
}

/**
 * The column(s) that flagged the contacts as complaints with no complaint column: the outcome's (1),
 * the note's (2), or both, as “回访结果”/“回访内容” inside the words' quotes.
 */
function flaggedColumns(
  flags: Uint8Array,
  columns: { outcome?: string; note?: string } | undefined,
): string {
  const names: string[] = [];
  if (flags.includes(1)) names.push(columns?.outcome ?? "");
  if (flags.includes(2)) names.push(columns?.note ?? "");
  return names.filter((n) => n !== "").join("”/“");
}
