import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileError } from "../../../src/workbook/file/fileErrors";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { ZipFormatError } from "../../../src/workbook/file/zipReader";
import { InputError } from "../../../src/engine/errors";

describe("fileError: a file that cannot be read, said as what to do", () => {
  test("a CSV given as the workbook (analyze c.csv) says to use --customers/--transactions, in both languages", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fileErrors-"));
    const csv = path.join(dir, "c.csv");
    writeFileSync(csv, "客户编号,客户名称\n1,甲\n");
    const error = await openXlsx(csv).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.in("en-US")).toContain("is a CSV file, not an Excel workbook");
    expect(e.in("en-US")).toContain("--customers");
    expect(e.in("en-US")).toContain("--transactions");
    expect(e.in("zh-CN")).toContain("是 CSV 文件");
    expect(e.in("zh-CN")).toContain("--customers");
    expect(e.in("zh-CN")).toContain(csv);
  });

  test("any other file that is not a workbook gets the plain message", () => {
    const e = fileError("notes.docx", new ZipFormatError("no", "not_zip"));
    expect(e.in("en-US")).toBe("“notes.docx” is not an Excel workbook (.xlsx).");
    expect(e.in("zh-CN")).toBe("“notes.docx”不是 Excel 工作簿（.xlsx）。");
  });

  test("system errors are named, never raw", () => {
    const e = fileError("in.xlsx", Object.assign(new Error("x"), { code: "ENOENT" }));
    expect(e.in("en-US")).toBe("Cannot open “in.xlsx”: the file does not exist.");
    expect(e.in("zh-CN")).toBe("无法打开“in.xlsx”：文件不存在。");
  });
});
