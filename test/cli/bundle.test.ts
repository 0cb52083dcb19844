import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The precompiled command line (scripts/build-cli.mjs → build/cli/{main,demo}.js) as a user meets
// it: `npm run demo` is the README's first command, so its stderr must hold only progress lines.
// A new-user trial found main.ts's self-run guard firing inside the demo's bundle (the whole help,
// or "unknown command “en”", on stderr before every demo run).
const root = path.resolve(__dirname, "../..");

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

test("the JSON written in a worker (jsonWorker.js) is the JSON written in the main thread", () => {
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
    expect(existsSync(path.join(root, "build/cli/jsonWorker.js"))).toBe(true);
    const inWorker = run("1");
    expect(JSON.parse(inWorker).customers.data.length).toBeGreaterThan(0);
    expect(inWorker).toBe(run("0"));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
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
    expect(existsSync(path.join(root, "build/cli/backtestWorker.js"))).toBe(true);
    const inWorker = run("1");
    expect(JSON.parse(inWorker).validation.available).toBe(true);
    expect(inWorker).toBe(run("0"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

/** Counts the worker threads the main thread starts and says how many on stderr at exit. */
const COUNT_THREADS = `
const wt = require("node:worker_threads");
if (wt.isMainThread) {
  let started = 0;
  const Base = wt.Worker;
  wt.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      started++;
    }
  };
  process.on("exit", () => process.stderr.write("[threads] " + started + "\\n"));
}
`;

/** Small CSV files of customers, transactions and contacts (deterministic). */
function writeCsvs(dir: string): Record<"customers" | "transactions" | "contacts", string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const day = (d: number) => new Date(Date.UTC(2023, 0, 1) + d * 864e5).toISOString().slice(0, 10);
  const customers = ["客户编号,客户名称,负责人,建档日期"];
  const transactions = ["客户编号,日期,金额(元)"];
  const contacts = ["客户编号,日期,方式,负责人"];
  for (let c = 0; c < 400; c++) {
    const id = 1000 + c;
    const owner = ["王芳", "李强", "陈静"][c % 3];
    const since = Math.floor(next() * 300);
    customers.push(`${id},客户${id},${owner},${day(since)}`);
    const buys = 1 + Math.floor(next() * 20);
    for (let b = 0; b < buys; b++) {
      const d = since + Math.floor(next() * (900 - since));
      transactions.push(`${id},${day(d)},${(50 + next() * 2000).toFixed(2)}`);
    }
    if (next() < 0.6) contacts.push(`${id},${day(since + 30)},电话,${owner}`);
  }
  const files = { customers, transactions, contacts };
  const paths = {} as Record<keyof typeof files, string>;
  for (const [kind, lines] of Object.entries(files) as [keyof typeof files, string[]][]) {
    paths[kind] = path.join(dir, `${kind}.csv`);
    writeFileSync(paths[kind], lines.join("\n") + "\n");
  }
  return paths;
}

test("the model fits, the JSON and the deflating run in idle CSV workers (workerHost.ts): fewer threads, the same outputs", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "worker-host-"));
  try {
    const files = writeCsvs(dir);
    const preload = path.join(dir, "count.js");
    writeFileSync(preload, COUNT_THREADS);
    const run = (host: "0" | "1") => {
      const json = path.join(dir, `r${host}.json`);
      const args = ["-r", preload, "build/cli/main.js", "analyze", "-q", "--as-of", "2025-06-30"];
      for (const [kind, file] of Object.entries(files)) args.push(`--${kind}`, file);
      args.push("-o", path.join(dir, `r${host}.xlsx`), "--json", json);
      const r = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: "utf8",
        env: {
          ...process.env,
          // Small files read in workers (the loader's standby and the transactions' aside one),
          // the fits in a worker at any size, and no restart (startFlags.ts).
          CA_CSV_WORKER_MIN_BYTES: "1",
          CA_BACKTEST_WORKER: "1",
          CA_SINGLE_THREADED: "0",
          CA_WORKER_HOST: host,
        },
      });
      expect(r.status).toBe(0);
      const threads = Number(/\[threads\] (\d+)/.exec(r.stderr)?.[1]);
      expect(r.stderr.replace(/\[threads\] \d+\n/, "")).toBe("");
      return { threads, json: readFileSync(json, "utf8").replace(/^"generatedAt":.*$/m, "") };
    };
    const own = run("0");
    const hosted = run("1");
    // Each role in a thread of its own: the CSV workers (the standby, the aside one, one for a
    // file read ahead), the fits', the JSON's and the deflating one.
    expect(own.threads).toBeGreaterThanOrEqual(5);
    // The roles in the CSV workers once their reads are over (the deflating may start before one
    // is free on a loaded machine: then in a thread of its own).
    expect(hosted.threads).toBeLessThanOrEqual(own.threads - 2);
    expect(JSON.parse(hosted.json).validation).toBeDefined();
    expect(hosted.json).toBe(own.json);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
