// Builders of the dated sheets that follow a customer: Surveys, Complaints, Contacts and Visits.
import {
  COMPLAINT_CAUSES,
  COMPLAINT_COMPLEXITIES,
  COMPLAINT_STATUSES,
  CONTACT_CHANNELS,
  type Complaints,
  type Contacts,
  type Surveys,
  type Visits,
} from "../model";
import {
  CustomerIndex,
  type TableBuilder,
  dateNotAfter,
  f64,
  happenedBy,
  i32,
  i8,
  joinCustomer,
  readOption,
} from "./builders";
import { EXPECTED_WORDS } from "../quality";
import {
  BOOKED_VISIT,
  COMPLAINT_PROBLEM_HEADERS,
  NOT_A_VISIT,
  NO_SHOW_VISIT,
  ON_LEAVE_VISIT,
} from "../headerWords";
import type { RowReader } from "./rowReader";
import {
  complaintCell,
  complaintOutcome,
  complaintNote,
  isComplaintFlagHeader,
  saysNotReached,
  saysResolved,
  afterSalesOpen,
  ownReasonRefund,
} from "./contactOutcome";
import { isBlank } from "../cells";
import { optionCode } from "./options";
import { foldHeader } from "../parse/text";
import { RAW_NO, RawFields, columnsOf } from "./rawFields";

/**
 * A column of texts sized once for the sheet's expected rows (reserve), then filled by index: a
 * pushed array's growth copies touch ~3x its final size in new memory (the 287,000 contacts' owners
 * at 100k: ~2,100 page faults, ~24 us each on the project's VM, against ~600 sized).
 */
class TextColumn {
  private values: string[] = [];
  private length = 0;

  push(text: string): void {
    this.values[this.length++] = text;
  }

  reserve(rows: number): void {
    if (rows <= this.values.length) return;
    const next = new Array<string>(rows);
    for (let i = 0; i < this.length; i++) next[i] = this.values[i];
    this.values = next;
  }

  /** The texts pushed (the column itself, cut to its length: call once, when complete). */
  build(): string[] {
    this.values.length = this.length;
    return this.values;
  }
}

const SCORE_FIELDS = [
  "overall",
  "recommend",
  "quality",
  "price",
  "afterSales",
  "delivery",
] as const;

/**
 * What the dependent dated sheets (Surveys, Complaints, Contacts) share: a row joins a customer and
 * has a required date not after the analysis date, else it is rejected; a kept row records its
 * customer, date and sheet row. A subclass reads its own fields in `addFields` (after the join and
 * the date, so findings keep their order) and pushes nothing when it rejects the row.
 */
abstract class DatedRowsBuilder<T> implements TableBuilder<T> {
  protected readonly customer = i32();
  /** The row's date: whole days, or as read (with time of day) when `wholeDays` is false. */
  protected readonly date = f64();
  protected readonly sourceRow = i32();
  /** A CSV row's raw cells read by column (rawFields.ts); null: this sheet reads rows by RowReader. */
  protected readonly raw: RawFields | null = new RawFields();
  /** The sheet's column per field (-1: none), once its first row is read. */
  protected columns: Record<string, number> | null = null;

  constructor(
    protected readonly index: CustomerIndex,
    private readonly dateField: string,
    private readonly wholeDays: boolean,
  ) {}

  add(r: RowReader): boolean {
    if (this.raw !== null && this.raw.at(r) && this.addRaw(r)) return true;
    const customer = joinCustomer(r, this.index);
    const date = dateNotAfter(r, this.dateField, true);
    if (customer < 0 || Number.isNaN(date)) return false;
    if (!this.addFields(r)) return false;
    this.push(customer, date, r.rowNumber);
    return true;
  }

  private push(customer: number, date: number, row: number): void {
    this.customer.push(customer);
    this.date.push(this.wholeDays ? Math.floor(date) : date);
    this.sourceRow.push(row);
  }

  /**
   * The row read from its raw cells (rawFields.ts) when each is of a shape that makes no finding:
   * a customer's plain id, a date not after the analysis date, and the sheet's fields
   * (addRawFields). False, with nothing pushed, for any other row: `add` reads it by RowReader.
   */
  private addRaw(r: RowReader): boolean {
    const c = (this.columns ??= columnsOf(r));
    const raw = this.raw!;
    const n = raw.id(c.customerId);
    if (n === RAW_NO || this.index.twins !== null) return false;
    const customer = this.index.numbered(n);
    if (customer === undefined) return false;
    const date = raw.day(r, c[this.dateField], true);
    if (date === undefined || date > r.asOf + 1 - 1e-9) return false;
    if (!this.addRawFields(raw, c, r)) return false;
    this.push(customer, date, r.rowNumber);
    return true;
  }

  /** Reads and pushes the sheet's own fields from raw cells; false (pushing nothing) otherwise. */
  protected abstract addRawFields(raw: RawFields, c: Record<string, number>, r: RowReader): boolean;

  reserve(rows: number): void {
    for (const c of [this.customer, this.date, this.sourceRow]) c.reserve(rows);
  }

  /** Reads and pushes the sheet's own fields; false (pushing nothing) rejects the row. */
  protected abstract addFields(r: RowReader): boolean;

  abstract build(): T;
}

export class SurveysBuilder extends DatedRowsBuilder<Surveys> {
  private readonly scores = SCORE_FIELDS.map(() => f64());
  private readonly comment = new TextColumn();
  // One row's scores, reused: no array per row.
  private readonly values = new Float64Array(SCORE_FIELDS.length);
  /** Whether a 1–5 score column is scored out of 10 (RowReader.isTenPoint), once asked. */
  private tenPoint: boolean | null = null;

  constructor(index: CustomerIndex) {
    super(index, "date", true);
  }

  protected addFields(r: RowReader): boolean {
    const values = this.values;
    let answered = false;
    for (let k = 0; k < SCORE_FIELDS.length; k++) {
      const fd = SCORE_FIELDS[k];
      values[k] = fd === "recommend" ? r.score(fd, 0, 10) : r.score(fd, 1, 5);
      if (!Number.isNaN(values[k])) answered = true;
    }
    if (!answered) {
      // Scores out of range (12 on 1–5) are not blank: counted as unreadable (tester54 T3).
      if (!r.outOfRangeRow()) r.report("missing_required", "overall", r.cell("overall"));
      return false;
    }
    for (let k = 0; k < SCORE_FIELDS.length; k++) this.scores[k].push(values[k]);
    this.comment.push(r.ownText("comment"));
    return true;
  }

  override reserve(rows: number): void {
    super.reserve(rows);
    for (const c of this.scores) c.reserve(rows);
    this.comment.reserve(rows);
  }

  protected addRawFields(raw: RawFields, c: Record<string, number>, r: RowReader): boolean {
    // A column scored out of 10 is read by RowReader.score, which puts it on 1–5.
    this.tenPoint ??= SCORE_FIELDS.some((f) => f !== "recommend" && r.isTenPoint(f));
    if (this.tenPoint) return false;
    const values = this.values;
    let answered = false;
    for (let k = 0; k < SCORE_FIELDS.length; k++) {
      const at = c[SCORE_FIELDS[k]];
      const v = k === 1 ? raw.score(at, 0, 10) : raw.score(at, 1, 5); // 1: recommend
      if (v === undefined) return false;
      values[k] = v;
      if (!Number.isNaN(v)) answered = true;
    }
    const comment = raw.text(c.comment);
    if (!answered || comment === null) return false;
    for (let k = 0; k < SCORE_FIELDS.length; k++) this.scores[k].push(values[k]);
    this.comment.push(comment);
    return true;
  }

  build(): Surveys {
    const [overall, recommend, quality, price, afterSales, delivery] = this.scores.map((s) =>
      s.toArray(),
    );
    return {
      count: this.customer.length,
      customer: this.customer.toArray(),
      day: this.date.toArray(),
      overall,
      recommend,
      quality,
      price,
      afterSales,
      delivery,
      comment: this.comment.build(),
      sourceRow: this.sourceRow.toArray(),
    };
  }
}

const OTHER_CAUSE = COMPLAINT_CAUSES.indexOf("other");
const RESOLVED = COMPLAINT_STATUSES.indexOf("resolved");
const OPEN = COMPLAINT_STATUSES.indexOf("open");

export class ComplaintsBuilder extends DatedRowsBuilder<Complaints> {
  private readonly cause = i8();
  private readonly complexity = i8();
  private readonly firstResponseAt = f64();
  private readonly resolvedAt = f64();
  private readonly status = i8();
  /** The problem as written, per row, when the cause column is one (COMPLAINT_PROBLEM_HEADERS). */
  private readonly text: string[] = [];
  /** Whether the cause column is a problem in words (问题); null until the first row. */
  private problemColumn: boolean | null = null;
  /** Rows left out as refunds for the customer's own reason (Complaints.refunds). */
  private refunds = 0;

  // A few thousand rows, of date-times: read by RowReader.
  protected override readonly raw = null;

  /**
   * `afterSales`: the sheet is an after-sales log (售后; workbook.ts isAfterSalesName), whose status
   * says what was done (已回复, 已寄回): settled unless it says the customer is still unhappy
   * (afterSalesOpen).
   */
  constructor(
    index: CustomerIndex,
    private readonly afterSales = false,
  ) {
    // Received times keep their time of day: response and resolution times are measured from them.
    super(index, "receivedAt", false);
  }

  /**
   * A row's status (COMPLAINT_STATUSES' index, -1 none): its option (已解决, 处理中); else words saying
   * it was settled (已换货, 退款成功: saysResolved, the one reader of them); else, on an after-sales
   * sheet, what was done (已回复): resolved unless the customer is still unhappy (afterSalesOpen:
   * open); else reported unreadable (-1, open). Reviewer65 H2: a 售后 log's 已换货 / 已回复 /
   * 已重新发货，客户满意 were urgent unresolved-complaint calls.
   */
  private readStatus(r: RowReader): number {
    if (r.has("status")) {
      const c = r.cell("status");
      if (!isBlank(c) && optionCode("status", c) === null) {
        const text = r.text("status");
        if (saysResolved(text)) return RESOLVED;
        if (this.afterSales) return afterSalesOpen(text) ? OPEN : RESOLVED;
      }
    }
    return readOption(r, "status", COMPLAINT_STATUSES, -1);
  }

  protected addRawFields(): boolean {
    return false;
  }

  /**
   * A row's cause: its option (产品质量); in a column of the problem in words (问题: "奶粉罐子压瘪了";
   * reviewer65 M1) a text naming no cause is other, kept to be quoted by the complaint's call, with
   * no unknown-cause finding (a free text is no typo of a cause). Beside a cause column, the problem
   * column (投诉内容 beside 投诉类型: reviewer69 L2) is kept to be quoted, the cause read from its own.
   */
  private readCause(r: RowReader): number {
    this.problemColumn ??=
      r.has("cause") && PROBLEM_HEADERS.has(foldHeader(r.headers[r.columns.cause]));
    if (!this.problemColumn) {
      if (r.has("problem")) this.text.push(r.text("problem").trim());
      if (!r.has("cause") && r.has("problem")) return this.causeOfText(r.text("problem").trim());
      return readOption(r, "cause", COMPLAINT_CAUSES, OTHER_CAUSE);
    }
    const text = r.text("cause").trim();
    this.text.push(text);
    return this.causeOfText(text);
  }

  /** The cause a problem in words names (产品质量问题), else other. */
  private causeOfText(text: string): number {
    const code = text === "" ? null : optionCode("cause", text);
    return code === null ? OTHER_CAUSE : COMPLAINT_CAUSES.indexOf(code as never);
  }

  protected addFields(r: RowReader): boolean {
    // An after-sales row refunding the customer's own reason (尺码不合适, 拍错了, 七天无理由) is a
    // refund, no complaint: not read, so no complaint call (reviewer66 M5).
    const problem = r.has("cause") ? r.text("cause") : r.has("problem") ? r.text("problem") : "";
    if (this.afterSales && problem !== "" && ownReasonRefund(problem)) {
      this.refunds++;
      return false;
    }
    const cause = this.readCause(r);
    const complexity = readOption(r, "complexity", COMPLAINT_COMPLEXITIES, 0);
    const firstResponse = happenedBy(r, "firstResponseAt");
    const resolvedCell = r.date("resolvedAt", false);
    const resolved = happenedBy(r, "resolvedAt", resolvedCell);
    const stated = this.readStatus(r);
    // A resolution time means resolved, whatever the status column says; a stated status otherwise.
    // A resolution after the analysis date had not happened by then: the complaint was open.
    const status = !Number.isNaN(resolved) ? 1 : Number.isNaN(resolvedCell) && stated === 1 ? 1 : 0;
    this.cause.push(cause < 0 ? OTHER_CAUSE : cause);
    this.complexity.push(complexity < 0 ? 0 : complexity);
    this.firstResponseAt.push(firstResponse);
    this.resolvedAt.push(resolved);
    this.status.push(status);
    return true;
  }

  build(): Complaints {
    return {
      count: this.customer.length,
      customer: this.customer.toArray(),
      receivedAt: this.date.toArray(),
      cause: this.cause.toArray(),
      complexity: this.complexity.toArray(),
      firstResponseAt: this.firstResponseAt.toArray(),
      resolvedAt: this.resolvedAt.toArray(),
      status: this.status.toArray(),
      sourceRow: this.sourceRow.toArray(),
      ...(this.text.some((t) => t !== "") ? { text: this.text } : {}),
      ...(this.refunds > 0 ? { refunds: this.refunds } : {}),
    };
  }
}

const PROBLEM_HEADERS = new Set(COMPLAINT_PROBLEM_HEADERS.map((h) => foldHeader(h)));

export class ContactsBuilder extends DatedRowsBuilder<Contacts> {
  private readonly channel = i8();
  private readonly owner = new TextColumn();
  // The optional columns (tester55 U4, U8), kept only when the sheet has them (`extra`).
  private readonly nextDay = f64();
  private readonly note = new TextColumn();
  private readonly notReached = i8();
  private readonly complaintOutcome = i8();
  private anyComplaintOutcome = false;
  /** Whether the sheet has a next-contact, note or outcome column; null until its first row. */
  private extra: boolean | null = null;
  // The complaint flag and the customer's feedback (tester60 U100), kept only when the sheet has
  // a complaint column (`complaints`).
  private readonly complaint = new TextColumn();
  private readonly feedback = new TextColumn();
  private complaints: boolean | null = null;
  /** Whether the complaint column asks yes or no (是否投诉); null until its first row. */
  private complaintFlag: boolean | null = null;
  // The call's satisfaction score (满意度(1-5), tester70 U605), kept only when the sheet has it.
  private readonly score = f64();
  private scores: boolean | null = null;
  /** Whether the score column is scored out of 10 (RowReader.isTenPoint), once asked. */
  private scoreTen: boolean | null = null;

  constructor(index: CustomerIndex) {
    super(index, "date", true);
  }

  override reserve(rows: number): void {
    super.reserve(rows);
    this.channel.reserve(rows);
    this.owner.reserve(rows);
  }

  private hasExtra(r: RowReader): boolean {
    return (this.extra ??= r.has("nextContact") || r.has("note") || r.has("outcome"));
  }

  private hasComplaints(r: RowReader): boolean {
    return (this.complaints ??= r.has("complaint"));
  }

  private hasScore(r: RowReader): boolean {
    return (this.scores ??= r.has("score"));
  }

  /**
   * Whether a complaint cell is neither yes nor no in a column that asks (是否投诉 好评: reviewer61
   * R2): it is no complaint, and its row is read by RowReader to say so.
   */
  private unclearComplaint(r: RowReader, cell: string): boolean {
    this.complaintFlag ??= isComplaintFlagHeader(r.headers[r.columns.complaint] ?? "");
    return this.complaintFlag && complaintCell(cell, true) === "unclear";
  }

  protected addFields(r: RowReader): boolean {
    this.channel.push(readOption(r, "channel", CONTACT_CHANNELS, -1));
    this.owner.push(r.ownText("owner"));
    if (this.hasExtra(r)) {
      // A next date is a plan: after the analysis date is what it is for (no future_date finding).
      const next = r.date("nextContact", false);
      this.pushExtra(next, r.ownText("note"), r.ownText("outcome"));
    }
    if (this.hasComplaints(r)) {
      let complaint = r.ownText("complaint");
      if (this.unclearComplaint(r, complaint)) {
        r.report("unparseable_optional", "complaint", r.cell("complaint"), {
          expected: EXPECTED_WORDS.flag["zh-CN"],
          expectedEn: EXPECTED_WORDS.flag["en-US"],
        });
        complaint = "";
      }
      this.complaint.push(complaint);
      this.feedback.push(r.ownText("feedback"));
    }
    // A score not read is said (RowReader.score) and left blank: the contact itself stands.
    if (this.hasScore(r)) this.score.push(r.score("score", 1, 5));
    return true;
  }

  /** The optional columns of a kept row: the outcome, else the note, says whether it got through. */
  private pushExtra(next: number, note: string, outcome: string): void {
    this.nextDay.push(Number.isNaN(next) ? NaN : Math.floor(next));
    this.note.push(note);
    this.notReached.push(saysNotReached(outcome !== "" ? outcome : note) ? 1 : 0);
    // 1: the outcome says a complaint (回访结果 投诉); 2: the note does (要去卫健委投诉, tester63 U151).
    const complaint = outcome !== "" && complaintOutcome(outcome) ? 1 : complaintNote(note) ? 2 : 0;
    this.complaintOutcome.push(complaint);
    if (complaint > 0) this.anyComplaintOutcome = true;
  }

  protected addRawFields(raw: RawFields, c: Record<string, number>, r: RowReader): boolean {
    const channel = raw.option(c.channel, "channel", CONTACT_CHANNELS);
    const owner = raw.text(c.owner);
    if (channel === RAW_NO || owner === null) return false;
    const complaints = this.hasComplaints(r);
    const complaint = complaints ? raw.text(c.complaint) : "";
    const feedback = complaints ? raw.text(c.feedback) : "";
    if (complaint === null || feedback === null) return false;
    // Out of 10, a score is put on 1–5 by RowReader.score.
    const scored = this.hasScore(r);
    if (scored && (this.scoreTen ??= r.isTenPoint("score"))) return false;
    const score = scored ? raw.score(c.score, 1, 5) : NaN;
    if (score === undefined) return false;
    if (complaints && this.unclearComplaint(r, complaint)) return false;
    if (this.hasExtra(r)) {
      const next = raw.day(r, c.nextContact, false);
      const note = raw.text(c.note);
      const outcome = raw.text(c.outcome);
      if (next === undefined || note === null || outcome === null) return false;
      this.channel.push(channel);
      this.owner.push(owner);
      this.pushExtra(next, note, outcome);
    } else {
      this.channel.push(channel);
      this.owner.push(owner);
    }
    if (complaints) {
      this.complaint.push(complaint);
      this.feedback.push(feedback);
    }
    if (scored) this.score.push(score);
    return true;
  }

  build(): Contacts {
    const out: Contacts = {
      count: this.customer.length,
      customer: this.customer.toArray(),
      day: this.date.toArray(),
      channel: this.channel.toArray(),
      owner: this.owner.build(),
      sourceRow: this.sourceRow.toArray(),
    };
    if (this.extra) {
      out.nextDay = this.nextDay.toArray();
      out.note = this.note.build();
      out.notReached = Uint8Array.from(this.notReached.toArray());
      if (this.anyComplaintOutcome)
        out.complaintOutcome = Uint8Array.from(this.complaintOutcome.toArray());
    }
    if (this.complaints) {
      out.complaint = this.complaint.build();
      out.feedback = this.feedback.build();
    }
    if (this.scores) out.score = this.score.toArray();
    return out;
  }
}

/**
 * A Visits row's kind by its status: a visit, on leave (ON_LEAVE_VISIT), absent (NOT_A_VISIT), of
 * those a no-show (NO_SHOW_VISIT) or cancelled (取消, Cancelled), or a booking with no outcome yet
 * (BOOKED_VISIT; tester63 U168). A kept appointment (已到诊, Completed, Checked in) is a visit.
 */
const VISIT_ROW = { visit: 0, leave: 1, absent: 2, noShow: 3, cancelled: 4, booked: 5 } as const;

function visitRow(status: string): number {
  if (status === "") return VISIT_ROW.visit;
  const folded = status.toLowerCase();
  if (ON_LEAVE_VISIT.some((w) => folded.includes(w))) return VISIT_ROW.leave;
  if (NOT_A_VISIT.some((w) => folded.includes(w))) {
    if (NO_SHOW_VISIT.some((w) => folded.includes(w))) return VISIT_ROW.noShow;
    return folded.includes("取消") || folded.includes("cancel")
      ? VISIT_ROW.cancelled
      : VISIT_ROW.absent;
  }
  return BOOKED_VISIT.some((w) => folded.includes(w)) ? VISIT_ROW.booked : VISIT_ROW.visit;
}

/** The lessons attended, the check-ins (消课记录, Check-ins; tester61 U112): a customer and a day. */
export class VisitsBuilder extends DatedRowsBuilder<Visits> {
  /** Per row kept: its VISIT_ROW kind (a visit, on leave, a no-show, cancelled). */
  private readonly kind = i8();
  /** Whether any row kept is other than a visit. */
  private anyAside = false;
  /** The bookings on or after the analysis date (Visits.booked). */
  private readonly bookedCustomer = i32();
  private readonly bookedDay = f64();

  constructor(index: CustomerIndex) {
    super(index, "date", true);
  }

  // A booking with no outcome yet (已预约): one from the analysis date on is kept apart, its day
  // after the date no future_date (tester63 U168); an earlier one is no visit.
  override add(r: RowReader): boolean {
    if (visitRow(r.ownText("status")) !== VISIT_ROW.booked) return super.add(r);
    const customer = joinCustomer(r, this.index);
    const day = Math.floor(r.date("date", true));
    // One before the date is kept as a past booking: no visit, unless most past rows are such
    // (build: the desk never updates 已预约; reviewer64 H8).
    if (day < Math.floor(r.asOf)) return super.add(r);
    if (customer < 0 || !(day >= Math.floor(r.asOf))) return false;
    this.bookedCustomer.push(customer);
    this.bookedDay.push(day);
    return true;
  }

  // A status saying she did not come (缺勤, No-show, Cancelled): no visit (reviewer62 R2); one
  // saying she is on leave (请假, Excused) is kept apart, a pause (fix63c), and so are a no-show
  // and a cancellation, signals (tester63 U168).
  protected addFields(r: RowReader): boolean {
    return this.keep(visitRow(r.ownText("status")));
  }

  protected addRawFields(raw: RawFields, c: Record<string, number>): boolean {
    const status = raw.text(c.status);
    return status !== null && this.keep(visitRow(status));
  }

  private keep(kind: number): boolean {
    if (kind === VISIT_ROW.absent) return false;
    this.kind.push(kind);
    if (kind !== VISIT_ROW.visit) this.anyAside = true;
    return true;
  }

  build(): Visits {
    const customer = this.customer.toArray();
    const day = this.date.toArray();
    const sourceRow = this.sourceRow.toArray();
    const out: Visits = { count: customer.length, customer, day, sourceRow };
    if (this.bookedDay.length > 0)
      out.booked = { customer: this.bookedCustomer.toArray(), day: this.bookedDay.toArray() };
    if (!this.anyAside) return out;
    const kind = this.kind.toArray();
    // A log whose past rows mostly still say 已预约 (no outcome written: reviewer64 H8, a studio's
    // bookings never updated, 0 of 1,316 visits read) is read as the visits it records: its
    // bookings were kept. Else a past booking with no outcome is no visit.
    const pastBooked = kind.reduce((n, k) => n + (k === VISIT_ROW.booked ? 1 : 0), 0);
    if (pastBooked > 0 && pastBooked * 2 > kind.length) {
      out.bookedAsVisits = pastBooked;
      kind.forEach((k, i) => {
        if (k === VISIT_ROW.booked) kind[i] = VISIT_ROW.visit;
      });
    }
    const pick = <A extends Int32Array | Float64Array>(a: A, k: number): A =>
      a.filter((_, i) => kind[i] === k) as A;
    const visits = pick(customer, VISIT_ROW.visit);
    out.count = visits.length;
    out.customer = visits;
    out.day = pick(day, VISIT_ROW.visit);
    out.sourceRow = pick(sourceRow, VISIT_ROW.visit);
    if (kind.includes(VISIT_ROW.leave))
      out.leave = { customer: pick(customer, VISIT_ROW.leave), day: pick(day, VISIT_ROW.leave) };
    const missed = (k: number) => k === VISIT_ROW.noShow || k === VISIT_ROW.cancelled;
    if (kind.some(missed)) {
      const at = (a: Int32Array | Float64Array) => a.filter((_, i) => missed(kind[i]));
      out.missed = {
        customer: at(customer) as Int32Array,
        day: at(day) as Float64Array,
        kind: Uint8Array.from(kind.filter(missed), (k) => (k === VISIT_ROW.noShow ? 1 : 2)),
      };
    }
    return out;
  }
}
