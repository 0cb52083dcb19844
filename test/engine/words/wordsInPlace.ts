import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The scan behind wordsInCatalog.test.ts: texts in both languages written in place in src/. */
const SRC = path.join(__dirname, "../../../src");

export const PATTERNS: { name: string; re: RegExp }[] = [
  { name: '"zh-CN": literal', re: /"zh-CN"\s*:\s*[`"'(]/g },
  { name: "zh ? conditional", re: /\b(?:zh|isZh|chinese)\s*\?(?![.?])|===\s*"zh-CN"\s*\?/g },
  {
    name: "Chinese and English strings side by side",
    re: /(["`])[^"`\n]*[\u4e00-\u9fff][^"`\n]*\1\s*,\s*(["`])[^"`\n]*[A-Za-z][^"`\n\u4e00-\u9fff]*\2|(["`])[^"`\n\u4e00-\u9fff]*[A-Za-z][^"`\n\u4e00-\u9fff]*\3\s*,\s*(["`])[^"`\n]*[\u4e00-\u9fff][^"`\n]*\4/g,
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** Each file's count of words written in place (outside src/engine/words), by path under src/. */
export function wordsInPlace(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const file of sourceFiles(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join("/");
    if (rel.startsWith("engine/words/")) continue;
    // Comments may quote words (an @example); only code counts.
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    let n = 0;
    for (const p of PATTERNS) n += code.match(p.re)?.length ?? 0;
    if (n > 0) out[rel] = n;
  }
  return out;
}
