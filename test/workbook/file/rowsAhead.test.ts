import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { packCells, type PackedCells } from "../../../src/engine/changes/statePacked";
import { epochDay } from "../../../src/engine/parse/date";
import { limitedAnalysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { besideAheadOf, rowsAheadOf } from "../../../src/cli/jsonWorker";
import { openXlsx, XlsxReportWriter } from "../../../src/workbook/file";
import type { BesideAhead, BesideAside, RowsAside } from "../../../src/workbook/file/reportSheet";
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
    const write = async (name: string, rowsAside?: RowsAside, besideAside?: BesideAside) => {
      const file = path.join(dir, name);
      await new XlsxReportWriter(file, { lang: "zh-CN", rowsAside, besideAside }).writeTables(
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
    // The rows before the packed-only ones with the schedule's cells, made as the JSON's thread
    // makes them (besideAheadOf) from what the schedule recorded, given once it is written;
    // `starts`: those of the packed-only runs sent (none: the rows to the last packed cell).
    const besideJobs: Array<Parameters<BesideAside>[0]> = [];
    const made: BesideAhead[] = [];
    const besideWith =
      (starts: () => number[], xfShift = 0): BesideAside =>
      (job) => {
        besideJobs.push(job);
        let back: BesideAhead | null = null;
        return {
          give: (raw) => {
            const sent = { hashes: raw.hashes.slice(), longest: raw.longest };
            const shifted = { ...job, beside: { ...job.beside, xf: job.beside.xf + xfShift } };
            back = structuredClone(besideAheadOf(packed, shifted, sent, starts(), 1).made);
            made.push(back);
          },
          get: () => back,
        };
      };
    // With the packed-only runs: the rows before the first past the schedule's cells.
    let sentStarts: number[] = [];
    const aheadToo: RowsAside = (job) => {
      const rows = structuredClone(rowsAheadOf(packed, job, 1).rows);
      sentStarts = rows.runs.map((r) => r.from);
      return () => rows;
    };
    const besideOnly = await write(
      "beside.xlsx",
      undefined,
      besideWith(() => []),
    );
    expect(besideJobs).toHaveLength(1);
    expect(besideJobs[0].column).toBe(2);
    expect(besideJobs[0].beside.column).toBe(9);
    // Made there, and rows written with them: a row ahead at each packed cell.
    expect(made[0].cells.length).toBeGreaterThan(0);
    expect(made[0].rows.runs.length).toBe(Math.max(made[0].cells.length, packed.count) - 1);
    expect(besideOnly.sizes.get(state)).not.toBe(own.sizes.get(state));
    const both = await write(
      "both.xlsx",
      aheadToo,
      besideWith(() => sentStarts),
    );
    expect(both.sizes.get(state)).not.toBe(own.sizes.get(state));
    // Still being made on the other thread when the tab starts: waited for (asideAnswer.ts).
    const later = <T>(value: T | Promise<T>) =>
      new Promise<T>((resolve) => setTimeout(() => resolve(value), 20));
    const waited = await write(
      "waited.xlsx",
      (job) => {
        const rows = aheadToo(job)();
        return () => later(rows);
      },
      (job) => {
        const made = besideWith(() => sentStarts)(job);
        return { give: made.give, get: () => later(made.get()) };
      },
    );
    expect(waited.sizes.get(state)).toBe(both.sizes.get(state));
    for (const other of [
      waited,
      ahead,
      besideOnly,
      both,
      await write("other.xlsx", otherFormat),
      await write("late.xlsx", never),
      // The schedule's cells with another format than the tab's, or never back: made here.
      await write(
        "besideOther.xlsx",
        undefined,
        besideWith(() => [], 1),
      ),
      await write("besideNever.xlsx", undefined, () => ({
        give: () => undefined,
        get: () => null,
      })),
    ]) {
      expect([...other.parts.keys()]).toEqual([...own.parts.keys()]);
      for (const [name, xml] of own.parts) expect(other.parts.get(name)).toBe(xml);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
