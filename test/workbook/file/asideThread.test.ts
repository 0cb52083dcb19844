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
