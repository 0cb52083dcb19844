import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ZipReader } from "../../src/workbook/file/zipReader";

// The precompiled command line (scripts/build-cli.mjs → build/cli/{main,demo}.js) as a user meets
// it: `npm run demo` is the README's first command, so its stderr must hold only progress lines.
// A new-user trial found main.ts's self-run guard firing inside the demo's bundle (the whole help,
// or "unknown command “en”", on stderr before every demo run).
const root = path.resolve(__dirname, "../..");
/** Bytes written ahead of the program's output in the stdout check: more than a pipe and Node's exit take. */
const PAD_BYTES = 256 << 10;

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root, stdio: "pipe" });
}, 120_000);

test("the demo bundle runs the demo only: no help, no error on stderr", () => {
  const run = spawnSync(process.execPath, ["build/cli/demo.js", "en"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toMatch(/Usage:|unknown command|error/i);
  expect(run.stdout).toMatch(/Customer/);
}, 120_000);

test("the main bundle still runs as the program: no command is the help on stderr, exit 2", () => {
  const run = spawnSync(process.execPath, ["build/cli/main.js"], { cwd: root, encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/Usage:/);
});

test("the bundles are ASCII: read as one-byte strings, not decoded into two-byte ones", () => {
  for (const file of readdirSync(path.join(root, "build/cli")).filter((f) => f.endsWith(".js"))) {
    const bytes = readFileSync(path.join(root, "build/cli", file));
    expect([file, bytes.findIndex((b) => b > 0x7f)]).toEqual([file, -1]);
  }
});

test("the program's stdout is whole when it ends (it exits once stdout and stderr are flushed)", () => {
  // The process ends by process.exit once main() is done (main.ts exitOnceFlushed), which must
  // wait for what stdout has not yet taken. `rules --print` alone (18 KB) cannot show it: a pipe
  // takes 64 KB at once, and Node still writes about that much more as it exits (measured: an
  // exit right after writing lost nothing up to ~128 KB), so a check of it alone passed with the
  // wait removed (stop 30, house item 4). Here 256 KB come first (a preloaded module writes them
  // as the program starts) into a pipe read only 2 s later: an exit that does not wait cuts the
  // output (checked: the JSON is gone with the wait removed from main.ts).
  const dir = mkdtempSync(path.join(tmpdir(), "stdout-whole-"));
  try {
    const started = path.join(dir, "started");
    const pad = path.join(dir, "pad.js");
    writeFileSync(
      pad,
      `require("node:fs").writeFileSync(${JSON.stringify(started)}, "");\n` +
        `process.stdout.write(".".repeat(${PAD_BYTES}) + "\\n");\n`,
    );
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const script =
      `{ ${q(process.execPath)} -r ${q(pad)} build/cli/main.js rules --print; echo "rc=$?" >&2; } | ` +
      `{ while [ ! -e ${q(started)} ]; do sleep 0.05; done; sleep 2; cat; }`;
    const run = spawnSync("sh", ["-c", script], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("rc=0\n");
    expect(run.stdout.indexOf("\n")).toBe(PAD_BYTES);
    const printed = run.stdout.slice(PAD_BYTES + 1);
    expect(JSON.parse(printed)).toHaveProperty("followUp");
    const natural = spawnSync(process.execPath, ["build/cli/main.js", "rules", "--print"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CA_NATURAL_EXIT: "1" },
    });
    expect(printed).toBe(natural.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("the JSON written in a worker (jsonWorker.js) is the JSON written in the main thread", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "json-worker-"));
  try {
    const run = (worker: "0" | "1") => {
      const json = path.join(dir, `r${worker}.json`);
      const args = ["build/cli/main.js", "analyze", "assets/sample-en.xlsx", "-q"];
      args.push("-o", path.join(dir, `r${worker}.xlsx`), "--json", json, "--as-of", "2025-06-30");
      const r = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CA_JSON_WORKER: worker },
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return readFileSync(json, "utf8").replace(/^"generatedAt":.*$/m, "");
    };
    expect(existsSync(path.join(root, "build/cli/jsonWorker.js"))).toBe(true); // its role's bundle
    const inWorker = run("1");
    expect(JSON.parse(inWorker).customers.data.length).toBeGreaterThan(0);
    expect(inWorker).toBe(run("0"));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // The run state's cells, packed in the JSON's thread (releaseRows.ts stateColumns), are the
    // ones the main thread packs.
    const state = async (worker: "0" | "1") => {
      const zip = await ZipReader.open(path.join(dir, `r${worker}.xlsx`));
      try {
        for (const name of zip.names()) {
          const xml = (await zip.readBuffer(name)).toString("utf8");
          if (name.startsWith("xl/worksheets/") && xml.includes("packedCustomers")) return xml;
        }
        return null;
      } finally {
        zip.close();
      }
    };
    const stateXml = await state("1");
    expect(stateXml).toContain('[["');
    expect(stateXml).toBe(await state("0"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("the backtest run in a worker (backtestWorker.js) gives the outputs of the main thread's", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "backtest-worker-"));
  try {
    const run = (worker: "0" | "1") => {
      const json = path.join(dir, `r${worker}.json`);
      const args = ["build/cli/main.js", "analyze", "assets/sample-en.xlsx", "-q"];
      args.push("-o", path.join(dir, `r${worker}.xlsx`), "--json", json, "--as-of", "2025-06-30");
      const r = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CA_BACKTEST_WORKER: worker },
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return readFileSync(json, "utf8").replace(/^"generatedAt":.*$/m, "");
    };
    expect(existsSync(path.join(root, "build/cli/backtestWorker.js"))).toBe(true); // its role's bundle
    const inWorker = run("1");
    expect(JSON.parse(inWorker).validation.available).toBe(true);
    expect(inWorker).toBe(run("0"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("one aside thread fits the models, then writes the JSON: one thread booted, the same JSON", () => {
  // src/workbook/file/asideThread.ts: each role once booted a thread of its own (~0.1 CPU-s each).
  // A preloaded module counts the threads the run boots; CA_SHARED_THREAD=0 boots one per role.
  const dir = mkdtempSync(path.join(tmpdir(), "aside-thread-"));
  try {
    const count = path.join(dir, "count.js");
    writeFileSync(
      count,
      `const wt = require("node:worker_threads");
      const Worker = wt.Worker;
      let booted = 0;
      wt.Worker = class extends Worker { constructor(...a) { super(...a); booted++; } };
      process.on("exit", () => process.stderr.write("booted " + booted + "\\n"));`,
    );
    const run = (shared: "0" | "1") => {
      const json = path.join(dir, `r${shared}.json`);
      const args = ["-r", count, "build/cli/main.js", "analyze", "assets/sample-en.xlsx", "-q"];
      args.push("-o", path.join(dir, `r${shared}.xlsx`), "--json", json, "--as-of", "2025-06-30");
      const r = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CA_BACKTEST_WORKER: "1", CA_SHARED_THREAD: shared },
      });
      expect(r.status).toBe(0);
      return {
        booted: r.stderr,
        json: readFileSync(json, "utf8").replace(/^"generatedAt":.*$/m, ""),
      };
    };
    const shared = run("1");
    const apart = run("0");
    expect([shared.booted, apart.booted]).toEqual(["booted 1\n", "booted 2\n"]);
    expect(JSON.parse(shared.json).validation.available).toBe(true);
    expect(shared.json).toBe(apart.json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("the aside thread ends once its last role is over (the JSON, else the fits), not at the process's exit", () => {
  // src/cli/jsonWorker.ts: the JSON is the aside thread's last role; without one, the model's fits
  // are (analyzeCommand.ts, asideThread.ts endIdleThread). Given back idle, the thread was ended by
  // the process's exit (process.exit, main.ts), which waited for its heap's teardown after the
  // run's end. Counted: the run's own calls to end a thread.
  const dir = mkdtempSync(path.join(tmpdir(), "json-thread-end-"));
  try {
    const count = path.join(dir, "count.js");
    writeFileSync(
      count,
      `const wt = require("node:worker_threads");
      const Worker = wt.Worker;
      let booted = 0, ended = 0;
      wt.Worker = class extends Worker { constructor(...a) { super(...a); booted++; }
        terminate() { ended++; return super.terminate(); } };
      process.on("exit", () => process.stderr.write("booted " + booted + ", ended " + ended + "\\n"));`,
    );
    const json = path.join(dir, "r.json");
    const run = (withJson: boolean) => {
      const args = ["-r", count, "build/cli/main.js", "analyze", "assets/sample-en.xlsx", "-q"];
      args.push("-o", path.join(dir, "r.xlsx"), "--as-of", "2025-06-30");
      if (withJson) args.push("--json", json);
      return spawnSync(process.execPath, args, {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CA_BACKTEST_WORKER: "1" },
      });
    };
    for (const withJson of [true, false]) {
      const r = run(withJson);
      expect(r.status).toBe(0);
      expect([withJson, r.stderr]).toEqual([withJson, "booted 1, ended 1\n"]);
    }
    expect(JSON.parse(readFileSync(json, "utf8")).validation.available).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("a transactions CSV read aside: its thread is booted before the bundle loads, and is the only one", () => {
  // src/cli/loader.ts boots the aside thread (asideThread.ts bootAsideEarly) before run.js, so
  // its start overlaps the bundle's loading; the CSV ingest, the fits and the JSON take that one.
  const dir = mkdtempSync(path.join(tmpdir(), "early-aside-"));
  try {
    const count = path.join(dir, "count.js");
    writeFileSync(
      count,
      `const wt = require("node:worker_threads");
      const Worker = wt.Worker;
      let booted = 0, early = 0;
      wt.Worker = class extends Worker { constructor(...a) { super(...a); booted++;
        if (!Object.keys(require.cache).some((k) => k.endsWith("run.js"))) early++; } };
      process.on("exit", () => process.stderr.write("booted " + booted + ", before run.js " + early + "\\n"));`,
    );
    const customers = path.join(dir, "customers.csv");
    writeFileSync(customers, "客户编号,客户名称\n1000001,甲\n1000002,乙\n");
    // 4 MB of transactions (csvAside.ts WORKER_MIN_BYTES): ingested aside.
    const row = "1000001,2024-01-02,10.50\n1000002,2024-03-04,20.00\n";
    const transactions = path.join(dir, "transactions.csv");
    writeFileSync(
      transactions,
      "客户编号,日期,金额\n" + row.repeat(Math.ceil((4 << 20) / row.length)),
    );
    const args = ["-r", count, "build/cli/main.js", "analyze", "--customers", customers];
    args.push("--transactions", transactions, "--as-of", "2025-06-30", "-q");
    args.push("-o", path.join(dir, "r.xlsx"), "--json", path.join(dir, "r.json"));
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("booted 1, before run.js 1\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
