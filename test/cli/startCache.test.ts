import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Module from "node:module";
import { Script } from "node:vm";
import {
  cacheBytes,
  cacheFileOf,
  cachedDataFor,
  loadBundle,
  wrappedSource,
} from "../../src/cli/startCache";

// The loader's code cache (src/cli/startCache.ts): a bundle loads as a plain require would, whatever
// its cache file holds; a cache made from another file, or one V8 rejects, is ignored.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "start-cache-"));
  writeFileSync(path.join(dir, "helper.js"), "module.exports = 41;\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function bundle(name: string): string {
  const file = path.join(dir, name);
  const source =
    "exports.answer = require('./helper.js') + 1;\n" +
    "exports.where = [__filename, __dirname];\n" +
    "exports.self = module.exports === exports;\n";
  writeFileSync(file, source);
  return file;
}

test("a bundle without a cache loads as require() would: exports, __filename, relative require", () => {
  const file = bundle("a.js");
  const m = loadBundle(file) as { answer: number; where: string[]; self: boolean };
  expect(m.answer).toBe(42);
  expect(m.where).toEqual([file, dir]);
  expect(m.self).toBe(true);
});

test("a cache made from another file (stamp differs) or unreadable bytecode is ignored", () => {
  const file = bundle("b.js");
  writeFileSync(cacheFileOf(file), Buffer.alloc(64, 7)); // wrong stamp
  expect((loadBundle(file) as { answer: number }).answer).toBe(42);
  const s = statSync(file);
  const stamp = Buffer.alloc(16);
  stamp.writeDoubleLE(s.size, 0);
  stamp.writeDoubleLE(Math.floor(s.mtimeMs), 8);
  writeFileSync(cacheFileOf(file), Buffer.concat([stamp, Buffer.alloc(256, 3)])); // V8 rejects it
  expect((loadBundle(file) as { answer: number }).answer).toBe(42);
});

test("CA_CODE_CACHE=0 is a plain require", () => {
  const file = bundle("c.js");
  process.env.CA_CODE_CACHE = "0";
  try {
    expect((loadBundle(file) as { answer: number }).answer).toBe(42);
  } finally {
    delete process.env.CA_CODE_CACHE;
  }
});

test("a real cache is used; one with a damaged byte of bytecode fails its CRC and is not given to V8", () => {
  const file = bundle("d.js");
  const source = readFileSync(file, "utf8");
  const bytecode = new Script(Module.wrap(source), { filename: file }).createCachedData();
  writeFileSync(cacheFileOf(file), cacheBytes(file, bytecode));
  expect(cachedDataFor(file)?.equals(bytecode)).toBe(true);
  const damaged = cacheBytes(file, bytecode);
  damaged[20 + (bytecode.length >> 1)] ^= 0xff; // V8 does not check it: a fatal error, exit 133
  writeFileSync(cacheFileOf(file), damaged);
  expect(cachedDataFor(file)).toBeUndefined();
  expect((loadBundle(file) as { answer: number }).answer).toBe(42);
});

test("the source compiled is Module.wrap of the file's text, whatever its bytes", () => {
  const texts = [
    Buffer.from(""),
    Buffer.from("\ufeffexports.a = '客户 😀';\r\n"),
    Buffer.from([0x61, 0xff, 0xc3, 0x28, 0xe4, 0xbd, 0x0a, 0xf0, 0x9f]), // not UTF-8
    Buffer.from("x".repeat(300_000) + "尾"),
  ];
  texts.forEach((bytes, i) => {
    const file = path.join(dir, `w${i}.js`);
    writeFileSync(file, bytes);
    expect(wrappedSource(file)).toBe(Module.wrap(readFileSync(file, "utf8")));
  });
});
