// A bundle loaded with V8's code cache (vm.Script cachedData): the bytecode of the functions a run
// compiled, saved by the build's warm-up run (scripts/build-cli.mjs), is read back instead of
// compiled again. Node 20 has no module compile cache of its own (module.enableCompileCache is 22).
//
// Measured on build/cli/run.js (1.38 MB), require() of the bundle alone, CPU-ms, 8 alternated runs
// at load 15: plain 206-224, with a cache made after loading 146-164.
//
// Imports nothing but Node's modules: it runs before the bundle it loads (loader.ts, the worker
// stubs). The cache is used only when it was made from this very file (size and mtime recorded
// beside it): V8 itself checks only the source's length, so a rebuilt bundle of the same length
// would otherwise run the old bytecode. Anything amiss (no cache, another bundle, V8 rejecting it
// after a Node upgrade or under other flags): the bundle is compiled as a plain require would.
import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { crc32 } from "node:zlib";
import Module from "node:module";
import path from "node:path";
import { Script } from "node:vm";

/**
 * The cache of `file`, beside it. V8 rejects a cache made under other flags, so a run under
 * `--single-threaded` (a large run, startFlags.ts) has its own: run.js.single-threaded.cache.
 */
export function cacheFileOf(file: string, execArgv: readonly string[] = process.execArgv): string {
  return execArgv.includes("--single-threaded") ? `${file}.single-threaded.cache` : `${file}.cache`;
}

/**
 * What a cache was made from: the bundle's size and mtime, as the cache's first 16 bytes; then the
 * CRC-32 of the bytecode that follows (4 bytes). V8 (Node 20, release build) does not check a
 * cache's bytecode: one damaged byte with the stamp intact ended every run in a V8 fatal error,
 * exit 133, `--version` included (stop 26 reviewer). A cache that fails its CRC is not used.
 */
function stamp(file: string): Buffer {
  const s = statSync(file);
  const out = Buffer.alloc(16);
  out.writeDoubleLE(s.size, 0);
  out.writeDoubleLE(Math.floor(s.mtimeMs), 8);
  return out;
}

/** The cache's bytecode when it was made from `file` as it is now, else undefined. */
export function cachedDataFor(file: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
  if (typeof crc32 !== "function") return undefined; // Node < 20.15 (engines: >= 20): no cache
  if (data.length <= HEAD || !data.subarray(0, 16).equals(stamp(file))) return undefined;
  const bytecode = data.subarray(HEAD);
  return data.readUInt32LE(16) === crc32(bytecode) ? bytecode : undefined;
}

/** Bytes before the bytecode: the stamp and the bytecode's CRC-32. */
const HEAD = 20;

/** A cache file's bytes: the stamp of `file`, the CRC-32 of `bytecode`, the bytecode. */
export function cacheBytes(file: string, bytecode: Buffer): Buffer {
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(bytecode), 0);
  return Buffer.concat([stamp(file), crc, bytecode]);
}

/**
 * Loads `file` as CommonJS (what `require(file)` does), through the code cache when there is a good
 * one. With CA_CODE_CACHE=write (the build's warm-up run) the cache is written when the thread
 * exits, holding every function compiled by then. CA_CODE_CACHE=0: a plain require.
 *
 * @example const { runAsProgram } = loadBundle(path.join(__dirname, "run.js")) as Run;
 */
export function loadBundle(file: string): unknown {
  const mode = process.env.CA_CODE_CACHE;
  // A script compiled here is unknown to Node's source maps: stack traces would name run.js's lines,
  // not src/*.ts (CA_DEBUG=1 node --enable-source-maps, build-cli.mjs).
  const sourceMaps = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true;
  if (mode === "0" || sourceMaps || process.env.CA_DEBUG)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as unknown;
  const cachedData = mode === "write" ? undefined : cachedDataFor(file);
  const script = new Script(wrappedSource(file), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(file),
  );
  // As require() would: the module is known by its path while it runs.
  (Module as unknown as { _cache: Record<string, Module> })._cache[file] = mod;
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  if (mode === "write") process.on("exit", () => writeCache(file, script));
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

/**
 * Module.wrap of the file's text, made as one flat string: the file is read into a buffer between
 * the wrapper's two ends and decoded once. Module.wrap(readFileSync(file, "utf8")) is a string of
 * three pieces that V8 copies into one before it looks the script up (a second copy of run.js's
 * text, ~1,000 page faults): load of run.js with its cache, 5 alternated runs at load 20,
 * 51-59 -> 42-44 CPU-ms (one 66), 3,346 -> 2,359 page faults.
 *
 * @example wrappedSource(file) === Module.wrap(readFileSync(file, "utf8")) // true
 */
export function wrappedSource(file: string): string {
  const wrapped = Module.wrap("\0");
  const cut = wrapped.indexOf("\0");
  const head = Buffer.from(wrapped.slice(0, cut), "utf8");
  const tail = Buffer.from(wrapped.slice(cut + 1), "utf8");
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafeSlow(head.length + size + tail.length);
    head.copy(bytes, 0);
    let at = head.length;
    for (let n; at < head.length + size; at += n) {
      n = readSync(fd, bytes, at, head.length + size - at, at - head.length);
      if (n <= 0) break; // shorter than it was a moment ago: the text read so far, as readFileSync
    }
    tail.copy(bytes, at);
    return bytes.toString("utf8", 0, at + tail.length);
  } finally {
    closeSync(fd);
  }
}

/** The thread's bytecode for `file`, stamped, written under a temp name and renamed. */
function writeCache(file: string, script: Script): void {
  if (typeof crc32 !== "function") return;
  try {
    const target = cacheFileOf(file);
    const temp = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, cacheBytes(file, script.createCachedData()));
    renameSync(temp, target);
  } catch {
    // no cache: the next runs compile as before
  }
}
