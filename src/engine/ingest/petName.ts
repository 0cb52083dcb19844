import { PET_RECORD_ID_HEADERS } from "../headerWords";
import { foldHeader } from "../parse/text";
import type { RowReader } from "./rowReader";

const PET_RECORD_IDS: ReadonlySet<string> = new Set(
  PET_RECORD_ID_HEADERS.map((w) => foldHeader(w)),
);

/**
 * Whether each row of a Customers sheet is one pet (a vet's 宠物档案: tester65 U216): its ID header
 * is a patient record's (PET_RECORD_ID_HEADERS: 病历号, Patient ID) and it has a pet's name column
 * beside its owner's name. An owner's two pets are then two records on one phone, no duplicate, each
 * shown by owner and pet (petRecordName), and a pet's death ends its record only (lifecycle/left.ts).
 */
export function petRecords(r: RowReader): boolean {
  const id = r.columns.customerId;
  return (
    r.has("petName") &&
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
