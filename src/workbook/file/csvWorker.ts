// The CSV worker: a transactions file ingested aside (csvAside.ts runAside) on a worker thread
// while the main thread ingests the customers. This file is the bundle build/cli/csvWorker.js
// (scripts/build-cli.mjs); it does nothing when imported.
import { isMainThread, workerData } from "node:worker_threads";
import { runAside, type CsvAsideJob } from "./csvAside";

if (!isMainThread && (workerData as Partial<CsvAsideJob> | null)?.csvWorker === true)
  void runAside((workerData as CsvAsideJob).aside);
