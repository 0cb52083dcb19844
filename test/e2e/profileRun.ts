/**
 * A profiling aid (not part of `npm run test:e2e`): runs the preview's analysis once at a given
 * size in headless Chromium with a CDP trace, and lists every main-thread task over 50 ms during
 * the run with what ran in it (the simulated Excel's syncs, GC, message deserialising, our
 * functions by name). Uses dist/ as built (run `npm run build` first).
 *
 *   npx tsx test/e2e/profileRun.ts --customers=20000 --transactions=200000 [--trace=file.json]
 *
 * Figures are wall times on whatever machine runs it: a guide for finding blocks, not a benchmark.
 */
import { createReadStream, writeFileSync } from "node:fs";
import { chromium, type CDPSession } from "playwright-core";
import { serveDist } from "../../scripts/preview";
import { browserFlags, findBrowser } from "./browser";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: under load a task's wall time includes time the thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

const CATEGORIES = ["devtools.timeline", "v8", "toplevel"].join(",");

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.end");
  const { stream } = await complete;
  let text = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream!, size: 8 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream! });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** What one long task spent its time on: the biggest named children, deepest useful names. */
function describe(task: TraceEvent, inside: TraceEvent[]): string {
  const totals = new Map<string, number>();
  const end = task.ts + task.dur!;
  for (const e of inside) {
    if (e.ts < task.ts || e.ts > end || e.dur === undefined || e === task) continue;
    let key = e.name;
    const data = e.args?.data;
    if (e.name === "FunctionCall" && data)
      key = `fn ${String(data.functionName || "?")}@${String(data.url ?? "")
        .split("/")
        .pop()}:${String(data.lineNumber ?? "")}`;
    else if (e.name === "TimerFire" || e.name === "EventDispatch")
      key = `${e.name} ${String(data?.type ?? "")}`;
    else if (e.name === "TimeStamp" || e.name === "RunMicrotasks") key = e.name;
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  return [...totals]
    .filter(([, ms]) => ms >= 5)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
    .join(" | ");
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Each sample's time (µs, the trace's clock) and its stack as names, leaf first. */
function sampleTimes(p: CpuProfile): { ts: number; stack: string[] }[] {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || "(anon)"}@${f.url.split("/").pop()}:${f.lineNumber + 1}`;
  };
  const stacks = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    let s = stacks.get(id);
    if (!s) {
      s = [];
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) s.push(name(x));
      stacks.set(id, s);
    }
    return s;
  };
  let ts = p.startTime;
  return p.samples.map((id, i) => {
    ts += p.timeDeltas[i];
    return { ts, stack: stackOf(id) };
  });
}

/**
 * Whose a long task is: the simulated Excel's (a sync of the simulator: SimContext.sync on the
 * stack), a garbage collection (most of it MajorGC/MinorGC), the page rendering (React's
 * scheduler, paint, layout), or the pane's own code.
 */
function classify(
  task: TraceEvent,
  inside: TraceEvent[],
  samples: { ts: number; stack: string[] }[],
): string {
  const end = task.ts + task.dur!;
  let gc = 0;
  let render = 0;
  for (const e of inside) {
    if (e.ts < task.ts || e.ts > end || e.dur === undefined) continue;
    if (e.name === "MajorGC" || e.name === "MinorGC") gc += e.dur;
    if (["Paint", "Layout", "UpdateLayoutTree", "Commit", "Layerize", "PrePaint"].includes(e.name))
      render += e.dur;
  }
  let sim = 0;
  let react = 0;
  let js = 0;
  for (const s of samples) {
    if (s.ts < task.ts || s.ts > end) continue;
    if (s.stack[0].startsWith("(")) continue;
    js++;
    if (s.stack.some((f) => f.startsWith("sync@"))) sim++;
    else if (s.stack.some((f) => f.startsWith("performWorkUntilDeadline@"))) react++;
  }
  if (gc > task.dur! / 2) return "GC";
  if (js > 0 && sim >= js / 2) return "simulator";
  if (js > 0 && react >= js / 2) return "render";
  if (render > task.dur! / 2) return "render";
  return "pane";
}

/** The functions with most samples in [from, to]: self time, then with callers ("a<b<c"). */
function topFunctions(
  samples: { ts: number; stack: string[] }[],
  from: number,
  to: number,
): string {
  const self = new Map<string, number>();
  for (const s of samples) {
    if (s.ts < from || s.ts > to) continue;
    const key = s.stack.slice(0, 4).join(" < ");
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, n]) => `${n}× ${k}`)
    .join("\n          ");
}

async function main(): Promise<void> {
  const customers = arg("customers", "20000");
  const transactions = arg("transactions", "200000");
  const served = await serveDist(0, arg("dist", "dist"));
  const browser = await chromium.launch({
    executablePath: findBrowser() ?? undefined,
    args: browserFlags(),
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
    page.on("console", (m) => console.log(`console: ${m.text()}`));
    await page.goto(
      `${served.origin}/preview.html?lang=en-US&customers=${customers}&transactions=${transactions}`,
      { timeout: 600_000 },
    );
    await page.getByText("→ Customers", { exact: true }).waitFor({ timeout: 600_000 });
    await page.getByRole("tab", { name: "Run" }).click();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: [number, number][] };
      w.__longTasks = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: "longtask" });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: CATEGORIES.split(","), recordMode: "recordContinuously" },
      transferMode: "ReturnAsStream",
    });
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
    const t0 = Date.now();
    await page.getByRole("button", { name: "Run analysis" }).click();
    await page
      .locator("[data-testid=step-results] [data-testid=key-figures]")
      .waitFor({ timeout: 1_800_000 });
    const seconds = (Date.now() - t0) / 1000;
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
    const events = await readTrace(cdp);
    const trace = arg("trace", "");
    if (trace) writeFileSync(trace, JSON.stringify(events));
    const longTasks = (await page.evaluate(
      () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
    )) as [number, number][];
    // The page's main thread: the renderer thread named CrRendererMain with the most RunTask time.
    const names = events.filter((e) => e.ph === "M" && e.name === "thread_name");
    const mains = names
      .filter((e) => e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`);
    const busy = new Map<string, number>();
    for (const e of events)
      if (e.name === "RunTask" && e.dur && mains.includes(`${e.pid}:${e.tid}`))
        busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
    const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
    const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X");
    const tasks = onMain
      .filter((e) => e.name === "RunTask" && (e.dur ?? 0) >= 50_000)
      .sort((a, b) => a.ts - b.ts);
    console.log(
      `run ${seconds.toFixed(1)} s; ${longTasks.length} long tasks (observer), longest ${Math.max(0, ...longTasks.map((t) => t[1])).toFixed(0)} ms; ${tasks.length} RunTasks ≥ 50 ms in the trace`,
    );
    const first = tasks[0]?.ts ?? 0;
    const samples = sampleTimes(profile);
    const byClass = new Map<string, { n: number; wall: number; cpu: number }>();
    for (const t of tasks) {
      const kind = classify(t, onMain, samples);
      const c = byClass.get(kind) ?? { n: 0, wall: 0, cpu: 0 };
      c.n++;
      c.wall = Math.max(c.wall, t.dur! / 1000);
      c.cpu = Math.max(c.cpu, (t.tdur ?? 0) / 1000);
      byClass.set(kind, c);
      console.log(
        `  +${((t.ts - first) / 1e6).toFixed(1)} s ${(t.dur! / 1000).toFixed(0)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(0)} ms) [${kind}]: ${describe(t, onMain)}`,
      );
      console.log(`      js: ${topFunctions(samples, t.ts, t.ts + t.dur!)}`);
    }
    console.log("summary (tasks ≥ 50 ms wall): kind, count, longest wall ms, longest cpu ms");
    for (const [kind, c] of byClass)
      console.log(`  ${kind}\t${c.n}\t${c.wall.toFixed(0)}\t${c.cpu.toFixed(0)}`);
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
void createReadStream;
