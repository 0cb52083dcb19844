// The simulated Excel.ChartCollection, Chart and ChartTitle.
import { parseAddress, rectAddress, splitSheetAddress } from "../address";
import { SimContext, SimProxy } from "../context";
import { invalidArgument } from "../errors";
import { type SimChart, SimSheet } from "../sheet";
import { SimRange } from "./range";
import { SimCollection, guard, live, objectRef } from "./shared";
import { SimWorksheet } from "./worksheet";

const CHART_TYPES = new Set([
  "Pie",
  "Doughnut",
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Area",
  "XYScatter",
]);

/** A chart with its sheet: what a simulated Chart resolves to. */
interface ChartRef {
  chart: SimChart;
  sheet: SimSheet;
}

export class SimChartCollection extends SimCollection<ChartRef, SimChartProxy> {
  protected readonly typeName = "ChartCollection";

  constructor(
    context: SimContext,
    private readonly sheet: SimWorksheet,
  ) {
    super(context, SimChartProxy);
  }

  protected members(): ChartRef[] {
    const sheet = this.sheet.resolve();
    return sheet ? sheet.charts.map((chart) => ({ chart, sheet })) : [];
  }

  add(type: string, sourceData: SimRange, seriesBy = "Auto"): SimChartProxy {
    return this.make(
      () => {
        const sheet = live(this.sheet.resolveOrThrow("worksheet"));
        if (!CHART_TYPES.has(type))
          throw invalidArgument(`Chart type ${type} is not supported here.`, "ChartCollection.add");
        if (!["Auto", "Columns", "Rows"].includes(seriesBy))
          throw invalidArgument(`seriesBy ${seriesBy} is not valid.`);
        guard(sheet, "add a chart", "allowEditObjects");
        const source = sourceData.resolveOrThrow("range");
        const chart = this.context.wb.addChart(sheet, type, source.rect, seriesBy, source.sheet);
        return { chart, sheet };
      },
      { m: "add", a: [type, objectRef(sourceData), seriesBy] },
    );
  }
}

export class SimChartProxy extends SimProxy<ChartRef> {
  protected readonly scalarProps = ["name", "id", "chartType"] as const;
  protected readonly typeName = "Chart";
  readonly title: SimChartTitle = new SimChartTitle(this.context, this);

  protected read(t: { chart: SimChart }, prop: string): unknown {
    if (prop === "name") return t.chart.name;
    if (prop === "id") return String(t.chart.id);
    if (prop === "chartType") return t.chart.type;
    throw invalidArgument(`Unknown property ${prop} of Chart.`);
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => void (t.chart.name = value));
  }
  get chartType(): string {
    return this.get("chartType");
  }

  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    const args = [objectRef(startCell), objectRef(endCell ?? null)];
    this.call({ m: "setPosition", a: args }, (t) => {
      const address = (x: SimRange | string | undefined) => {
        if (x === undefined) return undefined;
        if (typeof x === "string") {
          if (!parseAddress(splitSheetAddress(x).address))
            throw invalidArgument(`“${x}” is not an address.`);
          return x;
        }
        const ref = x.resolve();
        return ref ? rectAddress(ref.rect) : undefined;
      };
      t.chart.position = { start: address(startCell) ?? "", end: address(endCell) };
    });
  }

  delete(): void {
    this.call({ m: "delete" }, (t) => {
      const i = t.sheet.charts.indexOf(t.chart);
      if (i >= 0) t.sheet.charts.splice(i, 1);
    });
  }
}

export class SimChartTitle extends SimProxy<SimChart> {
  protected readonly scalarProps = ["text"] as const;
  protected readonly typeName = "ChartTitle";

  constructor(context: SimContext, chart: SimChartProxy) {
    super(context, () => chart.resolve()?.chart ?? null);
  }

  protected read(t: SimChart, prop: string): unknown {
    if (prop === "text") return t.title;
    throw invalidArgument(`Unknown property ${prop} of ChartTitle.`);
  }

  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.set("text", value, (t) => void (t.title = value));
  }
}
