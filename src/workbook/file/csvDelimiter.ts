// On a tie, tab then semicolon win: they rarely occur inside text, commas often do.
const DELIMITERS = ["\t", ";", ","] as const;

/**
 * The delimiter of a CSV from its first lines: the one (comma, semicolon, tab) that appears,
 * outside quotes, the same number of times on the most lines; comma when none does. The count is
 * the lines' most common one, not the first line's: a title line above the header ("客户名单" or
 * "Sales report; Q3") does not decide it.
 *
 * @example detectDelimiter("客户编号;姓名\nC001;张三\n") // ";"
 * @example detectDelimiter("客户名单\n客户编号;姓名\nC001;张三\n") // ";"
 */
export function detectDelimiter(text: string): string {
  const lines = splitLines(text, 20);
  let best = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const times = new Map<number, number>();
    for (const line of lines) {
      const c = countOutsideQuotes(line, d);
      if (c > 0) times.set(c, (times.get(c) ?? 0) + 1);
    }
    for (const [count, agreeing] of times) {
      const score = agreeing * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best;
}

/** Up to `max` non-empty lines, keeping quoted line breaks inside their line. */
function splitLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      const line = text.slice(start, i);
      if (line.trim() !== "") lines.push(line);
      start = i + 1;
    }
  }
  // The sample may end mid-line; use the last piece only when it is the whole input.
  if (lines.length === 0 && text.trim() !== "") lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}
