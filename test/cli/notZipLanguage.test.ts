import { cli, scratchFolder } from "./harness";

// Stop 33 tester #7: under LANG=C.UTF-8, `analyze 文件.xlsx` (not a zip) said its error in English:
// the run's language follows --lang, else its input, else the system; a file that does not open
// says nothing of its content, so its name's language is taken.

const scratch = scratchFolder("ca-notzip-lang-");

describe("a file that is not a workbook", () => {
  const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
  beforeAll(() => {
    process.env.LANG = "C.UTF-8";
    delete process.env.LC_ALL;
  });
  afterAll(() => {
    process.env.LANG = saved.LANG;
    if (saved.LC_ALL !== undefined) process.env.LC_ALL = saved.LC_ALL;
  });

  test("a Chinese file name: the message in Chinese", async () => {
    const file = scratch.write("文件.xlsx", "not a zip\n");
    const r = await cli("analyze", file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `错误：“${file}”不是 Excel 工作簿（.xlsx）。文件可能已损坏，或是改了扩展名的其他文件：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后重新运行。\n`,
    );
  });

  test("an English name under C.UTF-8: English; --lang wins", async () => {
    const file = scratch.write("notzip.xlsx", "not a zip\n");
    expect((await cli("analyze", file)).err).toContain("is not an Excel workbook (.xlsx)");
    expect((await cli("analyze", file, "--lang", "zh-CN")).err).toContain("不是 Excel 工作簿");
  });

  test("a CSV saved as .xlsx gets the CSV advice, in its headers' language", async () => {
    const file = scratch.write("cust.xlsx", "客户编号,客户名称\n1,甲\n");
    const r = await cli("analyze", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("内容却是 CSV 文本");
  });
});
