import type { Progress } from "../engine/analyze";
import { SHEETS, type Lang, type SheetKind } from "../engine/schema";

const STEP_WORDS: Record<Progress["step"], Record<Lang, string>> = {
  read: { "zh-CN": "读取", "en-US": "reading" },
  analyze: { "zh-CN": "分析", "en-US": "analysing" },
  write: { "zh-CN": "写入", "en-US": "writing" },
};

const ANALYSIS_WORDS: Record<string, Record<Lang, string>> = {
  summary: { "zh-CN": "客户汇总", "en-US": "customer summary" },
  segments: { "zh-CN": "分群、生命周期与流失风险", "en-US": "segments, lifecycle and churn risk" },
  followUps: { "zh-CN": "回访计划", "en-US": "follow-up schedule" },
  satisfaction: { "zh-CN": "满意度与投诉", "en-US": "satisfaction and complaints" },
  model: { "zh-CN": "BG/NBD 与客户终身价值", "en-US": "BG/NBD and lifetime value" },
  overview: { "zh-CN": "概览", "en-US": "overview" },
};

/**
 * Progress on stderr for long runs, in the run's language (silent for the first second): a line
 * when the step changes and at most one every two seconds within a step, so a 10-million-row read
 * shows it is alive without flooding a log. `tabNames` gives the sheet name of each output tab;
 * `ms` is the clock (injected by tests).
 */
export function stderrProgress(
  enabled: boolean,
  lang: Lang,
  tabNames: () => Record<string, string> = () => ({}),
  ms: () => number = () => performance.now(),
): (p: Progress) => void {
  let lastKey = "";
  let lastAt = 0;
  const started = ms();
  return (p) => {
    if (!enabled) return;
    const key = `${p.step}:${p.detail}`;
    const now = ms();
    if (now - started < 1000) return;
    if (key === lastKey && now - lastAt < 2000) return;
    lastKey = key;
    lastAt = now;
    const what =
      p.step === "read"
        ? (SHEETS[p.detail as SheetKind]?.label[lang] ?? p.detail)
        : p.step === "analyze"
          ? (ANALYSIS_WORDS[p.detail]?.[lang] ?? p.detail)
          : (tabNames()[p.detail] ?? p.detail);
    const n = p.rowsDone.toLocaleString("en-US");
    const rows =
      p.step === "analyze" || p.rowsDone === 0
        ? ""
        : lang === "zh-CN"
          ? `：${n} 行`
          : `: ${n} rows`;
    process.stderr.write(`… ${STEP_WORDS[p.step][lang]} ${what}${rows}\n`);
  };
}
