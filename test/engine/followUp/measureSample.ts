/**
 * Prints the issue-10 checks on the bundled zh sample at the dates given (default 2025-12-31 and
 * 2025-09-20): `npx tsx test/engine/followUp/measureSample.ts [YYYY-MM-DD …]`.
 */
import path from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { openXlsx } from "../../../src/workbook/file";
import { doneWhen } from "./doneWhen";

async function main(): Promise<void> {
  const dates = process.argv.slice(2);
  const sample = path.join(__dirname, "../../../assets/sample-zh.xlsx");
  for (const date of dates.length > 0 ? dates : ["2025-12-31", "2025-09-20"]) {
    const a = await analyzeWorkbook(await openXlsx(sample), {
      rules: defaultRules(),
      asOf: parseIsoDate(date),
    });
    console.log(date, JSON.stringify(doneWhen(a), null, 1));
  }
}
void main();
