import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The other programs a written workbook must open in (issue 11: openpyxl and LibreOffice headless,
 * both installed by .ci/run): one place for how the tests find and call them. A machine without one
 * skips its test and says so by the test's name.
 */
export const PYTHON = "/usr/bin/python3";

/** Whether python3 with openpyxl is installed. */
export const hasOpenpyxl =
  existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;

/** Whether LibreOffice's `soffice` is on the path. */
export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** Runs a python script with `file` as its argument (sys.argv[1]). */
export function runPython(script: string, file: string): SpawnSyncReturns<string> {
  return spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8" });
}

/**
 * Converts `file` with LibreOffice headless into `outDir` (`to`: "pdf", "csv", or a filter), with
 * its own profile there, so parallel test files do not share one.
 */
export function convertWithLibreOffice(
  file: string,
  outDir: string,
  to: string,
): SpawnSyncReturns<string> {
  return spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(outDir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 240_000 },
  );
}
