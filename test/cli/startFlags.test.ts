import { LARGE_RUN_FLAGS, restartFlags } from "../../src/cli/startFlags";
import { cacheFileOf } from "../../src/cli/startCache";

// A run restarts under `node --single-threaded` (src/cli/startFlags.ts) only when asked, and once.
test("off by default; CA_SINGLE_THREADED=1 restarts any run, =large the large ones", () => {
  expect(restartFlags(true, [], {})).toBeNull();
  expect(restartFlags(true, [], { CA_SINGLE_THREADED: "0" })).toBeNull();
  expect(restartFlags(false, [], { CA_SINGLE_THREADED: "1" })).toEqual(LARGE_RUN_FLAGS);
  expect(restartFlags(true, [], { CA_SINGLE_THREADED: "large" })).toEqual(LARGE_RUN_FLAGS);
  expect(restartFlags(false, [], { CA_SINGLE_THREADED: "large" })).toBeNull();
});

test("the restarted process (or a user's own node --single-threaded) does not restart again", () => {
  const on = { CA_SINGLE_THREADED: "1" };
  expect(restartFlags(true, ["--single-threaded"], on)).toBeNull();
  expect(restartFlags(true, ["--enable-source-maps", ...LARGE_RUN_FLAGS], on)).toBeNull();
  expect(restartFlags(true, ["--enable-source-maps"], on)).toEqual(LARGE_RUN_FLAGS);
});

test("a run under --single-threaded has its own code cache (V8 rejects one made under other flags)", () => {
  expect(cacheFileOf("/b/run.js", [])).toBe("/b/run.js.cache");
  expect(cacheFileOf("/b/run.js", ["--single-threaded"])).toBe("/b/run.js.single-threaded.cache");
});
