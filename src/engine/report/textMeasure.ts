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
const WIDE_FROM = 0x2e80;

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
 * Lines one paragraph (no line break) takes wrapped in `room` units, breaking as Excel does: at
 * spaces between words, anywhere between CJK characters, after a hyphen, inside a word only when
 * the word alone is wider than the line. One pass, no allocation (it runs for every row of the
 * schedule's reasons): `text` from `from` to `to` (exclusive).
 *
 * @example wrapLines("First response within SLA (%)", 25.3) // 1
 * @example wrapLines("客".repeat(14), 13.3) // 3
 */
export function wrapLines(text: string, room: number, from = 0, to = text.length): number {
  let lines = 1;
  let used = 0; // width placed on the current line
  let word = 0; // width of the word being read, not yet placed
  for (let i = from; i <= to; i++) {
    let code = 32; // the end places the last word, as a space would
    let w = 0;
    if (i < to) {
      code = text.charCodeAt(i);
      if (code >= 32 && code <= 126) {
        w = ASCII[code - 32];
        if (code !== 32) {
          word += w;
          if (code !== 45) continue; // a line may break after a hyphen
          w = 0;
        }
      } else if (code < WIDE_FROM) {
        word += code === 0x2014 ? 1.9 : 1.06;
        continue;
      } else w = code >= 0xd800 && code <= 0xdfff ? WIDE / 2 : WIDE;
    }
    // A break opportunity: place the word read so far (on this line if it fits, else the next;
    // a word wider than a line is cut).
    if (word > 0) {
      if (used > 0 && used + word > room) {
        lines++;
        used = 0;
      }
      while (word > room) {
        lines++;
        word -= room;
      }
      used += word;
      word = 0;
    }
    if (code === 32) {
      // A space at the end of a line is dropped; inside a line it takes its width.
      if (i < to && used > 0 && used + w <= room) used += w;
    } else if (code >= WIDE_FROM) {
      // A CJK character: a word of its own (no loop over the characters of a word).
      if (used > 0 && used + w > room) {
        lines++;
        used = 0;
      }
      while (w > room) {
        lines++;
        w -= room;
      }
      used += w;
    }
  }
  return lines;
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
