import { readFileSync } from "node:fs";
import { openXlsx } from "../../src/workbook/file";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { cli, scratchFolder, userWorkbook } from "./harness";

// Issue 10, 8: masking is switched by the rule set (followUp.maskContactDetails), and --share gives
// a share-safe file: our tabs only (no raw copy of the Customers sheet), contact details masked.
// The JSON result carries no phone or e-mail at all (only the follow-up tab does), so share mode
// has nothing to mask there; the test checks that no raw detail leaks into it either way.
jest.setTimeout(300_000);

const scratch = scratchFolder("ca-share-");
const PHONES = ["13812348000", "13998761234", "18600001111"];
const EMAILS = ["zhang.wei@example.com", "lina@example.cn", "wangfang@example.com"];

async function input(): Promise<string> {
  const file = scratch.path("book.xlsx");
  const sheets: Record<string, string[][]> = {
    Customers: [
      ["Customer ID", "Name", "Owner", "Phone", "E-mail"],
      ["1001", "Zhang Wei", "Wang", PHONES[0], EMAILS[0]],
      ["1002", "Li Na", "Wang", PHONES[1], EMAILS[1]],
      ["1003", "Wang Fang", "Li", PHONES[2], EMAILS[2]],
    ],
    Transactions: [
      ["Customer ID", "Date", "Amount"],
      ["1001", "2025-06-07", "1280"],
      ["1001", "2025-09-01", "300"],
      ["1002", "2025-12-20", "50"],
      ["1003", "2025-03-01", "900"],
    ],
  };
  await userWorkbook(file, sheets, "en-US");
  return file;
}

/** Every cell of every sheet of a workbook (ours and the user's), as text, by sheet. */
async function cells(file: string): Promise<Map<string, string[]>> {
  const book = await openXlsx(file);
  const out = new Map<string, string[]>();
  for (const { name } of (await XlsxPackage.open(file)).sheets) {
    const all: string[] = [];
    await book.readSheet(name, (rows) => {
      for (const r of rows) for (const c of r) all.push(String(c ?? ""));
    });
    out.set(name, all);
  }
  return out;
}

/** The follow-up tab's phone and e-mail cells. */
async function contactCells(file: string): Promise<{ phones: string[]; emails: string[] }> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet("Follow-up schedule", (b) => void rows.push(...b));
  const phone = rows[0].indexOf("Phone");
  const email = rows[0].indexOf("E-mail");
  expect(phone).toBeGreaterThanOrEqual(0);
  expect(email).toBeGreaterThanOrEqual(0);
  const body = rows.slice(1).filter((r) => r[phone] !== null && r[phone] !== "");
  expect(body.length).toBeGreaterThan(0);
  return { phones: body.map((r) => String(r[phone])), emails: body.map((r) => String(r[email])) };
}

const leaks = (texts: Iterable<string>): string[] =>
  [...texts].filter((t) => [...PHONES, ...EMAILS].some((raw) => t.includes(raw)));

describe("analyze --share and the masking switch", () => {
  test("default rules: the caller sees the raw phone and e-mail", async () => {
    const book = await input();
    const out = scratch.path("plain.xlsx");
    const r = await cli(
      "analyze",
      book,
      "-o",
      out,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "-q",
    );
    expect(r.code).toBe(0);
    const { phones, emails } = await contactCells(out);
    for (const p of phones) expect(PHONES).toContain(p);
    for (const e of emails) expect(EMAILS).toContain(e);
  });

  test("the rule set's switch masks the follow-up tab, and the user's sheets stay as they are", async () => {
    const book = await input();
    const rules = scratch.write(
      "rules.json",
      JSON.stringify({ followUp: { maskContactDetails: true } }),
    );
    const out = scratch.path("masked.xlsx");
    const r = await cli(
      "analyze",
      book,
      "-o",
      out,
      "--rules",
      rules,
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "-q",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const { phones, emails } = await contactCells(out);
    for (const p of phones) expect(p).toMatch(/^1\d\d\*{4}\d{4}$/);
    for (const e of emails) expect(e).toMatch(/^\w\*\*\*@example\.(com|cn)$/);
    // Without --share the user's own sheets are kept, raw (the user's file, not ours to change).
    const all = await cells(out);
    expect(all.has("Customers")).toBe(true);
    expect(leaks(all.get("Follow-up schedule")!)).toEqual([]);
  });

  test("--share: our tabs only, masked, and no raw phone or e-mail anywhere in the file or the JSON", async () => {
    const book = await input();
    const out = scratch.path("shared.xlsx");
    const json = scratch.path("shared.json");
    const r = await cli(
      "analyze",
      book,
      "-o",
      out,
      "--json",
      json,
      "--share",
      "--as-of",
      "2025-12-31",
      "--lang",
      "en-US",
      "-q",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const all = await cells(out);
    expect([...all.keys()]).not.toContain("Customers");
    expect([...all.keys()]).not.toContain("Transactions");
    expect([...all.keys()]).toContain("Follow-up schedule");
    const { phones } = await contactCells(out);
    expect(phones.sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^1\d\d\*{4}\d{4}$/)]),
    );
    expect(leaks([...all.values()].flat())).toEqual([]);
    expect(leaks([readFileSync(json, "utf8")])).toEqual([]);
  });
});
