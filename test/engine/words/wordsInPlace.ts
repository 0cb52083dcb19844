import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The scan behind wordsInCatalog.test.ts: texts in both languages written in place in src/. */
const SRC = path.join(__dirname, "../../../src");

const SIDE_BY_SIDE = "Chinese and English strings side by side";

export const PATTERNS: { name: string; re: RegExp }[] = [
  { name: '"zh-CN": literal', re: /"zh-CN"\s*:\s*[`"'(]/g },
  { name: "zh ? conditional", re: /\b(?:zh|isZh|chinese)\s*\?(?![.?])|===\s*"zh-CN"\s*\?/g },
  {
    name: SIDE_BY_SIDE,
    re: /(["`])[^"`\n]*[\u4e00-\u9fff][^"`\n]*\1\s*,\s*(["`])[^"`\n]*[A-Za-z][^"`\n\u4e00-\u9fff]*\2|(["`])[^"`\n\u4e00-\u9fff]*[A-Za-z][^"`\n\u4e00-\u9fff]*\3\s*,\s*(["`])[^"`\n]*[\u4e00-\u9fff][^"`\n]*\4/g,
  },
];

/**
 * Recognition vocabulary: the lists of words users write (sheet names, column headers, option, flag
 * and totals cells) by which ingest recognises their data. They mix Chinese and English by nature
 * ("客户编号", "Cust No") and are data we read, not text we show, so the side-by-side pattern does
 * not count in these files; declarativeProblems() checks that they hold lists only, so no shown
 * text can hide there (a shown text needs a language key or a function, both refused).
 */
export const RECOGNITION_VOCABULARY = ["engine/headerWords.ts", "engine/optionWords.ts"];

/** Code without comments (comments may quote words, as in an @example; only code counts). */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/**
 * What makes a vocabulary file more than lists of words: a function, an import, a template, a
 * conditional or a text keyed by language. [] when it is declarative.
 */
export function declarativeProblems(rel: string): string[] {
  return declarativeProblemsIn(readFileSync(path.join(SRC, rel), "utf8"));
}

/** declarativeProblems of a source text. */
export function declarativeProblemsIn(text: string): string[] {
  const code = codeOf(text);
  const keyed = /"(?:zh-CN|en-US)"\s*:/.test(code) ? ["a text keyed by language"] : [];
  const bare = code.replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const checks: [RegExp, string][] = [
    [/=>|\bfunction\b/, "a function"],
    [/^\s*import\b/m, "an import"],
    [/`/, "a template"],
    [/\?/, "a conditional"],
  ];
  return [...keyed, ...checks.filter(([re]) => re.test(bare)).map(([, what]) => what)];
}

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
    const code = codeOf(readFileSync(file, "utf8"));
    const vocabulary = RECOGNITION_VOCABULARY.includes(rel);
    let n = 0;
    for (const p of PATTERNS)
      if (!(vocabulary && p.name === SIDE_BY_SIDE)) n += code.match(p.re)?.length ?? 0;
    if (n > 0) out[rel] = n;
  }
  return out;
}
