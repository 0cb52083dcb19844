import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../../engine/analyze";
import { analysisTables } from "../../engine/report/tabs";
import { rowReader } from "../../engine/report/table";
import { defaultRules } from "../../engine/rules";
import { COMPRESSION_LEVEL, openXlsx, XlsxReportWriter } from "../../workbook/file";
import { writeSample } from "../../sample/write";
import { SAMPLE_AS_OF } from "../../sample/source";
import { formatBenchRow, timed, type BenchRow } from "./report";

/**
 * `npm run bench -- --files [--customers N --transactions N]`: the file adapter on real files.
 * Writes a generated workbook (default 100,000 customers, 1,000,000 transactions: a 6-column
 * transactions sheet), reads the transactions sheet alone, then runs the CLI's whole path: read +
 * analyse, and write every output tab into a copy of the input. Prints rows (or cells) per second
 * per step, the file sizes, the compression level and the peak memory. A benchmark, not a test:
 * on a shared machine, say so with the figures.
 */
export async function benchFiles(customers: number, transactions: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "ca-bench-files-"));
  const rows: BenchRow[] = [];
  // CPU seconds beside wall seconds: on a shared machine the wall clock mostly measures the others.
  let cpu = process.cpuUsage();
  const report = (row: BenchRow): void => {
    rows.push(row);
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const cpuSeconds = (used.user + used.system) / 1e6;
    const perCpu = Math.round(row.rows / Math.max(cpuSeconds, 1e-6)).toLocaleString("en-US");
    process.stdout.write(
      `${formatBenchRow(row)}   (${cpuSeconds.toFixed(2)} s CPU, ${perCpu}/CPU-s)\n`,
    );
  };
  try {
    const input = join(dir, "input.xlsx");
    cpu = process.cpuUsage();
    const written = await timed(() =>
      writeSample(
        { seed: 7, customers, transactions, lang: "zh-CN", problems: false },
        "xlsx",
        input,
      ),
    );
    const inputCells = 13 * customers + 6 * transactions; // customers 13 columns, transactions 6
    report({
      step: `write input workbook (cells, level ${COMPRESSION_LEVEL})`,
      rows: inputCells,
      seconds: written.seconds,
    });
    const names = Object.keys(written.value.rows);
    const txSheet = names[1];
    cpu = process.cpuUsage();
    const read = await timed(async () => {
      const source = await openXlsx(input);
      let n = 0;
      await source.readSheet(txSheet, (block) => void (n += block.length));
      return n;
    });
    report({
      step: `read the ${txSheet} sheet alone (rows, 6 columns)`,
      rows: read.value,
      seconds: read.seconds,
    });

    const rules = defaultRules();
    cpu = process.cpuUsage();
    const analysed = await timed(async () =>
      analyzeWorkbook(await openXlsx(input), { rules, asOf: SAMPLE_AS_OF }),
    );
    const inputRows = Object.values(analysed.value.dataset.counts).reduce(
      (n, c) => n + (c?.read ?? 0),
      0,
    );
    report({
      step: "read + analyse the workbook (input rows)",
      rows: inputRows,
      seconds: analysed.seconds,
    });
    const tables = analysisTables(analysed.value, "zh-CN", {
      at: SAMPLE_AS_OF,
      durationSeconds: 0,
      source: "bench",
    });
    const cells = tables.reduce((n, t) => n + t.rowCount * Math.max(1, t.columns.length), 0);
    const out = join(dir, "output.xlsx");
    cpu = process.cpuUsage();
    const wrote = await timed(() =>
      new XlsxReportWriter(out, { copyFrom: input, lang: "zh-CN" }).writeTables(tables),
    );
    report({
      step: `write all tabs into the input's copy (cells, level ${COMPRESSION_LEVEL})`,
      rows: cells,
      seconds: wrote.seconds,
    });
    // That write is three things: the engine producing the tabs' rows, our sheets' XML and its
    // compression, and copying the user's parts. The first and the last are measured alone here, so
    // a reader sees what the writer itself does (issue 11: our tabs at ≥ 2.5M cells/s).
    cpu = process.cpuUsage();
    const produced = await timed(async () => {
      for (const t of tables) {
        const read = rowReader(t, 10_000);
        for (let i = 0; i < t.rowCount; i++) read(i);
      }
    });
    report({
      step: "  of it: the engine producing the rows alone (cells)",
      rows: cells,
      seconds: produced.seconds,
    });
    const ours = join(dir, "ours.xlsx");
    cpu = process.cpuUsage();
    const oursOnly = await timed(() =>
      new XlsxReportWriter(ours, { lang: "zh-CN" }).writeTables(tables),
    );
    report({
      step: `  of it: our tabs alone: rows, XML, deflate (cells, level ${COMPRESSION_LEVEL})`,
      rows: cells,
      seconds: oursOnly.seconds,
    });
    // Derived, not measured: our tabs alone less the engine's rows alone (wall and CPU).
    const xmlSeconds = Math.max(oursOnly.seconds - produced.seconds, 1e-6);
    const xmlCpu = Math.max(oursOnly.cpuSeconds - produced.cpuSeconds, 1e-6);
    const xmlStep = `  => our sheets' XML + deflate (the difference, level ${COMPRESSION_LEVEL})`;
    process.stdout.write(
      `${formatBenchRow({ step: xmlStep, rows: cells, seconds: xmlSeconds })}   (${xmlCpu.toFixed(2)} s CPU, ${Math.round(cells / xmlCpu).toLocaleString("en-US")}/CPU-s)\n`,
    );
    const mb = (f: string) => (statSync(f).size / 1024 ** 2).toFixed(1);
    process.stdout.write(
      `\nInput ${mb(input)} MB, output ${mb(out)} MB (zip deflate level ${COMPRESSION_LEVEL} for our parts; the user's parts copied as stored)\n`,
    );
    process.stdout.write(
      `Peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
