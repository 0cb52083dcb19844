// The precompiled command line: src/cli/{loader,main,demo}.ts bundled by esbuild into build/cli/*.js, so a
// run starts in plain Node (`npx tsx` costs ~3 CPU-s of start-up: npx, tsx's child process, compiling
// every module on load). `npm run cli` and `npm run demo` call this first; it rebuilds only when a file
// the bundle was made from (listed in esbuild's metafile) is newer than the bundle, so a fresh clone or
// an edited source is built on demand and an unchanged one costs a few stat calls.
//
// build/cli/ is two levels below the repository, like src/cli/, so `__dirname + "../.."` in the
// sources (package.json for --version, assets/ for the demo) still names the repository root.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "build", "cli");
/** The aside thread's roles' bundles (src/cli/asideWorker.ts requires each by this name). */
const asideRoles = {
  csvAside: "src/workbook/file/csvAside.ts",
  xlsxAside: "src/workbook/file/xlsxAsideWorker.ts",
  backtestWorker: "src/cli/backtestWorker.ts",
  jsonWorker: "src/cli/jsonWorker.ts",
};
const entries = {
  // main.js is the loader (src/cli/loader.ts): it restarts a run under other V8 flags when asked,
  // else loads run.js, the command line itself (src/cli/main.ts).
  main: "src/cli/loader.ts",
  run: "src/cli/main.ts",
  demo: "src/cli/demo.ts",
  // `npm run bench` runs this bundle, so it measures the code a run executes: under tsx every
  // imported function is reached through a getter and the hot loops cost more than in the CLI.
  bench: "src/cli/bench.ts",
  // The aside thread (src/cli/asideWorker.ts, src/workbook/file/asideThread.ts): one worker thread
  // for the second core's roles in turn, each role's bundle loaded when it is first played: a
  // transactions sheet or file ingested beside the customers (csvAside.ts, xlsxAsideWorker.ts), the
  // repeat-purchase fits during the analysis (backtestWorker.ts), the JSON result while the workbook
  // is written (jsonWorker.ts). Bundles of their own, not one: a module esbuild bundles for a
  // require() at run time keeps every module it imports (the rule sets' zod schemas, 1.1 MB in all).
  asideWorker: "src/cli/asideWorker.ts",
  ...asideRoles,
};
const metaFile = path.join(outDir, "meta.json");

/** True when a bundle is missing or any of its inputs (or the build settings) changed since. */
function stale() {
  let built;
  try {
    built = Math.min(
      ...Object.keys(entries).map((name) => statSync(path.join(outDir, `${name}.js`)).mtimeMs),
    );
  } catch {
    return true;
  }
  if (!existsSync(metaFile)) return true;
  let inputs;
  try {
    inputs = Object.keys(JSON.parse(readFileSync(metaFile, "utf8")).inputs);
  } catch {
    return true;
  }
  const files = [...inputs, "scripts/build-cli.mjs", "package-lock.json", "tsconfig.json"];
  for (const file of files) {
    try {
      if (statSync(path.join(root, file)).mtimeMs > built) return true;
    } catch {
      return true; // an input was moved or deleted
    }
  }
  return false;
}

/**
 * zod's messages in English only: its locales module re-exports ~60 languages (366 KB, a fifth of
 * main.js) that every run parsed and compiled at start-up; the rule set's messages are ours (the
 * catalog), and zod's own default is its English (`config(en())`). Measured: --version 0.40 -> 0.37
 * CPU-s (load 9, 8 runs each).
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * The rule-set modules (src/engine/rules/*.ts) build zod schemas at load and are otherwise free of
 * side effects: esbuild may leave out one whose exports a bundle does not use. Without this, a worker
 * that needs only a constant from them (the backtest worker: ruleSetId; the JSON worker: the
 * follow-up codes, rules/followUpCodes.ts) loaded zod and built every schema at its start: 130-180
 * CPU-ms per worker against 30 for the CSV worker, which has no zod (load 10, `require` timed 5x).
 */
const rulesWithoutSideEffects = {
  name: "rules-without-side-effects",
  setup(b) {
    const rulesDir = path.join(root, "src", "engine", "rules") + path.sep;
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === "rules-without-side-effects") return undefined;
      const found = await b.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: "rules-without-side-effects",
      });
      if (found.errors.length > 0 || !found.path.startsWith(rulesDir)) return undefined;
      return { path: found.path, sideEffects: false };
    });
  },
};

if (process.argv.includes("--force") || stale()) {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Readable stack traces (CA_DEBUG=1) with `node --enable-source-maps build/cli/main.js`.
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [zodEnglishOnly, rulesWithoutSideEffects],
  });
  for (const name of Object.keys(entries)) asciiOnly(path.join(outDir, `${name}.js`));
  writeFileSync(metaFile, JSON.stringify(result.metafile));
  warmUp();
}

/**
 * The bundle in ASCII: esbuild escapes the strings' other characters but leaves comments and regular
 * expressions as written (the word catalog's comments, the date and money patterns in Chinese), and
 * one such character made the whole 1.46 MB of run.js a two-byte string when read (UTF-8 decoded
 * into 2.9 MB): reading it as UTF-8 took 25-36 CPU-ms against 24-26 in ASCII (load 12-14), and the
 * CSV and workbook-aside workers read theirs (~0.45 MB each) so too. Each such character becomes its
 * \uXXXX escape (UTF-16 code units: an astral one becomes its surrogate pair), which means the same in
 * a regular expression, with or without the u flag; an identity escape (a backslash before it)
 * loses the backslash. Template literals are not touched by this: esbuild escaped them already
 * (String.raw's would not be the same; the bundles have none with such characters, checked below).
 * Source maps: columns after an escape on its line are off by the escape's length (comments and
 * patterns only).
 */
function asciiOnly(file) {
  const text = readFileSync(file, "utf8");
  if (!/[^\x00-\x7f]/.test(text)) return;
  const out = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(text))
    throw new Error(`${file}: a String.raw template has characters beyond ASCII`);
  writeFileSync(file, out);
}

/**
 * run.js's V8 code cache (src/cli/startCache.ts): one analysis of the sample workbook with
 * CA_CODE_CACHE=write saves the bytecode of every function it compiled into build/cli/run.js.cache,
 * which the runs after it read instead of compiling (loading run.js: 206-224 -> 146-168 CPU-ms, load
 * 15-17; a whole 20k run, V8's --log-function-events, parse + bytecode + deserialise 608 -> 460 ms
 * at load 17).
 * Costs two such runs (~1 CPU-s each quiet) when the bundle is rebuilt; a failed warm-up leaves no cache
 * and the runs compile as before.
 */
function warmUp() {
  // Twice: a large run restarts under --single-threaded (src/cli/startFlags.ts), and V8 takes a cache
  // only from a process with the same flags (run.js.single-threaded.cache).
  for (const singleThreaded of ["0", "1"]) warmUpRun(singleThreaded);
}

function warmUpRun(singleThreaded) {
  const dir = mkdtempSync(path.join(tmpdir(), "ca-warm-up-"));
  try {
    spawnSync(
      process.execPath,
      [
        path.join(outDir, "main.js"),
        "analyze",
        path.join(root, "assets", "sample-en.xlsx"),
        "--as-of",
        "2025-06-30",
        "-o",
        path.join(dir, "warm.xlsx"),
        "--json",
        path.join(dir, "warm.json"),
        "-q",
      ],
      {
        env: {
          ...process.env,
          CA_CODE_CACHE: "write",
          CA_SINGLE_THREADED: singleThreaded,
          CA_TIMINGS: "",
        },
        stdio: "ignore",
        // A warm-up that hangs must not hang the build (npm run cli / demo): no cache then.
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
