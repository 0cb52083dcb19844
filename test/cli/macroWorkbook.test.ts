import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { cli, scratchFolder, sixCustomerBook } from "./harness";

// Tester52: an .xlsm could not be analysed at all. With no -o the default `x.analysis.xlsx` was refused
// ("name the output .xlsm to keep the macros") and `-o x.analysis.xlsm` too ("must end in .xlsx").
// A workbook with macros now gives `x.analysis.xlsm`, its VBA part byte for byte, and is refreshed
// in place like an .xlsx report; an .xlsx name is refused with the .xlsm one to use.

const scratch = scratchFolder("ca-macro-workbook-");
const VBA = Buffer.from("not really VBA, but kept byte for byte");
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/**
 * sixCustomerBook made an .xlsm: a VBA part, its relationship, the macro-enabled main type (`vba`
 * false: the type alone, as Excel saves an .xlsm whose macros were deleted).
 */
async function macroBook(name: string, vba = true): Promise<string> {
  const xlsx = await sixCustomerBook(scratch, `${name}.xlsx`);
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  if (vba) zip.file("xl/vbaProject.bin", VBA);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace(
        /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/,
        MACRO_MAIN,
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  const file = scratch.path(`${name}.xlsm`);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

/** The output's VBA part and its main part's content type. */
async function macrosOf(file: string): Promise<{ vba: Buffer | undefined; main: boolean }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  return {
    vba: await zip.file("xl/vbaProject.bin")?.async("nodebuffer"),
    main: types.includes(`ContentType="${MACRO_MAIN}"`),
  };
}

const analyse = (...argv: string[]) => cli("analyze", ...argv, "--as-of", "2025-12-31", "-q");

test("an .xlsm gives x.analysis.xlsm with its macros byte for byte, and is refreshed in place", async () => {
  const book = await macroBook("台账");
  const first = await analyse(book);
  expect(first.err).toBe("");
  expect(first.code).toBe(0);
  const report = scratch.path("台账.analysis.xlsm");
  expect(await macrosOf(report)).toEqual({ vba: VBA, main: true });
  // Given back, it is refreshed where it is (as an .xlsx report is), macros kept.
  expect((await analyse(report, "--json", scratch.path("r.json"))).code).toBe(0);
  expect(JSON.parse(readFileSync(scratch.path("r.json"), "utf8")).changes.previousFile).toBe(
    "台账.analysis.xlsm",
  );
  expect(await macrosOf(report)).toEqual({ vba: VBA, main: true });
  // -o with the .xlsm name is the same output.
  expect((await analyse(book, "-o", scratch.path("b.xlsm"))).code).toBe(0);
  expect(await macrosOf(scratch.path("b.xlsm"))).toEqual({ vba: VBA, main: true });
});

test("an .xlsm with -o x.xlsx exits 2 naming the .xlsm to use; a workbook without macros still wants .xlsx", async () => {
  const book = await macroBook("宏");
  const en = await cli("analyze", book, "-o", scratch.path("m.xlsx"), "--lang", "en-US", "-q");
  expect(en.code).toBe(2);
  expect(en.err).toContain("has macros (VBA), kept only in an .xlsm");
  expect(en.err).toContain(scratch.path("m.xlsm"));
  const zh = await cli("analyze", book, "-o", scratch.path("m.xlsx"), "--lang", "zh-CN", "-q");
  expect(zh.err).toContain("宏只能保留在 .xlsm 中");
  const plain = await sixCustomerBook(scratch, "plain.xlsx");
  const noMacros = await cli("analyze", plain, "-o", scratch.path("p.xlsm"), "-q");
  expect(noMacros.code).toBe(2);
  expect(noMacros.err).toContain(".xlsx");
});

// reviewer52 #8: an .xlsm with no VBA part still has the macro-enabled content type, which Excel
// refuses in a file named .xlsx: its output is an .xlsm too.
test("an .xlsm without a VBA part gives x.analysis.xlsm, still macro-enabled", async () => {
  const book = await macroBook("空宏", false);
  const run = await analyse(book);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(await macrosOf(scratch.path("空宏.analysis.xlsm"))).toEqual({
    vba: undefined,
    main: true,
  });
});
