/**
 * Picks up what exceljs's streaming reader does not report about a sheet while its XML streams past:
 * the first sheet view (frozen panes, grid lines, zoom, right-to-left), the tab colour, column
 * widths / hidden columns / column styles, and merged cells. Cell data (<sheetData>) is skipped with
 * indexOf, so the scan costs little next to parsing.
 */

export interface ColumnLayout {
  min: number;
  max: number;
  width?: number;
  hidden: boolean;
  styleId?: number;
}

export interface SheetView {
  state: "normal" | "frozen";
  xSplit?: number;
  ySplit?: number;
  topLeftCell?: string;
  showGridLines?: boolean;
  zoomScale?: number;
  rightToLeft?: boolean;
}

/**
 * Feed it the sheet XML chunk by chunk; read the results when the sheet is done (views, columns
 * and tab colour are known before the first row, merges only at the end).
 *
 * @example
 * const layout = new SheetLayoutScanner();
 * layout.scan('<sheetViews><sheetView><pane ySplit="1" state="frozen"/></sheetView></sheetViews>');
 * layout.views; // [{ state: "frozen", ySplit: 1 }]
 */
export class SheetLayoutScanner {
  views: SheetView[] = [];
  columns: ColumnLayout[] = [];
  merges: string[] = [];
  tabColor?: string;
  private carry = "";
  private inData = false;
  private viewCount = 0;

  scan(chunk: string): void {
    const text = this.carry + chunk;
    this.carry = "";
    let pos = 0;
    const tag = /<(\/?)(?:[\w.-]+:)?(sheetData|sheetView|pane|mergeCell|tabColor|col)\b([^<>]*)>/g;
    for (;;) {
      if (this.inData) {
        const end = text.indexOf("sheetData>", pos);
        if (end < 0) {
          this.carry = text.slice(Math.max(pos, text.length - 16));
          return;
        }
        this.inData = false;
        pos = end + 10;
      }
      tag.lastIndex = pos;
      let m: RegExpExecArray | null;
      let entered = false;
      while ((m = tag.exec(text))) {
        pos = tag.lastIndex;
        if (this.take(m[1] === "/", m[2], m[3])) {
          entered = true;
          break;
        }
      }
      if (!entered) break;
    }
    // Keep an unfinished tag for the next chunk.
    const open = text.lastIndexOf("<");
    if (open >= pos && text.indexOf(">", open) < 0) this.carry = text.slice(open);
  }

  /** Handles one tag; true when it opens the cell data. */
  private take(closing: boolean, name: string, attrText: string): boolean {
    if (closing) return false;
    const a = attributes(attrText);
    switch (name) {
      case "sheetData":
        if (!attrText.trim().endsWith("/")) this.inData = true;
        return this.inData;
      case "sheetView":
        this.viewCount++;
        if (this.viewCount === 1) {
          const view: SheetView = { state: "normal" };
          if (a.showGridLines === "0" || a.showGridLines === "false") view.showGridLines = false;
          if (a.rightToLeft === "1" || a.rightToLeft === "true") view.rightToLeft = true;
          if (a.zoomScale && +a.zoomScale !== 100) view.zoomScale = +a.zoomScale;
          this.views = [view];
        }
        return false;
      case "pane":
        if (
          this.viewCount === 1 &&
          this.views[0] &&
          (a.state === "frozen" || a.state === "frozenSplit")
        ) {
          const view = this.views[0];
          view.state = "frozen";
          if (a.xSplit) view.xSplit = Math.round(+a.xSplit);
          if (a.ySplit) view.ySplit = Math.round(+a.ySplit);
          if (a.topLeftCell) view.topLeftCell = a.topLeftCell;
        }
        return false;
      case "mergeCell":
        if (a.ref) this.merges.push(a.ref);
        return false;
      case "tabColor":
        if (a.rgb) this.tabColor = a.rgb;
        return false;
      case "col": {
        const min = parseInt(a.min, 10);
        const max = parseInt(a.max, 10);
        if (!(min >= 1 && max >= min)) return false;
        this.columns.push({
          min,
          max: Math.min(max, 16384),
          width: a.width ? +a.width : undefined,
          hidden: a.hidden === "1" || a.hidden === "true",
          styleId: a.style ? parseInt(a.style, 10) : undefined,
        });
        return false;
      }
    }
    return false;
  }
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out[m[1].replace(/^\w+:/, "")] = m[2] ?? m[3];
  return out;
}
