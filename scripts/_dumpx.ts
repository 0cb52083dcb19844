import { openXlsx } from "../src/workbook/file";
import { ingestWorkbook } from "../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../src/engine/parse/date";
async function main() {
  const { dataset, findings } = await ingestWorkbook(await openXlsx(process.argv[2]), { asOf: epochDay(2025, 12, 31) });
  const tx = dataset.transactions;
  for (let k = 0; k < tx.count; k++) console.log(tx.sourceRow[k], dataset.customers.id[tx.customer[k]], isoDate(tx.day[k]), tx.amount[k]);
  for (const f of findings) console.log(f.sheet, f.row, f.code, f.value, f.message["zh-CN"]);
}
main();
