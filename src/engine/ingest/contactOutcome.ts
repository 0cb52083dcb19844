import {
  LEAVING_DEALER_NOT_WORDS,
  ACCOUNT_BLOCK_WORDS,
  AMENDS_FEARED,
  AMENDS_NOT_OURS,
  AMENDS_OWNED_WORDS,
  AMENDS_PAID_WORDS,
  COMPLAINT_REOPEN_DENIALS,
  COMPLAINT_REOPEN_TURN_WORDS,
  COMPLAINT_REOPEN_WORDS,
  COMPLAINT_REOPEN_DEMANDED_WORDS,
  COMPLAINT_DEMAND_WORDS,
  AMENDS_WORDS,
  CALL_MADE_WORDS,
  COMPLAINT_ACCEPTED_AMENDS,
  COMPLAINT_FLAG_WORDS,
  COMPLAINT_RESOLVED_DENIALS,
  COMPLAINT_OUTCOME_WORDS,
  COMPLAINT_NOTE_WORDS,
  COMPLAINT_NOTE_DENIALS,
  DO_NOT_CONTACT_DISPUTE_WORDS,
  DO_NOT_CONTACT_ROUTES,
  DO_NOT_CONTACT_LATER,
  COMPLAINT_RESOLVED_WORDS,
  AFTER_SALES_UNHAPPY_WORDS,
  AFTER_SALES_WAITING_WORDS,
  REFUND_OWN_REASON_WORDS,
  COMPLETED_CONTINUED_WORDS,
  COMPLETED_NEXT_CLASS,
  COMPLETED_NOT_YET,
  COMPLETED_WORDS,
  CONTACT_AGAIN_WORDS,
  CREDIT_HOLD_LIFTED_WORDS,
  CREDIT_HOLD_WORDS,
  PAYMENT_TERMS_WORDS,
  PUT_ON_TERMS_WORDS,
  DO_NOT_CONTACT_FOLLOWERS,
  DO_NOT_CONTACT_NEGATIONS,
  DO_NOT_CONTACT_RIGHT_BEFORE,
  DO_NOT_CONTACT_TIME_LIMITS,
  DO_NOT_CONTACT_WORDS,
  LEFT_DOUBT_DENIED,
  LEFT_DOUBT_FAILED,
  LEFT_DOUBT_WORDS,
  LEFT_NEGATIONS,
  LEFT_WORDS,
  LEFT_STAGE_WORDS,
  LEFT_WHOLE_CELL_WORDS,
  MOVE_NEAR_NOT_AFTER,
  NOTE_LEFT_CAR_AWAY_MOVES,
  NOTE_LEFT_AWAY_RETURNS,
  MOVE_NEAR_WORDS,
  DEATH_WORDS,
  DEATH_OF_OTHERS,
  PET_WORDS,
  PET_NAME_NOT_ENDINGS,
  PET_NAME_NOT_WORDS,
  PET_NAME_PREFIX_WORDS,
  PET_OWNER_TELLS,
  PET_OWNER_WORDS,
  PET_OF_OTHERS,
  MATERNITY_WORDS,
  NOTE_LEFT_WORDS,
  LEFT_OF_OTHERS,
  MOVED_TO_NOT_PLACE,
  NOTE_LEFT_FOR_NOW,
  NOTE_LEFT_FOR_A_WHILE,
  NOTE_LEFT_IF,
  NOTE_LEFT_IF_NOT,
  NOTE_LEFT_IF_OURS,
  NOTE_LEFT_IF_OWN_ACTION,
  NOTE_LEFT_IF_WORDS,
  NOTE_LEFT_INTENT_WORDS,
  NOTE_LEFT_NOT_SAID,
  NOTE_LEFT_TAKEN_BACK,
  NOTE_LEFT_FAULT_WORDS,
  NOTE_LEFT_STAY_SHORT,
  LEAVING_DENIED_WORDS,
  LEAVING_DENIED_ELSEWHERE,
  LEAVING_NOT_DONE,
  LEAVING_OTHER_CLASS_WORDS,
  LEAVING_CLASS_STUDENT,
  LEAVING_OTHER_CLASS_STAY_NOT,
  LEAVING_OTHER_CLASS_STAYS,
  LEAVING_ASKED_NO,
  LEAVING_ASKED_UNANSWERED,
  LEAVING_GONE_ANYWAY,
  LEAVING_STAY_UNLIKELY,
  CUSTOMER_NAMED_AGAIN,
  CHANNEL_GROUP_WORDS,
  LEAVING_REASON_WORDS,
  OTHER_PEOPLE,
  COMPLAINT_BLAME_WORDS,
  COMPLAINT_BLAME_BEFORE,
  COMPLAINT_BLAME_BEFORE_OF,
  COMPLAINT_BLAME_PRAISED,
  COMPLAINT_BLAME_PRAISED_PAST,
  COMPLAINT_BLAME_PRAISE_UNDONE,
  COMPLAINT_BLAME_OF,
  COMPLAINT_BLAME_DENIALS,
  COMPLAINT_BLAME_ELSEWHERE,
  COMPLAINT_BLAME_SETTLED,
  NOT_REACHED_ALONE_WORDS,
  NOT_REACHED_WORDS,
  PAUSE_WORDS,
  REACHED_WORDS,
  RESUMED_WORDS,
  ROUTINE_NOTE_WORDS,
  CHANNEL_ONLY_WORDS,
  CHANNEL_REFUSAL_WORDS,
  UNSUBSCRIBE_CHANNEL_WORDS,
  UNSUBSCRIBE_PATTERNS,
  NOT_CONTACT_LIST_WORDS,
} from "../optionWords";
import { COMPLAINT_FLAG_HEADERS } from "../headerWords";
import { CONTACT_CHANNELS } from "../model";
import { MONTHS } from "../parse/date";
import { foldHeader } from "../parse/text";
import { deniedBefore, firstWord, isWordAt, notNegated, saysWord } from "./cellWords";
import { foldPetText, petNameForms } from "./petName";

/*
 * Whether a contact reached the customer, and whether a customer's status says it is paused: the
 * recognition words are data (optionWords.ts); how a cell is matched against them is cellWords.ts,
 * the one owner of "a word in a cell, not negated".
 */

const LETTER = /[a-z]/;
const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());
const NOT_REACHED = lower(NOT_REACHED_WORDS);
const ALONE = new Set(lower(NOT_REACHED_ALONE_WORDS));
const REACHED = lower(REACHED_WORDS);
const PAUSED = lower(PAUSE_WORDS);
const RESUMED = lower(RESUMED_WORDS);
const LEFT = lower(LEFT_WORDS);
const LEFT_DENIED = lower(LEFT_NEGATIONS);
const COMPLETED = lower(COMPLETED_WORDS);
const COMPLETED_DENIED = lower([...LEFT_NEGATIONS, ...COMPLETED_NOT_YET]);
const CONTINUED = lower(COMPLETED_CONTINUED_WORDS);
const NEXT_CLASS = new RegExp(
  `(?<!小)(?:${COMPLETED_NEXT_CLASS.moves.join("|")})(?!介绍)[^，,。.;；、!！?？\\s]{0,3}?${COMPLETED_NEXT_CLASS.class}`,
  "g",
);
const LEFT_DOUBT = lower(LEFT_DOUBT_WORDS);
const DOUBT_FAILED = lower(LEFT_DOUBT_FAILED);
const DOUBT_DENIED = lower(LEFT_DOUBT_DENIED);

/**
 * Whether a status says the customer came back or only may leave (LEFT_DOUBT_WORDS), the return not
 * said to have failed after it (召回失败) nor denied before it (不会回来: reviewer60 R19).
 */
function doubted(t: string): boolean {
  return saysWord(t, LEFT_DOUBT, (w, at) => {
    const after = t.slice(at + w.length).trimStart();
    if (DOUBT_FAILED.some((f) => after.startsWith(f))) return false;
    // "not yet churned" stays a doubt: yet is the denial's own word.
    return w === "yet" || !deniedBefore(t, at, DOUBT_DENIED);
  });
}
/** Any of `words` (lower-cased) in a cell, the longest first: one pass instead of one per word. */
const anyOf = (words: readonly string[], flags = ""): RegExp =>
  new RegExp(
    lower(words)
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) // "on hold (overdue)" as written
      .join("|"),
    flags,
  );
const ACCOUNT_BLOCK = anyOf(ACCOUNT_BLOCK_WORDS, "g");
const ROUTINE = lower(ROUTINE_NOTE_WORDS);

/**
 * Whether a not-reached word at `at` says the outcome: an English one of NOT_REACHED_ALONE_WORDS
 * with nothing but punctuation after it (`Busy`, not `Busy season`); a Chinese one not followed by
 * 前 (挂断前约好: when, not what happened).
 */
function saysOutcome(t: string, w: string, at: number): boolean {
  const rest = t.slice(at + w.length).trimStart();
  if (ALONE.has(w)) return rest === "" || !LETTER.test(rest.charAt(0));
  if (LETTER.test(w[0])) return true;
  // A short word that begins another one (reviewer57 H1: 未接受报价 is a reached call declined;
  // 不通知客户, 未通过审核 are no calls).
  const next = NOT_A_CALL_AFTER[w];
  if (next !== undefined && next.test(rest)) return false;
  return !/^之?前/.test(rest);
}

/** After a short not-reached word, what makes it part of another word (未接 + 受 = 未接受). */
const NOT_A_CALL_AFTER: Record<string, RegExp> = {
  未接: /^[受待收单]/,
  没接: /^[受待收单]/,
  不通: /^[知过]/,
  未通: /^[知过]/,
  没通: /^[知过]/,
};

/**
 * What, in a reached word's own clause before it, makes it a plan for the next contact rather
 * than what happened on this one (reviewer57 H1: 未接通，明天再催下单 / 无人接听，待确认 / 关机，下次问订货
 * were read as reached, and a lapsed customer left the plan).
 */
const PLANNED =
  /催|问|提醒|待|再|明天|明日|下次|下周|回头|稍后|改天|请|让|希望|等|短信|微信|留言|\b(?:will|to|try|ask|asking|remind|pending|awaiting|waiting|later)\b/;

/**
 * What, in a reached word's clause before it, says the contact came afterwards (后来客户微信回复同意,
 * called back later and they agreed): a channel or "later" there is then what happened, not the
 * plan (reviewer57 L7). A plan word proper (待, 再, 明天, will) still plans it.
 */
const HAPPENED_LATER =
  /后来|随后|之后|回复|回了|回电|回拨|\b(?:called back|replied|texted back|wrote back|then)\b/;

/** The PLANNED words that are a channel or a time, not a plan, once HAPPENED_LATER is said. */
const CHANNEL_OR_LATER = /短信|微信|留言|\blater\b/g;

/**
 * What, in a reached word's clause after it, makes the agreement one to call again (约定明天再打,
 * 约好下午回电): the next attempt, not an outcome (reviewer57 L7). 约好下周送样 stays reached.
 */
const CALL_AGAIN =
  /再(?:打|拨|联系|致电|电话|电联|约|问|催|跟进)|重拨|回拨|回电(?!说)|\b(?:call|try|reach)\b[^,.;]*\bagain\b|\bcall back\b/;

/** Where the clause holding `at` starts and ends (between punctuation). */
function clauseAround(t: string, at: number): { start: number; end: number } {
  const stop = /[，,。.;；、!！?？]/;
  let start = at;
  while (start > 0 && !stop.test(t.charAt(start - 1))) start--;
  let end = at;
  while (end < t.length && !stop.test(t.charAt(end))) end++;
  return { start, end };
}

/**
 * Whether the reached word `w` at `at` is in a clause that plans it (PLANNED before it; CALL_AGAIN
 * after it), not reports it.
 */
function notPlanned(t: string, w: string, at: number): boolean {
  const { start, end } = clauseAround(t, at);
  let before = t.slice(start, at);
  if (HAPPENED_LATER.test(before)) before = before.replace(CHANNEL_OR_LATER, " ");
  return !PLANNED.test(before) && !CALL_AGAIN.test(t.slice(at + w.length, end));
}

/**
 * Whether the text from `from` on says the customer was reached (REACHED_WORDS), not negated and
 * not planned (`待确认` is no confirmation).
 */
function reachedFrom(t: string, from: number): boolean {
  return (
    firstWord(t, REACHED, from, (w, at) => notNegated(t, w, at) && notPlanned(t, w, at)).at >= 0
  );
}

/**
 * A label opening a contact's note, before its colon (保养提醒：, 回访：, Service reminder:): what the
 * call was for, not what happened (tester70 U606). Up to 20 characters, no clause mark in it.
 */
const NOTE_LABEL = /^[^，,。.;；、!！?？:：\s][^，,。.;；、!！?？:：]{0,19}[:：]\s*/u;

/**
 * True when `text` (an outcome cell, or a contact's note) starts with a not-reached word that says
 * the outcome (saysOutcome), after a label at most (保养提醒：未接通: NOTE_LABEL, tester70 U606), and
 * no reached word follows (`占线，后回拨已沟通` was reached: reviewer56 L6).
 *
 * @example saysNotReached("未接通，明天再打") // true
 * @example saysNotReached("保养提醒：未接通") // true
 * @example saysNotReached("已沟通，下月订货") // false
 * @example saysNotReached("Busy season, ordered 20 cases") // false
 */
export function saysNotReached(text: string): boolean {
  const whole = text.trim().toLowerCase();
  const opens = (t: string) => {
    const w = NOT_REACHED.find((w) => t.startsWith(w) && isWordAt(t, w, 0) && saysOutcome(t, w, 0));
    return w !== undefined && !reachedFrom(t, w.length);
  };
  if (whole === "") return false;
  const unlabelled = whole.replace(NOTE_LABEL, "");
  return opens(whole) || (unlabelled !== whole && opens(unlabelled));
}

/**
 * True when a not-reached word that says the outcome is anywhere in `text` with no reached word
 * after it: a status typed on the schedule opens with the call made (已联系不上, 已拨打，未接通,
 * called - no answer; followUp/doneStatus.ts).
 *
 * @example mentionsNotReached("已拨打，无人接听") // true
 * @example mentionsNotReached("已联系，占线后回拨已沟通") // false
 */
export function mentionsNotReached(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  const found = firstWord(t, NOT_REACHED, 0, (w, at) => saysOutcome(t, w, at));
  return found.at >= 0 && !reachedFrom(t, found.end);
}

/** CALL_MADE_WORDS as the patterns a status opens with. */
const CALL_MADE = [
  new RegExp(`^(?:客户)?(?:已经?|都已)\\s*(?:${CALL_MADE_WORDS.afterDone.join("|")})`),
  new RegExp(`^(?:${CALL_MADE_WORDS.thenPast.join("|")})(?:过|完)`),
  new RegExp(`^(?:${CALL_MADE_WORDS.alone.join("|")})`),
  new RegExp(`^(?:${CALL_MADE_WORDS.english.join("|")})\\b`, "i"),
];

/**
 * True when a status typed on the schedule opens with the words of a call made (CALL_MADE_WORDS)
 * and names no call that reached nobody (mentionsNotReached).
 *
 * @example saysCallMade("已联系，客户说下月再订") // true
 * @example saysCallMade("已约下周二拜访") // false
 * @example saysCallMade("已联系不上") // false
 */
export function saysCallMade(status: string): boolean {
  const s = status.trim();
  return !mentionsNotReached(s) && CALL_MADE.some((p) => p.test(s));
}

/**
 * True when a customer's status cell says it is paused (装修暂停, 暂停营业, On hold): a Chinese word
 * anywhere in it, an English one as a whole word.
 *
 * @example saysPaused("装修暂停") // true
 * @example saysPaused("正常") // false
 * @example saysPaused("装修结束，已恢复营业") // false (reviewer56 R8)
 * @example saysPaused("资金冻结，欠款未清") // false (reviewer57 M2: the firm's credit block)
 * @example saysPaused("Not pausing, will continue") // false (reviewer61 R13)
 */
export function saysPaused(text: string): boolean {
  // A block the firm put on the account (账户冻结, credit hold) is no pause: ACCOUNT_BLOCK_WORDS.
  const t = text.trim().toLowerCase().replace(ACCOUNT_BLOCK, " ");
  if (t.trim() === "") return false;
  // Not negated right before (没有暂停, Not pausing: reviewer61 R13); 不得不暂停 is a pause.
  const counts = (w: string, at: number) => notNegated(t, w, at) || t.endsWith("不得不", at);
  return firstWord(t, PAUSED, 0, counts).at >= 0 && firstWord(t.replace(AFTER, ""), RESUMED).at < 0;
}

const CREDIT_HOLD = lower(CREDIT_HOLD_WORDS);
const CREDIT_HOLD_LIFTED = lower(CREDIT_HOLD_LIFTED_WORDS);

/**
 * What a status or a note says of a credit hold (CREDIT_HOLD_WORDS; tester62 U148): 1 the account
 * is on one, -1 it was lifted (a lifting word in the same text: credit hold lifted, 解除停止赊账),
 * 0 nothing said. A hold word negated right before (not on credit hold, 未停止赊账) says nothing.
 *
 * @example creditHoldSaid("Put on credit hold – COD only until paid") // 1
 * @example creditHoldSaid("Credit hold lifted, paid in full") // -1
 * @example creditHoldSaid("按时付款") // 0
 */
export function creditHoldSaid(text: string): -1 | 0 | 1 {
  const t = text.trim().toLowerCase();
  if (t === "") return 0;
  // Not negated right before, nor by "not on" / "no longer on" (Not on credit hold).
  const counts = (w: string, at: number) =>
    notNegated(t, w, at) && !/(?:\bnot|\bno longer|\bnever)\s+on\s+$/.test(t.slice(0, at));
  if (!saysWord(t, CREDIT_HOLD, counts) && !termsPutOn(t)) return 0;
  return saysWord(t, CREDIT_HOLD_LIFTED) ? -1 : 1;
}

const PAYMENT_TERMS = lower(PAYMENT_TERMS_WORDS);
const PUT_ON_TERMS = lower(PUT_ON_TERMS_WORDS);

/**
 * Whether a payment term (PAYMENT_TERMS_WORDS) is a hold in `t` (lower case): the whole text
 * (a status "COD only"), or put on the account just before it (Put on COD only, 改为先款后货).
 */
function termsPutOn(t: string): boolean {
  const bare = t.replace(/[\s.。!！,，;；:：–-]+$/u, "");
  for (const w of PAYMENT_TERMS) {
    if (bare === w) return true;
    for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
      const before = t.slice(Math.max(0, at - 12), at).trimEnd();
      if (PUT_ON_TERMS.some((p) => before.endsWith(p))) return true;
    }
  }
  return false;
}

const LEFT_STAGE: readonly string[] = lower(LEFT_STAGE_WORDS);

/**
 * The LEFT_STAGE_WORDS index of a status cell that is, as a whole, a stage someone set saying the
 * customer left (Churned, Former customer, 已流失), -1 any other (an event: 已转让; a longer
 * status: 已流失，挽回失败).
 *
 * @example leftStageWord("Churned") // 0
 * @example leftStageWord("已转让") // -1
 */
export function leftStageWord(text: string): number {
  return LEFT_STAGE.indexOf(
    text
      .trim()
      .toLowerCase()
      .replace(/[.。!！\s]+$/u, ""),
  );
}

/**
 * True when a customer's status cell says it has left for good (已搬离, 已转诊, 已注销, Moved away:
 * LEFT_WORDS), not paused (a pause word wins: 暂时关闭 is no leaving) and not denied (未注销).
 *
 * @example saysLeft("已搬离") // true
 * @example saysLeft("正常") // false
 * @example saysLeft("未注销") // false
 */
export function saysLeft(text: string): boolean {
  return leftStatusWord(text) >= 0;
}

const LEFT_WHOLE_LIST = lower(LEFT_WHOLE_CELL_WORDS);

/**
 * The word a customer's status says it left by (saysLeft), as the reason customer_left quotes it
 * (leftStatusText: 已退费, tester67 U305): its index in LEFT_WHOLE_CELL_WORDS, then LEFT_WORDS, then
 * DEATH_WORDS; -1 none.
 *
 * @example leftStatusText(leftStatusWord("已退费")) // "已退费"
 */
export function leftStatusWord(text: string): number {
  const t = text.trim().toLowerCase();
  if (t === "" || saysPaused(text) || doubted(t)) return -1;
  const whole = LEFT_WHOLE_LIST.indexOf(t.replace(/[.。!！\s]+$/u, ""));
  if (whole >= 0) return whole;
  const found = firstWord(
    t,
    LEFT,
    0,
    (w, at) => !deniedBefore(t, at, LEFT_DENIED) && !movedNear(t, w, at),
  );
  if (found.at >= 0) return LEFT_WHOLE_LIST.length + LEFT.indexOf(t.slice(found.at, found.end));
  const died = diedAt(t);
  return died < 0
    ? -1
    : LEFT_WHOLE_LIST.length + deathWord(t, died) - NOTE_LEFT.length + LEFT.length;
}

/** The word at `i` of leftStatusWord's list (LEFT_WHOLE_CELL_WORDS, LEFT_WORDS, DEATH_WORDS). */
export function leftStatusText(i: number): string {
  const list = [...LEFT_WHOLE_CELL_WORDS, ...LEFT_WORDS, ...DEATH_WORDS];
  return list[i] ?? "";
}

/**
 * Whether the move word `w` at `at` names the customer's own new premises or somewhere near (已搬去
 * 新址, 已搬到隔壁, moved to a new office; to a place of ours: MOVE_NEAR_WORDS), not a leaving.
 */
function movedNear(t: string, w: string, at: number): boolean {
  if (!w.startsWith("已搬") && !w.startsWith("搬") && !MOVE_TO.has(w)) return false;
  const after = t.slice(at + w.length).trimStart();
  const starts = (n: string) =>
    after.startsWith(n) && !(LETTER.test(n) && LETTER.test(after.charAt(n.length)));
  // "moved to" a time, a plan or a way of paying (Appointment moved to Tuesday, Moved to monthly
  // billing: reviewer64 H5) is no move either; nor a number (moved to 3pm, moved to the 14th).
  // An article before it is skipped (Moved to the annual plan, moved to a new job: reviewer65 H7).
  const bare = after.replace(/^(?:the|a|an)\s+/, "");
  const startsBare = (n: string) =>
    bare.startsWith(n) && !(LETTER.test(n) && LETTER.test(bare.charAt(n.length)));
  if (
    MOVE_TO.has(w) &&
    (/^(?:the\s+)?\d/.test(after) || NOT_PLACE.some(starts) || NOT_PLACE.some(startsBare))
  )
    return true;
  // Not when another city, state or country follows it (已搬到隔壁市, Moved to New York: reviewer70 M5).
  if (NEAR_NEXT.some((n) => starts(n) && !farAfter(after.slice(n.length)))) return true;
  // The rest of its clause naming a place, tier or plan of ours (reviewer67 H4).
  const clause = after.split(/[，,。.;；!！?？\n]/u, 1)[0];
  return firstWord(clause, NEAR_CLAUSE).at >= 0;
}

/** MOVE_NEAR_WORDS read right after the move word, and anywhere in the rest of its clause. */
const NEAR_NEXT = lower(MOVE_NEAR_WORDS.filter(([, d]) => d === "next").map(([w]) => w));
const NEAR_CLAUSE = lower(MOVE_NEAR_WORDS.filter(([, d]) => d === "clause").map(([w]) => w));

const NEAR_NOT_AFTER = lower(MOVE_NEAR_NOT_AFTER);

/** Whether `rest`, after a "next" word of MOVE_NEAR_WORDS, names another city, state or country. */
function farAfter(rest: string): boolean {
  const r = rest.trimStart().replace(/^的/u, "");
  return NEAR_NOT_AFTER.some(
    (w) => r.startsWith(w) && !(LETTER.test(w) && LETTER.test(r.charAt(w.length))),
  );
}

const NOT_PLACE = [...lower(MOVED_TO_NOT_PLACE), ...Object.keys(MONTHS)];
/** The English moves to a place (NOTE_LEFT_WORDS): read alike, moved or moving (fix67d). */
const MOVE_TO: ReadonlySet<string> = new Set(["moved to", "moving to", "relocating to"]);
/** A leaving word that is a move (搬到, moved to, moving away): a time before it says when. */
const MOVE = /搬|\b(?:moved|moving|relocating)\b/;

const DEATH = lower(DEATH_WORDS);
const ANY_DEATH = anyOf(DEATH_WORDS);
const DEATH_OTHERS = lower(DEATH_OF_OTHERS);
const RIP_AFTER =
  /^\s*(?:$|[^\sa-z]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:in|on|since)\s+\S)/;

/**
 * Where `t` (lower-cased) says the customer died (DEATH_WORDS), -1 not: no one else named before
 * it in its clause (DEATH_OF_OTHERS: 狗狗去世了, her husband passed away), not denied (没有去世), not
 * doubted, RIP not a verb (rip people off) (tester63 U161).
 *
 * @example diedAt("家属告知老人已于10月去世") // 9
 * @example diedAt("狗狗去世了") // -1
 */
function diedAt(t: string): number {
  return deathAt(t, false);
}

/**
 * Where `t` (lower-cased) says a death (DEATH_WORDS, read as diedAt reads them) of the customer
 * (`others` false) or of someone else named before it in its clause (true: 她母亲去世了, 狗狗去世了,
 * her husband passed away, 家里老人走了), -1 none.
 */
function deathAt(t: string, others: boolean): number {
  return deathWhose(t, (before, after) => {
    const named = firstWord(before, DEATH_OTHERS).at >= 0 || firstWord(after, DEATH_OTHERS).at >= 0;
    return named === others;
  });
}

/**
 * Where `t` (lower-cased) says a death (DEATH_WORDS: not denied, not doubted, RIP not a verb, not
 * a guest's 人走了) that `whose` accepts, given its clause before the word and what names whose it
 * was after it (去世的是她婆婆: WHOSE_AFTER, else ""); -1 none.
 */
function deathWhose(t: string, whose: (before: string, after: string) => boolean): number {
  if (!ANY_DEATH.test(t) || doubted(t)) return -1;
  return firstWord(t, DEATH, 0, (w, at) => {
    if (deniedBefore(t, at, LEFT_DENIED) || !notNegated(t, w, at)) return false;
    // RIP alone, before a date or punctuation; not a verb (rip people off).
    if (w === "rip" && !RIP_AFTER.test(t.slice(at + w.length))) return false;
    // 人走了 of a guest or a worker (客人走了, 工人走了) is no death.
    // Nor of a contact person (对接人走了，要重新对接, 负责人走了: reviewer65 H7): the account stays.
    if (w.startsWith("人") && /[客工个有]$|对接$|负责$|联系$/u.test(t.slice(0, at))) return false;
    const clause = clauseAround(t, at);
    // Someone else named before it (她母亲去世了), or after it as whose it was (去世的是她婆婆,
    // Passed away last week - her father: reviewer64 H5).
    const after = t.slice(at + w.length, clause.end).match(WHOSE_AFTER);
    return whose(t.slice(clause.start, at), after === null ? "" : (after[1] ?? after[2] ?? ""));
  }).at;
}

const PETS = lower(PET_WORDS);
const PET_OWNER = lower(PET_OWNER_WORDS);
// Someone else's animal: a neighbour's, a friend's, the other one (PET_OF_OTHERS), or a person's
// (她妈妈家的猫: DEATH_OF_OTHERS but this household and the animals themselves).
const PET_OTHERS = [
  ...lower(PET_OF_OTHERS),
  ...DEATH_OTHERS.filter((w) => !PETS.includes(w) && w !== "家里" && w !== "家中"),
];

/**
 * What a contact's note on a vet's record of one pet (Customers petRecords: 病历号, 宠物名, 主人) says
 * of a death (DEATH_WORDS, read as diedAt reads them; tester65 U203: 咪咪9月底去世了 got the owner a
 * win-back call, 狗狗上周去世了 a bereavement pause then 定期回访): `pet` died, its name (folded, two
 * characters or more) named before the death word in its clause, or an animal (PET_WORDS) no one
 * else's (not 邻居家的狗, 她妈妈家的猫, 另一只狗: PET_OF_OTHERS, a person of DEATH_OF_OTHERS), or no
 * one there (已去世): 1; another of `others` (the owner's other pets' names) named and not `pet`: 2,
 * that pet's (`other`), not this record's; the owner named (主人去世了: PET_OWNER_WORDS) with no one
 * else: 3, a person's death, the record continues (reviewer66 H5); a pet's name `elsewhere` finds
 * (another record's of the sheet, not this owner's: fix67e): 4, `other` that name, none of this
 * record's and no record found to end, or a name in a pet's shape no record has (小黑: petNameIn); 0 none, or someone else's (她母亲去世了, 邻居家的狗去世了: the
 * owner's bereavement at most). Names are read leniently (petNameForms: 豆豆 of 豆豆（柯基）).
 *
 * With `word` the death word found when 1 (noteLeftWord's index: leftNoteWord), else -1.
 *
 * @example petDeath("咪咪9月底去世了，主人很伤心", "咪咪", []).says // 1
 * @example petDeath("糖糖上周去世了", "豆豆", ["糖糖"]) // { says: 2, word: -1, other: "糖糖" }
 * @example petDeath("她母亲去世了", "豆豆", []).says // 0
 * @example petDeath("邻居家的狗去世了", "小白", []).says // 0
 * @example petDeath("主人去世了，球球由女儿接手照顾", "球球", []).says // 3
 * @example petDeath("小黑上周去世了", "豆豆", []) // { says: 4, word: -1, other: "小黑" }
 */
export function petDeath(
  text: string,
  pet: string,
  others: readonly string[],
  elsewhere?: (part: string) => string | undefined,
): { says: 0 | 1 | 2 | 3 | 4; word: number; other: string } {
  const t = folded(text);
  const own = [...petNameForms(pet), ...petNicknames(pet)];
  // A name read leniently (petNameForms: 豆豆 of 豆豆（柯基）, no spaces, any case: fix67e).
  const names = (part: string, name: string | readonly string[]) =>
    (typeof name === "string" ? petNameForms(name) : name).some((f) => part.includes(f));
  let says = 0 as 0 | 1 | 2 | 3 | 4;
  let other = "";
  const at = deathWhose(t, (before, after) => {
    const part = before + " " + after;
    const bare = foldPetText(part);
    const otherPet = others.find((o) => names(bare, o));
    let named: string | undefined;
    if (names(bare, own)) says = 1;
    else if (otherPet !== undefined) [says, other] = [2, otherPet];
    else if (firstWord(part, PETS).at >= 0) says = firstWord(part, PET_OTHERS).at < 0 ? 1 : 0;
    else if (firstWord(part, DEATH_OTHERS).at >= 0) says = 0;
    // A pet of the sheet's not found among this owner's records (fix67e): not this record's.
    else if ((named = elsewhere?.(bare)) !== undefined) [says, other] = [4, named];
    else if (firstWord(part, PET_OWNER, 0, (w, i) => !ownerTells(part, w, i)).at >= 0) says = 3;
    // A pet's name on none of the owner's records nor the sheet's (小黑上周去世了 on 豆豆's): said,
    // not this record's pet's death (stop 67's fix67e).
    else if ((named = petNameIn(before, text)) !== undefined) [says, other] = [4, named];
    else says = 1;
    return says !== 0;
  });
  return { says, word: says === 1 ? deathWord(t, at) : -1, other };
}

const OWNER_TELLS = lower(PET_OWNER_TELLS);

/**
 * Whether the owner's word `w` at `at` of `part` names who tells the news (Owner called:, 主人打电话说:
 * PET_OWNER_TELLS), not whose death it was (reviewer70 M7).
 */
function ownerTells(part: string, w: string, at: number): boolean {
  const after = part.slice(at + w.length).trimStart();
  return (
    /^[:：]/u.test(after) || OWNER_TELLS.some((v) => after.startsWith(v) && isWordAt(after, v, 0))
  );
}

/**
 * What a Chinese pet's name is called at home beside its record's (reviewer70 M2: 白白 of 小白): the
 * last character doubled, or after 小 / 阿 (小白 of 白白, 阿黑 of 小黑); none for a name not ending in
 * a Chinese character.
 *
 * @example petNicknames("小白") // ["白白", "小白", "阿白"]
 */
function petNicknames(pet: string): string[] {
  const name = foldPetText(pet);
  const last = name.charAt(name.length - 1);
  if (name.length < 2 || !/[\u4e00-\u9fff]/u.test(last)) return [];
  return [last + last, ...PET_NAME_PREFIX_WORDS.map((p) => p + last)];
}

const NAME_PREFIX = PET_NAME_PREFIX_WORDS.join("");
const PET_NAME_SHAPE = new RegExp(`[${NAME_PREFIX}][\\u4e00-\\u9fff]|([\\u4e00-\\u9fff])\\1`, "gu");
const NOT_PET_NAME = lower(PET_NAME_NOT_WORDS);
const NOT_NAME_END = lower(PET_NAME_NOT_ENDINGS);
/** What may stand between a pet's English name and the death word (Max has sadly passed away). */
const SAID_BEFORE_DEATH = /(?:\s*\b(?:has|had|have|just|sadly|also)\b)*[\s,]*$/;

/**
 * The first pet's name in `text` (folded) by its shape (小黑, 阿福: PET_NAME_PREFIX_WORDS; 豆豆: a
 * doubled character), none of PET_NAME_NOT_WORDS (两小时前, 刚刚, 爸爸); else, in English, the word
 * right before the death word (has, sadly passed over), capitalised in the `note` as written (Max
 * passed away: fix69f left), none of PET_NAME_NOT_WORDS (She, Sadly, Yesterday) nor an adverb
 * (PET_NAME_NOT_ENDINGS: Quietly); undefined none.
 *
 * @example petNameIn("小黑上周", "小黑上周去世了") // "小黑"
 * @example petNameIn("两小时前", "两小时前去世了") // undefined
 * @example petNameIn("max ", "Max passed away") // "Max"
 */
function petNameIn(text: string, note: string): string | undefined {
  for (const m of text.matchAll(PET_NAME_SHAPE)) {
    const at = m.index ?? 0;
    if (!NOT_PET_NAME.some((w) => text.startsWith(w, at))) return m[0];
  }
  const last = /(?:^|[^a-z'-])([a-z][a-z'-]+)$/.exec(text.replace(SAID_BEFORE_DEATH, ""))?.[1];
  if (
    last === undefined ||
    NOT_PET_NAME.includes(last) ||
    // An adverb's ending after a stem of three letters or more (Quietly, Finally): Sally, Ally,
    // Wally and Bently are names (reviewer71 M6: they ended Bella's record).
    NOT_NAME_END.some((e) => last.endsWith(e) && last.length - e.length >= 3)
  )
    return undefined;
  const name = last.charAt(0).toUpperCase() + last.slice(1);
  return new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`).test(note) ? name : undefined;
}

/** After a death word in its clause, what names whose death it was: 的是她婆婆, " - her father". */
const WHOSE_AFTER = /^(?:了)?(?:的是|是)(.*)$|^[^(（]*?[-–—:：](.*)$/su;

/**
 * True when a note says a death in the customer's family or of her pet (DEATH_WORDS after someone
 * else named in its clause, DEATH_OF_OTHERS: a bereavement, fix64b), not of a phone (phone died)
 * and not the customer's own (noteSaysLeft).
 *
 * @example mourns("她母亲去世了") // true
 * @example mourns("Her husband passed away") // true
 * @example mourns("客户已去世") // false
 * @example mourns("Phone died mid-call") // false
 */
export function mourns(text: string): boolean {
  const t = folded(text);
  const at = deathAt(t, true);
  if (at < 0) return false;
  // A thing named (phone died, battery died) is no bereavement.
  const before = t.slice(clauseAround(t, at).start, at);
  return !/\b(?:phone|battery|car|laptop|computer|printer)\b|手机|电池/.test(before);
}

const EXPECTING = lower(MATERNITY_WORDS.expecting);
const BORN = lower(MATERNITY_WORDS.born);
const ANY_MATERNITY = anyOf([...MATERNITY_WORDS.expecting, ...MATERNITY_WORDS.born]);

/**
 * What a contact's note says of the customer and a baby (MATERNITY_WORDS; tester65 U202): 1 she is
 * expecting (怀孕了，生完宝宝再来; pregnant), 2 just after the birth (在坐月子, 哺乳期, breastfeeding),
 * 0 neither; not negated (没怀孕, not pregnant), not of someone else named before it in its clause
 * (她女儿怀孕了, 家里的猫怀孕了: DEATH_OF_OTHERS). Expecting wins when both are said.
 *
 * @example maternity("怀孕了，暂停做项目，生完宝宝再来") // 1
 * @example maternity("在坐月子，满月后再来") // 2
 * @example maternity("她女儿怀孕了") // 0
 */
export function maternity(text: string): 0 | 1 | 2 {
  const t = folded(text);
  if (!ANY_MATERNITY.test(t)) return 0;
  const hers = (w: string, at: number) =>
    notNegated(t, w, at) &&
    !deniedBefore(t, at, LEFT_DENIED) &&
    firstWord(t.slice(clauseAround(t, at).start, at), DEATH_OTHERS).at < 0;
  if (saysWord(t, EXPECTING, hers)) return 1;
  return saysWord(t, BORN, hers) ? 2 : 0;
}

const NOTE_LEFT = lower(NOTE_LEFT_WORDS);
// Most notes hold none of the words: told in one pass.
const ANY_NOTE_LEFT = anyOf(NOTE_LEFT_WORDS);

/**
 * True when a customer's note says it left for good (NOTE_LEFT_WORDS: 已搬去成都, 已移民, 店已关,
 * Closed for good) or died (DEATH_WORDS, the customer's own: diedAt): not paused (暂时关店装修), not doubted (可能搬走了), not denied (没有搬走), not a
 * move nearby (已搬去新址: MOVE_NEAR_WORDS). A Customers note, or a contact's (fix64b).
 *
 * @example noteSaysLeft("已搬去成都，卡里还有钱，说回来再用") // true
 * @example noteSaysLeft("已搬去新址，地址见备注") // false
 * @example noteSaysLeft("Moved to a new office") // false
 */
export function noteSaysLeft(text: string): boolean {
  return noteLeftWord(text) >= 0;
}

/**
 * The word noteSaysLeft found, as its index in NOTE_LEFT_WORDS followed by DEATH_WORDS (the word
 * a contact note's leaving is quoted by: leftNoteWord); -1 none.
 *
 * @example noteLeftWord("店已经关了，老板回老家了") // NOTE_LEFT_WORDS.indexOf("店已经关了")
 */
export function noteLeftWord(text: string): number {
  return leftWordIn(text, false);
}

/**
 * True when a note's leaving word of what she will do is said in anger after a fault of ours
 * (NOTE_LEFT_FAULT_WORDS: 羊绒大衣洗缩水赔了200，她说以后不来了, tester66 U231): no leaving
 * (noteLeftWord), a complaint (complaintNote).
 *
 * @example leftInAnger("羊绒大衣洗缩水赔了200，她说以后不来了") // true
 * @example leftInAnger("搬到东莞去了，不来了") // false
 */
export function leftInAnger(text: string): boolean {
  const t = folded(text);
  return saysWord(t, FAULT, (w, at) => notNegated(t, w, at)) && leftWordIn(text, true) >= 0;
}

/**
 * noteLeftWord's word; `angry` finds only a word of what she will do (NOTE_LEFT_INTENT_WORDS) when
 * the note names a fault of ours (leftInAnger), which noteLeftWord does not count.
 */
function leftWordIn(text: string, angry: boolean): number {
  const t = folded(text);
  if (saysPaused(text) || doubted(t)) return -1;
  const died = diedAt(t);
  if (died >= 0) return deathWord(t, died);
  if (!ANY_NOTE_LEFT.test(t)) return -1;
  const fault = saysWord(t, FAULT, (w, at) => notNegated(t, w, at));
  const found = firstWord(
    t,
    NOTE_LEFT,
    0,
    (w, at) =>
      (angry ? fault && INTENT.has(w) : !(fault && INTENT.has(w))) &&
      !deniedBefore(t, at, LEFT_DENIED) &&
      notNegated(t, w, at) &&
      !movedNear(t, w, at) &&
      hersForGood(t, w, at) &&
      saidForReal(t, w, at) &&
      awayForGood(t, w, at),
  );
  return found.at < 0 ? -1 : NOTE_LEFT.indexOf(t.slice(found.at, found.end));
}

const CAR_AWAY_MOVES = lower(NOTE_LEFT_CAR_AWAY_MOVES);
const AWAY_RETURNS = lower(NOTE_LEFT_AWAY_RETURNS);

/**
 * Whether a car shop's words are a leaving where they stand (reviewer71 H8): 车也开走了 only after a
 * move (调到北京工作，车也开走了), not the car picked up after its service; 调到外地 not with a return
 * after it (明年回来再保养).
 */
function awayForGood(t: string, w: string, at: number): boolean {
  if (w === "车也开走了") return saysWord(t.slice(0, at), CAR_AWAY_MOVES);
  if (w === "调到外地") return !saysWord(t.slice(at + w.length), AWAY_RETURNS);
  return true;
}

/**
 * The death word at `at` in `t` as noteLeftWord's index (NOTE_LEFT_WORDS, then DEATH_WORDS): the
 * longest there (人已经走了 over 人走了 cannot both start there; 已故 vs 故).
 */
function deathWord(t: string, at: number): number {
  let best = -1;
  for (let i = 0; i < DEATH.length; i++)
    if (t.startsWith(DEATH[i], at) && (best < 0 || DEATH[i].length > DEATH[best].length)) best = i;
  return NOTE_LEFT.length + best;
}

const OTHERS_LEFT = lower(LEFT_OF_OTHERS);
const FOR_NOW = lower(NOTE_LEFT_FOR_NOW);
const FOR_NOW_OF_MOVE = lower(NOTE_LEFT_FOR_A_WHILE);
const STAY_SHORT = lower(NOTE_LEFT_STAY_SHORT);
const FAULT = lower(NOTE_LEFT_FAULT_WORDS);

/**
 * Whether a leaving word at `at` is the customer's own and for good: no one and nothing else named
 * before it in its clause (LEFT_OF_OTHERS: 她说隔壁店关了, 她闺蜜搬走了, Her son moved to Texas,
 * Appointment moved to Tuesday: reviewer64 H5), no time there saying for now (NOTE_LEFT_FOR_NOW:
 * 这周不来了; before a move only NOTE_LEFT_FOR_A_WHILE: 下个月搬到深圳 says when she moves).
 */
function hersForGood(t: string, w: string, at: number): boolean {
  const clause = clauseAround(t, at);
  const before = t.slice(clause.start, at);
  return (
    firstWord(before, OTHERS_LEFT).at < 0 &&
    firstWord(before, MOVE.test(w) ? FOR_NOW_OF_MOVE : FOR_NOW).at < 0 &&
    firstWord(t.slice(at, clause.end), STAY_SHORT).at < 0
  );
}

const IF_LEFT = lower(NOTE_LEFT_IF);
const IF_NOT = lower(NOTE_LEFT_IF_NOT);
const IF_AFTER = lower(NOTE_LEFT_IF_WORDS);
const IF_OWN_ACTION = lower(NOTE_LEFT_IF_OWN_ACTION);
const IF_OURS = lower(NOTE_LEFT_IF_OURS);
const INTENT: ReadonlySet<string> = new Set(lower(NOTE_LEFT_INTENT_WORDS));
const NOT_SAID = lower(NOTE_LEFT_NOT_SAID);
const TAKEN_BACK = lower(NOTE_LEFT_TAKEN_BACK);
const LEFT_SENTENCE_END = /[。.;；!！?？\n]/u;

/** Whether the word `w` at `at` in `t` is part of a word of `not` (怕 in 恐怕). */
function insideOf(t: string, w: string, at: number, not: readonly string[]): boolean {
  return not.some((n) => {
    for (let k = n.indexOf(w); k >= 0; k = n.indexOf(w, k + 1))
      if (at - k >= 0 && t.startsWith(n, at - k)) return true;
    return false;
  });
}

/**
 * Whether the leaving word `w` at `at` is conditional or feared (NOTE_LEFT_IF, NOTE_LEFT_IF_WORDS):
 * a condition or worry before it in its sentence, not inside 恐怕 / 哪怕 (NOTE_LEFT_IF_NOT), not in
 * an earlier clause when its own clause says it is done (要是有事再联系，已搬到外地); or, after a word
 * of what she will do (NOTE_LEFT_INTENT_WORDS: 不来了, not 店关了) not said done before it in its
 * sentence (已经退卡了，不来了; 搬到外地了，以后不来了: reviewer66 H3), a condition after it, in its
 * clause or opening (closing, 的话) a later clause of the sentence, naming a circumstance of ours
 * (NOTE_LEFT_IF_OURS: 不来了，要是再涨价的话; not 不来了，如果有事的话找她女儿) and doing nothing of its
 * own (not 不来了，如果有活动通知她: NOTE_LEFT_IF_OWN_ACTION).
 */
function conditional(t: string, w: string, at: number, clause: { start: number; end: number }) {
  let sentence = at;
  while (sentence > 0 && !LEFT_SENTENCE_END.test(t.charAt(sentence - 1))) sentence--;
  const done = /已/u.test(t.slice(clause.start, at + w.length));
  const before = t.slice(sentence, at);
  const ifBefore = firstWord(
    before,
    IF_LEFT,
    0,
    (c, i) => !insideOf(before, c, i, IF_NOT) && (!done || sentence + i >= clause.start),
  );
  if (ifBefore.at >= 0) return true;
  if (!INTENT.has(w)) return false;
  // Said done before it (已经退卡了，不来了; 搬到外地了，以后不来了): no condition after it governs it.
  if (/已/u.test(before) || firstWord(before, NOTE_LEFT, 0, (l) => !INTENT.has(l)).at >= 0)
    return false;
  const ours = (part: string) =>
    firstWord(part, IF_OURS).at >= 0 && firstWord(part, IF_OWN_ACTION).at < 0;
  const rest = t.slice(at + w.length, clause.end);
  const inClause = firstWord(rest, IF_AFTER);
  if (inClause.at >= 0 && ours(rest.slice(inClause.at))) return true;
  let end = clause.end;
  while (end < t.length && !LEFT_SENTENCE_END.test(t.charAt(end))) {
    const next = clauseAround(t, end + 1);
    const part = t.slice(next.start, next.end).trim();
    const opens = IF_AFTER.some((c) => part.replace(/^(?:她|他)?说/u, "").startsWith(c));
    if ((opens || part.endsWith("的话")) && ours(part)) return true;
    end = next.end;
  }
  return false;
}

/**
 * Whether the leaving word `w` at `at` says a leaving that happened and holds (reviewer65 H7): not
 * conditional or feared (conditional: 说要是再涨价就不来了, 怕她不来了, 不来了，要是再涨价的话), not
 * denied before it in its clause (NOTE_LEFT_NOT_SAID: 不是不来了，是最近忙) nor asked (its clause ends
 * in a question mark: 以后不来了？她说不会), and not taken back later in the note (NOTE_LEFT_TAKEN_BACK:
 * 车已经卖了，换了新车还来洗, Not renewing the hosting plan, but keeping SEO).
 */
function saidForReal(t: string, w: string, at: number): boolean {
  const clause = clauseAround(t, at);
  if (conditional(t, w, at, clause)) return false;
  if (firstWord(t.slice(clause.start, at), NOT_SAID).at >= 0) return false;
  if (/^[?？]/u.test(t.slice(clause.end))) return false;
  const after = t.slice(at + w.length);
  return firstWord(after, TAKEN_BACK, 0, (b, i) => notNegated(after, b, i)).at < 0;
}

/**
 * The word at `i` of noteLeftWord's list (NOTE_LEFT_WORDS, then DEATH_WORDS), as written there.
 *
 * @example leftNoteWord(noteLeftWord("Customer moved to Texas, closing account")) // "moved to"
 */
export function leftNoteWord(i: number): string {
  return i < NOTE_LEFT_WORDS.length
    ? (NOTE_LEFT_WORDS[i] ?? "")
    : (DEATH_WORDS[i - NOTE_LEFT_WORDS.length] ?? "");
}

/** Words of a cancellation's reason saying she may come back later (以后再说, a pause). */
const LATER = /以后再说|过段时间|再说吧|暂停|take a break|for now/;

/**
 * Whether a cancellation's reason leaves the door open (tester63 U163: "too much coffee, might come
 * back every other month"): it doubts the leaving (LEFT_DOUBT_WORDS: might, come back), pauses
 * (暂停) or puts it off (以后再说), and does not say she left.
 *
 * @example mayComeBack("too much coffee, might come back every other month") // true
 * @example mayComeBack("Moving to the UK") // false
 */
export function mayComeBack(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  return doubted(t) || saysPaused(text) || LATER.test(t);
}

const COMPLAINT_YES: ReadonlySet<string> = new Set(lower(COMPLAINT_FLAG_WORDS.yes));
const COMPLAINT_NO: ReadonlySet<string> = new Set(lower(COMPLAINT_FLAG_WORDS.no));
const COMPLAINT_DENIED = lower(COMPLAINT_FLAG_WORDS.denied);
const FLAG_HEADERS = COMPLAINT_FLAG_HEADERS.map((h) => foldHeader(h));
const RESOLVED = lower(COMPLAINT_RESOLVED_WORDS);
const RESOLVED_DENIED = lower(COMPLAINT_RESOLVED_DENIALS);
// Where a complaint cell's first part ends (否（已核实）, "No, all good") and the marks around it.
const PART_END = /[,，。;；!！?？(（[【、:：]/u;
const MARKS = /^[\s.。,，;；!！?？、]+|[\s.。,，;；!！?？、]+$/gu;

/**
 * Whether a Contacts sheet's complaint column asks yes or no (COMPLAINT_FLAG_HEADERS: 是否投诉,
 * Complaint?), so that only a yes in it is a complaint (reviewer61 R2).
 *
 * @example isComplaintFlagHeader("是否投诉（是/否）") // true
 * @example isComplaintFlagHeader("投诉内容") // false
 */
export function isComplaintFlagHeader(header: string): boolean {
  const h = foldHeader(header);
  return FLAG_HEADERS.some((f) => h.startsWith(f));
}

/** Whether a complaint cell's part says no complaint: a no word, or a complaint word negated. */
function saysNoComplaint(part: string): boolean {
  if (part === "" || COMPLAINT_NO.has(part)) return true;
  return COMPLAINT_DENIED.some((w) => {
    const at = part.length - w.length;
    return part.endsWith(w) && isWordAt(part, w, at) && !notNegated(part, w, at);
  });
}

/**
 * What a Contacts sheet's complaint cell says (COMPLAINT_FLAG_WORDS): "no" (blank, 否, 无。, 暂无,
 * 没有投诉, No complaint, 否（已核实）), "yes" (是, 有, Yes: the complaint's words are elsewhere on
 * the row), "text" (the complaint in its own words, as a 投诉内容 column holds it, or a yes with
 * words: 是，嫌贵), or, in a yes/no column (`flag`: isComplaintFlagHeader), "unclear" for anything
 * else (好评, Praised the stylist): no complaint, said as a finding (reviewer61 R2).
 *
 * @example complaintCell("是") // "yes"
 * @example complaintCell("没有投诉") // "no"
 * @example complaintCell("美容师态度差") // "text"
 * @example complaintCell("好评", true) // "unclear"
 */
export function complaintCell(text: string, flag = false): "no" | "yes" | "text" | "unclear" {
  const t = text.trim().toLowerCase();
  if (COMPLAINT_NO.has(t)) return "no";
  const whole = t.replace(MARKS, "");
  if (COMPLAINT_YES.has(whole)) return "yes";
  const first = whole.split(PART_END)[0].replace(MARKS, "");
  if (saysNoComplaint(whole) || saysNoComplaint(first)) return "no";
  return !flag || COMPLAINT_YES.has(first) ? "text" : "unclear";
}

const COMPLAINT_OUTCOME: ReadonlySet<string> = new Set(lower(COMPLAINT_OUTCOME_WORDS));

/**
 * True when a contact's outcome cell, whole, says the contact was a complaint (COMPLAINT_OUTCOME_WORDS).
 *
 * @example complaintOutcome("投诉") // true
 * @example complaintOutcome("已接通") // false
 */
export function complaintOutcome(text: string): boolean {
  return COMPLAINT_OUTCOME.has(text.trim().toLowerCase().replace(MARKS, ""));
}

const COMPLAINT_NOTE = lower(COMPLAINT_NOTE_WORDS);
const COMPLAINT_NOTE_DENIED = lower(COMPLAINT_NOTE_DENIALS);
const BLAME = lower(COMPLAINT_BLAME_WORDS);
const BLAME_OF = lower(COMPLAINT_BLAME_OF);
const BLAME_DENIED = lower(COMPLAINT_BLAME_DENIALS);
const BLAME_ELSEWHERE = lower(COMPLAINT_BLAME_ELSEWHERE);
const BLAME_SETTLED = lower(COMPLAINT_BLAME_SETTLED);
const BLAME_BEFORE = lower(COMPLAINT_BLAME_BEFORE);
const BLAME_PRAISED = lower(COMPLAINT_BLAME_PRAISED);
const BLAME_PRAISED_PAST = lower(COMPLAINT_BLAME_PRAISED_PAST);
const BLAME_PRAISE_UNDONE = lower(COMPLAINT_BLAME_PRAISE_UNDONE);
const BLAME_BEFORE_OF = [
  ...BLAME_OF.filter((p) => p !== "我们" && p !== "店里" && p !== "we"),
  ...lower(COMPLAINT_BLAME_BEFORE_OF),
];
/** The most characters between a blame put before our person and that person (你们那个新来的). */
const BLAME_BEFORE_GAP = 24;
// What may stand between our person and the blame (医生的态度很差, 医生太不耐烦, the vet was very rude).
const BLAME_BETWEEN =
  /(?:[的很太也真挺\s]|非常|特别|有点|有些|\b(?:was|were|is|are|been|being|so|very|too|really|quite)\b)*$/u;

/**
 * Where our person (COMPLAINT_BLAME_OF) blamed by the word at `at` starts: right before it, nothing
 * but 的 / 很 / 太 (was, very) between (医生的态度很差; not 店员反映她态度很差: reviewer66 H4); -1 none.
 */
function blamedPerson(t: string, at: number): number {
  // The 40 characters before it: what stands between is short (and the search stays so).
  const from = Math.max(0, at - 40);
  const head = t.slice(from, at).replace(BLAME_BETWEEN, "");
  const of = BLAME_OF.find(
    (p) => head.endsWith(p) && isWordAt(t, p, from + head.length - p.length),
  );
  return of === undefined ? -1 : from + head.length - of.length;
}

/**
 * Whether what a note says after a blame of our people settles it: a good visit since, she keeps
 * coming, a misunderstanding (COMPLAINT_BLAME_SETTLED), or, as for any complaint, an apology she
 * accepted (saysResolved: 已道歉，她还是很生气 does not; reviewer69 L1).
 */
function blameSettled(after: string): boolean {
  return firstWord(after, BLAME_SETTLED).at >= 0 || saysResolved(after);
}

/**
 * Whether a blame put before our person, whose name ends at `whoEnd`, is a cause praised: a good
 * outcome (COMPLAINT_BLAME_PRAISED) in our person's clause or the next (她才办了年卡), not negated
 * (她不喜欢), not a past habit (她以前经常来: COMPLAINT_BLAME_PRAISED_PAST), and nothing after it saying
 * it went wrong after all (结果一次都没用上，很生气要退卡: COMPLAINT_BLAME_PRAISE_UNDONE; reviewer69 M6).
 */
function praisedAfter(t: string, whoEnd: number): boolean {
  const own = clauseAround(t, Math.max(0, whoEnd - 1)).end;
  const zone = t.slice(whoEnd, own < t.length ? clauseAround(t, own + 1).end : own);
  const praised = (p: string, at: number): boolean =>
    notNegated(zone, p, at) &&
    firstWord(zone.slice(clauseAround(zone, at).start, at), BLAME_PRAISED_PAST).at < 0 &&
    firstWord(t.slice(whoEnd + at + p.length), BLAME_PRAISE_UNDONE).at < 0;
  return firstWord(zone, BLAME_PRAISED, 0, praised).at >= 0;
}

/**
 * True when a contact's note says the customer complained or will (COMPLAINT_NOTE_WORDS) or blames
 * our people in everyday words (COMPLAINT_BLAME_WORDS after COMPLAINT_BLAME_OF in its clause: 觉得医生
 * 不负责, tester65 U210), not negated right before (没有投诉, no complaints, 不会投诉, 医生不是不负责) and
 * not settled (投诉已处理: saysResolved).
 *
 * @example complaintNote("上次打针后呕吐，觉得医生不负责，不想再来了") // true
 * @example complaintNote("种植牙后一直疼，说张医生态度差，要去卫健委投诉") // true
 * @example complaintNote("Threatens to complain to the BBB") // true
 * @example complaintNote("投诉已处理，顾客满意") // false
 * @example complaintNote("没有投诉") // false
 */
export function complaintNote(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  // A leaving said in anger after our fault, even once amends were made (赔了200: tester66 U231).
  if (leftInAnger(text)) return true;
  if (saysResolved(t)) return false;
  // A fault of ours and its amends (洗坏了大衣，赔偿200元: tester66 U233), not settled; owned or
  // paid for, not anyone's loss (reviewer67 H3).
  if (saysOurAmends(text)) return true;
  const counts = (w: string, at: number): boolean =>
    notNegated(t, w, at) && !deniedBefore(t, at, COMPLAINT_NOTE_DENIED);
  if (firstWord(t, COMPLAINT_NOTE, 0, counts).at >= 0) return true;
  // Blame of our people in everyday words (觉得医生不负责: tester65 U210), right after them, not of
  // another business's (上一家的医生不负责) nor settled later (这次的很好, 已经道歉了: reviewer66 H4).
  const blamed = (w: string, at: number): boolean => {
    const who = blamedPerson(t, at);
    return (
      who >= 0 &&
      notNegated(t, w, at) &&
      !deniedBefore(t, at, BLAME_DENIED) &&
      !deniedBefore(t, who, BLAME_DENIED) &&
      firstWord(t.slice(clauseAround(t, who).start, who), BLAME_ELSEWHERE).at < 0 &&
      !blameSettled(t.slice(at + w.length))
    );
  };
  if (firstWord(t, BLAME, 0, blamed).at >= 0) return true;
  // Blame put before our person, words between (都怪你们那个新来的师傅, all because of that new guy of
  // yours: fix67d): not of another business between, not negated, not settled later, nor a cause
  // praised (都是因为你们前台推荐，她才办了年卡: reviewer67 M3).
  const blamedAfter = (w: string, at: number): boolean => {
    const from = at + w.length;
    const rest = t.slice(from, Math.min(clauseAround(t, at).end, from + BLAME_BEFORE_GAP));
    const who = firstWord(rest, BLAME_BEFORE_OF);
    const after = t.slice(from + who.end);
    return (
      who.at >= 0 &&
      notNegated(t, w, at) &&
      !deniedBefore(t, at, BLAME_DENIED) &&
      firstWord(rest.slice(0, who.at), BLAME_ELSEWHERE).at < 0 &&
      !blameSettled(after) &&
      !praisedAfter(t, from + who.end)
    );
  };
  return firstWord(t, BLAME_BEFORE, 0, blamedAfter).at >= 0;
}

const AMENDS = lower(AMENDS_WORDS);
const PAID = lower(AMENDS_PAID_WORDS);
const OWNED = lower(AMENDS_OWNED_WORDS);
const DAMAGE = AMENDS.filter((w) => !PAID.includes(w) && !OWNED.includes(w));
const ANY_AMENDS = anyOf([...AMENDS_WORDS, ...AMENDS_PAID_WORDS]);
const FEARED = lower(AMENDS_FEARED);
const NOT_OURS = lower(AMENDS_NOT_OURS);

/**
 * Whether an amends word (AMENDS_WORDS, AMENDS_PAID_WORDS) in `t` at `at` is said: not negated
 * (没有洗坏, 不用赔偿) nor denied as ours (不是我们的责任, 跟我们无关), nor feared or warned of before it
 * in its clause (怕洗坏, 以免掉色). The one reading of saysAmends and saysOurAmends.
 */
function amendsSaidAt(t: string): (w: string, at: number) => boolean {
  return (w, at) =>
    notNegated(t, w, at) &&
    !/(?:不是|并非|并不是|跟|与|和)$/.test(t.slice(Math.max(0, at - 3), at)) &&
    !deniedBefore(t, at, COMPLAINT_NOTE_DENIED) &&
    firstWord(t.slice(clauseAround(t, at).start, at), FEARED).at < 0;
}

/**
 * True when a sales row's item says amends of ours (AMENDS_WORDS: a 赔偿 row, Compensation): the row
 * on the business's own sales sheet is the amends paid. A note says it only as saysOurAmends reads it.
 *
 * @example saysAmends("赔偿") // true
 * @example saysAmends("羊绒的怕洗坏，手洗") // false
 */
export function saysAmends(text: string): boolean {
  const t = folded(text);
  return ANY_AMENDS.test(t) && saysWord(t, AMENDS, amendsSaidAt(t));
}

/**
 * True when a note says a fault of ours with amends: the fault owned (我方过错, our fault; not 不是我们
 * 的责任) or a damage word (洗坏, ruined) with amends paid (赔偿, 退了洗衣费, refunded). A loss or a
 * damage of the customer's own (她炒股赔了不少钱, Hurricane damaged her roof, On workers'
 * compensation, a damaged jacket brought in to fix) is none (reviewer67 H3): not a complaint
 * (complaintNote), nor a talking point (followUp/talkingPoints.ts).
 *
 * @example saysOurAmends("洗坏了大衣，赔偿200元") // true
 * @example saysOurAmends("她炒股赔了不少钱，最近手头紧") // false
 */
export function saysOurAmends(text: string): boolean {
  const t = folded(text);
  if (!ANY_AMENDS.test(t)) return false;
  const saidAt = amendsSaidAt(t);
  if (saysWord(t, OWNED, saidAt)) return true;
  // A damage of ours and amends paid for it: the paying in the damage's clause or one beside it,
  // the damage not of another nor said normal (reviewer69 L4: 买的裙子掉色，是别家买的，想在我们这
  // 退款不行; 会员卡剩余退款，顺便说上次的衣服掉色是正常的).
  const ours = (w: string, at: number): boolean => {
    if (!saidAt(w, at)) return false;
    const own = clauseAround(t, at);
    const next = own.end < t.length ? clauseAround(t, own.end + 1).end : own.end;
    if (firstWord(t.slice(own.start, next), NOT_OURS).at >= 0) return false;
    const prev = own.start > 0 ? clauseAround(t, own.start - 1).start : own.start;
    const near = t.slice(prev, next);
    return saysWord(near, PAID, amendsSaidAt(near));
  };
  return saysWord(t, DAMAGE, ours);
}

/**
 * True when a contact's text says the complaint was settled (COMPLAINT_RESOLVED_WORDS), not denied
 * right before (还没解决, not yet resolved) or after (客户接受不了; 接受度 is no acceptance) nor asked
 * (解决了吗？).
 *
 * @example saysResolved("已解决，顾客满意") // true
 * @example saysResolved("还没解决，顾客说再不处理就去消协") // false
 */
export function saysResolved(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  const counts = (w: string, at: number): boolean => {
    const after = t.slice(at + w.length);
    if (deniedBefore(t, at, RESOLVED_DENIED) || /^\s*(?:[吗么?？]|不|度)/.test(after)) return false;
    // A bare 接受 (客户接受) settles only at its clause's end: 顾客接受护理后… received a treatment,
    // 客户接受了吗 asks (reviewer69 H2).
    // Our amends accepted settle too (客户接受赔偿, 接受了我们的补偿: COMPLAINT_ACCEPTED_AMENDS, reviewer70 L6).
    if (
      w.endsWith("接受") &&
      !/^了?\s*(?:$|[，,。.；;！!、])/u.test(after) &&
      !acceptsAmends(after)
    )
      return false;
    // Settled, then complained again (客户先接受道歉，后来又来投诉), or a turn then a complaint or a
    // demand (客户接受道歉，但仍要求赔偿: reviewer70 H3): still open.
    return !COMPLAINED_AGAIN.test(after) && !reopened(after);
  };
  return saysWord(t, RESOLVED, counts);
}

const ACCEPTED_AMENDS = lower(COMPLAINT_ACCEPTED_AMENDS);

/** Whether `after` a bare 接受 opens with our amends accepted (COMPLAINT_ACCEPTED_AMENDS). */
function acceptsAmends(after: string): boolean {
  const what = after.replace(/^了?\s*(?:我们的|我们|店里的|店方的|店家的)?/u, "");
  return ACCEPTED_AMENDS.some(
    (a) => what.startsWith(a) && !/^[^，,。.；;！!]*[吗么?？]/u.test(what.slice(a.length)),
  );
}

const REOPEN_TURN = lower(COMPLAINT_REOPEN_TURN_WORDS);
const DEALER_NOT = lower(LEAVING_DEALER_NOT_WORDS);
const REOPEN = lower(COMPLAINT_REOPEN_WORDS);
const REOPEN_DEMANDED = lower(COMPLAINT_REOPEN_DEMANDED_WORDS);
const DEMAND = lower(COMPLAINT_DEMAND_WORDS);
const REOPEN_DENIED = lower(COMPLAINT_REOPEN_DENIALS);
/** How far after a turn its complaint or demand is read (但仍要求全额退款, 现在又不满意了，要投诉). */
const REOPEN_REACH = 16;

/**
 * Whether `after` (a settled word's rest) turns (但, later) to a complaint not denied, or to money
 * the customer demands (要求退款; not our refund or compensation given: reviewer71 H2).
 */
function reopened(after: string): boolean {
  for (let turn = firstWord(after, REOPEN_TURN); turn.at >= 0;) {
    const window = after.slice(turn.end, turn.end + REOPEN_REACH);
    const made = (_w: string, at: number) => !deniedBefore(window, at, REOPEN_DENIED);
    const demanded = (w: string, at: number) =>
      made(w, at) && saysWord(window.slice(0, at), DEMAND);
    if (saysWord(window, REOPEN, made) || saysWord(window, REOPEN_DEMANDED, demanded)) return true;
    turn = firstWord(after, REOPEN_TURN, turn.end);
  }
  return false;
}

/** A complaint made again after a settled word (又来投诉, 再次投诉, complained again; not 不再投诉, won't complain again). */
const COMPLAINED_AGAIN =
  /(?<![不没未]|没有)(?:又|再次|再)[^，,。.；;]{0,4}(?:投诉|客诉)|(?<!(?:\bnot|\bnever|n't|\bwont) )complain\w* again|again complain/u;

const AFTER_SALES_UNHAPPY = lower(AFTER_SALES_UNHAPPY_WORDS);
const AFTER_SALES_WAITING = lower(AFTER_SALES_WAITING_WORDS);

/**
 * True when an after-sales (售后) log's status, no status option, leaves the problem open: the
 * customer still unhappy (AFTER_SALES_UNHAPPY_WORDS), a step still awaited (AFTER_SALES_WAITING_WORDS:
 * 等客户寄回, 待退款) or complaining (complaintNote), not settled
 * (saysResolved). Any other status there says what was done: settled (reviewer65 H2).
 *
 * @example afterSalesOpen("退了一罐，客户不太高兴") // true
 * @example afterSalesOpen("等客户寄回") // true
 * @example afterSalesOpen("已回复") // false
 * @example afterSalesOpen("已重新发货，客户满意") // false
 */
export function afterSalesOpen(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "" || saysResolved(t)) return false;
  return saysWord(t, AFTER_SALES_UNHAPPY) || saysWord(t, AFTER_SALES_WAITING) || complaintNote(t);
}

const REFUND_OWN_REASON = lower(REFUND_OWN_REASON_WORDS);

/**
 * True when an after-sales (售后) row's reason says a refund or return for the customer's own reason
 * (REFUND_OWN_REASON_WORDS: 七天无理由, 尺码不合适, 拍错了), not a problem with the shop: no complaint
 * (reviewer66 M5). A reason that also says a problem (质量问题, 破损: complaintNote) is one.
 *
 * @example ownReasonRefund("尺码不合适") // true
 * @example ownReasonRefund("Changed my mind") // true
 * @example ownReasonRefund("质量问题") // false
 */
export function ownReasonRefund(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t !== "" && saysWord(t, REFUND_OWN_REASON) && !complaintNote(t);
}

/**
 * True when a customer's status cell says it finished what it bought (结课, 已毕业, Graduated:
 * COMPLETED_WORDS), not paused, not denied (未结课) nor to come (即将结课), not a class (毕业班), and
 * not said to go on (已续报, 升中级班, re-enrolled: continues).
 *
 * @example saysCompleted("结课") // true
 * @example saysCompleted("即将结课") // false
 * @example saysCompleted("毕业班") // false
 * @example saysCompleted("已结课，已续报") // false (reviewer61 R10: goes on)
 * @example saysCompleted("已结课，未续费") // true
 */
export function saysCompleted(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "" || saysPaused(text) || continues(t)) return false;
  return (
    firstWord(
      t,
      COMPLETED,
      0,
      (w, at) => t.charAt(at + w.length) !== "班" && !deniedBefore(t, at, COMPLETED_DENIED),
    ).at >= 0
  );
}

/**
 * A denial of a continuation: right before it in Chinese (未续费, 不再续报, 不打算续费), anywhere
 * before it in its clause in English (not continuing, won't re-enrol, no plans to renew).
 */
const DENIED_BEFORE = /(?:[未没不无别]|不再|不打算|不想|不会|没有|尚未|无意|放弃)\s*$/;
const DENIED_IN_CLAUSE = /\b(?:not|no|never)\b|n't/;

/**
 * Whether a status says the student goes on (COMPLETED_CONTINUED_WORDS, COMPLETED_NEXT_CLASS: 已续报,
 * 升中级班, re-enrolled), not denied before it in its clause (结课，未续费: reviewer61 R10).
 */
function continues(t: string): boolean {
  const counts = (at: number): boolean => {
    const before = t.slice(clauseAround(t, at).start, at);
    return !DENIED_BEFORE.test(before) && !DENIED_IN_CLAUSE.test(before);
  };
  if (saysWord(t, CONTINUED, (_, at) => counts(at))) return true;
  return [...t.matchAll(NEXT_CLASS)].some((m) => counts(m.index));
}

const LEAVING = lower(LEAVING_REASON_WORDS);
const LEAVING_DENIED = lower(LEAVING_DENIED_WORDS);
const NOT_DONE = lower(LEAVING_NOT_DONE);
const ASKED_NO = lower(LEAVING_ASKED_NO);
const UNANSWERED = lower(LEAVING_ASKED_UNANSWERED);
const GONE_ANYWAY = lower(LEAVING_GONE_ANYWAY);
const OTHER_CLASS: ReadonlySet<string> = new Set(lower(LEAVING_OTHER_CLASS_WORDS));
const STUDENT = lower(LEAVING_CLASS_STUDENT);
const OTHER_CLASS_STAYS = lower(LEAVING_OTHER_CLASS_STAYS);
const STAY_NOT_AFTER = lower(LEAVING_OTHER_CLASS_STAY_NOT.after);
const STAY_NOT_BEFORE = lower(LEAVING_OTHER_CLASS_STAY_NOT.before);

/**
 * Whether the stay word `s` at `at` of `t` says the student comes for lessons: not negated in its
 * clause, not for an errand or a call of ours after it, nor ours before it (LEAVING_OTHER_CLASS_STAY_NOT:
 * 还来退费, 回来拿东西, 我们继续跟进; reviewer70 M8).
 */
function staysForClass(t: string, s: string, at: number): boolean {
  const clause = clauseAround(t, at);
  return (
    !deniedInClause(t, at) &&
    firstWord(t.slice(at + s.length, clause.end), STAY_NOT_AFTER).at < 0 &&
    firstWord(t.slice(clause.start, at), STAY_NOT_BEFORE).at < 0
  );
}
const PEOPLE = lower(OTHER_PEOPLE);
const ELSEWHERE = lower(LEAVING_DENIED_ELSEWHERE);
const SWITCHED_TO = new Set(["switching to", "switched to"]);

/**
 * Whether the reason to leave `w` at `at` is the customer's own and done: a switch with no one else
 * named before it in its clause (OTHER_PEOPLE: Her friend switched to another gym, 她闺蜜换了别家;
 * not when she is named after them: 朋友推荐她去别家了; a price is the household's: 她老公嫌贵 stays), not
 * almost (LEAVING_NOT_DONE: 差点换别家) nor for now (今天不想来了), and a switch "to" (switching to, switched to) one to another
 * business (AWAY: switching to a local supplier; not to our premium plan, to paying monthly).
 */
function ownReason(t: string, w: string, at: number): boolean {
  const clause = clauseAround(t, at);
  const before = t.slice(clause.start, at);
  if (firstWord(before, NOT_DONE).at >= 0) return false;
  // A wish not to come said for now (今天不想来了, 这周不想来了: NOTE_LEFT_FOR_NOW) is no reason.
  if (w.startsWith("不想") && firstWord(before, FOR_NOW).at >= 0) return false;
  if (OTHER_CLASS.has(w)) return otherClass(t, w, at, before);
  const other = firstWord(before, PEOPLE);
  if (other.at >= 0 && !PRICE.test(w) && !saysWord(before.slice(other.end), HER)) return false;
  return !SWITCHED_TO.has(w) || AWAY.test(t.slice(at + w.length, clause.end));
}

/** Whether a negation stands before `at` in its clause (不会再来了, won't be back; not 别家's 别). */
function deniedInClause(t: string, at: number): boolean {
  return /[不没]|n't|\b(?:not|never|no)\b/u.test(t.slice(clauseAround(t, at).start, at));
}

/**
 * Whether gone to another activity (LEAVING_OTHER_CLASS_WORDS) at `at` is the student's: the activity
 * and 了 close its clause (去学游泳了; not 去学校了, 去学习了, 去学车了), "instead" not "instead of", and no
 * one but the student (LEAVING_CLASS_STUDENT: 孩子) named before it (tester67 U319); not asked (去学游泳
 * 了？), not a switch from one of ours (从古筝改学钢琴了), and nothing later in the note saying she still
 * comes or comes back (周末还来, 九月回来, still here Saturdays: LEAVING_OTHER_CLASS_STAYS; reviewer69 M4)
 * for lessons (staysForClass: not 还来退费, 我们继续跟进).
 */
function otherClass(t: string, w: string, at: number, before: string): boolean {
  const end = clauseAround(t, at).end;
  const after = t.slice(at + w.length, end);
  const done = LETTER.test(w[0])
    ? !/^\s+of\b/.test(after)
    : /^(?!校|习|堂|期|费|员|生|车)[\u4e00-\u9fff]{1,5}了\s*$/u.test(after) &&
      !(w === "改学" && before.includes("从"));
  const rest = t.slice(end);
  return (
    done &&
    !/^[?？]/u.test(rest) &&
    firstWord(rest, OTHER_CLASS_STAYS, 0, (s, sat) => staysForClass(rest, s, sat)).at < 0 &&
    firstWord(before, PEOPLE, 0, (p) => !STUDENT.includes(p)).at < 0
  );
}

/**
 * Whether the other shop named with no going verb (别的店做, 别的店便宜: LEAVING_REASON_WORDS) at `at`
 * is not where she goes: denied before it (不在别的店做, 没去别的店), or the shop's own doings or
 * work judged after it (别的店做活动, 别的店做得不好).
 */
function otherShopNot(t: string, w: string, at: number): boolean {
  const before = t.slice(clauseAround(t, at).start, at);
  return (
    /(?:[不没未]|没有|从不)(?:在|去|到)?$/u.test(before) ||
    /^(?:得|活动|促销|广告|优惠|宣传)/u.test(t.slice(at + w.length))
  );
}

/**
 * Whether the reason to leave `w` at `at` is asked and answered no (LEAVING_ASKED_NO): a question mark
 * after it in its clause, then the no (going elsewhere? no, staying; 去别的店了吗？没有: reviewer67 M7),
 * or never answered (LEAVING_ASKED_UNANSWERED: 去别的店了吗？没接电话, no answer: reviewer70 M9).
 */
function askedNo(t: string, w: string, at: number): boolean {
  const m = /^[^。.!！;；,，\n?？]*[?？]\s*/u.exec(t.slice(at + w.length));
  if (!m) return false;
  const answer = t.slice(at + w.length + m[0].length);
  const reply = answer.replace(/^(?:她|他|客户|对方|电话)/u, "");
  if (UNANSWERED.some((u) => reply.startsWith(u) && isWordAt(reply, u, 0))) return true;
  // The no is the whole answer (没有，只是最近忙; no, staying), not the start of one (不知道, 没接电话,
  // not sure, no answer: reviewer69 M5).
  return ASKED_NO.some(
    (n) =>
      answer.startsWith(n) &&
      /^(?:$|[\s.。,，;；!！、…~～—-]*(?:$|[,，。.;；!！、—-]))/u.test(answer.slice(n.length)),
  );
}

const UNLIKELY = lower(LEAVING_STAY_UNLIKELY);
const HER = lower(CUSTOMER_NAMED_AGAIN);

/**
 * Whether a staying word (LEAVING_DENIED_WORDS) at `at` is put at another business
 * (LEAVING_DENIED_ELSEWHERE: 在对面新开的店办了卡, renewed elsewhere): she joined them (tester65 U206).
 */
function stayedElsewhere(t: string, w: string, at: number): boolean {
  const clause = clauseAround(t, at);
  const zh = ELSEWHERE.filter((e) => !LETTER.test(e[0]));
  const en = ELSEWHERE.filter((e) => LETTER.test(e[0]));
  return (
    firstWord(t.slice(clause.start, at), zh).at >= 0 ||
    firstWord(t.slice(at + w.length, clause.end), en).at >= 0
  );
}

/**
 * The reason to leave a contact's note states (LEAVING_REASON_WORDS: its index, -1 none): the first
 * such word not after a negation (没有换别家, not switching to a cheaper supplier, 不是因为太贵), not the
 * others' price (别家太贵, 我们比别家便宜), not 太贵重, hers and done (ownReason: not her friend's, not
 * 差点换别家); none when a clause says the customer stays, came back, chose us or came to us
 * (LEAVING_DENIED_WORDS: reviewer61 R3; 想试试我们的, 现在只在我们这买: reviewer65 L1), not one put at
 * another business (stayedElsewhere: 在对面新开的店办了卡, tester65 U206).
 *
 * @example leavingReasonWord("换了别家，在对面新开的店办了卡") // 0 ("换了别家")
 * @example leavingReasonWord("Switching some SKUs to a cheaper supplier") // 18 ("cheaper supplier")
 * @example leavingReasonWord("客户说没有换别家，只是最近淡季") // -1
 * @example leavingReasonWord("她说别家太贵了，还是来我们这") // -1
 */
export function leavingReasonWord(text: string): number {
  const t = text.trim().toLowerCase();
  if (t === "") return -1;
  const found = firstWord(
    t,
    LEAVING,
    0,
    (w, at) =>
      notNegated(t, w, at) &&
      notSwitchDenied(t, at) &&
      ownReason(t, w, at) &&
      !askedNo(t, w, at) &&
      !(w.endsWith("贵") && t.charAt(at + w.length) === "重") &&
      // The dealer for a recall, its first service or on our advice (reviewer71 M1).
      !(w.endsWith("4s店") && saysWord(t, DEALER_NOT)) &&
      !(w.startsWith("别的店") && otherShopNot(t, w, at)) &&
      !(SWITCH.test(w) && notAway(t.slice(at + w.length, clauseAround(t, at).end))) &&
      !(PRICE.test(w) && OTHERS_SUBJECT.test(t.slice(clauseAround(t, at).start, at))),
  );
  if (found.at < 0) return -1;
  // The staying clause comes after the reason (别家太贵了，还是来我们这), or names where the customer
  // came back from (came back from a competitor); one before it (去年办了年卡，今年嫌贵) is history.
  const denies = (w: string, at: number): boolean =>
    notNegated(t, w, at) &&
    !stayedElsewhere(t, w, at) &&
    // Said unlikely after it: trying us again is unlikely (reviewer66 M3, LV1 V11).
    !saysWord(t.slice(at + w.length, clauseAround(t, at).end), UNLIKELY) &&
    // Not a shrug at what is ours (不在乎我们的会员折扣), nor one she has gone after anyway
    // (无所谓，反正以后不来了; switched already: reviewer69 M5).
    !/^\s*(?:我们|你们|咱们|about (?:our|your|the loyalty|loyalty))/u.test(
      t.slice(at + w.length),
    ) &&
    firstWord(
      t.slice(at + w.length),
      GONE_ANYWAY,
      0,
      (g, gat) => !deniedInClause(t.slice(at + w.length), gat),
    ).at < 0 &&
    (at > found.at || /^\s*from\b/.test(t.slice(at + w.length)));
  return saysWord(t, LEAVING_DENIED, denies) ? -1 : LEAVING.indexOf(t.slice(found.at, found.end));
}

/**
 * What a contact's note says of the customer leaving, as the churn reason said_leaving quotes it
 * (leavingSaidText): a reason to leave (leavingReasonWord: its LEAVING_REASON_WORDS index), else her
 * own leaving (noteLeftWord, after LEAVING_REASON_WORDS: 搬家了，搬到东莞去了，不来了, Not renewing:
 * tester64 U182; said while she still buys on her rhythm, so not left: classify.ts); -1 neither.
 *
 * @example leavingSaidWord("换了别家，说那边便宜") // 0 ("换了别家")
 * @example leavingSaidText(leavingSaidWord("搬家了，搬到东莞去了，不来了")) // "搬到"
 */
export function leavingSaidWord(text: string): number {
  const reason = leavingReasonWord(text);
  if (reason >= 0) return reason;
  const left = noteLeftWord(text);
  return left < 0 ? -1 : LEAVING_REASON_WORDS.length + left;
}

/** Whether leavingSaidWord's word `i` is a death (DEATH_WORDS, at the end of noteLeftWord's list). */
export function saidDeath(i: number): boolean {
  return i >= LEAVING_REASON_WORDS.length + NOTE_LEFT_WORDS.length;
}

/** The word at `i` of leavingSaidWord's list (LEAVING_REASON_WORDS, then noteLeftWord's). */
export function leavingSaidText(i: number): string {
  return i < LEAVING_REASON_WORDS.length
    ? (LEAVING_REASON_WORDS[i] ?? "")
    : leftNoteWord(i - LEAVING_REASON_WORDS.length);
}

/**
 * A switch (换一家, considering switching) to one of ours: another branch, plan or class of the same
 * business (想换一家离家近的分店, considering switching to the annual plan) is no leaving.
 */
const SWITCH = /换一家|switching/;
const WITHIN_US =
  /分店|门店|校区|套餐|课程|班|\b(?:plans?|packages?|memberships?|tiers?|class(?:es)?|times?|days?|locations?|branch(?:es)?)\b/;
// "Switching to" a payment, a plan, a channel or a number is none (reviewer63 R4: thinking about
// switching to card payment / to paying monthly / to email invoices); only to another business is.
const SWITCH_TO = /^\s*(?:over\s+)?to\b/;
const AWAY =
  /\b(?:another one|someone else|elsewhere|competitors?|(?:studio|gym|provider|supplier|salon|company|shop|store|vendor|clinic|school|brand|agency|place|dentist|trainer|coach)s?)\b/;

// Switching her own things (phone numbers, cards, banks, e-mail addresses): no leaving.
const OWN_THING =
  /^\s*(?:phone\s+)?(?:numbers?|cards?|banks?|emails?|e-mails?|addresses|payments?)\b/;

/** Whether what follows a switch word in its clause names no other business (WITHIN_US, SWITCH_TO). */
function notAway(rest: string): boolean {
  return WITHIN_US.test(rest) || OWN_THING.test(rest) || (SWITCH_TO.test(rest) && !AWAY.test(rest));
}

/**
 * The other business, or a comparison, before a price word in its clause: 别家太贵 / 我们比别家便宜 /
 * the competitor was too expensive say the others cost more, not that we do (reviewer61 R3).
 */
const PRICE = /贵|价格|便宜|expensive|price/;
const OTHERS_SUBJECT =
  /别家|别的店|其他家|竞争对手|比$|\b(?:competitors?|other suppliers?)\b.*\b(?:was|were|is|are)\b/;

/**
 * Whether the clause before a leaving word at `at` does not deny it: "not switching to …", "no plans
 * to move to …" (a negation anywhere before it in the clause), 不会 / 不打算 / 不想 right before it.
 */
function notSwitchDenied(t: string, at: number): boolean {
  const before = t.slice(clauseAround(t, at).start, at);
  return LETTER.test(t.charAt(at))
    ? !/(?:\b(?:not|no|never)\b|n't)/.test(before)
    : !/(?:不会|不打算|没打算|不想|没想过|不考虑|没考虑|暂不|并未|并没有|不是因为|并非因为|不是)$/.test(
        before,
      );
}

/** A resumed word followed by 后 says when, not that it happened (装修完成后再联系). */
const AFTER = new RegExp(`(?:${RESUMED_WORDS.join("|")})后`, "g");

/**
 * A contact's note without the routine words that open it (ROUTINE_NOTE_WORDS) when punctuation
 * follows them (endsRoutine), and that punctuation: "" when that is all it says.
 *
 * @example withoutRoutine("例行回访") // ""
 * @example withoutRoutine("例行回访，客户说下月订货") // "客户说下月订货"
 */
export function withoutRoutine(note: string): string {
  const t = note.trim();
  const low = t.toLowerCase();
  const w = ROUTINE.find((w) => low.startsWith(w) && endsRoutine(low.slice(w.length), w));
  if (w === undefined) return note;
  return t.slice(w.length).replace(ROUTINE_SEPARATOR, "");
}

/** What may follow a routine word that opens a note: punctuation, or a space after a Chinese one. */
const ROUTINE_SEPARATOR = /^[\s,，;；:：.。、\-–—]+/;

/**
 * Whether `rest`, after the routine word `w`, lets it stand alone: the end, or punctuation
 * (reviewer57 L1: 定期回访时客户投诉包装破损 was quoted 时客户投诉包装破损, Check-in call: … as call: …).
 */
function endsRoutine(rest: string, w: string): boolean {
  if (rest.trim() === "") return true;
  const sep = ROUTINE_SEPARATOR.exec(rest)?.[0] ?? "";
  if (sep === "") return false;
  return LETTER.test(w[0]) ? sep.trim() !== "" : true;
}

const DNC = lower(DO_NOT_CONTACT_WORDS);
const CONTACT_AGAIN = lower(CONTACT_AGAIN_WORDS);
// Whether a cell holds any of the words at all: most notes hold none, told in one pass.
const ANY_DNC = anyOf(DO_NOT_CONTACT_WORDS);
const ANY_CONTACT_AGAIN = anyOf(CONTACT_AGAIN_WORDS);
const DNC_BEFORE = lower([...DO_NOT_CONTACT_NEGATIONS, ...DO_NOT_CONTACT_TIME_LIMITS]);
const DNC_RIGHT_BEFORE = lower(DO_NOT_CONTACT_RIGHT_BEFORE);
const DNC_AFTER_ZH: readonly string[] = DO_NOT_CONTACT_FOLLOWERS.chinese;
const DNC_AFTER_EN: ReadonlySet<string> = new Set(DO_NOT_CONTACT_FOLLOWERS.english);

const DISPUTE = lower(DO_NOT_CONTACT_DISPUTE_WORDS);
const ROUTES = lower(DO_NOT_CONTACT_ROUTES);
const DNC_LATER = lower(DO_NOT_CONTACT_LATER);
// "Not directly": a refusal only in a note of a dispute (reviewer62 R3).
const NOT_DIRECTLY = /直接联系|\bdirect(?:ly)?\b/;

/** A cell lower-cased, its curly apostrophes straight (don’t call). */
const folded = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");

/**
 * Whether the do-not-contact phrase `w` at `at` in `t` is the customer's refusal: no negation or
 * time limit before it in its clause (DO_NOT_CONTACT_NEGATIONS, _TIME_LIMITS), and nothing after
 * it in the clause but DO_NOT_CONTACT_FOLLOWERS (不要再联系前台 names whom not to call).
 */
function refusesContact(t: string, w: string, at: number, readChannel = true): boolean {
  const { start, end } = clauseAround(t, at);
  const before = t.slice(start, at);
  if (firstWord(before, DNC_BEFORE).at >= 0) return false;
  // Right before it (after 请 / please): taken back, or a time of day or week (DNC_RIGHT_BEFORE).
  const lead = before.replace(/(?:请|please|\s)+$/u, "");
  if (DNC_RIGHT_BEFORE.some((w) => lead.endsWith(w))) return false;
  // A spaced or long dash ends the clause too (Do NOT call - lawyer involved; … – all contact via
  // our attorney): what follows it is the reason, not whom not to call.
  const rest = t.slice(at + w.length, end);
  const after = rest.split(/\s[-–—]+\s|[–—]/)[0].trim();
  // Not in a dispute: "not directly" asks for another way in, and a route or a time after it in
  // its sentence (…, call her assistant; – on holiday until Jan) is a route or a hold.
  if (firstWord(t, DISPUTE).at < 0) {
    // "Not directly" with nothing more in the note names no other way in: a refusal (tester62
    // U141: a bare 请勿直接联系 / 不要直接联系客户 / Do not contact directly.).
    if (
      (NOT_DIRECTLY.test(w) || NOT_DIRECTLY.test(after)) &&
      namesMore(t.slice(at + w.length).replace(NOT_DIRECTLY, " "))
    )
      return false;
    const [route, own] = routeSentence(t, at + w.length);
    if (firstWord(route, ROUTES).at >= 0 || (own && firstWord(route, DNC_LATER).at >= 0))
      return false;
    // One channel named as the way in after it (- email only, ，发微信): no call, not no contact.
    if (readChannel && channelAfter(t, at + w.length) >= 0) return false;
  }
  if (after === "") return true;
  if (!LETTER.test(after.charAt(0)))
    return DNC_AFTER_ZH.some(
      (w) =>
        after.startsWith(w) &&
        // A word of what the calls were for that begins a longer noun names someone else:
        // 不要再联系推销员小王 (reviewer61 R7), 营销部, 广告公司.
        !(w.length > 1 && DO_NOT_CONTACT_FOLLOWERS.notAfterWord.includes(after.charAt(w.length))),
    );
  return after.split(/[^a-z']+/).every((word) => word === "" || DNC_AFTER_EN.has(word));
}

const SENTENCE_END = /[。.!！?？](?:\s|$)|[。！？]/;

/**
 * The rest of a refusal's sentence from `from`, where a route or a time would be (…, call her
 * assistant; – on holiday until Jan), and true; when the refusal ends its sentence, the next
 * sentence and false: a route there (Do not call. Call her assistant.) is read, a time (Do not
 * call. Try in March) is not (DO_NOT_CONTACT_LATER, reviewer63 R9).
 */
function routeSentence(t: string, from: number): [string, boolean] {
  const [own, next = ""] = t.slice(from).split(SENTENCE_END);
  return own.trim().replace(/^[\s,，;；:：\-–—]+$/u, "") === "" ? [next, false] : [own, true];
}

/** Per channel of CHANNEL_ONLY_WORDS: its CONTACT_CHANNELS index and its words. */
// The group chat named as where a thing happened, not as the way to reach her (reviewer65 H1: 她在群里
// 骂过我们, 退出微信群了, 群聊也屏蔽了, Complained in the group chat; 在群里说过不买了: what she said there).
const GROUP_WORD = lower(CHANNEL_GROUP_WORDS);
const GROUP_NOT_ROUTE =
  /骂|吵|退出|退群|屏蔽|拉黑|投诉|差评|闹|踢|complain|left|quit|mute|block|removed|kicked|rant/;
const GROUP_SAID_BEFORE = /^\s*(?:说|发|讲|问)?\s*(?:过|了)/;

const CHANNEL_ONLY = (["email", "online"] as const).map((ch) => ({
  ch: CONTACT_CHANNELS.indexOf(ch),
  words: lower(CHANNEL_ONLY_WORDS[ch]),
}));

/**
 * The channel the text from `from` on names as the one way in (CHANNEL_ONLY_WORDS: its
 * CONTACT_CHANNELS index, the first in the text), -1 none: not negated right before (不发短信),
 * not in a clause refusing a channel (不要发微信), not refused after it (发邮件也不要).
 */
function channelAfter(t: string, from: number): number {
  let best = -1;
  let bestAt = Infinity;
  for (const { ch, words } of CHANNEL_ONLY) {
    const found = firstWord(t, words, from, (w, at) => {
      if (
        !notNegated(t, w, at) ||
        /^\s*(?:也|都|亦)?\s*(?:不要|别|不|勿)/.test(t.slice(at + w.length))
      )
        return false;
      const { start, end } = clauseAround(t, at);
      const clause = t.slice(start, end);
      if (
        saysWord(w, GROUP_WORD) &&
        (GROUP_NOT_ROUTE.test(clause) || GROUP_SAID_BEFORE.test(t.slice(at + w.length)))
      )
        return false;
      return refusedChannels(clause) === 0;
    });
    if (found.at >= 0 && found.at < bestAt) {
      best = ch;
      bestAt = found.at;
    }
  }
  return best;
}

/**
 * The one channel a customer's refusal of calls names as the way to reach them instead
 * (CHANNEL_ONLY_WORDS after a do-not-contact phrase refusesContact reads as a refusal but for it:
 * Do not call - email only, 不要打电话，发微信), as its CONTACT_CHANNELS index; -1 none, and in a
 * note of a dispute (a lawyer, a collector: no contact at all).
 *
 * @example askedChannel("Do not call - email only") // 1 (email)
 * @example askedChannel("别打电话，只发短信") // 3 (online)
 * @example askedChannel("不要打电话，也不要发微信") // -1
 */
export function askedChannel(text: string): number {
  const t = folded(text);
  if (!ANY_DNC.test(t) || firstWord(t, DISPUTE).at >= 0) return -1;
  const found = firstWord(
    t,
    DNC,
    0,
    (w, at) => refusesContact(t, w, at, false) && channelAfter(t, at + w.length) >= 0,
  );
  return found.at < 0 ? -1 : channelAfter(t, found.end);
}

/** Whether `rest` says more than DO_NOT_CONTACT_FOLLOWERS (the customer, a particle) and punctuation. */
function namesMore(rest: string): boolean {
  let r = rest;
  for (const w of DNC_AFTER_ZH) r = r.split(w).join(" ");
  return r.split(/[^\p{L}\p{N}']+/u).some((word) => word !== "" && !DNC_AFTER_EN.has(word));
}

/**
 * The do-not-contact phrase `text` says the customer's refusal of contact with (DO_NOT_CONTACT_WORDS,
 * as refusesContact reads it), else "": a customer's note or status, or a contact's note.
 *
 * @example doNotContactPhrase("狗狗走了，别再发推销") // "别再发推销"
 * @example doNotContactPhrase("不要再联系前台，直接找王经理") // ""
 * @example doNotContactPhrase("客户说不要再发短信") // "" (a channel, not a call)
 * @example doNotContactPhrase("Please do not call again") // "do not call"
 */
export function doNotContactPhrase(text: string): string {
  const t = folded(text);
  const found = ANY_DNC.test(t)
    ? firstWord(t, DNC, 0, (w, at) => refusesContact(t, w, at))
    : { at: -1, end: -1 };
  if (found.at >= 0) return t.slice(found.at, found.end);
  return unsubscriptions(t).find((u) => u.channels === ALL_CHANNELS)?.phrase ?? "";
}

// UNSUBSCRIBE_PATTERNS as expressions: "…" a few words within the clause.
const UNSUBSCRIBE = UNSUBSCRIBE_PATTERNS.map(
  (p) => new RegExp(p.split("…").join("[^,，。.;；!！?？\\n]{0,24}?"), "g"),
);
const ALL_CHANNELS = -1;
const UNSUBSCRIBE_CHANNELS = (["online", "email"] as const).map((ch) => ({
  bit: 1 << CONTACT_CHANNELS.indexOf(ch),
  words: lower(UNSUBSCRIBE_CHANNEL_WORDS[ch]),
}));

/**
 * The unsubscriptions `t` (folded) says (UNSUBSCRIBE_PATTERNS, each read as refusesContact reads a
 * do-not-contact phrase): the words matched and the channels they refuse (bits 1 << CONTACT_CHANNELS
 * index by UNSUBSCRIBE_CHANNEL_WORDS; ALL_CHANNELS when they name none).
 *
 * @example unsubscriptions("please remove me from your mailing list.") // [{ phrase: "remove me from your mailing list", channels: 2 }]
 */
function unsubscriptions(t: string): { phrase: string; channels: number }[] {
  const found: { phrase: string; channels: number }[] = [];
  for (const re of UNSUBSCRIBE)
    for (const m of t.matchAll(re)) {
      const phrase = m[0];
      const at = m.index ?? 0;
      if (!isWordAt(t, phrase, at) || !refusesContact(t, phrase, at)) continue;
      if (NOT_CONTACT_LIST_WORDS.some((w) => phrase.includes(w))) continue;
      let channels = 0;
      for (const c of UNSUBSCRIBE_CHANNELS) if (saysWord(phrase, c.words)) channels |= c.bit;
      found.push({ phrase, channels: channels === 0 ? ALL_CHANNELS : channels });
    }
  return found;
}

/** Per refusable channel: its bit (1 << its CONTACT_CHANNELS index) and its words. */
const CHANNEL_REFUSALS = (["online", "email"] as const).map((ch) => ({
  bit: 1 << CONTACT_CHANNELS.indexOf(ch),
  words: lower(CHANNEL_REFUSAL_WORDS[ch]),
  any: anyOf(CHANNEL_REFUSAL_WORDS[ch]),
}));

/**
 * The channels `text` says the customer refused (CHANNEL_REFUSAL_WORDS, read as refusesContact
 * reads a do-not-contact phrase), as bits 1 << CONTACT_CHANNELS index; 0 none.
 *
 * @example refusedChannels("客户说不要再发短信") // 8 (online)
 * @example refusedChannels("没说不要发邮件") // 0
 * @example refusedChannels("Unsubscribed from email. Phone is fine.") // 2 (email)
 */
export function refusedChannels(text: string): number {
  const t = folded(text);
  let bits = 0;
  for (const r of CHANNEL_REFUSALS)
    if (
      r.any.test(t) &&
      // Not negated right before (未退订短信, not unsubscribed from email: fix64b).
      firstWord(t, r.words, 0, (w, at) => notNegated(t, w, at) && refusesContact(t, w, at)).at >= 0
    )
      bits |= r.bit;
  for (const u of unsubscriptions(t)) if (u.channels !== ALL_CHANNELS) bits |= u.channels;
  return bits;
}

/**
 * True when a contact's note says the customer agreed to be contacted again (CONTACT_AGAIN_WORDS,
 * not negated: 不可以联系 is none): it lifts a do-not-contact said on an earlier contact.
 *
 * @example saysContactAgain("客户说以后可以再联系") // true
 * @example saysContactAgain("OK to call again next month") // true
 */
export function saysContactAgain(text: string): boolean {
  const t = folded(text);
  if (!ANY_CONTACT_AGAIN.test(t)) return false;
  return firstWord(t, CONTACT_AGAIN, 0, (w, at) => notNegated(t, w, at)).at >= 0;
}
