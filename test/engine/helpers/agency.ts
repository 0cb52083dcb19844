/**
 * A few companies of tester64's agency workbook (/work/notes/stop64/tester64/agency/gen.js: HubSpot
 * invoices, MM/DD/YYYY), as of 2026-12-06: monthly retainers invoiced on the 1st from 2025-06 to
 * 2026-12. Brightside Realty (8802) paid to October, its November invoice Overdue and December's
 * Unpaid (BRIGHTSIDE): tester64 U188.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

export const COMPANIES = [
  ["8801", "Acme Dental Group", 4500],
  ["8802", "Brightside Realty", 3000],
  ["8803", "Fjord Coffee Co", 800],
  ["8804", "Ironwood Capital", 1500],
  ["8805", "Harbor Pediatrics", 2200],
] as const;
const months = Array.from({ length: 19 }, (_, k) => {
  const m = (6 + k) % 12;
  return `${m === 0 ? 12 : m}`.padStart(2, "0") + "/01/" + (k < 7 ? "2025" : "2026");
});

/** The agency's workbook, each invoice's status by `status`; with a Terms column when `terms`. */
export const agencyWorkbook = (
  status: (id: string, day: string) => string,
  terms?: string,
): Promise<Analysis> =>
  analyzeWorkbook(
    memorySource({
      Customers: [["Record ID", "Company name"], ...COMPANIES.map(([id, name]) => [id, name])],
      Invoices: [
        [
          "Invoice Number",
          "Associated Company IDs",
          "Invoice Date",
          "Amount",
          "Invoice Status",
          ...(terms === undefined ? [] : ["Terms"]),
        ],
        ...COMPANIES.flatMap(([id, , amount], k) =>
          months.map((d, j) => [
            `INV-${k}${j}`,
            id,
            d,
            `$${amount}.00`,
            status(id, d),
            ...(terms === undefined ? [] : [terms]),
          ]),
        ),
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );

/** Brightside paid to October, its November invoice Overdue and December's Unpaid; all others Paid. */
export const BRIGHTSIDE = (id: string, day: string): string =>
  id !== "8802"
    ? "Paid"
    : day === "11/01/2026"
      ? "Overdue"
      : day === "12/01/2026"
        ? "Unpaid"
        : "Paid";
