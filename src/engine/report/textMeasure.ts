import { isTrimmedSpace } from "../whiteSpace";
import { KEPT_WHOLE_EN, KEPT_WHOLE_ZH } from "../words/keptWhole";
/**
 * How wide text prints in Excel's default font, for counting the lines of wrapped text (the
 * writer's row heights, workbook/file/rowHeights.ts, and the layouts' page estimates,
 * layoutPages.ts, which then agree). Widths are in column-width units: one unit is the width of a digit of Calibri 11 at
 * 96 dpi (7 px), the unit of `<col width>`. Counting every Latin character as one unit gave
 * English rows a spare line ("First response within SLA (%)": 29 characters, about 25 units).
 */

/**
 * Advance widths of the printable ASCII characters (32 "space" … 126 "~") in Calibri 11 regular, in
 * column-width units. Read from Carlito, Calibri's metric-compatible twin: advance / 2048 ×
 * 14.667 px / 7 px. Bold is about 3 % wider (BOLD).
 */
const ASCII: readonly number[] = [
  0.47, 0.68, 0.84, 1.04, 1.06, 1.5, 1.43, 0.46, 0.64, 0.64, 1.04, 1.04, 0.52, 0.64, 0.53, 0.81,
  1.06, 1.06, 1.06, 1.06, 1.06, 1.06, 1.06, 1.06, 1.06, 1.06, 0.56, 0.56, 1.04, 1.04, 1.04, 0.97,
  1.87, 1.21, 1.14, 1.12, 1.29, 1.02, 0.96, 1.32, 1.31, 0.53, 0.67, 1.09, 0.88, 1.79, 1.35, 1.39,
  1.08, 1.41, 1.14, 0.96, 1.02, 1.34, 1.19, 1.86, 1.09, 1.02, 0.98, 0.64, 0.81, 0.64, 1.04, 1.04,
  0.61, 1.0, 1.1, 0.89, 1.1, 1.04, 0.64, 0.99, 1.1, 0.48, 0.5, 0.95, 0.48, 1.67, 1.1, 1.1, 1.1, 1.1,
  0.73, 0.82, 0.7, 1.1, 0.95, 1.5, 0.91, 0.95, 0.83, 0.66, 0.96, 0.66, 1.04,
];

/** How much wider bold Latin text prints (Carlito Bold over Regular, over the letters: 1.02–1.05). */
export const BOLD = 1.04;

/** A CJK character (or full-width form) is one em of 11 pt: 14.667 px, 2.1 units. */
export const WIDE = 2.1;

/** Code points from here on print one em wide (CJK radicals … ideographs, full-width forms). */
export const WIDE_FROM = 0x2e80;

/**
 * Whether a text holds a wide (CJK) character: printed one em wide and in a CJK font, whose line
 * is taller (LINE_HEIGHT rather than LATIN_LINE_HEIGHT).
 *
 * @example hasWide("Since 2025-11-30: 张伟") // true
 */
export function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= WIDE_FROM) return true;
  return false;
}

/**
 * Points per line of wrapped text at the default 11 pt font. Excel's default row is 15 pt, which
 * holds a line of Calibri; a line of Chinese is drawn in a CJK font (LibreOffice: Noto Sans CJK),
 * taller: measured, 3 lines need 46 pt, 4 need 62, 5 need 78 (about 15.6 a line), so at 15 a line
 * a 4-line reason lost its last line in print (stop 24 tester #5a). 16 holds up to 12 lines.
 */
export const LINE_HEIGHT = 16;
/**
 * Points per line of wrapped text with no CJK character in it: Calibri's line, as Excel sizes a
 * wrapped row of Calibri 11 (15 pt a line, its default row). At LINE_HEIGHT an English row printed
 * a spare line under its text (LibreOffice draws a Latin line 12.9 pt; the en December refresh's
 * At-risk tab: 374 of 460 rows of two lines or more had a line or more of blank paper under their
 * text, paper15).
 */
export const LATIN_LINE_HEIGHT = 15;
/** At most this many lines tall (a row's written height): a longer text is still all there, in the cell. */
export const MAX_LINES = 12;

/**
 * Points a line of `text` takes wrapped: LINE_HEIGHT when it holds a CJK character (drawn in a CJK
 * font, taller), else LATIN_LINE_HEIGHT. The writer sizes rows by it (workbook/file/rowHeights.ts)
 * and the page estimate counts them by it (layoutPages.ts), so the two agree.
 *
 * @example lineHeightOf("Follow-up after a resolved complaint") // 15
 * @example lineHeightOf("Since 2025-11-30: 张伟") // 16
 */
export function lineHeightOf(text: string): number {
  return hasWide(text) ? LINE_HEIGHT : LATIN_LINE_HEIGHT;
}

/**
 * Points a text of `lines` lines takes wrapped (at most MAX_LINES lines): the height its row needs
 * for it, without a table's air.
 *
 * @example textHeight("Follow-up after a resolved complaint", 2) // 30
 */
export function textHeight(text: string, lines: number): number {
  return Math.min(lines, MAX_LINES) * lineHeightOf(text);
}

/**
 * The width of one character (UTF-16 code unit) in column-width units.
 *
 * @example charWidth("i".charCodeAt(0)) // 0.48
 * @example charWidth("客".charCodeAt(0)) // 2.1
 */
export function charWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII[code - 32];
  if (code >= WIDE_FROM) return code >= 0xd800 && code <= 0xdfff ? WIDE / 2 : WIDE;
  if (code === 0x2014) return 1.9; // em dash
  return 1.06;
}

/**
 * Whether a code unit is a curly quote (‘ ’ “ ”), whose width depends on its neighbours
 * (widthBetween).
 */
export function isCurlyQuote(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019;
}

/**
 * The width of the character `code` between the code units `before` and `after` (NaN: none):
 * charWidth's, except a curly quote (isCurlyQuote) next to a CJK character, which prints one em
 * (WIDE): renderers draw it in the CJK font of the text around it, where it is full-width
 * (tester54 T4: 列“单价”…“单号” drawn 8 × 1.04 units wider than counted, so the Overview's 注意
 * row was one line short and showed only its last line, 。). Every measure reads a character's
 * width through this (wrapLines, cutWord, startsIn, lineUnits, the layouts' units, the writer's
 * fitsLine and column widths), so their counts agree.
 *
 * @example widthBetween(0x201c, "列".charCodeAt(0), "单".charCodeAt(0)) // 2.1
 * @example widthBetween(0x201c, 32, "E".charCodeAt(0)) // 1.06
 */
export function widthBetween(code: number, before: number, after: number): number {
  if (isCurlyQuote(code) && (before >= WIDE_FROM || after >= WIDE_FROM)) return WIDE;
  return charWidth(code);
}

/**
 * The width of text's code unit `i` (widthBetween, its neighbours in the text).
 *
 * @example widthAt("列“单价”", 1) // 2.1
 */
export function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (!isCurlyQuote(code)) return charWidth(code);
  return widthBetween(code, text.charCodeAt(i - 1), text.charCodeAt(i + 1));
}

/** widthAt of code units (codeUnits; past either end: none). */
function widthOf(codes: Uint16Array, i: number): number {
  const code = codes[i];
  if (!isCurlyQuote(code)) return charWidth(code);
  return widthBetween(code, i > 0 ? codes[i - 1] : NaN, i + 1 < codes.length ? codes[i + 1] : NaN);
}

/**
 * The room for text in a column `width` units wide. Excel's stored width includes 5 px of padding
 * (a 16-wide column is 112 px, text 107 px; Open XML's `<col width>`): about 0.7 units less.
 * LibreOffice draws the same column about 5 % wider, so its renders show a little spare room
 * where Excel fills the line.
 *
 * @example textRoom(16) // 15.29
 */
export function textRoom(width: number): number {
  return Math.max(1, width - 5 / 7);
}

/**
 * Kinsoku (禁则): marks a line may not start with (1: closing brackets and quotes, 、，。：；！？,
 * units) or end with (2: opening brackets and quotes), by UTF-16 code unit. Renderers that apply
 * it (Excel and LibreOffice in a Chinese locale) carry the character before a closing mark over to
 * the next line with it, and an opening mark over with the character after it.
 */
const KINSOKU = new Uint8Array(0x10000);
for (const c of ")）]］】」』》〉〕〗〙｝｠”’、，。．：；！？%％,.:;!?…‥")
  KINSOKU[c.charCodeAt(0)] = 1;
for (const c of "(（[［【「『《〈〔〖〘｛｟“‘") KINSOKU[c.charCodeAt(0)] = 2;

/**
 * Lines one paragraph (no line break) takes wrapped in `room` units, breaking as Excel does: at
 * spaces between words, anywhere between CJK characters, after a hyphen, inside a word only when
 * the word alone is wider than the line; and by kinsoku (KINSOKU): a closing mark (）；，。) never
 * starts a line, the piece before it goes over with it, nor an opening one (（“) ends one, when
 * the two fit on a line together (else the break is before the mark, as without kinsoku). A
 * renderer that breaks without kinsoku (LibreOffice in other locales) never needs more lines, so
 * a row sized by this count holds the text in either (issue 11, stop 34 tester #1: a reason's
 * "…价值层级" / "：高价值 → 中价值" takes a line more where 级： go over together). One pass, no
 * allocation (it runs for every row of the schedule's reasons): `text` from `from` to `to`
 * (exclusive).
 *
 * @example wrapLines("First response within SLA (%)", 25.3) // 1
 * @example wrapLines("客".repeat(14), 13.3) // 3
 */
export function wrapLines(text: string, room: number, from = 0, to = text.length): number {
  let lines = 1;
  let used = 0; // width placed on the current line
  let word = 0; // width of the word being read, not yet placed
  let first = 0; // the word's first and last code units
  let last = 0;
  let start = 0; // the index of the word's first code unit
  let tail = 0; // width of the last piece placed on this line, with the pieces kinsoku keeps with it
  let glue = false; // the last piece placed ends with an opening mark: the next stays with it
  for (let i = from; i <= to; i++) {
    let code = 32; // the end places the last word, as a space would
    let w = 0;
    if (i < to) {
      code = text.charCodeAt(i);
      if (code >= 32 && code <= 126) {
        w = ASCII[code - 32];
        if (code !== 32) {
          if (word === 0) {
            first = code;
            start = i;
          }
          word += w;
          last = code;
          if (code !== 45) continue; // a line may break after a hyphen
          w = 0;
        }
      } else if (code < WIDE_FROM) {
        if (word === 0) {
          first = code;
          start = i;
        }
        word += code === 0x2014 ? 1.9 : isCurlyQuote(code) ? widthAt(text, i) : 1.06;
        last = code;
        continue;
      } else if (code === 0x3001 && word > 0 && inNumberList(text, i, to)) {
        // A list of numbers (第 316、319、322 行) is one word (LibreOffice: numberList).
        word += WIDE;
        last = code;
        continue;
      } else w = code >= 0xd800 && code <= 0xdfff ? WIDE / 2 : WIDE;
    }
    // A break opportunity: place the word read so far (on this line if it fits, else the next;
    // a word wider than a line is cut).
    if (word > 0) {
      const keep = glue || KINSOKU[first] === 1;
      if (used > 0 && used + word > room) {
        lines++;
        // Kinsoku: the piece before goes over with it, unless it is the whole line or the two
        // would not fit on the next line together (carried, they took a line more than counted:
        // reviewer10 D3); then the break is before this piece, as without kinsoku.
        used = keep && tail < used && tail + word <= room ? tail : 0;
      }
      if (used === 0) tail = 0;
      // A word wider than the line (it starts one) is cut where each line is full, character by
      // character: its last line holds what is left (taking `room` off a line at a time counted
      // "nnnnnnn" at 3 as 3 lines, its characters take 4).
      // (No callback here: a closure over `lines` keeps it in a heap context for the whole loop,
      // 15-25 % slower on every row's count: reviewer11 D1.)
      if (word > room) {
        word = cutWord(text, start, code === 45 ? i + 1 : i, room);
        lines += cutBreaks;
      }
      used += word;
      tail = keep ? tail + word : word;
      glue = KINSOKU[last] === 2;
      word = 0;
    }
    if (code === 32) {
      // A space at the end of a line is dropped; inside a line it takes its width.
      if (i < to && used > 0 && used + w <= room) used += w;
      tail = 0;
      glue = false;
    } else if (code >= WIDE_FROM) {
      // A CJK character: a word of its own (no loop over the characters of a word).
      const kind = KINSOKU[code];
      const keep = glue || kind === 1;
      if (used > 0 && used + w > room) {
        lines++;
        used = keep && tail < used && tail + w <= room ? tail : 0;
      }
      if (used === 0) tail = 0;
      // One character is never cut: wider than the line (a column under 3 wide), it fills one.
      used += w;
      tail = keep ? tail + w : w;
      glue = kind === 2;
    }
  }
  return lines;
}

/**
 * Whether the 、 at `i` joins two numbers (316、319): LibreOffice lays a list of numbers out as one
 * word, cut where the line is full when it is wider than one (tester12 #5: the Data quality tab's
 * "第 316、319、…、373 行" took a line more there than counted, and its last line was not
 * printed). Excel breaks after a 、 anywhere, never into more lines; counted as LibreOffice lays it
 * out, a row holds the text in either.
 *
 * @example inNumberList("第 316、319 行", 5) // true
 */
export function inNumberList(text: string, i: number, to = text.length): boolean {
  return i >= 1 && i + 1 < to && joinsNumbers(text.charCodeAt(i - 1), text.charCodeAt(i + 1));
}

/** The rule of inNumberList, on the code units before and after the 、 (startsIn reads it too). */
function joinsNumbers(before: number, after: number): boolean {
  return isDigit(before) && isDigit(after);
}

/** Lines the last cutWord added after the word's first (read at once by the caller). */
let cutBreaks = 0;

/**
 * Cuts the word `text[from, to)`, wider than `room`, where each line is full (a character wider
 * than the line alone on one): the count of lines after the first in `cutBreaks`; returns the
 * width left on the last line. (startsIn cuts a piece the same way, noting where lines start, in
 * a loop of its own: with both reading one function over code units, lineCount cost more whether
 * a piece was cut or not: 4,000 texts at 4 widths, 3 times, 1,052 -> 1,080 M instructions with
 * Node's start, callgrind, stop 40. Change the two together.)
 */
function cutWord(text: string, from: number, to: number, room: number): number {
  let line = 0;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const w = widthAt(text, k);
    if (line > 0 && line + w > room) {
      breaks++;
      line = 0;
    }
    line += w;
  }
  cutBreaks = breaks;
  return line;
}

/**
 * Lines a text takes wrapped in a cell `width` characters wide: each paragraph wrapped word by word
 * at Calibri 11's character widths, CJK characters one em (above); 1 for a text too
 * short to wrap whatever its characters (most cells: no count). `bold`: a heading.
 *
 * @example textLines("a reason of forty characters, more or less", 21) // 2
 */
export function textLines(text: string, width: number, bold = false): number {
  const room = bold ? textRoom(width) / BOLD : textRoom(width);
  const n = text.length;
  if (n * WIDE <= room && text.indexOf("\n") < 0) return 1;
  // One pass: each "\n"-separated part wrapped in place (no split, no memo: the texts are made
  // per row, so a memo hashed a fresh string each time).
  let lines = 0;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", start)) {
    lines += wrapLines(text, room, start, i);
    start = i + 1;
  }
  return lines + wrapLines(text, room, start, n);
}

/** Display width of text: wide (CJK) characters count double. @example textWidth("客户ID") // 6 */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a pair
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * The width a one-line value asks of its column: CJK counted double plus 2 of padding, and never
 * less than it prints in Excel's room (Calibri's widths, a CJK character 2.1 units). Counted
 * double, 13 Chinese characters (27.3 units) asked 28, whose room is 27.29: Excel wrapped or cut
 * the last character of every name or label of 13 or more (a company's 哈尔滨永能汽车配件有限公司).
 * Text that prints within its count (12 CJK characters or fewer, most Latin text) asks what it
 * asked before. The writer's widths (workbook/file/columnWidths.ts) and the page estimate
 * (layoutPages.ts) both ask it.
 *
 * @example valueWidth("哈尔滨永能汽车配件有限公司") // 29 (counted double: 28)
 * @example valueWidth("宁波金科文化传媒有限公司") // 26, as before
 */
export function valueWidth(text: string): number {
  const counted = textWidth(text) + 2;
  let units = 0;
  for (let i = 0; i < text.length; i++) units += widthAt(text, i);
  return textRoom(counted) >= units ? counted : Math.ceil(units + 5 / 7 + 0.01);
}

/** A character Excel shows double width (CJK, Hangul, full-width forms; a surrogate pair). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdbff)
  );
}

/** The widest a column of our tabs gets (characters): longer text wraps. */
export const MAX_WIDTH = 50;
/** A layout heading over numbers counts at most this wide (it wraps instead). */
export const HEADING_WIDTH = 14;
/**
 * A layout's heading gets a column wide enough for one line up to this width where the tab asks
 * (the Changes tab's matrices, the Overview's columns past D), else it wraps at HEADING_WIDTH.
 */
export const ONE_LINE_MOST = 16;

/**
 * Characters a number takes as our tabs write it: digits, thousands separators, decimals, sign and
 * padding (the writer's column widths and the engine's page estimate both count it so).
 *
 * @example numberWidth(40639124.01, "money") // 16
 */
export function numberWidth(v: number, format: string): number {
  if (!Number.isFinite(v)) return 4;
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(v) + 1)) + 1);
  // A row number is written plain: no separators, no decimals (reviewer D3, stop 32).
  if (format === "rowNumber") return digits + (v < 0 ? 1 : 0) + 3;
  const grouped = digits + Math.floor((digits - 1) / 3);
  const decimals = format === "integer" ? 0 : format === "percent" ? 2 : 3;
  return grouped + decimals + (v < 0 ? 1 : 0) + 3;
}

/**
 * Characters of a layout note's width its indent takes: a note right of a figure is one indent in
 * (the file's layoutLook.ts, about a character wide), so its text has that much less room.
 */
export const NOTE_INDENT_CHARS = 1;
/** Characters one indent level takes (a figure right-aligned one indent in, and its heading). */
export const INDENT_CHARS = NOTE_INDENT_CHARS;

/*
 * Headings that break where a reader would (issue 11, stop 32 tester #1): Excel and LibreOffice
 * break Chinese anywhere, so a column's width decides where a heading breaks, and 距上次购买天数
 * printed as 距上次购/买天数, 流动收入占比（%） as 流动收入占比（/%）. A heading may break between
 * words (Chinese words as ICU's dictionary segments them: Intl.Segmenter), before an opening
 * bracket and after a closing one; never inside a word or a date, after an opening bracket,
 * before a closing bracket or a unit, or between a number and what it counts (12 | 个月), and no
 * line may be a lone bracket, unit or character. Renderers differ by a few percent (RENDERERS:
 * LibreOffice draws a column about 5 % wider than Excel), so a width must break well in each.
 * Computed once per heading, never per row.
 */

/**
 * How renderers lay a heading out, as [share of Excel's room, width of bold Latin letters]: Excel
 * (Calibri's metrics, BOLD) within 2 %, and LibreOffice, whose columns are about 5 % wider and whose
 * Carlito Bold prints as wide as Regular (measured on the stop-32 renders: 流失风险（不再 / 购买的概率）
 * broke after 14.7 units of a modelled 15.3, "Purchase days (12" fitted 15.9 bold units in 14.3,
 * "Spend (12 months)" did not fit 16.8). A heading must break well in each.
 */
export const RENDERERS: readonly (readonly [number, number])[] = [
  [0.98, BOLD],
  [1, BOLD],
  [1.02, BOLD],
  [1.03, 1],
  [1.05, 1],
  [1.07, 1],
];
/** The narrowest of them (Excel, 2 % narrow): a line written to fit fits in each. */
const NARROW = RENDERERS[0][0];
/** A table's heading takes at most this many lines (its header row then 16 pt a line). */
export const MAX_HEADING_LINES = 3;

const isHan = (code: number) => code >= WIDE_FROM && !isOpening(code) && !isClosing(code);
const isDigit = (code: number) => code >= 48 && code <= 57;
const isLatin = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || isDigit(code);
/**
 * Brackets and marks a line may not end with (openers) or start with (closers, units): kinsoku's
 * (KINSOKU), and a heading's "/" with the word before it.
 */
function isOpening(code: number): boolean {
  return KINSOKU[code] === 2;
}
function isClosing(code: number): boolean {
  return KINSOKU[code] === 1 || code === 47;
}

/** Word boundaries of Chinese runs (chineseWords), per heading text: headings are few. */
const boundaryMemo = new Map<string, Set<number>>();
let segmenter: Intl.Segmenter | null | undefined;

function wordBoundaries(text: string): Set<number> {
  let out = boundaryMemo.get(text);
  if (out) return out;
  out = new Set(chineseWords(text).map((w) => w.index));
  if (boundaryMemo.size > 4096) boundaryMemo.clear();
  boundaryMemo.set(text, out);
  return out;
}

/**
 * The Chinese words of a text: Intl.Segmenter's (ICU's dictionary), with its single characters
 * joined to a neighbour, since a line may not start or end on one: ICU splits 天数, 占比, 个月 into
 * characters (距|上次|购买|天|数), so runs of single characters are one word (天数) and a single
 * character left between words goes with the word before it (购买的, 负责人), else after it (距上次).
 * Without Intl.Segmenter, every run of Chinese characters is one word.
 *
 * @example chineseWords("距上次购买天数").map((w) => w.text) // ["距上次", "购买", "天数"]
 */
export function chineseWords(text: string): { index: number; text: string }[] {
  const words = chineseSegments(text);
  const han = (t: string) => t.length > 0 && [...t].every((c) => isHan(c.charCodeAt(0)));
  // A single character left goes with the Chinese word before it, else the one after it.
  const out: { index: number; text: string }[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const prev = out[out.length - 1];
    const next = words[k + 1];
    if (han(w.text) && w.text.length === 1) {
      if (prev && han(prev.text) && prev.index + prev.text.length === w.index) {
        prev.text += w.text;
        continue;
      }
      if (next && han(next.text) && w.index + 1 === next.index) {
        next.index = w.index;
        next.text = w.text + next.text;
        continue;
      }
    }
    out.push({ index: w.index, text: w.text });
  }
  return out;
}

/**
 * A text's segments as Intl.Segmenter (ICU's dictionary) gives them, runs of single Chinese
 * characters joined (ICU does not know 天数, 分群: 分|群|从 is one): the words a line of running
 * text keeps whole (cutsWord), where a single character between words (降至 | 有 | 潜力) is a word
 * of its own. Without Intl.Segmenter, every run of Chinese characters is one.
 *
 * @example chineseSegments("从潜在忠诚客户降至有潜力客户").map((w) => w.text) // ["从", "潜在", "忠诚", "客户", "降至", "有", "潜力", "客户"]
 */
export function chineseSegments(text: string): { index: number; text: string }[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === "function"
        ? new Intl.Segmenter("zh", { granularity: "word" })
        : null;
  const han = (t: string) => t.length > 0 && [...t].every((c) => isHan(c.charCodeAt(0)));
  // Runs of Chinese characters as segments; anything else ends a run.
  const parts: { index: number; text: string }[] = [];
  if (segmenter) {
    for (const s of segmenter.segment(text)) parts.push({ index: s.index, text: s.segment });
  } else {
    for (const m of text.matchAll(/[\u2e80-\uffff]+|[^\u2e80-\uffff]+/g))
      parts.push({ index: m.index ?? 0, text: m[0] });
  }
  // Runs of single characters become one word.
  const words: { index: number; text: string; single: boolean }[] = [];
  for (const p of parts) {
    const last = words[words.length - 1];
    if (
      last &&
      han(p.text) &&
      p.text.length === 1 &&
      han(last.text) &&
      last.index + last.text.length === p.index &&
      last.single
    ) {
      last.text += p.text;
      continue;
    }
    words.push({ ...p, single: han(p.text) && p.text.length === 1 });
  }
  return words.map((w) => ({ index: w.index, text: w.text }));
}

/**
 * Whether a line of `text` may start at `at` (0 < at < length; spaces at the break dropped).
 *
 * @example breakAllowed("距上次购买天数", 5) // true: 距上次购买 | 天数
 * @example breakAllowed("距上次购买天数", 4) // false: inside 购买
 * @example breakAllowed("流动收入占比（%）", 7) // false: after the bracket
 */
export function breakAllowed(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  let n = at;
  while (n < text.length && text.charCodeAt(n) === 32) n++;
  if (p < 0 || n >= text.length) return false;
  const prev = text.charCodeAt(p);
  const next = text.charCodeAt(n);
  if (isOpening(prev) || isClosing(next)) return false;
  // A number stays with what it counts (12 个月, 90 days) and a date or range whole (2025-02-03).
  if (isDigit(prev) && (isLatin(next) || isHan(next))) return false;
  if (prev === 45 && p > 0 && isDigit(text.charCodeAt(p - 1))) return false;
  const spaced = n > p + 1;
  // Inside a Latin word (a hyphen ends one).
  if (!spaced && isLatin(prev) && isLatin(next)) return false;
  // Between two Chinese characters: only between words.
  if (!spaced && isHan(prev) && isHan(next)) return wordBoundaries(text).has(n);
  return true;
}

/** Text's code unit `i` in bold (Excel): Latin about 4 % wider, CJK (and a quote printed as one: widthAt) the same em. */
function boldWidth(text: string, i: number): number {
  const w = widthAt(text, i);
  return text.charCodeAt(i) < WIDE_FROM && w < WIDE ? w * BOLD : w;
}

/**
 * The indices where the lines of one paragraph start, wrapped in `room` units as wrapLines counts
 * them (Excel's greedy breaks: spaces, after a hyphen, around CJK; a word wider than the line cut).
 *
 * `latin`: the width of Latin letters relative to Calibri Regular (BOLD for Excel's bold); CJK
 * keeps its one em. `kinsoku`: lines as a renderer applying kinsoku breaks them (wrapLines: the
 * piece before a closing mark goes over with it, an opening mark with the piece after it); else
 * breaking anywhere, as LibreOffice outside a Chinese locale does (what a heading is checked in).
 *
 * @example lineStarts("距上次购买天数", 9) // [0, 4]: 距上次购 | 买天数
 * @example lineStarts("价值层级：高价值", 9, 1, true) // [0, 3]: 价值层 | 级：高价值
 */
export function lineStarts(text: string, room: number, latin = 1, kinsoku = false): number[] {
  const count = startsIn(codeUnits(text), room, latin, kinsoku);
  return Array.from(startsOut.subarray(0, count));
}

/**
 * A text's UTF-16 code units, read once for the measures that lay one text out at many widths
 * (breaksBadlyIn, lineCount: the writer's shared and held columns, each text at dozens of widths).
 * Read from the string at each width, a character cost a property look-up of its own: the texts
 * come as strings of many kinds (flat, concatenated, sliced; one or two bytes a character), so
 * V8 reads `charCodeAt` through its megamorphic cache (stop 39: 7.3 million look-ups, a twelfth
 * of writing a 100,000-customer workbook's tabs, counted with callgrind).
 *
 * @example codeUnits("客a") // Uint16Array [23458, 97]
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Where lines start, as startsIn wrote them last (reused, grown as needed). */
let startsOut = new Int32Array(64);

/**
 * The rooms for which startsIn's last layout holds, [roomFrom, roomTo): every comparison of a width
 * with the room it made comes out the same for any room in it, and the widths compared are sums of
 * the same characters' widths in the same order, so any room in it gives the same line starts
 * (BadBreaks lays a text out once per layout, not once per width asked).
 */
let roomFrom = -Infinity;
let roomTo = Infinity;

/** Writes a line start at `count` in startsOut; returns the new count. */
function pushStart(count: number, at: number): number {
  if (count === startsOut.length) {
    const grown = new Int32Array(count * 2);
    grown.set(startsOut);
    startsOut = grown;
  }
  startsOut[count] = at;
  return count + 1;
}

/**
 * lineStarts of a text's code units (codeUnits): the starts written into startsOut, their count
 * returned. No allocation: the one implementation of lineStarts.
 */
function startsIn(codes: Uint16Array, room: number, latin: number, kinsoku: boolean): number {
  const n = codes.length;
  let count = pushStart(0, 0);
  // The room range this layout holds for (roomFrom, roomTo): each comparison with the room below
  // narrows it, `q <= room` true (or `q > room` false) to rooms from q, else to rooms below q.
  let from = -Infinity;
  let to = Infinity;
  let used = 0;
  let tail = 0; // as in wrapLines: the last piece placed, with what kinsoku keeps with it
  let tailStart = 0;
  let glue = false;
  let i = 0;
  while (i < n) {
    const code = codes[i];
    if (code === 32) {
      const w = charWidth(code) * latin;
      if (used > 0) {
        const q = used + w;
        if (q <= room) {
          used += w;
          if (q > from) from = q;
        } else if (q < to) to = q;
      }
      tail = 0;
      glue = false;
      i++;
      continue;
    }
    // The next unbreakable piece: one CJK character, or a run of other characters up to a space,
    // a CJK character or just after a hyphen.
    let end = i + 1;
    let w = scaledWidth(codes, i, latin);
    if (code < WIDE_FROM && code !== 45) {
      while (end < n) {
        const c = codes[end];
        if (c === 32 || (c >= WIDE_FROM && !(c === 0x3001 && numberListAt(codes, end, n)))) break;
        w += scaledWidth(codes, end, latin);
        end++;
        if (c === 45) break;
      }
    }
    const keep = kinsoku && (glue || KINSOKU[code] === 1);
    let over = false;
    if (used > 0) {
      const q = used + w;
      over = q > room;
      if (over) {
        if (q < to) to = q;
      } else if (q > from) from = q;
    }
    if (over) {
      // Carried over only when there is a piece to carry (not after a space: the line then broke
      // at 0, "nnnnnnnnn， ，i" at 14) and the two fit on the next line together (wrapLines).
      let carry = false;
      if (keep && tail > 0 && tail < used) {
        const q = tail + w;
        carry = q <= room;
        if (carry) {
          if (q > from) from = q;
        } else if (q < to) to = q;
      }
      if (carry) {
        count = pushStart(count, tailStart);
        used = tail;
      } else {
        count = pushStart(count, i);
        used = 0;
      }
    }
    if (used === 0) {
      tail = 0;
      tailStart = i;
    }
    // A piece wider than a line is cut where the line is full (as wrapLines cuts it: cutWord):
    // its last line starts at the last cut.
    let at = i;
    if (w > room) {
      if (w < to) to = w;
      let line = 0;
      for (let k = i; k < end; k++) {
        const cw = scaledWidth(codes, k, latin);
        if (line > 0) {
          const q = line + cw;
          if (q > room) {
            if (q < to) to = q;
            count = pushStart(count, k);
            at = k;
            line = 0;
          } else if (q > from) from = q;
        }
        line += cw;
      }
      w = line;
    } else if (w > from) from = w;
    used += w;
    // The tail starts here when there was none (after a space): it was kept from the last start.
    if (keep && tail > 0) tail += w;
    else {
      tail = w;
      tailStart = at;
    }
    glue = kinsoku && KINSOKU[codes[end - 1]] === 2;
    i = end;
  }
  roomFrom = from;
  roomTo = to;
  return count;
}

/**
 * The width of code unit `i` (widthOf) with Latin letters `latin` as wide (startsIn): CJK, and a
 * quote printed as CJK, keep their one em.
 */
function scaledWidth(codes: Uint16Array, i: number, latin: number): number {
  const w = widthOf(codes, i);
  return codes[i] < WIDE_FROM && w < WIDE ? w * latin : w;
}

/** inNumberList over code units (the rule: joinsNumbers). */
function numberListAt(codes: Uint16Array, i: number, to: number): boolean {
  return i >= 1 && i + 1 < to && joinsNumbers(codes[i - 1], codes[i + 1]);
}

/**
 * How many lines a text's code units (codeUnits) take in `room` (lineStarts(text, room).length).
 *
 * @example lineCount(codeUnits("距上次购买天数"), 9) // 2
 */
export function lineCount(codes: Uint16Array, room: number): number {
  return startsIn(codes, room, 1, false);
}

/** Whether each line reads on its own (lineReads), when there is more than one. */
function linesRead(text: string, starts: readonly number[]): boolean {
  if (starts.length < 2) return true;
  for (let k = 0; k < starts.length; k++)
    if (!lineReads(text.slice(starts[k], starts[k + 1] ?? text.length))) return false;
  return true;
}

/** A line of a broken heading: not a lone bracket, unit, number or character (two letters or more). */
function lineReads(line: string): boolean {
  let letters = 0;
  for (let i = 0; i < line.length && letters < 2; i++) {
    const c = line.charCodeAt(i);
    if (isHan(c) || (isLatin(c) && !isDigit(c))) letters++;
  }
  return letters >= 2;
}

/** The room (units) for a heading in a column `width` wide, `indent` characters in. */
export function headingRoom(width: number, indent = 0): number {
  return Math.max(1, textRoom(width) - indent);
}

/**
 * Whether a heading wraps well in a column `width` wide, whatever a renderer's few percent: at
 * most MAX_HEADING_LINES lines, each starting where breakAllowed allows and reading on its own.
 * A heading's text has no line breaks of its own.
 *
 * @example headingBreaksWell("距上次购买天数", 12, 1) // false: 距上次购 | 买天数
 * @example headingBreaksWell("距上次购买天数", 14, 1) // true: 距上次购买 | 天数
 */
export function headingBreaksWell(text: string, width: number, indent = 0): boolean {
  const room = headingRoom(width, indent);
  for (const [f, latin] of RENDERERS) {
    const starts = lineStarts(text, room * f, latin);
    if (starts.length > MAX_HEADING_LINES) return false;
    for (let k = 1; k < starts.length; k++) if (!breakAllowed(text, starts[k])) return false;
    if (!linesRead(text, starts)) return false;
  }
  return true;
}

/**
 * The narrowest width from `least` up to `most`, in half characters, in which a table heading
 * breaks well (headingBreaksWell); `least` when none does. On screen Excel's filter button may
 * cover the end of a header's last line, as in any Excel table; paper has no buttons.
 *
 * @example headingFitWidth("距上次购买天数", 11, 50, 1) // 13
 */
export function headingFitWidth(text: string, least: number, most = MAX_WIDTH, indent = 0): number {
  const from = Math.ceil(least * 2) / 2;
  for (let w = from; w <= most; w += 0.5) if (headingBreaksWell(text, w, indent)) return w;
  return from;
}

/**
 * The narrowest width from `least` up, in half characters, in which each data label (written as
 * it is, never with line feeds: ReportTable.labels) breaks well by itself (headingBreaksWell) at
 * once: a label that broke well at its own fit may not in a column a later one widened, so the
 * labels are fitted again until the width holds for all (at most MAX_WIDTH).
 *
 * @example labelsFitWidth([{ text: "未分类（无购买）", indent: 1 }], 9) // 19: one line
 */
export function labelsFitWidth(
  labels: readonly { text: string; indent: number }[],
  least: number,
): number {
  let w = least;
  for (let changed = labels.length > 0; changed;) {
    changed = false;
    for (const { text, indent } of labels) {
      const fit = headingFitWidth(text, w, MAX_WIDTH, indent);
      if (fit > w) {
        w = fit;
        changed = true;
      }
    }
  }
  return w;
}

/**
 * The narrowest width from `least` to `most`, in half characters, at which the fewest of `names`
 * (a column's values, once per row) leave one character alone on their last line, in Excel's room
 * or LibreOffice's (5 % wider: RENDERERS): 广州东华科技集团有限公 / 司 at 24, 108 rows of the zh call
 * sheet at 26 (stop 35 tester #6). A Chinese company name has 10 to 16 characters, so no one width
 * spares them all; a name either fits its line or leaves two characters or more on the next. Once
 * per column: its distinct names × the widths tried × 2 layouts, a name no wider than the least
 * room skipped.
 *
 * @example wholeNameWidth(["广州东华科技集团有限公司"], 24, 34) // 26: on one line
 */
export function wholeNameWidth(
  names: Iterable<string>,
  least: number,
  most = least + NAME_EXTRA,
): number {
  const counts = new Map<string, number>();
  const alwaysOne = textRoom(least);
  for (const name of names) {
    if (name === "" || (name.length * WIDE <= alwaysOne && name.indexOf("\n") < 0)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 0) return least;
  const wide = RENDERERS[RENDERERS.length - 2][0];
  // Each name's code units read once, for all the widths tried.
  const codes = Array.from(counts.keys(), codeUnits);
  const rowsOf = Array.from(counts.values());
  let best = least;
  let fewest = Infinity;
  for (let w = least; w <= most; w += 0.5) {
    const room = textRoom(w);
    let alone = 0;
    for (let k = 0; k < codes.length; k++) {
      if (alone >= fewest) break;
      if (endsAlone(codes[k], room) || endsAlone(codes[k], room * wide)) alone += rowsOf[k];
    }
    if (alone < fewest) {
      fewest = alone;
      best = w;
      if (alone === 0) break;
    }
  }
  return best;
}

/** How much wider than asked a column of names gets at most (wholeNameWidth). */
export const NAME_EXTRA = 10;

/**
 * Whether a wrapped text reads badly in a column `width` wide in either renderer (tester12 #12,
 * the At-risk reasons): in LibreOffice, which here breaks without kinsoku in a column about 7 %
 * wider, a line after the first of one character or starting with a closing mark ("（所有客户通常约
 * 5.5 个 / ）"), or a date broken at its hyphen ("2025-07- / 09"); in Excel (kinsoku), one character
 * alone on the last line. A column's width can spare some rows this (shareWidths).
 *
 * @example breaksBadly("（所有客户通常约 5.5 个）", 12) // true: "）" alone in LibreOffice
 */
export function breaksBadly(text: string, width: number): boolean {
  return breaksBadlyIn(codeUnits(text), width);
}

/** breaksBadly of a text's code units (codeUnits): the writer's shared columns ask it at many widths. */
export function breaksBadlyIn(codes: Uint16Array, width: number): boolean {
  const room = textRoom(width);
  if (codes.length * WIDE <= room) return false;
  return linesBreakBadly(codes, room * WIDE_RENDERER) || endsAlone(codes, room);
}

/** The room of the renderer breaksBadly lays text out in without kinsoku (LibreOffice's, wider). */
const WIDE_RENDERER = RENDERERS[RENDERERS.length - 1][0];

/**
 * breaksBadlyIn of one text at many widths (the writer's shared columns: each distinct text at
 * dozens of widths): each of its two layouts is kept with the rooms it holds for (startsIn's
 * roomFrom, roomTo), so a width whose rooms fall in a kept layout's lays nothing out (the 100,000
 * customers' At-risk reasons: 43,709 asks per write made 37,693 layouts, 72,725 before).
 *
 * @example new BadBreaks(codeUnits("（所有客户通常约 5.5 个）")).at(12) // true, as breaksBadly
 */
export class BadBreaks {
  /** Kept layouts without kinsoku: from, to (rooms) and whether a later line reads badly (1). */
  private readonly wide: number[] = [];
  /** Kept layouts with kinsoku: from, to and whether one character is alone on the last line. */
  private readonly narrow: number[] = [];

  constructor(private readonly codes: Uint16Array) {}

  /** breaksBadlyIn(codes, width). */
  at(width: number): boolean {
    const codes = this.codes;
    const room = textRoom(width);
    if (codes.length * WIDE <= room) return false;
    const wideRoom = room * WIDE_RENDERER;
    let bad = keptAt(this.wide, wideRoom);
    if (bad < 0) {
      bad = linesBreakBadly(codes, wideRoom) ? 1 : 0;
      this.wide.push(roomFrom, roomTo, bad);
    }
    if (bad === 1) return true;
    let alone = keptAt(this.narrow, room);
    if (alone < 0) {
      alone = endsAlone(codes, room) ? 1 : 0;
      this.narrow.push(roomFrom, roomTo, alone);
    }
    return alone === 1;
  }
}

/** The value kept (BadBreaks) for a layout whose rooms hold `room`, or -1. */
function keptAt(kept: readonly number[], room: number): number {
  for (let k = 0; k < kept.length; k += 3)
    if (room >= kept[k] && room < kept[k + 1]) return kept[k + 2];
  return -1;
}

/**
 * Whether a line after the first reads badly when the text is laid out without kinsoku in `room`
 * (breaksBadlyIn: one character, a closing mark first, a date cut at its hyphen); startsIn's
 * roomFrom and roomTo are then that layout's.
 */
function linesBreakBadly(codes: Uint16Array, room: number): boolean {
  const n = codes.length;
  const count = startsIn(codes, room, 1, false);
  for (let k = 1; k < count; k++) {
    const start = startsOut[k];
    const end = k + 1 < count ? startsOut[k + 1] : n;
    let a = start;
    while (a < end && codes[a] === 32) a++;
    if (end - a <= 1 || KINSOKU[codes[a]] === 1) return true;
    // A date cut after its hyphen: digits, "-", then the line ends before a digit.
    let p = start - 1;
    while (p > 0 && codes[p] === 32) p--;
    if (codes[p] === 45 && p > 0 && isDigit(codes[p - 1]) && isDigit(codes[a])) return true;
  }
  return false;
}

/** Whether a text (code units) wrapped in `room` puts one character alone on its last line (wholeNameWidth). */
function endsAlone(codes: Uint16Array, room: number): boolean {
  const count = startsIn(codes, room, 1, true);
  if (count < 2) return false;
  // The last line as String.prototype.trim leaves it.
  let a = startsOut[count - 1];
  let b = codes.length;
  while (a < b && isTrimmedSpace(codes[a])) a++;
  while (b > a && isTrimmedSpace(codes[b - 1])) b--;
  return b - a === 1 || (b - a === 2 && codes[a] >= 0xd800 && codes[a] <= 0xdbff);
}

/**
 * The lines a heading takes at most in a column `width` wide, over a renderer's few percent
 * narrower (its row is made that tall); each of its own lines ("\n") wrapped on its own.
 *
 * @example headingLines("Days since last purchase", 12, 1) // 3
 */
export function headingLines(text: string, width: number, indent = 0): number {
  const room = headingRoom(width, indent);
  let most = 1;
  for (const [f, latin] of RENDERERS) {
    let lines = 0;
    // With kinsoku: never fewer lines than broken anywhere (its row holds either renderer's).
    for (const part of text.split("\n")) lines += lineStarts(part, room * f, latin, true).length;
    if (lines > most) most = lines;
  }
  return most;
}

/**
 * A layout's heading as it is written in a column `width` wide: itself when it fits one line
 * over a renderer's few percent or already breaks well there; else broken with line feeds where
 * breakAllowed allows, each line fitting the narrowest room (fewest lines, then the most even),
 * so 流动收入占比（%） in 14 reads 流动收入 / 占比（%）, not 流动收入占比（/ %）. A layout's
 * headings are read by people only (no reader matches them; a table's header must stay its
 * word, so a table column is widened instead: headingFitWidth).
 *
 * @example layoutHeading("流动收入占比（%）", 14, 1) // "流动收入\n占比（%）"
 */
export function layoutHeading(text: string, width: number, indent = 0): string {
  if (text.indexOf("\n") >= 0 || headingBreaksWell(text, width, indent)) return text;
  const room = headingRoom(width, indent) * NARROW;
  const n = text.length;
  const points = [0];
  for (let i = 1; i < n; i++) if (breakAllowed(text, i)) points.push(i);
  points.push(n);
  const lineWidth = (a: number, b: number) => {
    const line = text.slice(a, b).trim();
    let w = 0;
    for (let i = 0; i < line.length; i++) w += boldWidth(line, i);
    return w;
  };
  // best[k]: [lines, sum of squared slack] to set text[points[k]..] from points[k].
  const m = points.length;
  const best: { lines: number; slack: number; next: number }[] = new Array(m);
  best[m - 1] = { lines: 0, slack: 0, next: -1 };
  for (let k = m - 2; k >= 0; k--) {
    let pick = { lines: Infinity, slack: Infinity, next: -1 };
    for (let j = k + 1; j < m; j++) {
      const w = lineWidth(points[k], points[j]);
      if (w > room && j > k + 1) break;
      const rest = best[j];
      if (rest.lines === Infinity) continue;
      if (!(k === 0 && j === m - 1) && !lineReads(text.slice(points[k], points[j]))) continue;
      const lines = rest.lines + 1;
      const slack = rest.slack + (j === m - 1 ? 0 : (room - w) ** 2);
      if (lines < pick.lines || (lines === pick.lines && slack < pick.slack))
        pick = { lines, slack, next: j };
    }
    best[k] = pick;
  }
  if (best[0].lines === Infinity) return text;
  const lines: string[] = [];
  for (let k = 0; k !== m - 1; k = best[k].next)
    lines.push(text.slice(points[k], points[best[k].next]).trim());
  return lines.join("\n");
}

/** Units a line of bold text takes (no wrapping). */
function boldUnits(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += boldWidth(line, i);
  return w;
}

/**
 * The least width (half characters) in which a heading prints on one line in every renderer:
 * bold, in Excel's room 2 % narrow (RENDERERS), `indent` characters in.
 *
 * @example oneLineWidth("模型重新拟合", 1) // 15
 */
export function oneLineWidth(text: string, indent = 0): number {
  return Math.ceil((boldUnits(text) / NARROW + 5 / 7 + indent) * 2) / 2;
}

const headingWidthMemo = new Map<string, number>();

/**
 * The width (characters) a layout heading asks of its column: its one line, over a renderer's few
 * percent, up to HEADING_WIDTH; past that it wraps (layoutHeading), in a column at least as wide
 * as its widest line then. The writer's widths (columnWidths.ts) and the page estimate
 * (layoutPages.ts) both ask it. Memoised: a layout has a few dozen headings.
 *
 * @example headingWidth("流动收入占比（%）", 1) // 14: 流动收入 / 占比（%）
 */
export function headingWidth(text: string, indent = 0): number {
  const key = `${indent}\u0000${text}`;
  const known = headingWidthMemo.get(key);
  if (known !== undefined) return known;
  let w = 4;
  for (const line of text.split("\n")) {
    const one = boldUnits(line) / NARROW + 5 / 7 + indent;
    w = Math.max(w, Math.ceil(one));
  }
  if (w > HEADING_WIDTH) {
    w = HEADING_WIDTH;
    for (; w < MAX_WIDTH; w++) {
      // It breaks well by itself, or its lines as layoutHeading writes them fit.
      if (headingBreaksWell(text, w, indent)) break;
      const room = headingRoom(w, indent) * NARROW;
      if (
        layoutHeading(text, w, indent)
          .split("\n")
          .every((l) => boldUnits(l) <= room)
      )
        break;
    }
  }
  if (headingWidthMemo.size > 4096) headingWidthMemo.clear();
  headingWidthMemo.set(key, w);
  return w;
}

/*
 * Text written with its own line feeds (tester13 #4, stop 37): a renderer breaks a wrapped cell
 * where its line is full, and on the call sheet LibreOffice printed "（自 2025-11-" / "30）" in 82
 * of 268 reasons, a number list "…370、37" / "3 行）", a line of a lone "）". A column may ask for
 * its text to be written broken where a reader would break it (ReportColumn.breakLines): each line
 * fitting Excel's room (textRoom, the narrowest renderer), so no renderer breaks it again and every
 * renderer prints the same lines; a row is then as tall in LibreOffice as in Excel (the en call
 * sheet's rows, sized to Excel's lines, printed a spare line in LibreOffice: tester13 #11). A name
 * of the catalog (words/keptWhole.ts: 成长期, 低价值, 生命周期阶段) is never cut (keptInside).
 */

const isBreakSpace = (code: number) => code === 32;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** "→", between the before and after of a change (流失概率 36% → 56%): kept whole (cutsWhole). */
const ARROW = 0x2192;
/** A mark inside a number (2025-11-30, 5.5, 1,200, 376–389, 12:30, 2/5). */
const inNumber = (code: number) =>
  code === 45 || code === 46 || code === 44 || code === 0x2013 || code === 58 || code === 47;

/**
 * Whether a line may start at `i` of `text` (i > 0) when it is written broken (breakLinesWell):
 * after a space; around a CJK character, never before a closing mark or after an opening one;
 * after a 、 between numbers (第 316、| 319 行); after a hyphen between words; never inside a
 * number or date (2025-11-30, 5.5) nor between a number and what it counts (12个月), nor inside a
 * Latin word, nor inside a character of two code units (𠮷). Where a Chinese word or a change is
 * best kept whole is cutsWhole's: breakLinesWell prefers, not requires, it.
 *
 * @example lineMayStart("自 2025-11-30", 8) // false: 2025-11 | -30
 */
export function lineMayStart(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  if (isBreakSpace(b)) return false; // the break goes after the spaces
  if (KINSOKU[b] === 1) return false;
  if (isLowSurrogate(b)) return false; // inside a character of two code units (𠮷)
  if (isBreakSpace(a)) {
    // A number stays with what it counts after a space (2 个购买日, 共 20 行).
    let p = i - 1;
    while (p > 0 && isBreakSpace(text.charCodeAt(p))) p--;
    return !(isDigit(text.charCodeAt(p)) && b >= WIDE_FROM && KINSOKU[b] === 0);
  }
  if (KINSOKU[a] === 2) return false;
  if (isDigit(b) && (isDigit(a) || inNumber(a))) return false;
  if (isDigit(a) && (inNumber(b) || (b >= WIDE_FROM && KINSOKU[b] === 0))) return false;
  if (a >= WIDE_FROM || b >= WIDE_FROM) return true;
  return a === 45; // Latin: only after a hyphen (a date's is caught above)
}

/**
 * Whether a line starting at `i` would break a Latin word at its hyphen (cut-|offs, Win-|back):
 * breakLinesWell does so only where its line has no space to break at (stop 42 tester #6: the en
 * Overview's note printed "…only with the cut-" / "offs; 64 new").
 *
 * @example inLatinWord("the cut-offs", 8) // true
 */
export function inLatinWord(text: string, i: number): boolean {
  return (
    text.charCodeAt(i - 1) === 45 &&
    isLetter(text.charCodeAt(i - 2)) &&
    isLetter(text.charCodeAt(i))
  );
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Units of text[from, to) as it prints, spaces at its end left out. */
function lineUnits(text: string, from: number, to: number): number {
  while (to > from && isBreakSpace(text.charCodeAt(to - 1))) to--;
  let w = 0;
  for (let k = from; k < to; k++) w += widthAt(text, k);
  return w;
}

/** KEPT_WHOLE_ZH by their first code unit, longest first (keptInside). */
const KEPT_BY_FIRST = new Map<number, string[]>();
for (const name of [...KEPT_WHOLE_ZH].sort((a, b) => b.length - a.length)) {
  const first = name.charCodeAt(0);
  const names = KEPT_BY_FIRST.get(first) ?? [];
  names.push(name);
  KEPT_BY_FIRST.set(first, names);
}

/**
 * Per UTF-16 code unit, whether a name of the catalog may start with it (keptInside): 1 a zh name
 * (KEPT_BY_FIRST), 2 an English one in either case (KEPT_EN_BY_FIRST), 3 both. One load a
 * character: two map look-ups a character were a third of laying out the At-risk reasons (stop 45).
 */
const KEPT_FIRST = new Uint8Array(0x10000);

/** An ASCII letter in lower case (keptInside matches KEPT_WHOLE_EN whatever its case). */
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** KEPT_WHOLE_EN in lower case by their first code unit, longest first (keptInside). */
const KEPT_EN_BY_FIRST = new Map<number, string[]>();
for (const name of [...KEPT_WHOLE_EN].sort((a, b) => b.length - a.length)) {
  const low = name.toLowerCase();
  const names = KEPT_EN_BY_FIRST.get(low.charCodeAt(0)) ?? [];
  names.push(low);
  KEPT_EN_BY_FIRST.set(low.charCodeAt(0), names);
}
for (const first of KEPT_BY_FIRST.keys()) KEPT_FIRST[first] |= 1;
for (let c = 0; c < 128; c++) if (KEPT_EN_BY_FIRST.has(lower(c))) KEPT_FIRST[c] |= 2;
/** KEPT_BY_FIRST's lists, by KEPT_ZH_SLOT of their first code unit (an array read, no hashing). */
const KEPT_ZH_LISTS: string[][] = [...KEPT_BY_FIRST.values()];
const KEPT_ZH_SLOT = new Uint16Array(0x10000);
[...KEPT_BY_FIRST.keys()].forEach((first, k) => (KEPT_ZH_SLOT[first] = k));
/** KEPT_EN_BY_FIRST's lists by the ASCII code of their first letter, either case. */
const KEPT_EN_LISTS: string[][] = Array.from(
  { length: 128 },
  (_, c) => KEPT_EN_BY_FIRST.get(lower(c)) ?? [],
);

/** Whether the English name `low` (lower case) is at `i` of `text` as whole words, in any case. */
function enNameAt(text: string, i: number, low: string): boolean {
  if (i + low.length > text.length) return false;
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) return false;
  if (isLetter(text.charCodeAt(i + low.length))) return false;
  for (let k = 0; k < low.length; k++)
    if (lower(text.charCodeAt(i + k)) !== low.charCodeAt(k)) return false;
  return true;
}

/**
 * Where a line written broken may not start because it would cut a name of the catalog: 1 at each
 * index strictly inside a zh name (KEPT_WHOLE_ZH: 成长期, 低价值, 一般挽留客户), never cut; 2 inside
 * an English one (KEPT_WHOLE_EN: Need attention, purchase days), kept whole only where that costs
 * no line (breakLinesWell); the longest at each place, leftmost first; undefined when the text
 * holds none. A name is a word no line breaks inside, as a Latin word: only one wider than a line
 * is cut (where the line is full).
 *
 * @example keptInside("从成长期降至衰退期")?.[2] // 1: 成 | 长期 would cut 成长期
 * @example keptInside("to Need attention")?.[8] // 2: Need | attention
 */
export function keptInside(text: string): Uint8Array | undefined {
  let inside: Uint8Array | undefined;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    const may = KEPT_FIRST[code];
    if (may === 0) continue;
    const names = may & 1 ? KEPT_ZH_LISTS[KEPT_ZH_SLOT[code]] : undefined;
    if (names !== undefined) {
      let found = false;
      for (const name of names) {
        if (!text.startsWith(name, i)) continue;
        inside ??= new Uint8Array(text.length + 1);
        for (let k = i + 1; k < i + name.length; k++) inside[k] = 1;
        i += name.length - 1;
        found = true;
        break;
      }
      if (found) continue;
    }
    const en = may & 2 ? KEPT_EN_LISTS[code] : undefined;
    if (en === undefined) continue;
    for (const low of en) {
      if (!enNameAt(text, i, low)) continue;
      inside ??= new Uint8Array(text.length + 1);
      for (let k = i + 1; k < i + low.length; k++) inside[k] = 2;
      i += low.length - 1;
      break;
    }
  }
  return inside;
}

/**
 * The starts of the lines of one paragraph broken as breakLinesWell writes it, in `room` units:
 * each line as full as it goes at a place lineMayStart allows (a piece with none, wider than a
 * line, cut where the line is full), never inside a name of the catalog (keptInside), at a Latin
 * word's hyphen only when the line has no other place (inLatinWord); a short bracketed aside
 * ("（自 2025-11-30）", at most ASIDE of a line) kept whole on the next line rather than opened at
 * a line's end; with `clauses`, a line started after "; " (clauseStart) where the line keeps
 * CLAUSE_FILL of its room; no last line of one character (its line starts one break earlier).
 * `kept`: keptInside of the text (bestStarts passes it without the English names to lay it out
 * without them), undefined when it holds no name: passed always (a default would lay the names
 * out again for every text that holds none, each of its layouts: stop 46).
 */
function goodStarts(
  text: string,
  room: number,
  words: boolean,
  hyphens: boolean,
  clauses: boolean,
  kept: Uint8Array | undefined,
  colons = false,
): number[] {
  keptWords = false;
  passedColon = false;
  // The paragraph as bestStarts read it once for all its layouts (paraOf).
  const codes = paraCodes;
  const units = paraUnits;
  const mayStart = paraMay;
  const lineSum = paraLine;
  const n = text.length;
  const starts = [0];
  let s = 0;
  while (s < n) {
    let w = 0;
    let best = -1;
    let hyphen = -1; // the last place after a hyphen inside a Latin word (cut-|offs)
    let any = -1; // the last place lineMayStart allows, inside a kept name or not
    let inName = -1; // the last place inside an English name (keptInside: 2)
    let full = s + 1; // where a line with no break place is cut: the most characters that fit
    let k = s;
    for (; k < n; k++) {
      const code = codes[k];
      // text[s, k) fits (the loop stops at the first character that does not); its units
      // (lineUnits(text, s, k), the same sum) kept for the places looked at below.
      lineSum[k] = w;
      if (k > s && mayStart[k] === 1) {
        any = k;
        if (kept !== undefined && kept[k] !== 0) {
          // inside a kept name: only when the line has no other place
          if (kept[k] === 2) inName = k;
        } else if (!hyphens && inLatinWord(text, k)) hyphen = k;
        else best = k;
      }
      w += units[k];
      if (!isBreakSpace(code) && w > room) break;
      full = k + 1;
    }
    if (k >= n) break; // the rest fits
    // An English word breaks at its hyphen only when the line has no other place (a space).
    if (best <= s) best = hyphen;
    else if (hyphen > best) keptWords = true; // a word kept whole at its hyphen (win-back)
    // A kept name wider than its line is cut where lineMayStart allows, as any text (never before
    // its closing bracket: 待挽回（已进入流失期 / ）, stop 42 reviewer D13).
    if (best <= s) best = any;
    let at = best > s ? best : Math.max(full, s + 1);
    // A cut where the line is full never splits a character of two code units.
    if (best <= s && at < n && at - 1 > s && isLowSurrogate(text.charCodeAt(at))) at--;
    // A Chinese word kept whole (消费金 | 额, 流 | 失概率, 名 | 单), and a change (36% → | 56%).
    if (words && best > s && cutsWhole(text, best)) at = wordKeptAt(text, room, kept, s, best, at);
    if (best > s) at = clauseAt(text, room, clauses, kept, colons, s, at);
    if (inName > at) keptName = true;
    while (at < n && isBreakSpace(text.charCodeAt(at))) at++;
    if (at >= n) break;
    starts.push(at);
    s = at;
  }
  if (starts.length >= 2) lastLineAt(text, room, words, kept, starts);
  return starts;
}

/*
 * goodStarts' rarer steps, each a function of its own: TurboFan compiled goodStarts with them
 * inlined, 20-60 ms a time, and again after each first visit to a step it had never seen run
 * (a deoptimisation for want of type feedback): 6 compiles a 100,000-customer run, the main
 * thread's and the JSON thread's. Reads the paragraph as goodStarts does (paraOf).
 */

/** Whether a line may start at `k` (lineMayStart) outside a kept name. */
function mayAt(kept: Uint8Array | undefined, k: number): boolean {
  return paraMay[k] === 1 && (kept === undefined || kept[k] === 0);
}

/**
 * Where the line from `s` starts its next line instead of `best`, which cuts a word or a change
 * (cutsWhole): the nearest place before that cuts neither, while the line keeps WORD_FILL of its
 * room; else `at` as it was.
 */
function wordKeptAt(
  text: string,
  room: number,
  kept: Uint8Array | undefined,
  s: number,
  best: number,
  at: number,
): number {
  for (let k = best - 1; k > s; k--) {
    if (!mayAt(kept, k) || inLatinWord(text, k)) continue;
    if (unitsTo(paraCodes, paraLine, s, k) < room * WORD_FILL) break;
    if (!cutsWhole(text, k)) {
      keptWords = true;
      return k;
    }
  }
  return at;
}

/**
 * Where the line from `s` that would start its next line at `at` (a break place) starts it: before
 * a short aside it would open, and with `clauses` between two items.
 */
function clauseAt(
  text: string,
  room: number,
  clauses: boolean,
  kept: Uint8Array | undefined,
  colons: boolean,
  s: number,
  at: number,
): number {
  const codes = paraCodes;
  const units = paraUnits;
  const lineSum = paraLine;
  const n = text.length;
  // An aside opened on this line and closed on the next goes over whole when it is short.
  const open = lastOpenAside(text, s, at);
  if (open > s) {
    const close = asideEnd(text, open);
    if (
      close >= at &&
      unitsWithin(codes, units, open, close + 1, room * ASIDE) &&
      unitsTo(codes, lineSum, s, open) >= room * (1 - ASIDE)
    )
      at = open;
  }
  // Between two items ("…product quality 3/5;" / "last bought: …"), where the line keeps
  // CLAUSE_FILL of its room (breakLinesWell takes it where it costs no line).
  // With `colons`, a line starting after a full-width colon, which splits a label from its
  // value (最近购买：/ 培训课程, tester48 L3), starts at an item's start before it on the line
  // (after ；，, at （) instead; at the colon only when the line has none that keeps CLAUSE_FILL.
  if (!clauses) return at;
  let colon = -1;
  // The item start before the colon, on a line too short to keep (under CLAUSE_FILL).
  let short = -1;
  for (let k = at; k > s; k--) {
    if (!clauseStart(text, k) || !mayAt(kept, k)) continue;
    // A colon right after "）" ends a clause, not a label (reviewer49 M1: the Data quality
    // sentence "（2025-12-29 至 …，第一行为第 91 行）：按分析日期排除…" broke inside the （…）).
    if (
      colons &&
      text.charCodeAt(k - 1) === 0xff1a &&
      text.charCodeAt(k) !== 0xff08 &&
      text.charCodeAt(k - 2) !== 0xff09
    ) {
      if (colon < 0) colon = k;
      continue;
    }
    if (unitsTo(codes, lineSum, s, k) >= room * CLAUSE_FILL) {
      if (k !== at) movedClause = true;
      if (colon >= 0) passedColon = true;
      at = k;
      colon = -1;
    } else if (colon >= 0) short = k;
    break;
  }
  // The short line is taken over the label's colon when the rest then fits on one line: the
  // same lines, the label kept with its value (最近评价最低：/ 价格 1/5；/ 最近购买：办公文具礼盒,
  // not …价格 1/5；最近购买：/ 办公文具礼盒 at width 25).
  if (short > s && unitsWithin(codes, units, short, n, room)) {
    at = short;
    movedClause = true;
  } else if (colon > s && colon !== at && unitsTo(codes, lineSum, s, colon) >= room * CLAUSE_FILL) {
    at = colon;
    movedClause = true;
  }
  return at;
}

/** No last line of one character: its line starts at the break place before (in `starts`). */
function lastLineAt(
  text: string,
  room: number,
  words: boolean,
  kept: Uint8Array | undefined,
  starts: number[],
): void {
  const n = text.length;
  const last = starts[starts.length - 1];
  const tail = text.slice(last).trim();
  const one =
    tail.length === 1 ||
    (tail.length === 2 && tail.charCodeAt(0) >= 0xd800 && tail.charCodeAt(0) <= 0xdbff);
  if (!one) return;
  const before = starts[starts.length - 2];
  // The nearest place that cuts no word, else the nearest; inside a kept name only when the
  // name is wider than the line (待挽回（已进入流失期 / ）): one a line holds stays whole.
  let at = -1;
  let inName = -1;
  for (let k = last - 1; k > before && unitsWithin(paraCodes, paraUnits, k, n, room); k--) {
    if (paraMay[k] === 0 || inLatinWord(text, k)) continue;
    if (!mayAt(kept, k)) {
      if (inName < 0 && kept !== undefined && nameUnits(text, kept, k) > room) inName = k;
      continue;
    }
    if (at < 0) at = k;
    if (!words || !cutsWhole(text, k)) {
      at = k;
      break;
    }
  }
  if (at < 0) at = inName;
  if (at > 0) starts[starts.length - 1] = at;
}

/** Units of the kept name (keptInside) that index `k` is strictly inside. */
function nameUnits(text: string, kept: Uint8Array, k: number): number {
  const v = kept[k];
  let a = k;
  while (a > 0 && kept[a] === v) a--;
  let b = k;
  while (b < text.length && kept[b] === v) b++;
  return lineUnits(text, a, b);
}

/**
 * The paragraph bestStarts lays out, read once for its layouts (goodStarts, 1 to 4 a paragraph):
 * its code units, each one's units (charWidth), whether a line may start at it (lineMayStart: 1),
 * and, per line, the units from the line's start to each place (goodStarts' lineSum). Grown as
 * needed, never shrunk: no allocation a paragraph. Reading each character's width and break rule
 * again in every layout was most of goodStarts' work (the 100k zh schedule: 11,039 paragraphs
 * laid out 32,603 times).
 */
let paraCodes = new Uint16Array(256);
let paraUnits = new Float64Array(256);
let paraMay = new Uint8Array(256);
let paraLine = new Float64Array(256);

/** Reads `text` into paraCodes, paraUnits and paraMay (paraMay[n] is 0: no line starts at the end). */
function paraOf(text: string): void {
  const n = text.length;
  if (paraCodes.length <= n) {
    const size = Math.max(n + 1, paraCodes.length * 2);
    paraCodes = new Uint16Array(size);
    paraUnits = new Float64Array(size);
    paraMay = new Uint8Array(size);
    paraLine = new Float64Array(size);
  }
  const codes = paraCodes;
  const units = paraUnits;
  const may = paraMay;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code;
    units[i] = isCurlyQuote(code) ? widthAt(text, i) : charWidth(code);
    may[i] = lineMayStart(text, i) ? 1 : 0;
  }
  codes[n] = 0;
  units[n] = 0;
  may[n] = 0;
}

/**
 * lineUnits(text, s, k) of a line starting at `s`, from the sums goodStarts kept while reading
 * it (`lineSum`, k no further than where it stopped): the same additions in the same order.
 */
function unitsTo(codes: Uint16Array, lineSum: Float64Array, s: number, k: number): number {
  while (k > s && isBreakSpace(codes[k - 1])) k--;
  return lineSum[k];
}

/**
 * Whether lineUnits(text, from, to) <= limit, from the paragraph's units (paraOf), adding no
 * further than past `limit` (a sum of widths only grows).
 */
function unitsWithin(
  codes: Uint16Array,
  units: Float64Array,
  from: number,
  to: number,
  limit: number,
): boolean {
  while (to > from && isBreakSpace(codes[to - 1])) to--;
  let w = 0;
  for (let k = from; k < to; k++) {
    w += units[k];
    if (w > limit) return false;
  }
  return true;
}

/** Whether the last goodStarts moved a line's start to keep a word or a change whole (cutsWhole). */
let keptWords = false;
/** Whether a goodStarts since bestStarts reset it started a line before an English name (keptInside: 2). */
let keptName = false;
/** Whether the last goodStarts started a line before a clause it preferred to a label's ： (`colons`). */
let passedColon = false;
/** Whether a goodStarts since breakLinesWell reset it moved a line's start to a clause (clauseStart). */
let movedClause = false;

/**
 * A line broken between two items keeps at least this share of its room: "Weakest in the last
 * survey:" / "product quality 3/5;" (17.5 of 33.3 units) / "last bought: Installation service".
 */
const CLAUSE_FILL = 0.4;

/**
 * Whether a line starting at `i` starts a new item of a list or a clause: after "; " (the talking
 * points' and the reasons' separators), after a Chinese ：，； or at a （ (挽留联系（有流失迹象） /
 * 未安排：纳入挽留活动 / （仅购买一次：…）, not 仅 / 购买: stop 42 tester #9).
 *
 * @example clauseStart("price 3/5; last bought: Scanner", 11) // true
 * @example clauseStart("纳入挽留活动（仅购买一次）", 6) // true
 */
export function clauseStart(text: string, i: number): boolean {
  const here = text.charCodeAt(i);
  if (here === 0xff08) return true; // （
  const before = text.charCodeAt(i - 1);
  if (before === 0xff1a || before === 0xff0c || before === 0xff1b) return true; // ：，；
  let p = i - 1;
  if (p < 1 || !isBreakSpace(before)) return false;
  while (p > 0 && isBreakSpace(text.charCodeAt(p))) p--;
  return text.charCodeAt(p) === 59;
}

/**
 * A line broken before a Chinese word that would not fit keeps at least this share of its room;
 * a line that would keep less is broken inside the word, as Chinese type may be (between any two
 * characters). Chinese words are mostly 2–4 characters, so a line 22 wide or more (10 characters: the
 * call sheet's reasons are 24 or more) keeps them whole, where that costs the text no line.
 */
const WORD_FILL = 0.6;

/** Word starts of runs of Chinese characters (chineseWords), per run: the runs repeat (the catalog's phrases, products). */
const runWordsMemo = new Map<string, Uint8Array>();

/**
 * Whether a line starting at `i` of `text` cuts a Chinese word: the characters either side are
 * Chinese, inside one word of their run as chineseSegments (ICU's dictionary) segments it.
 *
 * @example cutsWord("流失概率 36%", 1) // true: 流 | 失概率
 * @example cutsWord("流失风险等级", 2) // false: 流失 | 风险等级
 */
export function cutsWord(text: string, i: number): boolean {
  if (!isHan(text.charCodeAt(i - 1)) || !isHan(text.charCodeAt(i))) return false;
  // Inside the run asked last (goodStarts asks a run's places in turn): its words as found then.
  if (i > lastRunFrom && i < lastRunTo && text === lastRunText)
    return lastRunStarts[i - lastRunFrom] === 0;
  let a = i - 1;
  while (a > 0 && isHan(text.charCodeAt(a - 1))) a--;
  let b = i + 1;
  while (b < text.length && isHan(text.charCodeAt(b))) b++;
  const run = text.slice(a, b);
  let starts = runWordsMemo.get(run);
  if (starts === undefined) {
    starts = new Uint8Array(run.length + 1);
    for (const w of chineseSegments(run)) starts[w.index] = 1;
    if (runWordsMemo.size >= MEMO_RUNS) runWordsMemo.clear();
    runWordsMemo.set(run, starts);
  }
  lastRunText = text;
  lastRunFrom = a;
  lastRunTo = b;
  lastRunStarts = starts;
  return starts[i - a] === 0;
}

/**
 * The run cutsWord read last: text[lastRunFrom, lastRunTo) and its word starts. Any place inside it
 * (both neighbours Chinese) lies in the same run, so its answer is read from these, with no run
 * cut out of the text and looked up again (stop 45).
 */
let lastRunText = "";
let lastRunFrom = 0;
let lastRunTo = 0;
let lastRunStarts: Uint8Array = new Uint8Array(1);

/** Runs whose words are kept (cutsWord); cleared past this many. */
const MEMO_RUNS = 4096;

/**
 * Whether a line starting at `i` of `text` cuts what reads as one: a Chinese word (cutsWord), or a
 * change at its arrow (流失概率 36% → | 56%, 低 | → 中). breakLinesWell keeps them whole where that
 * costs no line.
 *
 * @example cutsWhole("流失概率 36% → 56%", 13) // true
 */
export function cutsWhole(text: string, i: number): boolean {
  if (text.charCodeAt(i) === ARROW) return true;
  let p = i - 1;
  while (p > 0 && isBreakSpace(text.charCodeAt(p))) p--;
  return text.charCodeAt(p) === ARROW || cutsWord(text, i);
}

/**
 * An aside (bracketed) at most this share of a line goes over whole, when the line it leaves is
 * at least the rest: "（自 2025-11-30）" is 17.4 units, 0.55 of the call sheet's 32.5.
 */
const ASIDE = 0.6;

/** The last opening bracket in text[from, to) not closed before `to`, or -1. */
function lastOpenAside(text: string, from: number, to: number): number {
  let depth = 0;
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0xff09 || c === 41) depth++;
    else if (c === 0xff08 || c === 40) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** The index of the bracket closing the one at `open`, or -1. */
function asideEnd(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff08 || c === 40) depth++;
    else if (c === 0xff09 || c === 41) {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/**
 * `text` as written in a column `width` wide with its own line feeds where it wraps (at places
 * lineMayStart allows, each line within Excel's room: textRoom), so that it prints the same
 * lines in every renderer: never a date or number cut, a line starting with a closing mark, or a
 * last line of one character. Chinese may break between any two characters, but a line keeps a
 * word whole (流失 | 风险等级, not 流失风 | 险等级: cutsWord) and a change whole (流失概率 |
 * 36% → 56%, not 36% → | 56%: cutsWhole) where that costs no line (`whole`; false: broken at any
 * place allowed, as before stop 40). Text on one line, and each paragraph that fits one, is
 * unchanged (the same string). Its lines: textLines(breakLinesWell(t, w), w) is the count of its parts.
 *
 * @example breakLinesWell("流失风险等级从中升至高（自 2025-11-30）", 16) // "流失风险等级从中升至高\n（自 2025-11-30）"
 */
export function breakLinesWell(text: string, width: number, whole = true): string {
  const room = textRoom(width);
  if (text.length * WIDE <= room && text.indexOf("\n") < 0) return text;
  // The text up to `kept` is as it was (`out` holds what comes before it, broken): a paragraph
  // that fits (most of a talking point's) is neither sliced nor copied (stop 45).
  let out = "";
  let kept = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const to = end < 0 ? text.length : end;
    // A paragraph no wider than its room in CJK characters fits (lineUnits: each character at
    // most WIDE).
    if ((to - start) * WIDE > room && lineUnits(text, start, to) > room) {
      const part = text.slice(start, to);
      const starts = bestStarts(part, room, whole);
      if (starts.length > 1) {
        const lines: string[] = [];
        for (let k = 0; k < starts.length; k++)
          lines.push(part.slice(starts[k], starts[k + 1] ?? part.length).trimEnd());
        out += text.slice(kept, start) + lines.join("\n");
        kept = to;
      }
    }
    if (end < 0) break;
    start = end + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * The line starts breakLinesWell writes a paragraph with: the fewest lines of these layouts, the
 * first of them on a tie: words (cutsWhole) and English names (keptInside) kept whole, Latin words
 * not broken at their hyphen; then words broken anywhere allowed (stop 42 reviewer D14); then at a
 * hyphen too; then English names cut, as any words. Each with lines broken between items
 * (clauseStart) first, then without (a layout is tried only where the one before kept something).
 */
function bestStarts(part: string, room: number, whole: boolean): number[] {
  paraOf(part);
  const soft = keptInside(part);
  // English names (2) are kept only where that costs no line: laid out also without them.
  const hard = soft?.includes(2) ? soft.map((v) => (v === 2 ? 0 : v)) : soft;
  let starts: number[] = [];
  // No layout takes fewer lines than its letters fill (spaces left out, as any may end a line):
  // one that does is taken as it is (the layouts after it only count when they take fewer).
  let letters = 0;
  for (let k = 0; k < part.length; k++) if (!isBreakSpace(paraCodes[k])) letters += paraUnits[k];
  const least = Math.ceil(letters / room);
  /** Line starts that cut a word or a change (cutsWhole). */
  const cuts = (at: number[]) => {
    let n = 0;
    for (let k = 1; k < at.length; k++) if (cutsWhole(part, at[k])) n++;
    return n;
  };
  // Each layout with clauses, then without where a line moved to one.
  const lay = (words: boolean, hyphens: boolean, names: boolean) => {
    if (starts.length > 0 && starts.length <= least) return false;
    const kept = names ? soft : hard;
    movedClause = false;
    let tried = goodStarts(part, room, words, hyphens, true, kept, true);
    let keptAny = keptWords;
    // A line kept from ending at a label's ： (tester48 L3) only where that costs the text no line.
    if (passedColon) {
      const near = goodStarts(part, room, words, hyphens, true, kept);
      if (near.length < tried.length) {
        tried = near;
        keptAny = keptWords;
      }
    }
    if (starts.length === 0 || tried.length < starts.length) starts = tried;
    // Without the clauses where that takes fewer lines, or as many and cuts fewer words (a clause
    // moved a later line's break into one).
    if (movedClause && (starts.length > least || (words && starts === tried))) {
      const plain = goodStarts(part, room, words, hyphens, false, kept);
      keptAny ||= keptWords;
      if (
        plain.length < starts.length ||
        (words && starts === tried && plain.length === tried.length && cuts(plain) < cuts(tried))
      )
        starts = plain;
    }
    return keptAny;
  };
  keptName = false;
  let kept = lay(whole, false, true);
  if (kept && whole) kept = lay(false, false, true); // a hyphen passed over
  if (kept) lay(false, true, true);
  // English names of the catalog (Need attention) kept whole only where that costs no line (a zh
  // name is never cut: KEPT_WHOLE_ZH).
  if (keptName && hard !== soft && (lay(whole, false, false) || !whole)) lay(false, true, false);
  return starts;
}
