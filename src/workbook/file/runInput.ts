import path from "node:path";
import { isRunInputName, RUN_INPUT_NAME } from "../ownedTabs";
import { writtenPath } from "./tempFiles";
import { escapeXml } from "./xmlText";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * How a command-line run was made, recorded on its output (a hidden name, `CA.<id>.input`) so that
 * the output given back as an input can be answered with the command the user ran (3fa57bc's
 * advice named placeholders, the workbook form first even after a CSV run): the workbook, or the
 * CSV files by option (customers, transactions …), each relative to the output's own folder
 * (recordedPath): typed relative, they named files from the first run's folder only (tester15 #1);
 * absolute, they put the user's home folder in every report and passed Excel's 255 characters on
 * ordinary Chinese folder names (reviewer15 D13). None when left out (--share, or too long).
 */
export interface RunInput {
  from: "workbook" | "csv";
  workbook?: string;
  csv?: Record<string, string>;
}

/**
 * An input file as recorded on an output: relative to the folder of the file written (short, and
 * it moves with the two when they are moved together). An output named through a symbolic link is
 * written at the link's end (tempFiles.ts writtenPath), and read back from there by whoever opens
 * the shared copy: relative to the link's folder, its record named files that are not there
 * (reviewer16 D5, tester16 #11).
 *
 * @example recordedPath("/d/reports/r.xlsx", "/d/data/c.csv") // "../data/c.csv"
 */
export function recordedPath(output: string, file: string): string {
  return path.relative(path.dirname(writtenPath(output)), path.resolve(file));
}

/**
 * A recorded input file as the user can type it from `cwd`, the output given back being `output`:
 * relative to `cwd` when it lies below it, else absolute (an earlier record's absolute path stays).
 *
 * @example pathFromHere("/d/reports/r.xlsx", "../data/c.csv", "/d") // "data/c.csv"
 * @example pathFromHere("/d/reports/r.xlsx", "../data/c.csv", "/d/reports") // "/d/data/c.csv"
 */
export function pathFromHere(output: string, recorded: string, cwd: string): string {
  // From the real file's folder, the one it was recorded from (recordedPath), when given by a link.
  const file = path.resolve(path.dirname(writtenPath(path.resolve(cwd, output))), recorded);
  const here = path.relative(cwd, file);
  return here === "" || here.startsWith("..") || path.isAbsolute(here) ? file : here;
}

/** Excel's longest text in a formula (a name's constant): 255 characters. */
const MAX_TEXT = 255;

/**
 * The `<definedName>` that records `input`: a text constant holding its JSON, quotes doubled as a
 * formula writes them. Past Excel's 255 characters the paths are left out, the way kept.
 *
 * @example runInputXml({ from: "csv", csv: { customers: "c.csv" } })
 * // '<definedName name="CA.….input" hidden="1">"{""from"":""csv"",…}"</definedName>'
 */
export function runInputXml(input: RunInput): string {
  let json = JSON.stringify(input);
  if (json.length > MAX_TEXT) json = JSON.stringify({ from: input.from });
  return `<definedName name="${RUN_INPUT_NAME}" hidden="1">${escapeXml(`"${json.replace(/"/g, '""')}"`)}</definedName>`;
}

/**
 * The run input an earlier run recorded on this workbook, or null (none, or not one we read).
 *
 * @example readRunInput(pkg) // { from: "csv", csv: { customers: "c.csv", transactions: "t.csv" } }
 */
export function readRunInput(pkg: XlsxPackage): RunInput | null {
  const name = pkg.definedNames.find((n) => n.localSheetId === undefined && isRunInputName(n.name));
  const text = name?.ranges.join(",") ?? "";
  const m = /^"([\s\S]*)"$/.exec(text);
  if (!m) return null;
  try {
    const value = JSON.parse(m[1].replace(/""/g, '"')) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { from, workbook, csv } = value as Record<string, unknown>;
    if (from !== "workbook" && from !== "csv") return null;
    const input: RunInput = { from };
    if (typeof workbook === "string") input.workbook = workbook;
    if (typeof csv === "object" && csv !== null) {
      const files = Object.entries(csv).filter(
        (e): e is [string, string] => typeof e[1] === "string",
      );
      if (files.length > 0) input.csv = Object.fromEntries(files);
    }
    return input;
  } catch {
    return null;
  }
}
