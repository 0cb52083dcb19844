import fc from "fast-check";
import { TRADITIONAL_PAIRS } from "../../../src/engine/headerWords";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { foldLabel, toSimplified } from "../../../src/engine/parse/text";
import { SHEETS } from "../../../src/engine/schema";

/**
 * Traditional Chinese headers and sheet names (Taiwan, Hong Kong: 客戶編號, 客戶名稱, 金額) are found
 * as their simplified forms are (input52: a Big5 file was read right, then stopped at its headers).
 */

// The traditional form of each simplified character the pairs name (the first pair wins).
const TRADITIONAL = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2)
  if (!TRADITIONAL.has(TRADITIONAL_PAIRS[i + 1]))
    TRADITIONAL.set(TRADITIONAL_PAIRS[i + 1], TRADITIONAL_PAIRS[i]);
const traditional = (s: string) => [...s].map((c) => TRADITIONAL.get(c) ?? c).join("");

test("a Taiwan workbook: 客戶資料 / 銷售 with 客戶編號, 客戶名稱, 交易日期, 金額 is read", async () => {
  const sheets = {
    客戶資料: [
      ["客戶編號", "客戶名稱", "負責人", "客戶類型"],
      ["C1", "臺灣資訊股份有限公司", "陳美麗", "企業"],
    ],
    銷售明細: [
      ["客戶編號", "交易日期", "金額(元)", "訂單編號"],
      ["C1", "2025-03-07", 1280, "A1"],
    ],
  };
  const { dataset, findings } = await ingestWorkbook(memorySource(sheets as never), {
    asOf: parseIsoDate("2025-12-31"),
  });
  expect(dataset.customers.id).toEqual(["C1"]);
  expect(dataset.transactions.amount[0]).toBe(1280);
  expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("property: every Chinese header and sheet name of ours, written in traditional characters, folds to itself", () => {
  const words = Object.values(SHEETS).flatMap((spec) => [
    ...spec.names,
    ...spec.fields.flatMap((fd) => fd.synonyms),
  ]);
  const chinese = words.filter((w) => /[\u4e00-\u9fff]/.test(w));
  fc.assert(
    fc.property(
      fc.constantFrom(...chinese),
      fc.array(fc.boolean(), { maxLength: 12 }),
      (w, which) => {
        // Some characters traditional, some not: a file mixing both still matches.
        const mixed = [...w].map((c, i) => (which[i] ? traditional(c) : c)).join("");
        expect(foldLabel(mixed)).toBe(foldLabel(w));
      },
    ),
  );
});

test("toSimplified leaves simplified and Latin text as it is", () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const plain = [...s].filter((c) => !TRADITIONAL_PAIRS.includes(c)).join("");
      expect(toSimplified(plain)).toBe(plain);
    }),
  );
  expect(toSimplified("客戶編號 Customer")).toBe("客户编号 Customer");
});
