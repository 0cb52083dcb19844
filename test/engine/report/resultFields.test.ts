/**
 * The README lists every field of the JSON result (stop 46 left 97 of the schema's 193 field names
 * unnamed there, among them whole objects: history, validation, changes, warnings): its field list
 * is the schema's, generated here, and this test fails when the two differ. After a schema change,
 * `WRITE_README=1 npx jest test/engine/report/resultFields` writes the list into the README.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Node = { [key: string]: unknown };

const root = path.join(__dirname, "../../..");
const schema = JSON.parse(
  readFileSync(path.join(root, "schema/result.schema.json"), "utf8"),
) as Node;
const defs = schema.$defs as Record<string, Node>;
const README = path.join(root, "README.md");
const START =
  "<!-- result fields: generated from schema/result.schema.json (resultFields.test.ts) -->";
const END = "<!-- result fields end -->";

/** A node with its $ref followed (`#/$defs/x` and `#/$defs/x/properties/y`). */
function resolve(node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const parts = ref.replace(/^#\//, "").split("/");
  let at: unknown = schema;
  for (const p of parts) at = (at as Node)[p];
  return resolve(at as Node);
}

/** The object or array branch of a node that may be null (oneOf / anyOf), else the node. */
function branch(node: Node): Node {
  const n = resolve(node);
  const options = (n.oneOf ?? n.anyOf) as Node[] | undefined;
  if (!options) return n;
  const shaped = options.map(resolve).filter((o) => o.properties || o.items || o.prefixItems);
  return shaped[0] ?? n;
}

/** The $defs written out so far, each with the field it was written under (said once). */
const written = new Map<string, string>();

/** The $defs entry a node is (`#/$defs/x`), through a oneOf with null. */
function defOf(node: Node): string | null {
  const options = [node, ...(((node.oneOf ?? node.anyOf) as Node[] | undefined) ?? [])];
  for (const o of options) {
    const m = typeof o.$ref === "string" ? /^#\/\$defs\/(\w+)$/.exec(o.$ref) : null;
    if (m && defs[m[1]].properties) return m[1];
  }
  return null;
}

/**
 * A node's fields as the README writes them: {`a`, `b`?, `c` {…}}, [{…}] for a list of objects; a
 * shape met before (a $defs entry) is named by the field it was first written under.
 */
function shape(node: Node, field = ""): string {
  const def = defOf(node);
  if (def) {
    const first = written.get(def);
    if (first) return ` {as \`${first}\`}`;
    written.set(def, field);
  }
  const n = branch(node);
  if (n.properties) {
    const required = new Set((n.required as string[] | undefined) ?? []);
    const fields = Object.entries(n.properties as Record<string, Node>).map(
      ([name, child]) => `\`${name}\`${required.has(name) ? "" : "?"}${shape(child, name)}`,
    );
    return ` {${fields.join(", ")}}`;
  }
  if (n.prefixItems) {
    // The customers' rows: a customer's fields in the order of `columns`.
    const names = (n.prefixItems as Node[]).map((p) =>
      String(p.$ref ?? "")
        .split("/")
        .pop(),
    );
    const customer = defs.customer.properties as Record<string, Node>;
    return ` [${names.map((name) => `\`${name}\`${shape(customer[name!], name)}`).join(", ")}]`;
  }
  if (n.items && typeof n.items === "object") {
    const inner = shape(n.items as Node, field);
    return inner ? ` [${inner.trim()}]` : "";
  }
  if (n.additionalProperties && typeof n.additionalProperties === "object") {
    const inner = shape(n.additionalProperties as Node, field);
    return inner ? ` {key: ${inner.trim()}}` : "";
  }
  return "";
}

/** The README's list: a line per top-level field ("?": may be absent). */
function fieldList(): string {
  written.clear();
  const required = new Set(schema.required as string[]);
  const lines = Object.entries(schema.properties as Record<string, Node>).map(
    ([name, node]) => `- \`${name}\`${required.has(name) ? "" : "?"}${shape(node, name)}`,
  );
  return [START, "", ...lines, "", END].join("\n");
}

/** Every property name anywhere in the schema, $defs included. */
function allNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const x of node) allNames(x, out);
  else if (node && typeof node === "object") {
    const n = node as Node;
    if (n.properties && typeof n.properties === "object" && !Array.isArray(n.properties))
      for (const k of Object.keys(n.properties)) out.add(k);
    for (const v of Object.values(n)) allNames(v, out);
  }
  return out;
}

test("the README lists every field of the JSON result, as the schema has them", () => {
  const readme = readFileSync(README, "utf8");
  const list = fieldList();
  const at = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (process.env.WRITE_README === "1" && at >= 0 && end > at)
    writeFileSync(README, readme.slice(0, at) + list + readme.slice(end + END.length));
  const written = at >= 0 && end > at ? readme.slice(at, end + END.length) : "";
  expect(written).toBe(list);
  // The list leaves no field out.
  const missing = [...allNames(schema)].filter((name) => !list.includes(`\`${name}\``));
  expect(missing).toEqual([]);
});
