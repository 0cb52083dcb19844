// The simulated Workbook.functions (Excel.Functions) and their FunctionResult.
import { SimContext, SimProxy } from "../context";
import { invalidArgument } from "../errors";
import type { SimWorkbook } from "../workbook";
import { epochDay, excelSerial } from "../../../engine/parse/date";

/** A worksheet function's result (FunctionResult): load("value"), then sync. */
export class SimFunctionResult extends SimProxy<{ value: number }> {
  protected readonly scalarProps = ["value"] as const;
  protected readonly typeName = "FunctionResult";

  protected read(t: { value: number }, prop: string): unknown {
    if (prop === "value") return t.value;
    throw invalidArgument(`Unknown property ${prop} of FunctionResult.`);
  }

  get value(): number {
    return this.get("value");
  }
}

/**
 * Workbook.functions (ExcelApi 1.2). Only DATE, which answers in the workbook's date system:
 * "year: a number from 1900 or 1904 (depending on the workbook's date system)".
 */
export class SimFunctions extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "Functions";

  constructor(context: SimContext) {
    super(context, () => context.wb);
  }

  protected read(): unknown {
    throw invalidArgument("Functions has no properties.");
  }

  date(year: number, month: number, day: number): SimFunctionResult {
    return new SimFunctionResult(
      this.context,
      () => {
        const wb = this.context.wb;
        return { value: excelSerial(epochDay(year, month, day), wb.date1904) };
      },
      { m: "date", a: [year, month, day] },
    );
  }
}
