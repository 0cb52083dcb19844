import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../../src/engine/errors";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";

/**
 * A large sheet's worker thread (inflateWorker.ts) that ends before the part did: out of memory,
 * killed. The part is not damaged, so the run says so in the catalogue's words
 * (file.readingStopped, as the CSV reader does since 4ee22be), not "is damaged … the reading
 * thread stopped". The thread is made to stop the way the tester did (`process.exit` at the top of
 * its code): node:worker_threads' Worker is wrapped to prepend it.
 */
jest.mock("node:worker_threads", () => {
  const actual = jest.requireActual("node:worker_threads");
  class StoppingWorker extends actual.Worker {
    constructor(source: string, options: { eval?: boolean }) {
      super(options?.eval ? `process.exit(7);\n${source}` : source, options);
    }
  }
  return { ...actual, Worker: StoppingWorker };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "inflate-stops-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a reading thread that stops is said as stopped, in the run's language, not as a damaged part", async () => {
  const file = join(dir, "big.xlsx");
  const b = new ExcelJS.Workbook();
  const s = b.addWorksheet("客户");
  for (let r = 1; r <= 200; r++) s.addRow([`C${r}`, r * 3.5, `客户${r}`]);
  await b.xlsx.writeFile(file);
  // workerBytes 0: every sheet is read in the worker.
  const source = await openXlsx(file, { workerBytes: 0 });
  const e = await source
    .readSheet("客户", () => undefined)
    .then(
      () => null,
      (x: unknown) => x,
    );
  expect(e).toBeInstanceOf(InputError);
  const said = e as InputError;
  expect(said.in("zh-CN")).toBe(
    `无法读取“${file}”：读取线程在读完文件之前意外停止（可能是内存不足）。请关闭其他程序后重新运行。`,
  );
  expect(said.in("en-US")).toBe(
    `Cannot read “${file}”: the reading thread stopped before the end of the file (perhaps out of memory). Close other programs and run again.`,
  );
});
