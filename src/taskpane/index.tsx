import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeRun, type ExcelRun } from "../workbook/office/run";
import { App } from "./App";
import { Loading, NotInExcel, OldExcel } from "./components/Notice";
import { localToday } from "../engine/analysisDate";
import type { Host } from "./controller";
import { startAnalysisWorker } from "./worker/start";
import { pickLang } from "./i18n";
import { missingRequirement } from "./requirements";
import { problemBeforeReady, startupMessage, waitForOffice, type StartupProblem } from "./startup";

/**
 * The task pane in Excel. office.js comes from Microsoft's CDN (taskpane.html). Every way start-up
 * can fail ends in a message of its own (startup.ts): office.js blocked inside Excel, a plain
 * browser (points to the preview page), Office.onReady failing or never answering, an Excel too
 * old for the add-in. The spinner never stays forever.
 */

/** How long to wait for Office.onReady before saying so. */
const READY_TIMEOUT_MS = 15_000;

const root = createRoot(document.getElementById("container")!);

function Problem({ problem }: { problem: StartupProblem }): React.JSX.Element {
  if (problem.kind === "notInExcel") return <NotInExcel />;
  const { title, lines } = startupMessage(problem);
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ padding: 16 }} data-testid={`startup-${problem.kind}`}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {lines.map((line) => (
              <p key={line} style={{ margin: "4px 0", overflowWrap: "anywhere" }}>
                {line}
              </p>
            ))}
          </MessageBarBody>
        </MessageBar>
      </div>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  const early = problemBeforeReady(officeLoaded, window.location.search);
  if (early) {
    root.render(<Problem problem={early} />);
    return;
  }
  root.render(<Loading lang={pickLang(navigator.language)} />);
  const ready = await waitForOffice(() => Office.onReady(), READY_TIMEOUT_MS, setTimeout);
  if ("problem" in ready) {
    root.render(<Problem problem={ready.problem} />);
    return;
  }
  if (ready.info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel />);
    return;
  }
  const lang = pickLang(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const missing = missingRequirement();
  if (missing) {
    root.render(<OldExcel message={missing} lang={lang} />);
    return;
  }
  const run: ExcelRun = officeRun();
  const host: Host = { run, lang, today: () => localToday(), startWorker: startAnalysisWorker };
  root.render(<App host={host} />);
}

start().catch((error: unknown) => {
  // Anything else thrown while starting still ends in a message.
  const detail = error instanceof Error ? error.message : String(error);
  root.render(<Problem problem={{ kind: "readyFailed", detail }} />);
});
