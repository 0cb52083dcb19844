import { readFileSync, writeFileSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

/**
 * A CSV read as Windows-1252 (neither UTF-8 nor a byte-order mark: what Western Excel's "CSV
 * (Comma delimited)" writes) is said, naming the file and the encoding, on the console and in the
 * JSON's warnings (the run log and the Overview take the run's warnings too), zh-CN and en-US
 * (stop 44: the command line chose Windows-1252 and said nothing).
 */

const scratch = scratchFolder("ca-csv-encoding-");

const CUSTOMERS = "Customer ID,Name,City\r\nC1,Hélène Müller,Zürich\r\nC2,José Ñúñez,São Paulo\r\n";
const SALES =
  "Customer ID,Date,Amount\r\nC1,2025-03-01,100\r\nC2,2025-03-02,500\r\nC1,2025-03-20,80\r\n";

async function run(customers: Buffer, lang: string) {
  const file = scratch.path(`customers-${lang}.csv`);
  writeFileSync(file, customers);
  const json = scratch.path(`r-${lang}.json`);
  const r = await cli(
    "analyze",
    "--customers",
    file,
    "--transactions",
    scratch.write("sales.csv", SALES),
    "-o",
    scratch.path(`r-${lang}.xlsx`),
    "--json",
    json,
    "--as-of",
    "2025-03-31",
    "--lang",
    lang,
  );
  expect(r.code).toBe(0);
  return { r, result: JSON.parse(readFileSync(json, "utf8")) };
}

describe("a CSV read as Windows-1252 is said (stop 44)", () => {
  test("en-US: the console and the JSON name the file and the encoding; the names read right", async () => {
    const { r, result } = await run(Buffer.from(CUSTOMERS, "latin1"), "en-US");
    const said =
      "Read as Windows-1252 (Western European, what Western Excel's “CSV (Comma delimited)” writes): “customers-en-US.csv”. It is neither UTF-8 nor marked with a byte-order mark.";
    expect(r.out).toContain(`Warning: ${said}`);
    const w = result.warnings.filter(
      (x: { code: string }) => x.code === "csv_read_as_windows_1252",
    );
    expect(w).toEqual([expect.objectContaining({ message: expect.stringContaining(said) })]);
    expect(result.sources.customers.encoding).toBe("windows-1252");
    expect(result.sources.transactions.encoding).toBeUndefined();
    const names = result.customers.data.map((row: unknown[]) => row[1]);
    expect(names).toEqual(["Hélène Müller", "José Ñúñez"]);
  });

  test("zh-CN: the same in Chinese", async () => {
    const { r, result } = await run(Buffer.from(CUSTOMERS, "latin1"), "zh-CN");
    const said =
      "以下 CSV 文件按 Windows-1252（西欧字符编码，西文版 Excel“CSV（逗号分隔）”的保存格式）读取：“customers-zh-CN.csv”。上述 1 个文件不是 UTF-8，也没有字节顺序标记（BOM）。";
    expect(r.out).toContain(said);
    expect(result.warnings.map((x: { message: string }) => x.message).join("\n")).toContain(said);
  });

  test("a UTF-8 file: nothing said", async () => {
    const { r, result } = await run(Buffer.from(CUSTOMERS, "utf8"), "en-US");
    expect(r.out).not.toContain("Windows-1252");
    expect(result.warnings.map((x: { code: string }) => x.code)).not.toContain(
      "csv_read_as_windows_1252",
    );
    expect(result.sources.customers.encoding).toBeUndefined();
  });
});
