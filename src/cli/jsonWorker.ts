import { existsSync } from "node:fs";
import path from "node:path";
import { parentPort, type Worker } from "node:worker_threads";
import type { Analysis } from "../engine/analyze";
import type { Lang } from "../engine/schema";
import { resultJsonParts } from "../engine/report/resultJson";
import { writeTextPieces } from "../workbook/file/byteFile";
import { roleThread } from "../workbook/file/asideThread";
import { writeViaTemp } from "../workbook/file/tempFiles";
import { fitAnswer, type FitAnswer, type FitAside, type FitJob } from "../workbook/file/fitAside";
import { packCells, type PackedCells } from "../engine/changes/statePacked";
import {
  aheadRowsXml,
  type AheadColumn,
  type BesideAhead,
  type BesideAside,
  type RowsAhead,
  type RowsAside,
} from "../workbook/file/reportSheet";
import { writtenCells, type WrittenRaw } from "../engine/followUp/writtenCells";
import { COMPRESSION_LEVEL } from "../workbook/file/zipWriter";
import { constants as zlibConstants, crc32, deflateRawSync } from "node:zlib";
import { fromWire, toWire, unitCells, type PackedWire } from "./packedWire";
import { asideAnswer, claimThere, type AsideAnswer, type Claim } from "./asideAnswer";
import {
  decodeColumns,
  jsonColumns,
  stateColumns,
  stateSnapshot,
  type StateColumns,
} from "./releaseRows";

/**
 * The JSON result written on the second core while the main thread writes the workbook (issue 11:
 * "use both cores where it pays"), at any size. The worker receives only what the JSON reads, its
 * typed columns moved rather than copied (releaseRows.ts jsonColumns). Stop 23 sent the whole
 * analysis as a structured clone: 5.0 CPU-s and a 3.81 GB peak at 1,000,000 customers, so the JSON
 * stayed on the main thread above 300,000 (6.46 s there, quiet). Stop 24, 1M, load 14 (CA_TIMINGS):
 * the JSON was done when the workbook was (the step after it 0.02 s, was 29.6 s wall / 7.2 CPU-s),
 * peak 2.39 GB (2.20 with the JSON on the main thread), the same bytes.
 * CA_JSON_WORKER=0 writes it on the main thread (the same bytes). The worker is a role of the
 * aside thread (src/workbook/file/asideThread.ts: the thread that fitted the models or ingested
 * the transactions, idle by now, else one booted here), the bundle build/cli/asideWorker.js
 * (scripts/build-cli.mjs); run from the sources (tests, tsx) there is none and the JSON is written
 * in the main thread.
 */
export interface JsonJob {
  analysis: Analysis;
  lang: Lang;
  generatedAt: number;
  /**
   * The run state's snapshot (releaseRows.ts stateColumns): its packed cells are made once the JSON
   * is written and sent back (PendingJson.statePacked), for the state tab the main thread writes
   * last of its tabs.
   */
  state?: StateColumns | null;
}

/** The code of the error of a JSON worker that ended before its file was written. */
export const JSON_WRITER_STOPPED = "JSON_WRITER_STOPPED";

/** A JSON result being written in a worker. */
export interface PendingJson {
  /** Settles when the file is complete and renamed over its target (or failed: nothing left). */
  done: Promise<void>;
  /** Stops the worker (the run failed elsewhere); the temp file is removed. */
  cancel(): Promise<void>;
  /** The run state's cells the worker packed (stateTable `packed`), once they are back; else null. */
  statePacked(): PackedCells | null;
  /**
   * Fits a tab's columns on the JSON's thread (fitAside.ts: the workbook writer's fitAside), before
   * or after the JSON is written, until release() or the thread's end (then a getter of null: the
   * tab is fitted where it is written).
   */
  fit: FitAside;
  /**
   * Writes the run state's packed-only rows and deflates them on the JSON's thread once the JSON
   * is written (reportSheet.ts RowsAside), until release() or the thread's end (then a getter of
   * null: the rows are written where the tab is).
   */
  rowsAside: RowsAside;
  /**
   * Makes the run state's schedule cells (writtenCells) on the JSON's thread and writes the rows
   * before the packed-only ones with them (reportSheet.ts BesideAside), until release() or the
   * thread's end (then null: made and written where the tab is). Asked, it keeps the thread.
   */
  besideAside: BesideAside;
  /** The workbook is written: no more tabs to fit; the thread ends once the JSON is done. */
  release(): void;
}

/**
 * Starts writing the JSON result to `file` in a worker, or returns null where it is not done that
 * way (no bundle beside this one, CA_JSON_WORKER=0, or an analysis that cannot be copied): the
 * caller writes it itself. Written under a temp name and renamed, as every output. The typed
 * columns it reads are copies moved to the worker: `analysis` keeps its own.
 *
 * @example const json = jsonInWorker("r.json", analysis, "zh-CN", new Date()); … await json?.done;
 */
export function jsonInWorker(
  file: string,
  analysis: Analysis,
  lang: Lang,
  generatedAt: Date,
): PendingJson | null {
  const script = path.join(__dirname, "asideWorker.js");
  if (process.env.CA_JSON_WORKER === "0" || !existsSync(script)) return null;
  // Only what the JSON reads, its typed columns moved, not copied (releaseRows.ts jsonColumns).
  const { analysis: columns, transfer } = jsonColumns(analysis);
  const state = stateColumns(analysis, transfer);
  const job: JsonJob = { analysis: columns, lang, generatedAt: generatedAt.getTime(), state };
  let worker: Worker;
  try {
    worker = roleThread(script, "json", job, transfer);
  } catch {
    return null; // a value that cannot be copied: written in the main thread instead
  }
  worker.ref(); // awaited at the end of the run
  let packed: PackedCells | null = null;
  // Tabs' widths fitted on the thread (fitAside.ts), by job. The thread is ended once the JSON is
  // done (its last message), no fit is waiting for its answer and the state's rows were asked (or
  // the workbook writer has released it: threadEnds): the JSON is the run's last role, and a thread's end frees its heap (~250 munmaps)
  // on its own core. Given back idle instead, it was ended at the process's exit, which waits for
  // it: from the "done" line to the launcher's exit 0.143-0.188 s -> 0.084-0.127 s (100k CSVs, 4
  // alternated pairs, strace). A tab fitted after that is fitted where it is written (none at 100k).
  const fitted = new Map<number, FitAnswer>();
  // The state's rows asked, by job: back, waited for while made there, or made here (asideAnswer).
  const aheads = new Map<number, AsideAnswer<RowsAhead>>();
  const besides = new Map<number, AsideAnswer<BesideAhead>>();
  /** The thread is gone: no answer comes (made where the tab is). */
  const noAnswers = () => {
    for (const asked of [...aheads.values(), ...besides.values()]) asked.answer(null);
  };
  let fits = 0;
  let waiting = 0; // fits sent, not answered yet
  let over = false;
  let released = false;
  let ended = false;
  // The state's rows are asked for once the schedule tab starts; a JSON done before that ended the
  // thread (nothing waiting), and the writer then wrote all of them itself.
  let held = state !== null;
  const end = () => {
    if (ended || !threadEnds({ over, waiting, held, released })) return;
    ended = true;
    void worker.terminate();
  };
  const finished = new Promise<void>((resolve, reject) => {
    let settled = false;
    worker.on(
      "message",
      (m: {
        error?: string;
        code?: string;
        syscall?: string;
        path?: string;
        statePacked?: PackedWire;
        fitted?: { id: number; answer: FitAnswer };
        ahead?: { id: number; rows: RowsAhead | null };
        beside?: { id: number; made: BesideAhead | null };
      }) => {
        if (m.beside) {
          besides.get(m.beside.id)?.answer(m.beside.made);
          waiting--;
          end();
          return;
        }
        if (m.ahead) {
          aheads.get(m.ahead.id)?.answer(m.ahead.rows);
          waiting--;
          end();
          return;
        }
        if (m.fitted) {
          fitted.set(m.fitted.id, m.fitted.answer);
          waiting--;
          end();
          return;
        }
        if (m.statePacked) {
          packed = fromWire(m.statePacked); // the JSON's end follows
          return;
        }
        settled = true;
        over = true; // its role's last message
        end();
        // The system's code, call and path come along: a temp file the system would not let the
        // thread create or write is said as the output's (tempFiles.ts writeFailure).
        const { error, ...why } = m;
        if (error !== undefined) reject(Object.assign(new Error(error), why));
        else resolve();
      },
    );
    worker.on("error", (e) => {
      settled = true;
      noAnswers();
      reject(e);
    });
    worker.on("exit", (code) => {
      noAnswers();
      // Coded, so that the run says it in the user's words (analyzeCommand.ts jsonWritten).
      if (!settled)
        reject(
          Object.assign(new Error(`the JSON worker stopped (exit code ${code})`), {
            code: JSON_WRITER_STOPPED,
            exitCode: code,
          }),
        );
    });
  });
  const done = writeViaTemp(
    file,
    (temp) => {
      worker.postMessage(temp);
      return finished;
    },
    "--json",
  );
  // Awaited after the workbook; a failure meanwhile must not count as unhandled.
  done.catch(() => undefined);
  return {
    done,
    cancel: async () => {
      await worker.terminate();
      await done.catch(() => undefined);
    },
    statePacked: () => packed,
    fit: (job) => {
      const id = ++fits;
      if (released || ended) return () => null;
      waiting++;
      worker.postMessage({ fit: job, fitId: id } satisfies FitMessage);
      return () => fitted.get(id) ?? null;
    },
    rowsAside: (rows) => {
      const id = ++fits;
      if (released || ended) return () => null;
      waiting++;
      const asked = asideAnswer<RowsAhead>();
      aheads.set(id, asked);
      worker.postMessage({
        rowsAhead: rows,
        aheadId: id,
        claim: asked.claim,
      } satisfies AheadMessage);
      return asked.get;
    },
    besideAside: (job) => {
      const id = ++fits;
      if (released || ended) return { give: () => undefined, get: () => null };
      waiting++;
      held = false; // the state's last ask
      let given = false;
      const asked = asideAnswer<BesideAhead>();
      besides.set(id, asked);
      return {
        give: (raw) => {
          if (given || ended) return;
          given = true;
          // A copy of the hashes alone (the recorder's array is larger), moved.
          const hashes = raw.hashes.slice();
          const message: BesideMessage = {
            besideAhead: job,
            raw: { hashes, longest: raw.longest },
            besideId: id,
            claim: asked.claim,
          };
          worker.postMessage(message, [hashes.buffer]);
        },
        // Not given: nothing comes (made where the tab is).
        get: () => (given ? asked.get() : null),
      };
    },
    release: () => {
      released = true;
      end();
    },
  };
}

/**
 * The workbook writer's fitAside for this run: the JSON thread's (PendingJson.fit) only with
 * CA_FIT_ASIDE=1; otherwise none, and the schedule's and at-risk tabs are fitted (their widths,
 * the at-risk reasons' paragraphs broken) in the main thread where they are written, from the
 * same sample: the same workbook. Off by default since stop 60: both cores are busy through a
 * large run, so the fitting moved aside saved no time, while the JSON's thread compiled its own
 * copy of the text-measuring code (goodStarts, startsIn, cutsWord, fitTableColumn …) and the
 * samples and answers were copied across. 100k CSVs + JSON, alternated pairs at load 15-20
 * (speed60b fitaside.txt, fitaside2.txt): user+sys lower in 12 of 14 pairs, pair medians −0.30
 * and −0.14 CPU-s (median run 7.11 → 6.85 and 7.51 → 7.43); the main thread +0.09 / +0.18 s.
 *
 * @example fitAsideFor(json, {}) // undefined: fitted where written
 * @example fitAsideFor(json, { CA_FIT_ASIDE: "1" }) === json.fit // true
 */
export function fitAsideFor(
  json: Pick<PendingJson, "fit"> | null,
  env: NodeJS.ProcessEnv,
): FitAside | undefined {
  return env.CA_FIT_ASIDE === "1" && json ? json.fit : undefined;
}

/**
 * Whether the JSON's thread is ended (PendingJson): once its JSON is written (`over`) and nothing
 * more is asked of it: no answer awaited (`waiting`) and the state's rows asked already, if it
 * packed the state (`held`); or once the workbook is written (`released`), whatever is asked.
 */
export function threadEnds(s: {
  over: boolean;
  waiting: number;
  held: boolean;
  released: boolean;
}): boolean {
  return s.over && (s.released || (s.waiting === 0 && !s.held));
}

/** The run state's rows to write ahead, sent to the JSON's thread (PendingJson.rowsAside). */
interface AheadMessage {
  rowsAhead: Parameters<RowsAside>[0];
  aheadId: number;
  /** Who makes them (asideAnswer.ts): here only when the writer has not taken them. */
  claim: Claim;
}

function isAheadMessage(m: unknown): m is AheadMessage {
  return typeof m === "object" && m !== null && typeof (m as AheadMessage).aheadId === "number";
}

/** The run state's rows before the packed-only ones, with the schedule's cells (BesideAside). */
interface BesideMessage {
  besideAhead: Parameters<BesideAside>[0];
  raw: WrittenRaw;
  besideId: number;
  /** Who makes them (asideAnswer.ts). */
  claim: Claim;
}

function isBesideMessage(m: unknown): m is BesideMessage {
  return typeof m === "object" && m !== null && typeof (m as BesideMessage).besideId === "number";
}

/**
 * Text of the packed rows in one run at least (the last block that reaches it ends the run): a run
 * is a fresh deflate stream, so its first 32 KB compress a little less; the state tab's writer
 * uses the runs from the first that starts past the rows it writes itself (the schedule's cells).
 */
const RUN_CHARS = 256 << 10;

/**
 * The packed-only rows of the run state (ReportTable.soleColumn: from its second row on) in runs
 * of about `runChars` characters, each written as the tab's writer writes it (aheadRowsXml) and
 * deflated as a fresh stream ending in a sync flush, their bytes end to end in one buffer to
 * transfer.
 */
export function rowsAheadOf(
  cells: PackedCells,
  job: Parameters<RowsAside>[0],
  runChars = RUN_CHARS,
): { rows: RowsAhead; transfer: ArrayBuffer[] } {
  const column = { column: job.column, xf: job.xf, text: (k: number) => cells.cell(k) };
  const { runs, transfer } = deflatedRuns([column], 1, cells.count, job.lang, runChars);
  return { rows: { column: job.column, xf: job.xf, runs }, transfer };
}

/**
 * The run state's schedule cells made from what the schedule recorded (writtenCells), and its rows
 * from the second to the first packed-only run's (`starts`: those of rowsAheadOf; past the cells
 * without one) written as rowsAheadOf writes its rows, each with its packed cell and its schedule
 * cell.
 */
export function besideAheadOf(
  cells: PackedCells,
  job: Parameters<BesideAside>[0],
  raw: WrittenRaw,
  starts: readonly number[],
  runChars = RUN_CHARS,
): { made: BesideAhead; transfer: ArrayBuffer[] } {
  const written = writtenCells(raw);
  const to = starts.find((s) => s >= written.length) ?? Math.max(written.length, cells.count);
  const columns: AheadColumn[] = [
    { column: job.column, xf: job.xf, text: (k) => (k < cells.count ? cells.cell(k) : null) },
    { column: job.beside.column, xf: job.beside.xf, text: (k) => written[k] ?? null },
  ];
  if (job.beside.column < job.column) columns.reverse();
  const { runs, transfer } = deflatedRuns(columns, 1, to, job.lang, runChars);
  const rows = {
    column: job.column,
    xf: job.xf,
    besideColumn: job.beside.column,
    besideXf: job.beside.xf,
    runs,
  };
  return { made: { cells: written, rows }, transfer };
}

/**
 * Rows `from` to `to` of `columns` (aheadRowsXml) in runs of about `runChars` characters, each
 * deflated as a fresh stream ending in a sync flush, with its CRC, their bytes end to end in one
 * buffer to transfer.
 */
function deflatedRuns(
  columns: readonly AheadColumn[],
  from: number,
  to: number,
  lang: "zh-CN" | "en-US",
  runChars: number,
): { runs: RowsAhead["runs"]; transfer: ArrayBuffer[] } {
  const made: Array<{ from: number; to: number; deflated: Buffer; crc: number; size: number }> = [];
  for (let a = from; a < to;) {
    let b = a;
    for (let chars = 0; b < to && chars < runChars; b++)
      for (const c of columns) chars += c.text(b)?.length ?? 0;
    const xml = aheadRowsXml(columns, a, b, lang);
    const deflated = deflateRawSync(xml, {
      level: COMPRESSION_LEVEL,
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
    });
    made.push({ from: a, to: b, deflated, crc: crc32(xml), size: xml.length });
    a = b;
  }
  // Its own ArrayBuffer (not Node's shared pool): transferable.
  const all = Buffer.allocUnsafeSlow(made.reduce((n, r) => n + r.deflated.length, 0));
  let at = 0;
  const runs = made.map((r) => {
    r.deflated.copy(all, at);
    const deflated = new Uint8Array(all.buffer, all.byteOffset + at, r.deflated.length);
    at += r.deflated.length;
    return { from: r.from, to: r.to, deflated, crc: r.crc, size: r.size };
  });
  return { runs, transfer: [all.buffer as ArrayBuffer] };
}

/** A tab to fit, sent to the JSON's thread (PendingJson.fit). */
interface FitMessage {
  fit: FitJob;
  fitId: number;
}

function isFitMessage(m: unknown): m is FitMessage {
  return typeof m === "object" && m !== null && typeof (m as FitMessage).fitId === "number";
}

/**
 * The thread's side (its "json" role: src/cli/asideWorker.ts): the handler of the role's messages:
 * the temp path, on which it writes the file, then says so (or what failed); and tabs to fit
 * (PendingJson.fit), each answered with its widths.
 */
export function writeJson(job: JsonJob): (temp: unknown) => void {
  let started = false;
  // The state's packed cells once made (after the JSON), for rows asked ahead; asked before, kept.
  let cells: PackedCells | null | undefined;
  const asked: Array<AheadMessage | BesideMessage> = [];
  // Where the packed-only runs sent start: the rows before the first past the schedule's cells
  // are written with them (besideAheadOf).
  let starts: number[] = [];
  const answerAhead = (m: AheadMessage | BesideMessage): void => {
    if (isBesideMessage(m)) {
      try {
        if (!cells) throw new Error("no cells");
        if (!claimThere(m.claim)) throw new Error("made there"); // the writer took them
        const { made, transfer } = besideAheadOf(cells, m.besideAhead, m.raw, starts);
        parentPort!.postMessage({ beside: { id: m.besideId, made } }, transfer);
      } catch {
        // none: made and written where the tab is
        parentPort!.postMessage({ beside: { id: m.besideId, made: null } });
      }
      return;
    }
    try {
      if (!cells) throw new Error("no cells");
      if (!claimThere(m.claim)) throw new Error("written there"); // the writer took them
      const { rows, transfer } = rowsAheadOf(cells, m.rowsAhead);
      starts = rows.runs.map((r) => r.from);
      parentPort!.postMessage({ ahead: { id: m.aheadId, rows } }, transfer);
    } catch {
      // none: written where the tab is
      parentPort!.postMessage({ ahead: { id: m.aheadId, rows: null } });
    }
  };
  return (temp) => {
    if (isAheadMessage(temp) || isBesideMessage(temp)) {
      if (cells === undefined) asked.push(temp);
      else answerAhead(temp);
      return;
    }
    if (isFitMessage(temp)) {
      // A tab's widths (and its breakLines columns' paragraphs broken at them), between the
      // JSON's pieces or after them; none sent back when it fails (the tab is fitted where it is
      // written).
      try {
        const { answer, transfer } = fitAnswer(temp.fit);
        parentPort!.postMessage({ fitted: { id: temp.fitId, answer } }, transfer);
      } catch {
        // fitted there
      }
      return;
    }
    if (started) return;
    started = true;
    const analysis = decodeColumns(job.analysis); // owners and regions came coded (jsonColumns)
    const chunks = resultJsonParts(analysis, job.lang, new Date(job.generatedAt));
    writeTextPieces(temp as string, chunks).then(
      () => {
        // The state tab's cells once the JSON is written: at 100,000 customers the JSON is done
        // about when the segments tab is, and this thread then idles while the main thread writes
        // the last tabs alone; the state tab comes last of them. Before its done message: the
        // role is over with that one (its thread is then ended).
        cells = packState(job, analysis);
        parentPort!.postMessage({});
        for (const m of asked.splice(0)) answerAhead(m);
      },
      (e: unknown) => {
        cells = null;
        for (const m of asked.splice(0)) answerAhead(m);
        const { code, syscall, path } = (e ?? {}) as NodeJS.ErrnoException;
        parentPort!.postMessage({
          error: (e as Error)?.message ?? String(e),
          ...(typeof code === "string" ? { code } : {}),
          ...(typeof syscall === "string" ? { syscall } : {}),
          ...(typeof path === "string" ? { path } : {}),
        });
      },
    );
  };
}

/**
 * Packs the run state's cells the job carries (statePacked.ts packCells) and sends them back. A
 * failure, or cells not back before the state tab is written (a small run), leaves them to the
 * main thread: the same text either way.
 */
function packState(job: JsonJob, analysis: Analysis): PackedCells | null {
  if (!job.state) return null;
  try {
    const cells = unitCells(packCells(stateSnapshot(analysis, job.state), job.state.levels));
    const { wire, transfer } = toWire(cells);
    parentPort!.postMessage({ statePacked: wire }, transfer);
    return cells;
  } catch {
    return null; // packed there
  }
}
