// The simulated Excel.NamedItemCollection and NamedItem.
import { SimContext, SimProxy } from "../context";
import { SimError, invalidArgument } from "../errors";
import type { SimName } from "../workbook";
import { SimRange } from "./range";
import { SimKeyedCollection, live, objectRef, rangeFromAddress } from "./shared";

export class SimNamedItemCollection extends SimKeyedCollection<SimName, SimNamedItem> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly itemKind = "name";

  constructor(context: SimContext) {
    super(context, SimNamedItem);
  }

  protected members(): SimName[] {
    return this.context.wb.names.slice();
  }

  protected find(name: string): SimName | undefined {
    return this.context.wb.findName(name);
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    return this.make(
      () => {
        const ref =
          typeof reference === "string"
            ? rangeFromAddress(this.context.wb, reference, null)
            : reference.resolveOrThrow("range");
        return this.context.wb.addName(name, live(ref.sheet), ref.rect, comment ?? "");
      },
      { m: "add", a: [name, objectRef(reference), comment ?? null] },
    );
  }
}

export class SimNamedItem extends SimProxy<SimName> {
  protected readonly scalarProps = [
    "name",
    "type",
    "value",
    "formula",
    "comment",
    "visible",
  ] as const;
  protected readonly typeName = "NamedItem";

  protected read(t: SimName, prop: string): unknown {
    const wb = this.context.wb;
    switch (prop) {
      case "name":
        return t.name;
      case "type":
        return t.text !== undefined ? "String" : t.sheet ? "Range" : "Error";
      case "value":
        if (t.text !== undefined) return t.text;
        return t.sheet ? wb.nameFormula(t).slice(1) : "#REF!";
      case "formula":
        return wb.nameFormula(t);
      case "comment":
        return t.comment;
      case "visible":
        return t.visible;
      default:
        throw invalidArgument(`Unknown property ${prop} of NamedItem.`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  /** NamedItem.formula (ExcelApi 1.7): re-points the name. */
  set formula(value: string) {
    this.set("formula", value, (t) => {
      this.context.wb.requireApi("1.7", "NamedItem.formula");
      const ref = rangeFromAddress(this.context.wb, String(value).replace(/^=/, ""), null);
      t.sheet = live(ref.sheet);
      t.rect = ref.rect;
    });
  }
  get comment(): string {
    return this.get("comment");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, (t) => void (t.visible = value));
  }

  getRange(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("name");
        if (!t.sheet) throw new SimError("InvalidReference", "The name does not refer to a range.");
        return { sheet: t.sheet, rect: t.rect };
      },
      { m: "getRange" },
    );
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolve();
        return t?.sheet ? { sheet: t.sheet, rect: t.rect } : null;
      },
      { m: "getRangeOrNullObject" },
    );
  }

  delete(): void {
    this.call({ m: "delete" }, (t) => this.context.wb.deleteName(t));
  }
}
