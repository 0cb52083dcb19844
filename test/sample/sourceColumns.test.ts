import type { GridSource } from "../../src/engine/ingest/workbook";
import { ingestWorkbook } from "../../src/engine/ingest/workbook";
import { sampleSource, type SampleOptions } from "../../src/sample/source";

// The sample's columnar path (what the bench ingests, as the file sources are read) gives what its
// row path gives: the same dataset, findings and counts, with the deliberate problems in.
describe("sampleSource by column", () => {
  const cases: [string, SampleOptions][] = [
    ["zh, Dates, blocks of 7 (the title rows span a block)", { lang: "zh-CN", blockRows: 7 }],
    ["en, serials", { lang: "en-US", dateCells: "serial", blockRows: 1000 }],
  ];
  test.each(cases)("%s: the row path's result", async (_, extra) => {
    const options: SampleOptions = { seed: 3, customers: 400, transactions: 4000, ...extra };
    const rowsOnly: GridSource = { ...sampleSource(options).source, readColumns: undefined };
    const columns = sampleSource(options).source;
    expect(columns.readColumns).toBeDefined();
    const byRows = await ingestWorkbook(rowsOnly, { asOf: sampleSource(options).asOf });
    const byColumns = await ingestWorkbook(columns, { asOf: sampleSource(options).asOf });
    expect(byColumns).toEqual(byRows);
    expect(byRows.findings.length).toBeGreaterThan(10);
    expect(byRows.dataset.transactions.count).toBeGreaterThan(3000);
  });

  test("tells ingest the sheet's size first, and progress counts toward it", async () => {
    const sample = sampleSource({ seed: 3, customers: 400, transactions: 4000, blockRows: 500 });
    const seen: [string, number, number | undefined][] = [];
    const { dataset } = await ingestWorkbook(sample.source, {
      asOf: sample.asOf,
      onProgress: (kind, done, total) => seen.push([kind, done, total]),
    });
    const tx = seen.filter(([k]) => k === "transactions");
    expect(tx.length).toBeGreaterThan(3);
    for (const [, done, total] of tx) expect(total).toBeGreaterThanOrEqual(done);
    const last = tx[tx.length - 1];
    expect(last[1]).toBe(dataset.counts.transactions!.read);
    expect(last[2]).toBe(last[1]);
  });
});
