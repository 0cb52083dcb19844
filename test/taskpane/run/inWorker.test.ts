import { CancelledError, InputError } from "../../../src/engine/errors";
import { defaultRules } from "../../../src/engine/rules";
import type { Lang } from "../../../src/engine/schema";
import { runAnalysis, type Choices, type RunResult } from "../../../src/taskpane/controller";
import type { AnalysisWorker } from "../../../src/taskpane/run/inWorker";
import { previewSample } from "../../../src/taskpane/previewSample";
import { serveAnalysis } from "../../../src/taskpane/worker/engineSide";
import type { Endpoint } from "../../../src/taskpane/worker/protocol";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";

/**
 * The engine in a worker, in Node: a MessageChannel stands for the Worker (its messages are
 * structured-cloned and its typed arrays transferred exactly as a browser's), the worker's end is
 * served by the same serveAnalysis the worker script runs. The browser test (test/e2e/worker.ts)
 * runs the real Worker.
 */

const none: Choices = { sheets: {}, columns: {} };

interface Channel {
  worker: AnalysisWorker;
  terminated: () => boolean;
  /** Every message the page sent, by type. */
  sent: Map<string, number>;
}

function channelWorker(): Channel {
  const { port1, port2 } = new MessageChannel();
  serveAnalysis(port2 as unknown as Endpoint);
  let terminated = false;
  const sent = new Map<string, number>();
  const worker = {
    onerror: null,
    get onmessage() {
      return port1.onmessage as AnalysisWorker["onmessage"];
    },
    set onmessage(handler: AnalysisWorker["onmessage"]) {
      port1.onmessage = handler as typeof port1.onmessage;
    },
    postMessage(message: unknown, transfer?: Transferable[]) {
      const type = (message as { type: string }).type;
      sent.set(type, (sent.get(type) ?? 0) + 1);
      port1.postMessage(message, (transfer ?? []) as Transferable[]);
    },
    terminate() {
      terminated = true;
      port1.close();
      port2.close();
    },
  } as AnalysisWorker;
  return { worker, terminated: () => terminated, sent };
}

async function sampleBook(lang: Lang = "zh-CN") {
  return previewSample(lang, { customers: 200, transactions: 2000 });
}

type Snapshot = { name: string; cells: [number, number, unknown, ...unknown[]][] };

/** Every written tab's cells as text lines, without the run log's measured duration. */
function tabsOf(wb: SimWorkbook, result: RunResult): string[] {
  const lines: string[] = [];
  for (const w of result.written) {
    const sheet = wb.sheet(w.sheetName).snapshot() as unknown as Snapshot;
    const { cells, ...rest } = sheet;
    lines.push(JSON.stringify(rest));
    const duration = cells.find((c) => c[0] === 0 && /耗时|Duration/i.test(String(c[2])))?.[1];
    for (const c of cells) if (!(c[0] > 0 && c[1] === duration)) lines.push(JSON.stringify(c));
  }
  return lines;
}

test("the worker's run writes the same tabs and figures as the page's", async () => {
  const onPage = await sampleBook();
  const inWorker = await sampleBook();
  const at = () => 20000.5; // the run log's time, the same in both
  const run = (wb: SimWorkbook, startWorker?: () => AnalysisWorker) =>
    runAnalysis(
      { run: createSimulatedExcel(wb).run, lang: "zh-CN", today: () => onPage.asOf, startWorker },
      { rules: defaultRules(), choices: none, pause: async () => undefined, now: at },
    );
  const channel = channelWorker();
  const page = await run(onPage.workbook);
  const worker = await run(inWorker.workbook, () => channel.worker);
  expect(page.engine).toBe("page");
  expect(worker.engine).toBe("worker");
  expect(channel.terminated()).toBe(true);
  // Every input row crossed in blocks.
  expect(channel.sent.get("rows")).toBeGreaterThan(0);
  expect(worker.figures).toEqual(page.figures);
  expect(worker.check).toEqual(page.check);
  expect(worker.written.map((w) => [w.sheetName, w.rows])).toEqual(
    page.written.map((w) => [w.sheetName, w.rows]),
  );
  // Cell for cell, except the run log's duration (measured, so it differs).
  const want = tabsOf(onPage.workbook, page);
  const got = tabsOf(inWorker.workbook, worker);
  expect(got.length).toBe(want.length);
  expect(got.filter((line, i) => line !== want[i]).slice(0, 3)).toEqual([]);
  expect(worker.analysis.schedule.followUps.count).toBe(page.analysis.schedule.followUps.count);
  // The snapshot stays in the worker (paneAnalysis.ts); the page's run has it.
  expect(worker.analysis.snapshot).toBeUndefined();
  expect(page.analysis.snapshot?.count).toBe(page.figures.customers);
}, 120_000);

test("a refresh through the worker compares with the run it replaces", async () => {
  const sample = await sampleBook();
  const excel = createSimulatedExcel(sample.workbook);
  const run = (asOf: number) =>
    runAnalysis(
      {
        run: excel.run,
        lang: "zh-CN",
        today: () => asOf,
        startWorker: () => channelWorker().worker,
      },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
  const first = await run(sample.asOf - 31);
  const second = await run(sample.asOf);
  expect(first.analysis.changes).toBeNull();
  expect(second.analysis.changes?.previous.asOf).toBe(sample.asOf - 31);
  expect(second.analysis.changes?.previous.count).toBe(first.figures.customers);
}, 120_000);

// addin44: the worker asks the page for the worksheets alone (worksheetNames), so a user's table
// named 概览 leaves our Overview its name there too (sheetNames lists tables as inputs).
test("through the worker, a table of the user's named 概览 takes no sheet name", async () => {
  const sample = await previewSample("zh-CN", { customers: 60, transactions: 400 });
  const mine = sample.workbook.addSheet("我的表格");
  mine.enter(0, 0, "月份");
  mine.enter(0, 1, "备注");
  const rect = { row: 0, column: 0, rowCount: 2, columnCount: 2 };
  sample.workbook.renameTable(sample.workbook.addTable(mine, rect, true), "概览");
  const channel = channelWorker();
  const result = await runAnalysis(
    {
      run: createSimulatedExcel(sample.workbook).run,
      lang: "zh-CN",
      today: () => sample.asOf,
      startWorker: () => channel.worker,
    },
    { rules: defaultRules(), choices: none, pause: async () => undefined },
  );
  expect(result.engine).toBe("worker");
  expect(result.written.find((w) => w.tab === "overview")?.sheetName).toBe("概览");
  expect(result.analysis.warnings.map((w) => w.code)).not.toContain("tab_names_taken");
}, 120_000);

test("cancel terminates the worker and leaves the earlier results", async () => {
  const sample = await sampleBook("en-US");
  const excel = createSimulatedExcel(sample.workbook);
  const host = { run: excel.run, lang: "en-US" as const, today: () => sample.asOf };
  const first = await runAnalysis(host, {
    rules: defaultRules(),
    choices: none,
    pause: async () => undefined,
  });
  const outputs = first.written.map((w) => w.sheetName);
  const before = JSON.stringify(outputs.map((n) => sample.workbook.sheet(n).snapshot()));
  for (const cancelAt of ["read", "analyze"] as const) {
    const channel = channelWorker();
    let cancel = false;
    await expect(
      runAnalysis(
        { ...host, startWorker: () => channel.worker },
        {
          rules: defaultRules(),
          choices: none,
          pause: async () => undefined,
          onProgress: (p) => {
            if (p.phase === cancelAt) cancel = true;
          },
          isCancelled: () => cancel,
        },
      ),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(channel.terminated()).toBe(true);
    expect(JSON.stringify(outputs.map((n) => sample.workbook.sheet(n).snapshot()))).toBe(before);
  }
}, 120_000);

test("the engine's InputError crosses in both languages", async () => {
  const wb = SimWorkbook.fromSheets({ Notes: [["nothing here"]] });
  const channel = channelWorker();
  const error = await runAnalysis(
    {
      run: createSimulatedExcel(wb).run,
      lang: "zh-CN",
      today: () => 20000,
      startWorker: () => channel.worker,
    },
    { rules: defaultRules(), choices: none, pause: async () => undefined },
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).messageZh).toMatch(/[客户]/);
  expect(channel.terminated()).toBe(true);
});

test("no worker, a throwing constructor, or a worker whose script fails: the page runs it", async () => {
  const failing = (): AnalysisWorker => {
    const w = {
      onmessage: null,
      onerror: null as AnalysisWorker["onerror"],
      postMessage: () => undefined,
      terminate: () => undefined,
    } as AnalysisWorker;
    // The script did not load: an error event before any message.
    setTimeout(() =>
      w.onerror?.({ message: "404", preventDefault: () => undefined } as ErrorEvent),
    );
    return w;
  };
  const starts: (() => AnalysisWorker | null)[] = [
    () => null,
    () => {
      throw new Error("SecurityError");
    },
    failing,
  ];
  for (const startWorker of starts) {
    const sample = await previewSample("en-US", { customers: 60, transactions: 400 });
    const result = await runAnalysis(
      {
        run: createSimulatedExcel(sample.workbook).run,
        lang: "en-US",
        today: () => sample.asOf,
        startWorker,
      },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
    expect(result.engine).toBe("page");
    expect(result.figures.customers).toBeGreaterThan(0);
  }
}, 120_000);

// tester63 L / fix64e: an input read from a sheet hidden in Excel was said by the command line only;
// the pane read a hidden 交易 with no word. Now both say it, from the engine's one rule
// (ingest/hiddenInputSheets.ts), through the page and through the worker alike.
test("an input sheet hidden in Excel is said in the pane's warnings, in the worker and on the page", async () => {
  for (const startWorker of [undefined, () => channelWorker().worker]) {
    const sample = await previewSample("zh-CN", { customers: 60, transactions: 400 });
    const wb = sample.workbook;
    const transactions = wb.sheetNames().find((n) => n === "交易")!;
    wb.setVisibility(wb.sheet(transactions), "Hidden");
    const result = await runAnalysis(
      { run: createSimulatedExcel(wb).run, lang: "zh-CN", today: () => sample.asOf, startWorker },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
    expect(result.engine).toBe(startWorker ? "worker" : "page");
    const hidden = result.analysis.warnings.filter((w) => w.code === "input_sheet_hidden");
    expect(hidden.map((w) => w.message["zh-CN"])).toEqual([
      "工作表“交易”在 Excel 中是隐藏的，仍作为“交易”表读取。如它不是要分析的表（旧数据、草稿），请改名或删除它，并取消隐藏要分析的表",
    ]);
    expect(result.analysis.warnings[0].code).toBe("input_sheet_hidden");
  }
}, 120_000);
