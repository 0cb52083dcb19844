import fc from "fast-check";
import { optionCode, optionCodeOf } from "../../../src/engine/ingest/options";
import { ENUMS, type EnumField } from "../../../src/engine/schema";

describe("optionCode", () => {
  test("remembering texts seen changes no answer (property, asked again and again)", () => {
    const fields = Object.keys(ENUMS) as EnumField[];
    const words = fields.flatMap((f) => Object.values(ENUMS[f]).flat() as string[]);
    const text = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => ` ${w}（大客户）`),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.array(text, { maxLength: 30 }), (field, texts) => {
        for (const t of [...texts, ...texts])
          expect(optionCode(field, t)).toBe(optionCodeOf(field, t));
      }),
      { numRuns: 300 },
    );
    expect(optionCode("type", "企业")).toBe("enterprise");
    expect(optionCode("type", 5)).toBeNull();
  });
});

// tester54 T12: 方式 = 到店 (the customer came to the shop) was refused on 24 rows.
test.each([
  ["到店", "visit"],
  ["来访", "visit"],
  ["walk-in", "visit"],
  ["品鉴会", "visit"],
  // tester56 U34: a school's parents' meetings and trial lessons were refused.
  ["家长会", "visit"],
  ["试听", "visit"],
  ["企业微信", "online"],
  ["视频", "online"],
  ["钉钉", "online"],
  // tester61 U126: a front desk log's Type `Text` (an SMS) was "not a valid known option".
  ["Text", "online"],
  ["Text message", "online"],
  ["SMS", "online"],
  ["Message", "online"],
  ["WhatsApp", "online"],
  ["WeChat", "online"],
  ["短信", "online"],
  ["微信", "online"],
  ["微信消息", "online"],
  ["发信息", "online"],
  ["Voicemail", "phone"],
])("contact channel %p is %p", (value, code) => {
  expect(optionCodeOf("channel", value)).toBe(code);
});

// tester56 U35: a school's complaint causes were all 其他; reviewer56 L8: 发票问题 is no price.
test.each([
  ["老师更换", "service_process"],
  ["排课冲突", "service_process"],
  ["教学效果", "product_quality"],
  ["卫生安全", "product_quality"],
  ["发票问题", "service_process"],
  ["Invoice wrong", "service_process"],
  ["价格太高", "price"],
  // tester57 U53: a gym's 教练 / 预约 / 环境 / 退费 were all 其他.
  ["教练", "service_attitude"],
  ["教练不专业", "service_attitude"],
  ["预约", "service_process"],
  ["预约难", "service_process"],
  ["环境", "product_quality"],
  ["环境卫生", "product_quality"],
  ["退费", "price"],
  ["Coach", "service_attitude"],
  ["Booking", "service_process"],
  ["Equipment broken", "product_quality"],
  ["Refund", "price"],
])("complaint cause %p is %p", (value, code) => {
  expect(optionCodeOf("cause", value)).toBe(code);
});
