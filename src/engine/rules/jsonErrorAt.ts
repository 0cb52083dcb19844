/**
 * Where a text stops being valid JSON, as a line and column the user can find in an editor.
 * JSON.parse says where only in English and only for some errors ("Unexpected token 'x', … is not
 * valid JSON" gives no position), and the words differ between engines; so the offset is found by
 * a strict scan of the grammar (RFC 8259) of our own. It runs only after JSON.parse has failed, on
 * a rule file (a few kilobytes), and keeps its own stack so deep nesting cannot overflow.
 */

/** A place in a text: line and column counted from 1. */
export interface TextPlace {
  line: number;
  column: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';
const HEX = /^[0-9a-fA-F]{4}$/;

/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends too
 * early), or -1 when it is valid.
 *
 * @example jsonErrorOffset('{ window: 12 }') // 2
 * @example jsonErrorOffset('{"a":1}') // -1
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: ("{" | "[")[] = [];
  const skipSpace = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r"))
      i++;
  };
  /** Scans a string at i (which holds '"'); false with i at the fault. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!HEX.test(text.slice(i + 2, i + 6))) return ((i += 1), false);
          i += 6;
        } else if (e !== undefined && ESCAPES.includes(e)) i += 2;
        else return ((i += 1), false);
      } else if (c < " ") return false;
      else i++;
    }
    return false;
  };
  /** A key and its colon, at i after "{" or ","; false with i at the fault. */
  const key = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !string()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };
  for (;;) {
    // A value is expected at i.
    skipSpace();
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      skipSpace();
      if (text[i] === (c === "{" ? "}" : "]")) i++;
      else {
        stack.push(c);
        if (c === "{" && !key()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c === "t" && text.startsWith("true", i)) i += 4;
    else if (c === "f" && text.startsWith("false", i)) i += 5;
    else if (c === "n" && text.startsWith("null", i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      if (c === undefined || !NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skipSpace();
      const open = stack[stack.length - 1];
      if (open === undefined) return i < n ? i : -1;
      if (text[i] === ",") {
        i++;
        if (open === "{" && !key()) return i;
        break;
      }
      if (text[i] !== (open === "{" ? "}" : "]")) return i;
      i++;
      stack.pop();
    }
  }
}

/**
 * The line and column (from 1) of an offset in a text.
 *
 * @example placeOf("{\n  x", 4) // { line: 2, column: 3 }
 */
export function placeOf(text: string, offset: number): TextPlace {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf("\n"); k !== -1 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
