import { serialize } from "node:v8";
import { analyzeWorkbook } from "../src/engine/analyze";
import { openCsv } from "../src/workbook/file";
import { defaultRules } from "../src/engine/rules";
import { withoutRowColumns } from "../src/cli/releaseRows";
import { resultJsonChunks } from "../src/engine/report/resultJson";
import { resolveAnalysisDate, localToday } from "../src/engine/analysisDate";
const d = process.argv[2];
(async () => {
  const rules = defaultRules();
  const asOf = resolveAnalysisDate({ rules, today: () => localToday(new Date()) });
  const src = openCsv({ customers: `${d}/customers.csv`, transactions: `${d}/transactions.csv`, surveys: `${d}/surveys.csv`, complaints: `${d}/complaints.csv`, contacts: `${d}/contacts.csv` });
  let a = await analyzeWorkbook(src, { rules, asOf });
  a = withoutRowColumns(a);
  const time = (label: string, v: unknown) => {
    const t = process.cpuUsage(); let n = 0;
    try { n = serialize(v).length; } catch (e) { console.log(label, "ERR", (e as Error).message.slice(0, 60)); return; }
    const c = process.cpuUsage(t);
    console.log(label.padEnd(40), ((c.user + c.system) / 1e6).toFixed(3), "s", (n / 1e6).toFixed(1), "MB");
  };
  for (const [k, v] of Object.entries(a)) {
    if (k === "dataset" || k === "schedule" || k === "model" || k==="classification" || k==="churn") {
      for (const [k2, v2] of Object.entries(v as object)) time(`${k}.${k2}`, v2);
    } else time(k, v);
  }
  for (const [k2, v2] of Object.entries(a.dataset.customers)) time(`customers.${k2}`, v2);
  const t0 = process.cpuUsage(); let bytes = 0; const marks: [string, number, number][] = [];
  let last = process.cpuUsage();
  for (const s of resultJsonChunks(a, "zh-CN", new Date())) {
    bytes += s.length;
    if (s.startsWith('"customers"') || s.startsWith('"followUpHorizon"') || s.startsWith('"followUps"') || s.startsWith('"unscheduled"') || s.startsWith('"followUpSummary"')) {
      const c = process.cpuUsage(last); marks.push([s.slice(0, 20), (c.user + c.system) / 1e6, bytes]); last = process.cpuUsage();
    }
  }
  const c = process.cpuUsage(last); marks.push(["end", (c.user + c.system) / 1e6, bytes]);
  console.log("json chunks total", ((process.cpuUsage(t0).user) / 1e6).toFixed(2), bytes);
  for (const m of marks) console.log("  before", m[0], m[1].toFixed(3), m[2]);
})();
