// The simulated Excel.Application (calculation mode, suspending calculation and screen updating).
import { SimContext, SimProxy } from "../context";
import { invalidArgument } from "../errors";
import type { SimWorkbook } from "../workbook";

export class SimApplication extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = ["calculationMode"] as const;
  protected readonly typeName = "Application";

  constructor(context: SimContext) {
    super(context, () => context.wb);
  }

  protected read(_t: SimWorkbook, prop: string): unknown {
    if (prop === "calculationMode") return "Automatic";
    throw invalidArgument(`Unknown property ${prop}.`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call(
      { m: "suspendApiCalculationUntilNextSync" },
      (_t, state) => void (state.suspendedCalculation = true),
    );
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call(
      { m: "suspendScreenUpdatingUntilNextSync" },
      (_t, state) => void (state.suspendedScreenUpdating = true),
    );
  }
}
