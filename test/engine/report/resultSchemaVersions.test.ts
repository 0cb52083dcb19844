/**
 * Which schema validates which result version (reviewer44 D10): schema/result.schema.json accepts
 * schemaVersion 4 only, while the CLI still reads results of 3 with --previous. A user who
 * validates an archived version-3 result has schema/result.v3.schema.json for it.
 */
import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import path from "node:path";
import { snapshotFromResultJson } from "../../../src/engine/changes/fromJson";

const root = path.join(__dirname, "../../..");
const read = (file: string): object =>
  JSON.parse(readFileSync(path.join(root, file), "utf8")) as object;
const ajv = () => new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const v3Schema = ajv().compile(read("schema/result.v3.schema.json"));
const schema = ajv().compile(read("schema/result.schema.json"));
/** The build at 211b171's result (test/fixtures/resultV3/README.md). */
const archived = read("test/fixtures/resultV3/nov.json") as {
  schemaVersion: number;
  customers: { columns: string[]; data: unknown[][] };
};

test("an archived version-3 result validates against result.v3.schema.json", () => {
  expect(archived.schemaVersion).toBe(3);
  expect(archived.customers.data.length).toBeGreaterThan(20);
  expect(v3Schema(archived)).toBe(true);
  expect(v3Schema.errors ?? []).toEqual([]);
});

test("result.schema.json is version 4's: it refuses the version-3 result, and v3's schema a 4", () => {
  expect(schema(archived)).toBe(false);
  expect(schema.errors?.some((e) => e.instancePath === "/schemaVersion")).toBe(true);
  expect(v3Schema({ ...archived, schemaVersion: 4 })).toBe(false);
});

test("a later run still reads the version-3 result as --previous", () => {
  const snapshot = snapshotFromResultJson(archived)!;
  expect(snapshot).not.toBeNull();
  expect(snapshot.count).toBe(archived.customers.data.length);
  // Version 3 has no service signals: not known, rather than none.
  expect(snapshot.service).toBeUndefined();
});
