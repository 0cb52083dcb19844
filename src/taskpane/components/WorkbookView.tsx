import * as React from "react";
import { fromExcelSerial, isoDate } from "../../engine/parse/date";
import type { Lang } from "../../engine/schema";
import type { SimWorkbook } from "../../workbook/simulator";
import { STRINGS } from "../i18n";

/** Rows and columns of the active sheet shown. */
const ROWS = 25;
const COLUMNS = 12;
/** Excel's default column width, in points. */
const DEFAULT_COLUMN_POINTS = 48;

/**
 * A column's width on screen, in CSS pixels, from its width in points as the add-in set it
 * (96 px per 72 pt): the preview cuts a header where Excel would (stop 29: en "Days overdue" and
 * "Priority" were cut in Excel at the widths the add-in gave, which the preview hid).
 *
 * @example columnPixels(61) // 81
 */
export function columnPixels(points: number | undefined): number {
  return Math.round(((points ?? DEFAULT_COLUMN_POINTS) * 96) / 72);
}

/**
 * A row's height on screen, in CSS pixels, from its height in points as the add-in set it, or
 * undefined for a row left at Excel's standard height (the table's own line height then).
 *
 * @example rowPixels(30) // 40
 */
export function rowPixels(points: number | undefined): number | undefined {
  return points === undefined ? undefined : Math.round((points * 96) / 72);
}

export interface WorkbookViewProps {
  workbook: SimWorkbook;
  lang: Lang;
  /** Calls back after every batch against the workbook; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

function cellText(value: unknown, format: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" && /y/.test(format) && /d/.test(format))
    return isoDate(fromExcelSerial(value));
  if (typeof value === "number" && !Number.isInteger(value)) return value.toFixed(2);
  return String(value);
}

/**
 * The preview's stand-in for Excel's grid: the simulated workbook's visible sheets as tabs and the
 * top of the active sheet, so activating a result tab from the task pane shows something.
 */
export function WorkbookView({ workbook, lang, subscribe }: WorkbookViewProps): React.JSX.Element {
  const [, setVersion] = React.useState(0);
  React.useEffect(() => subscribe(() => setVersion((v) => v + 1)), [subscribe]);
  const sheets = workbook.sheets.filter((s) => s.visibility === "Visible" && !s.deleted);
  const active =
    workbook.activeSheet && !workbook.activeSheet.deleted ? workbook.activeSheet : sheets[0];
  const rect = active?.usedRange(true);
  const rows = rect ? Math.min(ROWS, rect.row + rect.rowCount) : 0;
  const columns = rect ? Math.min(COLUMNS, rect.column + rect.columnCount) : 0;
  // Each column as wide as the add-in made it in Excel (a cell's text is cut there, as in Excel).
  const widths = Array.from({ length: columns }, (_, c) =>
    columnPixels(active?.columnWidths.get(c)),
  );
  return (
    <section
      aria-label={STRINGS[lang].previewWorkbook}
      style={{ fontSize: 12, fontFamily: "inherit" }}
    >
      <div style={{ fontWeight: 600, marginBottom: 8 }}>{STRINGS[lang].previewWorkbook}</div>
      <div style={{ overflowX: "auto", background: "#fff", border: "1px solid #e1dfdd" }}>
        <table
          style={{
            borderCollapse: "collapse",
            tableLayout: "fixed",
            width: widths.reduce((sum, w) => sum + w, 0),
          }}
        >
          <colgroup>
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <tbody>
            {Array.from({ length: rows }, (_, r) => {
              // A row the add-in gave a height keeps it, and a wrapped cell breaks its text into
              // lines there, cut at the row's height as in Excel (the call sheet's two-line
              // header: fixes6 stop 31). Other cells stay on one line, cut at the column's edge.
              const height = rowPixels(active?.rowHeights.get(r));
              return (
                <tr key={r} style={height === undefined ? undefined : { height }}>
                  {Array.from({ length: columns }, (_, c) => {
                    const wrap = active?.wrapped.get(r * 16384 + c) === true;
                    const text = active ? cellText(active.value(r, c), active.format(r, c)) : "";
                    return (
                      <td
                        key={c}
                        data-wrap={wrap ? "true" : undefined}
                        style={{
                          border: "1px solid #edebe9",
                          padding: "2px 6px",
                          whiteSpace: wrap ? "normal" : "nowrap",
                          overflowWrap: wrap ? "anywhere" : undefined,
                          overflow: "hidden",
                          textOverflow: "clip",
                          verticalAlign: wrap ? "top" : undefined,
                          background:
                            active?.fills.get(r * 16384 + c) ??
                            (r === 0 && active?.frozenRows ? "#f3f2f1" : undefined),
                        }}
                      >
                        {height === undefined ? (
                          text
                        ) : (
                          <div style={{ maxHeight: height - 4, overflow: "hidden" }}>{text}</div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div role="list" style={{ display: "flex", flexWrap: "wrap", gap: 2, marginTop: 4 }}>
        {sheets.map((s) => (
          <span
            role="listitem"
            key={s.id}
            style={{
              padding: "3px 10px",
              background: s === active ? "#fff" : "#e1dfdd",
              borderBottom: s === active ? "2px solid #217346" : "2px solid transparent",
              fontWeight: s === active ? 600 : 400,
            }}
          >
            {s.name}
          </span>
        ))}
      </div>
    </section>
  );
}
