import { build } from "esbuild";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { blockRow } from "../../../src/engine/ingest/columnBlock";
import { ingestWorkbook, type SheetNotes } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { openCsv, type CsvSourceOptions } from "../../../src/workbook/file/csvSource";
import { takeStandby, WORKER_MIN_BYTES } from "../../../src/workbook/file/csvWorkerRead";
import { STANDBY_MIN_BYTES, standbyFor } from "../../../src/cli/loader";
import { Worker } from "node:worker_threads";

// The CSV read's second core (csvWorker.ts): the blocks a worker splits are the blocks the main
// thread splits (rows, row numbers, cells, notes, errors), and ingest gives the same result.

let dir: string;
let workerScript: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "csv-worker-"));
  workerScript = join(dir, "csvWorker.js");
  await build({
    entryPoints: [join(__dirname, "../../../src/workbook/file/csvWorker.ts")],
    outfile: workerScript,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inWorker = (o: CsvSourceOptions = {}) => ({ ...o, workerScript, workerMinBytes: 0 });
const onMain = (o: CsvSourceOptions = {}) => ({ ...o, workerScript: null });

/**
 * Every row of a file's blocks with its row number, and what the notes were told, or the error.
 * `handBack`: the reader says how to parse (SheetNotes.parse) from the start, as ingest does once it
 * has found the header, so a worker's blocks go back to it and serve its later pieces.
 */
async function read(path: string, options: CsvSourceOptions, ahead = false, handBack = false) {
  const source = openCsv({ transactions: path }, options);
  const told: unknown[] = [];
  const notes: SheetNotes = {
    decimalMark: (mark) => told.push(["mark", mark]),
    encoding: () => told.push("encoding"),
    rowsExpected: (rows) => told.push(rows),
  };
  if (handBack) notes.parse = [];
  const rows: [number, Cell[]][] = [];
  if (ahead) source.readAhead!("Transactions");
  try {
    await source.readColumns!(
      "Transactions",
      (block, first) => {
        for (let i = 0; i < block.rows; i++) rows.push([first + i, blockRow(block, i)]);
      },
      notes,
    );
  } catch (e) {
    return { error: String(e), told };
  }
  return { rows, told };
}

const fieldArb = fc.oneof(
  fc.constantFrom("1001", "2025-03-07", "1280.5", "华东贸易", "", " ", "合计", "a,b", "a;b"),
  fc.constantFrom('say "hi"', "a\r\nb", "x\ny", '"', "\ufeff", "é", "\t"),
  fc.string({ maxLength: 4 }),
);

describe("CSV split in a worker", () => {
  test("random files, pieces and blocks: the same rows, notes and errors as on the main thread", async () => {
    let rowsSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
        fc.record({
          bom: fc.boolean(),
          newline: fc.constantFrom("\n", "\r\n", "\r"),
          delimiter: fc.constantFrom(",", ";", "\t"),
          quote: fc.constantFrom("needed", "all", "never"),
        }),
        fc.integer({ min: 1, max: 9 }),
        fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 40 })),
        fc.boolean(),
        async (lines, style, blockRows, pieceBytes, ahead) => {
          const quoted = (t: string) =>
            style.quote === "all" ||
            (style.quote === "needed" && (t.includes(style.delimiter) || /["\r\n]/.test(t)))
              ? `"${t.replace(/"/g, '""')}"`
              : t;
          const text =
            (style.bom ? "\ufeff" : "") +
            lines.map((l) => l.map(quoted).join(style.delimiter)).join(style.newline);
          const path = join(dir, `r${Math.random().toString(36).slice(2)}.csv`);
          writeFileSync(path, text);
          const main = await read(path, onMain({ blockRows, pieceBytes }));
          const worker = await read(path, inWorker({ blockRows, pieceBytes }), ahead);
          expect(worker).toEqual(main);
          // Its blocks handed back and their arrays and buffers reused: still the same rows.
          const reused = await read(path, inWorker({ blockRows, pieceBytes }), ahead, true);
          expect(reused).toEqual(main);
          rowsSeen += main.rows?.length ?? 0;
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
    expect(rowsSeen).toBeGreaterThan(100); // not vacuous
  });

  test("ingest reads five files through workers started ahead: the same dataset and findings", async () => {
    const files = {
      customers: join(dir, "c.csv"),
      transactions: join(dir, "t.csv"),
      surveys: join(dir, "s.csv"),
      complaints: join(dir, "q.csv"),
      contacts: join(dir, "k.csv"),
    };
    const customers = ["客户编号,客户名称,地区"];
    const transactions = ["客户编号,日期,金额,订单号,数量"];
    for (let i = 0; i < 3000; i++) {
      customers.push(`${1000 + i},客户${i},${i % 3 ? "华东" : '"华南, 广州"'}`);
      for (let k = 0; k < 5; k++) {
        const j = i * 5 + k;
        // Mostly plain values (read ahead in the worker), now and then another shape.
        const id =
          j % 101 === 7 ? `0${1000 + i}` : j % 103 === 8 ? "C-1" : `${1000 + ((i * 7 + k) % 3100)}`;
        const day =
          j % 89 === 3 ? "03/04/2025" : j % 97 === 4 ? "2025-13-01" : `2025-0${1 + (k % 9)}-1${k}`;
        const amount = [`${(i % 97) + k * 0.25}`, "1.234", "-5", "1,234", "abc", "0", "12.5%"][
          j % 83 < 6 ? j % 83 : 0
        ];
        const order = j % 79 === 5 ? ` SO${i} ` : j % 71 === 6 ? `单${i}` : `SO${i}-${k}`;
        transactions.push(`${id},${day},${amount},${order},${k % 4 === 1 ? "" : (j % 7) - 1}`);
      }
    }
    transactions.splice(500, 0, "", "合计,,12345");
    writeFileSync(files.customers, "\ufeff" + customers.join("\r\n") + "\r\n");
    writeFileSync(files.transactions, transactions.join("\n"));
    writeFileSync(
      files.surveys,
      "客户编号,日期,总体满意度\n1001,2025-03-01,5\n1002,2025-03-02,9\n",
    );
    writeFileSync(files.complaints, "客户编号,接收时间,原因\n1001,2025-03-01 10:00,价格\n");
    // Contacts whose dates show their day/month order only at row 400: rows held back across
    // pieces (their blocks kept, never handed back to the worker).
    const contacts = ["客户编号,日期,方式", "1001,2025-03-01,电话", "9999,2025-03-01,电话"];
    for (let i = 0; i < 800; i++)
      contacts.push(
        `${1000 + (i % 3000)},${i === 400 ? "25/04/2025" : `0${1 + (i % 9)}/04/2025`},电话`,
      );
    writeFileSync(files.contacts, contacts.join("\n") + "\n");
    const asOf = epochDay(2025, 12, 31);
    const a = await ingestWorkbook(openCsv(files, onMain({ pieceBytes: 4096 })), { asOf });
    const b = await ingestWorkbook(openCsv(files, inWorker({ pieceBytes: 4096 })), { asOf });
    expect(b).toEqual(a);
    expect(b.dataset.transactions.count).toBeGreaterThan(14000);
    expect(b.findings.some((f) => f.code === "unknown_customer")).toBe(true);
    expect(b.findings.some((f) => f.code === "unparseable_value")).toBe(true);
  });

  test("blocks handed back to the worker serve its later pieces: the same rows over many pieces", async () => {
    const path = join(dir, "reuse.csv");
    const lines = ["客户编号,客户名称,日期,金额"];
    for (let i = 0; i < 6000; i++)
      lines.push(`${1000 + i},${i % 5 ? `客户${i}` : `"名, ${i}"`},2025-03-0${1 + (i % 9)},${i}.5`);
    writeFileSync(path, "\ufeff" + lines.join("\r\n") + "\r\n");
    const main = await read(path, onMain({ pieceBytes: 1000, blockRows: 7 }));
    for (const ahead of [false, true]) {
      const reused = await read(path, inWorker({ pieceBytes: 1000, blockRows: 7 }), ahead, true);
      expect(reused).toEqual(main);
    }
    expect(main.rows?.length).toBe(6001);
  });

  test("a quote left open, and a missing file, fail as on the main thread", async () => {
    const open = join(dir, "open.csv");
    writeFileSync(open, 'a,b\n1,"never closed\n2,3\n');
    const main = await read(open, onMain());
    expect(main.error).toMatch(/row 2 opens with a double quote|第 2 行有一个以英文双引号/);
    expect(await read(open, inWorker())).toEqual(main);
    const missing = join(dir, "missing.csv");
    expect(await read(missing, inWorker(), true)).toEqual(await read(missing, onMain()));
  });

  test("a worker started on standby (the loader's) reads the first file, once; a dead one is not taken", async () => {
    const path = join(dir, "standby.csv");
    const lines = ["客户编号,日期,金额"];
    for (let i = 0; i < 2000; i++) lines.push(`${1000 + i},2025-03-0${1 + (i % 9)},${i}.5`);
    writeFileSync(path, "\ufeff" + lines.join("\n") + "\n");
    const key = Symbol.for("customer-analytics.csvWorker.standby");
    const slot = globalThis as Record<symbol, unknown>;
    const standby = new Worker(workerScript, { workerData: { csvWorker: true, standby: true } });
    standby.unref();
    slot[key] = Object.assign(standby, { standbyScript: workerScript });
    const viaStandby = await read(path, inWorker({ pieceBytes: 4096 }));
    // Taken, and once its read is over, kept on standby for the next read, which takes it again.
    expect(slot[key]).toBe(standby);
    const onMainRows = await read(path, onMain({ pieceBytes: 4096 }));
    expect(viaStandby).toEqual(onMainRows);
    expect((viaStandby.rows ?? []).length).toBe(2001);
    let takenWhileRead = false;
    await openCsv({ transactions: path }, inWorker({ pieceBytes: 4096 })).readColumns!(
      "Transactions",
      () => void (takenWhileRead ||= slot[key] === undefined),
    );
    expect(takenWhileRead).toBe(true);
    expect(slot[key]).toBe(standby); // the same worker, kept again
    // A read given up (an error while consuming) ends its worker rather than keeping it.
    const exited = new Promise((resolve) => standby.once("exit", resolve));
    const source = openCsv({ transactions: path }, inWorker({ pieceBytes: 4096 }));
    await expect(
      source.readColumns!("Transactions", () => {
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(slot[key]).toBeUndefined();
    await exited;
    // For another script, or once ended: not taken (the read starts its own worker).
    slot[key] = Object.assign(standby, { standbyScript: workerScript });
    expect(takeStandby(workerScript)).toBeNull();
    const live = new Worker(workerScript, { workerData: { csvWorker: true, standby: true } });
    slot[key] = Object.assign(live, { standbyScript: workerScript });
    expect(takeStandby("other.js")).toBeNull();
    expect(slot[key]).toBeUndefined();
    await live.terminate();
  });

  test("a customers file of WORKER_MIN_BYTES or more makes a large run (the loader)", () => {
    expect(STANDBY_MIN_BYTES).toBe(WORKER_MIN_BYTES);
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(WORKER_MIN_BYTES, 0x31));
    const small = join(dir, "small.csv");
    writeFileSync(small, "a\n1\n");
    expect(standbyFor(["analyze", "--customers", big, "--transactions", small])).toBe(big);
    expect(standbyFor(["analyze", `--customers=${big}`])).toBe(big);
    expect(standbyFor(["analyze", "--customers", small])).toBeNull();
    expect(standbyFor(["analyze", "--customers", join(dir, "none.csv")])).toBeNull();
    expect(standbyFor(["rules", "--customers", big])).toBeNull();
    expect(standbyFor(["analyze", "book.xlsx"])).toBeNull();
  });
});
