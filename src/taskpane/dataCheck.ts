import type { Analysis } from "../engine/analyze";
import type { EpochDay } from "../engine/parse/date";
import { InputError } from "../engine/errors";
import { ingestWorkbook, type GridSource } from "../engine/ingest/workbook";
import type { RowCounts } from "../engine/model";
import { QUALITY_CODES, type Finding, type QualityCode, type Severity } from "../engine/quality";
import type { Lang, SheetKind } from "../engine/schema";
import { TOLD_FINDINGS, TOLD_ROW_FINDINGS } from "../engine/report/toldFindings";
import type { Choices } from "./choices";
import { describeError } from "./errorText";
import { translator } from "./i18n";
import { SHEETS } from "../engine/schema";

/** The data check: rows read, used and not used per sheet, and the problems found by code. */

export interface ProblemCount {
  code: QualityCode;
  severity: Severity;
  /** Findings with this code (rows, or columns for sheet-level codes). */
  count: number;
}

export interface DataCheck {
  counts: Partial<Record<SheetKind, RowCounts>>;
  /** Problems by code, errors first, most frequent first. */
  problems: ProblemCount[];
  findings: number;
  /**
   * Findings that change what the analysis sees (a share of a sheet unread, dates whose day/month
   * order is a guess), in both languages: shown in full above the problem counts.
   */
  attention?: Record<Lang, string>[];
  /** Why the data cannot be analysed (a required sheet or column missing), in the UI language. */
  error: string | null;
}

/**
 * Codes whose findings the data check shows in full: those the command line says among its
 * warnings, whole-sheet and row ones (report/toldFindings.ts: one list; this one lagged it, a
 * refund deducted or sheets left empty unsaid), and the sales sheet's twin left unread, which it
 * says as an error (tester64 U18).
 */
const ATTENTION_CODES: ReadonlySet<QualityCode> = new Set([
  ...TOLD_FINDINGS,
  ...TOLD_ROW_FINDINGS,
  "same_column_sales_unread",
]);

/** The messages of findings that change what the analysis sees. */
export function attentionOf(findings: readonly Finding[]): Record<Lang, string>[] {
  return findings.filter((f) => ATTENTION_CODES.has(f.code)).map((f) => f.message);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Counts findings by code, errors first.
 *
 * @example problemCounts(findings)[0] // { code: "unknown_customer", severity: "error", count: 4 }
 */
export function problemCounts(findings: readonly Finding[]): ProblemCount[] {
  const counts = new Map<QualityCode, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, severity: QUALITY_CODES[code] as Severity, count }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count);
}

/**
 * Reads every input row as the analysis will and reports rows read, used and not used per sheet
 * and the problems found by code. A required sheet or column that is missing is reported in
 * `error`, not thrown.
 *
 * @example const check = await checkData(book, choices, asOf, "zh-CN");
 */
export async function checkData(
  source: GridSource,
  choices: Choices,
  asOf: EpochDay,
  lang: Lang,
  onRows?: (rowsDone: number) => void,
): Promise<DataCheck> {
  let done = 0;
  const before: Partial<Record<SheetKind, number>> = {};
  try {
    const { dataset, findings } = await ingestWorkbook(source, {
      asOf,
      sheets: choices.sheets,
      columns: choices.columns,
      onProgress: (kind, rows) => {
        done += rows - (before[kind] ?? 0);
        before[kind] = rows;
        onRows?.(done);
      },
    });
    return {
      counts: dataset.counts,
      problems: problemCounts(findings),
      findings: findings.length,
      attention: attentionOf(findings),
      error: null,
    };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        counts: {},
        problems: [],
        findings: 0,
        attention: [],
        error:
          // A sheet found but without its header (U78: 患者档案 picked, its ID column under another
          // name) says so, not "choose its sheet".
          error.at && error.at.fields.length === 0 && !error.at.sheet
            ? sheetToChoose(error.at.kind, lang)
            : describeError(error, lang).text,
      };
    }
    throw error;
  }
}

/**
 * A required sheet not found, in the pane's words: its card above says where to choose it (and which
 * sheet looks like it); the CLI's words said "rename it and run again" (tester54 T11).
 */
function sheetToChoose(kind: SheetKind, lang: Lang): string {
  return translator(lang)("checkChooseSheet", { sheet: SHEETS[kind].label[lang] });
}

/**
 * The data check a run already did (rows and findings of its ingest).
 *
 * @example dataCheckOf(result.analysis).counts.customers?.used
 */
export function dataCheckOf(analysis: Analysis): DataCheck {
  return {
    counts: analysis.dataset.counts,
    problems: problemCounts(analysis.findings),
    findings: analysis.findings.length,
    attention: attentionOf(analysis.findings),
    error: null,
  };
}
