import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { frozenClock } from "../../src/cli/clock";
import { main } from "../../src/cli/main";
import { customerRecords } from "../../src/engine/report/customerJson";

// Issue 14, one test per item of the reliability review, each as the review reproduced it: through
// the command line, with files built here. The file needs nothing but `main`, exceljs and jszip, so
// it runs unchanged against the code before the fixes (where each test fails) and after.

const root = path.join(__dirname, "../..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "issue14-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((s) => ((err += String(s)), true));
  try {
    // A clock that stands still: no progress line (due after 1 s of wall time) on a busy machine.
    return { code: await main(argv, frozenClock(new Date(2026, 0, 1, 9, 30))), err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const file = (name: string) => path.join(dir, name);

/** Runs analyze with --json and returns the exit code, stderr and the JSON result (when written). */
async function analyze(
  input: string[],
  name: string,
  extra: string[] = [],
): Promise<{ code: number; err: string; json: Result | null }> {
  const json = file(`${name}.json`);
  const r = await cli(
    "analyze",
    ...input,
    "-o",
    file(`${name}-out.xlsx`),
    "--json",
    json,
    "--as-of",
    "2025-12-31",
    "--lang",
    "en-US",
    "--quiet",
    ...extra,
  );
  let result: Result | null = null;
  try {
    const parsed = JSON.parse(readFileSync(json, "utf8"));
    // Schema 3's customer rows as objects (customerRecords), as the checks below read them.
    result = { ...parsed, customers: customerRecords(parsed) } as Result;
  } catch {
    result = null;
  }
  return { ...r, json: result };
}

interface Result {
  customers: Array<{ customerId: string; name: string; netSpend: number; lastPurchase: string }>;
  dataQuality: Array<{ sheet: string; row: number; column: string; code: string }>;
}

/** An .xlsx from exceljs, then its parts edited as text (`edit`) and written as given. */
async function workbook(
  name: string,
  fill: (book: ExcelJS.Workbook) => void,
  edit: (zip: JSZip) => Promise<void> = async () => undefined,
  compression: "STORE" | "DEFLATE" = "DEFLATE",
): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  const zip = await JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
  await edit(zip);
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression });
  writeFileSync(file(name), buffer);
  return file(name);
}

function customersAndOrders(book: ExcelJS.Workbook, amounts: number[] = [10, 20]): void {
  const c = book.addWorksheet("客户");
  c.addRow(["客户编号", "客户名称"]);
  c.addRow(["C1", "张伟"]);
  c.addRow(["C2", "王芳"]);
  const t = book.addWorksheet("交易");
  t.addRow(["客户编号", "日期", "金额"]);
  amounts.forEach((a, i) => t.addRow([`C${(i % 2) + 1}`, "2025-03-07", a]));
}

const codes = (r: Result | null) => (r?.dataQuality ?? []).map((f) => f.code);

test("1. decimal commas: a ;-separated CSV with 1.234,56 and 12,50, and text amounts in .xlsx", async () => {
  const customers = file("c1.csv");
  writeFileSync(customers, "客户编号;客户名称\r\nC1;张伟\r\nC2;王芳\r\n");
  const orders = file("t1.csv");
  writeFileSync(
    orders,
    "客户编号;日期;金额\r\n" +
      Array.from({ length: 20 }, () => "C1;2025-03-07;1.234,56\r\n").join("") +
      "C2;2025-03-08;12,50\r\n",
  );
  const csv = await analyze(["--customers", customers, "--transactions", orders], "dec-csv");
  expect(csv.code).toBe(0);
  const spend = Object.fromEntries(csv.json!.customers.map((c) => [c.customerId, c.netSpend]));
  expect(spend.C1).toBeCloseTo(20 * 1234.56, 2);
  expect(spend.C2).toBeCloseTo(12.5, 2);

  const xlsx = await workbook("dec.xlsx", (book) => {
    customersAndOrders(book, []);
    const t = book.getWorksheet("交易")!;
    t.addRow(["C1", "2025-03-07", "1,2"]);
    t.addRow(["C1", "2025-03-08", 2.5]);
    t.addRow(["C2", "2025-03-09", "12.5%"]);
  });
  const x = await analyze([xlsx], "dec-xlsx");
  expect(x.code).toBe(0);
  const spendX = Object.fromEntries(x.json!.customers.map((c) => [c.customerId, c.netSpend]));
  expect(spendX.C1).toBeCloseTo(3.7, 2); // 1.2 + 2.5, not 12 + 2.5
  expect(spendX.C2).toBe(0); // a percentage is not an amount: the row is reported
  expect(x.json!.dataQuality).toContainEqual(
    expect.objectContaining({ sheet: "交易", row: 4, code: "unparseable_value" }),
  );
});

test("2. a UTF-8 CSV with one GBK line appended: every name intact, the GBK row named in a finding", async () => {
  const names = Array.from({ length: 19 }, (_, i) => `客户${i + 1}号张伟`);
  const customers = file("c2.csv");
  writeFileSync(
    customers,
    Buffer.concat([
      // English headers, as the review's export had: the header row is ASCII in both encodings.
      Buffer.from("Customer ID,Name\n" + names.map((n, i) => `C${i + 1},${n}\n`).join("")),
      Buffer.from("4332302CD5C5C8FD0A", "hex"), // "C20,张三\n" in GBK
    ]),
  );
  const orders = file("t2.csv");
  writeFileSync(orders, "客户编号,日期,金额\nC1,2025-03-07,10\n");
  const r = await analyze(["--customers", customers, "--transactions", orders], "enc");
  expect(r.code).toBe(0);
  expect(r.json!.customers.map((c) => c.name)).toEqual([...names, "张三"]);
  expect(r.json!.dataQuality).toContainEqual(
    expect.objectContaining({ row: 21, code: "encoding_fallback" }),
  );
});

test("3. a stored part whose checksum fails is refused by name (exit 2), not read", async () => {
  const xlsx = await workbook(
    "crc.xlsx",
    (book) => customersAndOrders(book, [22977, 1]),
    async () => undefined,
    "STORE",
  );
  // Change the stored bytes of the amount, keeping the archive's CRC: what a damaged copy is.
  const bytes = readFileSync(xlsx);
  const at = bytes.indexOf(Buffer.from("<v>22977</v>"));
  expect(at).toBeGreaterThan(0);
  bytes.write("<v>99999</v>", at);
  writeFileSync(xlsx, bytes);
  const r = await analyze([xlsx], "crc");
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/xl\/worksheets\/sheet2\.xml/);
  expect(r.err).toMatch(/checksum|CRC/i);
  expect(r.err).not.toMatch(/internal error|\n\s+at /);
});

/** Runs the CLI in a child with a small heap (V8's --max-old-space-size, MB). */
function cliWithHeap(
  heapMb: number,
  args: string[],
): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, "--import", "tsx", "src/cli/main.ts", ...args],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    let err = "";
    p.stderr.on("data", (d: Buffer) => (err += String(d)));
    p.on("error", reject);
    p.on("exit", (code) => resolve({ code, err }));
  });
}

test("4. shared strings that inflate past what the process can hold: exit 2 with the figures, no crash, no temp file", async () => {
  const xlsx = await workbook(
    "bomb.xlsx",
    (book) => customersAndOrders(book),
    async (zip) => {
      const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
      // One more string of 48 MB (it compresses ~1,000-fold, as the review's 2.6 MB file did).
      const big = sst.replace("</sst>", `<si><t>${"A".repeat(48 * 1024 * 1024)}</t></si></sst>`);
      zip.file("xl/sharedStrings.xml", big);
    },
  );
  const outDir = mkdtempSync(path.join(dir, "bomb-"));
  const r = await cliWithHeap(80, [
    "analyze",
    xlsx,
    "-o",
    path.join(outDir, "out.xlsx"),
    "--quiet",
  ]);
  expect(r.err).not.toMatch(/heap out of memory|internal error/i);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/sharedStrings\.xml/);
  expect(readdirSync(outDir)).toEqual([]);
}, 180_000);

test("5. Excel's limits on output: no cell past 32,767 characters, no NaN, a number in a date cell kept and reported", async () => {
  const long = "长".repeat(40_000);
  const xlsx = await workbook("limits.xlsx", (book) => {
    customersAndOrders(book);
    const c = book.getWorksheet("客户")!;
    c.getCell("C1").value = "电话";
    c.getCell("C2").value = 13800138000;
    c.getCell("C2").numFmt = "yyyy-mm-dd";
    c.getCell("B3").value = long;
  });
  const r = await analyze([xlsx], "limits");
  expect(r.code).toBe(0);
  expect(codes(r.json)).toEqual(expect.arrayContaining(["text_too_long", "number_in_date_cell"]));
  const out = await JSZip.loadAsync(readFileSync(file("limits-out.xlsx")));
  for (const name of Object.keys(out.files).filter((n) => /worksheets\/.*\.xml$/.test(n))) {
    const xml = await out.file(name)!.async("string");
    expect(xml).not.toMatch(/<v>(NaN|-?Infinity)<\/v>/);
    for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g))
      expect(m[1].length).toBeLessThanOrEqual(32_767);
  }
});

test("6. a user's sheet marked by a CA_TMP_ / CA_TAB_ / CA_OLD_ name is neither deleted nor left out", async () => {
  const xlsx = await workbook("names.xlsx", (book) => {
    customersAndOrders(book);
    book.addWorksheet("Rates").getCell("A1").value = 0.07;
    book.definedNames.add("'Rates'!$A$1", "CA_TMP_Rates");
    book.definedNames.add("'客户'!$A$1", "CA_TAB_segments");
    book.definedNames.add("'交易'!$A$1", "ca_old_runLog");
  });
  const r = await analyze([xlsx], "names");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.json!.customers).toHaveLength(2);
  // Refresh the output (the add-in's tabs are in it now): the user's sheets are all still there.
  const again = await analyze([file("names-out.xlsx")], "names2");
  expect(again.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file("names2-out.xlsx"));
  expect(book.getWorksheet("Rates")?.getCell("A1").value).toBe(0.07);
  expect(book.getWorksheet("客户")).toBeDefined();
});

test("7. a 1904 workbook: plain-number dates read in its own system, and the setting kept", async () => {
  const xlsx = await workbook("1904.xlsx", (book) => {
    book.properties.date1904 = true;
    customersAndOrders(book, []);
    const t = book.getWorksheet("交易")!;
    // 2025-03-07 is serial 45723 in the 1900 system, 44261 in the 1904 one.
    t.addRow(["C1", 44261, 10]);
    t.getCell("B2").numFmt = "yyyy-mm-dd";
  });
  const r = await analyze([xlsx], "1904");
  expect(r.code).toBe(0);
  expect(r.json!.customers.find((c) => c.customerId === "C1")!.lastPurchase).toBe("2025-03-07");
  const out = await JSZip.loadAsync(readFileSync(file("1904-out.xlsx")));
  expect(await out.file("xl/workbook.xml")!.async("string")).toMatch(/date1904="(1|true)"/);
});

test("8. copies are exact: inline text decoded once, a filled-down shared formula kept as a formula", async () => {
  const sheetXml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>客户编号</t></is></c><c r="B1" t="inlineStr"><is><t>客户名称</t></is></c><c r="C1" t="inlineStr"><is><t>积分</t></is></c></row>',
    '<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>AT&amp;amp;T</t></is></c><c r="C2"><f t="shared" ref="C2:C3" si="0">ROW()*2</f><v>4</v></c></row>',
    '<row r="3"><c r="A3" t="inlineStr"><is><t>C2</t></is></c><c r="B3" t="inlineStr"><is><t>B&amp;Q</t></is></c><c r="C3"><f t="shared" si="0"/><v>6</v></c></row>',
    "</sheetData></worksheet>",
  ].join("");
  const xlsx = await workbook(
    "copies.xlsx",
    (book) => customersAndOrders(book),
    async (zip) => void zip.file("xl/worksheets/sheet1.xml", sheetXml),
  );
  const r = await analyze([xlsx], "copies");
  expect(r.code).toBe(0);
  expect(r.json!.customers.map((c) => c.name)).toEqual(["AT&amp;T", "B&Q"]);
  const out = await JSZip.loadAsync(readFileSync(file("copies-out.xlsx")));
  const names = Object.keys(out.files);
  const copies = await Promise.all(
    names
      .filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))
      .map((n) => out.file(n)!.async("string")),
  );
  expect(copies).toContain(sheetXml);
});

test("9. a deeply nested --rules file exits 2, not 1 with a stack overflow", async () => {
  const deep = file("deep.json");
  writeFileSync(deep, '{"window":' + "[".repeat(200_000) + "]".repeat(200_000) + "}");
  const xlsx = await workbook("nest.xlsx", (book) => customersAndOrders(book));
  const r = await analyze([xlsx], "nest", ["--rules", deep]);
  expect(r.code).toBe(2);
  expect(r.err).not.toMatch(/call stack|internal error/i);
});
