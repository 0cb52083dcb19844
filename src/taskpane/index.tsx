import * as React from "react";
import { createRoot } from "react-dom/client";
import type { ExcelRun } from "../workbook/office/run";
import { App } from "./App";
import { Loading, NotInExcel, OldExcel } from "./components/Notice";
import { localToday } from "../engine/analysisDate";
import type { Host } from "./controller";
import { pickLang } from "./i18n";
import { missingRequirement } from "./requirements";

/**
 * The task pane in Excel. office.js comes from Microsoft's CDN (taskpane.html); offline, or when
 * this page is opened in a plain browser, `Office` is undefined or `Office.onReady` reports no
 * host: the page then says it must be opened in Excel and points to the preview page.
 */

/** How long to wait for Office.onReady before assuming this is not Office. */
const READY_TIMEOUT_MS = 15_000;

const root = createRoot(document.getElementById("container")!);

function start(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    root.render(<NotInExcel />);
    return;
  }
  root.render(<Loading lang={pickLang(navigator.language)} />);
  const timer = setTimeout(() => root.render(<NotInExcel />), READY_TIMEOUT_MS);
  void Office.onReady().then((info) => {
    clearTimeout(timer);
    if (info.host !== Office.HostType.Excel) {
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
    const run: ExcelRun = (batch) => Excel.run(batch);
    const host: Host = { run, lang, today: () => localToday() };
    root.render(<App host={host} />);
  });
}

start();
