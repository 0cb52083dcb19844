import { scheduleSummary, scheduleSummaryLines } from "../engine/followUp/summary";
import { LIFECYCLE_STAGES, RFM_SEGMENTS, RISK_LEVELS } from "../engine/analysis";
import { churnReasonsText } from "../engine/churn/reasons";
import { labelOf } from "../engine/labels";
import { isoDate } from "../engine/parse/date";
import type { Lang } from "../engine/schema";
import { SHEETS, SHEET_KINDS } from "../engine/schema";
import type { AnalyzeOutcome } from "./analyzeCommand";
import { tabName } from "../engine/report/outputTabs";
import { say as words } from "../engine/words/catalog";

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "–");
const num = (x: number) => x.toLocaleString("en-US");

/**
 * The short summary the CLI prints after a run: where the output is, the row accounting per sheet,
 * counts per segment, stage and risk level, and the customers most at risk with their reasons.
 */
export function summaryText(o: AnalyzeOutcome, lang: Lang, topAtRisk = 10): string {
  const zh = lang === "zh-CN";
  const a = o.analysis;
  const an = a.classification.analysis;
  const lines: string[] = [];
  const say = (z: string, e: string) => lines.push(zh ? z : e);
  lines.push(words(lang, "cli", "outputWorkbook", { file: o.outPath }));
  if (o.jsonPath) lines.push(words(lang, "cli", "jsonResult", { file: o.jsonPath }));
  for (const w of o.written) {
    if (w.renamedBecause) lines.push(`  ${w.sheetName}: ${w.renamedBecause}`);
    // The engine's limits (report/limits.ts) keep both at 0; the writer counts them as a last guard.
    if (w.rowsLeftOut)
      say(
        `  ${w.sheetName}：${num(w.rowsLeftOut)} 行超出 Excel 的行数上限，未写入此表（JSON 结果完整）`,
        `  ${w.sheetName}: ${num(w.rowsLeftOut)} rows past Excel's row limit were not written to this tab (the JSON result is complete)`,
      );
    if (w.cutCells)
      say(
        `  ${w.sheetName}：${num(w.cutCells)} 个单元格的文字超过 32,767 字符，已截断并注明`,
        `  ${w.sheetName}: ${num(w.cutCells)} cells held more than 32,767 characters and were cut with a marker`,
      );
  }
  lines.push(
    words(lang, "cli", "runLine", {
      date: isoDate(a.asOf),
      version: a.ruleSet.version,
      hash: a.ruleSet.hash.slice(0, 12),
      analysisSeconds: o.analysisSeconds.toFixed(1),
      seconds: o.seconds.toFixed(1),
    }),
  );
  lines.push("");
  lines.push(words(lang, "cli", "rowsHeading"));
  for (const kind of SHEET_KINDS) {
    const c = a.dataset.counts[kind];
    if (!c) continue;
    lines.push(
      `  ${SHEETS[kind].label[lang].padEnd(zh ? 8 : 14)} ${num(c.read)} / ${num(c.used)} / ${num(c.rejected)}`,
    );
  }
  // The same count as the Data quality tab and the pane (every finding), and how many need a look.
  const problems = a.findings.filter((f) => f.severity !== "info").length;
  lines.push(
    words(lang, "cli", "qualityLine", {
      count: a.findings.length,
      problems,
      tab: tabName("dataQuality", lang),
    }),
  );
  lines.push("");
  const count = (arr: Int8Array, k: number) => arr.reduce((n, v) => n + (v === k ? 1 : 0), 0);
  const block = (
    title: [string, string],
    list: readonly string[],
    arr: Int8Array,
    kind: Parameters<typeof labelOf>[0],
  ) => {
    say(title[0], title[1]);
    list.forEach((_, k) => {
      const n = count(arr, k);
      if (n > 0)
        lines.push(`  ${labelOf(kind, k, lang).padEnd(zh ? 10 : 22)} ${num(n).padStart(8)}`);
    });
  };
  block(["RFM 分群：", "RFM segments:"], RFM_SEGMENTS, an.rfmSegment, "segment");
  block(["生命周期阶段：", "Lifecycle stages:"], LIFECYCLE_STAGES, an.lifecycleStage, "stage");
  // Churn risk: the at-risk counts (high, medium) never include the already lost (level churned).
  const H = a.rules.churn.churnHorizonDays;
  say(
    `流失风险（${H} 天内不再购买的概率）：`,
    `Churn risk (chance of no purchase in the next ${H} days):`,
  );
  RISK_LEVELS.forEach((level, k) => {
    const n = count(an.churnLevel, k);
    if (n === 0) return;
    let sum = 0;
    for (let i = 0; i < an.churnLevel.length; i++)
      if (an.churnLevel[i] === k && Number.isFinite(an.churnProbability[i]))
        sum += an.churnProbability[i];
    const stated =
      level === "churned" || level === "prospect"
        ? ""
        : `  ${zh ? "平均" : "mean"} ${pct(sum / n)}`;
    lines.push(`  ${labelOf("risk", k, lang).padEnd(zh ? 10 : 22)} ${num(n).padStart(8)}${stated}`);
  });
  say(
    `“已流失”= ${a.rules.churn.churnedAfterDays} 天无购买（列入挽回活动，不计入有风险客户）`,
    `"Churned" = no purchase for ${a.rules.churn.churnedAfterDays} days (listed for win-back, not counted at risk)`,
  );
  if (a.churn?.validation.available) lines.push(`  ${a.churn.validation.sentence[lang]}`);
  else if (a.churn?.validation.note) lines.push(`  ${a.churn.validation.note[lang]}`);
  const k = a.kpis;
  say(
    `留存率 ${pct(k.retentionRate)}，流失率 ${pct(k.churnRate)}，复购率 ${pct(k.repeatPurchaseRate)}`,
    `Retention ${pct(k.retentionRate)}, churn ${pct(k.churnRate)}, repeat-purchase rate ${pct(k.repeatPurchaseRate)}`,
  );
  if (a.satisfaction) {
    // The window's, beside the window's other KPIs; all time as its own line (issue 9 item 6).
    // Whole points; Math.round(-0.2) is -0, which toFixed would print as "-0".
    const npsText = (x: number) => (Number.isFinite(x) ? String(Math.round(x) || 0) : "–");
    const w = a.satisfaction.window;
    const from = isoDate(w.from);
    const to = isoDate(w.to);
    say(
      `CSAT ${pct(w.stats.csat)}，NPS ${npsText(w.stats.nps)}（${from} 至 ${to}，${w.stats.responses} 份回答）`,
      `CSAT ${pct(w.stats.csat)}, NPS ${npsText(w.stats.nps)} (${from} to ${to}, ${w.stats.responses} responses)`,
    );
    const s = a.satisfaction.overall;
    say(
      `CSAT ${pct(s.csat)}，NPS ${npsText(s.nps)}（全部时间，${s.responses} 份回答）`,
      `CSAT ${pct(s.csat)}, NPS ${npsText(s.nps)} (all time, ${s.responses} responses)`,
    );
  }
  // The schedule's summary and the run's warnings (followUp/summary.ts, followUp/warnings.ts).
  lines.push(...scheduleSummaryLines(scheduleSummary(a.schedule), lang));
  for (const w of a.warnings)
    lines.push((lang === "zh-CN" ? "警告：" : "Warning: ") + w.message[lang]);
  lines.push("");
  // Most at risk among customers not yet churned: they are the ones a call can still keep.
  const churned = LIFECYCLE_STAGES.indexOf("churned");
  const candidates: number[] = [];
  for (let i = 0; i < an.churnProbability.length; i++)
    if (an.lifecycleStage[i] !== churned && an.churnLevel[i] === 0) candidates.push(i);
  candidates.sort(
    (x, y) =>
      an.churnProbability[y] - an.churnProbability[x] ||
      a.summary.netSpend[y] - a.summary.netSpend[x],
  );
  say(
    `风险最高的客户（未流失，前 ${Math.min(topAtRisk, candidates.length)} 名）：`,
    `Top customers at risk (not yet churned, ${Math.min(topAtRisk, candidates.length)}):`,
  );
  const c = a.dataset.customers;
  for (const i of candidates.slice(0, topAtRisk)) {
    lines.push(
      `  ${c.id[i]} ${c.name[i]} — ${pct(an.churnProbability[i])}: ${churnReasonsText(an, i, lang)}`,
    );
  }
  return lines.join("\n") + "\n";
}

export function printSummary(o: AnalyzeOutcome, lang: Lang): void {
  process.stdout.write(summaryText(o, lang));
}
