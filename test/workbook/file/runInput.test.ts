import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseWorkbook } from "../../../src/workbook/file/workbookXml";
import {
  pathFromHere,
  readRunInput,
  recordedPath,
  runInputXml,
  type RunInput,
} from "../../../src/workbook/file/runInput";
import type { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";

// Stop 38 tester: an output given back as the input was answered with placeholders, the workbook
// form first even after a CSV run. The run's input is recorded on its output (a hidden name) and
// read back for that advice.

/** What readRunInput reads of a workbook whose names are `xml`. */
const bookOf = (xml: string) =>
  parseWorkbook(
    `<workbook><definedNames>${xml}</definedNames></workbook>`,
  ) as unknown as XlsxPackage;

test("the run's input is read back as written: quotes, commas, Chinese and spaces in the names", () => {
  const csv: RunInput = {
    from: "csv",
    csv: { customers: "/数据/客户 (1).csv", transactions: 'it\'s "t",2.csv' },
  };
  expect(readRunInput(bookOf(runInputXml(csv)))).toEqual(csv);
  const workbook: RunInput = { from: "workbook", workbook: "D:\\报表\\客户, 2025.xlsx" };
  expect(readRunInput(bookOf(runInputXml(workbook)))).toEqual(workbook);
});

test("past Excel's 255 characters of text the files are left out, the way kept", () => {
  const long: RunInput = { from: "csv", csv: { customers: `/${"x".repeat(300)}.csv` } };
  const xml = runInputXml(long);
  expect(readRunInput(bookOf(xml))).toEqual({ from: "csv" });
  // The name's text, as Excel reads it, is one string constant of at most 255 characters.
  const text = /hidden="1">(.*)<\/definedName>/.exec(xml)![1].replace(/&quot;/g, '"');
  expect(text.slice(1, -1).replace(/""/g, '"').length).toBeLessThanOrEqual(255);
});

test("no record, or one that is not ours, reads as none", () => {
  expect(readRunInput(bookOf(""))).toBeNull();
  expect(
    readRunInput(
      bookOf(
        '<definedName name="CA.174929f98c694727a265d36f90a7f297.input">Sheet1!$A$1</definedName>',
      ),
    ),
  ).toBeNull();
  expect(
    readRunInput(
      bookOf(
        '<definedName name="CA.174929f98c694727a265d36f90a7f297.input">"{""from"":""x""}"</definedName>',
      ),
    ),
  ).toBeNull();
});

describe("recorded paths (reviewer15 D13)", () => {
  test("relative to the output's folder: no home folder, short enough for a name", () => {
    expect(recordedPath("/home/li/报表/十二月/r.xlsx", "/home/li/报表/数据/客户.csv")).toBe(
      "../数据/客户.csv",
    );
    expect(recordedPath("/d/r.xlsx", "/d/c.csv")).toBe("c.csv");
  });

  test("given back from another folder: relative below it, else absolute", () => {
    expect(pathFromHere("reports/r.xlsx", "../data/c.csv", "/d")).toBe("data/c.csv");
    expect(pathFromHere("r.xlsx", "../data/c.csv", "/d/reports")).toBe("/d/data/c.csv");
    // An earlier record's absolute path is kept as it is.
    expect(pathFromHere("r.xlsx", "/x/c.csv", "/d")).toBe("/x/c.csv");
  });

  // Reviewer16 D5 / tester16 #11: an output named through a symbolic link is written at the link's
  // end; its record was relative to the link's folder, and read back from the file's, it named
  // files that are not there.
  test("through a symbolic link: relative to the file written, read back from its folder", () => {
    if (process.platform === "win32") return;
    const at = mkdtempSync(path.join(tmpdir(), "runinput-link-"));
    mkdirSync(path.join(at, "A", "csv"), { recursive: true });
    mkdirSync(path.join(at, "B"));
    writeFileSync(path.join(at, "B", "r.xlsx"), "");
    symlinkSync("../B/r.xlsx", path.join(at, "A", "link.xlsx"));
    const link = path.join(at, "A", "link.xlsx");
    const recorded = recordedPath(link, path.join(at, "A", "csv", "c.csv"));
    expect(recorded).toBe("../A/csv/c.csv");
    // A colleague opens the shared copy from its folder, or by the link from the link's.
    expect(pathFromHere("r.xlsx", recorded, path.join(at, "B"))).toBe(
      path.join(at, "A", "csv", "c.csv"),
    );
    expect(pathFromHere("link.xlsx", recorded, path.join(at, "A"))).toBe("csv/c.csv");
  });
});
