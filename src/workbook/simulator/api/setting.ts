// The simulated Excel.SettingCollection and Setting (the document's settings).
import { SimContext, SimProxy } from "../context";
import { invalidArgument, notFound } from "../errors";
import { SimKeyedCollection } from "./shared";

export class SimSettingCollection extends SimKeyedCollection<string, SimSetting> {
  protected readonly typeName = "SettingCollection";
  protected readonly itemKind = "setting";

  constructor(context: SimContext) {
    super(context, SimSetting);
  }

  protected members(): string[] {
    return [...this.context.wb.settings.keys()];
  }

  protected find(key: string): string | undefined {
    return this.context.wb.settings.has(key) ? key : undefined;
  }

  /** Adds or replaces a setting; the value is kept as JSON (as Office does). */
  add(key: string, value: unknown): SimSetting {
    const json = JSON.stringify(value);
    return this.make(
      () => {
        if (typeof key !== "string" || key === "")
          throw invalidArgument("A setting needs a key.", "SettingCollection.add");
        if (json === undefined)
          throw invalidArgument("The setting's value cannot be stored.", "SettingCollection.add");
        this.context.wb.settings.set(key, json);
        return key;
      },
      { m: "add", a: [key, value] },
    );
  }
}

export class SimSetting extends SimProxy<string> {
  protected readonly scalarProps = ["key", "value"] as const;
  protected readonly typeName = "Setting";

  protected read(key: string, prop: string): unknown {
    if (prop === "key") return key;
    if (prop === "value") {
      const json = this.context.wb.settings.get(key);
      if (json === undefined) throw notFound(`setting ${key}`);
      return JSON.parse(json);
    }
    throw invalidArgument(`Unknown property ${prop} of Setting.`);
  }

  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(value: unknown) {
    const json = JSON.stringify(value);
    this.set("value", value, (key) => void this.context.wb.settings.set(key, json));
  }

  delete(): void {
    this.call({ m: "delete" }, (key) => void this.context.wb.settings.delete(key));
  }
}
