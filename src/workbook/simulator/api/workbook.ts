// The simulated Excel.Workbook and its WorkbookProtection.
import { SimContext, SimProxy } from "../context";
import { invalidArgument } from "../errors";
import type { SimWorkbook } from "../workbook";
import { SimApplication } from "./application";
import { SimFunctions } from "./functions";
import { SimNamedItemCollection } from "./namedItem";
import { SimSettingCollection } from "./setting";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

export class SimWorkbookProxy extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = ["name"] as const;
  protected readonly typeName = "Workbook";
  readonly worksheets: SimWorksheetCollection;
  readonly tables: SimTableCollection;
  readonly names: SimNamedItemCollection;
  readonly settings: SimSettingCollection;
  readonly application: SimApplication;
  readonly protection: SimWorkbookProtection;
  readonly functions: SimFunctions;

  constructor(context: SimContext) {
    super(context, () => context.wb);
    this.protection = new SimWorkbookProtection(context);
    this.functions = new SimFunctions(context);
    this.worksheets = new SimWorksheetCollection(context);
    this.tables = new SimTableCollection(context, null);
    this.names = new SimNamedItemCollection(context);
    this.settings = new SimSettingCollection(context);
    this.application = new SimApplication(context);
  }

  protected read(t: SimWorkbook, prop: string): unknown {
    if (prop === "name") return "Book1.xlsx";
    if (prop === "readOnly") {
      t.requireApi("1.8", "Workbook.readOnly");
      return t.readOnly;
    }
    throw invalidArgument(`Unknown property ${prop}.`);
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    return prop === "protection" ? this.protection : null;
  }

  get readOnly(): boolean {
    return this.get("readOnly");
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class SimWorkbookProtection extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = ["protected"] as const;
  protected readonly typeName = "WorkbookProtection";

  constructor(context: SimContext) {
    super(context, () => context.wb);
  }

  protected read(t: SimWorkbook, prop: string): unknown {
    t.requireApi("1.7", "WorkbookProtection.protected");
    if (prop === "protected") return t.structureProtected;
    throw invalidArgument(`Unknown property ${prop} of WorkbookProtection.`);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}
