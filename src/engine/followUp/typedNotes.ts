import type { Cell } from "../cells";
import {
  KEYED_MARK,
  VLQ,
  VLQ_UNDERSCORE,
  WRITTEN_CELL_CHARS,
  WRITTEN_HASH_CHARS,
  writtenCells,
  type WrittenRaw,
} from "./writtenCells";
import { lastWritten } from "../changes/history";
import { matchCustomers } from "../changes/match";
import { readParts } from "../changes/previous";
import type { GridSource } from "../ingest/workbook";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { isoDate, parseDate } from "../parse/date";
import { exactCustomerKey } from "../parse/identifier";
import { cellText, foldLabel } from "../parse/text";
import type { Lang } from "../schema";
import { CATALOGS, say } from "../words/catalog";
import { compiled } from "../words/format";
import { FOLLOW_UP_REASONS } from "../rules/service";
import { followUpReasonText, UNSCHEDULED_REASONS } from "./labels";
import { maskEmail } from "./mask";
import { editDistance } from "../editDistance";
import type { FollowUpSchedule } from "./schedule";
import type { RunWarning } from "./warnings";
import { followUpHeader } from "../report/followUpTab";
import { tabName } from "../report/outputTabs";
import {
  finishHash,
  flatText,
  hashFlat,
  hashOfFlatFrom,
  hashRawFrom,
  idState,
  keyState,
  tagState,
  lastFlatLength,
  NO_KEY,
  prefixHashes,
  selfFlat,
  type HashKey,
} from "../textHash";

/**
 * What a user typed on the follow-up schedule tab, carried into the next refresh (tester #8, stop
 * 44: a manager's "已约下周二拜访" on 30 rows was overwritten without a word).
 *
 * The user's columns: 状态 / Status, 沟通要点 / Talking point and 说明 / Note (the tab's cells are
 * unlocked for sorting and filtering, so users type there). We write them too, so a cell is the
 * user's only where it is not ours: a status that is not one of our status words (either
 * language), and the lines of a talking point or note that do not read as our words. Our words are
 * recognised by the catalog's templates in both languages (numbers as numbers, channels and survey
 * dimensions as their names, products as the data's products, the e-mail address as the customer's,
 * masked or not), whitespace and line breaks ignored (the writer breaks long lines): a value of ours
 * from an earlier run, with other figures or another product, is never taken for the user's.
 * A line of ours the user edited reads as the user's (it no longer is ours); a user's line that
 * happens to read as ours (`逾期 3`) is not carried.
 *
 * Carried by customer ID and, where the customer had several rows, by the same follow-up: the row
 * of the same due date (应回访日期) first, then the customer's other rows in order. The status
 * typed replaces ours; a typed line of a talking point or note goes back where it stood among ours,
 * an edited line of ours in that line's place (typedCell), else after ours on a line of its own. A
 * talking point or note of a customer with fewer rows now joins its first row's. A typed row that
 * finds no row of its customer (the customer left the schedule), or a status whose call is gone, is
 * kept as a row at the end of the tab, 已移出计划 / Off the schedule, with what was typed, and the run
 * says how many (warning typed_notes_off_schedule): nothing typed is lost, and a later refresh
 * carries it to the customer's row when the customer is back.
 */

/** The columns whose typed values are carried. */
export const TYPED_COLUMNS = ["status", "talkingPoint", "note"] as const;
export type TypedColumn = (typeof TYPED_COLUMNS)[number];

/** A row of the earlier schedule tab as read back: what locates it, and its user-owned cells. */
export interface EarlierScheduleRow {
  id: string;
  /** Due date (epoch day; NaN none). */
  due: number;
  /** The follow-up date (回访日期; epoch day; NaN none: an unscheduled or kept row). */
  date: number;
  /**
   * The date the follow-up was planned from (计划依据日期; epoch day; NaN none or not read): with
   * the reason, it tells the same open follow-up whose due date moved (a retention call is due two
   * working days after each analysis date).
   */
  plannedFrom?: number;
  owner: string;
  name: string;
  phone: string;
  email: string;
  /** The reason cell (回访原因): which follow-up the row was. */
  reason: string;
  /** A kept row (its reason starts with followUpTab offSchedule, either language): ages. */
  kept?: boolean;
  /** A kept row with no due or planned date: the date it was first kept (epoch day). */
  since?: number;
  status: string;
  talkingPoint: string;
  note: string;
  /**
   * The hashes of the texts the run that wrote the tab wrote there (its run state's
   * `scheduleWritten`: readWritten), shared by the tab's rows; absent: not recorded (a report
   * written before them), and our words are told by the catalog's templates.
   */
  written?: WrittenHashes;
}

/**
 * What a refresh cannot carry from the earlier tab (reviewer44 D5), said, not lost silently: rows
 * of a tab whose customer ID column is not found (its header renamed or deleted). Columns the user
 * added are report/addedColumns.ts's (one reader of them: reviewer56 R7).
 */
export interface ScheduleNotCarried {
  /** Rows of a tab with no customer ID column (none read). */
  unreadRows: number;
}

/** The earlier schedule tab's rows (those with a customer id), in the tab's order. */
export type EarlierSchedule = EarlierScheduleRow[] & {
  notCarried?: ScheduleNotCarried;
  /**
   * The run state's hashes of what its run wrote on the tab were changed after they were written
   * (WrittenHashes.damaged; tester50 H1: a LibreOffice save): not used, the rows are read as an
   * older report's (by the catalog's words, owners and dates not checked), and it is said once.
   */
  writtenDamaged?: boolean;
};

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

type RowKey = Exclude<keyof EarlierScheduleRow, "due" | "date"> | "dueDate" | "followUpDate";

/** Folded header (either language) → field of EarlierScheduleRow. */
function headerFields(): Map<string, RowKey> {
  const m = new Map<string, RowKey>();
  const keys = [
    "customerId",
    "dueDate",
    "followUpDate",
    "plannedFrom",
    "owner",
    "status",
    "talkingPoint",
    "phone",
    "email",
    "reason",
  ] as const;
  for (const lang of LANGS) {
    for (const k of keys) m.set(foldLabel(followUpHeader(k, lang)), k === "customerId" ? "id" : k);
    m.set(foldLabel(followUpHeader("customerName", lang)), "name");
    m.set(foldLabel(followUpHeader("note", lang)), "note");
  }
  return m;
}

/**
 * A kept row's reason cell naming the date its call was planned for (followUpTab offPlanned),
 * matched flattened (flat): the writer wraps a long cell with line breaks, anywhere in it.
 */
let keptPlanned: RegExp | null = null;
let keptLabel: RegExp | null = null;
/** A kept row's reason cell, flattened: it starts with followUpTab offSchedule (either language). */
const KEPT_LABEL = (): RegExp =>
  (keptLabel ??= new RegExp(
    `^(?:${LANGS.map((l) => flat(say(l, "followUpTab", "offSchedule")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  ));
let sinceWords: string[] | null = null;
/** followUpTab offSince's own words (either language), flattened, without the label and date. */
const SINCE_WORDS = (): string[] =>
  (sinceWords ??= LANGS.map((l) =>
    flat(say(l, "followUpTab", "offSince", { label: "", date: "" })).replace(/[()（）]/g, ""),
  ));
const KEPT_PLANNED = (): RegExp =>
  (keptPlanned ??= new RegExp(
    `^(?:${LANGS.map((l) => flat(say(l, "followUpTab", "offSchedule")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[（(][^)）]*?(\\d{4}-\\d{2}-\\d{2})[^)）]*[)）]`,
  ));

let offReasonWords: string[] | null = null;
/** followUpTab offReason's words before the original reason (either language), trimmed. */
const OFF_REASON_WORDS = (): string[] =>
  (offReasonWords ??= LANGS.map((l) =>
    say(l, "followUpTab", "offReason", { why: "", reason: "" }).trim(),
  ));

/**
 * A reason cell's text as one line: the writer's line breaks taken out (a space between two
 * characters that are not CJK, where it broke at a space).
 *
 * @example unbrokenText("投诉解决后\n回访") // "投诉解决后回访"
 */
function unbrokenText(text: string): string {
  let out = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    if (out !== "" && out.charCodeAt(out.length - 1) < 0x2e80 && line.charCodeAt(0) < 0x2e80)
      out += " ";
    out += line;
  }
  return out;
}

/**
 * The reason of the follow-up an earlier row's typed values were typed on: its reason cell, or,
 * for a kept row, the reason its cell names after followUpTab offReason's words ("" none: a kept
 * row written before them). Kept on the kept row (tester46 L2: 客户拒接's kept row no longer said
 * it was about a 投诉解决后回访).
 *
 * @example originalReason({ reason: "已移出计划：…\n原回访原因：投诉解决后回访", kept: true }) // "投诉解决后回访"
 */
export function originalReason(row: Pick<EarlierScheduleRow, "reason" | "kept">): string {
  const text = unbrokenText(row.reason);
  if (!row.kept) return text;
  for (const words of OFF_REASON_WORDS()) {
    const at = text.lastIndexOf(words);
    if (at >= 0) return text.slice(at + words.length).trim();
  }
  return "";
}

/**
 * Reads an earlier schedule tab block by block (push a part's rows, nextPart before the next
 * part's, then finish). Columns are found by their headers in either language, so a refresh in
 * another language reads them too. Null from finish when the tab has no customer ID column.
 *
 * @example const r = new ScheduleTabReader(); r.push(rows); r.finish()?.length
 */
export class ScheduleTabReader {
  private readonly fields = headerFields();
  private at: Partial<Record<RowKey, number>> | null = null;
  private expectHeader = true;
  private readonly rows: EarlierSchedule = [];
  /** Rows passed over looking for the header row (no ID column: none read). */
  private unread = 0;

  nextPart(): void {
    this.expectHeader = true;
  }

  push(rows: Cell[][]): void {
    for (const row of rows) {
      if (this.expectHeader) {
        const at: Partial<Record<RowKey, number>> = {};
        row.forEach((v, i) => {
          const f = this.fields.get(foldLabel(v));
          if (f !== undefined && at[f] === undefined) at[f] = i;
        });
        if (at.id === undefined) {
          if (row.some((v) => v !== null && v !== undefined && v !== "")) this.unread++;
          continue;
        }
        this.at = at;
        this.expectHeader = false;
        continue;
      }
      const at = this.at;
      if (!at || at.id === undefined) continue;
      const text = (k: RowKey): string => {
        const i = at[k];
        if (i === undefined) return "";
        const v = row[i];
        return typeof v === "string" ? v : cellText(v);
      };
      const id = text("id").trim();
      if (id === "") continue;
      this.rows.push({
        id,
        due: at.dueDate === undefined ? NaN : parseDate(row[at.dueDate] ?? null),
        ...this.datesOf(row, at, text("reason")),
        plannedFrom: at.plannedFrom === undefined ? NaN : parseDate(row[at.plannedFrom] ?? null),
        owner: text("owner"),
        name: text("name"),
        phone: text("phone"),
        email: text("email"),
        reason: text("reason"),
        kept: KEPT_LABEL().test(flat(text("reason"))),
        status: text("status"),
        talkingPoint: text("talkingPoint"),
        note: text("note"),
      });
    }
  }

  /**
   * The row's follow-up date; for a kept row (no date cell) the date its call was planned for,
   * which the reason cell names (followUpTab offPlanned: "已移出计划（原定回访日期 2025-12-01）：…"),
   * so a later run ages its status from the same date (tester45 #3). NaN: none.
   */
  private datesOf(
    row: Cell[],
    at: Partial<Record<RowKey, number>>,
    reason: string,
  ): { date: number; since?: number } {
    const date = at.followUpDate === undefined ? NaN : parseDate(row[at.followUpDate] ?? null);
    if (Number.isFinite(date) || reason === "") return { date };
    const planned = KEPT_PLANNED().exec(flat(reason));
    if (!planned) return { date: NaN };
    // "kept since" (followUpTab offSince) is the date the row was first kept, not a planned one.
    const d = parseDate(planned[1]);
    return SINCE_WORDS().some((w) => planned[0].includes(w))
      ? { date: NaN, since: d }
      : { date: d };
  }

  finish(): EarlierSchedule | null {
    // No ID column: nothing read, but the rows are said (the header row itself not counted).
    if (!this.at) {
      if (this.unread <= 1) return null;
      const none: EarlierSchedule = [];
      none.notCarried = { unreadRows: this.unread - 1 };
      return none;
    }
    return this.rows;
  }
}

/** Lower case, no whitespace: how our words and a cell are compared. */
const flat = flatText;

/**
 * What a recorded hash is of (keyState's tag, after the customer's id): our texts by column, a
 * typed line the tab carried (flattened, to find it; as typed, to join it back: tester45 #6), and
 * the row's owner and date (tester45 #1).
 */
export const WRITTEN_TAGS = {
  status: 1,
  talkingPoint: 2,
  note: 3,
  typedTalkingPoint: 4,
  typedNote: 5,
  rawTalkingPoint: 6,
  rawNote: 7,
  ownerDate: 8,
  typedStatus: 9,
} as const;
const TAG = WRITTEN_TAGS;

/** Our statuses are few: keyed by no customer (one hash for 已安排 on every row). */
const STATUS_KEY = keyState("", TAG.status);
/**
 * Our notes are the catalog's words with a number (逾期 3 天, 已轮换, 改用邮件联系), nothing of the
 * customer's: keyed by the column alone, so 66k notes at 100k customers are a few dozen hashes
 * (a user's note equal to one reads as ours by the catalog's templates as well).
 */
const NOTE_KEY = keyState("", TAG.note);

/*
 * A keyed hash is kept whole: all of cyrb53's 53 bits (~7 VLQ digits a hash, sorted). Cut to 40
 * (~5 digits), every customer's lines sharing one set, a line not ours matched one of 3M recorded
 * at 1M rows once in ~370,000 lookups and was taken out as ours, unsaid (reviewer46 M1); at 53
 * bits once in ~3·10^9.
 */

/** Lines of ours recorded per cell (the rest of a longer one as one run): ours have at most 3. */
const OUR_LINES = 4;
/**
 * Hashes a row records at most, ours: a status, a talking point's and a note's lines, owner/date.
 * Each typed line a row carries adds two (found, and joined back as typed): every line, however
 * many (reviewer46 L2: past the 32nd they were not recorded, so the writer's breaks in them were
 * carried as the user's).
 */
const ROW_HASHES = 2 + 2 * OUR_LINES;
/** Physical lines a typed line may have been broken into by the writer and still be joined back. */
const TYPED_BROKEN = 12;

/** Each VLQ digit's value (-1: none), VLQ_UNDERSCORE read as `_`. */
const VLQ_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < VLQ.length; i++) VLQ_VALUE[VLQ.charCodeAt(i)] = i;
VLQ_VALUE[VLQ_UNDERSCORE.charCodeAt(0)] = 63;

/** The customer id as the hashes key it (the exact key the Changes tab joins by). */
function idKey(id: Cell): string {
  return exactCustomerKey(typeof id === "string" ? id.trim() : id);
}

/**
 * The hash of a row's owner and date cells (flattened owner, then the epoch day; none: 0xffff),
 * from the customer's ownerDate key: what tells a reassigned owner or a moved date (tester45 #1).
 */
function ownerDateHash(key: HashKey, owner: string, day: number): number {
  return hashRawFrom(
    flatOwner(owner),
    key,
    Number.isFinite(day) ? Math.floor(day) & 0xffff : 0xffff,
  );
}

/**
 * `flat` through a memo of at most 4,097 texts, cleared when full: for cells of few distinct
 * values on every row (statuses, owners).
 */
function memoFlat(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let f = memo.get(text);
    if (f === undefined) {
      if (memo.size > 4096) memo.clear();
      f = flat(text);
      memo.set(text, f);
    }
    return f;
  };
}

/** Statuses flattened: a few words on every row (a user's own are few too). */
const flatStatusOf = memoFlat();

/** Owners flattened: a few names on every row. */
const flatOwner = memoFlat();

/**
 * The status, talking-point and note texts a run wrote on its schedule tab, as hashes (reviewer44
 * D1: whether a cell was ours was told by today's catalog, so a wording changed between two
 * builds made every earlier cell of ours read as typed, carried and kept again on every
 * refresh). The tab's rows record them as they are filled (followUpTab.ts addRow, our text before
 * what a user typed is added to it); the run state keeps them (state.ts `scheduleWritten`), and the
 * next refresh reads a line as ours when it, or a run of lines, is one of them: exact, whatever
 * the wording, one lookup for a cell nobody touched.
 *
 * Keyed by customer (reviewer45 D6): each line of our talking point and note is hashed after the
 * customer's id and the column (keyState), so a user's line equal to our text on another row (48
 * rows share "最近购买：显示器") is the user's, and every line of ours in a cell is found, however
 * the user's lines fall between them. The statuses are ours on any row (one hash each). A typed
 * line the tab carries is recorded too (tester45 #6: the writer breaks a long line, and the breaks
 * were carried as the user's, one more a run as the column narrowed), and the row's owner and
 * date (tester45 #1: a reassigned owner or moved date was replaced without a word).
 *
 * The hashes are kept sorted, deduplicated, as VLQ deltas (reviewer45 D8: up to 3.1M heap numbers
 * in a Set at 1M rows, twice, and 37 MB of base-36 text): a Float64Array at both ends.
 *
 * @example const w = new WrittenTexts(); w.addRow("C1", "王", 20454, "逾期 3", "已安排", ""); readWritten(w.cells()).keyed // true
 */
export class WrittenTexts {
  private hashes = new Float64Array(1024);
  private count = 0;
  /** The longest flattened line of ours recorded: how far a run of lines is tried on reading. */
  private longest = 0;
  private lastStatus = "";
  /** Notes recorded lately (most rows share a few). */
  private readonly notes = new Set<string>();
  /** Once the state has taken the hashes: rows filled later (the CSV's past the cap) are not. */
  private done = false;
  /** Set by the schedule table: fills the rows of the tab not filled yet (their texts recorded). */
  complete?: () => void;

  private push(h: number): void {
    if (h < 0) return;
    if (this.count === this.hashes.length) {
      const grown = new Float64Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.count++] = h;
  }

  /**
   * Row of ours: its customer id, owner and date cells, then the talking point, status and note
   * of ours (before what a user typed is added: `typed`, carried to the row).
   */
  addRow(
    id: Cell,
    owner: Cell,
    date: Cell,
    talkingPoint: Cell,
    status: Cell,
    note: Cell,
    typed?: TypedRow,
  ): void {
    if (this.done) return;
    if (typeof status === "string" && status !== "" && status !== this.lastStatus) {
      this.lastStatus = status;
      this.push(hashOfFlatFrom(status, 0, status.length, STATUS_KEY));
    }
    const key = idKey(id);
    const state = idState(key);
    this.lines(talkingPoint, tagState(state, TAG.talkingPoint));
    if (typeof note === "string" && note !== "" && !this.notes.has(note)) {
      if (this.notes.size >= 4096) this.notes.clear();
      this.notes.add(note);
      this.lines(note, NOTE_KEY);
    }
    this.push(
      ownerDateHash(
        tagState(state, TAG.ownerDate),
        typeof owner === "string" ? owner : owner == null ? "" : cellText(owner),
        typeof date === "number" ? date : NaN,
      ),
    );
    if (typed) this.typedOf(key, typed);
  }

  /** A row kept off the schedule (what was typed alone) of customer `id`. */
  addTyped(id: Cell, typed: TypedRow): void {
    if (this.done) return;
    this.typedOf(idKey(id), typed);
  }

  /** Each line of a cell of ours (OUR_LINES, the rest as one). */
  private lines(cell: Cell, key: HashKey): void {
    if (typeof cell !== "string" || cell === "") return;
    let from = 0;
    for (let k = 1; ; k++) {
      const end = k < OUR_LINES ? cell.indexOf("\n", from) : -1;
      const to = end < 0 ? cell.length : end;
      this.push(hashOfFlatFrom(cell, from, to, key));
      if (lastFlatLength > this.longest) this.longest = lastFlatLength;
      if (end < 0) return;
      from = end + 1;
    }
  }

  /** The typed talking point's and note's lines, found flattened and joined back as typed. */
  private typedOf(key: string, typed: TypedRow): void {
    // A status's date typed (statusTypedSince): that one is, and its day (tester50 M1).
    if (typed.status !== "" && typed.statusSince !== undefined) {
      const k = keyState(key, TAG.typedStatus);
      const f = flatStatusOf(typed.status);
      this.push(hashRawFrom(f, k));
      this.push(hashRawFrom(f, k, Math.floor(typed.statusSince) & 0xffff));
    }
    const cells = [
      [typed.talkingPoint, TAG.typedTalkingPoint, TAG.rawTalkingPoint],
      [typed.note, TAG.typedNote, TAG.rawNote],
    ] as const;
    for (const [text, found, raw] of cells) {
      if (text === "") continue;
      const f = keyState(key, found);
      const r = keyState(key, raw);
      for (const line of text.split(/\r?\n/)) {
        const h = hashOfFlatFrom(line, 0, line.length, f);
        if (h < 0) continue;
        this.push(h);
        this.push(hashRawFrom(line.trimEnd(), r));
      }
    }
  }

  /**
   * The hashes recorded, and the longest line of ours, once the schedule's rows are all filled
   * (`complete`): nothing is recorded after. What writtenCells makes the run state's cells of, on
   * this thread (cells) or on another (the file adapter's JSON thread: writtenCells.ts is pure).
   */
  take(): WrittenRaw {
    this.complete?.();
    this.done = true;
    return { hashes: this.hashes.subarray(0, this.count), longest: this.longest };
  }

  /** The hashes as run-state cells (writtenCells). */
  cells(): string[] {
    return writtenCells(this.take());
  }

  /**
   * The most cells a tab of `rows` rows can take (the state's rows are counted before it is
   * written), carrying `typedLines` lines of what was typed (typedLineCount).
   */
  static maxCells(rows: number, typedLines = 0): number {
    const hashes = rows * ROW_HASHES + typedLines * 2;
    return Math.ceil((hashes * WRITTEN_HASH_CHARS) / (WRITTEN_CELL_CHARS - WRITTEN_HASH_CHARS)) + 1;
  }
}

/**
 * The hashes a run state recorded (WrittenTexts.cells), sorted, for lookups. `keyed`: by
 * customer (this build's). A state written before reviewer45 D6 has base-36 hashes of whole
 * cells, for any row (not keyed): an old report's cell, or run of its lines, that equals any text
 * we wrote on the tab is ours, as when it was written; its lines are not joined back (no typed
 * line recorded) and its owners and dates are not checked (none recorded).
 */
export class WrittenHashes {
  /**
   * Whether a keyed cell holds a character no VLQ digit is or ends inside a number: the text was
   * changed after we wrote it (tester50 H1: LibreOffice read `_xC_` in it as an escape), and the
   * hashes after the change are lost.
   */
  damaged = false;
  /** A bit per bucket of the hashes' low bits: most lookups of a line not ours end here. */
  private readonly filter: Uint32Array;
  private readonly mask: number;

  constructor(
    readonly sorted: Float64Array,
    readonly keyed: boolean,
    /** The longest flattened line of ours (keyed), else LONGEST_OURS. */
    readonly longest: number,
    /**
     * Whether the run that recorded them wrote the tab they are read with. False when the
     * workbook's run log says a later-written run of another date wrote the tab and kept this
     * state (laterRun.ts laterOwnRun: a past month re-run keeps the later run's state): its
     * hashes are of that later run's tab (stateWroteTab).
     */
    public ofTab = true,
  ) {
    let bits = 1 << 16;
    while (bits < sorted.length * 8 && bits < 1 << 26) bits *= 2;
    this.mask = bits - 1;
    this.filter = new Uint32Array(bits >>> 5);
    for (let i = 0; i < sorted.length; i++) {
      const b = (sorted[i] >>> 0) & this.mask;
      this.filter[b >>> 5] |= 1 << (b & 31);
    }
  }

  has(h: number): boolean {
    if (h < 0) return false;
    const b = (h >>> 0) & this.mask;
    if ((this.filter[b >>> 5] & (1 << (b & 31))) === 0) return false;
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    return lo < s.length && s[lo] === h;
  }
}

/**
 * The hashes of a run state's `scheduleWritten` cells (WrittenTexts.cells; or an older build's
 * base-36 hashes).
 *
 * @example readWritten(["1a 2b"]).has(parseInt("2b", 36)) // true
 */
export function readWritten(cells: readonly string[]): WrittenHashes {
  let out = new Float64Array(1024);
  let count = 0;
  const push = (h: number): void => {
    if (count === out.length) {
      const grown = new Float64Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[count++] = h;
  };
  const keyed = cells.length > 0 && cells[0].startsWith(KEYED_MARK);
  let longest = LONGEST_OURS;
  let damaged = false;
  if (keyed) {
    let first = true;
    for (const cell of cells) {
      // Every keyed cell starts with its mark: one without it lost its hashes (reviewer50 L6).
      if (!cell.startsWith(KEYED_MARK)) {
        if (cell !== "") damaged = true;
        continue;
      }
      let last = 0;
      let v = 0;
      let scale = 1;
      for (let i = 1; i < cell.length; i++) {
        const code = cell.charCodeAt(i);
        const d = code < 128 ? VLQ_VALUE[code] : -1;
        if (d < 0) {
          damaged = true;
          break;
        }
        if (d >= 32) {
          v += (d - 32) * scale;
          scale *= 32;
          continue;
        }
        v += d * scale;
        if (first) {
          longest = v;
          first = false;
        } else {
          last += v;
          push(last);
        }
        v = 0;
        scale = 1;
      }
      if (scale !== 1) damaged = true;
    }
  } else {
    for (const cell of cells)
      for (const t of cell.split(" ")) {
        const h = parseInt(t, 36);
        if (Number.isSafeInteger(h)) push(h);
      }
  }
  // The keyed cells hold the hashes sorted (each cell's from 0, on from the last cell's).
  let ascending = keyed;
  for (let i = 1; ascending && i < count; i++) if (out[i] < out[i - 1]) ascending = false;
  const sorted = ascending ? out.subarray(0, count) : out.subarray(0, count).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  const hashes = new WrittenHashes(sorted.slice(0, n), keyed, longest);
  hashes.damaged = damaged;
  return hashes;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NUMBER = "[-+]?[0-9][0-9.,]*";
const DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

/** A piece of our words: a pattern, then optionally a value of a set (a product) and a literal. */
interface Piece {
  re: RegExp;
  values?: "products" | "emails" | "owners";
  post?: string;
  /** The character it starts with, when it starts with a literal (else any may start it). */
  first?: string;
}

/** What a value parameter may be on a row: the data's products and owners, the row's addresses. */
interface Values {
  products: Set<string>;
  owners: Set<string>;
  emails: Set<string>;
}

const VALUE_PARAMS: Record<string, Piece["values"]> = {
  product: "products",
  email: "emails",
  owner: "owners",
};

/**
 * Our template (catalog words with {params}) as a piece: literals flattened, numbers, dates and
 * names as patterns; its one value parameter (product, e-mail, owner) last, then a literal.
 */
function pieceOf(template: string, names: Record<string, string>): Piece {
  let source = "";
  let values: Piece["values"];
  let post = "";
  for (const part of compiled(template)) {
    if (typeof part === "string") {
      // After the value parameter only literals count (our templates put it last).
      if (values) post += flat(part);
      else source += escapeRe(flat(part));
      continue;
    }
    if (values) continue;
    const { key, forms } = part;
    if (forms) {
      source += `(?:${forms.map((f) => escapeRe(flat(f)).replace("#", NUMBER)).join("|")})`;
    } else if (VALUE_PARAMS[key]) {
      values = VALUE_PARAMS[key];
    } else if (names[key] !== undefined) {
      source += names[key];
    } else if (key === "date") {
      source += DATE;
    } else {
      source += NUMBER;
    }
  }
  const first = template.startsWith("{") ? undefined : flat(template)[0];
  return {
    re: new RegExp(source, "y"),
    ...(values ? { values, post } : {}),
    ...(first !== undefined ? { first } : {}),
  };
}

const alternatives = (words: string[]) =>
  `(?:${[...new Set(words.map((w) => escapeRe(flat(w))))].sort((a, b) => b.length - a.length).join("|")})`;

/** Our words of one typed column, in both languages, as pieces. */
function piecesOf(column: Exclude<TypedColumn, "status">): Piece[] {
  const out: Piece[] = [];
  const channel = alternatives(
    LANGS.flatMap((l) => CONTACT_CHANNELS.map((c) => CATALOGS[l].channelNames[c])),
  );
  for (const lang of LANGS) {
    const c = CATALOGS[lang];
    const tab = c.followUpTab;
    if (column === "talkingPoint") {
      const tp = c.talkingPoints;
      const dimension = alternatives([tp.quality, tp.price, tp.afterSales, tp.delivery]);
      const names = { dimension, channel };
      for (const t of [
        tp.openComplaints,
        tp.weakest,
        tp.lastBought,
        tp.lastContact,
        tp.lastContactNoOwner,
        tp.lastContactNoChannel,
        tp.lastContactDateOnly,
        tp.lastAttempt,
        tp.lastAttemptNoOwner,
        tp.lastAttemptNoChannel,
        tp.lastAttemptDateOnly,
        tp.separator,
      ])
        out.push(pieceOf(t, names));
      for (const t of [tab.sendTo, tab.noEmail, tab.noDetails]) out.push(pieceOf(t, names));
      for (const r of UNSCHEDULED_REASONS) {
        out.push(pieceOf(c.atRiskWhy[r], names));
        // An unscheduled row's first line: 未安排：{why} (tester44 #9).
        const label = say(lang, "followUpTab", "unscheduled");
        out.push(
          pieceOf(
            say(lang, "followUpTab", "unscheduledWhy", { label, why: "\u0001" }).replace(
              "\u0001",
              c.atRiskWhy[r],
            ),
            names,
          ),
        );
      }
    } else {
      const names = { channel };
      for (const t of [
        tab.overdue,
        tab.rotated,
        tab.instead,
        tab.insteadNoPhone,
        tab.insteadNoDetails,
        tab.insteadNoEmail,
        tab.separator,
      ])
        out.push(pieceOf(t, names));
      for (const r of UNSCHEDULED_REASONS) out.push(pieceOf(c.unscheduledReasons[r], names));
    }
  }
  return out;
}

/** The pieces by the character they start with, and those any may start (a number first). */
function startsOf(pieces: Piece[]): { byFirst: Map<string, Piece[]>; any: Piece[] } {
  let starts = startsMemo.get(pieces);
  if (!starts) {
    const byFirst = new Map<string, Piece[]>();
    const any: Piece[] = [];
    for (const piece of pieces) {
      if (piece.first === undefined) any.push(piece);
      else byFirst.set(piece.first, [...(byFirst.get(piece.first) ?? []), piece]);
    }
    starts = { byFirst, any };
    startsMemo.set(pieces, starts);
  }
  return starts;
}

const startsMemo = new WeakMap<Piece[], { byFirst: Map<string, Piece[]>; any: Piece[] }>();

/** The longest value of a set (a product, an address): how far a value may reach. */
function longest(set: Set<string>): number {
  let n = longestMemo.get(set);
  if (n === undefined) {
    n = 0;
    for (const v of set) n = Math.max(n, v.length);
    longestMemo.set(set, n);
  }
  return n;
}

const longestMemo = new WeakMap<Set<string>, number>();

/**
 * The most flattened characters a run of our lines can hold: a cell of ours is a few lines (an
 * address, a product, a reason or two); past this a cell or run of lines is the user's without
 * matching (reviewer44 D4: a 22k-character pasted reply took 8.7 CPU-s to tell apart).
 */
export const LONGEST_OURS = 2_000;

/** Whether `text` (flattened) is our words alone: pieces one after another, end to end. */
function isOurs(text: string, pieces: Piece[], values: Values): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (n > LONGEST_OURS) return false;
  const reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let p = 0; p < n; p++) {
    if (!reach[p]) continue;
    const { byFirst, any } = startsOf(pieces);
    for (const piece of [...(byFirst.get(text[p]) ?? []), ...any]) {
      piece.re.lastIndex = p;
      const m = piece.re.exec(text);
      if (!m) continue;
      const q = p + m[0].length;
      if (!piece.values) {
        if (q > p) reach[q] = 1;
        continue;
      }
      const set = values[piece.values];
      const post = piece.post ?? "";
      // A value is no longer than the set's longest: the scan is bounded, not to the cell's end.
      const end = Math.min(n, q + longest(set));
      for (let e = q + 1; e <= end; e++)
        if (set.has(text.slice(q, e)) && text.startsWith(post, e)) reach[e + post.length] = 1;
    }
    if (reach[n]) return true;
  }
  return reach[n] === 1;
}

/**
 * The user's part of a talking point or note: its lines that are not ours. Our lines are runs of
 * whole lines (the writer may have broken one of ours over several); what the user typed is
 * around and between them. Every run of ours is taken out (reviewer45 D6: only one was, so a line
 * typed inside our talking point left our later line read as typed, carried and doubled on every
 * refresh), the longest at each line first; no run of ours at all: the whole cell is the user's.
 */
function typedLines(cell: string, pieces: Piece[], values: Values): string {
  const whole = flat(cell);
  if (whole === "" || isOurs(whole, pieces, values)) return "";
  const lines = cell.split(/\r?\n/);
  const n = lines.length;
  // Each line flattened once; a run longer than ours can be is skipped without a join.
  const flats = lines.map(flat);
  const upTo = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) upTo[k + 1] = upTo[k] + flats[k].length;
  // Long cells (a pasted paragraph): only a run from the first line, as we write ours first.
  const starts = n > 24 ? 1 : n;
  const user: string[] = [];
  let any = false;
  let j = 0;
  while (j < n) {
    let end = -1;
    if (j < starts && flats[j] !== "")
      for (let i = n; i > j; i--) {
        if (upTo[i] - upTo[j] > LONGEST_OURS) continue;
        if (isOurs(flats.slice(j, i).join(""), pieces, values)) {
          end = i;
          break;
        }
      }
    if (end < 0) user.push(lines[j++]);
    else {
      any = true;
      j = end;
    }
  }
  return any ? user.join("\n").trim() : cell.trim();
}

/** The runs a cell's lines are tried in (typedByWritten): a scratch grown as needed. */
let runs = new Float64Array(64);

/**
 * The longest run of `flats` from `j` whose hash from `key` was recorded, no longer than `chars`
 * flattened characters and `lines` lines: its end, or -1.
 */
function recordedRun(
  flats: readonly string[],
  j: number,
  key: HashKey,
  written: WrittenHashes,
  chars: number,
  lines: number,
): number {
  let to = j;
  let length = 0;
  while (to < flats.length && to - j < lines && length + flats[to].length <= chars)
    length += flats[to++].length;
  if (to === j) return -1;
  if (runs.length < flats.length + 1) runs = new Float64Array(flats.length + 1);
  prefixHashes(flats, j, runs, key, to);
  for (let i = to; i > j; i--) if (written.has(runs[i])) return i;
  return -1;
}

/**
 * A typed line the writer broke over lines[from, to) (it breaks at a space, which it drops, or
 * between two CJK characters), joined back as it was typed: the way whose hash was recorded
 * (tester45 #6: the breaks were carried as the user's, one more a run as the column narrowed),
 * else a space between two characters that are neither CJK nor its punctuation.
 */
function joinBack(
  lines: readonly string[],
  from: number,
  to: number,
  raw: HashKey,
  written: WrittenHashes,
): string {
  const parts = lines.slice(from, to).map((l, k) => (k < to - from - 1 ? l.trimEnd() : l));
  const wide = (ch: number) => ch >= 0x2e80;
  const guess = parts.map((p, k) =>
    k === 0
      ? 0
      : !wide(parts[k - 1].charCodeAt(parts[k - 1].length - 1)) && !wide(p.charCodeAt(0))
        ? 1
        : 0,
  );
  const joined = (bits: readonly number[]) =>
    parts.map((p, k) => (k > 0 && bits[k] ? ` ${p}` : p)).join("");
  const first = joined(guess);
  if (written.has(hashRawFrom(first.trimEnd(), raw))) return first;
  const breaks = parts.length - 1;
  if (breaks <= 10)
    for (let m = 0; m < 1 << breaks; m++) {
      const text = joined([0, ...Array.from({ length: breaks }, (_, k) => (m >> k) & 1)]);
      if (written.has(hashRawFrom(text.trimEnd(), raw))) return text;
    }
  return first;
}

/** A typed line above every line of ours in its cell (TypedPlace.anchors). */
const AT_TOP = -2;
/** A typed line with no line of ours before it that is known (TypedPlace.anchors): after ours. */
const AT_END = -1;

/**
 * Where the typed lines of a cell stood among ours, by what the earlier run recorded (keyed
 * state): each line's anchor, the hash of the run of ours right above it (AT_TOP above all of
 * ours, AT_END none known), and the hashes of the runs of ours the cell still held. A refresh puts
 * each typed line back after the same line of ours, and a typed line that is an edit of a line of
 * ours missing from the cell in that line's place, not under our fresh copy of it (tester46 M3:
 * "最近购买：培训课程（客户嫌讲师水平一般）" printed under our "最近购买：培训课程"; a line inserted
 * between two of ours moved to the end).
 */
export interface TypedPlace {
  /** Per line of the typed text (split at "\n"). */
  anchors: number[];
  found: number[];
  /** The earlier row's customer id as the hashes key it, and its state. */
  key: string;
  written: WrittenHashes;
}

/** What typedByWritten found: the lines not ours, each with its anchor, and the runs of ours. */
interface UserLines {
  lines: string[];
  anchors: number[];
  found: number[];
  /** Some line was ours or a typed line the tab carried. */
  any: boolean;
}

/**
 * The user's part of a cell by what the earlier run recorded writing (WrittenTexts): every run of
 * lines that is ours taken out, and a typed line the writer broke joined back; `any` false when no
 * run of its lines is ours nor a line the tab carried (the user replaced our text, our text was
 * empty, or the state is not of the run that wrote the tab). `id`: the row's customer, `column`:
 * the cell's.
 */
function typedByWritten(
  cell: string,
  written: WrittenHashes,
  id: string,
  column: "talkingPoint" | "note",
): UserLines {
  const out: UserLines = { lines: [], anchors: [], found: [], any: false };
  if (flat(cell) === "") return out;
  const lines = cell.split(/\r?\n/);
  const n = lines.length;
  const flats = lines.map(flat);
  const key = written.keyed ? idKey(id) : "";
  const ours = !written.keyed
    ? NO_KEY
    : column === "talkingPoint"
      ? keyState(key, TAG.talkingPoint)
      : NOTE_KEY;
  const typed = written.keyed
    ? keyState(key, column === "talkingPoint" ? TAG.typedTalkingPoint : TAG.typedNote)
    : null;
  // An older state's hashes are of whole cells: a long cell (a pasted reply) only from its first
  // line, where ours is. A keyed state's from every line (reviewer46 L2: a cell of over 64 lines
  // was tried from its first 24, so lines of ours or typed lines below were not found): each
  // start's runs are bounded by the longest line of ours and TYPED_BROKEN lines.
  const starts = written.keyed || n <= 24 ? n : 1;
  const user = out.lines;
  let anchor = AT_TOP;
  const push = (line: string): void => {
    user.push(line);
    out.anchors.push(anchor);
  };
  let j = 0;
  while (j < n) {
    if (flats[j] === "" || j >= starts) {
      push(lines[j++]);
      continue;
    }
    const end = recordedRun(flats, j, ours, written, written.longest, n);
    const run = end > j ? runs[end] : -1;
    // A typed line the writer broke right after a run of ours (the user lengthened one of our
    // lines: "最近购买：书桌 (要 9 折)") starts with that run: the longer typed line wins, else the
    // next refresh took the run out as ours and carried the rest alone (tester46 H1).
    const line = typed ? recordedRun(flats, j, typed, written, Infinity, TYPED_BROKEN) : -1;
    if (end > j && end >= line) {
      out.any = true;
      out.found.push(run);
      anchor = run;
      j = end;
      continue;
    }
    if (line > j) {
      out.any = true;
      const raw = keyState(key, column === "talkingPoint" ? TAG.rawTalkingPoint : TAG.rawNote);
      push(line === j + 1 ? lines[j] : joinBack(lines, j, line, raw, written));
      j = line;
      continue;
    }
    push(lines[j++]);
  }
  return out;
}

/** oursAlone's scratch: each line's start, end (its "\r" off) and flattened length; run hashes. */
let lineAt = new Int32Array(3 * 16);
let runHashes = new Float64Array(17);

/**
 * The hashes of the runs of lines j.. (lineAt's lines) from the key (h1, h2), into runHashes[i] for
 * the run [j, i), i up to `to`: prefixHashes of the lines flattened, without their strings.
 */
function lineRunHashes(cell: string, j: number, to: number, h1: number, h2: number): void {
  for (let k = j; k < to; k++) {
    for (let i = lineAt[3 * k], e = lineAt[3 * k + 1]; i < e; i++) {
      let ch = cell.charCodeAt(i);
      if (ch < 0x80) {
        if (ch === 32 || (ch >= 9 && ch <= 13)) continue;
        if (ch >= 65 && ch <= 90) ch += 32;
      }
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    runHashes[k + 1] = finishHash(h1, h2);
  }
}

/**
 * Whether typedByWritten (keyed state of the tab's run) finds nothing typed in a cell: each of its
 * lines blank or in a run of ours that no typed line the tab carried outdoes, so the cell's
 * typed text is "" (most cells: nobody typed there). The same greedy scan on the cell's characters,
 * no line split, flattened nor kept (a refresh at 100k customers split ~200k cells: ~300 MB of
 * garbage, ~1 CPU-s); false (the full way decides) at the first line that is not ours, or a
 * character that may flatten in another way than by itself (flatText: not ASCII, CJK or its
 * punctuation, nor the × of our notes' "流失概率 × 近 12 个月消费", which lower-cases to itself).
 */
function oursAlone(cell: string, written: WrittenHashes, ours: HashKey, typed: HashKey): boolean {
  // The lines as cell.split(/\r?\n/): start, end before "\r\n" or "\n", flattened length.
  let n = 0;
  let start = 0;
  let flatLength = 0;
  for (let i = 0; ; i++) {
    const ch = i < cell.length ? cell.charCodeAt(i) : 10;
    if (ch === 10) {
      if (3 * n + 3 > lineAt.length) {
        const grown = new Int32Array(lineAt.length * 2);
        grown.set(lineAt);
        lineAt = grown;
      }
      lineAt[3 * n] = start;
      lineAt[3 * n + 1] = i > start && cell.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lineAt[3 * n + 2] = flatLength;
      n++;
      if (i >= cell.length) break;
      start = i + 1;
      flatLength = 0;
    } else if (ch < 0x80) {
      if (!(ch === 32 || (ch >= 9 && ch <= 13))) flatLength++;
    } else if (selfFlat(ch) || ch === 0xd7) flatLength++;
    else return false;
  }
  if (runHashes.length < n + 1) runHashes = new Float64Array(n + 1);
  let j = 0;
  while (j < n) {
    if (lineAt[3 * j + 2] === 0) {
      j++;
      continue;
    }
    // recordedRun of ours: the longest recorded run from j within the longest line of ours.
    let to = j;
    let length = 0;
    while (to < n && length + lineAt[3 * to + 2] <= written.longest) length += lineAt[3 * to++ + 2];
    if (to === j) return false;
    lineRunHashes(cell, j, to, ours.h1, ours.h2);
    let end = -1;
    for (let i = to; i > j; i--)
      if (written.has(runHashes[i])) {
        end = i;
        break;
      }
    if (end < 0) return false;
    // A typed line the tab carried, longer than that run, wins (typedByWritten: end >= line).
    const typedTo = Math.min(n, j + TYPED_BROKEN);
    if (typedTo > end) {
      lineRunHashes(cell, j, typedTo, typed.h1, typed.h2);
      for (let i = typedTo; i > end; i--) if (written.has(runHashes[i])) return false;
    }
    j = end;
  }
  return true;
}

/**
 * The typed text of a cell's lines not ours (trimmed, as typed), and where each line stood: blank
 * lines above and below dropped with their anchors.
 */
function trimmedLines(u: UserLines): { text: string; anchors: number[] } {
  let from = 0;
  let to = u.lines.length;
  while (from < to && flat(u.lines[from]) === "") from++;
  while (to > from && flat(u.lines[to - 1]) === "") to--;
  return { text: u.lines.slice(from, to).join("\n").trim(), anchors: u.anchors.slice(from, to) };
}

/** Most characters of a line of ours told as edited by its distance to a typed line. */
const EDIT_CHARS = 200;

/**
 * Whether typed line `t` is an edit of our line `ours` (both flattened): one holds the other
 * (lengthened: "最近购买：培训课程（客户嫌讲师水平一般）", or cut short), or they differ in at most a
 * third of the longer's characters.
 */
function editOf(t: string, ours: string): boolean {
  if (t === "" || ours.length < 2) return false;
  if (t.includes(ours)) return true;
  if (ours.includes(t)) return t.length * 2 >= ours.length;
  const longer = Math.max(t.length, ours.length);
  if (longer > EDIT_CHARS || Math.abs(t.length - ours.length) * 3 > longer) return false;
  return editDistance(t, ours) * 3 <= longer;
}

/**
 * Our text of a cell with what a user typed there (followUpTab.ts): each typed line after the
 * line of ours it stood under, or above ours where it stood so, and a typed line that is an edit of
 * a line of ours the earlier run wrote and the user's cell no longer held in that line's place,
 * our fresh copy not written beside it (tester46 M3); lines with no place known (an older state,
 * a line carried from another row) after ours, as before.
 *
 * @example typedCell("逾期 3", "经理已确认", undefined, "note") // "逾期 3\n经理已确认"
 */
export function typedCell(
  ours: Cell,
  typed: string,
  place: TypedPlace | undefined,
  column: "talkingPoint" | "note",
): Cell {
  if (typed === "") return ours;
  if (ours === "" || ours == null) return typed;
  const text = String(ours);
  if (!place) return `${text}\n${typed}`;
  const typedLines = typed.split("\n");
  // Our lines as the earlier run recorded them: the first OUR_LINES − 1, then the rest as one.
  const units: string[] = [];
  let from = 0;
  for (let k = 1; ; k++) {
    const end = k < OUR_LINES ? text.indexOf("\n", from) : -1;
    units.push(text.slice(from, end < 0 ? text.length : end));
    if (end < 0) break;
    from = end + 1;
  }
  const key = column === "talkingPoint" ? keyState(place.key, TAG.talkingPoint) : NOTE_KEY;
  const hashes = units.map((u) => hashOfFlatFrom(u, 0, u.length, key));
  const found = new Set(place.found);
  // Lines of ours written last time too and no longer in the cell: the user edited or removed them.
  const gone = hashes.map((h) => h >= 0 && place.written.has(h) && !found.has(h));
  const flats = gone.map((g, i) => (g ? flat(units[i]) : ""));
  const replaced: (string | undefined)[] = new Array(units.length);
  const top: string[] = [];
  const after: string[][] = units.map(() => []);
  const end: string[] = [];
  const put = (at: number, line: string): void => {
    if (at === AT_TOP) top.push(line);
    else if (at >= 0) after[at].push(line);
    else end.push(line);
  };
  // Where the line above went, with its anchor: a line under an edited line of ours follows it.
  let lastAnchor = NaN;
  let lastAt = AT_END;
  typedLines.forEach((line, k) => {
    const f = flat(line);
    const a = place.anchors[k] ?? AT_END;
    // Only lines of this cell (a line joined from another row of the customer has no place). Our
    // notes are recorded for any row (NOTE_KEY: 逾期 3 on another customer's row), so a note's
    // typed line replaces one only where it stood: under the line of ours above it, or first.
    const where = (u: number): boolean =>
      column !== "note" ||
      place.found.length === 0 ||
      a === (u === 0 ? AT_TOP : hashes[u - 1]) ||
      (u > 0 && lastAt === u - 1);
    const i =
      k < place.anchors.length
        ? gone.findIndex(
            (g, u) => g && replaced[u] === undefined && editOf(f, flats[u]) && where(u),
          )
        : -1;
    let at: number;
    if (i >= 0) {
      replaced[i] = line;
      at = i;
    } else {
      at =
        a === lastAnchor
          ? lastAt
          : a === AT_TOP || a === AT_END
            ? a
            : hashes.indexOf(a) >= 0
              ? hashes.indexOf(a)
              : AT_END;
      put(at, line);
    }
    lastAnchor = a;
    lastAt = at;
  });
  const out = [...top];
  units.forEach((u, i) => out.push(replaced[i] ?? u, ...after[i]));
  out.push(...end);
  return out.join("\n");
}

/** What was typed on one earlier row (empty strings: nothing). */
export interface TypedRow {
  row: EarlierScheduleRow;
  status: string;
  talkingPoint: string;
  note: string;
  /** Where the typed lines stood among ours (a keyed state of the tab's run; else after ours). */
  place?: { talkingPoint?: TypedPlace; note?: TypedPlace };
  /**
   * The analysis date (epoch day) of the run whose schedule the status was typed on, when known
   * (doneStatus.ts dateTypedStatuses): recorded with the tab's texts, so a refresh after a
   * refresh still judges the status by it (statusTypedSince; tester50 M1).
   */
  statusSince?: number;
}

/** How far back a status's recorded date is looked for (days before the earlier run's). */
const STATUS_SINCE_DAYS = 3660;

/**
 * The analysis date (epoch day) of the run whose schedule an earlier row's status was typed on,
 * as the run that wrote the tab recorded it (WrittenTexts: it carried the status from an earlier
 * tab, dated); undefined when it recorded none (typed on that run's own tab, or a state written
 * before these dates, or not the tab's run's). Looked for from `before` (that run's date) back.
 *
 * @example statusTypedSince(dec31Row, "已完成", dec31) // nov30: carried by the 12-31 run
 */
export function statusTypedSince(
  row: EarlierScheduleRow,
  status: string,
  before: number,
): number | undefined {
  const w = row.written;
  if (!w || !w.keyed || !w.ofTab || status === "" || !Number.isFinite(before)) return undefined;
  const k = keyState(idKey(row.id), TAG.typedStatus);
  const f = flatStatusOf(status);
  if (!w.has(hashRawFrom(f, k))) return undefined;
  const last = Math.floor(before);
  for (let d = last; d > last - STATUS_SINCE_DAYS; d--)
    if (w.has(hashRawFrom(f, k, d & 0xffff))) return d;
  return undefined;
}

/** Where typed rows went: a row of this schedule, or kept at the end of the tab. */
export interface CarriedNotes {
  /** By row of this schedule (planned rows, then unscheduled: the tab's order) what it carries. */
  byRow: Map<number, TypedRow>;
  /** Typed rows with no row of their customer now, in the earlier tab's order. */
  off: {
    typed: TypedRow;
    customerGone: boolean;
    callGone?: boolean;
    since?: number;
    /**
     * The owner of the customer's calls now, when another than the earlier row's (tester51 R3:
     * the customer was reassigned, and the kept row stayed on the old owner's list).
     */
    owner?: string;
  }[];
  /** Earlier rows with something typed. */
  typedRows: number;
  /**
   * Statuses kept off the schedule before whose follow-up fell due more than
   * KEPT_STATUS_DAYS before this analysis: no longer kept (said: typed_statuses_dropped).
   */
  dropped: TypedRow[];
  /**
   * Earlier rows of ours whose owner (负责人) or date (回访日期) the user changed: this run writes
   * its own (the schedule plans by the Customers sheet's owners and the rules' dates), said
   * (schedule_owner_date_changed; tester45 #1).
   */
  ownerOrDateChanged?: EarlierScheduleRow[];
}

/**
 * The lines of what was typed that the tab carries (WrittenTexts.maxCells: each is recorded).
 *
 * @example typedLineCount(carried) // 3 for one row carrying "a\nb" and "c"
 */
export function typedLineCount(carried: CarriedNotes | undefined): number {
  let n = 0;
  const count = (t: TypedRow): void => {
    for (const text of [t.talkingPoint, t.note]) if (text !== "") n += text.split("\n").length;
  };
  for (const t of carried?.byRow.values() ?? []) count(t);
  for (const o of carried?.off ?? []) count(o.typed);
  return n;
}

/**
 * Days a status typed on a follow-up that left the schedule is kept as an 已移出计划 row after the
 * later of its due date and the date it was planned for (a kept row has no date cell: its reason
 * names the planned date, read back by ScheduleTabReader, so a re-run ages it alike: tester45 #3),
 * so every such status is shown at least once, a month for a call due lately (reviewer44 D3 kept
 * it on every refresh after, so each month's typed statuses piled up on the tab). Then it is
 * dropped and said.
 */
export const KEPT_STATUS_DAYS = 30;

/**
 * The warnings that something a user typed on the schedule tab is not kept (dropped, not read,
 * put back, or past the cap, where the next refresh does not read it): said on the console even
 * under --quiet, on stderr as errors are (tester46 L3: a cron'd monthly refresh with -q dropped
 * typed statuses without a word there).
 */
export const TYPED_NOT_KEPT_WARNINGS: ReadonlySet<string> = new Set([
  "typed_statuses_dropped",
  "typed_notes_not_read",
  "schedule_columns_not_kept",
  "at_risk_columns_not_kept",
  "schedule_owner_date_changed",
  "typed_notes_past_cap",
]);

/** Dropped statuses the typed_statuses_dropped warning names (the rest: "and N more"). */
const DROPPED_NAMED = 10;

/**
 * What row `to` carries with the talking point and note of `from` (another earlier row of the
 * customer) after its own, each line once; `to`'s status and the places of its own lines kept.
 */
function joinTyped(to: TypedRow, from: TypedRow): TypedRow {
  const join = (a: string, b: string): string => {
    if (b === "") return a;
    if (a === "") return b;
    const have = new Set(a.split("\n").map(flat));
    const more = b.split("\n").filter((l) => !have.has(flat(l)));
    return more.length === 0 ? a : `${a}\n${more.join("\n")}`;
  };
  return {
    ...to,
    talkingPoint: join(to.talkingPoint, from.talkingPoint),
    note: join(to.note, from.note),
  };
}

/** Our status words (flattened, either language): a row with a date cell's, and one without. */
interface OurStatuses {
  planned: ReadonlySet<string>;
  unscheduled: ReadonlySet<string>;
}

/**
 * The status typed on an earlier row ("" none, or ours). We write one status on a row of ours,
 * told by its date cell: 已安排 / Scheduled where it holds a date, 未安排 / Not scheduled where it is
 * blank. The other word is the user's (tester46 M2: 已安排 typed on a 未安排 row, or 未安排 on an
 * 已安排 one, read as ours and was dropped without a word), as is any status of a kept row (its
 * status cell holds what was typed alone). A status of ours in an earlier build's words is ours by
 * what that run recorded writing (any row's).
 */
function statusOf(row: EarlierScheduleRow, flatStatus: string, ours: OurStatuses): string {
  const typed = row.status.trim();
  if (flatStatus === "" || row.kept) return typed;
  const dated = Number.isFinite(row.date);
  if ((dated ? ours.planned : ours.unscheduled).has(flatStatus)) return "";
  if ((dated ? ours.unscheduled : ours.planned).has(flatStatus)) return typed;
  const w = row.written;
  const recorded =
    w !== undefined &&
    w.has(
      w.keyed ? hashOfFlatFrom(flatStatus, 0, flatStatus.length, STATUS_KEY) : hashFlat(flatStatus),
    );
  return recorded ? "" : typed;
}

/**
 * The typed values of the earlier schedule, matched to this schedule's rows (see the file's note).
 *
 * @example carryTypedNotes(earlier, schedule, dataset).byRow.get(0)?.status // "已约下周二拜访"
 */
export function carryTypedNotes(
  earlier: EarlierSchedule,
  schedule: FollowUpSchedule,
  dataset: Dataset,
  recordedSince?: (id: string, c: number, since?: number) => boolean,
): CarriedNotes {
  const cust = dataset.customers;
  const ourStatus: OurStatuses = {
    planned: new Set(LANGS.map((l) => flat(CATALOGS[l].followUpTab.planned))),
    unscheduled: new Set(LANGS.map((l) => flat(CATALOGS[l].followUpTab.unscheduled))),
  };
  const talkingPieces = piecesOf("talkingPoint");
  const notePieces = piecesOf("note");
  // The data's products and owners, flattened, for the catalog's templates (typedLines): made when
  // a cell is first judged by them (a tab whose state is its run's: never; 300k contacts' owners).
  let products: Set<string> | undefined;
  let owners: Set<string> | undefined;
  // Customers by id as the Changes tab matches them, by its own join (changes/match.ts, the earlier
  // tab's ids as the previous run's): by exact key (width, case, spacing and ".0" folded), then, for
  // ids unmatched on both sides, by the id without leading zeros when one customer alone has it in
  // each (001001 one month and 1001 the next: reviewer44 D8; never 7's note on 007's row when 7 is
  // gone: reviewer45 D4).
  const earlierKeys: string[] = [];
  const seenKeys = new Set<string>();
  for (const row of earlier) {
    const key = exactCustomerKey(row.id);
    if (!seenKeys.has(key)) {
      seenKeys.add(key);
      earlierKeys.push(key);
    }
  }
  const currentKeys: string[] = new Array<string>(cust.count);
  for (let c = 0; c < cust.count; c++) currentKeys[c] = exactCustomerKey(cust.id[c]);
  const joined = matchCustomers(
    { count: earlierKeys.length, key: earlierKeys },
    { count: cust.count, key: currentKeys },
  ).previousIndex;
  const index = new Map<string, number>();
  for (let c = 0; c < cust.count; c++) if (joined[c] >= 0) index.set(earlierKeys[joined[c]], c);
  const customerOf = (id: string): number | undefined => index.get(exactCustomerKey(id));
  const typed: TypedRow[] = [];
  const changedRows: EarlierScheduleRow[] = [];
  // Whether a keyed state is of the run that wrote the tab (its rows read with it): told by the
  // run log, which the user does not type in (stateWroteTab: WrittenHashes.ofTab), not by the
  // owner and date cells, which a manager fills down on every row (reviewer47 H1: a bulk
  // reassignment turned the keyed reading off, so the change was put back unsaid and a typed
  // line worded as ours dropped). A state kept from a later run (laterRun: that run did not write
  // the tab) recorded its own dates and texts: the cells are told as before, the catalog's words
  // judging what its hashes leave, and no owner or date is said changed.
  const stateOfTab = (w: WrittenHashes | undefined): boolean =>
    w !== undefined && w.keyed && w.ofTab;
  // A row's values for the catalog's templates (typedLines), made only for a cell they judge.
  let valuesRow: EarlierScheduleRow | undefined;
  let values: Values | undefined;
  const valuesOf = (row: EarlierScheduleRow): Values => {
    if (valuesRow === row && values) return values;
    const c = customerOf(row.id);
    const emails = new Set<string>();
    for (const e of [row.email, c === undefined ? "" : (cust.email[c] ?? "")])
      if (e) for (const v of [e, maskEmail(e)]) emails.add(flat(v));
    if (!products || !owners) {
      products = new Set(dataset.transactions.products.map((p) => flat(p ?? "")));
      owners = new Set<string>();
      for (const o of schedule.owners) owners.add(flat(o));
      if (dataset.contacts) for (const o of dataset.contacts.owner) if (o) owners.add(flat(o));
    }
    valuesRow = row;
    values = { products, owners, emails };
    return values;
  };
  // Where the current row's typed lines stood (typedOf), when any.
  let place: NonNullable<TypedRow["place"]> | undefined;
  // What the earlier run recorded writing first (exact, any wording: reviewer44 D1): with a state
  // of the tab's run, keyed by customer, every line of ours is found by it, so what is left is
  // the user's, a line worded as ours included (reviewer46 M2: "最近购买：显示器" typed under C2's
  // line of ours, or in C1's cell where ours was empty, was dropped by the catalog's templates).
  // A report without it, an older state's whole-cell hashes, or a state not of the tab's run:
  // the catalog's words judge the cell, or what the hashes left of it. `id`: the row's customer's
  // hash state (idState), with a state of the tab's run.
  const typedOf = (
    row: EarlierScheduleRow,
    id: HashKey | null,
    cell: string,
    pieces: Piece[],
    column: "talkingPoint" | "note",
  ): string => {
    const w = row.written;
    if (!w) return typedLines(cell, pieces, valuesOf(row));
    // Most cells hold ours alone (nobody typed there): told without splitting them.
    if (
      id &&
      oursAlone(
        cell,
        w,
        column === "talkingPoint" ? tagState(id, TAG.talkingPoint) : NOTE_KEY,
        tagState(id, column === "talkingPoint" ? TAG.typedTalkingPoint : TAG.typedNote),
      )
    )
      return "";
    const u = typedByWritten(cell, w, row.id, column);
    if (!id) {
      if (!u.any) return typedLines(cell, pieces, valuesOf(row));
      const rest = u.lines.join("\n").trim();
      return rest === "" ? "" : typedLines(rest, pieces, valuesOf(row));
    }
    // None of the lines ours nor carried: ours was empty, or every line of it edited or removed.
    if (!u.any) u.anchors.fill(AT_END);
    const { text, anchors } = trimmedLines(u);
    if (text !== "")
      (place ??= {})[column] = { anchors, found: u.found, key: idKey(row.id), written: w };
    return text;
  };
  for (const row of earlier) {
    const w = row.written;
    const tabs = stateOfTab(w);
    const flatStatus = flatStatusOf(row.status);
    const status = statusOf(row, flatStatus, ourStatus);
    // The customer's hash state, once a row (the cells' keys and the owner and date's).
    const id = tabs ? idState(idKey(row.id)) : null;
    place = undefined;
    const talkingPoint = typedOf(row, id, row.talkingPoint, talkingPieces, "talkingPoint");
    const note = typedOf(row, id, row.note, notePieces, "note");
    // The owner and date the earlier run wrote on a row of its own, changed by the user: replaced
    // by this run's, and said (tester45 #1), on every row of ours of a tab whose state is its run's
    // (reviewer46 L3: only rows whose cells held a recorded line of ours were checked).
    if (
      id &&
      w &&
      !row.kept &&
      !w.has(ownerDateHash(tagState(id, TAG.ownerDate), row.owner, row.date))
    )
      changedRows.push(row);
    if (status || talkingPoint || note)
      typed.push({
        row,
        status,
        talkingPoint,
        note,
        ...(place ? { place } : {}),
      });
  }
  // This schedule's rows by customer, in the tab's order, with their due dates.
  const f = schedule.followUps;
  const u = schedule.unscheduled;
  const rowsOf = new Map<number, number[]>();
  const dueOf = (r: number) => (r < f.count ? f.due[r] : u.due[r - f.count]);
  const reasonsOfRow = (r: number) => (r < f.count ? f.reasons[r] : u.reasons[r - f.count]);
  // Which reason an earlier reason cell starts with (either language; -1: none of ours, such as a
  // campaign's or a kept row's words): the same follow-up is the same reason (sameFollowUp).
  const reasonWords = FOLLOW_UP_REASONS.flatMap((_, r) =>
    LANGS.map((l) => ({ r, words: flat(followUpReasonText(r, l)) })),
  ).sort((a, b) => b.words.length - a.words.length);
  const reasonOf = (text: string): number => {
    const t = flat(text);
    return reasonWords.find((w) => w.words !== "" && t.startsWith(w.words))?.r ?? -1;
  };
  const fromOf = (r: number) => (r < f.count ? f.plannedFrom[r] : u.plannedFrom[r - f.count]);
  // byFrom false: the same due date (or none on both sides) and reason. byFrom true: the same
  // reason of ours and the same planned-from date (计划依据日期), the due date moved: the follow-up
  // is still open and was planned again, as a retention call is, two working days after each
  // analysis date (tester49 M1: its typed status went off the schedule every month).
  const sameFollowUp = (t: TypedRow, r: number, byFrom: boolean): boolean => {
    // No due date on either side (a win-back or other unscheduled row: reviewer45 D1): the same
    // kind of row, by its reason when the earlier cell names one of ours.
    const noDue = !Number.isFinite(t.row.due);
    if (noDue !== !Number.isFinite(dueOf(r))) return false;
    if (byFrom) {
      const from = t.row.plannedFrom ?? NaN;
      if (noDue || !Number.isFinite(from) || Math.floor(fromOf(r)) !== Math.floor(from))
        return false;
    } else if (!noDue && Math.floor(dueOf(r)) !== Math.floor(t.row.due)) return false;
    // A kept row by the reason of the follow-up it was typed on (originalReason), when it names one.
    const reason = reasonOf(t.row.kept ? originalReason(t.row) : t.row.reason);
    if (reason < 0) return !byFrom;
    return (reasonsOfRow(r) & (1 << reason)) !== 0;
  };
  // Only the rows of customers something was typed for are looked up.
  const typedFor = new Set<number>();
  for (const t of typed) {
    const c = customerOf(t.row.id);
    if (c !== undefined) typedFor.add(c);
  }
  for (let r = 0; typedFor.size > 0 && r < f.count + u.count; r++) {
    const c = r < f.count ? f.customer[r] : u.customer[r - f.count];
    if (!typedFor.has(c)) continue;
    const list = rowsOf.get(c);
    if (list) list.push(r);
    else rowsOf.set(c, [r]);
  }
  const byRow = new Map<number, TypedRow>();
  const off: CarriedNotes["off"] = [];
  const dropped: TypedRow[] = [];
  // A status of a follow-up due, and planned, over a month before the analysis date: its call is
  // long past (an overdue call planned last month is kept once: its date is the planned one).
  const expired = (t: TypedRow) => {
    // Only a row already kept on the earlier tab ages: a status moved off by this run is always
    // shown once (reviewer45 D2), whatever the calendar.
    if (!t.row.kept) return false;
    const { due, date } = t.row;
    const last = Math.max(
      ...[due, date, t.row.since ?? NaN].filter((d) => Number.isFinite(d)),
      -Infinity,
    );
    return Number.isFinite(last) && Math.floor(last) < schedule.start - KEPT_STATUS_DAYS;
  };
  // A status still on the customer's open call (the first planned row: see below): typed on a
  // call with a date (a win-back row's has none), not aged, and neither a contact nor a purchase
  // of the customer's recorded since the schedule it was typed on (a kept row: since its call's
  // planned date).
  const openCall = (t: TypedRow): boolean => {
    if (placed.has(t) || t.status === "" || expired(t)) return false;
    const { due, date } = t.row;
    if (!Number.isFinite(due) && !Number.isFinite(date)) return false;
    return customerOf(t.row.id) !== undefined && !callOver(t);
  };
  // A contact or purchase of the customer's recorded since the schedule t was typed on (a kept
  // row: since its call's planned date): the call t was typed on is over.
  const callOver = (t: TypedRow): boolean => {
    if (!recordedSince) return false;
    const c = customerOf(t.row.id);
    const { date, kept } = t.row;
    const since = kept && Number.isFinite(date) ? Math.floor(date) : undefined;
    return c !== undefined && recordedSince(t.row.id, c, since);
  };
  // The owner of schedule row r when another than the earlier row's (its name as written).
  const ownerNow = (row: EarlierScheduleRow, r: number): { owner?: string } => {
    // An unscheduled row has no owner cell: the earlier row's stays.
    const o = r < f.count ? f.owner[r] : -1;
    const name = o >= 0 ? (schedule.owners[o] ?? "") : "";
    return name !== "" && flatOwner(name) !== flatOwner(row.owner) ? { owner: name } : {};
  };
  const byCustomer = new Map<string, TypedRow[]>();
  for (const t of typed) {
    const list = byCustomer.get(t.row.id);
    if (list) list.push(t);
    else byCustomer.set(t.row.id, [t]);
  }
  const placed = new Set<TypedRow>();
  for (const [id, list] of byCustomer) {
    const c = customerOf(id);
    const rows = c === undefined ? undefined : rowsOf.get(c);
    if (!rows) continue;
    // The same follow-up first: the row of the same due date and reason, then (for those left)
    // the row of the same reason and planned-from date.
    for (const byFrom of [false, true])
      for (const t of list) {
        if (placed.has(t)) continue;
        // By planned-from date, a status is on the same call only while it is open: a contact
        // recorded since ends the call though a retention call's planned-from (the last purchase)
        // stays (tester53 N3: 已联系 rode on to SH001's next retention call, 4 days after the
        // call recorded in 跟进记录).
        if (byFrom && t.status !== "" && callOver(t)) continue;
        const r = rows.find((r) => !byRow.has(r) && sameFollowUp(t, r, byFrom));
        if (r !== undefined) {
          byRow.set(r, t);
          placed.add(t);
        }
      }
    // Then the customer's open call (tester51 R1: a key account's overdue visit became a retention
    // call, the customer still first on the list, and 已约1月8日拜访 went to a kept row): a status
    // typed on a dated call of the customer's that is gone goes to the customer's first planned
    // row, whatever its reason now, when nothing of the customer's is recorded since the schedule
    // it was typed on (recordedSince: no contact, so the call was not made, and no purchase, which
    // restarts the customer's regular contact: reviewer44 D3's 已完成 on December's call stays off
    // January's), so it is still the one open call, and that row carries nothing typed yet. The
    // owner may be another now (tester51 R3): the status follows the customer to the owner's
    // list, with its date.
    if (recordedSince) {
      const first = rows[0] < f.count && !byRow.has(rows[0]) ? rows[0] : -1;
      const t = first < 0 ? undefined : list.find((t) => openCall(t));
      if (t) {
        byRow.set(first, t);
        placed.add(t);
      }
    }
    // Then the customer's other rows, in order: the talking point and note only. A status
    // belongs to its own call (已完成 on December's call is not January's: reviewer44 D3), so it
    // is kept as a row off the schedule, with its due date, until that follow-up is back, and the
    // note typed beside it with it: the two say how that call went (tester47 M2: 客户拒接 and
    // "打了三次，… 也不接" were parted, the note read as news on the customer's next call). When
    // the status is dropped (aged), the note is not: it joins the customer's rows, as before.
    for (const t of list) {
      if (placed.has(t)) continue;
      placed.add(t);
      const aged = t.status !== "" && expired(t);
      if (aged) dropped.push({ ...t, talkingPoint: "", note: "" });
      else if (t.status !== "")
        off.push({
          typed: { ...t, talkingPoint: "" },
          customerGone: false,
          callGone: true,
          ...ownerNow(t.row, rows[0]),
        });
      const rest = t.status === "" ? t : { ...t, status: "", note: aged ? t.note : "" };
      if (rest.talkingPoint === "" && rest.note === "") continue;
      const r = rows.find((r) => !byRow.has(r));
      if (r !== undefined) byRow.set(r, rest);
      // Every row of the customer carries something already (fewer contacts than before): the
      // talking point and note join its first row's, after them (tester46 L1: kept as an
      // 已移出计划 row, they never came back while the customer had a row, and never aged).
      else byRow.set(rows[0], joinTyped(byRow.get(rows[0])!, rest));
    }
  }
  // Kept rows of customers with no row now age alike (reviewer45 D3).
  for (const t of typed)
    if (!placed.has(t)) {
      if (expired(t)) dropped.push(t);
      else off.push({ typed: t, customerGone: !rowsOf.has(customerOf(t.row.id) ?? -1) });
    }
  // A kept row with neither a due nor a planned date (a win-back status) ages from the date it
  // was first kept: this analysis's, named in its reason (followUpTab offSince) and read back.
  for (const o of off)
    if (!Number.isFinite(o.typed.row.due) && !Number.isFinite(o.typed.row.date))
      o.since = o.typed.row.since ?? schedule.start;
  return { byRow, off, typedRows: typed.length, dropped, ownerOrDateChanged: changedRows };
}

/**
 * The schedule tab an earlier run wrote in a workbook (every part), as read back, each row with
 * the hashes of the texts that run wrote (its run state's `scheduleWritten`); null when the
 * workbook has none (or the source lists no tabs of ours: CSV files). `written`: those cells when
 * the caller read the run state already (readPreviousSnapshot: Snapshot.scheduleWritten; null:
 * the state has none), else the state tab is read for them here.
 *
 * @example (await readEarlierSchedule(source))?.filter((r) => r.status !== "已安排").length
 */
export async function readEarlierSchedule(
  source: GridSource,
  written?: readonly string[] | null,
  ofTab = true,
): Promise<EarlierSchedule | null> {
  if (!source.ownedSheet) return null;
  const reader = new ScheduleTabReader();
  const read = await readParts(
    source,
    "followUps",
    (rows) => reader.push(rows),
    () => reader.nextPart(),
  );
  const rows = read ? reader.finish() : null;
  if (!rows || rows.length === 0) return rows;
  const cells = written === undefined ? await readWrittenCells(source) : written;
  if (cells) {
    const hashes = readWritten(cells);
    hashes.ofTab = ofTab;
    if (hashes.damaged) rows.writtenDamaged = true;
    else for (const r of rows) r.written = hashes;
  }
  return rows;
}

/**
 * Whether the run state of date `stateAsOf` is of the run that wrote the workbook's tabs: the run
 * log's last-written row (its time, `at`) is of that date. A run of an earlier date than the
 * state's keeps the state (laterRun.ts laterOwnRun) and rewrites the tabs, and its row is then the
 * last written. A run log with no times (none, or an older one) says nothing: true.
 *
 * @example stateWroteTab(jan15, [{ asOf: jan15, at: t1 }, { asOf: dec31, at: t2 }]) // false (t2 > t1)
 */
export function stateWroteTab(
  stateAsOf: number,
  runLog: readonly { asOf: number; at: number }[],
): boolean {
  const last = lastWritten(runLog);
  return !last || !Number.isFinite(stateAsOf) || Math.floor(last.asOf) === Math.floor(stateAsOf);
}

/** The run state's `scheduleWritten` cells alone (null: no such column, or no run state). */
async function readWrittenCells(source: GridSource): Promise<string[] | null> {
  let at = -1;
  let cells: string[] | null = null;
  await readParts(
    source,
    "runState",
    (rows) => {
      for (const row of rows) {
        if (at < 0) {
          at = row.findIndex((c) => c === "scheduleWritten");
          if (at >= 0) cells ??= [];
          continue;
        }
        const cell = row[at];
        if (typeof cell === "string" && cell !== "") cells!.push(cell);
      }
    },
    () => (at = -1),
  );
  return cells;
}

/**
 * The warning that typed rows were kept off the schedule, in a block between the planned and the
 * unscheduled rows (none when every typed row found its customer's row). Only rows kept by this
 * refresh count: one kept before was said then and stays visible on the tab until it ages out
 * (KEPT_STATUS_DAYS, said by typed_statuses_dropped); tester55 U12 read the same warning weekly.
 *
 * @example typedNotesWarning(carried)?.code // "typed_notes_off_schedule"
 * @example typedNotesWarning(carried, (lang) => sheetOf("followUps", lang, sheets)) // names "回访计划 (2)"
 */
export function typedNotesWarning(
  carried: CarriedNotes,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
): RunWarning | null {
  const fresh = carried.off.filter((o) => !o.typed.row.kept);
  const off = fresh.length;
  if (off === 0) return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "typedNotesOff", {
      off,
      carried: carried.byRow.size,
      // The sheet written, as the tables' pointers name it (tabSheetNames: a kept name, "(2)").
      tab: scheduleTab(lang),
      label: say(lang, "followUpTab", "offSchedule"),
    });
  return {
    code: "typed_notes_off_schedule",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    customers: [...new Set(fresh.map((o) => o.typed.row.id))],
  };
}

/**
 * The warnings of what the earlier schedule tab held that a refresh does not carry (reviewer44
 * D5): rows not read for want of the customer ID column; and a run state whose record of what it
 * wrote there was changed (tester50 H1). Columns the user added: addedColumns.ts.
 *
 * @example scheduleNotCarriedWarnings(earlier).map((w) => w.code) // ["typed_notes_not_read"]
 */
export function scheduleNotCarriedWarnings(
  earlier: EarlierSchedule | null,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
): RunWarning[] {
  const out: RunWarning[] = [];
  const both = (words: (lang: Lang) => string) => ({
    "zh-CN": words("zh-CN"),
    "en-US": words("en-US"),
  });
  if (earlier?.writtenDamaged)
    out.push({
      code: "schedule_state_changed",
      message: both((lang) =>
        say(lang, "followUp", "scheduleStateChanged", { tab: scheduleTab(lang) }),
      ),
    });
  const lost = earlier?.notCarried;
  if (!lost) return out;
  if (lost.unreadRows > 0)
    out.push({
      code: "typed_notes_not_read",
      message: both((lang) =>
        say(lang, "followUp", "typedNotesNotRead", {
          count: lost.unreadRows,
          tab: scheduleTab(lang),
          column: followUpHeader("customerId", lang),
        }),
      ),
    });
  return out;
}

/**
 * The warning that statuses kept off the schedule were dropped, their follow-up due more than
 * KEPT_STATUS_DAYS before this analysis (none when none was).
 *
 * @example typedStatusesDroppedWarning(carried)?.customers // ["1002588"]
 */
export function typedStatusesDroppedWarning(
  carried: CarriedNotes,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
): RunWarning | null {
  const count = carried.dropped.length;
  if (count === 0) return null;
  // Statuses alone, or rows holding a talking point or note too (a kept row of a customer gone
  // ages alike: tester45 #10), which "statuses" would not name.
  const statusesOnly = carried.dropped.every((t) => t.talkingPoint === "" && t.note === "");
  // The first ones named with what was typed (the rows are gone and the tab replaced: tester45 #4).
  const named = carried.dropped.slice(0, DROPPED_NAMED);
  const more = count - named.length;
  const ids = (lang: Lang) =>
    say(lang, "followUp", more > 0 ? "typedStatusesDroppedIdsMore" : "typedStatusesDroppedIds", {
      ids: named
        .map((t) => {
          const who = `${t.row.id} ${t.row.name.trim()}`.trim();
          const status = (t.status || t.note || t.talkingPoint).replace(/\s+/g, " ");
          // The date it aged from: due, else planned, else first kept (a win-back row's: "(应回访
          // 日期 )" before), else none.
          const { due, date, since } = t.row;
          return Number.isFinite(due)
            ? say(lang, "followUp", "typedStatusDropped", { who, status, due: isoDate(due) })
            : Number.isFinite(date)
              ? say(lang, "followUp", "typedStatusDroppedPlanned", {
                  who,
                  status,
                  date: isoDate(date),
                })
              : since !== undefined && Number.isFinite(since)
                ? say(lang, "followUp", "typedStatusDroppedSince", {
                    who,
                    status,
                    date: isoDate(since),
                  })
                : say(lang, "followUp", "typedStatusDroppedUndated", { who, status });
        })
        .join(say(lang, "followUp", "typedStatusDroppedSeparator")),
      more,
    });
  // What the rows aged from, by their kind (expired): a due or planned date, else the date the
  // row was first kept (sched47: "due and planned" read oddly for a win-back status kept since).
  const dated = carried.dropped.filter(
    (t) => Number.isFinite(t.row.due) || Number.isFinite(t.row.date),
  );
  const when =
    dated.length === count
      ? "typedDroppedDated"
      : dated.length === 0
        ? "typedDroppedSince"
        : "typedDroppedBoth";
  const words = (lang: Lang) =>
    say(lang, "followUp", statusesOnly ? "typedStatusesDropped" : "typedNotesDropped", {
      count,
      when: say(lang, "followUp", when),
      days: KEPT_STATUS_DAYS,
      tab: scheduleTab(lang),
      label: say(lang, "followUpTab", "offSchedule"),
      ids: ids(lang),
    });
  return {
    code: "typed_statuses_dropped",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    customers: [...new Set(carried.dropped.map((t) => t.row.id))],
  };
}

/**
 * The warning that rows of the earlier tab had their owner (负责人) or date (回访日期) changed by
 * the user (tester45 #1: put back without a word). Said, not carried: the schedule plans each
 * owner's days (their calls a day, the rotation) and the Overview counts each owner's calls by
 * week, so a reassigned row would disagree with both; and the dates are planned anew from each
 * analysis date. The lasting way is the customers sheet's owner; a one-off goes in the note, which
 * is carried. None when none was (or the earlier tab's run recorded no owners and dates: a
 * report written before them).
 *
 * @example scheduleOwnerDateChangedWarning(carried)?.customers // ["1000729"]
 */
export function scheduleOwnerDateChangedWarning(
  carried: CarriedNotes,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
): RunWarning | null {
  const rows = carried.ownerOrDateChanged ?? [];
  const count = rows.length;
  if (count === 0) return null;
  const named = rows.slice(0, DROPPED_NAMED);
  const more = count - named.length;
  const words = (lang: Lang) =>
    say(lang, "followUp", "scheduleOwnerDateChanged", {
      count,
      tab: scheduleTab(lang),
      owner: followUpHeader("owner", lang),
      date: followUpHeader("followUpDate", lang),
      ids: say(
        lang,
        "followUp",
        more > 0 ? "scheduleOwnerDateChangedIdsMore" : "scheduleOwnerDateChangedIds",
        {
          ids: named
            .map((r) => `${r.id} ${r.name.trim()}`.trim())
            .join(say(lang, "followUp", "scheduleOwnerDateChangedSeparator")),
          more,
        },
      ),
    });
  return {
    code: "schedule_owner_date_changed",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    customers: [...new Set(rows.map((r) => r.id))],
  };
}

/**
 * The warning that more schedule rows hold what was typed than the tab shows (rule set
 * limits.worklistRows): the rows past it are in the complete list only, and the next refresh reads
 * the tab (reviewer44 D13). Those within the cap are kept on the tab (followUpTab.ts keepRows).
 *
 * @example typedNotesPastCapWarning(carried, 10)?.code // "typed_notes_past_cap"
 */
export function typedNotesPastCapWarning(
  carried: CarriedNotes,
  cap: number,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
): RunWarning | null {
  const kept = carried.byRow.size + carried.off.length;
  if (kept <= cap) return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "typedNotesPastCap", {
      lost: kept - cap,
      kept,
      cap,
      tab: scheduleTab(lang),
    });
  return {
    code: "typed_notes_past_cap",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
}

/**
 * The warning that a --share run (contact details masked) left the typed rows out: a manager's
 * note may hold a phone number or e-mail address (reviewer44 D14). None when nothing was typed.
 *
 * @example typedNotesNotSharedWarning(carried)?.code // "typed_notes_not_shared"
 */
export function typedNotesNotSharedWarning(carried: CarriedNotes): RunWarning | null {
  const count = carried.typedRows;
  if (count === 0) return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "typedNotesNotShared", { count, tab: tabName("followUps", lang) });
  return {
    code: "typed_notes_not_shared",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
}

/**
 * The schedule tab this run replaces, with an earlier run's (--previous) for the customers it does
 * not have: the replaced tab is where the user typed last, and the earlier run's rows of its
 * customers are carried in it already (reviewer44 D2).
 *
 * @example mergeSchedules(own, previous)?.length
 */
export function mergeSchedules(
  own: EarlierSchedule | null,
  previous: EarlierSchedule | null,
): EarlierSchedule | null {
  if (!own || !previous) return own ?? previous;
  const ids = new Set(own.map((r) => r.id));
  const merged: EarlierSchedule = [...own, ...previous.filter((r) => !ids.has(r.id))];
  // What the replaced tab could not carry is said (the --previous tab's is not replaced).
  if (own.notCarried) merged.notCarried = own.notCarried;
  if (own.writtenDamaged) merged.writtenDamaged = true;
  return merged;
}
