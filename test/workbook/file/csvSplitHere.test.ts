import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCsv } from "../../../src/workbook/file/csvSource";
import { WorkerRead } from "../../../src/workbook/file/csvWorkerRead";

// A CSV file read by column is split on the thread that ingests it, even where the CSV worker's
// bundle is (csvWorkerScript()): that worker serves the aside ingest only. Its split cost more CPU
// (its start, messages and blocks) than it spared the main thread (stop 31).
jest.mock("../../../src/workbook/file/csvWorkerRead", () => {
  const actual = jest.requireActual("../../../src/workbook/file/csvWorkerRead");
  return {
    ...actual,
    csvWorkerScript: () => "/the/bundle/csvWorker.js",
    WorkerRead: jest.fn(() => {
      throw new Error("a split worker was started");
    }),
  };
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "csv-split-here-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a large UTF-8 file is split here, with the worker's bundle beside the reader", async () => {
  const file = join(dir, "t.csv");
  const lines = ["客户编号,日期,金额"];
  for (let i = 0; i < 3000; i++) lines.push(`${1000 + i},2025-03-0${1 + (i % 9)},${i}.5`);
  writeFileSync(file, "\ufeff" + lines.join("\n") + "\n");
  const source = openCsv({ transactions: file }, { workerMinBytes: 0, pieceBytes: 4096 });
  source.readAhead!("Transactions");
  let rows = 0;
  await source.readColumns!("Transactions", (block) => void (rows += block.rows));
  expect(rows).toBe(3001);
  expect(WorkerRead).not.toHaveBeenCalled();
});

test("a split worker only when a script is given (tests of WorkerRead)", async () => {
  const file = join(dir, "u.csv");
  writeFileSync(file, "客户编号,日期,金额\n1,2025-03-01,2\n");
  const source = openCsv({ transactions: file }, { workerMinBytes: 0, workerScript: "w.js" });
  await expect(source.readColumns!("Transactions", () => undefined)).rejects.toThrow(
    "a split worker was started",
  );
});
