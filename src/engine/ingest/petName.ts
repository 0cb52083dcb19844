import { PET_RECORD_ID_HEADERS } from "../headerWords";
import { foldHeader } from "../parse/text";
import type { RowReader } from "./rowReader";

const PET_RECORD_IDS: ReadonlySet<string> = new Set(
  PET_RECORD_ID_HEADERS.map((w) => foldHeader(w)),
);

/**
 * Whether each row of a Customers sheet is one pet (a vet's 宠物档案: tester65 U216): its ID header
 * is a patient record's (PET_RECORD_ID_HEADERS: 病历号, Patient ID) and it has a pet's name column
 * (or its kind's: 品种, fix67e) beside its owner's name. An owner's two pets are then two records on one phone, no duplicate, each
 * shown by owner and pet (petRecordName), and a pet's death ends its record only (lifecycle/left.ts).
 */
export function petRecords(r: RowReader): boolean {
  const id = r.columns.customerId;
  return (
    (r.has("petName") || r.has("petKind")) &&
    r.has("name") &&
    id !== undefined &&
    PET_RECORD_IDS.has(foldHeader(r.headers[id] ?? ""))
  );
}

/**
 * The name a pet's record is shown by, on the calls, the at-risk list and every tab: its owner's
 * with the pet's in brackets (王磊（豆豆）, Emma Lee (Max)), Chinese brackets when either is
 * written in Chinese; the one written when the other is blank.
 *
 * @example petRecordName("王磊", "豆豆") // "王磊（豆豆）"
 * @example petRecordName("Emma Lee", "Max") // "Emma Lee (Max)"
 */
export function petRecordName(owner: string, pet: string): string {
  if (pet === "") return owner;
  if (owner === "") return pet;
  return /\p{Script=Han}/u.test(owner + pet) ? `${owner}（${pet}）` : `${owner} (${pet})`;
}

/**
 * The forms a pet's name is read by in a note, each folded (lower case, full-width letters
 * half-width, no spaces) and of two characters or more: the whole name, the part before its
 * brackets and the part inside them (豆豆（柯基） → 豆豆（柯基）, 豆豆, 柯基; "Max (Lab)" → max(lab), max,
 * lab). A note says 豆豆上周去世了 of 豆豆（柯基）'s record (fix67e).
 *
 * @example petNameForms("豆豆（柯基）") // ["豆豆（柯基）", "豆豆", "柯基"]
 */
export function petNameForms(pet: string): string[] {
  const whole = foldPetText(pet);
  const inner = whole.match(/[(（[【]([^)）\]】]*)[)）\]】]/u);
  const outer = whole.replace(/[(（[【][^)）\]】]*[)）\]】]/gu, "");
  const forms = [whole, outer, inner?.[1] ?? ""].filter((f) => [...f].length >= 2);
  return [...new Set(forms)];
}

/** A note's or a name's text as petNameForms compares it: lower case, half-width, no spaces. */
export function foldPetText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) =>
      /[（）]/.test(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .toLowerCase()
    .replace(/\s+/g, "");
}

/**
 * The owner's name of a pet's record shown as petRecordName(owner, pet): the name with the pet's
 * in brackets taken off (王磊（豆豆） → 王磊); the name as it is otherwise.
 *
 * @example recordOwner("王磊（豆豆）", "豆豆") // "王磊"
 */
export function recordOwner(name: string, pet: string): string {
  for (const [open, close] of [
    ["（", "）"],
    [" (", ")"],
  ])
    if (pet !== "" && name.endsWith(`${open}${pet}${close}`))
      return name.slice(0, name.length - open.length - pet.length - close.length);
  return name;
}
