/**
 * tester67 U316 (A3_messy_amounts.xlsx, a school's 收费 sheet with amounts retyped as a front desk
 * writes them): `退3648`, `4800（95折）` and `微信1200` were refused row by row ("无法识别为金额，此行
 * 未使用"), 11,420 of revenue gone. A refund word before the amount makes it negative (as `(120)`
 * is), a way of paying before it is the way, a note in brackets after it is a note.
 */
import fc from "fast-check";
import { AMOUNT_PAYMENT_METHOD_WORDS, AMOUNT_REFUND_WORDS } from "../../../src/engine/optionWords";
import { parseAmount } from "../../../src/engine/parse/number";

describe("money as a front desk writes it (tester67 U316)", () => {
  test.each([
    ["退3648", -3648],
    ["退款 200", -200],
    ["退款-200", -200],
    ["4800（95折）", 4800],
    ["4800 (含税)", 4800],
    ["1200（退）", -1200],
    ["1200（不退不换）", 1200],
    ["微信1200", 1200],
    ["微信：1,200元", 1200],
    ["支付宝退 300", -300],
    ["Cash 50", 50],
    ["Refund $20.50", -20.5],
    ["50 (tips incl.)", 50],
  ])("%p → %p", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  test.each([
    // The shop's own stored value is no money received: still refused (and named).
    "会员卡1200",
    "储值300",
    "大约1200",
    "退1次",
    "cashback 20",
    // A credit as an accountant writes it, and a currency in brackets: refused as before.
    "1200 (CR)",
    "1200 (USD)",
    "微信",
  ])("%p is still not an amount", (text) => {
    expect(parseAmount(text)).toBeNaN();
  });

  // reviewer69 H3: a note that voids, comps, cancels, leaves unpaid, pays from stored value,
  // refunds under way or names another figure received was dropped and the figure read (1200（作废）
  // → 1,200): refused and named as before, not silent wrong money.
  test.each([
    "1200（作废）",
    "1200(作废)",
    "1200（免单）",
    "1200（赠送，不收费）",
    "4800（实收4560）",
    "4800（95折后4560）",
    "1200（已退款）",
    "1200（退款中）",
    "1200（已退）",
    "1200（会员卡）",
    "1200（储值卡扣）",
    "1200（其中会员卡支付800）",
    "1200（取消）",
    "1200（未付）",
    "1200（待付）",
    "300（欠200）",
    "1200 (paid 1000)",
    "1200 (refund pending)",
    "1200 (void)",
    "50 (comp)",
    "50 (no charge)",
    "80 (cancelled)",
    "80 (unpaid)",
    "120 (gift card)",
    "120 (store credit)",
    // reviewer70 H1: a refund's state, or money not yet in (all read as the figure before).
    "1200（全额退款）",
    "1200（退款完成）",
    "4800（退货退款）",
    "600（部分退款）",
    "600（退一半）",
    "1200（退单）",
    "100 (refunded in full)",
    "100 (refund issued)",
    "100 (partially refunded)",
    "100（未到账）",
    "100（待收）",
    "50 (not paid)",
    "50 (waived)",
    "50 (on account)",
    "50 (no show)",
  ])("%p is refused: its note says the figure is not what was received", (text) => {
    expect(parseAmount(text)).toBeNaN();
  });

  // reviewer71 H3: f273f7df's bare 退 refused a retiree's or a veteran's price and a returns
  // policy (a 理疗 shop's run was refused: 80 of 120 rows), 到付 the buyer's shipping, no show a
  // no-show's fee. Each says money received: read as the figure again.
  test.each([
    ["88（退休优惠）", 88],
    ["88（退休会员价）", 88],
    ["1200（推荐人：退休张阿姨）", 1200],
    ["1200（退役军人优惠）", 1200],
    ["1200（不可退）", 1200],
    ["1200（可退）", 1200],
    ["1200（不可退款）", 1200],
    ["128（运费到付）", 128],
    ["128（邮费到付）", 128],
    ["50 (no-show fee)", 50],
    ["50 (no show charge)", 50],
  ])("%p → %p: its note says money received", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  // An amount as tills and people type it (grouped or not, a currency, two decimals).
  const written = fc
    .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.nat(3))
    .map(([whole, cents, shape]) => {
      const value = whole + cents / 100;
      const text =
        shape === 0
          ? value.toFixed(2)
          : shape === 1
            ? `${whole.toLocaleString("en-US")}.${String(cents).padStart(2, "0")}`
            : shape === 2
              ? `¥${value.toFixed(2)}`
              : `${value.toFixed(2)}元`;
      return { value, text };
    });
  const oneOf = (words: readonly string[]) => fc.constantFrom(...words);
  const gap = fc.constantFrom("", " ", "：", ":", "　");
  const note = fc.constantFrom("95折", "含税", "打八折", "老客户优惠", "incl. tip", "满减");

  test("a way of paying before it and a note after it leave the amount as it is", () => {
    fc.assert(
      fc.property(written, oneOf(AMOUNT_PAYMENT_METHOD_WORDS), gap, (a, way, g) => {
        expect(parseAmount(`${way}${g}${a.text}`)).toBeCloseTo(a.value, 6);
      }),
    );
    fc.assert(
      fc.property(written, note, fc.boolean(), (a, n, full) => {
        const text = full ? `${a.text}（${n}）` : `${a.text} (${n})`;
        expect(parseAmount(text)).toBeCloseTo(a.value, 6);
      }),
    );
  });

  test("a refund word makes it negative, with or without a way of paying and a note", () => {
    fc.assert(
      fc.property(
        written,
        oneOf(AMOUNT_REFUND_WORDS),
        fc.option(oneOf(AMOUNT_PAYMENT_METHOD_WORDS), { nil: undefined }),
        fc.option(note, { nil: undefined }),
        gap,
        fc.boolean(),
        (a, refund, way, n, g, minus) => {
          const body = `${minus ? "-" : ""}${a.text}${n ? `（${n}）` : ""}`;
          // Two English words apart (cash refund), as anyone writes them.
          const apart = way && /[a-z]$/i.test(way) && /^[a-z]/i.test(refund) ? " " : "";
          const text = way ? `${way}${apart}${refund}${g}${body}` : `${refund}${g}${body}`;
          expect(parseAmount(text)).toBeCloseTo(-a.value, 6);
        },
      ),
    );
  });

  test("without those words a cell reads as before", () => {
    fc.assert(
      fc.property(written, (a) => {
        expect(parseAmount(a.text)).toBeCloseTo(a.value, 6);
        expect(parseAmount(`(${a.text})`)).toBeCloseTo(-a.value, 6);
      }),
    );
  });
});
