import { analyzeWorkbook } from "../src/engine/analyze";
import { openCsv } from "../src/workbook/file";
import { defaultRules } from "../src/engine/rules";
import { withoutRowColumns } from "../src/cli/releaseRows";
import { resultJsonChunks } from "../src/engine/report/resultJson";
import { resolveAnalysisDate, localToday } from "../src/engine/analysisDate";
const d = process.argv[2];
const seen = new Set<string>();
function wrap(v: any, p: string): any {
  if (v === null || typeof v !== "object" || Array.isArray(v) || ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set || v instanceof Date) return v;
  return new Proxy(v, { get(t, k, r) { const key = `${p}.${String(k)}`; const x = Reflect.get(t, k, r); if (typeof k === "string") seen.add(key); return wrap(x, key); } });
}
(async () => {
  const rules = defaultRules();
  const asOf = resolveAnalysisDate({ rules, today: () => localToday(new Date()) });
  const src = openCsv({ customers: `${d}/customers.csv`, transactions: `${d}/transactions.csv`, surveys: `${d}/surveys.csv`, complaints: `${d}/complaints.csv`, contacts: `${d}/contacts.csv` });
  let a = await analyzeWorkbook(src, { rules, asOf });
  a = withoutRowColumns(a);
  let n = 0;
  for (const s of resultJsonChunks(wrap(a, "a"), "zh-CN", new Date())) n += s.length;
  console.log(n);
  console.log([...seen].sort().join("\n"));
})();
