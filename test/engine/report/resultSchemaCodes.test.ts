/**
 * The JSON schema's code lists are the engine's (one owner: the code lists in src/engine). Stop 25: two
 * new codes (key_account_overdue, one_time_buyer_campaign) reached the JSON but not the schema, and
 * only the slow CLI tests' schema validation caught it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MODEL_NOTES, NOT_FITTED_CODES } from "../../../src/engine/clv/customerModel";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { RUN_WARNING_CODES } from "../../../src/engine/followUp/warnings";
import { QUALITY_CODES } from "../../../src/engine/quality";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { KEPT_TYPED_CODES, WHEN_USED } from "../../../src/engine/report/followUpJson";

const schema: unknown = JSON.parse(
  readFileSync(path.join(__dirname, "../../../schema/result.schema.json"), "utf8"),
);

/** Every string list in the schema (enums, required lists) that names `code`. */
function listsNaming(code: string, node: unknown = schema, out: string[][] = []): string[][] {
  if (Array.isArray(node)) {
    if (node.includes(code)) out.push(node.filter((x): x is string => typeof x === "string"));
    for (const x of node) listsNaming(code, x, out);
  } else if (node !== null && typeof node === "object")
    for (const x of Object.values(node)) listsNaming(code, x, out);
  return out;
}

test.each([
  ["follow-up reasons", "win_back", FOLLOW_UP_REASONS],
  ["unscheduled reasons", "already_churned", UNSCHEDULED_REASONS],
  ["model notes", "spend_model_not_fitted", MODEL_NOTES],
  ["not-fitted reasons", "too_few_repeat_spenders", NOT_FITTED_CODES],
  ["kept typed rows' reasons", "customer_not_scheduled", KEPT_TYPED_CODES],
])("the schema's %s are the engine's", (_, code, codes) => {
  const lists = listsNaming(code);
  expect(lists.length).toBeGreaterThan(0);
  // A reasonTexts' required list leaves out the codes whose words are written only when a row has
  // them (customer_left, fix59a: runs without it write the JSON they wrote before).
  const always = codes.filter((c) => !WHEN_USED.has(c));
  for (const list of lists)
    expect(list).toEqual(list.length === always.length ? always : [...codes]);
});

// Review 44: return_exceeds_purchases (stop 43) reached the JSON but not the schema's list of
// data-quality codes. The schema keeps its own order; the codes are the same.
test("the schema's data-quality codes are the engine's", () => {
  const lists = listsNaming("missing_required").filter((l) => l.includes("zero_amount"));
  expect(lists.length).toBeGreaterThan(0);
  for (const list of lists) expect([...list].sort()).toEqual(Object.keys(QUALITY_CODES).sort());
});

// Review 44: tab_names_taken (stop 43) reached the JSON's warnings but not the schema's list.
test("the schema's run-warning codes are the engine's", () => {
  const lists = listsNaming("stale_data").filter((l) => l.includes("calendar_ends"));
  expect(lists.length).toBeGreaterThan(0);
  for (const list of lists) expect([...list].sort()).toEqual([...RUN_WARNING_CODES].sort());
});
