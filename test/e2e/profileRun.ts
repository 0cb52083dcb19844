/**
 * A profiling aid (not part of `npm run test:e2e`): runs the preview's analysis once at a given
 * size in headless Chromium and lists every main-thread task of 50 ms or more during the run
 * with whose it is and what ran in it (CPU samples of the page's thread, CDP Profiler):
 *
 * - simulator: the task holds a sync of the simulated Excel (each runs in a task of its own,
 *   simulator/roundTrip.ts): Excel's work, done in Excel's own process in real Excel;
 * - GC: most samples are the garbage collector (its pause grows with the page's heap, which here
 *   holds the simulated workbook, 1,100,000 input rows and every tab written);
 * - render: React rendering the pane, or the browser painting;
 * - pane: the add-in's own code.
 *
 *   npx tsx test/e2e/profileRun.ts --customers=20000 --transactions=200000 [--dist=dir]
 *
 * Tasks come from a CDP trace (toplevel RunTask events), with wall and thread CPU time: on a
 * loaded machine a task's wall time includes time its thread was not running, its CPU time does
 * not. Uses dist/ as built (`npm run build` first).
 */
import { chromium, type CDPSession } from "playwright-core";
import { serveDist } from "../../scripts/preview";
import { browserFlags, findBrowser } from "./browser";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

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

interface Sample {
  /** The trace's clock (µs), as the trace's tasks. */
  at: number;
  /** Function names, leaf first. */
  stack: string[];
}

interface TraceTask {
  ts: number;
  dur: number;
  tdur: number;
}

/** Each sample's time (the trace's clock: CPU profiles and traces share it) and stack. */
function samplesOf(p: CpuProfile): Sample[] {
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
    return { at: ts, stack: stackOf(id) };
  });
}

type Kind = "simulator" | "GC" | "render" | "pane";

function classify(inside: Sample[], simulated: boolean): Kind {
  if (simulated) return "simulator";
  const busy = inside.filter((s) => !/^\((idle|program)\)/.test(s.stack[0]));
  const count = (test: (s: Sample) => boolean) => busy.filter(test).length;
  if (busy.length === 0) return "pane";
  if (count((s) => s.stack[0].startsWith("(garbage collector)")) >= busy.length / 2) return "GC";
  const render = count((s) =>
    s.stack.some((f) => /^(performWorkUntilDeadline|WorkbookView)@/.test(f)),
  );
  if (render >= busy.length / 2) return "render";
  return "pane";
}

/** The stacks with most samples (4 frames, leaf first). */
function topStacks(inside: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of inside) {
    const key = s.stack.slice(0, 4).join(" < ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, n]) => `${n}× ${k}`)
    .join("\n          ");
}

/** The page's main-thread tasks ≥ 50 ms, and the trace time of the page's mark "profile-start". */
async function readTrace(cdp: CDPSession): Promise<{ tasks: TraceTask[]; mark: number }> {
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
  type E = {
    name: string;
    ph: string;
    ts: number;
    dur?: number;
    tdur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
  };
  const parsed = JSON.parse(text) as { traceEvents?: E[] } | E[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  // A task of the thread's scheduler (its name depends on the categories traced).
  const isTask = (e: E) => e.name === "ThreadControllerImpl::RunTask" && e.ph === "X";
  if (process.env.PROFILE_DEBUG) {
    const names = new Map<string, number>();
    for (const e of events) names.set(e.name, (names.get(e.name) ?? 0) + 1);
    console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 20));
  }
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (isTask(e) && e.dur && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events
    .filter((e) => isTask(e) && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) >= 50_000)
    .map((e) => ({ ts: e.ts, dur: e.dur!, tdur: e.tdur ?? 0 }));
  const mark = events.find((e) => e.name === "profile-start")?.ts ?? NaN;
  return { tasks, mark };
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
    await page.goto(
      `${served.origin}/preview.html?lang=en-US&customers=${customers}&transactions=${transactions}`,
      { timeout: 900_000 },
    );
    await page.getByText("→ Customers", { exact: true }).waitFor({ timeout: 900_000 });
    await page.getByRole("tab", { name: "Run" }).click();
    const heapBefore = (await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    )) as number;
    const cdp = await page.context().newCDPSession(page);
    // Only each task's span and CPU time, and the page's mark: a fuller trace of a
    // 1,000,000-row run does not fit the trace buffer.
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: ["toplevel", "blink.user_timing"] },
      transferMode: "ReturnAsStream",
    });
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
    const runStart = (await page.evaluate(
      () => performance.mark("profile-start").startTime,
    )) as number;
    const t0 = Date.now();
    await page.getByRole("button", { name: "Run analysis" }).click();
    await page
      .locator("[data-testid=step-results] [data-testid=key-figures]")
      .waitFor({ timeout: 3_600_000 });
    const seconds = (Date.now() - t0) / 1000;
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
    const { tasks, mark } = await readTrace(cdp);
    const { syncs, heapAfter } = (await page.evaluate(() => ({
      syncs: window.__sim!.syncTimes,
      heapAfter:
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    }))) as { syncs: [number, number][]; heapAfter: number };
    // Page time (ms) to trace time (µs), by the mark.
    const toTrace = (ms: number) => mark + (ms - runStart) * 1000;
    const samples = samplesOf(profile);
    const during = tasks.filter((t) => t.ts >= mark);
    console.log(
      `run ${seconds.toFixed(1)} s (${customers} customers, ${transactions} transactions); ` +
        `${during.length} main-thread tasks ≥ 50 ms; ${syncs.length} simulated syncs; page heap ` +
        `${(heapBefore / 2 ** 20).toFixed(0)} MB before the run (the simulated workbook), ` +
        `${(heapAfter / 2 ** 20).toFixed(0)} MB after`,
    );
    const byKind = new Map<Kind, { n: number; wall: number; cpu: number; cpuTotal: number }>();
    for (const t of during) {
      const end = t.ts + t.dur;
      const inside = samples.filter((s) => s.at >= t.ts && s.at <= end);
      const simulated = syncs.some(([s, ms]) => toTrace(s) < end && toTrace(s + ms) > t.ts);
      const kind = classify(inside, simulated);
      const k = byKind.get(kind) ?? { n: 0, wall: 0, cpu: 0, cpuTotal: 0 };
      k.n++;
      k.wall = Math.max(k.wall, t.dur / 1000);
      k.cpu = Math.max(k.cpu, t.tdur / 1000);
      k.cpuTotal += t.tdur / 1000;
      byKind.set(kind, k);
      console.log(
        `  +${((t.ts - mark) / 1e6).toFixed(1)} s ${(t.dur / 1000).toFixed(0)} ms, cpu ${(t.tdur / 1000).toFixed(0)} ms [${kind}]\n          ${topStacks(inside)}`,
      );
    }
    console.log("by kind: tasks ≥ 50 ms, longest wall ms, longest cpu ms, cpu ms in all");
    for (const [kind, k] of byKind)
      console.log(
        `  ${kind}\t${k.n}\t${k.wall.toFixed(0)}\t${k.cpu.toFixed(0)}\t${k.cpuTotal.toFixed(0)}`,
      );
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
