import type { Cell } from "../engine/cells";
import { epochDay } from "../engine/parse/date";
import type { Lang } from "../engine/schema";
import { SALT, SamplePlan } from "./plan";
import { Random } from "./random";
import { customerName, emailHandle, type SampleWords } from "./words";

/** Column keys of the Customers sheet, in sheet order. */
export const CUSTOMER_KEYS = [
  "customerId",
  "name",
  "type",
  "owner",
  "phone",
  "email",
  "region",
  "industry",
  "created",
  "birthday",
  "creditRating",
  "marketingConsent",
] as const;

const MOBILE_PREFIX = [
  "130",
  "131",
  "132",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "155",
  "158",
  "159",
  "166",
  "176",
  "177",
  "180",
  "181",
  "186",
  "187",
  "188",
  "189",
  "199",
];
const AREA_CODES = [
  "010",
  "021",
  "020",
  "0755",
  "0571",
  "0512",
  "025",
  "028",
  "023",
  "027",
  "029",
  "022",
];
const PERSONAL_MAIL = ["qq.com", "163.com", "126.com", "foxmail.com", "outlook.com", "sina.com"];
const COMPANY_MAIL = ["corp-mail.cn", "company.com.cn", "biz.cn", "aliyun.com"];

/**
 * The 8 digits that make customer i's phone number unique: a permutation of [0, 10^8), so phones
 * repeat only where a duplicate is injected on purpose.
 */
function phoneDigits(i: number): string {
  // 73,939,133 is coprime to 10^8; the product stays below 2^53.
  return String(((i % 100_000_000) * 73_939_133 + 31_415_926) % 100_000_000).padStart(8, "0");
}

/**
 * Generates the rows of the Customers sheet from the plan. Customers past the plan's count (rows
 * injected as likely duplicates) get attributes of a customer who never bought.
 */
export class CustomerRows {
  private readonly rng = new Random();

  constructor(
    private readonly plan: SamplePlan,
    private readonly words: SampleWords,
    private readonly lang: Lang,
  ) {}

  /**
   * The row of customer i (a new array each call; the same cells for the same i).
   *
   * @example new CustomerRows(plan, ZH, "zh-CN").row(0)[0] // "1000001"
   */
  row(i: number): Cell[] {
    const { plan, words, lang } = this;
    const rng = this.rng.reseed(plan.options.seed, SALT.customerRow, i);
    const known = i < plan.count;
    const type = known ? plan.type[i] : rng.weighted([45, 48, 7]);
    const owner = known ? plan.owner[i] : rng.int(words.owners.length + 1) - 1;
    const region = known ? plan.region[i] : rng.weighted(words.regionWeights);
    const industry = known ? plan.industry[i] : rng.int(words.industries.length);
    const created = known ? plan.created[i] : plan.options.asOf - 10 - rng.int(60);

    const row: Cell[] = new Array(CUSTOMER_KEYS.length).fill(null);
    row[0] = plan.id(i);
    row[1] = customerName(i, type, lang);
    row[2] = rng.chance(0.04) ? null : words.types[type];
    row[3] = owner >= 0 ? words.owners[owner] : null;
    row[4] = this.phone(i, type, rng);
    row[5] = this.email(i, type, rng);
    row[6] = words.regions[region];
    row[7] =
      type === 2 ? words.governmentIndustry : industry >= 0 ? words.industries[industry] : null;
    row[8] = created;
    if (type === 1 && rng.chance(0.8)) {
      row[9] = epochDay(1958 + rng.int(46), 1 + rng.int(12), 1 + rng.int(28));
    }
    row[10] = known ? plan.creditRating(i) || null : null;
    const consent = rng.next();
    row[11] = consent < 0.6 ? words.yes : consent < 0.9 ? words.no : null;
    return row;
  }

  // Mobile numbers for people (and many firms), landlines for some firms and all public bodies,
  // written the ways people type them: 13812345678, 138 1234 5678, +86 138-1234-5678.
  private phone(i: number, type: number, rng: Random): string | null {
    if (rng.chance(0.05)) return null;
    const digits = phoneDigits(i);
    if (type === 2 || (type === 0 && rng.chance(0.35))) {
      const area = rng.pick(AREA_CODES);
      return `${area}-${digits}`;
    }
    const prefix = rng.pick(MOBILE_PREFIX);
    const style = rng.next();
    if (style < 0.7) return prefix + digits;
    if (style < 0.8) return `${prefix} ${digits.slice(0, 4)} ${digits.slice(4)}`;
    if (style < 0.9) return `+86 ${prefix}-${digits.slice(0, 4)}-${digits.slice(4)}`;
    return `+86${prefix}${digits}`;
  }

  private email(i: number, type: number, rng: Random): string | null {
    if (rng.chance(0.25)) return null;
    const handle = emailHandle(i);
    return type === 1
      ? `${handle}@${rng.pick(PERSONAL_MAIL)}`
      : `sales.${handle}@${rng.pick(COMPANY_MAIL)}`;
  }

  /** All customers' rows in order. */
  *all(): Generator<Cell[]> {
    for (let i = 0; i < this.plan.count; i++) yield this.row(i);
  }
}

/**
 * A phone number written another way with the same digits (how a duplicate typically hides):
 * 13812345678 → +86 138 1234 5678, and a landline 021-61234567 → (021) 6123 4567.
 *
 * @example restylePhone("13812345678") // "+86 138 1234 5678"
 */
export function restylePhone(phone: string): string {
  const digits = phone.replace(/\D+/g, "");
  const local = digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits;
  if (local.startsWith("0")) {
    const area = local.length === 12 ? local.slice(0, 4) : local.slice(0, 3);
    const rest = local.slice(area.length);
    return `(${area}) ${rest.slice(0, 4)} ${rest.slice(4)}`;
  }
  return `+86 ${local.slice(0, 3)} ${local.slice(3, 7)} ${local.slice(7)}`;
}
