import type { Endpoint } from "./protocol";
import { serveAnalysis } from "./engineSide";

/**
 * The analysis worker's entry (webpack bundles it as its own chunk; src/taskpane/worker/start.ts
 * starts it): the engine runs here, off the page's thread, so Excel and the pane stay responsive.
 */
serveAnalysis(self as unknown as Endpoint);
