import type { Lang } from "../engine/schema";
import type { SampleKind } from "./sheet";

/**
 * The words the sample data is made of, in Chinese and English: sheet names and headers (as users
 * write them, see schema.ts), people, companies, places, products and the enum words of each field.
 */

export interface SampleWords {
  sheetNames: Record<SampleKind, string>;
  headers: Record<SampleKind, readonly string[]>;
  title: string;
  owners: readonly string[];
  /** Region label per province: "华东-上海" / "East China - Shanghai". */
  regions: readonly string[];
  /** Relative size of each entry of `regions`. */
  regionWeights: readonly number[];
  industries: readonly string[];
  governmentIndustry: string;
  types: readonly [string, string, string];
  yes: string;
  no: string;
  products: readonly string[];
  causes: readonly string[];
  complexities: readonly [string, string];
  /** resolved, in progress, open */
  statuses: readonly [string, string, string];
  channels: readonly [string, string, string, string];
  comments: { good: readonly string[]; fair: readonly string[]; poor: readonly string[] };
  totals: string;
  /** Words the engine does not know: injected as problems. */
  unknownCause: string;
  unknownChannel: string;
  unknownConsent: string;
  unknownScore: string;
}

/** List price per product (same order in both languages), yuan. */
export const PRODUCT_PRICES = [1980, 4980, 3600, 420, 2680, 6200, 1350, 2200, 800, 1500, 180, 1900];

/** Credit ratings as Chinese and international agencies write them. */
export const CREDIT_RATINGS = ["AAA", "AA", "A", "BBB", "BB", "B"];

const REGIONS: readonly [string, string, number, [string, string][]][] = [
  [
    "华东",
    "East China",
    30,
    [
      ["上海", "Shanghai"],
      ["江苏", "Jiangsu"],
      ["浙江", "Zhejiang"],
      ["山东", "Shandong"],
      ["安徽", "Anhui"],
      ["福建", "Fujian"],
    ],
  ],
  [
    "华北",
    "North China",
    18,
    [
      ["北京", "Beijing"],
      ["天津", "Tianjin"],
      ["河北", "Hebei"],
      ["山西", "Shanxi"],
    ],
  ],
  [
    "华南",
    "South China",
    20,
    [
      ["广东", "Guangdong"],
      ["广西", "Guangxi"],
      ["海南", "Hainan"],
    ],
  ],
  [
    "华中",
    "Central China",
    12,
    [
      ["湖北", "Hubei"],
      ["湖南", "Hunan"],
      ["河南", "Henan"],
      ["江西", "Jiangxi"],
    ],
  ],
  [
    "西南",
    "Southwest",
    10,
    [
      ["四川", "Sichuan"],
      ["重庆", "Chongqing"],
      ["云南", "Yunnan"],
      ["贵州", "Guizhou"],
    ],
  ],
  [
    "西北",
    "Northwest",
    4,
    [
      ["陕西", "Shaanxi"],
      ["甘肃", "Gansu"],
      ["新疆", "Xinjiang"],
    ],
  ],
  [
    "东北",
    "Northeast",
    6,
    [
      ["辽宁", "Liaoning"],
      ["吉林", "Jilin"],
      ["黑龙江", "Heilongjiang"],
    ],
  ],
];

const regionList = (lang: Lang): string[] =>
  REGIONS.flatMap(([zh, en, , provinces]) =>
    provinces.map(([pz, pe]) => (lang === "zh-CN" ? `${zh}-${pz}` : `${en} - ${pe}`)),
  );
const regionWeights = REGIONS.flatMap(([, , w, provinces]) =>
  provinces.map(() => w / provinces.length),
);

export const ZH: SampleWords = {
  sheetNames: {
    customers: "客户",
    transactions: "交易",
    surveys: "满意度调查",
    complaints: "投诉",
    contacts: "跟进记录",
  },
  headers: {
    customers: [
      "客户编号",
      "客户名称",
      "客户类型",
      "负责人",
      "电话",
      "邮箱",
      "地区",
      "行业",
      "建档日期",
      "生日",
      "信用等级",
      "同意营销联系",
    ],
    transactions: ["客户编号", "日期", "金额(元)", "订单号", "产品", "数量"],
    surveys: [
      "客户编号",
      "日期",
      "总体满意度",
      "推荐意愿(0-10)",
      "质量",
      "价格",
      "售后服务",
      "交付时间",
      "意见",
    ],
    complaints: ["客户编号", "接收时间", "原因", "复杂度", "首次响应时间", "解决时间", "状态"],
    contacts: ["客户编号", "日期", "方式", "负责人"],
  },
  title: "客户名单（示例数据，仅供演示）",
  owners: ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"],
  regions: regionList("zh-CN"),
  regionWeights,
  industries: [
    "制造业",
    "零售",
    "批发贸易",
    "信息技术",
    "金融",
    "医疗健康",
    "教育",
    "建筑工程",
    "物流运输",
    "餐饮酒店",
    "能源化工",
    "农业",
  ],
  governmentIndustry: "公共管理",
  types: ["企业", "个人", "政府"],
  yes: "是",
  no: "否",
  products: [
    "标准版软件许可",
    "专业版软件许可",
    "年度维保服务",
    "打印耗材套装",
    "办公桌椅套装",
    "笔记本电脑",
    "显示器",
    "网络设备",
    "安装调试服务",
    "培训课程",
    "办公文具礼盒",
    "扫描仪",
  ],
  causes: ["产品质量", "服务态度", "服务流程", "信息传递", "价格", "其他"],
  complexities: ["一般", "复杂"],
  statuses: ["已解决", "处理中", "未处理"],
  channels: ["电话", "邮件", "拜访", "在线"],
  comments: {
    good: [
      "服务很好，响应及时",
      "产品质量稳定",
      "交货准时",
      "整体满意，会继续合作",
      "客户经理很专业",
    ],
    fair: ["还可以，价格略高", "希望交付更快一些", "售后有时联系不上", "产品一般"],
    poor: [
      "售后响应太慢",
      "产品有质量问题",
      "价格偏高，考虑换供应商",
      "沟通不顺畅，问题拖了很久",
      "交付多次延误",
    ],
  },
  totals: "合计",
  unknownCause: "天气原因",
  unknownChannel: "传真",
  unknownConsent: "待确认",
  unknownScore: "不清楚",
};

export const EN: SampleWords = {
  sheetNames: {
    customers: "Customers",
    transactions: "Transactions",
    surveys: "Surveys",
    complaints: "Complaints",
    contacts: "Contacts",
  },
  headers: {
    customers: [
      "Customer ID",
      "Customer Name",
      "Customer Type",
      "Owner",
      "Phone",
      "Email",
      "Region",
      "Industry",
      "Created Date",
      "Birthday",
      "Credit Rating",
      "Marketing Consent",
    ],
    transactions: ["Customer ID", "Date", "Amount", "Order ID", "Product", "Quantity"],
    surveys: [
      "Customer ID",
      "Date",
      "Overall Satisfaction",
      "Likelihood to Recommend",
      "Quality",
      "Price",
      "After-sales Service",
      "Delivery Time",
      "Comment",
    ],
    complaints: [
      "Customer ID",
      "Received At",
      "Cause",
      "Complexity",
      "First Response At",
      "Resolved At",
      "Status",
    ],
    contacts: ["Customer ID", "Date", "Channel", "Owner"],
  },
  title: "Customer list (sample data, for demonstration only)",
  owners: [
    "Emma Clark",
    "James Walker",
    "Olivia Chen",
    "Liam Patel",
    "Sophia Wang",
    "Noah Brooks",
    "Ava Lin",
    "Lucas Reed",
  ],
  regions: regionList("en-US"),
  regionWeights,
  industries: [
    "Manufacturing",
    "Retail",
    "Wholesale",
    "Information technology",
    "Finance",
    "Healthcare",
    "Education",
    "Construction",
    "Logistics",
    "Hospitality",
    "Energy and chemicals",
    "Agriculture",
  ],
  governmentIndustry: "Public administration",
  types: ["Enterprise", "Individual", "Government"],
  yes: "Yes",
  no: "No",
  products: [
    "Standard software licence",
    "Pro software licence",
    "Annual maintenance",
    "Printer supplies kit",
    "Desk and chair set",
    "Laptop",
    "Monitor",
    "Network equipment",
    "Installation service",
    "Training course",
    "Stationery gift box",
    "Scanner",
  ],
  causes: [
    "Product quality",
    "Service attitude",
    "Service process",
    "Information",
    "Price",
    "Other",
  ],
  complexities: ["General", "Complex"],
  statuses: ["Resolved", "In progress", "Open"],
  channels: ["Phone", "Email", "Visit", "Online"],
  comments: {
    good: [
      "Great service, quick replies",
      "Reliable product quality",
      "Delivered on time",
      "Happy overall, will keep ordering",
      "Our account manager is very professional",
    ],
    fair: [
      "OK, a bit pricey",
      "Delivery could be faster",
      "After-sales is sometimes hard to reach",
      "Product is average",
    ],
    poor: [
      "After-sales is far too slow",
      "Product quality problems",
      "Too expensive, looking at other suppliers",
      "Poor communication, issue dragged on",
      "Deliveries late again and again",
    ],
  },
  totals: "Total",
  unknownCause: "Bad weather",
  unknownChannel: "Fax",
  unknownConsent: "Maybe",
  unknownScore: "N/A",
};

/** The word set of a language. @example wordsFor("zh-CN").sheetNames.customers // "客户" */
export function wordsFor(lang: Lang): SampleWords {
  return lang === "zh-CN" ? ZH : EN;
}

// Name parts: a customer's name is a mixed-radix reading of a permuted index, so every customer
// gets a different name (and "same name and region" happens only where injected on purpose).
const ZH_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const ZH_GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯婷雪琳晨欣怡佳慧颖璐倩梅洁燕娟丹蕾薇嘉瑶悦彤萱涵宁安康乐福海波峰林森松柏阳光晖荣昊天宏博睿哲思源泽翔鑫瑞祥云飞鸿远航帆毅诚信义礼智仁德贤良钧铭锋锐";
const ZH_CITIES = [
  "上海",
  "北京",
  "深圳",
  "广州",
  "杭州",
  "苏州",
  "南京",
  "成都",
  "重庆",
  "武汉",
  "西安",
  "天津",
  "宁波",
  "无锡",
  "青岛",
  "厦门",
  "长沙",
  "郑州",
  "合肥",
  "济南",
  "福州",
  "东莞",
  "佛山",
  "昆明",
  "沈阳",
  "大连",
  "哈尔滨",
  "长春",
  "南昌",
  "贵阳",
];
const ZH_BRAND_A = "华中金鑫恒泰瑞宏远盛达安信德诚新创海天博通联嘉源丰永隆兴东晨";
const ZH_BRAND_B = "邦实明辉科业和利鸿顺茂洲城峰岳航智汇星锦卓越华捷能腾诺康立晟";
const ZH_TRADES = [
  "科技",
  "贸易",
  "实业",
  "电子",
  "机械",
  "物流",
  "医药",
  "建设",
  "食品",
  "信息技术",
  "文化传媒",
  "能源",
  "化工",
  "纺织",
  "汽车配件",
  "环保",
  "教育咨询",
  "餐饮管理",
  "软件",
  "供应链",
];
const ZH_SUFFIX = ["有限公司", "股份有限公司", "集团有限公司"];
const ZH_DEPTS = [
  "教育局",
  "卫生健康委员会",
  "交通运输局",
  "市场监督管理局",
  "人民医院",
  "第一中学",
  "图书馆",
  "财政局",
  "自然资源局",
  "住房和城乡建设局",
  "生态环境局",
  "文化和旅游局",
  "人力资源和社会保障局",
  "疾病预防控制中心",
  "档案馆",
];
const ZH_DISTRICTS = [
  "",
  "浦东新区",
  "海淀区",
  "南山区",
  "天河区",
  "西湖区",
  "高新区",
  "经开区",
  "江北区",
  "滨海新区",
  "工业园区",
  "城关区",
];

const EN_FIRST = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "Ethan",
  "Mia",
  "Lucas",
  "Zoe",
  "Ryan",
  "Grace",
  "Leo",
  "Chloe",
  "Adam",
  "Lily",
  "Owen",
  "Ella",
  "Jack",
  "Anna",
  "Henry",
  "Ivy",
  "Daniel",
  "Ruby",
  "Sam",
  "Nora",
  "David",
  "Alice",
  "Kevin",
  "Maya",
  "Peter",
  "Helen",
  "Eric",
  "Julia",
  "Tony",
  "Sarah",
  "Jason",
  "Vivian",
  "Kelly",
  "Frank",
  "Linda",
  "Wei",
  "Jing",
  "Ming",
  "Lei",
  "Yan",
  "Hao",
  "Xin",
  "Tao",
  "Yu",
  "Jun",
];
const EN_LAST = [
  "Smith",
  "Chen",
  "Wang",
  "Li",
  "Zhang",
  "Liu",
  "Johnson",
  "Brown",
  "Wong",
  "Lee",
  "Taylor",
  "Wilson",
  "Huang",
  "Zhao",
  "Wu",
  "Zhou",
  "Xu",
  "Sun",
  "Ma",
  "Zhu",
  "Hu",
  "Guo",
  "He",
  "Lin",
  "Luo",
  "Gao",
  "Martin",
  "Walker",
  "Young",
  "King",
  "Scott",
  "Green",
  "Baker",
  "Hill",
  "Adams",
  "Clark",
  "Hall",
  "Allen",
  "Moore",
  "Lewis",
  "Tan",
  "Ng",
  "Yang",
  "Xie",
  "Song",
  "Tang",
  "Han",
  "Feng",
  "Deng",
  "Cao",
];
const EN_BRAND_A = [
  "Blue",
  "Bright",
  "Golden",
  "Silver",
  "Red",
  "Green",
  "North",
  "South",
  "East",
  "West",
  "Summit",
  "Pioneer",
  "Harbor",
  "River",
  "Stone",
  "Oak",
  "Pine",
  "Maple",
  "Eagle",
  "Falcon",
  "Lion",
  "Crown",
  "Star",
  "Sun",
  "Moon",
  "Ocean",
  "Sky",
  "Iron",
  "Crystal",
  "Prime",
];
const EN_BRAND_B = [
  "peak",
  "bridge",
  "field",
  "gate",
  "point",
  "wave",
  "line",
  "path",
  "ridge",
  "works",
  "forge",
  "vale",
  "lake",
  "port",
  "rock",
  "tree",
  "leaf",
  "light",
  "spring",
  "stream",
  "wind",
  "hill",
  "way",
  "land",
  "bay",
  "wood",
  "shore",
  "crest",
  "view",
  "mark",
];
const EN_TRADES = [
  "Technology",
  "Trading",
  "Industrial",
  "Electronics",
  "Machinery",
  "Logistics",
  "Pharma",
  "Construction",
  "Foods",
  "IT Services",
  "Media",
  "Energy",
  "Chemicals",
  "Textiles",
  "Auto Parts",
  "Environmental",
  "Consulting",
  "Catering",
  "Software",
  "Supply Chain",
];
const EN_SUFFIX = ["Co., Ltd.", "Group", "Inc."];
const EN_CITIES = [
  "Shanghai",
  "Beijing",
  "Shenzhen",
  "Guangzhou",
  "Hangzhou",
  "Suzhou",
  "Nanjing",
  "Chengdu",
  "Chongqing",
  "Wuhan",
  "Xi'an",
  "Tianjin",
  "Ningbo",
  "Wuxi",
  "Qingdao",
  "Xiamen",
  "Changsha",
  "Zhengzhou",
  "Hefei",
  "Jinan",
];
const EN_DEPTS = [
  "Education Bureau",
  "Health Commission",
  "Transport Bureau",
  "Market Regulation Bureau",
  "People's Hospital",
  "No. 1 Middle School",
  "Public Library",
  "Finance Bureau",
  "Natural Resources Bureau",
  "Housing Bureau",
  "Environment Bureau",
  "Culture and Tourism Bureau",
  "Social Security Bureau",
  "Disease Control Centre",
  "City Archives",
];
const EN_DISTRICTS = [
  "",
  "Pudong ",
  "Haidian ",
  "Nanshan ",
  "Tianhe ",
  "Xihu ",
  "High-tech Zone ",
  "Binhai ",
];

// Splits n into digits of the given radices (least significant first); the rest is the overflow.
function digits(n: number, radices: readonly number[], out: number[]): number {
  for (let k = 0; k < radices.length; k++) {
    out[k] = n % radices[k];
    n = Math.floor(n / radices[k]);
  }
  return n;
}

const scratch: number[] = [];
// A permutation of [0, size) so neighbouring customers get unrelated names (size and step coprime).
const steps = new Map<number, number>();
function permute(i: number, size: number): { n: number; overflow: number } {
  const overflow = Math.floor(i / size);
  let step = steps.get(size);
  if (step === undefined) {
    step = 7_919;
    while (gcd(step, size) !== 1) step += 2;
    steps.set(size, step);
  }
  return { n: ((i % size) * step + 12_345) % size, overflow };
}
function gcd(a: number, b: number): number {
  while (b) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}
// Past the name space, a branch number keeps names apart; not in brackets, which the engine's
// label folding drops ("医院（2）" and "医院（3）" would read as one name).
const again = (overflow: number, lang: Lang) =>
  overflow === 0 ? "" : lang === "zh-CN" ? `第${overflow + 1}分部` : ` Branch ${overflow + 1}`;

/**
 * A customer's name: a person, a company or a public body, unique per index `i`.
 *
 * @example customerName(0, 1, "zh-CN") // a person's name such as "王伟"
 */
export function customerName(i: number, type: number, lang: Lang): string {
  if (lang === "zh-CN") {
    if (type === 1) {
      const radices = [ZH_SURNAMES.length, ZH_GIVEN.length, ZH_GIVEN.length + 1];
      const { n, overflow } = permute(i, radices[0] * radices[1] * radices[2]);
      digits(n, radices, scratch);
      const third = scratch[2] < ZH_GIVEN.length ? ZH_GIVEN[scratch[2]] : "";
      return ZH_SURNAMES[scratch[0]] + ZH_GIVEN[scratch[1]] + third + again(overflow, lang);
    }
    if (type === 2) {
      const radices = [ZH_CITIES.length, ZH_DISTRICTS.length, ZH_DEPTS.length];
      const { n, overflow } = permute(i, radices[0] * radices[1] * radices[2]);
      digits(n, radices, scratch);
      return (
        ZH_CITIES[scratch[0]] +
        "市" +
        ZH_DISTRICTS[scratch[1]] +
        ZH_DEPTS[scratch[2]] +
        again(overflow, lang)
      );
    }
    const radices = [
      ZH_CITIES.length,
      ZH_BRAND_A.length,
      ZH_BRAND_B.length,
      ZH_TRADES.length,
      ZH_SUFFIX.length,
    ];
    const { n, overflow } = permute(
      i,
      radices.reduce((a, b) => a * b),
    );
    digits(n, radices, scratch);
    return (
      ZH_CITIES[scratch[0]] +
      ZH_BRAND_A[scratch[1]] +
      ZH_BRAND_B[scratch[2]] +
      ZH_TRADES[scratch[3]] +
      ZH_SUFFIX[scratch[4]] +
      again(overflow, lang)
    );
  }
  if (type === 1) {
    const radices = [EN_FIRST.length, 26, EN_LAST.length];
    const { n, overflow } = permute(i, radices[0] * radices[1] * radices[2]);
    digits(n, radices, scratch);
    return `${EN_FIRST[scratch[0]]} ${String.fromCharCode(65 + scratch[1])}. ${EN_LAST[scratch[2]]}${again(overflow, lang)}`;
  }
  if (type === 2) {
    const radices = [EN_CITIES.length, EN_DISTRICTS.length, EN_DEPTS.length];
    const { n, overflow } = permute(i, radices[0] * radices[1] * radices[2]);
    digits(n, radices, scratch);
    return `${EN_CITIES[scratch[0]]} ${EN_DISTRICTS[scratch[1]]}${EN_DEPTS[scratch[2]]}${again(overflow, lang)}`;
  }
  const radices = [
    EN_CITIES.length,
    EN_BRAND_A.length,
    EN_BRAND_B.length,
    EN_TRADES.length,
    EN_SUFFIX.length,
  ];
  const { n, overflow } = permute(
    i,
    radices.reduce((a, b) => a * b),
  );
  digits(n, radices, scratch);
  return `${EN_CITIES[scratch[0]]} ${EN_BRAND_A[scratch[1]]}${EN_BRAND_B[scratch[2]]} ${EN_TRADES[scratch[3]]} ${EN_SUFFIX[scratch[4]]}${again(overflow, lang)}`;
}

/**
 * The latin handle used in a person's or company's e-mail: unique per index (base-36 of a permuted
 * index), with a word in front so it reads like a real address.
 *
 * @example emailHandle(5) // e.g. "kx3f9"
 */
export function emailHandle(i: number): string {
  const { n, overflow } = permute(i, 36 ** 5);
  return n.toString(36).padStart(5, "0") + (overflow ? overflow.toString(36) : "");
}
