import { LARGE_RUN_FLAGS, restartFlags } from "../../src/cli/startFlags";
import { cacheFileOf } from "../../src/cli/startCache";

// A large run restarts under `node --single-threaded` (src/cli/startFlags.ts), once.
test("a large run restarts with the flags; a small one only when asked", () => {
  expect(restartFlags(true, [], {})).toEqual(LARGE_RUN_FLAGS);
  expect(restartFlags(false, [], {})).toBeNull();
  expect(restartFlags(false, [], { CA_SINGLE_THREADED: "1" })).toEqual(LARGE_RUN_FLAGS);
  expect(restartFlags(true, [], { CA_SINGLE_THREADED: "0" })).toBeNull();
});

test("the restarted process (or a user's own node --single-threaded) does not restart again", () => {
  expect(restartFlags(true, ["--single-threaded"], {})).toBeNull();
  expect(restartFlags(true, ["--enable-source-maps", ...LARGE_RUN_FLAGS], {})).toBeNull();
  expect(restartFlags(true, ["--enable-source-maps"], {})).toEqual(LARGE_RUN_FLAGS);
});

test("a run under --single-threaded has its own code cache (V8 rejects one made under other flags)", () => {
  expect(cacheFileOf("/b/run.js", [])).toBe("/b/run.js.cache");
  expect(cacheFileOf("/b/run.js", ["--single-threaded"])).toBe("/b/run.js.single-threaded.cache");
});
