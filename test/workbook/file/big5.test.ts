import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { big5Text, detectEncoding } from "../../../src/workbook/file/csvEncoding";
import { openCsv } from "../../../src/workbook/file/csvSource";

/**
 * Big5 (Traditional Chinese Excel's CSV, Taiwan and Hong Kong) told from GBK/GB18030, UTF-8 and
 * UTF-16 (tester51 C2: a Big5 file was read as GBK, 臺灣資訊股份有限公司 → 籓芖戈癟Τそ, exit 0). The
 * fixtures (test/fixtures/encodings, made by its make.py) hold one list in each encoding; the
 * properties write random names with encoders built from Node's own TextDecoder (no iconv here).
 * Measured with this file's encoders, 2,000 random files each (names of 2–10 characters): Big5
 * read as Big5 97.0% at one row, 100% from two rows; traditional names in GBK read as Big5 1.6% at
 * one row, 0.3% at two, none from five; simplified names in GBK never.
 */

const FIXTURES = join(__dirname, "../../fixtures/encodings");
const NAMES = ["臺灣資訊股份有限公司", "陳美麗", "林志明", "黎氏電子實業有限公司"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "big5-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function namesIn(file: string): Promise<Cell[]> {
  const names: Cell[] = [];
  await openCsv({ customers: file }).readSheet("Customers", (rows) => {
    for (const row of rows) names.push(row[1]);
  });
  return names.slice(1);
}

describe("the encoding fixtures", () => {
  test.each([
    ["big5.csv", "big5"],
    ["gbk.csv", "gb18030"],
    ["utf8.csv", "utf-8"],
    ["utf8-bom.csv", "utf-8"],
    ["utf16le.csv", "utf-16le"],
  ])("%s is read as %s, its names as written", async (name, encoding) => {
    const file = join(FIXTURES, name);
    expect(await detectEncoding(file)).toBe(encoding);
    expect(await namesIn(file)).toEqual(NAMES);
  });

  test("a Big5 file tells ingest its first cell with Chinese text (the csv_read_as_big5 note)", async () => {
    const told: unknown[] = [];
    await openCsv({ customers: join(FIXTURES, "big5.csv") }).readSheet("Customers", () => {}, {
      decimalMark: () => {},
      encoding: () => {},
      readAsBig5: (example) => told.push(example),
    });
    expect(told).toEqual([{ row: 2, column: 1, text: "臺灣資訊股份有限公司" }]);
  });
});

/** A character → its two bytes in `label`, from Node's decoder (first bytes that decode to it). */
function encoderOf(label: string, leads: [number, number], trails: [number, number][]) {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [from, to] of trails)
      for (let trail = from; trail <= to; trail++) {
        try {
          const c = decoder.decode(Uint8Array.from([lead, trail]));
          if (c.length === 1 && !table.has(c)) table.set(c, [lead, trail]);
        } catch {
          // no character there
        }
      }
  return (text: string): Buffer =>
    Buffer.from(
      [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)),
    );
}

const toBig5 = encoderOf(
  "big5",
  [0xa1, 0xf9],
  [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ],
);
const toGbk = encoderOf(
  "gbk",
  [0x81, 0xfe],
  [
    [0x40, 0x7e],
    [0x80, 0xfe],
  ],
);

// Characters of Taiwan and Hong Kong names and company names (all in Big5 and in GBK), and of
// mainland ones (GB2312).
const TRADITIONAL = [
  ..."陳林張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游詹彭胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董唐藍蔣石古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒志明俊傑建宏家豪淑芬美玲雅婷怡君欣宜佳慧文華國偉信德成嘉銘峰麗珍秀英惠玉鳳蘭瑩榮輝龍雄勝賢誠達興昌順發財寶貴臺灣資訊股份有限公司科技電子實業貿易工業國際企業機械電機開發製造醫藥銀行證券保險運輸物流餐飲廣告顧問設計網路軟體雲端數據電腦光電精密化學塑膠紡織建設營造投資控股實驗區鄉鎮縣市號樓",
];
const SIMPLIFIED = [
  ..."陈林黄张李王吴刘蔡杨许郑谢郭洪曾邱廖赖周徐苏叶庄吕江何萧罗高简朱钟游詹彭胡施沈余卢梁赵颜柯翁魏孙戴范方宋邓杜傅侯曹薛丁卓马阮董唐温蓝蒋石古纪姚连冯欧程汤田康姜白汪邹尤巫黎涂龚严韩袁金童陆夏柳邵钱伍倪于谭骆熊任甘秦顾毛章史官万俞雷志明俊杰建宏家豪淑芬美玲雅婷怡君欣宜佳慧文华国伟信德成嘉铭峰丽珍秀英惠玉凤兰莹荣辉龙雄胜贤诚达兴昌顺发财宝贵上海北京广州深圳信息股份有限公司科技电子实业贸易工业国际企业机械电机开发制造医药银行证券保险运输物流餐饮广告顾问设计网络软件云端数据电脑光电精密化学塑胶纺织建设营造投资控股鑫瑞泰恒通达",
];

const name = (chars: string[]) =>
  fc.array(fc.constantFrom(...chars), { minLength: 2, maxLength: 10 }).map((c) => c.join(""));
const csv = (names: string[]) =>
  "Customer ID,Customer Name\r\n" + names.map((n, i) => `C${i},${n}\r\n`).join("");

describe("Big5 told from GBK on random names (properties)", () => {
  test("Big5 files of two rows or more are read as Big5, their names as written", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(name(TRADITIONAL), { minLength: 2, maxLength: 20 }),
        async (names) => {
          const file = join(dir, "b.csv");
          writeFileSync(file, toBig5(csv(names)));
          expect(await detectEncoding(file)).toBe("big5");
          expect(await namesIn(file)).toEqual(names);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("simplified names in GBK are never Big5, whatever the rows", () => {
    fc.assert(
      fc.property(fc.array(name(SIMPLIFIED), { minLength: 1, maxLength: 20 }), (names) => {
        expect(big5Text(toGbk(csv(names)))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test("traditional names in GBK (five rows or more) stay GBK", () => {
    fc.assert(
      fc.property(fc.array(name(TRADITIONAL), { minLength: 5, maxLength: 20 }), (names) => {
        expect(big5Text(toGbk(csv(names)))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
