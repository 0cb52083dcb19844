/**
 * Recognition vocabulary: the words users write in the cells of option columns (customer type,
 * complaint cause…), flag columns (yes/no) and totals rows, in Chinese and English, with the code
 * each one stands for. This is data we read, not text we show (a cell saying "法人" or "b2b" is an
 * enterprise whatever the language of the run), so it stays here as lists; the names we show for
 * the codes are in the catalog (words/categories.ts). The words scan lets these lists mix the two
 * languages and checks that this file stays declarative. The columns are described in schema.ts,
 * their header words in headerWords.ts.
 */

/** Values of the enum fields: the stored code and the words users write for it. */
export const ENUMS = {
  type: {
    enterprise: [
      "企业",
      "公司",
      "企业客户",
      "法人",
      "enterprise",
      "company",
      "business",
      "b2b",
      "corporate",
    ],
    individual: [
      "个人",
      "个人客户",
      "自然人",
      "individual",
      "person",
      "consumer",
      "b2c",
      "personal",
    ],
    government: ["政府", "政府机构", "事业单位", "机关", "government", "public sector", "gov"],
  },
  cause: {
    // The goods themselves: damaged, broken, defective (tester53 N22: 破损 was 其他).
    product_quality: [
      "产品质量",
      "质量",
      "质量问题",
      "破损",
      "损坏",
      "货损",
      "残次",
      "次品",
      "瑕疵",
      // What the goods did to the customer (tester54 T7: a salon's 过敏反应 was 其他).
      "过敏",
      "过敏反应",
      "不良反应",
      "变质",
      "过期",
      // A wine importer's (tester55 U3): a corked bottle is the goods themselves.
      "酒塞污染",
      "木塞污染",
      "酒塞",
      "木塞",
      "product quality",
      "quality",
      "product",
      "damaged",
      "damage",
      "broken",
      "defect",
      "defective",
      "allergy",
      "allergic reaction",
      "expired",
      // A school's (tester56 U35): the teaching is what it sells; a safe, clean place is part of it.
      "教学效果",
      "教学质量",
      "学习效果",
      "课程质量",
      "卫生",
      "安全",
      "teaching quality",
      "hygiene",
      "safety",
      // A gym's (tester57 U53): the place and its equipment are what it sells, as a school's is.
      "环境",
      "场地",
      "设施",
      "器械",
      "设备",
      "environment",
      "facilities",
      "facility",
      "equipment",
    ],
    service_attitude: [
      "服务态度",
      "态度",
      "service attitude",
      "attitude",
      "staff attitude",
      // A gym's coach (tester57 U53): the staff member who serves her, as 服务态度 names.
      "教练",
      "私教",
      "coach",
      "trainer",
    ],
    // How an order is carried out: delivery and its delays are the process, not the goods.
    service_process: [
      "服务流程",
      "流程",
      "配送",
      "配送延误",
      "物流",
      "物流延误",
      "延误",
      "延迟",
      "发货",
      "发货延迟",
      "送货",
      "交货延迟",
      "漏发",
      "错发",
      // Wrong or damaged in the carrying, not in the making (tester54 T7).
      "发错货",
      "发错",
      "少发",
      "物流破损",
      "运输破损",
      "service process",
      "process",
      "delivery",
      "late delivery",
      "delivery delay",
      "shipping",
      "delay",
      "delayed",
      "wrong item",
      "damaged in transit",
      // Goods not as ordered: the wrong vintage, size or model delivered (tester55 U3: 年份不符).
      "年份不符",
      "货不对版",
      "规格不符",
      "与订单不符",
      "wrong vintage",
      "not as ordered",
      // How the service is run: who teaches and when (tester56 U35: 老师更换, 排课冲突 were 其他).
      "老师更换",
      "更换老师",
      "换老师",
      "师资变动",
      "排课",
      "调课",
      "课时安排",
      "teacher change",
      "scheduling",
      "schedule conflict",
      // A gym's bookings (tester57 U53): when the class is, as a school's 排课.
      "预约",
      "约课",
      "booking",
      "reservation",
      // An invoice wrong or late is billing, how the order is carried out, not its price
      // (tester55 U3: 发票问题 was 其他; reviewer56 L8: not 价格).
      "发票",
      "开票",
      "billing",
      "invoice",
      "invoicing",
    ],
    information: [
      "信息传递",
      "信息",
      "沟通",
      "information",
      "communication",
      "information transfer",
    ],
    // A refund is money, as a charge is (tester57 U53: a gym's 退费 was 其他); an invoice is not.
    price: ["价格", "收费", "退费", "退款", "price", "pricing", "refund"],
    other: ["其他", "其它", "other", "others"],
  },
  complexity: {
    general: ["一般", "普通", "简单", "general", "simple", "normal", "standard", "low"],
    complex: ["复杂", "重大", "complex", "major", "high", "serious"],
  },
  status: {
    open: ["未处理", "待处理", "处理中", "未解决", "open", "pending", "in progress", "new"],
    resolved: [
      "已解决",
      "已处理",
      "已关闭",
      "已结案",
      "完成",
      // Settled by paying or making good (tester62 U144: 已赔付 was "无法识别", the complaint open).
      "已赔付",
      "已赔偿",
      "已补偿",
      "已退款",
      "已补发",
      "resolved",
      "closed",
      "done",
      "solved",
      "refunded",
      "compensated",
    ],
  },
  channel: {
    phone: ["电话", "电话回访", "phone", "call", "telephone", "voicemail"],
    email: ["邮件", "邮箱", "电子邮件", "e-mail", "email", "mail"],
    // 到店 / 来访: the customer came in, met in person as on a visit (tester54 T12: 24 rows refused).
    visit: [
      "拜访",
      "上门",
      "面谈",
      "走访",
      "面访",
      "到店",
      "来访",
      "来店",
      "见面",
      // An event the customer came to (tester55 U16: 品鉴会 ×21 refused): met in person.
      "品鉴会",
      // A school's (tester56 U34): a parents' meeting, a trial lesson, an open day.
      "家长会",
      "试听",
      "开放日",
      "展会",
      "会议",
      "visit",
      "meeting",
      "in person",
      "face to face",
      "walk-in",
      "store visit",
      "event",
      "trade show",
      "parent meeting",
      "trial class",
      "open day",
    ],
    online: [
      "在线",
      "微信",
      "企业微信",
      "钉钉",
      "QQ",
      "视频",
      "短信",
      "网络",
      "线上",
      // A written message (tester61 U126: a front desk log's Type `Text` was refused as no option).
      "信息",
      "消息",
      "发信息",
      "私信",
      "online",
      "chat",
      "wechat",
      "sms",
      "im",
      "video call",
      "text",
      "text message",
      "texted",
      "message",
      "messaging",
      "imessage",
      "whatsapp",
      "messenger",
      "dm",
    ],
  },
} as const;

export type EnumField = keyof typeof ENUMS;
export type CustomerType = keyof typeof ENUMS.type;
export type ComplaintCause = keyof typeof ENUMS.cause;
export type ComplaintComplexity = keyof typeof ENUMS.complexity;
export type ComplaintStatus = keyof typeof ENUMS.status;
export type ContactChannel = keyof typeof ENUMS.channel;

/**
 * Words in a customer's name that make it an organisation's, for a customer of no type
 * (followUp/visits.ts: its key-account contact may be a visit): Chinese inside the name
 * (西安联康贸易有限公司, 宁波市南山区生态环境局, 张记便利店), English as whole words (Hangzhou Sungate Trading Co.,
 * Ltd.; Acme Inc). A person's name (魏涛芳, Ryan B. Han) has none.
 */
export const ORGANISATION_NAME_WORDS = {
  inside: [
    "公司",
    "有限",
    "集团",
    "工厂",
    "厂",
    "商行",
    // A wholesaler's or distributor's customers: the shops, restaurants, hotels, pharmacies,
    // clinics and kindergartens it supplies (reviewer61 R6: 张记便利店, 好又多超市, 川味饭店, 金沙酒店,
    // 百姓大药房 got calls, not visits). 店 covers 便利店, 饭店, 酒店, 书店, 药店, 商店, 门店.
    "店",
    "超市",
    "餐厅",
    "药房",
    "诊所",
    "幼儿园",
    "门市",
    "经营部",
    "合作社",
    "事务所",
    "研究所",
    "研究院",
    "政府",
    "局",
    "委员会",
    "协会",
    "学校",
    "大学",
    "医院",
  ],
  whole: [
    "inc",
    "llc",
    "ltd",
    "co",
    "corp",
    "corporation",
    "company",
    "gmbh",
    "plc",
    "group",
    "bureau",
    "agency",
    "department",
    "university",
    "school",
    "hospital",
  ],
} as const;

/** Words read as yes / no in a flag column. */
export const FLAG_WORDS = {
  yes: [
    "是",
    "同意",
    "已同意",
    "y",
    "yes",
    "true",
    "1",
    "√",
    "✓",
    "ok",
    "agree",
    "opt in",
    "opted in",
    // Square's Email Subscription Status.
    "subscribed",
  ],
  no: [
    "否",
    "不同意",
    "拒绝",
    "n",
    "no",
    "false",
    "0",
    "×",
    "✗",
    "x",
    "opt out",
    "opted out",
    "unsubscribed",
  ],
  /** Read as a blank (no answer recorded): Square's "Unknown" opt-in. */
  unknown: ["unknown", "未知"],
} as const;

/**
 * The 5-point satisfaction scale written out, as survey tools export it (问卷星's default: 非常满意 …
 * 非常不满意; tester53 N26): each answer's score, 5 the best. Read in 1–5 score columns only.
 */
export const SCALE5_WORDS = {
  5: ["非常满意", "很满意", "十分满意", "极其满意", "very satisfied", "extremely satisfied"],
  4: ["满意", "比较满意", "较满意", "satisfied", "somewhat satisfied", "mostly satisfied"],
  3: ["一般", "中立", "还行", "普通", "neutral", "neither satisfied nor dissatisfied", "average"],
  2: [
    "不满意",
    "不太满意",
    "比较不满意",
    "较不满意",
    "dissatisfied",
    "unsatisfied",
    "somewhat dissatisfied",
  ],
  1: [
    "非常不满意",
    "很不满意",
    "极不满意",
    "十分不满意",
    "very dissatisfied",
    "extremely dissatisfied",
  ],
} as const;

/**
 * Footer labels that mark a totals row (合计 / 总计 / 汇总 / Total), never a customer: alone, or
 * with a period or a short label before or after (`1月小计`, `本月合计`, `Subtotal September`,
 * `Total for Q1`, `汇总` of an Excel table's total row).
 */
export const TOTALS_WORDS = [
  "合计",
  "总计",
  "小计",
  "共计",
  "汇总",
  "total",
  "totals",
  "grand total",
  "subtotal",
  "sub total",
  "sum",
] as const;

/**
 * What a column of a handful of repeated short names on a customer list with no owner column is
 * not (likelyOwner.ts; tester60 U99): headers of the customers' own kinds (会员等级 金卡 / 钻石卡,
 * 区域 华东, 状态 正常), and the last characters of values that name a kind, not a person (金卡, 一级,
 * 华东区, 旗舰店, 新客户).
 */
export const NOT_OWNER_HEADER_WORDS = [
  "等级",
  "级别",
  "类型",
  "类别",
  "区域",
  "地区",
  "片区",
  "城市",
  "省",
  "渠道",
  "来源",
  "状态",
  "卡",
  "标签",
  "性别",
  "分组",
  "门店",
  "店铺",
  "行业",
  "项目",
  "产品",
  "职业",
  "星座",
  // A referrer is a person but not the owner (reviewer60 R16: calls would go to referrers).
  "介绍",
  "推荐",
  "referr",
  "level",
  "type",
  "region",
  "city",
  "state",
  "channel",
  "source",
  "status",
  "tag",
  "gender",
  "segment",
  "store",
  "industry",
  "tier",
  "group",
  "country",
] as const;
/**
 * Words of a person's role in a header (美容师, 店员, 顾问, Stylist, Rep): a likely owner column
 * (ingest/likelyOwner.ts) must name one, so 民族 (汉族、回族), 爱好 (读书、游泳), Plan (Basic,
 * Premium) and 介绍人 (a referrer: NOT_OWNER_HEADER_WORDS) are not said to be the owner
 * (reviewer60 R16). Case ignored, found inside the header.
 */
export const OWNER_ROLE_HEADER_WORDS = [
  "师",
  "员",
  "顾问",
  "经理",
  "负责",
  "跟进",
  "归属",
  "客服",
  "专属",
  "销售",
  "业务",
  "对接",
  "管家",
  "教练",
  "导购",
  "助理",
  "店长",
  "主管",
  "rep",
  "manager",
  "agent",
  "staff",
  "advisor",
  "adviser",
  "consultant",
  "owner",
  "stylist",
  "therapist",
  "trainer",
  "coach",
  "assistant",
  "associate",
  "specialist",
  "sales",
  "handler",
  "assigned",
] as const;
export const NOT_OWNER_VALUE_ENDINGS = [
  ..."卡级区省市县店类型期部组款套餐次元月年天周客户性",
] as const;

/**
 * A footnote under a list, in its ID cell alone, never a customer (tester60 U98: a salon's
 * `共16位会员（钻石卡2，金卡5）` read as a 17th member): a count (a count word, a number, a unit:
 * `共16位`, `Total: 16 customers`; or the number first, `16位会员`, `16 members, 12 active`, an
 * English unit then ending the cell or followed by punctuation: tester61 U120) or a note's label
 * and a colon (`备注：`, `制表：林姐`, `Note:`).
 */
export const FOOTNOTE_COUNT_WORDS = ["共", "总共", "一共", "total", "in total"] as const;
export const FOOTNOTE_COUNT_UNITS = [
  "位",
  "人",
  "个",
  "名",
  "户",
  "家",
  "customers",
  "customer",
  "members",
  "member",
  "clients",
  "client",
  "patients",
  "patient",
  "students",
  "student",
] as const;
/**
 * Words between a count and its unit when the count opens the footnote with no count word (tester61
 * U120: a yoga studio's `16 members, 12 active`, `12 active members`).
 */
export const FOOTNOTE_COUNT_QUALIFIERS = ["active", "total", "current", "registered"] as const;
export const FOOTNOTE_NOTE_WORDS = [
  "备注",
  "制表",
  "制表人",
  "填表人",
  "说明",
  "注",
  "注意",
  "note",
  "notes",
  "remark",
  "remarks",
  "prepared by",
] as const;

/**
 * The words a totals label names its period or scope with, beside digits (`2025年1月小计`,
 * `Subtotal January`, `Q1 total`): month names, period units, and the joining words of English.
 */
export const TOTALS_PERIOD_WORDS = [
  "年",
  "月",
  "日",
  "季",
  "度",
  "周",
  "旬",
  "号",
  "期",
  "第",
  "上",
  "下",
  "半",
  "全",
  "本",
  "当",
  "今",
  "去",
  "一",
  "二",
  "三",
  "四",
  "五",
  "六",
  "七",
  "八",
  "九",
  "十",
  "〇",
  "零",
  "每",
  "各",
  "共",
  "总",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "month",
  "monthly",
  "year",
  "yearly",
  "quarter",
  "quarterly",
  "week",
  "weekly",
  "day",
  "daily",
  "fy",
  "ytd",
  "mtd",
  "q",
  "h",
  "for",
  "of",
  "in",
  "the",
  "and",
  "all",
  "page",
] as const;

/**
 * Refund words an item's name ends with when the row refunds it (正畸退费, 会员卡退款, Invisalign
 * refund: ingest/itemRefunds.ts; tester58 U61). Case ignored; an English one as a word.
 */
export const ITEM_REFUND_WORDS = [
  "退费",
  "退款",
  "退货",
  "退卡",
  "退课",
  "退学费",
  "refund",
  "refunded",
] as const;

/**
 * Words before an item's refund word that deny it or make it a policy sold with the item (不退款,
 * 免费退货, 7天无理由退货, non-refund, no refund).
 */
export const ITEM_REFUND_NEGATIONS = [
  "不",
  "免",
  "免费",
  "无理由",
  "无",
  "非",
  "未",
  "可",
  "拒",
  "没",
  "no",
  "non",
  "not",
  "without",
] as const;

/**
 * Parts of a transactions header whose values name the item bought (治疗项目, 收费项目, 商品名称,
 * 课程, Service): watched for a refund written in the item's name (ingest/itemRefunds.ts). Case
 * ignored, found anywhere in the header.
 */
export const ITEM_HEADER_PARTS = [
  "项目",
  "收费项",
  "产品",
  "商品",
  "品名",
  "货品",
  "服务",
  "课程",
  "疗程",
  "套餐",
  "item",
  "product",
  "service",
  "treatment",
] as const;

/**
 * A row type saying a member's card (stored value, a 次卡) was used for the visit (划卡 on a salon's
 * 消费记录): a purchase paid from stored value (storedValue.ts), whatever the payment column says,
 * and a visit at 0 when no amount was written (tester60 U94: 61 划卡 rows with a blank 实收金额
 * refused). Matched as ROW_KIND_WORDS are (whole, case ignored).
 */
export const CARD_USE_WORDS = [
  "划卡",
  "耗卡",
  "扣卡",
  "消卡",
  "划次",
  "扣次",
  "card use",
  "redemption",
] as const;

/**
 * Words of an item bought that say a card or pack of visits paid ahead (面部护理10次卡, 课时包,
 * Yoga class pack, Punch card): the buyer's later visits at ¥0 are its uses, purchases of her own
 * rhythm (storedValue.ts packageUses; fix61l). Found anywhere in the item's name, case ignored, an
 * English word as a whole word. Not 套餐 or 疗程 alone: 美团洁牙套餐 is one visit's deal, and a
 * clinic's 疗程 paid once then 复查 at ¥0 is the finished course itself (judge60).
 */
export const PACKAGE_ITEM_WORDS = [
  "次卡",
  "疗程卡",
  "护理卡",
  "套卡",
  "课时包",
  "课包",
  "月卡",
  "季卡",
  "年卡",
  "储值卡",
  "会员卡",
  "pack",
  "punch card",
  "class card",
] as const;

/**
 * What a count of visits in an item's name counts (肩颈理疗（10次）, 钢琴课 48课时, 10 sessions,
 * 10-class): a pack of them paid ahead, as PACKAGE_ITEM_WORDS (storedValue.ts saysPackageItem: two
 * or more, not an ordinal 第2次). Chinese right after the number; English after a space or `-`.
 */
export const PACKAGE_ITEM_UNITS = {
  zh: ["次", "节", "课时", "堂"],
  en: ["session", "sessions", "class", "classes", "visit", "visits", "lesson", "lessons"],
} as const;

/**
 * A row type saying the unused balance of a card was refunded (退卡): a return of stored value,
 * not of a purchase. Read at 0 for a member whose top-ups are read at 0 (storedValue.ts; tester60
 * U94: 赵敏's 退卡 −2,200 made her spend −2,200 with her top-up left out).
 */
export const CARD_REFUND_WORDS = ["退卡", "退储值", "退余额"] as const;

/**
 * Words a transactions column (类型, 单据类型, Financial Status, Stage…) writes on rows that are not
 * sales: a return or refund, or a voided / cancelled / lost order. The tool tells returns by the
 * amount's sign, so such a row with a positive amount is counted as a purchase (ingest/notSaleRows.ts
 * says so; tester54 T1). Matched whole, case and `_` / `-` ignored.
 */
export const NOT_A_SALE_WORDS = {
  returned: [
    "退货",
    "销售退货",
    "退货单",
    // 管家婆 / 用友 T+'s return document (tester56 U27), a school's refund of fees (U24).
    "销售退货单",
    "退费",
    "退学费",
    "退课",
    // A gym's or studio's card refunded (tester57 U40: 退卡 1,900 counted as a sale).
    ...CARD_REFUND_WORDS,
    "退会",
    "退货退款",
    "退回",
    "退款",
    "已退款",
    "退款成功",
    "红冲",
    "红字",
    "冲红",
    "return",
    "returned",
    "refund",
    "refunded",
    "sales return",
    "credit note",
    "credit memo",
  ],
  voided: [
    "作废",
    "已作废",
    "取消",
    "已取消",
    "撤销",
    "交易关闭",
    // 聚水潭 / 旺店通 ERP: an order merged into another, or split into others, whose lines the new
    // orders repeat: the original is no purchase (tester59 U82: counted twice, +8.7 %).
    "被合并",
    "被拆分",
    "void",
    "voided",
    "cancelled",
    "canceled",
    "closed lost",
  ],
} as const;

/**
 * A transactions row's status saying the charge failed (Stripe's Payments `Failed` with a Decline
 * Reason, WooCommerce's `failed`, 扣款失败): no sale (ROW_KIND_WORDS voided holds each), and when
 * no paid purchase of the customer follows it, a card to update (ingest/paymentFailed.ts: the churn
 * reason payment_failed and the call's purpose; tester61 U134: Chloe's three `Failed` charges on
 * an expired card, no past_due status, read "signs of leaving"). Matched as the whole cell, as
 * ROW_KIND_WORDS are.
 */
export const FAILED_CHARGE_WORDS = [
  "failed",
  "declined",
  "payment failed",
  "charge failed",
  "扣款失败",
  "支付失败",
  "付款失败",
] as const;

/**
 * What a transactions row is, by the words its row-kind column (类型, 订单状态, Financial Status,
 * Stage: headerWords.ts `rowKind`) writes, for ingest/rowKinds.ts. Matched whole, case and `_` /
 * `-` ignored, as NOT_A_SALE_WORDS (whose lists are the returned and voided kinds here):
 * - sale: a purchase, kept as written;
 * - returned: a return or refund, counted negative whatever the sign written (in an order-status
 *   column, 订单状态 / Financial Status, the order itself was refunded: not used, ingest/rowKinds.ts);
 * - voided: a cancelled, voided or closed order, a lost deal or one still open (Salesforce's
 *   stages before Closed Won, an unpaid order): no purchase, not used;
 * - gift: goods given, not bought (赠品, 样品): no purchase either, not used (DOMAIN.md Inputs: a
 *   transactions row is "an order line or order", recency the days "since last purchase"; a ¥0
 *   gift counted as a purchase day moved a customer's segment when it left the window, tester54
 *   T17).
 * - draft: a document not approved yet (金蝶 K3 单据状态 创建 / 暂存 / 审核中): no sale until it
 *   is, not used (tester57 U50: 5 % of a supplier's rows, +4.8 % revenue);
 * - fee: a fee for a service to a card or account (a gym's 停卡手续费 / 转卡手续费): no purchase of
 *   what the customer comes for, not used (tester57 U44: a freeze fee paid after the agreed
 *   hold was read as the member buying again, and ended the hold).
 * Values in none of the lists are kept as today (a sale) and named with their count.
 */
export const ROW_KIND_WORDS = {
  sale: [
    "销售",
    "销售单",
    "销售出库",
    // 金蝶 K/3's 单据类型 of a sale (reviewer58 M1: said "not recognised" beside its 单据状态).
    "标准销售出库单",
    // 金蝶 K/3 / 用友 U8 业务类型 of a sale (reviewer55 R6: 普通销售 on 1,433 of 1,500 rows said unknown).
    "普通销售",
    "普通销售出库",
    "直运销售",
    "分期收款销售",
    "委托代销",
    "现销",
    "赊销出库",
    "出库",
    "出货",
    "发货",
    "正常",
    "订货",
    "购买",
    "成交",
    "已成交",
    "完成",
    "已完成",
    "交易成功",
    "交易完成",
    "已付款",
    // A 付款状态 column's commonest value (tester69 U522: 4,285 rows of 已付 said unknown).
    "已付",
    "已付清",
    "已支付",
    "已收款",
    // A ledger's collection status (收款状态): a sale delivered on credit is a sale, paid or not yet
    // (tester55 U22: 已收 / 未收 on 1,631 rows warned as unknown kinds every run).
    "已收",
    "未收",
    "未收款",
    "部分收款",
    "已结清",
    "挂账",
    "赊销",
    "月结",
    "买家已付款",
    // A till's 类别 of a purchase, paid or from the member's balance (储值消费: storedValue.ts reads
    // it as paid from stored value; tester59 U83: 类别 充值 / 储值消费 was unread, both counted).
    "消费",
    "储值消费",
    "储值卡消费",
    "会员卡消费",
    "余额消费",
    // A use of a member's card (划卡; tester60 U108: said unknown on every salon run). Paid from
    // stored value (storedValue.ts CARD_USE_WORDS), its amount what the visit used of the balance.
    ...CARD_USE_WORDS,
    // 抖店 / 拼多多: paid, waiting to be shipped or received (tester56 U29: 待发货 said unknown).
    "待发货",
    "待收货",
    "卖家已发货",
    "已发货",
    "已签收",
    // Taobao's order statuses of an order that stands (paid, shipped, received).
    "等待卖家发货",
    "买家已付款，等待卖家发货",
    "卖家已发货，等待买家确认",
    "等待买家确认收货",
    // A training school's 缴费 types (tester56 U24: 新报 / 续费 / 补差价 … unknown, the column unread).
    "新报",
    "新报名",
    "报名",
    "续费",
    "续报",
    "续课",
    "补差价",
    "补缴",
    "定金",
    "订金",
    "尾款",
    "体验课",
    "试听课",
    // A tutoring school's 缴费类型 (tester61 U128: 新签 / 学期费 / 教材费 warned as unknown every run).
    "新签",
    "新签约",
    "学费",
    "学期费",
    "课时费",
    "报名费",
    "教材费",
    "资料费",
    // A gym's or studio's till (tester57 U40: 项目 新办 / 续卡 / 零售 / 美团体验课).
    "新办",
    "新办卡",
    "次卡",
    "月卡",
    "季卡",
    "年卡",
    "办卡",
    "开卡",
    "续卡",
    "升级",
    "升级补差",
    "私教",
    "私教课",
    "零售",
    "美团体验课",
    "团购",
    // 管家婆 / 用友 T+ document names of a sale (tester56 U27).
    "销售出库单",
    "销货单",
    "零售单",
    "sale",
    "sales",
    "sold",
    "order",
    "invoice",
    // QuickBooks' sale paid on the spot (tester62 U149: said a row type not known).
    "sales receipt",
    "paid",
    // Stripe's status of a charge that went through (newuser62 M6: "Succeeded" on 58 rows said unknown).
    "succeeded",
    "complete",
    "completed",
    "closed won",
    // HubSpot's deal stages as exported: internal ids, lower case, no spaces (tester55 U2).
    "closedwon",
    "won",
    "authorized",
    "partially paid",
    // Shopify's Financial Status of an order refunded in part: it stands, its Refunded Amount taken
    // off (ingest/refundAmounts.ts); said unknown before (fix60c Shopify repro).
    "partially refunded",
    // 金蝶 K3 / 用友 单据状态 of an approved document (tester57 U50).
    "已审核",
    "审核",
    "已审批",
    "审核通过",
    "approved",
    // WooCommerce's Order Status of a paid order being fulfilled (tester58 U68).
    "processing",
  ],
  returned: NOT_A_SALE_WORDS.returned,
  voided: [
    ...NOT_A_SALE_WORDS.voided,
    "已关闭",
    "关闭",
    "未成交",
    // A sales order not delivered yet: no sale until its 出库 (管家婆 / 用友 T+; tester56 U27).
    "销售订单",
    "丢单",
    "输单",
    "待付款",
    "未付款",
    "等待买家付款",
    "报价",
    "意向",
    "lost",
    "pending",
    "unpaid",
    "open",
    "expired",
    "prospecting",
    "qualification",
    "needs analysis",
    "value proposition",
    "id. decision makers",
    "perception analysis",
    "proposal",
    "proposal/price quote",
    "negotiation",
    "negotiation/review",
    "closedlost",
    "appointmentscheduled",
    "qualifiedtobuy",
    "presentationscheduled",
    "decisionmakerboughtin",
    "contractsent",
    // Pipedrive's Deal - Status of a deal taken off the pipeline (tester56 U25).
    "deleted",
    // WooCommerce's Order Status of an order not paid (tester58 U68: 357 of 4,493 lines counted),
    // a charge that failed (Stripe's Payments Status, a 扣款 ledger's 状态): no sale either, and its
    // customer's payment to fix (tester61 U134).
    ...FAILED_CHARGE_WORDS,
    "pending payment",
    "on hold",
  ],
  gift: [
    "赠品",
    "赠送",
    "赠货",
    "赠课",
    "赠送课时",
    "样品",
    "试用装",
    "免费",
    "gift",
    "free",
    "sample",
    "giveaway",
    "complimentary",
  ],
  draft: [
    "创建",
    "暂存",
    "审核中",
    "未审核",
    "待审核",
    "重新审核",
    "草稿",
    "draft",
    "pending approval",
    // WooCommerce's order left in the block checkout (tester58 U68).
    "checkout draft",
  ],
  // An invoice the seller gave up collecting (Stripe's uncollectible, a ledger's 坏账 written off):
  // nothing was paid, no purchase, not used (tester60 U96: counted, a non-paying account read as
  // a recent buyer at low risk).
  uncollectible: [
    "uncollectible",
    "written off",
    "write off",
    "writeoff",
    "bad debt",
    "坏账",
    "呆账",
    "坏账核销",
    "已核销坏账",
  ],
  // A top-up of stored value (充值): no purchase when the purchases paid from it are on the sheet
  // too (ingest/storedValue.ts; tester57 U41: both counted, +9,280).
  topUp: ["充值", "会员充值", "储值", "储值充值", "预存", "预存款", "top up", "topup", "recharge"],
  fee: [
    "手续费",
    "停卡手续费",
    "转卡手续费",
    "补卡手续费",
    "补卡费",
    "换卡费",
    "工本费",
    "card fee",
    "transfer fee",
    "freeze fee",
  ],
  // A payment received of a sale the sheet lists too (QuickBooks' Payment / Receive Payment /
  // Deposit beside its Invoice, a 用友 / 金蝶 收款单 beside its 销售出库单): the same money again, no
  // purchase, left out; on a sheet of payments alone (收款记录, no sale row) each is the purchase
  // (ingest/sheet.ts commit; tester62 U149: counted, revenue 5,100 for 2,600, the rhythm halved).
  payment: [
    "payment",
    "receive payment",
    "received payment",
    "payment received",
    "customer payment",
    "deposit",
    "bank deposit",
    "收款",
    "收款单",
    "销售收款",
    "回款",
    "回款单",
    "销售回款",
  ],
} as const;

export type RowKind = keyof typeof ROW_KIND_WORDS;

/**
 * A top-up written as a phrase, not one of ROW_KIND_WORDS.topUp's whole cells (tester63 U162: a
 * clinic's 项目 会员卡充值 / 储值卡充值 / 充值5000送500 were purchases, and so were the card uses they
 * paid for: 7,700 for 2,700): the shop's own card or account (`what`, optional, at the start), a
 * top-up word (`verb`), then an amount and a bonus on it (`bonus`: 送 500) at most
 * (ingest/rowKinds.ts topUpPhrase). Nothing else: 话费充值, 加油卡充值, 公交卡充值 (credit on someone
 * else's account, sold by a 便利店) and 充值卡 (a card sold) stay sales.
 */
export const TOP_UP_PHRASE = {
  what: [
    "会员卡",
    "会员",
    "储值卡",
    "储值",
    "vip卡",
    "vip",
    "卡",
    "卡内",
    "余额",
    "账户",
    "帐户",
    "钱包",
    "member card",
    "membership",
    "member",
    "card",
    "account",
    "balance",
    "wallet",
    "stored value",
    "gift card",
    "store credit",
  ],
  // 充 alone too, as in 充5000送500.
  verb: ["充值", "储值", "预存款", "预存", "充卡", "充", "top up", "topup", "recharge", "reload"],
  // Verbs a phone shop or a 便利店 also writes for the credit it sells (充100, 充值50元, Recharge
  // $20): with one of them a top-up names what (会员卡充值) or a bonus (充5000送500) (reviewer63 R8).
  creditVerb: ["充值", "充", "top up", "topup", "recharge", "reload"],
  bonus: ["送", "赠送", "赠", "返", "bonus", "get"],
  // After an amount: 充值5000元.
  unit: ["元", "块", "rmb", "yuan"],
} as const;

/**
 * Of INVOICE_AWAITING_PAYMENT_WORDS, those saying the invoice is past its due date: the customer
 * owes money, said as such (ingest/paymentFailed.ts; tester62 U148: Golden Gate's Overdue invoices
 * read Loyal, a routine call, nothing said of the $3,600). An invoice awaiting payment past the
 * sheet's due date is owed too (headerWords.ts INVOICE_DUE_DATE_HEADERS).
 */
export const INVOICE_OVERDUE_WORDS = ["overdue", "past_due", "逾期", "已逾期", "逾期未付"] as const;

/**
 * A refund of a stored-value balance written as a phrase (退卡退余额, 余额退还, 储值退款, Balance
 * refund, Refund of credit): the top-up's reversal, read at 0 like the top-up where the top-ups are
 * (tester64 U183: a car wash's 退卡退余额 −500 took 500 off 何雪's spend, 165 for 665, though her
 * top-ups counted 0). CARD_REFUND_WORDS are the whole cells of it; these make the phrases
 * (rowKinds.ts balanceRefundPhrase): the card given back (`card`, optional, first), then a refund
 * verb and what is refunded (`verb` `what`: 退余额, Refund of credit) or the other way round (`what`
 * `verb`: 余额退还, Balance refund), then an amount at most. `what` is a balance held, never a card
 * or membership sold (会员卡退款, 年卡退费 are returns of a sale, taken off the spend).
 */
export const BALANCE_REFUND_PHRASE = {
  card: ["退卡", "销卡", "注销卡", "card closed", "card cancelled", "card canceled"],
  verb: ["退还", "退回", "退款", "退", "refund of", "refund", "refunded", "returned"],
  what: [
    "卡内余额",
    "卡余额",
    "储值卡余额",
    "会员卡余额",
    "储值余额",
    "剩余储值",
    "储值卡",
    "储值",
    "余额",
    "预存款",
    "balance",
    "card balance",
    "account balance",
    "remaining balance",
    "unused balance",
    "prepaid balance",
    "stored value",
    "store credit",
    "credit",
  ],
  /**
   * A phrase starting so, with no card given back, says the money went back onto the balance: a
   * sale paid from the card returned onto it (退回储值卡, 退回余额; Store credit refund, a refund
   * issued as store credit), which lowers the spend (reviewer64 H3: C01 500 → 800). Read so where
   * the row's payment cell is blank or missing; a payment cell decides otherwise (StoredValue).
   */
  onto: ["退回", "store credit"],
} as const;

/**
 * What an invoice's status writes while it is billed and awaiting payment (Stripe's open, QuickBooks'
 * Overdue, 未付款): on a sheet of invoices (an invoice number or a due-date column:
 * ingest/rowKinds.ts invoiceSheet) the order was delivered and billed, a purchase on its day, its
 * amount what the amount column says (an Amount Paid of 0 until paid). Elsewhere open / unpaid /
 * 未付款 stay ROW_KIND_WORDS' voided (a cart not paid, a deal still open; 淘宝 等待买家付款 is no
 * invoice word). tester60 U97: net-30 invoices open on the day of the export made steady monthly
 * accounts high-risk win-backs. Matched as ROW_KIND_WORDS.
 */
export const INVOICE_AWAITING_PAYMENT_WORDS = [
  "open",
  "unpaid",
  "未付款",
  "待付款",
  "待收款",
  ...INVOICE_OVERDUE_WORDS,
] as const;

/**
 * What an order's payment status writes while the order awaits payment (Shopify's pending: net
 * terms, a manual payment, an invoice; open, unpaid, 待付款): with its fulfillment status saying it
 * was delivered (FULFILLED_WORDS, headerWords.ts FULFILLMENT_STATUS_HEADERS) the order is a
 * purchase owed, read as an invoice billed (row kind billed, its money owed: paymentFailed.ts).
 * Without a delivery these stay ROW_KIND_WORDS' voided (an unpaid cart, an open deal). tester69
 * U521: St. Mary's Hospital's latest order, pending on Net 30, was dropped and it turned Medium.
 * Matched as ROW_KIND_WORDS.
 */
export const ORDER_AWAITING_PAYMENT_WORDS = [...INVOICE_AWAITING_PAYMENT_WORDS, "pending"] as const;

/**
 * What an order's fulfillment status writes once the goods went out (Shopify's fulfilled, partial;
 * 已发货, 已签收): an order awaiting payment so is a purchase owed (ORDER_AWAITING_PAYMENT_WORDS).
 * Matched as ROW_KIND_WORDS (lower case, `_` / `-` as a space).
 */
export const FULFILLED_WORDS = [
  "fulfilled",
  "partial",
  "partially fulfilled",
  "shipped",
  "delivered",
  "已发货",
  "部分发货",
  "已签收",
  "已收货",
  "已送达",
] as const;

/**
 * What an order's fulfillment status writes while the goods have not gone out (Shopify's
 * unfulfilled; 未发货, 待发货): an order awaiting payment so is an order placed, not voided, read at
 * 0 until paid or delivered (ingest/rowKinds.ts placedAwaitingPayment; newuser70 N2). Matched as
 * FULFILLED_WORDS.
 */
export const UNFULFILLED_WORDS = ["unfulfilled", "not fulfilled", "未发货", "待发货"] as const;

/**
 * What a payment column (支付方式, Payment Method) writes of a purchase paid from the shop's stored
 * value topped up earlier (储值卡, 会员卡余额): the top-up then is no purchase (ingest/storedValue.ts;
 * tester57 U41). Found anywhere in the cell, case ignored; an English one as whole words. Bare 余额
 * and balance are not here (reviewer58 L2: 余额宝, 支付宝余额, Balance payment read as stored value,
 * and every top-up on the sheet at 0): 余额 only as the whole cell (STORED_VALUE_PAYMENT_ALONE).
 */
export const STORED_VALUE_PAYMENT_WORDS = [
  "储值",
  "会员卡",
  "卡内余额",
  "卡余额",
  "会员余额",
  "stored value",
  "store credit",
  "card balance",
  "account balance",
  "member balance",
] as const;

/** A payment cell that is the shop's balance when it is all the cell says (余额, 余额支付). */
export const STORED_VALUE_PAYMENT_ALONE = [
  "余额",
  "余额支付",
  "余额抵扣",
  "用余额",
  "余额消费",
] as const;

/**
 * Balances that are not the shop's, taken out of a payment cell before STORED_VALUE_PAYMENT_WORDS
 * are looked for: an outside wallet (余额宝, 支付宝余额, 微信零钱) or a deposit's remainder paid
 * (Balance payment, 尾款).
 */
export const OUTSIDE_BALANCE_WORDS = [
  "余额宝",
  "支付宝余额",
  "支付宝账户余额",
  "微信余额",
  "微信零钱",
  "零钱",
  "paypal balance",
  "balance payment",
  "balance due",
] as const;

/**
 * The currency words a currency column (币种, Amount Currency: headerWords.ts `currency`) writes,
 * by the symbol the report shows (parse/currencySymbol.ts CURRENCY_SYMBOLS). Matched whole, case
 * ignored.
 */
export const CURRENCY_CODE_WORDS = {
  "\u00A5": ["CNY", "RMB", "人民币", "元", "¥", "￥", "人民币元"],
  $: ["USD", "US$", "$", "美元", "美金"],
  "€": ["EUR", "€", "欧元"],
  "£": ["GBP", "£", "英镑"],
  HK$: ["HKD", "HK$", "港币", "港元"],
} as const;

/**
 * What a contact's outcome column (结果, Call Outcome) or, without one, the first words of its note
 * (内容) write when the call did not reach the customer: an attempt, not a contact (tester55 U8: a
 * call recorded as 未接通 lowered the churn probability 87 % → 73 %); and, anywhere in it, what a
 * status typed on the schedule writes of a call that reached nobody (已联系不上, called - no
 * answer: followUp/doneStatus.ts). The one list of both (reviewer56 L6). Case ignored; an English
 * word must stand as a word; a reached word after it wins (REACHED_WORDS; ingest/contactOutcome.ts).
 */
export const NOT_REACHED_WORDS = [
  "未接通",
  "未接听",
  "未接",
  "没接通",
  "没接听",
  "没接",
  "不接电话",
  "无人接听",
  "无人接",
  "没人接",
  "无法接通",
  "打不通",
  "联系不上",
  "不上",
  "未联系上",
  "没联系上",
  "不通",
  "未通",
  "没通",
  "关机",
  "停机",
  "拒接",
  "挂断",
  "空号",
  "占线",
  "忙音",
  "不在服务区",
  "号码错误",
  "错号",
  "留言未回",
  "no answer",
  // Phrases that say the outcome whatever follows (reviewer57 H1; the bare words are ALONE ones).
  "busy signal",
  "voicemail left",
  "voicemail full",
  "no response from",
  "no response to",
  "disconnected number",
  "number disconnected",
  "not answered",
  "unanswered",
  "no response",
  "no reply",
  "left voicemail",
  "left a voicemail",
  "voicemail",
  "left message",
  "left a message",
  "busy",
  "wrong number",
  "unreachable",
  "not reached",
  "could not reach",
  "couldn't reach",
  "disconnected",
  "number not in service",
] as const;

/**
 * The English NOT_REACHED_WORDS that say so only standing alone, nothing but punctuation after
 * them (`Busy`, `Busy - call back`; not `Busy season, ordered 20 cases`, `No response needed`,
 * `Voicemail set up for new office`: reviewer56 L6).
 */
export const NOT_REACHED_ALONE_WORDS = [
  "busy",
  "no response",
  "voicemail",
  "disconnected",
] as const;

/**
 * What a note writes once the customer was reached, after a not-reached word: the contact then
 * happened (`占线，后回拨已沟通`, `挂断前约好下周送样`, `No answer, called back and ordered`;
 * reviewer56 L6). Case ignored; an English word as a whole word; not after a negation (未下单,
 * not ordered).
 */
export const REACHED_WORDS = [
  "已沟通",
  "沟通了",
  "沟通过",
  "已联系上",
  "联系上了",
  "已接通",
  "接通了",
  "谈妥",
  "谈好",
  "约好",
  "约定",
  "说好",
  "答应",
  "同意",
  "确认",
  "下单",
  "订货",
  "已订",
  "订了",
  "见面",
  "面谈",
  "回电说",
  "ordered",
  "placed an order",
  "order placed",
  "agreed",
  "spoke",
  "talked",
  "discussed",
  "confirmed",
  "will order",
] as const;

/**
 * What a status typed on the schedule opens with when the call was made (followUp/doneStatus.ts:
 * the run asks her to record it as a contact; tester48 M1): the "done" words beside REACHED_WORDS,
 * the "reached" words of a contact's note (reviewer57 L4: they were a regex of doneStatus's own).
 * A plan (已约下周二拜访, 待联系, call back) is none, nor a call that reached nobody (已联系不上:
 * NOT_REACHED_WORDS anywhere in the status). Matched at the start of the status
 * (ingest/contactOutcome.ts saysCallMade).
 */
export const CALL_MADE_WORDS = {
  /** After 已 / 已经 / 都已, 客户 before it allowed: 已联系, 已经拜访, 客户已发邮件. */
  afterDone: [
    "联系",
    "拜访",
    "回访",
    "沟通",
    "致电",
    "电话",
    "电联",
    "打电话",
    "打过电话",
    "拨打",
    "回电",
    "发邮件",
    "发了邮件",
    "发微信",
    "发了微信",
    "发短信",
    "发了短信",
    "发消息",
    "发了消息",
    "完成",
    "跟进",
    "处理",
    "通话",
    "见面",
  ],
  /** Followed by 过 or 完: 联系过了, 回访完. */
  thenPast: ["联系", "拜访", "回访", "沟通", "通话"],
  /** Opening the status on their own: 完成. */
  alone: ["完成"],
  /** English, a whole word opening the status, case ignored: Called, done - will order. */
  english: [
    "done",
    "called",
    "contacted",
    "visited",
    "completed",
    "reached",
    "spoke",
    "met",
    "emailed",
    "e-mailed",
    "phoned",
    "messaged",
  ],
} as const;

/**
 * What a contact's note writes of a routine contact and nothing more (例行回访): said on every
 * talking point it would be noise (contacts56: `；记录：例行回访` on every row), so it is left out of
 * the quote, alone or opening the note (`例行回访，客户说下月订货` quotes `客户说下月订货`).
 * Case ignored; an English one as whole words.
 */
export const ROUTINE_NOTE_WORDS = [
  "例行回访",
  "定期回访",
  "日常回访",
  "常规回访",
  "例行拜访",
  "定期拜访",
  "例行联系",
  "定期联系",
  "例行电话",
  "routine check-in",
  "routine call",
  "routine visit",
  "regular check-in",
  "check-in",
] as const;

/**
 * A dated day in a pause status is its end only as written so (followUp/hold.ts statusPaused;
 * reviewer70 H2): after one of these (冻结至2026-09-30, 暂停（2026-11-01 至 2027-03-01）'s second
 * date, On hold until 2026-09-30) or before one of PAUSE_END_AFTER_WORDS (2026-09-30止, 2026-09-30到期).
 * Any other date is the day it began (2026-11-20冻结, On hold since 2026-11-15, 停卡（2026-11-20，产假）),
 * which ends nothing. English words whole.
 */
export const PAUSE_END_BEFORE_WORDS = [
  "至",
  "到",
  "截至",
  "截止",
  "~",
  "～",
  "–",
  "—",
  "until",
  "till",
  "til",
  "through",
  "thru",
  "to",
  "ends",
  "ending",
  "end",
  "expires",
  "expiring",
] as const;

/** After a pause status's dated day, what makes it the end (PAUSE_END_BEFORE_WORDS). */
export const PAUSE_END_AFTER_WORDS = [
  "止",
  "截止",
  "到期",
  "结束",
  "解冻",
  "复卡",
  "恢复",
] as const;

/**
 * What a customers status column (状态, Account Status) writes of a customer paused for a while:
 * closed for renovation, on hold. Such a customer is not sent an urgent retention call; its regular
 * contact stays, to learn when it resumes (followUp/hold.ts; tester55 U4: 装修暂停). Found anywhere in
 * the cell, case ignored; an English word as a whole word.
 */
export const PAUSE_WORDS = [
  "暂停",
  "装修",
  "停业",
  "歇业",
  "休业",
  "停工",
  "paused",
  "pause",
  "pausing",
  "on hold",
  "suspended",
  "renovation",
  "renovating",
  "temporarily closed",
  // A school's student on leave (tester56 U28: 休学, abroad till next summer, called urgently).
  "休学",
  "停课",
  // A gym member's card frozen (tester57 U44: 停卡 till March, pregnant, called at 81 % 高).
  "停卡",
  "冻结",
  "frozen",
  // tester66 U236: a seasonal client off for the season (Cancelled for the season (knee surgery) -
  // back next May): paused, held to the time the note names (followUp/hold.ts), not urgent.
  "for the season",
  "for the winter",
] as const;

/**
 * What a customers status column (状态, Account Status) writes of a customer who has left for good:
 * moved away, referred elsewhere, card transferred or refunded, account closed. Such a customer is
 * in the churned stage, not at risk, and gets no call (lifecycle/left.ts; tester58 U65: a patient
 * 已搬离 to 深圳 called, then at high priority; tester57 U44: a member 已转让 urgent 挽留). A pause
 * word in the cell wins (暂时关闭 is a pause); a negation before the word denies it (未注销). Found
 * anywhere in the cell, case ignored; an English word as a whole word.
 */
export const LEFT_WORDS = [
  "已搬离",
  "搬离",
  "已搬走",
  "搬走",
  "已搬家",
  "已转诊",
  "已转院",
  "已转出",
  "已转让",
  "已转卡",
  "已退卡",
  "已退费",
  "已退课",
  "已退会",
  "已退学",
  "已注销",
  "注销",
  "已销户",
  "销户",
  "已关闭",
  "已闭店",
  "闭店",
  "已倒闭",
  "倒闭",
  "已停用",
  "停用",
  // A death: DEATH_WORDS (已去世, 已故, Deceased), read in a status too.
  // tester63 U161, U164: a shop closed or its owner gone (已关门, 关门了, 老板跑路), a move away.
  "已关门",
  "关门了",
  "关门转让",
  "跑路",
  "搬去外地",
  "搬到外地",
  "closed down",
  "business closed",
  "moved to",
  // tester63 U164: a wholesaler stopped supplying a debtor and only collects (停止供货（欠款不还，
  // 只催款）): no sales or win-back call (a credit block, ACCOUNT_BLOCK_WORDS, is temporary and
  // stays on retention calls; this one is final). No collections call is planned (none exists).
  "停止供货",
  "只催款",
  "moved away",
  "moved out",
  "referred out",
  "transferred out",
  "account closed",
  "out of business",
  // A CRM's Account Status of a customer who left (tester60 U109: Churned got an urgent retention
  // call). 流失 alone is LEFT_WHOLE_CELL_WORDS: 流失风险 is a risk, not a leaving.
  "churned",
  "已流失",
  // tester64 U182: HubSpot's Lifecycle Stage (read as the status: headerWords.ts) of a client gone.
  "former customer",
  "former client",
  // tester66 U236: a lawn or pool client's Status (Cancelled for good; not Cancelled for the
  // season: PAUSE_WORDS).
  "cancelled for good",
  "canceled for good",
] as const;

/**
 * What a customer's note (备注, Notes) writes of a customer who left for good, read where the status
 * says nothing (tester62 U142: Twin Peaks Grill's "Closed for good Aug 2026", hotpot 刘先生's
 * 已搬去成都，卡里还有钱，说回来再用 got urgent win-back calls). A note is free text, so only words
 * strong enough alone: a business closed for good or gone, a person moved to another city or
 * country, emigrated. Not a death (狗狗去世了, her mother passed away: a note's death is often
 * someone else's, tester59 U80's pet): a death is DEATH_WORDS, the customer's own only. Not LEFT_WORDS (已关闭自动续费, 注销了旧卡号, 停用优惠券 are no leaving in
 * a note), nor a move of the customer's own premises (已搬去新址, moved to a new office), nor a
 * pause (暂时关店装修), a doubt (可能搬走了) or a denial (没有搬走). A word of coming back later
 * (说回来再用, may come back) keeps it a leaving: no retention call, the note read by whoever
 * opens the row. Case ignored; an English phrase as whole words (ingest/contactOutcome.ts
 * noteSaysLeft; lifecycle/left.ts, LEFT_BY note).
 */
export const NOTE_LEFT_WORDS = [
  "已搬去",
  "搬去外地",
  "搬到外地",
  "已搬到",
  "已搬走",
  "搬走了",
  "已搬离",
  "搬离了",
  "已移民",
  "移民了",
  "出国定居",
  "店已关",
  "店关了",
  "已关店",
  "关店了",
  "已倒闭",
  "倒闭了",
  "已歇业",
  // tester63 U161, U164: a shop's door shut for good, its owner gone.
  "已关门",
  "关门了",
  "关门转让",
  "跑路了",
  "老板跑路",
  "closed for good",
  "closed permanently",
  "permanently closed",
  "closed down",
  "out of business",
  "went out of business",
  "business closed",
  // tester63 U161: a move to another city (Moved to London), not nearby (MOVE_NEAR_WORDS).
  "moved to",
  "no longer in business",
  "moved away",
  "moved out of state",
  "moved out of the country",
  "moved abroad",
  "emigrated",
  // Appended from here on: a contact note's leaving quotes the word by its index.
  // fix64b: a shop's door shut in a contact note's everyday words (店已经关了，老板回老家了). Not
  // 换了别家 (a reason to leave, LEAVING_REASON_WORDS: at risk, called) nor closing account
  // (reviewer64 H5: Closing account on old card, new card issued).
  "店已经关了",
  "已经关店",
  // tester64 U182, U192: a move to another city said as people say it (搬家了，搬到东莞去了，不来了;
  // not 搬到隔壁: MOVE_NEAR_WORDS), a customer who will not come again, her car sold at a car wash,
  // a member who left the 团购 group, a baby weaned at a formula shop; U182's agency clients (Not
  // renewing; Juniper was acquired by Lotus Wellness). Not for now (这周不来了: NOTE_LEFT_FOR_NOW).
  "搬到",
  "搬去",
  "不来了",
  "以后不来",
  "不会再来",
  "不再来了",
  "车已经卖了",
  "车卖了",
  "车已卖",
  "已退群",
  "退群了",
  "断奶了",
  "not renewing",
  "won't be renewing",
  "will not be renewing",
  "will not renew",
  "won't renew",
  "not going to renew",
  "was acquired by",
  "has been acquired by",
  // tester66 U232: a move to live with her child (搬家了，去女儿那边住): her own move, not her
  // daughter's (the child is named in the word, not before it: LEFT_OF_OTHERS). Not for a stay
  // (去女儿那边住几天: NOTE_LEFT_STAY_SHORT).
  "去女儿那边住",
  "去儿子那边住",
  "去女儿那住",
  "去儿子那住",
  "去女儿家住",
  "去儿子家住",
  "投奔女儿",
  "投奔儿子",
  "moved in with her daughter",
  "moved in with her son",
  "moved in with his daughter",
  "moved in with his son",
  // tester66 U236: a lawn or pool client's Notes (Cancelled for good - sold the house).
  "cancelled for good",
  "canceled for good",
  "cancelled permanently",
  "canceled permanently",
  // tester66 (fix67d): a move away said before it happens (Moving to Denver next month, we're
  // moving to Austin, relocating to Ohio): a leaving, read as "moved to" is (not to a time, a plan
  // or our own premises: MOVED_TO_NOT_PLACE, MOVE_NEAR_WORDS; not someone else's: Her son is moving
  // to Texas).
  "moving to",
  "moving away",
  "moving out of state",
  "relocating to",
  // tester70 U603: the car sold or taken away, said as a car shop's 回访 writes it (车已经卖掉了,
  // 调到北京工作，车也开走了), as 车已经卖了 is.
  "车已经卖掉",
  "车卖掉了",
  "车也卖了",
  "车也卖掉了",
  "车也开走了",
  "调到外地",
] as const;

/**
 * Words after a leaving word (NOTE_LEFT_WORDS) in its clause saying a stay, not a move (去女儿那边住
 * 几天, 去儿子家住一段时间; tester66 U232): no leaving. Case ignored.
 */
export const NOTE_LEFT_STAY_SHORT = [
  "几天",
  "一段时间",
  "一阵",
  "几个月",
  "几周",
  "一周",
  "一个月",
  "过年",
  "暑假",
  "寒假",
  "for a few",
  "for a while",
  "for the holidays",
] as const;

/**
 * A fault of ours or its amends, anywhere in a note with a leaving word of what she will do
 * (NOTE_LEFT_INTENT_WORDS: 以后不来, not renewing): the leaving is said in anger right after our
 * fault, not done (tester66 U231: 羊绒大衣洗缩水赔了200，她说以后不来了 was made left with no call;
 * an apology won her back in week 2). Such a note is a complaint (contactOutcome.ts complaintNote:
 * at risk, a complaint follow-up first quoting the note), not a leaving. Not negated right before
 * (没有不满意). Case ignored; an English word as a whole word.
 */
export const NOTE_LEFT_FAULT_WORDS = [
  "洗坏",
  "洗缩",
  "缩水",
  "洗破",
  "弄坏",
  "损坏",
  "烫坏",
  "染色",
  "串色",
  "掉色",
  "赔了",
  "赔偿",
  "赔钱",
  "不满意",
  "投诉",
  "差评",
  "质量问题",
  "damaged",
  "ruined",
  "shrank",
  "shrunk",
  "compensated",
  "compensation",
  "complained",
  "complaint",
  "unhappy with",
  "not happy with",
] as const;

/**
 * A relative or a friend named in a note (她母亲, her son, 闺蜜 aside): someone else than the customer,
 * before a death word (DEATH_OF_OTHERS) or a leaving word (LEFT_OF_OTHERS) in its clause.
 */
export const RELATIVES = [
  "母亲",
  "父亲",
  "妈妈",
  "爸爸",
  "儿子",
  "女儿",
  "婆婆",
  "公公",
  "哥哥",
  "姐姐",
  "弟弟",
  "妹妹",
  "亲戚",
  "朋友",
  "mother",
  "father",
  "mom",
  "mum",
  "dad",
  "husband",
  "wife",
  "son",
  "daughter",
  "brother",
  "sister",
  "friend",
] as const;

/**
 * A person other than the customer, before a leaving word (LEFT_OF_OTHERS) or a reason to leave
 * (LEAVING_REASON_WORDS: Her friend switched to another gym, 她闺蜜换了别家) in its clause: it is
 * theirs, not hers.
 */
export const OTHER_PEOPLE = [
  ...RELATIVES,
  "闺蜜",
  "同事",
  "邻居",
  "同学",
  "孩子",
  // reviewer65 H7: 她说她老公以后不来了.
  "老公",
  "丈夫",
  "老婆",
  "妻子",
  "爱人",
  "kids",
  "neighbor",
  "neighbour",
  "colleague",
  "coworker",
] as const;

/**
 * Someone or something else than the customer, before a leaving word (NOTE_LEFT_WORDS) in its
 * clause: the leaving is theirs, not hers (reviewer64 H5: a contact log talks of other people and
 * shops; 她说隔壁店关了, 她上班的公司倒闭了, 原来那家健身房老板跑路了, 她闺蜜搬走了, 之前那家店关门了,
 * Appointment moved to Tuesday, Delivery moved to next week, Her son moved to Texas made regulars
 * churned). Not DEATH_OF_OTHERS, whose 先生 / 太太 name the customer (王先生搬到上海去了) and whose
 * 家里 is her own household moving with her. An English word as a whole word (ingest/contactOutcome.ts
 * noteLeftWord).
 */
export const LEFT_OF_OTHERS = [
  ...OTHER_PEOPLE,
  "隔壁",
  "那家",
  "别家",
  "原来",
  "之前",
  "以前",
  "上班",
  "单位",
  "楼下",
  "楼上",
  "对面",
  // reviewer65 H7: a contact person (对接人不来了) is not the account.
  "对接人",
  "负责人",
  "联系人",
  "boss",
  "appointment",
  "delivery",
  "meeting",
  "booking",
  "order",
  "billing",
  "invoice",
  "payment",
  "class",
  "session",
  "call",
  "previous",
  "old",
  "other",
  "former",
  "competitor",
] as const;

/**
 * What, right after "moved to" (NOTE_LEFT_WORDS), is a time, a plan or a way of paying, not a place
 * (reviewer64 H5: Appointment moved to Tuesday, Delivery moved to next week, Moved to monthly
 * billing): no move away. As the first word after it, case ignored; a month's name too (parse/date.ts
 * MONTHS: moved to March).
 */
export const MOVED_TO_NOT_PLACE = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "next",
  "this",
  "tomorrow",
  "today",
  "tonight",
  "later",
  "morning",
  "afternoon",
  "evening",
  "monthly",
  "weekly",
  "biweekly",
  "yearly",
  "annual",
  "annually",
  "quarterly",
  "daily",
  "billing",
  "autopay",
  "auto-pay",
  "paperless",
  "email",
  "e-mail",
  "text",
  "phone",
  "card",
  "plan",
  "a plan",
  "the plan",
  "online",
  "virtual",
  "zoom",
  // reviewer65 H7: a person's job (Mark moved to another company: a contact person), not the
  // account's move; "the" / "a" before any of these is skipped (Moved to the annual plan).
  "another company",
  "a new company",
  "a different company",
  "another job",
  "a new job",
  "a new role",
  "another role",
  "another team",
  "another department",
] as const;

/**
 * The times before a leaving word in its clause that say when (这周, 下个月, next week): for now
 * before a word of not coming (这周不来了), but before a move when she moves, not that she stays away
 * for now: 下个月搬到深圳 is a leaving (fix67d). Part of NOTE_LEFT_FOR_NOW.
 */
export const NOTE_LEFT_MOVE_WHEN = [
  "这周",
  "本周",
  "下周",
  "今天",
  "明天",
  "后天",
  "这个月",
  "本月",
  "下个月",
  "下月",
  "最近",
  "月底",
  "this week",
  "next week",
  "today",
  "tomorrow",
  "this month",
] as const;

/**
 * The times before a leaving word in its clause that say for a while, a move too (暂时搬到女儿家,
 * 过年搬去女儿那边住, 这段时间不来了). Part of NOTE_LEFT_FOR_NOW.
 */
export const NOTE_LEFT_FOR_A_WHILE = [
  "这几天",
  "暂时",
  "这次",
  "这段时间",
  "过年",
  "春节",
  "for now",
] as const;

/**
 * A time before a leaving word in its clause saying it is for now, not for good (这周不来了, 今天不来了,
 * 最近不来了, 过年不来了): no leaving. Found anywhere before it in the clause, case ignored; before a
 * move only NOTE_LEFT_FOR_A_WHILE.
 */
export const NOTE_LEFT_FOR_NOW = [...NOTE_LEFT_MOVE_WHEN, ...NOTE_LEFT_FOR_A_WHILE] as const;

/**
 * A condition before or after a leaving word (NOTE_LEFT_WORDS) in its sentence: the leaving may
 * come, it has not (reviewer65 H7: 说要是再涨价就不来了, 如果服务不好就不来了; fix66d: 不来了，要是再涨价
 * 的话, Not renewing unless we match the price). Before it: anywhere up to the sentence's start,
 * but not in an earlier clause when the leaving's own clause says it is done (要是有事再联系，已搬到
 * 外地: 已 / 已经). After it: in its clause (English: will not renew if …), or opening a later clause
 * of the sentence or closing it with 的话, that clause naming a circumstance of ours
 * (NOTE_LEFT_IF_OURS: 再涨价, match the price) and doing nothing of its own (NOTE_LEFT_IF_OWN_ACTION:
 * 不来了，如果有活动通知她), only after a word of what she will do (NOTE_LEFT_INTENT_WORDS: 不来了, not
 * 店关了), and never when the sentence says the leaving done before it (已经退卡了，不来了; 搬到外地了，
 * 以后不来了: 已, or a leaving word that is no intent). Case ignored; an English word as a whole word
 * (ingest/contactOutcome.ts noteLeftWord).
 */
export const NOTE_LEFT_IF_WORDS = [
  "要是",
  "如果",
  "万一",
  "假如",
  "若是",
  "假设",
  "的话",
  "除非",
  "if",
  "unless",
  "in case",
] as const;

/**
 * A worry before a leaving word (NOTE_LEFT_WORDS) in its sentence: the leaving is feared, not said
 * (reviewer65 H7: 怕她不来了，多关心一下; Worried she might not renew). Not inside a word of
 * NOTE_LEFT_IF_NOT (恐怕不会再来了 is her leaving). Case ignored; an English word as a whole word.
 */
export const NOTE_LEFT_WORRY_WORDS = ["怕", "担心", "worried", "worry", "afraid"] as const;

/** Conditions and worries before a leaving word (NOTE_LEFT_IF_WORDS, NOTE_LEFT_WORRY_WORDS). */
export const NOTE_LEFT_IF = [...NOTE_LEFT_IF_WORDS, ...NOTE_LEFT_WORRY_WORDS] as const;

/**
 * Words holding a condition or worry word (NOTE_LEFT_IF) that are neither (fix66d, late65b's open
 * item): 恐怕不会再来了 (I am afraid she will not come again), 哪怕便宜也不来了 (even if cheaper),
 * I'm afraid she won't renew: her leaving.
 */
export const NOTE_LEFT_IF_NOT = [
  "恐怕",
  "哪怕",
  "i'm afraid",
  "i am afraid",
  // fix67d: a fear of the treatment itself, her reason to leave, not a worry that she may (怕疼不来了,
  // 怕打针，以后不来了; Afraid of the needles, won't renew).
  "怕疼",
  "怕痛",
  "怕打针",
  "怕扎针",
  "afraid of",
] as const;

/**
 * The leaving words (NOTE_LEFT_WORDS) that say what she will do, not what happened: only these can
 * have their condition after them (不来了，要是再涨价的话, Not renewing unless we match the price). A
 * move, a closing, a sale happened: 店关了，要是有尾款的话 is a leaving with a matter of its own after it.
 */
export const NOTE_LEFT_INTENT_WORDS = [
  "不来了",
  "以后不来",
  "不会再来",
  "不再来了",
  "not renewing",
  "won't be renewing",
  "will not be renewing",
  "will not renew",
  "won't renew",
  "not going to renew",
] as const;

/**
 * A circumstance of ours that a condition after a leaving word (NOTE_LEFT_IF_WORDS) must name to
 * govern it (late66b, reviewer66 H3): the price, an offer, the service (不来了，要是再涨价的话, 以后不来了，
 * 如果还这么贵, Not renewing, unless we match the price). A condition of her own matters (不来了，如果有事
 * 的话找她女儿, 已经退卡了，不来了，如果还有余额的话) leaves the leaving said. Found anywhere in the
 * condition's clause, case ignored; an English word as a whole word.
 */
export const NOTE_LEFT_IF_OURS = [
  "涨价",
  "加价",
  "降价",
  "价格",
  "价钱",
  "价位",
  "收费",
  "费用",
  "贵",
  "便宜",
  "优惠",
  "打折",
  "折扣",
  "活动",
  "服务",
  "态度",
  "效果",
  "质量",
  "技术",
  "环境",
  "卫生",
  "price",
  "prices",
  "pricing",
  "cheaper",
  "discount",
  "match",
  "service",
  "quality",
  "fee",
  "fees",
  "rate",
  "rates",
  "cost",
] as const;

/**
 * In a clause with a condition after a leaving word (NOTE_LEFT_IF_WORDS), what makes it a thing of
 * its own to do, not the leaving's condition: 已搬到外地，如果回来再联系, Moved away, if she comes
 * back call her. Found anywhere in that clause, case ignored; an English word as a whole word.
 */
export const NOTE_LEFT_IF_OWN_ACTION = [
  "就",
  "发",
  "给",
  "寄",
  "送",
  "send",
  "mail",
  "再联系",
  "联系",
  "回来",
  "再说",
  "可以",
  "告诉",
  "通知",
  "请",
  "欢迎",
  "call",
  "contact",
  "let",
  "back",
  "reach",
  "welcome",
  "text",
  "email",
] as const;

/**
 * A denial or a question of a leaving word (NOTE_LEFT_WORDS) before it in its clause: 不是不来了，是最近忙,
 * 没有说不来了 (reviewer65 H7). A question mark closing the clause asks it too (以后不来了？她说不会,
 * Not renewing? She said of course she will: ingest/contactOutcome.ts noteLeftWord).
 */
export const NOTE_LEFT_NOT_SAID = ["不是", "没有说", "没说", "没讲", "并没有", "谁说"] as const;

/**
 * Words after a leaving word (NOTE_LEFT_WORDS), anywhere later in the note, that take it back: she
 * still comes, has come again, or moved on to a new car, group or contract with us (reviewer65 H7:
 * 车已经卖了，换了新车还来洗, 旧车卖了，新车继续办卡, 搬到东莞去了，周末还回来洗车, 已退群，加了新群,
 * 上次说不来了，今天又来了, Not renewing the hosting plan, but keeping SEO, Won't renew the old
 * contract; signing the new one next week, Moved to Dongguan office, still orders online). Not
 * negated right before (不继续); case ignored, an English word as a whole word.
 */
export const NOTE_LEFT_TAKEN_BACK = [
  "还来",
  "还回来",
  "还会来",
  "还是来",
  "还在来",
  "还在用",
  "继续",
  "又来了",
  "又回来",
  "新群",
  "新车",
  "照常",
  // Still doing something with us, not any "still" (Moved to Texas, still owes 200 is a leaving).
  "still orders",
  "still order",
  "still comes",
  "still coming",
  "still buys",
  "still buying",
  "still uses",
  "still using",
  "still shops",
  "still with us",
  "still a customer",
  "still active",
  "but keeping",
  "will keep",
  "keeps",
  "signing the new",
  "signing a new",
] as const;

/**
 * What, in the rest of a move's clause (NOTE_LEFT_WORDS' 已搬去, 搬到, moved to), says the move is
 * near or within us, not a leaving (ingest/contactOutcome.ts movedNear), each read at its depth:
 * "next" right after the move word (已搬去新址, 已搬到隔壁, moved to a new office: tester63 U161),
 * "clause" anywhere in the rest of its clause (Relocating to our downtown branch, Moving to the gold
 * membership, 搬到我们新店附近: reviewer67 H4). One list, its depth beside each word: 新 or a new read
 * anywhere would make 搬到深圳新家 and "Moved to London for a new job" no leaving (fix68g, fix69f).
 * Another city named right after a "next" word is a leaving (MOVE_NEAR_NOT_AFTER: 已搬到隔壁市,
 * Moved to New York: reviewer70 M5). Case ignored; the English as whole words.
 */
export const MOVE_NEAR_WORDS: readonly (readonly [word: string, depth: "next" | "clause"])[] = [
  ["我们", "clause"],
  ["你们", "clause"],
  ["本店", "clause"],
  ["分店", "clause"],
  ["新店", "clause"],
  ["门店", "clause"],
  ["our", "clause"],
  ["ours", "clause"],
  ["your", "clause"],
  ["membership", "clause"],
  ["plan", "clause"],
  ["tier", "clause"],
  ["level", "clause"],
  ["package", "clause"],
  ["branch", "clause"],
  ["location", "clause"],
  ["studio", "clause"],
  ["program", "clause"],
  // Her own new premises (已搬去新址, 搬到新家), not any 新 (新加坡, 新西兰, 新疆: reviewer70 M5).
  ["新址", "next"],
  ["新家", "next"],
  ["新地址", "next"],
  ["新房", "next"],
  ["新小区", "next"],
  ["新办公", "next"],
  ["新公司", "next"],
  ["新铺", "next"],
  ["新门面", "next"],
  ["新场地", "next"],
  ["隔壁", "next"],
  ["对面", "next"],
  ["楼上", "next"],
  ["楼下", "next"],
  ["附近", "next"],
  ["同一", "next"],
  ["本市", "next"],
  ["市内", "next"],
  // After "moved to" (tester63 U161: Moved to London is a leaving, Moved to a new office is not).
  ["new", "next"],
  ["a new", "next"],
  ["the new", "next"],
  ["our new", "next"],
  ["their new", "next"],
  ["next door", "next"],
  ["nearby", "next"],
  ["a bigger", "next"],
  ["a larger", "next"],
  ["a smaller", "next"],
  ["another office", "next"],
  ["another location", "next"],
  ["suite", "next"],
  ["unit", "next"],
];

/**
 * What, right after a "next" word of MOVE_NEAR_WORDS (a 的 between skipped), names another city,
 * state or country: the move is a leaving after all (reviewer70 M5: 已搬到隔壁市, 搬到对面城市了,
 * 已搬到附近的县城, Moved to New York, moved to a new city). Case ignored; the English as whole words.
 */
export const MOVE_NEAR_NOT_AFTER = [
  "市",
  "城",
  "省",
  "县",
  "国",
  "州",
  "city",
  "town",
  "state",
  "country",
  "york",
  "zealand",
  "jersey",
  "mexico",
  "hampshire",
  "orleans",
  "delhi",
  "brunswick",
  "england",
  "haven",
  "south wales",
  "caledonia",
] as const;

/**
 * What a customer's status or note (备注, Notes) or a contact's note writes of a death (tester63
 * U161: 去世, 过世了, 病故, 人走了, Passed away, Died in October, RIP got an urgent win-back and two
 * more calls). The customer's own when no one else is named before it in its clause
 * (DEATH_OF_OTHERS: 狗狗去世了, 她母亲去世, her husband passed away): left, no call. Not doubted or
 * denied (LEFT_DOUBT_WORDS, LEFT_NEGATIONS). Case ignored; an English word as a whole word ("rip"
 * not in trip, nor a verb: rip people off) (ingest/contactOutcome.ts diedAt).
 */
export const DEATH_WORDS = [
  "去世",
  "过世",
  "病故",
  "病逝",
  "离世",
  "逝世",
  "已故",
  "人走了",
  "人已经走了",
  "人已走",
  "passed away",
  "died",
  "deceased",
  "rip",
  "r.i.p",
] as const;

/**
 * A pet's kind as a vet's records write it in a column (宠物: 猫 / 狗 / 柯基 / 布偶猫; Species: Dog,
 * Cat; fix67e): a column of them is the pet's kind, not its name (ingest/petKind.ts). A Chinese
 * value ending in 猫 / 犬 / 狗 / 兔 (英短蓝猫, 中华田园犬) is one as well; English ones whole values.
 */
export const PET_KIND_WORDS = [
  "猫",
  "狗",
  "犬",
  "兔",
  "兔子",
  "仓鼠",
  "鹦鹉",
  "鸟",
  "龟",
  "乌龟",
  "鱼",
  "柯基",
  "泰迪",
  "金毛",
  "哈士奇",
  "拉布拉多",
  "比熊",
  "博美",
  "柴犬",
  "萨摩耶",
  "边牧",
  "贵宾",
  "雪纳瑞",
  "法斗",
  "英短",
  "美短",
  "布偶",
  "暹罗",
  "加菲",
  "蓝猫",
  "橘猫",
  "dog",
  "cat",
  "rabbit",
  "hamster",
  "bird",
  "parrot",
  "guinea pig",
  "ferret",
  "turtle",
  "canine",
  "feline",
  "labrador",
  "golden retriever",
  "poodle",
  "corgi",
  "beagle",
  "bulldog",
  "french bulldog",
  "husky",
  "dachshund",
  "chihuahua",
  "shih tzu",
  "ragdoll",
  "persian",
  "siamese",
  "maine coon",
  "british shorthair",
  "domestic shorthair",
] as const;

/**
 * An animal named before a death word in its clause (狗狗去世了, 家里的猫走了, our dog died): a pet's
 * death. On a vet's record of one pet (Customers petRecords) it is that pet's: the record ends
 * (ingest/contactOutcome.ts petDeath; tester65 U203); elsewhere the owner's bereavement
 * (DEATH_OF_OTHERS). An English word as a whole word.
 */
export const PET_WORDS = ["狗", "猫", "宠物", "鸟", "dog", "cat", "pet"] as const;

/**
 * On a vet's record of one pet, the pet's owner named as whose death it was (主人去世了，球球由女儿接手
 * 照顾; Owner passed away): a person's death, not the pet's; the record continues with the family
 * (reviewer66 H5). An English word as a whole word.
 */
export const PET_OWNER_WORDS = ["主人", "宠主", "owner"] as const;

/**
 * On a vet's record of one pet, what starts a pet's name written before a death word in its clause
 * (小黑上周去世了, 上周阿福去世了): a name in the shape pets are given, the other shape a doubled character
 * (豆豆, 咪咪) unless PET_NAME_NOT_WORDS; a pet named that is on none of the owner's records is said,
 * not read as this record's pet's death (ingest/contactOutcome.ts petDeath; stop 67's fix67e).
 */
export const PET_NAME_PREFIX_WORDS = ["小", "阿"] as const;

/**
 * Words in a pet name's shape (PET_NAME_PREFIX_WORDS, a doubled character) that are none: a time
 * (两小时前, 刚刚), a way (慢慢, 悄悄), a person (小孩, 阿姨, 爸爸: DEATH_OF_OTHERS reads them) or an
 * animal (狗狗: PET_WORDS).
 */
export const PET_NAME_NOT_WORDS = [
  "小时",
  "小区",
  "小孩",
  "小朋友",
  "小姐",
  "小伙",
  "小狗",
  "小猫",
  "小鸟",
  "小宝",
  "小心",
  "小小",
  "阿姨",
  "刚刚",
  "常常",
  "渐渐",
  "慢慢",
  "天天",
  "偷偷",
  "好好",
  "悄悄",
  "静静",
  "宝宝",
  "狗狗",
  "猫猫",
  "爸爸",
  "妈妈",
  "哥哥",
  "姐姐",
  "弟弟",
  "妹妹",
  "爷爷",
  "奶奶",
  "姥姥",
  "舅舅",
  "叔叔",
  "婆婆",
  "公公",
  "伯伯",
  // A drug, an operation or a body part said before the death (reviewer70 M2: 用了阿莫西林后还是去世了,
  // 做完小手术后第二天去世了).
  "阿莫西林",
  "阿司匹林",
  "阿奇霉素",
  "阿托品",
  "小手术",
  "小便",
  "小肠",
  "小腿",
  "小病",
  "小毛病",
  "小问题",
  "小针",
  "小肿",
  // An English word right before the death word that is no pet's name (fix69f left: Max passed away
  // on Bella's record; "She passed away", "Sadly passed away" are the record's pet's).
  "she",
  "he",
  "it",
  "they",
  "who",
  "which",
  "that",
  "pet",
  "sadly",
  "unfortunately",
  "recently",
  "peacefully",
  "suddenly",
  "finally",
  "unexpectedly",
  "tragically",
  "also",
  "just",
  "has",
  "had",
  "have",
  "was",
  "patient",
  // A time said before the death (reviewer70 M7: Yesterday passed away; an adverb of manner is
  // read by its ending: Quietly, Gently, PET_NAME_NOT_ENDINGS).
  "yesterday",
  "today",
  "tonight",
  "overnight",
  "earlier",
  "lately",
  "then",
  "now",
] as const;

/**
 * Endings of an English adverb (Quietly, Peacefully, Unexpectedly) that no pet's name right before a
 * death word has (Molly, Lily, Holly, Sally end otherwise): not a pet named on no record (reviewer70
 * M7). Case ignored (ingest/contactOutcome.ts petNameIn).
 */
export const PET_NAME_NOT_ENDINGS = [
  "ally",
  "fully",
  "ently",
  "antly",
  "etly",
  "ously",
  "ately",
  "ively",
  "ibly",
  "ably",
  "edly",
  "enly",
  "ngly",
] as const;

/**
 * On a vet's record of one pet, the owner named as who tells the news, before a colon or a verb of
 * telling (Owner called: Unfortunately has passed away; 主人打电话说…去世了): the reporter, not whose
 * death it was (reviewer70 M7). Read at the start of the death's clause; case ignored.
 */
export const PET_OWNER_TELLS = [
  "called",
  "phoned",
  "rang",
  "said",
  "says",
  "reports",
  "reported",
  "told us",
  "emailed",
  "texted",
  "来电",
  "打电话",
  "说",
  "告知",
  "反馈",
] as const;

/**
 * On a vet's record of one pet, someone else's animal named before a death word in its clause
 * (邻居家的狗去世了, 朋友的猫走了, 家里另一只狗去世了): not this record's pet (reviewer66 H5). An English
 * word as a whole word.
 */
export const PET_OF_OTHERS = [
  "邻居",
  "朋友",
  "同事",
  "别人",
  "亲戚",
  "另一只",
  "另外一只",
  "另一条",
  "neighbour",
  "neighbor",
  "friend",
  "another",
  "other",
] as const;

/**
 * Someone else than the customer named before a death word in its clause (狗狗去世了, 她母亲去世, her
 * husband passed away): not the customer's death, so not a leaving (DEATH_WORDS). The informant
 * (家属告知老人已去世: the family told us) is not one of them. An English word as a whole word.
 */
export const DEATH_OF_OTHERS = [
  // fix64b: 家里老人走了 (an elder of her family), 家中长辈去世.
  "家里",
  "家中",
  "长辈",
  ...RELATIVES,
  "老妈",
  "老爸",
  "丈夫",
  "先生",
  "老公",
  "妻子",
  "太太",
  "老婆",
  "爱人",
  "奶奶",
  "爷爷",
  "外婆",
  "外公",
  "姥姥",
  "姥爷",
  "岳母",
  "岳父",
  ...PET_WORDS,
  "grandmother",
  "grandfather",
  "grandma",
  "grandpa",
  "partner",
  "parent",
  "parents",
  // Not a person: her phone died mid-call.
  "phone",
  "battery",
  "car",
  "plant",
] as const;

/**
 * What a contact's note writes of a customer expecting a baby or just after one (tester65 U202: 怀孕了，
 * 暂停做项目，生完宝宝再来; 在坐月子，满月后再来; 哺乳期暂时不做 got an urgent win-back call and two more).
 * She is held as a bereavement holds (followUp/hold.ts; ingest/contactOutcome.ts maternityAt: not
 * negated, not of someone else named before it in its clause, DEATH_OF_OTHERS): `expecting` for
 * the rule followUp.maternityPauseDays from the note's day, `born` (confinement, nursing) for at
 * most POSTPARTUM_PAUSE_DAYS. A salon's 产后修复 is a service, so 产后 is none of these.
 */
export const MATERNITY_WORDS = {
  expecting: [
    "怀孕",
    "孕期",
    "孕妇",
    "怀宝宝",
    "怀了宝宝",
    "怀二胎",
    "生完宝宝再",
    "生完孩子再",
    "生完再来",
    "pregnant",
    "pregnancy",
    "expecting a baby",
  ],
  born: [
    "坐月子",
    "月子中",
    "月子里",
    "在月子",
    "哺乳期",
    "哺乳中",
    "喂奶",
    "刚生完",
    "刚生了",
    "breastfeeding",
    "just had a baby",
    "postpartum",
  ],
} as const;

/**
 * Left words read only as the whole status cell: inside a longer status they say something else
 * (reviewer59 M1: a CRM's `Closed Won` made 20 of 40 monthly buyers "left"; `Active (relocated
 * office)` is a live account).
 */
export const LEFT_WHOLE_CELL_WORDS = [
  "closed",
  "relocated",
  // A CRM's Account Status (tester60 U109): Lost / Cancelled as the whole cell, not Closed Lost of
  // a deal or an order's Cancelled inside a longer note; 流失 not 流失风险.
  "lost",
  "cancelled",
  "canceled",
  "流失",
  // A school's student refunded (tester61 U117: 状态 退费 was a live student at risk); inside a
  // longer status (考虑退费, 申请退费中) it is a risk, not a leaving.
  "退费",
  "退课",
  "退学",
] as const;

/**
 * Left words (LEFT_WORDS, LEFT_WHOLE_CELL_WORDS) that are a stage someone set, not an event: a
 * CRM's lifecycle stage or a status a person or a workflow moves (HubSpot's Churned, Former
 * customer; 客户状态 已流失), read as such only as the whole cell. A stage is often stale: not moved
 * back when the account returns (reviewer65 M4: Lifecycle Stage Churned on an account that paid on
 * its 30-day rhythm 16 days ago). Such a customer still paying on its own rhythm is not left: at
 * risk, high at least, one contact, the stage quoted (lifecycle/left.ts LEFT_BY stage; churn
 * reason said_leaving). An event (已转让, 已搬离, 已注销, Moved away) stays a leaving. Written as said
 * (the reason quotes it), matched with case ignored.
 */
export const LEFT_STAGE_WORDS = [
  "Churned",
  "Former customer",
  "Former client",
  "Lost",
  "已流失",
  "流失",
] as const;

/**
 * What a customers status column writes of a customer who finished what it bought: a student who
 * completed the course or graduated (tester61 U117: 周雨桐 结课, 小升初, was at risk 79.8 % with a
 * call). Such a customer is no churn risk and gets no retention call: it is in the churned stage with
 * the reason customer_left, its text saying the course was completed (lifecycle/left.ts). Found
 * anywhere in the cell, case ignored, an English word as a whole word; not before 班 (毕业班 is a
 * class still studying), nor after a denial (LEFT_NEGATIONS) or a word of time to come
 * (COMPLETED_NOT_YET: 即将结课).
 */
export const COMPLETED_WORDS = [
  "结课",
  "已结课",
  "完课",
  "已完课",
  "结业",
  "已结业",
  "毕业",
  "已毕业",
  "graduated",
  "course completed",
  "completed the course",
  "course finished",
  "finished the course",
] as const;

/**
 * What a status writes, beside a completed word, of a student who goes on (reviewer61 R10: 已结课，已续报 /
 * Graduated; re-enrolled paid every month and were read as churned, never called): the course
 * renewed or a next class joined. Such a status is no completion (ingest/contactOutcome.ts
 * saysCompleted). Found anywhere in the cell, case ignored, an English word as a whole word; not
 * after a negation in its clause (未续费, not continuing: still completed). A move to a next class
 * is COMPLETED_NEXT_CLASS.
 */
export const COMPLETED_CONTINUED_WORDS = [
  "续报",
  "续费",
  "续课",
  "续班",
  "续读",
  "续学",
  "续约",
  "继续",
  "再报",
  "re-enrolled",
  "re-enroled",
  "reenrolled",
  "re-enrolling",
  "re-enroll",
  "re-enrol",
  "re-registered",
  "renewed",
  "continuing",
  "continues",
  "continued",
  "continue",
  "now in",
  "moved up",
  "moving up",
  "enrolled in",
] as const;

/**
 * A move to a next class written around a completed word (初级班结业，升中级班; 转周末班): one of `moves`,
 * then at most three characters of the class's name, then `class`. 小升初 (no 班), 小升初班 (a class
 * of its own) and 转介绍同班同学 (a referral) stay completions.
 */
export const COMPLETED_NEXT_CLASS = { moves: ["升", "转"], class: "班" } as const;

/** Words before a completed word that put it in time to come (即将结课, 下月毕业: still studying). */
export const COMPLETED_NOT_YET = [
  "即将",
  "将",
  "快",
  "快要",
  "要",
  "待",
  "准备",
  "预计",
  "计划",
  "下月",
  "下个月",
  "明年",
  "下学期",
  "本学期",
  "月底",
  "年底",
  "soon",
  "to be",
  "will be",
  "not yet",
] as const;

/**
 * Words in a cell that make it a note about stored value rather than a payment from it (会员卡余额不足，
 * 改付微信; 新办储值卡; Store credit issued): a column found by its values (storedValue.ts
 * storedValueColumnByValues) does not count such a cell (reviewer60 R13: a 摘要 column with
 * 余额不足，改付微信 twice was taken as the payment column, and both top-ups were read at 0).
 */
export const STORED_VALUE_NOTE_WORDS = [
  "不足",
  "用完",
  "用光",
  "未用",
  "不用",
  "没用",
  "非",
  "改付",
  "改用",
  "新办",
  "办卡",
  "开卡",
  "赠送",
  "送",
  "issued",
  "insufficient",
  "not",
] as const;

/**
 * Customer IDs a till writes for a sale to nobody in particular (散客, 零售, Walk-in): rows under
 * them are no customer's, and the unknown_customers warning says so instead of asking to add them
 * to the customer list (reviewer60 R10: following that made one 40-purchase customer 散客). The
 * whole ID, case ignored.
 */
export const WALK_IN_IDS = [
  "散客",
  "非会员",
  "零售",
  "零售客户",
  "现金客户",
  "临时客户",
  "路人",
  "过路客",
  "游客",
  "walk-in",
  "walk in",
  "walkin",
  "guest",
  "cash customer",
  "cash sale",
  "anonymous",
] as const;

/**
 * Whole cells that say a line of a sales sheet is a walk-in's, not a further line of the member's
 * order above it (ingest/continuationLines.ts; tester64 U181). Not WALK_IN_IDS whole: 零售 / guest /
 * cash sale are also a price or sale type written on every line of a ledger (零售 / 批发), and refused
 * a member's further lines (reviewer64 H4: 760 → 680). Lower case.
 */
export const WALK_IN_LINE_WORDS = [
  "散客",
  "非会员",
  "过路客",
  "walk-in",
  "walk in",
  "walkin",
  "walk-in customer",
  "walk in customer",
] as const;

/**
 * Words a front desk writes before an amount in the amount cell itself (tester67 U316): a refund
 * (退3648, 退款 200, Refund 50) makes the amount negative, a return as `(120)` is
 * (parse/number.ts readAmount). Whole words at the start of the cell, case ignored.
 */
export const AMOUNT_REFUND_WORDS = [
  "退款",
  "退费",
  "退货",
  "退还",
  "退",
  "refunded",
  "refund",
] as const;

/**
 * Words in a bracketed note after an amount (1200（作废）, 50 (comp)) saying the figure is not money
 * received as written: voided, comped, cancelled, unpaid or owed, paid from the shop's own stored
 * value, a refund under way or done, or another figure received (4800（实收4560）). Such a cell is
 * refused and named as before 40d38397, not read as the figure (reviewer69 H3: 9,700 read for
 * 4,660). Found anywhere in the note, case ignored (parse/number.ts).
 */
export const AMOUNT_NOTE_NOT_RECEIVED_WORDS = [
  "作废",
  "免单",
  "赠送",
  "赠品",
  "不收费",
  "免费",
  "取消",
  "未付",
  "待付",
  "未收",
  "欠",
  "挂账",
  "赊",
  "已退",
  "退款中",
  "会员卡",
  "储值",
  "余额",
  "实收",
  "void",
  "voided",
  "comp",
  "comped",
  "complimentary",
  "no charge",
  "cancel",
  "cancelled",
  "canceled",
  "unpaid",
  "owed",
  "owing",
  "pending",
  "gift card",
  "store credit",
  // reviewer70 H1: a refund's state (全额退款, 退货退款, 部分退款, 退单, refunded in full, refund
  // issued) beside the figure, which could be the sale refunded or the refund itself: refused, named.
  // Only the bare 退 / 退款 / refund note (1200（退）) reads as a refund (AMOUNT_REFUND_WORDS).
  "退",
  "refund",
  "refunded",
  "未到账",
  "待收",
  "到付",
  "not paid",
  "waived",
  "on account",
  "no show",
  "no-show",
] as const;

/**
 * Ways of paying written before an amount in the amount cell (微信1200, 现金 300, Cash 50): the
 * way it was paid, not part of the number (tester67 U316). Money paid to the shop only: the shop's
 * own stored value (会员卡1200, 储值 300: STORED_VALUE_PAYMENT_WORDS) is not here, as a card's use
 * is no money received and the cell stays refused and named.
 */
export const AMOUNT_PAYMENT_METHOD_WORDS = [
  "微信支付",
  "微信",
  "支付宝",
  "现金",
  "刷卡",
  "银行卡",
  "信用卡",
  "银联",
  "云闪付",
  "转账",
  "扫码",
  "pos",
  "cash",
  "wechat pay",
  "wechat",
  "alipay",
  "paypal",
  "venmo",
  "zelle",
  "visa",
  "mastercard",
  "amex",
] as const;

/**
 * A refund status saying the refund did not happen (yet): the order's refund-amount column is not
 * taken off it (reviewer60 R12: 申请退款金额 100 beside 退款关闭, 50 beside 拒绝退款 removed the sale).
 * Case ignored, found anywhere in the cell.
 */
export const REFUND_NOT_DONE_WORDS = [
  "退款关闭",
  "拒绝退款",
  "退款失败",
  "退款已撤销",
  "撤销退款",
  "取消退款",
  "退款已取消",
  "退款申请中",
  "申请退款中",
  "退款中",
  "待退款",
  "待处理",
  "待审核",
  "已驳回",
  "驳回",
  // tester66 U240: a 售后 export's 售后状态 已拒绝 (the refund refused).
  "已拒绝",
  "refund declined",
  "refund rejected",
  "refund failed",
  "refund cancelled",
  "refund canceled",
  "refund pending",
  "refund requested",
] as const;

/**
 * Words anywhere in a status cell that say the customer came back, or only may leave, so a left
 * word beside them is no leaving (reviewer60 R1: `Reactivated (was churned)`, `已流失，已召回`,
 * `疑似已流失`, `Not yet churned` were "left": no call, CLV 0, the suspected one exactly who needs the
 * retention call). Case ignored.
 */
export const LEFT_DOUBT_WORDS = [
  "reactivated",
  "re-activated",
  "won back",
  "win back",
  "came back",
  "come back",
  "previously",
  "formerly",
  "was churned",
  "likely",
  "almost",
  "yet",
  "suspected",
  "possibly",
  "probably",
  "might",
  "un-churned",
  "unchurned",
  "疑似",
  "可能",
  "预计",
  "不确定",
  "召回",
  "回流",
  "已回来",
  "又回来",
  "已挽回",
  "挽回成功",
  "重新激活",
  "激活",
] as const;

/**
 * After a LEFT_DOUBT_WORDS word, what says the return did not happen (召回失败, win back failed),
 * and before one, what denies it (不会回来: reviewer60 R19): the doubt does not count.
 */
export const LEFT_DOUBT_FAILED = [
  "失败",
  "未成功",
  "不成功",
  "无果",
  "无效",
  "failed",
  "unsuccessful",
] as const;
export const LEFT_DOUBT_DENIED = [
  "不会",
  "没有",
  "没",
  "未",
  "不",
  "never",
  "not",
  "no",
  "won't",
  "will not",
  // A word of its own (cellWords.ts endsWithWord): "not" is not the end of "cannot".
  "cannot",
  "can't",
] as const;

/** Words before a left word that deny it (未注销, 没有搬走, not closed). */
export const LEFT_NEGATIONS = ["未", "没有", "没", "不", "非", "not", "never"] as const;

/**
 * What a status cell writes of a block the firm put on an account, not a pause of the customer's
 * own (reviewer57 M2: an ERP's 账户冻结 / 资金冻结，欠款未清 credit block was read as paused, and the
 * customer got no retention call). Taken out of the cell before PAUSE_WORDS are looked for; a
 * member's card (会员卡冻结, 停卡) stays a pause. Case ignored, found anywhere.
 */
export const ACCOUNT_BLOCK_WORDS = [
  "账户冻结",
  "账号冻结",
  "冻结账户",
  "资金冻结",
  "冻结资金",
  "额度冻结",
  "冻结额度",
  "信用冻结",
  "授信冻结",
  "account frozen",
  "funds frozen",
  "frozen account",
  "frozen funds",
  "credit frozen",
  "credit hold",
  "on credit hold",
  "payment hold",
  // reviewer58 M3: the same block in other words (an account on hold for what it owes).
  "欠款冻结",
  "冻结欠款",
  "欠费冻结",
  "客户冻结",
  "冻结（欠款）",
  "冻结(欠款)",
  "on hold (overdue)",
  "on hold - overdue",
  "overdue hold",
] as const;

/**
 * What a status or a note writes of an account the firm sells to for cash only until it pays what
 * it owes (tester62 U148: Golden Gate's "Put on credit hold – COD only until paid"): a credit hold
 * is no loyalty and no pause. The account gets no retention, movement or routine sales call; its
 * regular contact is an account check at the longest tier's interval, and a call about the money
 * when invoices are overdue (ingest/paymentFailed.ts). Read in the Customers status and note and
 * in the latest contact note saying it or its lifting (followUp/hold.ts), not negated right
 * before (not on credit hold, 未停止赊账). A wholesaler's 停止供货 / 只催款 is final (LEFT_WORDS).
 * Case ignored, found anywhere; an English phrase as whole words.
 */
export const CREDIT_HOLD_WORDS = [
  "credit hold",
  "停止赊账",
  "暂停赊账",
  "不再赊账",
  "不能赊账",
  "禁止赊账",
] as const;

/**
 * Payment terms that are a credit hold only when they are the whole status, or put on the account
 * (put on COD only, 改为先款后货): written alone they are the terms a wholesaler gives every new or
 * small buyer (reviewer64 H6: 结算方式：款到发货, "Terms: prepay only", 客户要求先款后货 lost their
 * win-back calls), or a past hold ("Was on COD only until June").
 */
export const PAYMENT_TERMS_WORDS = [
  "cod only",
  "c.o.d. only",
  "cash on delivery only",
  "prepay only",
  "prepayment only",
  "先款后货",
  "款到发货",
] as const;

/**
 * An invoices sheet's Terms cell that makes an invoice due the day it is issued (ingest/paymentRows.ts
 * termsDue): Due on receipt, COD, Cash on delivery, 见票即付, 现结, 款到发货 (reviewer66 M8; reviewer67
 * M2: COD was read as no terms, so Net 30). Matched whole, lower case, the trailing stop dropped.
 */
export const DUE_AT_ONCE_TERMS_WORDS = [
  "due on receipt",
  "due upon receipt",
  "on receipt",
  "upon receipt",
  "payable on receipt",
  "payable upon receipt",
  "receipt of invoice",
  "due immediately",
  "immediate",
  "immediately",
  "cod",
  "c.o.d",
  "cod only",
  "c.o.d. only",
  "cash on delivery",
  "cash on delivery only",
  "cash in advance",
  "cia",
  "cash",
  "prepaid",
  "prepay",
  "prepayment",
  "payment in advance",
  "见票即付",
  "即付",
  "货到付款",
  "现结",
  "现付",
  "现款",
  "现金",
  "款到发货",
  "先款后货",
] as const;

/**
 * Words in a Terms cell counting its days from the end of the invoice's month (EOM, Net 30 EOM,
 * 月结, 月结30天: month-end, month-end + 30; ingest/paymentRows.ts termsDue, reviewer67 M2).
 */
export const MONTH_END_TERMS_WORDS = [
  "end of the month",
  "end of month",
  "eom",
  "月结",
  "月底结",
  "月底结清",
] as const;

/**
 * Words before a Terms cell's days (Net 30, n/30, NET30, net-30, Due in 30 days, Due end of month,
 * 账期30天) or after them (30 days net); an early-payment discount before them (2% 10 Net 30, 2/10, n/30) is passed over.
 */
export const NET_TERMS_WORDS = [
  "net",
  "n",
  "due",
  "due in",
  "due within",
  "due by",
  "账期",
  "结算账期",
] as const;

/**
 * Words in a Terms cell making its day a day of the month after the invoice's (Net 10th, 10th of
 * the following month, 10th prox, 次月10日: ingest/paymentRows.ts termsDue); an English ordinal
 * (10th) says it alone.
 */
export const NEXT_MONTH_TERMS_WORDS = [
  "of the following month",
  "of following month",
  "of the next month",
  "of next month",
  "following month",
  "next month",
  "proximo",
  "prox",
  "次月",
  "下月",
] as const;

/** English ordinals' endings (10th, 1st, 2nd, 3rd): a Terms cell's day of the next month. */
export const ORDINAL_DAY_WORDS = ["st", "nd", "rd", "th"] as const;

/** Words after a Terms cell's days (30 days, 30天, 30日). */
export const TERMS_DAY_WORDS = ["days", "day", "天", "日"] as const;

/** Words just before a payment term that put it on the account (put on, moved to, 改为). */
export const PUT_ON_TERMS_WORDS = [
  "put on",
  "moved to",
  "switched to",
  "now",
  "from now on",
  "改为",
  "改成",
  "只能",
] as const;

/** What a note writes when a credit hold is over (credit hold lifted, 恢复赊账, 解除停止赊账). */
export const CREDIT_HOLD_LIFTED_WORDS = [
  "lifted",
  "released",
  "removed from credit hold",
  "off credit hold",
  "no longer on credit hold",
  "恢复赊账",
  "解除",
] as const;

/**
 * What a status cell writes once the pause is over (装修结束，已恢复营业, 已复学, Reopened): not paused,
 * though a pause word is in it too (reviewer56 R8: kept paused until the cell was cleared). Found
 * anywhere in the cell, case ignored, but not followed by 后 (装修完成后再联系: still paused); an
 * English word as a whole word.
 */
export const RESUMED_WORDS = [
  "已恢复",
  "恢复营业",
  "恢复正常",
  "恢复合作",
  "已复业",
  "已复学",
  "已开业",
  "已复卡",
  "已解冻",
  // reviewer57 M2 (and reviewer56 R8's): a freeze or pause written as over.
  "解冻",
  "解除",
  "取消停卡",
  "取消暂停",
  "停卡到期",
  "停卡期满",
  "暂停结束",
  "no longer",
  "已重新开业",
  "装修结束",
  "装修完成",
  "已结束",
  "reopened",
  "resumed",
  "back open",
] as const;

/**
 * What a customer's note (客户表 备注), status or a contact's note writes when the customer asked not
 * to be contacted at all (tester59 U80: a pet-food member whose pet died wrote 别再发推销 and was
 * planned a retention call; 不要再联系 in the contact log). Such a customer gets no call of any kind
 * (followUp/doNotContact.ts). A refusal of sales pitches (别再发推销) counts: every contact the
 * schedule plans but a complaint follow-up sells. A refusal of one channel (不要再发短信, stop
 * texting) does not: it is no refusal of a call. Found anywhere in the cell, case ignored; an English
 * phrase as whole words; not when a negation or a time limit comes before it in its clause, nor
 * when an object follows it (不要再联系前台，直接找王经理: whom to call instead): ingest/contactOutcome.ts
 * saysDoNotContact.
 */
/**
 * Of LEAVING_REASON_WORDS, gone to another activity (孩子去学游泳了, 改学钢琴了, takes swimming lessons
 * instead: tester67 U319): a reason when the activity and 了 close its clause (去学游泳了; not
 * 去学校了, 去学习了, 去学游泳，周末还来) or, in English, "instead" is not "instead of"; the child
 * named before it (LEAVING_CLASS_STUDENT) is the student, not someone else.
 */
export const LEAVING_OTHER_CLASS_WORDS = [
  "去学",
  "改学",
  "lessons instead",
  "classes instead",
] as const;

/**
 * Words after gone to another activity (LEAVING_OTHER_CLASS_WORDS), anywhere later in the note, that
 * say the student still comes or comes back: a class beside ours or a break, no leaving (reviewer69
 * M4: 孩子去学游泳了，周末还来; 暑假去学游泳了，九月回来; 但钢琴课不停; still here Saturdays; back in
 * September). Case ignored; an English word as a whole word (ingest/contactOutcome.ts otherClass).
 */
export const LEAVING_OTHER_CLASS_STAYS = [
  "还来",
  "再来",
  "回来",
  "继续",
  "照常",
  "照旧",
  "不停",
  "不变",
  "还在",
  "还上",
  "still here",
  "still comes",
  "still coming",
  "still attends",
  "still takes",
  "back in",
  "back on",
  "back after",
  "be back",
  "will return",
  "returning",
] as const;

/**
 * What, in a stay word's clause (LEAVING_OTHER_CLASS_STAYS), says she comes for an errand or that the
 * coming is ours, not lessons (reviewer70 M8): after it an errand or a call of ours (还来退费, 回来拿东西,
 * 继续联系看看, still here for the refund paperwork), before it ourselves (我们继续跟进). Such a stay
 * takes no leaving back. Case ignored; an English word as a whole word (ingest/contactOutcome.ts
 * otherClass).
 */
export const LEAVING_OTHER_CLASS_STAY_NOT = {
  after: [
    "退费",
    "退款",
    "退课",
    "退卡",
    "退钱",
    "拿",
    "取",
    "办手续",
    "结算",
    "联系",
    "跟进",
    "回访",
    "沟通",
    "refund",
    "paperwork",
    "collect",
    "pick up",
    "follow",
  ],
  before: ["我们", "我们会", "咱们", "we", "we'll", "we will"],
} as const;

/** Who, before LEAVING_OTHER_CLASS_WORDS, is the student (孩子去学游泳了): not another's reason. */
export const LEAVING_CLASS_STUDENT = ["孩子", "小孩", "宝宝", "kid", "kids", "child"] as const;

/**
 * A contact's note that states a reason to leave: another supplier, a competitor, the price
 * (judge61; tester60 U104: Delta Plumbing's rep noted "Switching some SKUs to a cheaper supplier").
 * Found anywhere in the note, case ignored; an English phrase as whole words; not after a negation
 * (没有换别家, not switching to a cheaper supplier): ingest/contactOutcome.ts leavingReasonWord. Said
 * as the churn reason said_leaving, with the word found.
 */
export const LEAVING_REASON_WORDS = [
  "换了别家",
  "换别家",
  "去别家",
  "去了别家",
  "在别家",
  "别家便宜",
  "别家更便宜",
  "换供应商",
  "换了供应商",
  "更便宜的供应商",
  "其他供应商",
  "别的供应商",
  "竞争对手",
  "竞品",
  "嫌贵",
  "太贵",
  "价格贵",
  "价格太高",
  "cheaper supplier",
  "another supplier",
  "other supplier",
  "different supplier",
  "new supplier",
  "competitor",
  "cheaper elsewhere",
  "too expensive",
  "price too high",
  // Thinking of going elsewhere (fix62c, Mia Garcia's "Considering switching studios": low risk):
  // said as the reason too. Appended: a reason's figure is its index.
  "换一家",
  "considering switching",
  "thinking of switching",
  "thinking about switching",
  // tester65 U206: the others' shop named as people say it (去别的店了，那边离家近, 在别的美容院办了
  // 年卡, 被别家挖走了), a switch to another business in English (switching to a local supplier:
  // the clause after it names one, ingest/contactOutcome.ts AWAY), and U210's 不想再来了 (a wish to
  // leave said, called: not a leaving for good as 不会再来 is, NOTE_LEFT_WORDS).
  "换到别家",
  "被别家挖走",
  "被别的店挖走",
  "被对面挖走",
  "去别的店",
  "去了别的店",
  "在别的店",
  "别的美容院",
  "别的健身房",
  "别的诊所",
  "别的医院",
  "别的宠物医院",
  "不想再来",
  "不想来了",
  "doesn't want to come back",
  "does not want to come back",
  "don't want to come back",
  "switching to",
  "switched to",
  // fix67d (tester66): the other shop named with no going verb, as where she is served now or what
  // is cheaper there (现在别的店做, 别的店便宜; not 我们比别的店便宜, 别的店做得不好, 不在别的店做), and
  // going elsewhere in English (not "not going elsewhere").
  "别的店便宜",
  "别的店更便宜",
  "别的店做",
  "别的店办",
  "别的店买",
  "别的店剪",
  "别的店充",
  "换了别的店",
  "换别的店",
  "转到别的店",
  "转去别的店",
  "going elsewhere",
  "goes elsewhere",
  "gone elsewhere",
  "went elsewhere",
  // tester67 U319 (a children's school: 孩子去学游泳了): gone to another activity, the commonest reason
  // a child leaves a class.
  ...LEAVING_OTHER_CLASS_WORDS,
  // tester70 U601 (a car-repair shop): a wish to leave said with a softener (不太想再来), and the
  // dealer's workshop as the others' (已经去4S店修了; lower-cased as notes are read).
  "不太想再来",
  "不太想来了",
  "不大想再来",
  "去4s店",
  "去了4s店",
] as const;

/**
 * Words before a reason to leave (LEAVING_REASON_WORDS) in its clause saying it did not happen:
 * 差点换别家，后来留下了 (reviewer65 L1 N14), almost switched to another supplier. Case ignored; an
 * English word as a whole word.
 */
export const LEAVING_NOT_DONE = ["差点", "差一点", "险些", "almost", "nearly"] as const;

/**
 * The answer that denies a reason to leave asked about (LEAVING_REASON_WORDS, then a question mark in
 * its clause, then one of these: going elsewhere? no, staying; 去别的店了吗？没有): no reason stated
 * (reviewer67 M7). Case ignored; an English word as a whole word.
 */
export const LEAVING_ASKED_NO = [
  "没有",
  "没",
  "没去",
  "不是",
  "不会",
  "不",
  "no",
  "nope",
  "not",
] as const;

/**
 * The answer that leaves a reason to leave asked about unanswered (LEAVING_REASON_WORDS, then a
 * question mark in its clause, then one of these opening the answer: 去别的店了吗？没接电话, going
 * elsewhere? no answer, 是不是嫌贵去别家了？没问出来): the staff's question states nothing of hers, no
 * reason (reviewer70 M9). Not a shrug (不知道, not sure: her answer, the reason stays said).
 * Case ignored; an English word as a whole word (ingest/contactOutcome.ts askedNo).
 */
export const LEAVING_ASKED_UNANSWERED = [
  "没接",
  "未接",
  "没人接",
  "无人接听",
  "不接",
  "没问出来",
  "没问到",
  "没问出",
  "没回",
  "未回",
  "没有回",
  "没有接",
  "没有回复",
  "no answer",
  "no reply",
  "no response",
  "not answered",
  "unanswered",
  "didn't answer",
  "did not answer",
  "didn't pick up",
  "did not pick up",
  "voicemail",
  "left a voicemail",
  "couldn't find out",
  "could not find out",
] as const;

/**
 * Words after a staying word (LEAVING_DENIED_WORDS), in its clause, that say it is unlikely: no
 * staying (reviewer66 M3: trying us again is unlikely). Case ignored; an English word as a whole
 * word (ingest/contactOutcome.ts leavingReasonWord).
 */
export const LEAVING_STAY_UNLIKELY = [
  "unlikely",
  "not likely",
  "doubtful",
  "不太可能",
  "不大可能",
] as const;

/**
 * The customer named again after another person (OTHER_PEOPLE) in a note: what follows is hers (她
 * 老公说别家便宜，她也觉得贵). Case ignored; an English word as a whole word (ingest/contactOutcome.ts
 * ownReason).
 */
export const CUSTOMER_NAMED_AGAIN = ["她", "他", "she", "her", "he", "him"] as const;

/**
 * Words after a staying or shrugging word (LEAVING_DENIED_WORDS) that say she has gone anyway: the
 * shrug does not cancel the reason (reviewer69 M5: 别的店便宜，她说无所谓，反正以后不来了; 虽然还是喜欢
 * 我们这，但已经在那边办卡了; she doesn't care about loyalty points, switched already). Case ignored;
 * an English word as a whole word (ingest/contactOutcome.ts leavingReasonWord).
 */
export const LEAVING_GONE_ANYWAY = [
  "已经去",
  "已经在那边",
  "已经在别",
  "已经换",
  "已经转",
  "办卡了",
  "办了卡",
  "不来了",
  "不会再来",
  "switched already",
  "already switched",
  "has switched",
  "already signed up",
  "already joined",
  "won't be back",
  "not coming back",
] as const;

/**
 * A clause of a contact's note saying the customer stays, came back, renewed or chose us, or that the
 * price problem was settled (reviewer61 R3: 别家太贵了，还是来我们这; 之前去别家做过，现在回来了; Came back
 * from a competitor; chose us): the note then states no reason to leave, whatever LEAVING_REASON_WORDS
 * it also holds. Found after the reason in the note (one before it is history: 去年办了年卡，今年嫌贵),
 * or before it naming where from (came back from a competitor); case ignored; an English phrase as
 * whole words; not after a negation (没有回来, not staying with us): ingest/contactOutcome.ts
 * leavingReasonWord.
 */
export const LEAVING_DENIED_WORDS = [
  "还是来",
  "还是选",
  "回来了",
  "又回来",
  "已解决",
  "解决了",
  "续约了",
  "已续约",
  "续费了",
  "已续费",
  "办了年卡",
  "办了卡",
  "选择了我们",
  "选了我们",
  "留下来",
  "继续合作",
  // reviewer65 L1 N06, N11, N14: she came from another to us, or stayed (换了别家的牌子，想试试我们的,
  // 以前在别家买，现在只在我们这买, 差点换别家，后来留下了).
  "试试我们",
  "还是我们这好",
  "还是我们家好",
  "还是我们的好",
  "还是我们好",
  "只在我们",
  "现在在我们",
  "来我们这",
  "改用我们",
  "换成我们",
  "换到我们",
  "留下了",
  // reviewer66 M3 (LV1 V13, V15, V22): only we have it, she came over to us, she goes to both.
  "只有我们有",
  "只有我们家有",
  "转到我们",
  "转来我们",
  "两边都去",
  "两家都去",
  // reviewer67 M7: a comparison shrugged off (她说别的店便宜，但还是喜欢我们这; 别的店便宜一点，不过她
  // 不在乎; 以前在别的店做，现在固定在我们这).
  "还是喜欢我们",
  "还是喜欢这",
  "还是喜欢来",
  "不在乎",
  "不在意",
  "无所谓",
  "固定在我们",
  "doesn't mind",
  "does not mind",
  "doesn't care",
  "does not care",
  "still prefers us",
  "still likes us",
  "still loves us",
  "switched to us",
  "trying us",
  "try us",
  "came to us",
  "buys from us",
  "came back",
  "back with us",
  "chose us",
  "choose us",
  "staying with us",
  "stays with us",
  "stay with us",
  "happy with us",
  "still with us",
  "renewed",
  "resolved",
] as const;

/**
 * Where, around a staying word (LEAVING_DENIED_WORDS: 办了卡, renewed), the note puts it at another
 * business: she joined them, not stayed with us (tester65 U206: 换了别家，在对面新开的店办了卡, 嫌贵，在
 * 别家办了年卡). A Chinese one before it in its clause, an English one after it (renewed elsewhere,
 * renewed with another gym); case ignored.
 */
export const LEAVING_DENIED_ELSEWHERE = [
  "在别家",
  "在对面",
  "在别的",
  "在那边",
  "在其他",
  "在另一家",
  "在新开的",
  "elsewhere",
  "with another",
  "with a competitor",
  "at another",
  "at a competitor",
] as const;

export const DO_NOT_CONTACT_WORDS = [
  "不要再联系",
  "别再联系",
  "不要联系",
  "别联系",
  "请勿联系",
  "勿联系",
  "拒绝联系",
  "拒绝再联系",
  // 不再联系 alone is as often a lapse (半年不再联系了, 客户已不再联系我们: reviewer60 R2).
  "要求不再联系",
  "希望不再联系",
  "请不再联系",
  "不想再被联系",
  "不希望再被联系",
  "不要再打电话",
  "别再打电话",
  "不要打电话",
  "别打电话",
  "不要再打来",
  "别再打来",
  "不要再打了",
  "别再打了",
  "不要再来电",
  "勿来电",
  "拒绝来电",
  "拒绝回访",
  "不接受回访",
  "不要回访",
  "不要再回访",
  "别再回访",
  "投诉骚扰",
  "骚扰投诉",
  "说是骚扰",
  "勿扰",
  "请勿打扰",
  "不要打扰",
  "别再打扰",
  "不要再打扰",
  "别再发推销",
  "不要再推销",
  "别再推销",
  "不要推销",
  "别推销",
  "拒绝推销",
  // Contact only through a lawyer or a collector: an account in dispute gets no sales call
  // (tester62 U141: 请勿直接联系 and "Do NOT call - lawyer involved" got urgent retention calls).
  "不要直接联系",
  "别直接联系",
  "勿直接联系",
  "请勿直接联系",
  "通过律师联系",
  "由律师处理",
  "律师介入",
  "律师处理中",
  "催收公司处理",
  "转交催收",
  "委托催收",
  "do not contact",
  "don't contact",
  "do not call",
  "don't call",
  "dnc",
  "stop calling",
  "stop contacting",
  "no more calls",
  "remove me from your list",
  // tester63 U161: the wine club's "Passed away … Remove from all lists."
  "remove from all lists",
  "remove from all mailing lists",
  "remove from call list",
  "remove from calling list",
  "take me off your list",
  "unsubscribe me",
  "do not disturb",
  "no sales calls",
  "through attorney",
  "through our attorney",
  "through lawyer",
  "through our lawyer",
  "via attorney",
  "via our attorney",
  "via lawyer",
  "via our lawyer",
  "lawyer involved",
  "attorney involved",
  "legal hold",
  "collections agency",
  "debt collector",
  "debt collection",
  "sent to collections",
  "handed to collections",
] as const;

/**
 * What a customer's note, status or a contact's note writes when the customer refused one channel
 * only (不要再发短信, stop texting; 别再发邮件, no more emails), by CONTACT_CHANNELS' keys: nothing is
 * sent to them by it, whatever it is for (a birthday greeting, a holiday message, a regular
 * e-mail); a call or a visit still goes (DO_NOT_CONTACT_WORDS refuse every contact). Read as those
 * are (ingest/contactOutcome.ts refusedChannels: not after a negation or a time limit in its clause).
 */
export const CHANNEL_REFUSAL_WORDS = {
  online: [
    "不要再发短信",
    "别再发短信",
    "不要发短信",
    "别发短信",
    "拒收短信",
    "不要再发微信",
    "别再发微信",
    "不要发微信",
    "别发微信",
    "不要再发消息",
    "别再发消息",
    "不要发消息",
    "别发消息",
    "stop texting",
    "no more texts",
    "no texts",
    "do not text",
    "don't text",
    "no sms",
    // fix64b: an unsubscription from one channel (退订短信; Unsubscribed from texts): that channel
    // refused, the others not (not negated right before: 未退订短信, not unsubscribed).
    "退订短信",
    "退订微信",
    "取消短信订阅",
    "unsubscribed from texts",
    "unsubscribed from text messages",
    "unsubscribed from sms",
    "opted out of texts",
    "opted out of sms",
    "no text messages",
  ],
  email: [
    "不要再发邮件",
    "别再发邮件",
    "不要发邮件",
    "别发邮件",
    "拒收邮件",
    "stop emailing",
    "no more emails",
    "no emails",
    "do not email",
    "don't email",
    // fix64b: Kara Lee (tester63 wine club) "Unsubscribed from email. Phone is fine.".
    "退订邮件",
    "取消邮件订阅",
    "unsubscribed from email",
    "unsubscribed from emails",
    "unsubscribed from e-mail",
    "unsubscribed from e-mails",
    "unsubscribed from our emails",
    "unsubscribed from the newsletter",
    "opted out of email",
    "opted out of emails",
  ],
} as const;

/**
 * What a note writes to be taken off the shop's list or sends with words between (tester65 U204:
 * Please remove me from your mailing list, Take me off your mailing list, Unsubscribe, Stop sending
 * me emails, 请把我从群发名单里删掉, 别再给我发消息了 got three e-mails each): regular expressions
 * (lower case) where "…" stands for a few words of any kind within the clause (at most 24
 * characters). What the match names decides what is refused (UNSUBSCRIBE_CHANNEL_WORDS: e-mail,
 * texts; messages are both), else every contact (a list, 群发名单, Unsubscribe alone). Read as
 * DO_NOT_CONTACT_WORDS are (ingest/contactOutcome.ts: not negated or time-limited before it, only
 * DO_NOT_CONTACT_FOLLOWERS after it in its clause).
 */
export const UNSUBSCRIBE_PATTERNS = [
  "(remove|delete|drop) me from …lists?",
  "take me off …lists?",
  "unsubscribe( me)?",
  "unsubscribe( me)? from …(e-?mails?|newsletters?|texts?|messages|sms)",
  "(stop|quit) sending( me)? …(e-?mails?|newsletters?|texts?|messages|sms)",
  "(do not|don't|never) send( me)? …(e-?mails?|newsletters?|texts?|messages|sms)",
  "把我从…(名单|列表|通讯录)…(删掉|删除|删了|移除|移出|去掉|拿掉)",
  "把我(移出|踢出|删出)…(名单|列表)",
  "(不要|别|请勿|勿)再?给我发…(消息|短信|邮件|微信|广告)",
  "(不要|别|请勿|勿)再?发给我…(消息|短信|邮件|微信|广告)",
] as const;

/**
 * Lists that are no list of contacts: a match of UNSUBSCRIBE_PATTERNS holding one of these (within
 * a word: waitlist) refuses nothing (reviewer65 H11: "Take me off the waiting list, I got a table
 * elsewhere" became do_not_contact, the customer never contacted again). Case ignored.
 */
export const NOT_CONTACT_LIST_WORDS = [
  "wait",
  "wish",
  "guest",
  "invit",
  "roster",
  "seating",
  "候补",
  "排队",
  "等位",
  "排号",
] as const;

/**
 * The channels an UNSUBSCRIBE_PATTERNS match refuses by the words it holds, by CONTACT_CHANNELS'
 * keys (a word in both refuses both: 消息, messages are any written message). A match naming none
 * refuses every contact.
 */
export const UNSUBSCRIBE_CHANNEL_WORDS = {
  email: [
    "mailing",
    "mail",
    "email",
    "emails",
    "e-mail",
    "e-mails",
    "newsletter",
    "newsletters",
    "message",
    "messages",
    "邮件",
    "邮箱",
    "消息",
  ],
  online: ["text", "texts", "sms", "message", "messages", "短信", "微信", "消息"],
} as const;

/**
 * Of CHANNEL_ONLY_WORDS, the group chat's words (微信群, group chat): named as where a thing happened
 * (她在群里骂过我们, Complained in the group chat), not as the way to reach her (reviewer65 H1;
 * ingest/contactOutcome.ts channelAfter). Case ignored; an English word as a whole word.
 */
export const CHANNEL_GROUP_WORDS = ["群", "group"] as const;

/**
 * What a note writes after a refusal of calls to name the one way to reach the customer instead
 * (Do not call - email only; 不要打电话，发微信; 别打电话，只发短信), by CONTACT_CHANNELS' keys: no
 * call or visit, every contact by that channel (placement.ts route, instead `asked_channel`), not
 * a refusal of every contact (reviewer62 R3). Read anywhere in the note after the refusal, not in
 * a note of a dispute (DO_NOT_CONTACT_DISPUTE_WORDS), not itself refused or negated (不要发微信,
 * 发邮件也不要, no email either). Case ignored; an English phrase as whole words
 * (ingest/contactOutcome.ts askedChannel).
 */
export const CHANNEL_ONLY_WORDS = {
  email: [
    "email only",
    "e-mail only",
    "emails only",
    "only email",
    "only by email",
    "email instead",
    "by email",
    "via email",
    "send an email",
    "发邮件",
    "邮件联系",
    "邮件沟通",
  ],
  online: [
    "text only",
    "texts only",
    "sms only",
    "message only",
    "messages only",
    "whatsapp only",
    "wechat only",
    "only text",
    "only by text",
    "text instead",
    "by text",
    "via text",
    "by whatsapp",
    "via whatsapp",
    "by wechat",
    "via wechat",
    "send a text",
    "发微信",
    "发短信",
    "发消息",
    "发信息",
    "微信联系",
    "短信联系",
    "微信沟通",
    "微信留言",
    // tester64 U193 (团购): "别打电话，有事群里说": the group chat is how to reach her (a
    // message), not a refusal of every contact.
    "群里说",
    "群里联系",
    "群里沟通",
    "群里留言",
    "群里发",
    "群里找",
    "在群里",
    "微信群",
    "群聊",
    "group chat",
    "in the group",
  ],
} as const;

/**
 * Words before a do-not-contact phrase, in its clause, that deny it (没说不要再联系, 并非拒绝回访,
 * did not ask us to stop calling). Case ignored; an English one as whole words.
 */
export const DO_NOT_CONTACT_NEGATIONS = [
  "没说",
  "没有说",
  "并没有",
  "没有要求",
  "没要求",
  "未要求",
  "不是",
  "并非",
  "并未",
  "未曾",
  "不会",
  "didn't",
  "did not",
  "never",
  "not",
  "doesn't",
  "does not",
  "wasn't",
  "isn't",
] as const;

/**
 * Words before a do-not-contact phrase, in its clause, that limit it in time: a pause, not a
 * refusal (春节前不要联系, 月底之前别再打, before May don't call). After it, DO_NOT_CONTACT_FOLLOWERS
 * tells them (不要再打电话到月底, do not call until May): a hold (下次跟进) or a pause word says when.
 */
export const DO_NOT_CONTACT_TIME_LIMITS = [
  "之前",
  "以前",
  "节前",
  "年前",
  "月前",
  "周前",
  "底前",
  "之内",
  "期间",
  "暂",
  "这几天",
  "这周",
  "本周",
  "这个月",
  "本月",
  "月底",
  "下周",
  "下个月",
  "until",
  "till",
  "before",
  "for now",
  "this week",
  "this month",
  "today",
  "during",
  "after",
] as const;

/**
 * Words right before a do-not-contact phrase (after 请 / please) that take it back or limit it to a
 * time of day or week: 已取消勿扰, 晚上勿扰, 工作时间别打电话, 周末不要打电话, evenings do not call — a
 * preferred time, not a refusal (reviewer60 R2). Only right before it: 昨天晚上客户说不要再联系 and
 * 取消订阅后说别再打电话了 are refusals (reviewer60 R19).
 */
export const DO_NOT_CONTACT_RIGHT_BEFORE = [
  "取消",
  "解除",
  "撤销",
  "晚上",
  "夜里",
  "夜间",
  "白天",
  "早上",
  "上午",
  "中午",
  "下午",
  "午休",
  "上班",
  "上班时间",
  "工作时间",
  "工作日",
  "周末",
  "节假日",
  "假期",
  "开会",
  "休息",
  "休息时间",
  "evening",
  "evenings",
  "night",
  "nights",
  "morning",
  "mornings",
  "weekend",
  "weekends",
  "at work",
] as const;

/**
 * What may follow a do-not-contact phrase in its clause and keep it about the customer: a
 * particle, the customer, the call, what the calls were for (别再打了, 不要再联系我, 投诉骚扰电话,
 * 不要再打电话推销课程, do not call me again, do not call about offers).
 * Anything else names someone or something else (不要再联系前台，直接找王经理): not the customer's
 * refusal. Chinese: the characters (one each); English: whole words.
 */
export const DO_NOT_CONTACT_FOLLOWERS = {
  // Chinese: a character or a word the rest of the clause starts with. What the calls were for
  // (不要再打电话推销课程: tester61 U111, a parent who said so got an urgent retention call).
  chinese: [
    ..."了啦吧哦喔呀啊嘛呢我他她本们电的",
    "推销",
    "推广",
    "营销",
    "促销",
    "广告",
    "骚扰",
    "打扰",
    // The customer named (不要直接联系客户，由律师处理), or whom a school calls for her: the parent
    // (请勿联系家长, 别再打电话给她: newuser62).
    "客户",
    "家长",
    "给她",
    "给他",
    "给我",
  ],
  // After such a word, a character that makes it a person or a department (推销员, 营销部, 广告公司).
  notAfterWord: [..."员部司人商处科组团经"],
  english: [
    "me",
    "us",
    "him",
    "her",
    "them",
    "again",
    "anymore",
    "any",
    "more",
    "ever",
    "please",
    "thanks",
    "thank",
    "you",
    "list",
    // What the calls were for: do not call me about offers, with sales pitches.
    "about",
    "regarding",
    "with",
    "selling",
    "sales",
    "offers",
    "promotions",
    "marketing",
    // How not: directly (contact via the attorney), only through, with someone involved or handling it.
    "directly",
    "direct",
    "only",
    "involved",
    "handling",
    // Whom a school or a family business calls for the customer (Do not contact the parent).
    "the",
    "parent",
    "parents",
    "mother",
    "father",
    "mom",
    "dad",
    "guardian",
  ],
} as const;

/**
 * Words anywhere in a note that say the account is in dispute, with a lawyer or a collector: only
 * with one of them is "not directly" (请勿直接联系, Do not contact directly) a refusal, and a route
 * or a time after a refusal (DO_NOT_CONTACT_ROUTES, _LATER) does not lift it (tester62 U141; reviewer62
 * R3: 请勿直接联系，请联系她的助理小李 asks for the assistant, not for no contact).
 */
export const DO_NOT_CONTACT_DISPUTE_WORDS = [
  "律师",
  "法务",
  "纠纷",
  "诉讼",
  "起诉",
  "仲裁",
  "催收",
  "attorney",
  "lawyer",
  "legal",
  "collections",
  "dispute",
  "disputed",
  "litigation",
  "lawsuit",
] as const;

/**
 * Words after a refusal, in the rest of its sentence (after a comma, a semicolon or a dash), that
 * name another way in or a time (Do not call – she is on holiday until Jan; 请勿直接联系，请联系她的
 * 助理; Do not call directly, call her assistant): a route or a hold, not a refusal of every contact
 * (reviewer62 R3). Not in a note of a dispute (DO_NOT_CONTACT_DISPUTE_WORDS). Case ignored; an
 * English one as whole words.
 */
export const DO_NOT_CONTACT_ROUTES = [
  "联系她",
  "联系他",
  "联系助理",
  "找助理",
  "助理",
  "秘书",
  "前台",
  "女儿",
  "儿子",
  "爱人",
  "老公",
  "老婆",
  "太太",
  "家属",
  "通过",
  "对接",
  "本人",
  "先发",
  "assistant",
  "secretary",
  "front desk",
  "wife",
  "husband",
  "handles",
  "call her",
  "call him",
  "call mrs",
  "call mr",
  "call ms",
  "call the",
  "book through",
  "go through",
  "text first",
] as const;

/**
 * Words after a refusal, in the rest of its own sentence, that name a time or an absence (Do not
 * call – she is on holiday until Jan; 别打电话，她出国了，明年再联系): a hold, not a refusal of every
 * contact, as DO_NOT_CONTACT_ROUTES. Not read in the next sentence when the refusal ends its own
 * (reviewer63 R9: "Do not call. Try in March", 不要打电话。明年三月再联系, 客户说不要再打了。下个月再说
 * were called the same month): when to call again is not read from notes, so the refusal stands
 * (no call now). Case ignored; an English one as whole words.
 */
export const DO_NOT_CONTACT_LATER = [
  "之后再",
  "以后再",
  "后再联系",
  "后再打",
  "明年",
  "下个月",
  "春节后",
  "节后",
  "出国",
  "until",
  "till",
  "try in",
  "try again",
  "next month",
  "next year",
  "on holiday",
  "on vacation",
  "busy season",
] as const;

/**
 * What a later contact's note writes when the customer agreed to be contacted again after a
 * do-not-contact note (可以再联系, 欢迎回访, ok to call again): it lifts a do-not-contact said on an
 * earlier contact (not one on the Customers sheet, which is edited there). Case ignored; an
 * English phrase as whole words.
 */
export const CONTACT_AGAIN_WORDS = [
  "可以再联系",
  "可以联系",
  "欢迎联系",
  "欢迎再联系",
  "欢迎回访",
  "同意回访",
  "同意联系",
  "恢复联系",
  "可以打电话",
  "可以再打",
  "可以回访",
  "ok to call",
  "okay to call",
  "ok to contact",
  "call me again",
  "may call",
  "may contact",
  "happy to be called",
  "can call again",
  "can contact again",
] as const;

/**
 * What a transaction's note (备注) writes of one bill paid in parts two ways (3,000 微信 + 3,000
 * 刷卡): the owner's word that two rows alike but for the payment are a split payment, both money
 * received, not one line entered twice with its payment typed again (ingest/duplicateRows.ts;
 * tester58 U67, reviewer59 M2). Found anywhere in the note, case ignored; an English one as whole
 * words.
 */
/**
 * A note that says the row is a double entry, or denies a split before the split word in its
 * clause (不是分两笔付，重复录入; 误以为分两笔; Not a split payment, entered twice): no split payment
 * (reviewer60 R11: such a front-desk note made both rows count, the school's +3,200 again).
 */
export const DOUBLE_ENTRY_WORDS = [
  "重复录入",
  "录入重复",
  "重复登记",
  "登记重复",
  "录重",
  "entered twice",
  "double entry",
  "double-entered",
  "duplicate entry",
] as const;
export const SPLIT_DENIALS = [
  "不是",
  "并非",
  "非",
  "没有",
  "没",
  "未",
  "误以为",
  "以为",
  "not",
  "no",
  "isn't",
  "wasn't",
] as const;

export const SPLIT_PAYMENT_WORDS = [
  "分两笔",
  "分三笔",
  "分笔",
  "分两次付",
  "分开付",
  "分开支付",
  "分开结",
  "组合支付",
  "组合付款",
  "混合支付",
  "混合付款",
  "拆分支付",
  "拆单支付",
  "部分现金",
  "部分刷卡",
  "部分微信",
  "部分支付宝",
  "split payment",
  "split tender",
  "split bill",
  "paid in two",
  "part cash",
  "part card",
  "partly cash",
  "partial cash",
] as const;

/**
 * A Contacts sheet's complaint cell (是否投诉, 有无投诉; tester60 U100), read whole after trimming,
 * case ignored: yes, a complaint (its words then in 顾客反馈 or the note); no, none. A cell whose
 * first part (up to a punctuation mark, the mark at its end dropped: 无。, None., 否（已核实）) is a
 * no, or ends with one of `denied` negated (没有投诉, 未投诉, 暂无投诉, No complaint: cellWords'
 * notNegated), says no complaint too (reviewer61 R2). Any other text is a complaint in its own
 * words under a 投诉内容 column ("美容师态度差"), and unread under a yes/no one (是否投诉,
 * Complaint?: COMPLAINT_FLAG_HEADERS), said as a finding.
 */
export const COMPLAINT_FLAG_WORDS = {
  yes: [...FLAG_WORDS.yes, "有", "有投诉", "投诉", "complaint"],
  no: [
    ...FLAG_WORDS.no,
    "无",
    "没有",
    "暂无",
    "无投诉",
    "无异议",
    "none",
    "nil",
    "na",
    "n/a",
    "-",
    "—",
    "/",
  ],
  denied: [
    "投诉",
    "客诉",
    "异议",
    "问题",
    "complaint",
    "complaints",
    "issue",
    "issues",
    "problem",
    "problems",
  ],
} as const;

/**
 * A Contacts sheet's outcome cell (结果, 回访结果, Outcome) that, as the whole cell (case and marks
 * ignored), says the contact was a complaint: with no complaint column, such a row is flagged as one
 * (tester62 U151: a 4S shop's 回访结果 投诉 beside "返修两次还没解决，很不满意" was no complaint).
 */
export const COMPLAINT_OUTCOME_WORDS = [
  "投诉",
  "有投诉",
  "客诉",
  "客户投诉",
  "被投诉",
  "投诉中",
  "complaint",
  "complained",
  "customer complaint",
] as const;

/**
 * Words in a contact's note (回访内容, Notes) saying the customer complained or will (要去卫健委投诉,
 * threatens to complain, filed a complaint): with no complaint column, such a row is flagged as a
 * complaint, as an outcome of 投诉 is (tester63 U151: 刘建国's 回访 种植牙后一直疼，说张医生态度差，
 * 要去卫健委投诉, low risk with routine calls). Not negated right before (没有投诉, 无投诉, no
 * complaints, never complained, nor COMPLAINT_NOTE_DENIALS: 不会投诉) and not in a note saying it was
 * settled (投诉已处理: COMPLAINT_RESOLVED_WORDS). An English word as a whole word, case ignored
 * (ingest/contactOutcome.ts complaintNote).
 */
export const COMPLAINT_NOTE_WORDS = [
  "投诉",
  "客诉",
  "complain",
  "complains",
  "complained",
  "complaining",
  "complaint",
  "complaints",
] as const;

/**
 * Blame of the business's people in a contact's note, a complaint said in everyday words (tester65
 * U210: 上次打针后呕吐，觉得医生不负责，不想再来了 was no complaint): a word of these right after one of
 * COMPLAINT_BLAME_OF, nothing but 的 / 很 / 太 (was, very) between (觉得医生不负责, 医生的态度很差, Said the
 * vet was rude; not 店员反映她态度很差 nor 护士反映主人态度很差, staff's remarks about the customer:
 * late66b, reviewer66 H4), not negated, not of another business (COMPLAINT_BLAME_ELSEWHERE) nor
 * settled later in the note (COMPLAINT_BLAME_SETTLED). Case ignored; an English word as a whole word
 * (ingest/contactOutcome.ts complaintNote).
 */
export const COMPLAINT_BLAME_WORDS = [
  "不负责",
  "态度差",
  "态度很差",
  "态度不好",
  "服务差",
  "服务很差",
  "服务太差",
  "不专业",
  "不耐烦",
  // reviewer70 L7: 嫌师傅手重 (a heavy hand at a massage or a wash).
  "手重",
  "手太重",
  "手很重",
  "rude",
  "unprofessional",
  "careless",
] as const;

/**
 * Words of another business before our person blamed (COMPLAINT_BLAME_OF) in its clause: the blame is
 * of them (她说我们医生比上一家专业多了，上一家的医生不负责: late66b, reviewer66 H4). Case ignored; an
 * English word as a whole word.
 */
export const COMPLAINT_BLAME_ELSEWHERE = [
  "上一家",
  "上家",
  "别家",
  "别的",
  "那家",
  "另一家",
  "其他",
  "其它",
  "对面",
  "other",
  "another",
  "previous",
  "former",
] as const;

/**
 * Words later in a note than a blame of our people (COMPLAINT_BLAME_WORDS) that settle it: the next
 * visit was good, she keeps coming, a misunderstanding (她说上次的医生态度不好，这次的很好，以后都来:
 * late66b, reviewer66 H4). An apology settles it only as it settles any complaint, once accepted
 * (COMPLAINT_RESOLVED_WORDS, read by saysResolved: reviewer69 L1). Case ignored; an English word as
 * a whole word.
 */
export const COMPLAINT_BLAME_SETTLED = [
  "这次的很好",
  "这次很好",
  "这次挺好",
  "这次的挺好",
  "这次不错",
  "现在很好",
  "以后都来",
  "以后还来",
  "还会再来",
  "还会来",
  "误会",
  "misunderstanding",
  "will keep coming",
] as const;

/**
 * Blame put before our person, with words between (fix67d, tester66: 都怪你们那个新来的师傅, it's all
 * because of that new guy of yours): a complaint when one of COMPLAINT_BLAME_BEFORE_OF follows in its
 * clause within a few words, none of another business between (COMPLAINT_BLAME_ELSEWHERE: 都怪上一家的
 * 师傅), not negated (不怪你们) nor settled later in the note (COMPLAINT_BLAME_SETTLED). Not 都怪她老公,
 * it's all because of her new job: no one of ours. Case ignored; an English word as a whole word
 * (ingest/contactOutcome.ts complaintNote).
 */
export const COMPLAINT_BLAME_BEFORE = [
  "都怪",
  "全怪",
  "就怪",
  "只怪",
  "要怪就怪",
  "都赖",
  "全赖",
  "都是因为",
  "全是因为",
  "还不是因为",
  "all because of",
  "all thanks to",
  "blames",
  "blamed",
  "the fault of",
] as const;

/**
 * Our person after a blame put before it (COMPLAINT_BLAME_BEFORE): COMPLAINT_BLAME_OF's people and
 * "you", not "we" / 我们 / 店里 (都是因为我们这边便宜 praises us), and "of yours" (that new guy of yours).
 */
export const COMPLAINT_BLAME_BEFORE_OF = [
  "of yours",
  "your guy",
  "your girl",
  "your people",
  "your team",
] as const;

/**
 * What, after our person put behind a blame's or a cause's words (COMPLAINT_BLAME_BEFORE), says the
 * outcome was good: a cause praised, not a blame (reviewer67 M3: 都是因为你们前台推荐，她才办了年卡; 都是
 * 因为你们前台小王热情，她介绍了三个朋友; It's all because of your new stylist that she comes every
 * week now; 都怪你们那个新来的师傅太帅，她天天来). Not negated (她不喜欢); case ignored, an English
 * word as a whole word (ingest/contactOutcome.ts complaintNote).
 */
export const COMPLAINT_BLAME_PRAISED = [
  "才办了",
  "办了年卡",
  "办了卡",
  "才来的",
  "介绍了",
  "天天来",
  "每周都来",
  "经常来",
  "常来",
  "喜欢",
  "满意",
  "续费了",
  "续卡了",
  "comes every",
  "keeps coming",
  "signed up",
  "renewed",
  "referred",
  "loves",
  "for nothing",
] as const;

/**
 * Words before a praise (COMPLAINT_BLAME_PRAISED) in its clause that put it in the past: a habit she
 * had, not the good outcome (reviewer69 M6: 都是因为你们师傅手重，她以前经常来，现在不来了). Case
 * ignored; an English word as a whole word (ingest/contactOutcome.ts complaintNote).
 */
export const COMPLAINT_BLAME_PRAISED_PAST = [
  "以前",
  "之前",
  "原来",
  "过去",
  "曾经",
  "本来",
  "used to",
  "once",
] as const;

/**
 * Words after a praise (COMPLAINT_BLAME_PRAISED) that say the outcome went wrong after all: the
 * praise is part of the grievance (reviewer69 M6: 她才办了年卡，结果一次都没用上，很生气要退卡; 把她
 * 喜欢的发型剪坏了; 她续费了才知道涨价; she referred three friends and none got the discount). Case
 * ignored; an English word as a whole word (ingest/contactOutcome.ts complaintNote).
 */
export const COMPLAINT_BLAME_PRAISE_UNDONE = [
  "结果",
  "但是",
  "可是",
  "却",
  "生气",
  "不满",
  "退卡",
  "退钱",
  "退费",
  "没给",
  "没用上",
  "一次都没",
  "一个都没",
  "坏了",
  "剪坏",
  "弄坏",
  "才知道",
  "才发现",
  "不能退",
  "不来了",
  "不去了",
  "but",
  "none",
  "never",
  "can't",
  "cannot",
  "ruined",
  "cut short",
  "angry",
  "upset",
] as const;

/** Words right before a blame (COMPLAINT_BLAME_WORDS) that deny it: 医生不是不负责，是太忙. */
export const COMPLAINT_BLAME_DENIALS = ["不是", "并不是", "并非", "没说", "没有说"] as const;

/** The business's people or the business, blamed by a COMPLAINT_BLAME_WORDS word after them. */
export const COMPLAINT_BLAME_OF = [
  "医生",
  "大夫",
  "护士",
  "技师",
  "美容师",
  "理发师",
  "发型师",
  "师傅",
  "老师",
  "教练",
  "店员",
  "员工",
  "服务员",
  "前台",
  "客服",
  "店长",
  "店里",
  "你们",
  "我们",
  "doctor",
  "vet",
  "nurse",
  "staff",
  "stylist",
  "technician",
  "groomer",
  "receptionist",
  "trainer",
  "teacher",
  "instructor",
  "you",
  "we",
] as const;

/**
 * A fault of ours on the customer's things or the amends for it, in a note or a sales row (tester66
 * U233: 洗坏了大衣，赔偿200元, ruined her coat, refunded $200; a 赔偿 row on the sales sheet): in a
 * contact's note a complaint (complaintNote, unless the note says it settled: 已赔偿，已解决), and on
 * any of them a talking point of the call, the latest with its date (followUp/talkingPoints.ts:
 * the caller opens with it). Not negated (没有洗坏, 不用赔偿: COMPLAINT_NOTE_DENIALS), nor feared or
 * warned of before it in its clause (怕洗坏, 以免掉色, to avoid shrinking: AMENDS_FEARED). Case ignored;
 * an English word as a whole word (ingest/contactOutcome.ts saysAmends).
 */
export const AMENDS_WORDS = [
  "洗坏",
  "洗缩",
  "洗破",
  "烫坏",
  "剪坏",
  "修坏",
  "做坏",
  "串色",
  "掉色",
  "赔偿",
  "赔了",
  "赔钱",
  "赔付",
  "赔款",
  "我方过错",
  "我们的责任",
  "ruined",
  "damaged",
  "shrank",
  "shrunk",
  "compensated",
  "compensation",
  "our fault",
] as const;

/**
 * Of AMENDS_WORDS and beside them, the words of paying amends (赔偿, refunded) and of owning the fault
 * (我方过错, our fault): a contact's note is a complaint only with a fault owned, or a damage word
 * (洗坏, ruined: the rest of AMENDS_WORDS) and amends paid, not for anyone's loss or damage
 * (reviewer67 H3: 她炒股赔了不少钱, Hurricane damaged her roof, workers' compensation were complaints).
 */
export const AMENDS_PAID_WORDS = [
  "赔偿",
  "赔了",
  "赔钱",
  "赔付",
  "赔款",
  // The service's fee given back (洗坏了大衣，退了洗衣费: tester66 U233's sales note).
  "退了",
  "退款",
  "退钱",
  "退费",
  "免单",
  "compensated",
  "compensation",
  "refunded",
  "refund",
  "reimbursed",
  "paid her",
  "paid him",
  "paid them",
] as const;

/** The fault owned (AMENDS_PAID_WORDS): 我方过错, 我们的责任, our fault; not after 不是 / not. */
export const AMENDS_OWNED_WORDS = ["我方过错", "我们的责任", "our fault"] as const;

/**
 * Words in a damage's clause (AMENDS_WORDS, not AMENDS_PAID_WORDS) that make it none of ours: done
 * elsewhere, by another, by herself or said normal (reviewer69 L4: 买的裙子掉色，是别家买的; 衣服掉色是
 * 正常的; damaged at home; damaged by the courier; she damaged it herself). Read in the damage's clause
 * and the next. Case ignored; an English word as a whole word (ingest/contactOutcome.ts saysOurAmends).
 */
export const AMENDS_NOT_OURS = [
  "别家",
  "别的店",
  "其他店",
  "快递",
  "物流",
  "在家",
  "自己",
  "是正常的",
  "正常现象",
  "不是我们",
  "elsewhere",
  "courier",
  "at home",
  "herself",
  "himself",
  "themselves",
  "is normal",
  "was normal",
  "not our fault",
] as const;

/** Words before a fault word (AMENDS_WORDS) in its clause that fear or warn of it: 怕洗坏, 以免掉色. */
export const AMENDS_FEARED = [
  "怕",
  "担心",
  "以免",
  "避免",
  "防止",
  "小心",
  "注意",
  "不会",
  "afraid",
  "worried",
  "avoid",
  "careful",
  "prevent",
  "in case",
] as const;

/** Words right before a complaint word in a note that deny it (不会投诉, 不想投诉, without complaint). */
export const COMPLAINT_NOTE_DENIALS = [
  "不会",
  "不想",
  "不打算",
  "没打算",
  "不用",
  "without",
] as const;

/**
 * After a settled word (COMPLAINT_RESOLVED_WORDS), a turn (但, 现在, 后来, but, still) followed within
 * a few words by a complaint or a demand (COMPLAINT_REOPEN_WORDS) leaves the complaint open: the
 * note's last state is the customer's (reviewer70 H3: 客户接受道歉，但仍要求赔偿，要投诉到消协 was
 * settled, its urgent call gone). English words whole, case ignored.
 */
export const COMPLAINT_REOPEN_TURN_WORDS = [
  "但",
  "但是",
  "可是",
  "却",
  "不过",
  "仍",
  "仍然",
  "还是",
  "坚持",
  "又",
  "再次",
  "再度",
  "现在",
  "后来",
  "but",
  "still",
  "however",
  "later",
  "now",
  "then",
  "again",
] as const;

/** What re-opens a settled complaint after a turn (COMPLAINT_REOPEN_TURN_WORDS), unless negated. */
export const COMPLAINT_REOPEN_WORDS = [
  "投诉",
  "客诉",
  "不满",
  "赔偿",
  "退款",
  "退钱",
  "12315",
  "消协",
  "差评",
  "曝光",
  "complain",
  "complained",
  "complaint",
  "refund",
  "compensation",
  "unhappy",
  "dissatisfied",
  "not satisfied",
] as const;

/** Before a re-opening word, what says it is not made (不再投诉, 撤销投诉, won't complain). */
export const COMPLAINT_REOPEN_DENIALS = [
  "不",
  "没",
  "未",
  "无",
  "不再",
  "没再",
  "没有再",
  "不会",
  "不会再",
  "撤销",
  "撤回",
  "无需",
  "no",
  "not",
  "never",
  "won't",
  "wont",
  "withdrew",
  "withdrawn",
] as const;

/**
 * Words in a contact's complaint, feedback, note or outcome saying the complaint was settled (已解决,
 * 处理好了, Resolved): it closes the customer's open complaint that day. Found anywhere, case
 * ignored, unless denied right before (COMPLAINT_RESOLVED_DENIALS: 还没解决, not resolved), denied
 * right after (接受不了) or asked (解决了吗). Only words of a thing done: 要求解决 / 希望尽快解决 ask for it.
 */
export const COMPLAINT_RESOLVED_WORDS = [
  "已解决",
  "已经解决",
  "解决了",
  "已处理",
  "已经处理",
  "处理好",
  "处理完毕",
  "已结案",
  "已退款",
  "已赔偿",
  "已赔付",
  "已补偿",
  "已补发",
  "已补上",
  "已和解",
  "顾客已满意",
  "客户已满意",
  // A 售后 log's settled rows in everyday words (reviewer65 H2): goods exchanged or sent again, the
  // refund gone through, the customer satisfied (客户不满意 holds no 客户满意).
  "已换货",
  "已重发",
  "已重新发货",
  "退款成功",
  "顾客满意",
  "客户满意",
  // An apology the customer accepted (tester68 U401: 投诉已道歉，送了湿巾，客户接受 was a new open
  // complaint). Not when denied before (不接受道歉, 拒绝接受道歉, not accepted the apology) nor 接受不了
  // after. A bare 客户接受 / 顾客接受 only at its clause's end (顾客接受护理后… is "received a
  // treatment"), and 表示理解 only the customer's (店长表示理解 is our staff's): reviewer69 H2.
  // A bare 客户接受 settles too before our amends accepted (COMPLAINT_ACCEPTED_AMENDS: 客户接受赔偿,
  // 接受了我们的补偿, 接受换货: reviewer70 L6).
  "客户接受",
  "顾客接受",
  "接受道歉",
  "接受了道歉",
  "客户表示理解",
  "顾客表示理解",
  "家长表示理解",
  "客户表示谅解",
  "顾客表示谅解",
  "家长表示谅解",
  "accepted the apology",
  "accepted our apology",
  "accepted my apology",
  "apology accepted",
  "resolved",
  "solved",
  "settled",
  "refunded",
  "compensated",
  "issue fixed",
] as const;

/**
 * What a bare 客户接受 / 顾客接受 (COMPLAINT_RESOLVED_WORDS) accepts that settles a complaint: our
 * amends or our handling (客户接受赔偿, 客户接受了赔偿方案, 客户接受了我们的补偿, 客户接受换货,
 * 客户接受处理结果; reviewer70 L6), right after it (了, 我们的 between), or 并 and her content after it
 * (客户接受并表示满意); not asked (客户接受赔偿吗？). Not 道歉 (接受道歉 is its own word, asked or not).
 * Not a treatment received (顾客接受护理后…, 接受治疗: no settling). Read by
 * ingest/contactOutcome.ts saysResolved.
 */
export const COMPLAINT_ACCEPTED_AMENDS = [
  "赔偿",
  "补偿",
  "退款",
  "退货",
  "换货",
  "退费",
  "方案",
  "处理",
  "结果",
  "解决方案",
  "重做",
  "返工",
  "并表示满意",
  "并表示理解",
  "并表示谅解",
  "并满意",
] as const;

/**
 * Words in an after-sales (售后) log's status saying the customer is still unhappy (退了一罐，客户不太
 * 高兴; tester64 U191): the problem is open, whatever was done. Any other status written there says
 * what was done (已回复, 已寄回): settled (ingest/contactOutcome.ts afterSalesOpen; reviewer65 H2).
 */
export const AFTER_SALES_UNHAPPY_WORDS = [
  "不高兴",
  "不太高兴",
  "不开心",
  "不满",
  "不接受",
  "不认可",
  "生气",
  "很气",
  "差评",
  "没解决",
  "未解决",
  "还没解决",
  "unhappy",
  "not happy",
  "upset",
  "angry",
  "dissatisfied",
  "unresolved",
  "not resolved",
] as const;

/**
 * Words in an after-sales (售后) log's status saying it waits on a step not yet taken (等客户寄回, 待退款,
 * waiting for the customer to return it): the problem is open, not settled (ingest/contactOutcome.ts
 * afterSalesOpen; late65a's open item). A settled word first (已退款，等客户确认) still settles it.
 */
export const AFTER_SALES_WAITING_WORDS = [
  "等待",
  "等客户",
  "等顾客",
  "等买家",
  "等她",
  "等他",
  "等寄回",
  "等退款",
  "等补发",
  "等回复",
  "待寄回",
  "待退款",
  "待退货",
  "待补发",
  "待换货",
  "待发货",
  "待回复",
  "待确认",
  "待客户",
  "寄回中",
  "退款中",
  "退货中",
  "换货中",
  "补发中",
  "还没寄",
  "还没退",
  "还没发",
  "waiting",
  "awaiting",
  "to be returned",
  "not yet",
] as const;

/**
 * Words in an after-sales (售后) row's reason saying a refund or return for the customer's own reason
 * (七天无理由, 不想要了, 尺码不合适, 拍错了, changed my mind): no problem with the shop, so no complaint
 * (ingest/contactOutcome.ts ownReasonRefund; reviewer66 M5). A problem with us (质量问题, 发霉, 破损,
 * 漏发) is none of these and stays a complaint.
 */
export const REFUND_OWN_REASON_WORDS = [
  "七天无理由",
  "7天无理由",
  "无理由",
  "不想要了",
  "不想要",
  "不要了",
  "不喜欢",
  "尺码不合适",
  "尺码不对",
  "尺寸不合适",
  "大小不合适",
  "不合身",
  "拍错了",
  "拍错",
  "买错了",
  "买错",
  "下错单",
  "多拍",
  "重复下单",
  "改变主意",
  "changed my mind",
  "changed mind",
  "change of mind",
  "no longer needed",
  "no longer wanted",
  "wrong size",
  "size didn't fit",
  "doesn't fit",
  "ordered by mistake",
  "ordered wrong",
  "bought by mistake",
  "duplicate order",
] as const;

/** Words right before a resolved word that deny it (还没解决, 未处理好, not yet resolved). */
export const COMPLAINT_RESOLVED_DENIALS = [
  "没",
  "没有",
  "未",
  "尚未",
  "仍未",
  "还没",
  "不",
  "not",
  "not yet",
  "never",
  "not been",
  "never been",
  "isn't",
  "wasn't",
  "hasn't been",
  // reviewer69 H2: 客户拒绝接受道歉, 始终不肯接受道歉, She hasn't accepted our apology.
  "拒绝",
  "不肯",
  "不愿",
  "不愿意",
  "hasn't",
  "has not",
  "didn't",
  "did not",
  "won't",
  "would not have",
  "wouldn't have",
  "refused to",
  "refuses to",
] as const;

/**
 * A customer status saying the last charge failed and the account owes it (Stripe's subscription
 * status past_due, 欠费, 扣款失败): involuntary churn, a card to update, not a customer leaving
 * (tester61 U134: Chloe, past_due after three charges failed on an expired card, got a retention
 * call "signs of leaving"). Matched as the whole cell, lower case, `_` / `-` as a space
 * (ingest/paymentFailed.ts); the churn reason payment_failed quotes the word.
 */
export const PAYMENT_FAILED_STATUS_WORDS = [
  "past_due",
  "payment failed",
  "card declined",
  "card expired",
  "欠费",
  "已欠费",
  "扣款失败",
  "支付失败",
  "付款失败",
  "续费失败",
] as const;

/**
 * A subscription's status saying it ended, beside ingest/contactOutcome.ts saysLeft's words
 * (canceled, cancelled): Stripe's incomplete_expired, a studio's 已到期 (ingest/subscriptions.ts;
 * tester61 U114). Matched as the whole cell, as ROW_KIND_WORDS are.
 */
export const SUBSCRIPTION_ENDED_WORDS = [
  "incomplete_expired",
  "ended",
  "expired",
  "已取消",
  "已退订",
  "已到期",
  "已结束",
] as const;

/**
 * A subscriptions export's status of a canceled subscription (Recharge's CANCELLED, Stripe's
 * canceled): with the day it was canceled, a row of a subscription the customer bought, though no
 * period is written (tester63 U163). Not 已取消 / 已退订: a 订阅 sheet of marketing opt-ins says
 * them too (reviewer62 R10). Matched as the whole cell.
 */
export const SUBSCRIPTION_CANCELED_WORDS = ["canceled", "cancelled"] as const;
