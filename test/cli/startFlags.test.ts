import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import {
  childEnv,
  HUGE_PAGE_TUNABLES,
  LARGE_RUN_FLAGS,
  LEAN_INLINING_FLAGS,
  SYNC_OSR_FLAGS,
  restartEnv,
  restartFlags,
  runtimeFlags,
} from "../../src/cli/startFlags";
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

test("a large run on Linux restarts with glibc's huge-page tunables, once, unless told not to", () => {
  const tunables = { GLIBC_TUNABLES: HUGE_PAGE_TUNABLES };
  expect(restartEnv(true, {}, "linux")).toEqual(tunables);
  expect(restartEnv(false, {}, "linux")).toBeNull(); // a small run: the restart would cost more
  expect(restartEnv(false, { CA_HUGE_PAGES: "1" }, "linux")).toEqual(tunables);
  expect(restartEnv(true, { CA_HUGE_PAGES: "0" }, "linux")).toBeNull();
  expect(restartEnv(true, {}, "darwin")).toBeNull(); // no glibc
  expect(restartEnv(true, {}, "win32")).toBeNull();
  // The restarted process has them (no second restart), and a user's own are left alone.
  expect(restartEnv(true, tunables, "linux")).toBeNull();
  expect(restartEnv(true, { GLIBC_TUNABLES: "glibc.malloc.arena_max=2" }, "linux")).toBeNull();
});

// The restarted run does not read NODE_EXTRA_CA_CERTS's certificates again (startFlags.ts childEnv).
test("the child's environment: the parent's, plus the variables added, minus NODE_EXTRA_CA_CERTS", () => {
  const parent = { PATH: "/bin", NODE_EXTRA_CA_CERTS: "/etc/ssl/certs/ca-certificates.crt" };
  expect(childEnv(parent, { GLIBC_TUNABLES: HUGE_PAGE_TUNABLES })).toEqual({
    PATH: "/bin",
    GLIBC_TUNABLES: HUGE_PAGE_TUNABLES,
  });
  expect(childEnv(parent, null)).toEqual({ PATH: "/bin" });
  expect(parent.NODE_EXTRA_CA_CERTS).toBe("/etc/ssl/certs/ca-certificates.crt"); // not changed
});

// A large run halves TurboFan's inlining and compiles a hot loop's code on the thread running it,
// once its bundle is loaded (startFlags.ts runtimeFlags).
test("a large run sets the lean-inlining and sync-OSR V8 flags, unless told not to or writing the code cache", () => {
  expect(runtimeFlags(true, {})).toEqual([
    "--max-inlined-bytecode-size-cumulative=460",
    "--no-concurrent-osr",
  ]);
  expect(runtimeFlags(false, {})).toEqual([]);
  expect(runtimeFlags(true, { CA_LEAN_INLINING: "0" })).toEqual(["--no-concurrent-osr"]);
  expect(runtimeFlags(true, { CA_SYNC_OSR: "0" })).toEqual([
    "--max-inlined-bytecode-size-cumulative=460",
  ]);
  expect(runtimeFlags(true, { CA_LEAN_INLINING: "0", CA_SYNC_OSR: "0" })).toEqual([]);
  // The build's warm-up writes the cache the next runs read: under V8's default flags.
  expect(runtimeFlags(true, { CA_CODE_CACHE: "write" })).toEqual([]);
});

test("this Node's V8 knows the run-time flags (setFlagsFromString ignores one it does not)", () => {
  const flags = [...LEAN_INLINING_FLAGS, ...SYNC_OSR_FLAGS];
  const r = spawnSync(process.execPath, [...flags, "-e", "0"], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test("a run under --single-threaded has its own code cache (V8 rejects one made under other flags)", () => {
  expect(cacheFileOf("/b/run.js", [])).toBe("/b/run.js.cache");
  expect(cacheFileOf("/b/run.js", ["--single-threaded"])).toBe("/b/run.js.single-threaded.cache");
});

// restartWith itself (F6, stop 26 reviewer): a small program bundled with the real startFlags.ts
// restarts itself once under --single-threaded. The child must get the flag and the same arguments,
// share stdio, hand its exit code back, and get the signals sent to the parent.
describe("restartWith", () => {
  let dir: string;
  let program: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "restart-with-"));
    const entry = path.join(dir, "entry.ts");
    const startFlags = path.resolve(__dirname, "../../src/cli/startFlags");
    writeFileSync(
      entry,
      `import { restartWith } from ${JSON.stringify(startFlags)};
const [mode, ...rest] = process.argv.slice(2);
if (!process.execArgv.includes("--single-threaded")) {
  if (!restartWith(["--single-threaded"], mode === "env" ? { CA_TEST_ADDED: "yes" } : null)) process.exit(99);
} else if (mode === "env") {
  process.stdout.write(JSON.stringify([process.env.CA_TEST_ADDED ?? null, process.env.CA_TEST_KEPT ?? null, process.env.NODE_EXTRA_CA_CERTS ?? null]));
} else if (mode === "echo") {
  let input = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (d) => (input += d));
  process.stdin.on("end", () => {
    process.stdout.write(JSON.stringify({ execArgv: process.execArgv, rest, input, ppid: process.ppid }));
    process.stderr.write("to stderr");
    process.exitCode = 7;
  });
} else if (mode === "wait") {
  if (rest[0] === "handle") process.on("SIGINT", () => process.exit(130));
  process.stdout.write(String(process.pid) + "\\n");
  setTimeout(() => process.exit(3), 20_000); // a signal that never came: the test fails, nothing lingers
}
`,
    );
    program = path.join(dir, "program.js");
    await build({
      entryPoints: [entry],
      outfile: program,
      bundle: true,
      platform: "node",
      format: "cjs",
      logLevel: "silent",
    });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the child runs with the flag and the same arguments, shares stdio, and its exit code is the parent's", () => {
    const run = spawnSync(process.execPath, [program, "echo", "a b", "--c"], {
      input: "stdin text",
      encoding: "utf8",
    });
    expect(run.status).toBe(7);
    expect(run.stderr).toBe("to stderr");
    const seen = JSON.parse(run.stdout) as {
      execArgv: string[];
      rest: string[];
      input: string;
      ppid: number;
    };
    expect(seen.execArgv).toEqual(["--single-threaded"]);
    expect(seen.rest).toEqual(["a b", "--c"]);
    expect(seen.input).toBe("stdin text");
    expect(seen.ppid).toBe(run.pid);
  }, 60_000);

  test("the child gets the environment given added to the parent's, without NODE_EXTRA_CA_CERTS", () => {
    const run = spawnSync(process.execPath, [program, "env"], {
      encoding: "utf8",
      // A file that is not there: Node warns about it at start, the child must not read it.
      env: {
        ...process.env,
        CA_TEST_KEPT: "kept",
        NODE_EXTRA_CA_CERTS: path.join(dir, "none.pem"),
      },
    });
    expect(JSON.parse(run.stdout)).toEqual(["yes", "kept", null]);
  }, 60_000);

  /** Starts the program in "wait" mode, sends `signal` to the parent once the child runs. */
  function signalled(
    signal: NodeJS.Signals,
    handle: boolean,
  ): Promise<{ code: number | null; child: number }> {
    return new Promise((resolve, reject) => {
      const parent = spawn(process.execPath, [program, "wait", handle ? "handle" : ""], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      parent.stdout.setEncoding("utf8");
      parent.stdout.on("data", (d: string) => {
        out += d;
        if (out.endsWith("\n")) parent.kill(signal);
      });
      parent.on("error", reject);
      parent.on("exit", (code) => {
        const child = Number(out.trim());
        // A child left running (the signal not passed on) is ended here, after it is seen alive.
        const left = child > 0 && alive(child);
        if (left) process.kill(child, "SIGKILL");
        resolve({ code, child: left ? -child : child });
      });
    });
  }

  function alive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  test("SIGTERM to the parent ends the child; the parent exits 143, not by the signal", async () => {
    const { code, child } = await signalled("SIGTERM", false);
    expect(child).toBeGreaterThan(0); // < 0: the child outlived its parent
    expect(code).toBe(143);
  }, 60_000);

  test("SIGINT reaches the child's own handler; its exit code (130) is the parent's", async () => {
    const { code, child } = await signalled("SIGINT", true);
    expect(child).toBeGreaterThan(0);
    expect(code).toBe(130);
  }, 60_000);
});
