import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { packCells, type PackedCells } from "../../../src/engine/changes/statePacked";
import { epochDay } from "../../../src/engine/parse/date";
import { limitedAnalysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { rowsAheadOf } from "../../../src/cli/jsonWorker";
import { openXlsx, XlsxReportWriter } from "../../../src/workbook/file";
import type { RowsAside } from "../../../src/workbook/file/reportSheet";
import { ZipReader } from "../../../src/workbook/file/zipReader";

// The run state's packed-only rows written and deflated on another thread (the command line's
// JSON thread: jsonWorker.ts rowsAheadOf) and spliced into the part (zipWriter.ts DeflatedRun):
// the same XML, a valid part (CRC checked), whether the rows come back in time or not.
jest.setTimeout(240_000);

let analysis: Analysis;
let packed: PackedCells;
beforeAll(async () => {
  analysis = await analyzeWorkbook(
    await openXlsx(path.join(__dirname, "../../../assets/sample-zh.xlsx")),
    { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
  );
  packed = packCells(analysis.snapshot!, analysis.rules.churn.levels);
});

const tablesOf = (a: Analysis) =>
  limitedAnalysisTables(
    a,
    "zh-CN",
    { at: 0, durationSeconds: 1, source: "cli" },
    undefined,
    undefined,
    () => packed,
  ).tables;

test("the workbook is the same with the state's rows written ahead, in time, late or refused", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rows-ahead-"));
  try {
    const write = async (name: string, rowsAside?: RowsAside) => {
      const file = path.join(dir, name);
      await new XlsxReportWriter(file, { lang: "zh-CN", rowsAside }).writeTables(
        tablesOf(analysis),
      );
      const zip = await ZipReader.open(file);
      try {
        const parts = new Map<string, string>();
        const sizes = new Map<string, number>();
        for (const n of zip.names()) {
          await zip.verify(n); // the CRC of a part with runs is combined (crc32Combine.ts)
          parts.set(n, (await zip.readBuffer(n)).toString("utf8"));
          sizes.set(n, zip.part(n)!.compressedSize);
        }
        return { parts, sizes };
      } finally {
        zip.close();
      }
    };
    const asked: Array<Parameters<RowsAside>[0]> = [];
    // A run a block, as a thread answering before the tab starts (structured clone: as sent back).
    const inTime: RowsAside = (job) => {
      asked.push(job);
      const rows = structuredClone(rowsAheadOf(packed, job, 1).rows);
      return () => rows;
    };
    // Written with another format than the tab's: not used.
    const otherFormat: RowsAside = (job) => {
      const rows = rowsAheadOf(packed, { ...job, xf: job.xf + 1 }, 1).rows;
      return () => rows;
    };
    const never: RowsAside = () => () => null;
    const own = await write("own.xlsx");
    const ahead = await write("ahead.xlsx", inTime);
    expect(asked).toHaveLength(1);
    expect(asked[0].column).toBe(2);
    const state = [...own.parts.keys()].find((n) => own.parts.get(n)!.includes("packedCustomers"))!;
    expect(state).toBeDefined();
    // The runs were used: independent deflate streams compress a little less.
    expect(ahead.sizes.get(state)).not.toBe(own.sizes.get(state));
    for (const other of [
      ahead,
      await write("other.xlsx", otherFormat),
      await write("late.xlsx", never),
    ]) {
      expect([...other.parts.keys()]).toEqual([...own.parts.keys()]);
      for (const [name, xml] of own.parts) expect(other.parts.get(name)).toBe(xml);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
