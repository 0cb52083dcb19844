import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "../../../src/engine/changes/snapshot";
import { readPreviousSnapshot } from "../../../src/engine/changes/previous";
import { stateTable, StateReader } from "../../../src/engine/changes/state";
import type { Cell } from "../../../src/engine/cells";
import { CHUNK_BUDGET_BYTES } from "../../../src/workbook/office/budget";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import {
  createSimulatedExcel,
  PAYLOAD_LIMIT_BYTES,
  SimWorkbook,
} from "../../../src/workbook/simulator";

/**
 * The add-in reads back the hidden run state, which packs up to 32,000 characters in a cell
 * (layout 3). Sized by cells, the first read took the whole tab (10,000 cells) and Excel refused
 * its 5.8 MB response at 40,000 customers (8.8 MB at 60,000 here) (14.55 MB at 100,000), before a smaller chunk fitted;
 * were that refusal a GeneralException, the refresh failed (stop 28 reviewer). No response may
 * pass Excel's 5 MB limit (docs: resource limits, Excel add-ins).
 */
const SURNAMES = "王李张刘陈杨赵黄周吴";

function snapshotOf(n: number): Snapshot {
  const s = {
    asOf: 20400,
    ruleSetHash: "abc123",
    source: "run",
    count: n,
    key: [] as string[],
    id: [] as string[],
    name: [] as string[],
    owner: [] as string[],
    codes: {} as Snapshot["codes"],
    churnProbability: new Float64Array(n),
    spend: new Float64Array(n),
    frequency: new Float64Array(n),
    lastPurchase: new Float64Array(n),
  } as Snapshot;
  for (let i = 0; i < n; i++) {
    s.id.push(`C${100000 + i}`);
    s.key.push(`C${100000 + i}`);
    s.name.push(`${SURNAMES[i % 10]}客户${i % 97}`);
    s.owner.push(`${SURNAMES[(i * 7) % 10]}经理`);
    s.churnProbability[i] = (i * 0.6180339887498949) % 1; // full-length doubles, as real ones
    s.spend[i] = Math.round(((i * 7919.37) % 100000) * 100) / 100;
    s.frequency[i] = i % 30;
    s.lastPurchase[i] = 20000 + (i % 365);
  }
  for (const d of DIMENSIONS) {
    const codes = new Int8Array(n);
    for (let i = 0; i < n; i++) codes[i] = i % DIMENSION_CODES[d].length;
    (s.codes as Record<string, Int8Array>)[d] = codes;
  }
  return s;
}

test("a packed run state of 60,000 customers reads back with no response over 5 MB", async () => {
  const n = 60_000;
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]] });
  const book = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN", protect: false });
  await book.writeTables([stateTable(snapshotOf(n))]);
  const sheet = await book.ownedSheet("runState");
  expect(sheet).not.toBeNull();
  wb.stats.maxResponseBytes = 0;
  const reader = new StateReader();
  await book.readSheet(sheet!, (rows) => reader.push(rows as Cell[][]));
  expect(reader.finish()?.count).toBe(n);
  expect(wb.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  // Later chunks are sized by what the probe weighed, not left at the probe's few rows.
  expect(book.stats.read.largestChunkRows).toBeGreaterThan(6);
  // By its heaviest row, not the average with the header row: within the chunk budget.
  expect(book.stats.read.largestChunkBytes).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
});

/**
 * A refresh over a 60,000-customer state where Excel on the web answers every oversize request
 * and response with a bare GeneralException (its docs name no code for a response: "a RichAPI.Error
 * error"): the state is written without building a row twice, and the refresh reads it back whole.
 */
test("a refresh reads a 60,000-customer state back where oversize answers are GeneralException", async () => {
  const n = 60_000;
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]] });
  wb.oversizeCode = "GeneralException";
  wb.oversizeResponseCode = "GeneralException";
  const book = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN", protect: false });
  const written = snapshotOf(n);
  const table = stateTable(written);
  let built = 0;
  const rows = table.rows.bind(table);
  table.rows = (start, end) => {
    const out = rows(start, end);
    built += out.length;
    return out;
  };
  await book.writeTables([table]);
  // Every packed row built once: the first chunk is a probe of a few rows, not the whole tab.
  expect(built).toBe(table.rowCount);
  expect(book.stats.write.largestChunkRows).toBeLessThan(table.rowCount);
  expect(wb.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  wb.stats.maxResponseBytes = 0;
  const previous = await readPreviousSnapshot(book);
  expect(previous?.source).toBe("state");
  expect(previous?.count).toBe(n);
  expect(previous?.id).toEqual(written.id);
  expect(Array.from(previous!.churnProbability)).toEqual(Array.from(written.churnProbability));
  expect(previous?.asOf).toBe(written.asOf);
  expect(wb.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
});

test("an oversize response answered as GeneralException is retried smaller once per chunk", async () => {
  // The simulator answers a response over 5 MB with the code it is told to (Excel on the web's
  // docs name none): a read sized for short cells gets one, and the reader halves the chunk.
  const wb = SimWorkbook.fromSheets({
    大: Array.from({ length: 200 }, () => ["x".repeat(32_000)]),
  });
  wb.oversizeResponseCode = "GeneralException";
  const book = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN", protect: false });
  let rows = 0;
  await book.readSheet("大", (r) => void (rows += r.length));
  expect(rows).toBe(200);
  expect(wb.stats.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  expect(wb.stats.log.some((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
});

test("a user's sheet of long cells reads whole where oversize answers are GeneralException (house item 5)", async () => {
  // 600 cells of 32,000 characters (19 MB of answer for the first chunk, the probe's 10,000
  // cells): halved once it is still 9.6 MB, and a second GeneralException failed the read. A
  // chunk that could still pass the 5 MB limit at Excel's longest cells keeps being halved; one
  // that could not is taken at its word (the next test).
  const wb = SimWorkbook.fromSheets({
    客户: Array.from({ length: 600 }, (_, i) => [`C${i}`, "备".repeat(32_000)]),
  });
  wb.oversizeResponseCode = "GeneralException";
  const book = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN", protect: false });
  let rows = 0;
  await book.readSheet("客户", (r) => void (rows += r.length));
  expect(rows).toBe(600);
  expect(wb.stats.log.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES).length).toBeGreaterThan(
    1,
  );
});

test("a GeneralException on a chunk too small to pass the limit is the error it says", async () => {
  // Three cells cannot make 5 MB even at 32,767 characters each: not retried smaller.
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"], ["C2"]] });
  const book = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN", protect: false });
  const before = wb.stats.syncs;
  await book.readSheet("客户", () => undefined);
  const syncs = wb.stats.syncs - before; // the last one reads the chunk
  wb.failSync(syncs, "GeneralException");
  await expect(book.readSheet("客户", () => undefined)).rejects.toMatchObject({
    code: "GeneralException",
  });
});
