import Ajv2020 from "ajv/dist/2020";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

// Issue 14 through the command line, as a user meets it: items 1, 2 and 9.

const root = path.join(__dirname, "../..");
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(path.join(root, "schema/result.schema.json"), "utf8")),
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ca-bad-input-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((s) => ((out += String(s)), true));
  const e = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe("bad input through the CLI", () => {
  test("a deeply nested --rules file exits 2 with a clear message, not a stack overflow", async () => {
    const deep = write("deep.json", '{"window":' + "[".repeat(200_000) + "]".repeat(200_000) + "}");
    for (const argv of [
      ["rules", "--check", deep],
      [
        "analyze",
        "--customers",
        write("c0.csv", "客户编号\n1\n"),
        "--transactions",
        write("t0.csv", "客户编号,日期,金额\n1,2025-01-01,5\n"),
        "-o",
        path.join(dir, "deep.xlsx"),
        "--rules",
        deep,
      ],
    ]) {
      const r = await cli(...argv, "--lang", "en-US");
      expect(r.code).toBe(2);
      expect(r.err).toContain("nested more than 32 levels deep");
      expect(r.err).not.toMatch(/call stack|internal error/i);
    }
  });

  test("a ;-separated CSV with decimal commas and an appended GBK line: right revenue, findings for the GBK row", async () => {
    const names = ["张伟", "王芳", "李娜"];
    const customers = Buffer.concat([
      Buffer.from("客户编号;客户名称\r\n" + names.map((n, i) => `C${i + 1};${n}\r\n`).join("")),
      // C4;张三 in GBK, as an export concatenated from another machine adds it.
      Buffer.from("43 34 3B D5C5C8FD 0D0A".replace(/\s/g, ""), "hex"),
    ]);
    const transactions =
      "客户编号;日期;金额\r\n" +
      Array.from({ length: 20 }, (_, i) => `C${(i % 4) + 1};2025-03-07;1.234,56\r\n`).join("") +
      "C1;2025-03-08;12,50\r\n";
    const json = path.join(dir, "decimal.json");
    const r = await cli(
      "analyze",
      "--customers",
      write("c.csv", customers),
      "--transactions",
      write("t.csv", transactions),
      "-o",
      path.join(dir, "decimal.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "--quiet",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(result)).toBe(true);
    type Row = { customerId: string; name: string; netSpend: number };
    const customersOut: Row[] = result.customers;
    expect(customersOut.map((c) => [c.customerId, c.name])).toEqual([
      ["C1", "张伟"],
      ["C2", "王芳"],
      ["C3", "李娜"],
      ["C4", "张三"],
    ]);
    const total = customersOut.reduce((s, c) => s + c.netSpend, 0);
    expect(total).toBeCloseTo(20 * 1234.56 + 12.5, 2);
    expect(
      result.dataQuality.map((f: { sheet: string; row: number; code: string }) => [
        f.sheet,
        f.row,
        f.code,
      ]),
    ).toEqual([["Customers", 5, "encoding_fallback"]]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
