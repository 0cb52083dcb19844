import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MessagePort, Worker } from "node:worker_threads";
import type { AsideOutcome } from "../../../src/engine/ingest/aside";
import {
  asideReporter,
  bootAsideEarly,
  buffersOf,
  giveBack,
  roleThread,
  type AsideMessage,
} from "../../../src/workbook/file/asideThread";

// The aside worker's messages (src/workbook/file/asideThread.ts), shared by the CSV and workbook paths.
function port(): { port: MessagePort; sent: AsideMessage[] } {
  const sent: AsideMessage[] = [];
  return {
    port: { postMessage: (m: AsideMessage) => sent.push(m) } as unknown as MessagePort,
    sent,
  };
}

test("a void guess is told at once; no customer ids are sent", () => {
  const { port: p, sent } = port();
  const told = asideReporter(p);
  told.progress("transactions", 10_000, 200_000);
  expect(sent).toEqual([]);
  told.voided();
  expect(sent).toEqual([{ void: true }]);
});

test("progress is told every 50,000 rows at most", () => {
  const { port: p, sent } = port();
  const told = asideReporter(p);
  for (let done = 10_000; done <= 200_000; done += 10_000)
    told.progress("transactions", done, 200_000);
  expect(sent.map((m) => m.progress![0])).toEqual([50_000, 100_000, 150_000, 200_000]);
});

test("buffersOf: the table's typed arrays' buffers, each once", () => {
  const shared = new Float64Array(4);
  const outcome = {
    result: {
      table: {
        a: shared,
        b: new Float64Array(shared.buffer, 8, 2),
        c: new Int32Array(3),
        d: ["x"],
      },
    },
    findings: [],
    void: false,
  } as unknown as AsideOutcome;
  expect(buffersOf(outcome)).toHaveLength(2);
});

// The run's one aside thread (roleThread, giveBack): a role is played on the idle thread when there
// is one. A stand-in for src/cli/asideWorker.ts answers each role's start with what it was given
// and the thread it runs on.
describe("the aside thread", () => {
  let dir: string;
  let script: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aside-thread-"));
    script = join(dir, "asideWorker.js");
    writeFileSync(
      script,
      `const { parentPort, threadId, workerData } = require("node:worker_threads");
      if (workerData?.asideThread === true)
        parentPort.on("message", (m) => parentPort.postMessage({ threadId, role: m.asideRole, data: m.data, ...(workerData.preload ? { preload: workerData.preload } : {}) }));`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    delete process.env.CA_SHARED_THREAD;
  });

  /** The thread's answer to the role's start. */
  const answer = (w: Worker) =>
    new Promise<{ threadId: number; role: string; data: unknown }>((resolve) =>
      w.once("message", resolve),
    );
  const exited = (w: Worker) => new Promise<number>((resolve) => w.once("exit", resolve));

  test("roles in turn play on one thread: the one given back is taken by the next role", async () => {
    const first = roleThread(script, "csvAside", { file: "t.csv" });
    expect(await answer(first)).toEqual({
      threadId: first.threadId,
      role: "csvAside",
      data: { file: "t.csv" },
    });
    giveBack(first);
    const second = roleThread(script, "model", null);
    expect(second).toBe(first);
    expect(await answer(second)).toMatchObject({ threadId: first.threadId, role: "model" });
    // Its column moved, not copied: the buffer is the thread's now.
    giveBack(second);
    const column = new Float64Array([1, 2, 3]);
    const third = roleThread(script, "json", { column }, [column.buffer]);
    expect(third).toBe(first);
    expect(column.length).toBe(0);
    expect((await answer(third)).data).toEqual({ column: new Float64Array([1, 2, 3]) });
    const ended = exited(third);
    await third.terminate();
    await ended;
    // One that ended is not taken again: the next role boots another.
    giveBack(third);
    const fourth = roleThread(script, "json", 4);
    expect(fourth).not.toBe(third);
    expect((await answer(fourth)).threadId).not.toBe(first.threadId);
    await fourth.terminate();
  });

  test("a role asked while the thread is busy gets a thread of its own; one idle thread is kept", async () => {
    const busy = roleThread(script, "model", 1);
    const other = roleThread(script, "json", 2);
    expect(other).not.toBe(busy);
    await Promise.all([answer(busy), answer(other)]);
    giveBack(busy);
    giveBack(other); // another is idle already: this one ends (its listeners are gone)
    await exited(other);
    const next = roleThread(script, "json", 3);
    expect(next).toBe(busy);
    await answer(next);
    await next.terminate();
  });

  test("data that cannot be sent: the error is thrown and the thread stays for the next role", async () => {
    const first = roleThread(script, "csvAside", 1);
    await answer(first);
    giveBack(first);
    expect(() => roleThread(script, "json", { f: () => 1 })).toThrow();
    const next = roleThread(script, "json", 2);
    expect(next).toBe(first);
    expect((await answer(next)).data).toBe(2);
    await next.terminate();
  });

  test("a thread booted early (the loader's) plays the run's first role, then the next", async () => {
    bootAsideEarly(script, "csvAside");
    const first = roleThread(script, "csvAside", { file: "t.csv" });
    // Booted with its preload: the thread bootAsideEarly started, not one booted now.
    expect(await answer(first)).toMatchObject({ role: "csvAside", preload: "csvAside" });
    giveBack(first);
    const second = roleThread(script, "json", 2);
    expect(second).toBe(first);
    expect(await answer(second)).toMatchObject({ role: "json", preload: "csvAside" });
    await second.terminate();
    // Taken once: the next role after it ended boots a thread of its own.
    giveBack(second);
    const third = roleThread(script, "model", 3);
    expect(third).not.toBe(first);
    expect(await answer(third)).not.toHaveProperty("preload");
    await third.terminate();
  });

  test("CA_SHARED_THREAD=0: every role boots a thread of its own, the one given back ends", async () => {
    process.env.CA_SHARED_THREAD = "0";
    const first = roleThread(script, "csvAside", 1);
    await answer(first);
    giveBack(first);
    await exited(first);
    const second = roleThread(script, "model", 2);
    expect(second).not.toBe(first);
    await answer(second);
    await second.terminate();
  });
});
