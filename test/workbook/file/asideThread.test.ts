import type { MessagePort } from "node:worker_threads";
import type { AsideOutcome } from "../../../src/engine/ingest/aside";
import {
  asideReporter,
  buffersOf,
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

test("ids are told 100,000 at a time, joined in order; a void guess is told at once, once", () => {
  const { port: p, sent } = port();
  const told = asideReporter(p);
  const block = (from: number) => Int32Array.from({ length: 40_000 }, (_, i) => from + i);
  told.ids(block(0), false);
  told.ids(block(40_000), false);
  expect(sent).toEqual([]);
  told.ids(block(80_000), false); // 120,000 gathered
  expect(sent).toHaveLength(1);
  expect(sent[0].ids).toHaveLength(120_000);
  expect(sent[0].ids![119_999]).toBe(119_999);
  told.ids(Int32Array.of(7), true); // void: told at once
  expect(sent[1]).toEqual({ ids: Int32Array.of(7), void: true });
  told.ids(Int32Array.of(8), true); // already told void: waits for the batch again
  expect(sent).toHaveLength(2);
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
