import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AsideOutcome } from "../../../src/engine/ingest/aside";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { openCsv, type CsvSourceOptions } from "../../../src/workbook/file/csvSource";
import { csvText, randomBook } from "../../engine/ingest/randomTransactions";
import { buildAsideThread } from "./asideBundles";

// The transactions file ingested aside in the CSV worker (csvAside.ts) while the customers are
// ingested: the outcome crosses the thread (findings, the table's buffers) and gives the dataset
// and findings of the read in order; a file it cannot read is read again in order (same error).

let dir: string;
let workerScript: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "csv-aside-"));
  workerScript = await buildAsideThread(dir, ["csvAside"]);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asOf = epochDay(2025, 12, 31);

/** openCsv with workers, noting each aside outcome and reads of the transactions file here. */
function watched(files: Record<string, string>) {
  const options: CsvSourceOptions = { workerScript, workerMinBytes: 0, pieceBytes: 4096 };
  const source = openCsv(files, options);
  const seen = { outcomes: [] as (AsideOutcome | null)[], readHere: 0 };
  const watchedSource: GridSource = {
    ...source,
    readColumns: (name, ...rest) => {
      if (name === "Transactions") seen.readHere++;
      return source.readColumns!(name, ...rest);
    },
    ingestAside: (job, onProgress) => {
      const started = source.ingestAside!(job, onProgress);
      if (!started) return null;
      return {
        outcome: async () => {
          const o = await started.outcome();
          seen.outcomes.push(o);
          return o;
        },
        cancel: started.cancel,
        soFar: started.soFar,
      };
    },
  };
  return { source: watchedSource, seen };
}

function writeFiles(transactions: string): Record<string, string> {
  const files = { customers: join(dir, "c.csv"), transactions: join(dir, "t.csv") };
  const customers = ["客户编号,客户名称,地区"];
  for (let i = 0; i < 2000; i++) customers.push(`${1000 + i},客户${i},华东`);
  writeFileSync(files.customers, "\ufeff" + customers.join("\n") + "\n");
  writeFileSync(files.transactions, transactions);
  return files;
}

describe("transactions ingested aside in the CSV worker", () => {
  test("clean joins: the worker's outcome is used, the same dataset and findings", async () => {
    const rows = ["客户编号,日期,金额,订单号,产品,数量"];
    for (let j = 0; j < 12000; j++) {
      const day =
        j % 89 === 3
          ? "03/04/2025"
          : j % 97 === 4
            ? "2025-13-01"
            : `2025-0${1 + (j % 9)}-1${j % 10}`;
      const amount = [`${(j % 97) + 0.25}`, "1.234", "-5", "1,234", "abc", "0", "12.5%"][
        j % 83 < 6 ? j % 83 : 0
      ];
      rows.push(`${1000 + ((j * 7) % 2000)},${day},${amount},SO${j},产品${j % 13},${j % 4}`);
    }
    rows.splice(300, 0, "", "合计,,12345");
    const files = writeFiles(rows.join("\r\n"));
    const expected = await ingestWorkbook(
      openCsv(files, { workerScript: null, pieceBytes: 4096 }),
      { asOf },
    );
    const { source, seen } = watched(files);
    const got = await ingestWorkbook(source, { asOf });
    expect(got).toEqual(expected);
    expect(seen.readHere).toBe(0);
    expect(seen.outcomes).toHaveLength(1);
    expect(seen.outcomes[0]?.void).toBe(false);
    expect(got.dataset.transactions.count).toBeGreaterThan(11000);
    expect(got.findings.filter((f) => f.file === files.transactions).length).toBeGreaterThan(100);
  });

  test("a punch card's ¥0 划卡 rows cross the thread as visits of the rhythm (reviewer60 R9)", async () => {
    // 1001 tops up and uses her card at ¥0; 1002 pays cash.
    const rows = ["客户编号,日期,类型,金额,支付方式", "1001,2025-01-05,充值,3000,微信"];
    for (let d = 10; d <= 28; d += 7) rows.push(`1001,2025-02-${d},划卡,0,会员卡`);
    rows.push("1002,2025-02-12,消费,80,现金");
    const files = writeFiles(rows.join("\n") + "\n");
    const expected = await ingestWorkbook(openCsv(files, { workerScript: null }), { asOf });
    const { source, seen } = watched(files);
    const got = await ingestWorkbook(source, { asOf });
    expect(got).toEqual(expected);
    expect(seen.readHere).toBe(0);
    expect(seen.outcomes[0]?.void).toBe(false);
    const t = got.dataset.transactions;
    expect([...t.sourceRow]).toEqual([2, 3, 4, 5, 6]);
    expect([...t.storedValueVisit!]).toEqual([0, 1, 1, 1, 0]);
    expect(got.dataset.sources.transactions!.storedValueVisitRows).toBeUndefined();
  });

  test("an unknown customer: its row taken out of the worker's outcome, the same result", async () => {
    const files = writeFiles("客户编号,日期,金额\n1001,2025-03-01,5\n9999,2025-03-01,5\n");
    const expected = await ingestWorkbook(openCsv(files, { workerScript: null }), { asOf });
    const { source, seen } = watched(files);
    expect(await ingestWorkbook(source, { asOf })).toEqual(expected);
    expect(seen.readHere).toBe(0);
    expect(expected.findings.filter((f) => f.code === "unknown_customer")).toHaveLength(1);
  });

  test("random files with unknown customer ids: the same dataset and findings as in order", async () => {
    let kept = 0;
    for (let seed = 301; seed <= 320; seed++) {
      const book = randomBook(seed, false);
      const files = { customers: join(dir, "rc.csv"), transactions: join(dir, "rt.csv") };
      writeFileSync(files.customers, csvText(book.customers));
      writeFileSync(files.transactions, csvText(book.transactions));
      const plain = openCsv(files, { workerScript: null, pieceBytes: 4096 });
      const expected = await ingestWorkbook(plain, { asOf }).catch((e) => e);
      const { source, seen } = watched(files);
      const got = await ingestWorkbook(source, { asOf }).catch((e) => e);
      expect({ seed, got }).toEqual({ seed, got: expected });
      if (book.unknownRows > 0 && seen.readHere === 0) kept++;
    }
    expect(kept).toBeGreaterThanOrEqual(8); // not vacuous: outcomes kept despite unknown ids
  }, 120_000);

  test("GBK bytes past the first piece: the worker stops, the file is read here line by line", async () => {
    // The aside read tells UTF-8 from the file's first 256 KB and checks the rest while splitting.
    const rows = ["客户编号,日期,金额,订单号,产品"];
    for (let j = 0; j < 10000; j++)
      rows.push(`${1000 + (j % 2000)},2025-03-0${1 + (j % 9)},5,SO${j},产品${j % 7}`);
    const head = Buffer.from(rows.join("\n") + "\n");
    expect(head.length).toBeGreaterThan(300 * 1024);
    // 测试 in GBK (B2E2 CAD4): not UTF-8.
    const gbk = Buffer.concat([
      Buffer.from("1001,2025-04-01,7,SO-g,"),
      Buffer.from([0xb2, 0xe2, 0xca, 0xd4]),
      Buffer.from("\n"),
    ]);
    const files = writeFiles("");
    writeFileSync(
      files.transactions,
      Buffer.concat([head, gbk, Buffer.from("1002,2025-04-02,8,SO-h,产品1\n")]),
    );
    const expected = await ingestWorkbook(openCsv(files, { workerScript: null }), { asOf });
    const { source, seen } = watched(files);
    expect(await ingestWorkbook(source, { asOf })).toEqual(expected);
    expect(seen.outcomes).toEqual([null]);
    expect(seen.readHere).toBe(1);
    expect(expected.dataset.transactions.products).toContain("测试");
    expect(expected.findings.some((f) => f.code.includes("encoding"))).toBe(true);
  }, 60_000);

  test("a quote left open in the transactions file: the same error as read in order", async () => {
    const files = writeFiles('客户编号,日期,金额\n1001,2025-03-01,"5\n1002,2025-03-01,5\n');
    const expected = await ingestWorkbook(openCsv(files, { workerScript: null }), { asOf }).catch(
      (e) => e,
    );
    const { source, seen } = watched(files);
    const got = await ingestWorkbook(source, { asOf }).catch((e) => e);
    expect(String(got)).toBe(String(expected));
    expect(String(got)).toMatch(/quote|引号/);
    expect(seen.outcomes).toEqual([null]);
  });
});
