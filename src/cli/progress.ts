import type { Progress } from "../engine/analyze";

/**
 * Progress on stderr for long runs (silent for the first second): a line when the step changes and at most one every two
 * seconds within a step, so a 10-million-row read shows it is alive without flooding a log.
 */
export function stderrProgress(enabled: boolean): (p: Progress) => void {
  let lastKey = "";
  let lastAt = 0;
  const started = Date.now();
  return (p) => {
    if (!enabled) return;
    const key = `${p.step}:${p.detail}`;
    const now = Date.now();
    // A run that finishes in a second needs no progress report.
    if (now - started < 1000) return;
    if (key === lastKey && now - lastAt < 2000) return;
    lastKey = key;
    lastAt = now;
    const rows = p.rowsDone > 0 ? ` ${p.rowsDone.toLocaleString("en-US")} rows` : "";
    process.stderr.write(`… ${p.step} ${p.detail}${rows}\n`);
  };
}
