import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Progress } from "../engine/analyze";
import type { Lang } from "../engine/schema";
import type { ExcelRun } from "../workbook/office/run";
import { createSimulatedExcel, type SimWorkbook } from "../workbook/simulator";
import { roundTripRun } from "../workbook/simulator/roundTrip";
import { App } from "./App";
import { Loading } from "./components/Notice";
import { WorkbookView } from "./components/WorkbookView";
import type { Host } from "./controller";
import { nextTask } from "./run/pause";
import { formatCount, pickLang, translator } from "./i18n";
import { previewSample } from "./previewSample";
import { startAnalysisWorker } from "./worker/start";

/**
 * The offline preview: the same task pane outside Office (no office.js), against the Excel
 * simulator loaded with the bundled sample. The sample's language from ?lang= or the browser's;
 * ?display= sets the display language the pane falls back to. The simulator
 * is on `window.__sim` for the browser test (test/e2e).
 */

export interface PreviewHandle {
  workbook: SimWorkbook;
  run: ExcelRun;
  lang: Lang;
  asOf: number;
  inputSheets: string[];
  /** The named sheets, every cell (values, formulas, formats, fills), as JSON: to compare before/after. */
  snapshot(names: string[]): string;
  /** Each sheet's name and used-range row count. */
  sheets(): { name: string; rows: number; visible: boolean }[];
  /** Each simulated sync: [start, ms] of the task the simulator worked it in (performance.now()). */
  syncTimes: [number, number][];
  /** Analysis workers started, and the analysis steps they reported (the browser test reads them). */
  workers: { started: number; analyzeSteps: number };
  /** Holds every batch after its next sync until release(): lets a test cancel a run mid-way. */
  hold(): void;
  release(): void;
}

declare global {
  interface Window {
    __sim?: PreviewHandle;
  }
}

const root = createRoot(document.getElementById("container")!);

/** Changes to the simulated workbook, for the workbook view. */
const listeners = new Set<() => void>();

/** Each sync's start and the time the simulator took inside it (ms, performance.now()). */
const syncTimes: [number, number][] = [];

/** Set by hold(): syncs wait for it (tests only). */
let held: { promise: Promise<void>; release: () => void } | null = null;

/**
 * Excel's sync is a round trip to the host, the simulator's a microtask: each sync here is a
 * round trip of tasks (simulator/roundTrip.ts), so the page paints and handles input between
 * them, and the simulator's time in each sync is recorded for the browser test.
 */
function paintingRun(run: ExcelRun): ExcelRun {
  const trips = roundTripRun(run, {
    nextTask,
    now: () => performance.now(),
    onSync: ({ start, ms }) => syncTimes.push([start, ms]),
  });
  return async (batch, options) => {
    try {
      return await trips(async (context) => {
        const sync = context.sync.bind(context);
        (context as unknown as { sync: (v?: unknown) => Promise<unknown> }).sync = async (
          v?: unknown,
        ) => {
          const out = await sync(v);
          if (held) await held.promise;
          return out;
        };
        return batch(context);
      }, options);
    } finally {
      listeners.forEach((l) => l());
    }
  };
}

function usedRows(workbook: SimWorkbook, name: string): number {
  const rect = workbook.sheet(name).usedRange(true);
  return rect ? rect.row + rect.rowCount : 0;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = pickLang(params.get("lang") ?? navigator.language);
  document.documentElement.lang = lang;
  const t = translator(lang);
  document.title = `${t("appTitle")} · ${t("previewTitle")}`;
  root.render(<Loading lang={lang} />);

  // ?customers=&transactions= size the sample (the browser test's 1,000,000-row run); ?worker=0
  // runs the engine on the page, as a host without workers would.
  const size = (key: string) => Number(params.get(key)) || undefined;
  const sample = await previewSample(lang, {
    ...(size("customers") && { customers: size("customers") }),
    ...(size("transactions") && { transactions: size("transactions") }),
  });
  const excel = createSimulatedExcel(sample.workbook);
  const workers = { started: 0, analyzeSteps: 0 };
  const startWorker = () => {
    const worker = params.get("worker") === "0" ? null : startAnalysisWorker();
    if (worker) {
      workers.started++;
      worker.addEventListener(
        "message",
        (e: MessageEvent<{ type?: string; progress?: Progress }>) => {
          if (e.data.type === "progress" && e.data.progress?.step === "analyze")
            workers.analyzeSteps++;
        },
      );
    }
    return worker;
  };
  const run = paintingRun(excel.run);
  const workbook = sample.workbook;
  window.__sim = {
    workbook,
    run,
    lang,
    asOf: sample.asOf,
    inputSheets: sample.inputSheets,
    workers,
    syncTimes,
    snapshot: (names) => JSON.stringify(names.map((n) => workbook.sheet(n).snapshot())),
    sheets: () =>
      workbook.sheets.map((s) => ({
        name: s.name,
        rows: usedRows(workbook, s.name),
        visible: s.visibility === "Visible",
      })),
    hold: () => {
      let release = () => undefined as void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    release: () => {
      held?.release();
      held = null;
    },
  };
  // The sample's own "today", so follow-ups and risk read as they would on the day the data ends.
  // ?display= plays Excel's display language (default: the sample's): with display=en-US a
  // Chinese sample is "a Chinese workbook on an English machine", and the pane follows the workbook.
  const display = params.get("display");
  const host: Host = {
    run,
    lang: display ? pickLang(display) : lang,
    today: () => sample.asOf,
    startWorker,
  };
  const banner = (
    <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
      <MessageBarBody>
        {t("previewBanner", { customers: formatCount(sample.customers, lang) })}
      </MessageBarBody>
    </MessageBar>
  );
  root.render(
    <div className="preview-layout">
      <div className="preview-pane">
        <App host={host} banner={banner} />
      </div>
      <div className="preview-workbook">
        <WorkbookView
          workbook={workbook}
          lang={lang}
          subscribe={(l) => (listeners.add(l), () => listeners.delete(l))}
        />
      </div>
    </div>,
  );
}

// Side by side on a wide screen (the pane at Excel's task-pane width); the pane alone when narrow.
// The workbook stays in view while the pane scrolls, as Excel's grid does beside its task pane (the
// page scrolled it away: a long Results showed the pane beside a blank half, stop 46).
const style = document.createElement("style");
style.textContent = `
  .preview-layout { display: flex; min-height: 100vh; background: #f3f2f1; }
  .preview-pane { flex: 0 0 350px; width: 350px; background: #fff; border-right: 1px solid #e1dfdd; }
  .preview-workbook { flex: 1 1 auto; min-width: 0; padding: 16px; overflow: auto;
    box-sizing: border-box; position: sticky; top: 0; align-self: flex-start; max-height: 100vh; }
  @media (max-width: 700px) {
    .preview-pane { flex: 1 1 auto; width: auto; border-right: 0; }
    .preview-workbook { display: none; }
  }
`;
document.head.appendChild(style);

start().catch((e: unknown) => {
  root.render(
    <pre style={{ padding: 16, whiteSpace: "pre-wrap" }}>
      {String(e instanceof Error ? e.stack : e)}
    </pre>,
  );
});
