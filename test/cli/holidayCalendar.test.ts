import path from "node:path";
import { cli, scratchFolder } from "./harness";

/**
 * tester60 U103 on the command line: a US distributor's invoices in USD (test/fixtures/b2bUs) are
 * planned on the US federal holidays, and the console says so as a note, in the run's language.
 */
const scratch = scratchFolder("ca-calendar-");
const FIXTURE = path.join(__dirname, "../fixtures/b2bUs");

test.each([
  [
    "en-US",
    "Note: Holiday calendar: the amounts are in $, so no contact is planned on the US federal holidays",
  ],
  ["zh-CN", "说明：节假日日历：金额的币种是 $，回访不排在美国联邦假日"],
] as const)("%s: the calendar the currency chose is a note, not a warning", async (lang, said) => {
  const r = await cli(
    "analyze",
    "--customers",
    path.join(FIXTURE, "customers.csv"),
    "--transactions",
    path.join(FIXTURE, "invoices-allpaid.csv"),
    "--as-of",
    "2026-12-20",
    "--lang",
    lang,
    "-o",
    scratch.path(`us-${lang}.xlsx`),
  );
  expect(r.code).toBe(0);
  expect(r.out + r.err).toContain(said);
  // No State Council notice asked of a US business.
  expect(r.out + r.err).not.toMatch(/State Council|国务院/);
});
