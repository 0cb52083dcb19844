import fc from "fast-check";
import {
  breakAllowed,
  charWidth,
  headingBreaksWell,
  headingFitWidth,
  headingLines,
  headingRoom,
  headingWidth,
  layoutHeading,
  lineStarts,
  MAX_HEADING_LINES,
  MAX_WIDTH,
  numberWidth,
  RENDERERS,
  textRoom,
  wholeNameWidth,
  wrapLines,
  inNumberList,
  BadBreaks,
  breaksBadly,
  breaksBadlyIn,
  codeUnits,
  lineCount,
  breakLinesWell,
  chineseSegments,
  cutsWhole,
  cutsWord,
  oneLineWidth,
  keptInside,
  inLatinWord,
  widthAt,
  widthBetween,
  valueWidth,
} from "../../../src/engine/report/textMeasure";
import { KEPT_WHOLE_EN, KEPT_WHOLE_ZH } from "../../../src/engine/words/keptWhole";
import {
  RISK_PHRASES_ZH,
  SEGMENT_NAMES_EN,
  STAGE_NAMES_ZH,
  VALUE_CLASS_NAMES_EN,
  VALUE_TIER_NAMES_EN,
  VALUE_TIER_NAMES_ZH,
} from "../../../src/engine/words/categories";
import { CHANGES_EN } from "../../../src/engine/words/changes";
import { TALKING_POINTS_EN } from "../../../src/engine/words/followUpWords";
import { fitsLine, textLines } from "../../../src/workbook/file/rowHeights";
import { longestWordWidth } from "../../../src/workbook/file/columnWidths";

describe("text as Calibri 11 prints it", () => {
  test("Latin letters by their width, a digit about one unit, CJK one em", () => {
    expect(charWidth("i".charCodeAt(0))).toBeLessThan(0.6);
    expect(charWidth("W".charCodeAt(0))).toBeGreaterThan(1.8);
    expect(charWidth("0".charCodeAt(0))).toBeCloseTo(1.06, 2);
    expect(charWidth("客".charCodeAt(0))).toBe(2.1);
  });

  test("English labels that print on one line get one line (the stop-21 spare lines)", () => {
    // Overview column A is 24 wide, B 16: these printed on one line and were counted as two.
    // "First response within SLA (%)" is 25.1 units (bold widths): two lines in 24 (23.3 units of
    // text room), one in the 26 the Overview now gives it.
    expect(textLines("First response within SLA (%)", 24)).toBe(2);
    expect(textLines("First response within SLA (%)", 26)).toBe(1);
    expect(textLines("Repeat-purchase rate (%)", 24)).toBe(1);
    expect(textLines("Resolved within SLA (%)", 24)).toBe(1);
    expect(textLines("Customers on the Customers sheet", 40)).toBe(1);
  });

  test("a 16-wide column holds 15.3 units of text: a bold heading of 16.1 takes two lines", () => {
    expect(textLines("Revenue share (%)", 16)).toBe(2);
    expect(textLines("Revenue share (%)", 17)).toBe(1);
  });

  test("words wrap whole, CJK anywhere, a word wider than the line is cut", () => {
    const room = textRoom(10);
    expect(wrapLines("aaaa bbbb cccc", room)).toBe(2); // 4.1 + 0.5 + 4.5 fits, then "cccc"
    expect(wrapLines("客".repeat(14), textRoom(14))).toBe(3); // 6 a line in a 14-wide column
    expect(wrapLines("m".repeat(20), room)).toBe(4); // 34 units cut into 9.7-unit lines
    expect(wrapLines("", room)).toBe(1);
  });

  test("no line starts with a closing mark: the character before goes over with it (kinsoku, stop 34 #1)", () => {
    // Four characters a line. Broken anywhere: 客客客客 | ；客客客, a line starting with "；".
    const room = 4 * 2.1 + 0.1;
    expect(lineStarts("客客客客；客客客", room)).toEqual([0, 4]);
    // Kinsoku: 客客客 | 客；客客 | 客, a line more, which the row's height counts.
    expect(lineStarts("客客客客；客客客", room, 1, true)).toEqual([0, 3, 7]);
    expect(wrapLines("客客客客；客客客", room)).toBe(3);
    // Closing brackets and quotes in a row: the whole run goes over (…层级）；…).
    expect(lineStarts("客客客）；客客客", room, 1, true)).toEqual([0, 2, 6]);
    // An opening bracket or quote never ends a line: it goes over with what it opens.
    expect(lineStarts("客客客（客客", room, 1, true)).toEqual([0, 3]);
    expect(lineStarts("客客客“客”客", room, 1, true)).toEqual([0, 3]);
    // The tester's reason (Changes tab): "价值层级" filled a line and the next began "：高价值".
    const reason = "价值分类：重要价值客户 → 重要发展客户；价值层级：高价值 → 中价值";
    const at = reason.indexOf("：高价值");
    const width = [...Array(60).keys()]
      .map((w) => 6 + w / 2)
      .find((w) => lineStarts(reason, textRoom(w)).includes(at))!;
    expect(width).toBeDefined();
    expect(textLines(reason, width)).toBeGreaterThan(lineStarts(reason, textRoom(width)).length);
    for (const s of lineStarts(reason, textRoom(width), 1, true)) expect(reason[s]).not.toBe("：");
    // A heading written with line feeds (layoutHeading) breaks before none of kinsoku's marks.
    for (const mark of "〕〉］｝…．") expect(breakAllowed(`客户名单${mark}说明`, 4)).toBe(false);
  });

  // Tester12 #5: LibreOffice lays "第 316、319、…、373 行" out with the list as one word (cut where
  // the line is full), and the row lost its last line on paper.
  test("a list of numbers joined by 、 is one word, cut where the line is full", () => {
    const g8 =
      "客户编号“C000”不在客户表中，此行未使用（同样的问题共 20 行：第 316、319、322、325、328、331、334、337、340、343、346、349、352、355、358、361、364、367、370、373 行）";
    expect(textLines(g8, 50)).toBe(5);
    // As LibreOffice prints it (its column about 5 % wider; the quotes beside CJK one em: T4).
    const lines = lineStarts(g8, textRoom(50) * 1.05).map((s, k, a) => g8.slice(s, a[k + 1]));
    expect(lines.map((l) => l.trim())).toEqual([
      "客户编号“C000”不在客户表中，此行未使用（同样的",
      "问题共 20 行：第",
      "316、319、322、325、328、331、334、337、340、343",
      "、346、349、352、355、358、361、364、367、370、37",
      "3 行）",
    ]);
    expect(inNumberList("23、376", 2)).toBe(true);
    expect(inNumberList("行、376", 1)).toBe(false);
    expect(inNumberList("23、行", 2)).toBe(false);
    expect(inNumberList("23、", 2)).toBe(false);
    // A list alone takes the lines its characters cut greedily take, whatever the room.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 2.2, max: 60, noNaN: true }),
        (numbers, room) => {
          const list = numbers.join("、");
          let cut = 1;
          let used = 0;
          for (const ch of list) {
            const w = charWidth(ch.charCodeAt(0));
            if (used > 0 && used + w > room) [cut, used] = [cut + 1, 0];
            used += w;
          }
          expect(wrapLines(list, room)).toBe(cut);
          expect(lineStarts(list, room, 1, true).length).toBe(cut);
        },
      ),
    );
  });

  // Tester12 #12: the At-risk reasons at 36.5 printed "…（所有客户通常约 5.5 个 / ）" and
  // "…评分 2/5（2025-07- / 09）" in LibreOffice; a shared column's split now counts such rows.
  test("breaksBadly: a lone closing mark or character, or a date cut at its hyphen", () => {
    const reasons = [
      "上次购买已是 110 天前（所有客户通常约 48 天）；没有任何联系记录；购买次数少：2 个购买日（所有客户通常约 5.5 个）",
      "超出自身购买周期 213 天（通常约每 14 天购买一次，已 227 天未购买）；推荐意愿低（贬损者）：6/10（2025-07-09）；满意度低：最近一次评分 2/5（2025-07-09）",
    ];
    expect(reasons.map((t) => breaksBadly(t, 36.5))).toEqual([true, true]);
    // At 35 the first ends "… 5.5 个）" whole (the second cuts its first date there).
    expect(breaksBadly(reasons[0], 35)).toBe(false);
    // Text on one line in both renderers never breaks badly.
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 8, max: 50 }), (t, w) => {
        if (textLines(t, w) === 1 && lineStarts(t, textRoom(w) * 1.07).length === 1)
          expect(breaksBadly(t, w)).toBe(false);
      }),
    );
  });

  // Stop 39: the writer's shared columns lay each text out at dozens of widths from its code
  // units, read once (codeUnits); the answers are those of the text's own measures.
  test("measures of code units answer as those of the text (a last line trimmed as trim() does)", () => {
    // breaksBadly as written before it read code units: lineStarts, slice and String.prototype.trim.
    const reference = (text: string, width: number): boolean => {
      const room = textRoom(width);
      if (text.length * 2.1 <= room) return false;
      const starts = lineStarts(text, room * RENDERERS[RENDERERS.length - 1][0]);
      for (let k = 1; k < starts.length; k++) {
        const end = starts[k + 1] ?? text.length;
        let a = starts[k];
        while (a < end && text.charCodeAt(a) === 32) a++;
        if (end - a <= 1 || "）；，。：！？、".includes(text[a])) return true;
        let p = starts[k] - 1;
        while (p > 0 && text.charCodeAt(p) === 32) p--;
        if (text[p] === "-" && p > 0 && /\d/.test(text[p - 1]) && /\d/.test(text[a])) return true;
      }
      const kinsoku = lineStarts(text, room, 1, true);
      if (kinsoku.length < 2) return false;
      const last = text.slice(kinsoku[kinsoku.length - 1]).trim();
      return last.length === 1 || (last.length === 2 && /[\ud800-\udbff]/.test(last[0]));
    };
    // Spaces of every kind trim() takes off (the ideographic space is a CJK character, 2.1 wide).
    const parts = [
      "客",
      "户",
      "a",
      "bc",
      " ",
      "1",
      "-",
      "2025-07-09",
      "（",
      "）",
      "；",
      "\u3000",
      "\u00a0",
      "\u2003",
      "\ufeff",
      "\t",
      "\ud83d\ude00",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { maxLength: 40 }),
        fc.integer({ min: 12, max: 40 }),
        (words, w) => {
          const text = words.join("");
          expect(breaksBadlyIn(codeUnits(text), w)).toBe(reference(text, w));
          expect(lineCount(codeUnits(text), textRoom(w))).toBe(
            lineStarts(text, textRoom(w)).length,
          );
        },
      ),
      { numRuns: 2000 },
    );
    // A name whose last line is 司 and an ideographic space: one character alone.
    expect(breaksBadly("广州东华科技集团有限公司\u3000", 24.5)).toBe(
      reference("广州东华科技集团有限公司\u3000", 24.5),
    );
  });

  test("BadBreaks answers as breaksBadlyIn at every width, asked in any order (a kept layout only over the rooms it holds for)", () => {
    const parts = [
      "客",
      "户",
      "a",
      "bc",
      "Government",
      "—",
      " ",
      "1",
      "316",
      "、",
      "-",
      "2025-07-09",
      "（",
      "）",
      "；",
      "“",
      "\u3000",
      "\u00a0",
      "\n",
      "\ud83d\ude00",
    ];
    // Every half width of a shared column, from narrower than a long word to the widest.
    const widths = Array.from({ length: 89 }, (_, k) => 6 + k / 2);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { maxLength: 60 }),
        fc.shuffledSubarray(widths, { minLength: 1 }),
        (words, asked) => {
          const codes = codeUnits(words.join(""));
          const breaks = new BadBreaks(codes);
          for (const w of asked) expect([w, breaks.at(w)]).toEqual([w, breaksBadlyIn(codes, w)]);
        },
      ),
      { numRuns: 1500 },
    );
    // The At-risk reason whose closing mark went alone at 35 (tester12 #12), asked narrowest first.
    const reason = codeUnits(
      "超出自身购买周期 98 天（通常约每 44 天购买一次，已 142 天未购买）；购买次数少：3 个购买日（所有客户通常约 5.5 个）",
    );
    const breaks = new BadBreaks(reason);
    for (const w of widths) expect([w, breaks.at(w)]).toEqual([w, breaksBadlyIn(reason, w)]);
  });

  test("wrapped Chinese reasons keep their third line (they overprinted the next row at 2.0)", () => {
    expect(textLines("客".repeat(9), 10)).toBe(3);
  });
});

test("a row number is as wide as its digits (no separators or decimals: reviewer D3, stop 32)", () => {
  expect(numberWidth(1564, "rowNumber")).toBe(4 + 3);
  expect(numberWidth(123456, "rowNumber")).toBe(6 + 3);
  expect(numberWidth(123456, "integer")).toBe(7 + 3);
});

describe("headings break where a reader would (issue 11, stop 32 tester #1)", () => {
  test("between Chinese words, before a bracket; never inside a word, after an opening bracket or before a unit", () => {
    // 距 上次 购买 天数
    expect(breakAllowed("距上次购买天数", 5)).toBe(true);
    expect(breakAllowed("距上次购买天数", 4)).toBe(false);
    // 流动收入占比（%）: before the bracket, not after it, not before the closing one
    expect(breakAllowed("流动收入占比（%）", 6)).toBe(true);
    expect(breakAllowed("流动收入占比（%）", 7)).toBe(false);
    expect(breakAllowed("流动收入占比（%）", 8)).toBe(false);
    // A number stays with what it counts and the word before it; a date stays whole.
    expect(breakAllowed("购买天数（近 12 个月）", 7)).toBe(true); // 近 | 12: at a space, between words
    expect(breakAllowed("购买天数（近 12 个月）", 10)).toBe(false); // 12 | 个月
    expect(breakAllowed("Spend (12 months)", 10)).toBe(false);
    expect(breakAllowed("since 2025-02-03", 11)).toBe(false);
    // Latin words at spaces only.
    expect(breakAllowed("Days since last purchase", 5)).toBe(true);
    expect(breakAllowed("Days since last purchase", 3)).toBe(false);
  });

  test("lineStarts places lines as wrapLines counts them", () => {
    const pieces = [
      "客户",
      "：",
      "，",
      "“",
      "”",
      "流失",
      " ",
      "Days",
      "since",
      "-",
      "（",
      "%",
      "）",
      "12",
      "、",
      "316、319",
      "mmmmmmmmmmmm",
      "a",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let text = "";
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)];
      const room = 2 + next() * 20;
      expect({ text, room, lines: lineStarts(text, room, 1, true).length }).toEqual({
        text,
        room,
        lines: wrapLines(text, room),
      });
      // Kinsoku never saves a line: a row sized by it holds the text broken anywhere too.
      expect(lineStarts(text, room).length).toBeLessThanOrEqual(wrapLines(text, room));
    }
  });

  test("every line kinsoku places fits its room: a carried piece goes over only when it fits with the mark (reviewer10 D3)", () => {
    // Room 12: "i nnnnnnnnnn" fills the line (11.95). Carrying "nnnnnnnnnn" (11) over with "，"
    // (2.1) made a second line 13.1 wide, counted as one: the break is before the mark instead.
    expect(lineStarts("i nnnnnnnnnn，", 12, 1, true)).toEqual([0, 12]);
    expect(wrapLines("i nnnnnnnnnn，", 12)).toBe(2);
    // Where they fit, they still go over together: 客客客 | 客；客客 | 客.
    expect(lineStarts("客客客客；客客客", 4 * 2.1 + 0.1, 1, true)).toEqual([0, 3, 7]);
    // A word wider than the line is cut where each line is full: "nnnnnnn" (7.7) at 3 takes
    // nn | nn | nn | n, 4 lines (taking 3 units off a line at a time counted 3).
    expect(lineStarts("nnnnnnn", 3, 1, true)).toEqual([0, 2, 4, 6]);
    expect(wrapLines("nnnnnnn", 3)).toBe(4);
    // Latin words (run together, often wider than the line), CJK characters, closing and opening
    // marks, spaces; rooms down to a unit.
    const piece = fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((k) => "n".repeat(k)),
      fc.constantFrom("i", "Days", "since", "SLA", "12", "a-b", "mm,", "(x)"),
      fc.constantFrom("客", "户", "流失", "价值层级"),
      // Quotes beside CJK characters are one em, beside Latin ones Calibri's (widthBetween: T4).
      fc.constantFrom("，", "：", "）", "；", "。", "（", "“", "”", "‘", "’", "、"),
      fc.constant(" "),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 16 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        (parts, room) => {
          const text = parts.join("");
          const starts = lineStarts(text, room, 1, true);
          expect(starts.length).toBe(wrapLines(text, room));
          for (let k = 0; k < starts.length; k++)
            expect({
              text,
              room,
              line: k,
              lines: wrapLines(text, room, starts[k], starts[k + 1] ?? text.length),
            }).toEqual({ text, room, line: k, lines: 1 });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("greedy lines as Excel breaks them", () => {
    // 4 characters a line: 距上次购 | 买天数, the tester's render.
    expect(lineStarts("距上次购买天数", 4 * 2.1 + 0.5)).toEqual([0, 4]);
    expect(lineStarts("Days since last purchase", 11)).toEqual([0, 11, 16]);
  });

  test("the tester's headers: the widths that broke them badly are refused, the next good one found", () => {
    // Segments tab, 距上次购买天数 over whole numbers (one indent): 11 broke it after 购.
    expect(headingBreaksWell("距上次购买天数", 11, 1)).toBe(false);
    const w = headingFitWidth("距上次购买天数", 11, MAX_WIDTH, 1);
    expect(w).toBeGreaterThan(11);
    expect(headingBreaksWell("距上次购买天数", w, 1)).toBe(true);
    // One line, or 距上次购买 | 天数 however a renderer rounds.
    for (const [f, latin] of RENDERERS) {
      const starts = lineStarts("距上次购买天数", headingRoom(w, 1) * f, latin);
      expect([[0], [0, 5]]).toContainEqual(starts);
    }
    // 流动收入占比（%） in a 14-wide layout column: broken between words, the unit with its word.
    expect(layoutHeading("流动收入占比（%）", 14, 1)).toBe("流动收入\n占比（%）");
    // In 17, Excel would print "Revenue moved / (%)".
    expect(headingBreaksWell("Revenue moved (%)", 17, 1)).toBe(false);
    expect(layoutHeading("Revenue moved (%)", 17, 1)).toBe("Revenue\nmoved (%)");
    // A heading that fits keeps its one line.
    expect(layoutHeading("客户数", 14, 1)).toBe("客户数");
  });

  test("a layout heading's column holds its lines as written", () => {
    for (const text of [
      "流动收入占比（%）",
      "Revenue moved (%)",
      "首次响应及时率（%）",
      "Churn risk (chance of no purchase)",
    ]) {
      for (const indent of [0, 1]) {
        const w = headingWidth(text, indent);
        const written = layoutHeading(text, w, indent);
        const lines = written.split("\n");
        expect({ text, lines: lines.length <= MAX_HEADING_LINES }).toEqual({ text, lines: true });
        // As it is where it breaks well by itself; else each written line one line.
        if (written === text) expect(headingBreaksWell(text, w, indent)).toBe(true);
        else expect(headingLines(written, w, indent)).toBe(lines.length);
      }
    }
  });
});

/**
 * Company names in a wrapped column leave no character alone on a line (stop 35 tester #6:
 * 广州东华科技集团有限公 / 司 in the Changes tab's 24 and the call sheet's 26).
 */
describe("wholeNameWidth", () => {
  /** Whether a name's last line at this width is one character, in Excel's room or LibreOffice's. */
  const alone = (name: string, width: number) =>
    [1, 1.05].some((f) => {
      const starts = lineStarts(name, textRoom(width) * f, 1, true);
      return starts.length > 1 && name.slice(starts[starts.length - 1]).trim().length === 1;
    });
  const twelve = "广州东华科技集团有限公司";
  const thirteen = "重庆德和供应链股份有限公司";

  test("a 12-character name alone at 24 gets a line of its own, no wider than it needs", () => {
    expect(alone(twelve, 24)).toBe(true);
    const w = wholeNameWidth([twelve], 24);
    expect(alone(twelve, w)).toBe(false);
    expect(lineStarts(twelve, textRoom(w), 1, true)).toEqual([0]);
    expect(
      alone(twelve, w - 0.5) || lineStarts(twelve, textRoom(w - 0.5), 1, true).length > 1,
    ).toBe(true);
  });

  test("names that already wrap well, short names and English names keep the least width", () => {
    expect(wholeNameWidth(["佛山市财政局", "长沙市江北区第一中学", ""], 16)).toBe(16);
    expect(
      wholeNameWidth(
        ["Zhengzhou Tianhe Social Security Bureau", "Wuhan Northtree Foods Group"],
        26,
      ),
    ).toBe(26);
    expect(wholeNameWidth([], 24)).toBe(24);
  });

  test("the fewest rows with a lone character, counted per row, within the extra allowed", () => {
    // At 26 the 13-character names (many rows) leave one alone; wide enough for them, the one
    // 14-character name does instead (a row), and that is the fewest within 26..36.
    const names = [...new Array<string>(20).fill(thirteen), "无锡博邦餐饮管理股份有限公司", twelve];
    expect(alone(thirteen, 26)).toBe(true);
    const w = wholeNameWidth(names, 26);
    expect(names.filter((n) => alone(n, w)).length).toBeLessThanOrEqual(1);
    expect(w).toBeLessThanOrEqual(36);
    // Held to 26..27, the 13-character names stay as they are: no width there helps.
    expect(wholeNameWidth(names, 26, 27)).toBe(26);
  });
});

describe("text written broken where it wraps (tester13 #3, #4)", () => {
  const since = "（自 2025-11-30）";
  test("a date and a short aside stay whole, a number list breaks after a 、", () => {
    const reason = `重点客户定期回访已逾期；流失风险等级从中升至高${since}`;
    // At 32.5 a renderer's own breaks printed "（自" | "2025-11-30）" or "（自 2025-11-" | "30）".
    // Broken between words, not inside one (流失风 | 险等级), at no cost in lines; 流失风险等级, a
    // name of the catalog, whole (stop 42 tester #13).
    expect(breakLinesWell(reason, 32.5)).toBe(
      `重点客户定期回访已逾期；\n流失风险等级从中升至高\n${since}`,
    );
    const list =
      "交易日期无法识别（同样的问题共 20 行：第 316、319、322、325、328、331、334、337、340、343、346、349、352、355、358、361、364、367、370、373 行）";
    const lines = breakLinesWell(list, 34.5).split("\n");
    expect(lines.length).toBe(5);
    // Each line ends after a 、 or at the list's end, never inside a number ("…370、37" | "3 行）").
    for (let k = 0; k + 1 < lines.length; k++)
      expect(`${lines[k].slice(-1)}|${lines[k + 1][0]}`).not.toMatch(/\d\|\d/);
    expect(lines.slice(1).every((l) => /^\d/.test(l))).toBe(true);
    expect(lines.join(" ").replace(/ /g, "")).toBe(list.replace(/ /g, ""));
    // Text on one line is left as it is (the same string).
    expect(breakLinesWell("挽留联系（有流失迹象）", 32.5)).toBe("挽留联系（有流失迹象）");
  });

  const piece = fc.constantFrom(
    "流失风险等级从中升至高",
    "RFM 分群从需要关注降至即将沉睡",
    since,
    "（所有客户通常约 5.5 个）",
    "；挽留联系",
    "，生命周期阶段",
    "第 316、319、322、325、328 行",
    " Retention call (signs of leaving);",
    " since 2025-11-30",
    " 6/10（2025-07-09）",
    "2 个购买日",
  );
  // From 20 wide (the call sheet's reasons are 24 or more): "6/10（2025-07-09）" is wider than a
  // line of 12 and is cut where the line is full.
  test("every line fits Excel's room, no date or number is cut, no line starts with a closing mark", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 40, max: 100 }),
        (parts, half) => {
          const text = parts.join("").trim();
          const width = half / 2;
          const out = breakLinesWell(text, width);
          const lines = out.split("\n");
          // The same text, its breaks where spaces were or none.
          expect(out.replace(/\n/g, "").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
          lines.forEach((line, k) => {
            expect(textLines(line, width)).toBe(1);
            if (k > 0) expect(line).not.toMatch(/^[）)；，、：%]/);
          });
          // Every date and number prints whole on one line, no line ends with an opening mark.
          for (const n of text.match(/\d+(?:[-./]\d+)*/g) ?? [])
            expect(lines.some((line) => line.includes(n))).toBe(true);
          expect(out).not.toMatch(/[（(]\n/);
          // Rows are sized from it: its lines are its parts.
          expect(textLines(out, width)).toBe(lines.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/*
 * Chinese words and changes kept whole (stop 40, paper16): Chinese type may break between any two
 * characters, and breakLinesWell did, so the December refresh of the samples wrote 流 | 失概率,
 * 消费金 | 额, 最 | 近购买, 名 | 单 (800 breaks inside a word in the zh workbook: 978 cells of the
 * call sheet, 643 of At-risk, 213 of Changes) and 36% → | 56% (zh 271, en 145 in the Changes list).
 * A line now starts before the word (or the change) where that costs the text no line.
 */
describe("words and changes kept whole", () => {
  test("the sample refresh's cuts: 流失 | 风险, 最近购买, 消费金额, 名单, a change at its arrow", () => {
    // Each was written cut on the December refresh of the samples (the texts and widths as written).
    const cases: [string, number, string][] = [
      ["1 个投诉未解决（最久 22 天）；最近购买：培训课程", 33.5, "最近购买"],
      [
        "自 2025-11-30 起，流失风险等级：低 → 中；消费金额 145,912 → 131,128，购买天数 9 → 8，流失概率 36% → 56%",
        100,
        "36% → 56%",
      ],
      [
        "Since 2025-11-30: Churn risk level Low → Medium; days since the last purchase 11 → 42, churn probability 49.5% → 62.5%",
        102.5,
        "49.5% → 62.5%",
      ],
      [
        "已流失（超过流失天数未购买）：建议纳入批量挽回活动，不逐一安排电话；金额为累计消费（流失的价值）；名单只列流失价值最大的客户，合计达到高价值层级的收入占比为止",
        89,
        "名单",
      ],
    ];
    for (const [text, width, whole] of cases) {
      const lines = breakLinesWell(text, width).split("\n");
      expect(lines.length).toBeGreaterThan(1);
      expect({ text, whole: lines.some((l) => l.includes(whole)) }).toEqual({ text, whole: true });
      // No more lines than broken anywhere allowed.
      expect(lines.length).toBe(breakLinesWell(text, width, false).split("\n").length);
    }
  });

  test("company names break between their words, or not at all", () => {
    // 广州 | 东华 | 科技 | 集团 | 有限公司: never 有限公 | 司 nor 集 | 团, in a column 22 wide or
    // more (a line keeps 60 % of its room: WORD_FILL).
    const name = "广州东华科技集团有限公司";
    for (let half = 44; half <= 80; half++) {
      const out = breakLinesWell(`客户名称：${name}（重复）`, half / 2);
      const flat = out.replace(/\n/g, "");
      let at = 0;
      for (const line of out.split("\n").slice(0, -1)) {
        at += line.length;
        const i = at - flat.indexOf(name);
        if (i > 0 && i < name.length)
          expect({ half, cut: name.slice(0, i) }).toEqual({
            half,
            cut: expect.stringMatching(/^(广州|广州东华|广州东华科技|广州东华科技集团)$/),
          });
      }
    }
  });

  test("a character of two code units (𠮷) is never split", () => {
    const text = "𠮷".repeat(30);
    for (let half = 8; half <= 40; half++) {
      for (const line of breakLinesWell(`客户：${text}`, half / 2).split("\n")) {
        expect(/^[\udc00-\udfff]/.test(line)).toBe(false);
        expect(/[\ud800-\udbff]$/.test(line)).toBe(false);
      }
    }
  });

  test("cutsWord and cutsWhole", () => {
    expect(cutsWord("流失概率 36%", 1)).toBe(true); // 流 | 失概率
    expect(cutsWord("流失风险等级", 2)).toBe(false); // 流失 | 风险等级
    expect(cutsWord("客户 2025", 3)).toBe(false); // not between two Chinese characters
    // Asked in any order, over texts of the same runs at other places: the same answers.
    const texts = [
      "流失风险等级从中升至高",
      "从中升至高：流失风险等级",
      "流失风险等级",
      "价值层级从高价值降至低价值",
    ];
    const answers = (order: [string, number][]) => order.map(([t, i]) => cutsWord(t, i));
    const all: [string, number][] = texts.flatMap((t) =>
      [...t].map((_, i): [string, number] => [t, i + 1]),
    );
    const once = answers(all);
    expect(answers([...all].reverse()).reverse()).toEqual(once);
    expect(answers(all.filter((_, k) => k % 2 === 0))).toEqual(once.filter((_, k) => k % 2 === 0));
    expect(once.filter(Boolean).length).toBeGreaterThan(3);
    expect(cutsWord("从中升至高：流失风险等级", 7)).toBe(true); // 流 | 失风险等级, after 流失风险等级 at 1
    // ICU's single characters joined when in a run (分 | 群 | 从 is one), alone between words kept.
    expect(chineseSegments("从潜在忠诚客户降至有潜力客户").map((w) => w.text)).toEqual([
      "从",
      "潜在",
      "忠诚",
      "客户",
      "降至",
      "有",
      "潜力",
      "客户",
    ]);
    const change = "流失概率 36% → 56%";
    expect(cutsWhole(change, change.indexOf("→"))).toBe(true);
    expect(cutsWhole(change, change.indexOf("56"))).toBe(true);
    expect(cutsWhole(change, change.indexOf("36"))).toBe(false);
  });

  const piece = fc.constantFrom(
    "流失风险等级从中升至高",
    "；生命周期阶段从成熟期降至衰退期",
    "，消费金额 16,872 → 9,939",
    "；流失概率 36% → 56%",
    "；最近购买：培训课程",
    "（自 2025-11-30）",
    "广州东华科技集团有限公司",
    "𠮷野家餐饮管理有限公司",
    " Pro 版软件",
    " churn probability 49.5% → 62.5%",
    "，没有任何联系记录",
    "；名单只列流失价值最大的客户",
  );
  test("never more lines than broken anywhere; far fewer words cut; nothing lost; no pair split", () => {
    let cutBefore = 0;
    let cutAfter = 0;
    const cuts = (out: string) => {
      let n = 0;
      const flat = out.replace(/\n/g, "");
      let at = 0;
      for (const line of out.split("\n").slice(0, -1)) {
        at += line.length;
        if (cutsWhole(flat, at)) n++;
      }
      return n;
    };
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 44, max: 200 }),
        (parts, half) => {
          const text = parts.join("").trim();
          const width = half / 2;
          const out = breakLinesWell(text, width);
          const anywhere = breakLinesWell(text, width, false);
          const lines = out.split("\n");
          expect(lines.length).toBeLessThanOrEqual(anywhere.split("\n").length);
          expect(out.replace(/[\n ]/g, "")).toBe(text.replace(/ /g, ""));
          for (const line of lines) {
            expect(textLines(line, width)).toBe(1);
            expect(/^[\udc00-\udfff]/.test(line) || /[\ud800-\udbff]$/.test(line)).toBe(false);
          }
          cutBefore += cuts(anywhere);
          cutAfter += cuts(out);
        },
      ),
      // One fixed sample: the bound below is on a sum over the sample, and unseeded it failed 2 of 6
      // runs at 7e5d435 and at 6f2bcef alike (cut after / before 0.51–0.57 where it failed).
      { numRuns: 300, seed: 46 },
    );
    // Of the cuts breaking anywhere makes, keeping words whole leaves fewer than half (where it
    // costs a line): 70 of 199 at seed 46; over seeds 1-60 of 300 texts each, 0.32-0.54, median
    // 0.44 (7 of 60 at half or more, hence the fixed seed). It was about a quarter when written
    // (ddb1ca4: 98 of 338 a seed on average): since then names of the catalog (2a43d25) and
    // breaks after ：，； (04326cf) are kept by both layouts, so breaking anywhere cuts fewer
    // (338 -> 203) while words kept whole cut about as many (98 -> 89). On the samples 15 of 800
    // are left.
    expect(cutAfter).toBeLessThan(cutBefore / 2);
  });
});

describe("the catalog's names are never cut by our line feeds (stop 42 tester #13)", () => {
  /** Marks no line starts with (kinsoku). */
  const CLOSING = "）)】」』》，。、；：！？";
  /** The name of KEPT_WHOLE_ZH a line of `out` ends inside, if any, whose line could hold it. */
  const cutName = (out: string, width: number) => {
    const flat = out.replace(/\n/g, "");
    const inside = keptInside(flat);
    let at = 0;
    for (const line of out.split("\n").slice(0, -1)) {
      at += line.length;
      while (flat[at] === " ") at++;
      if (inside?.[at] !== 1) continue;
      // The longest name around the place (one inside a longer name too wide for a line is cut
      // with it, where the line is full).
      let held = "";
      const name = [...KEPT_WHOLE_ZH]
        .sort((a, b) => b.length - a.length)
        .find((n) => {
          for (let p = flat.indexOf(n); p >= 0; p = flat.indexOf(n, p + 1))
            if (p < at && at < p + n.length) {
              // With the closing marks after it, which no line starts with (冠军客户，).
              let e = p + n.length;
              while (e < flat.length && CLOSING.includes(flat[e])) e++;
              held = flat.slice(p, e);
              return true;
            }
          return false;
        })!;
      if (textLines(held, width) === 1) return name;
    }
    return undefined;
  };

  test("the tester's cells: 低 / 价值客户, 成 / 长期, RFM / 分群", () => {
    const atRisk = "至 2026-01-29 无到期联系：不在挽留联系范围内；低价值客户每 90 天定期回访";
    expect(breakLinesWell(atRisk, 27.5)).toBe(
      "至 2026-01-29 无到期联系：\n不在挽留联系范围内；\n低价值客户每 90 天定期回访",
    );
    const reason =
      "RFM 分群从潜在忠诚客户降至即将沉睡，生命周期阶段从成长期降至衰退期，流失风险等级从中升至高（自 2025-11-30）";
    const out = breakLinesWell(reason, 30);
    expect(cutName(out, 30)).toBeUndefined();
    expect(out).toContain("成长期");
    expect(keptInside("从成长期降至衰退期")?.[2]).toBe(1);
  });

  test("labels and signal names kept whole: 未安排, 未使用, 升至, 推荐意愿 (stop 42 tester #9)", () => {
    for (const word of ["未安排", "未使用", "升至", "降至", "推荐意愿", "满意度"])
      expect(KEPT_WHOLE_ZH).toContain(word);
    const cells: [string, number][] = [
      ["挽留联系（有流失迹象）未安排：纳入挽留活动（仅购买一次：批量短信或邮件）", 27.5],
      ["较上次运行分类下滑未安排：无电话和邮箱：请向负责人索取", 27.5],
      ["日期 2026-01-07 晚于分析日期 2025-12-31，此行未使用", 50],
      [
        "自 2025-11-30 起，RFM 分群：新客户 → 有潜力客户；流失风险等级：低 → 高；流失概率 45% → 83%，推荐意愿 6/10（2025-12-31）",
        17,
      ],
      [
        "一次性购买客户关怀活动（批量短信或邮件）；RFM 分群从有潜力客户降至即将沉睡，生命周期阶段从新客户降至衰退期，流失风险等级从中升至高（自 2025-11-30）",
        30,
      ],
    ];
    for (const [text, width] of cells) {
      const out = breakLinesWell(text, width);
      expect({ out, cut: cutName(out, width) }).toEqual({ out, cut: undefined });
    }
    // Broken after a ：，； or before a （ where that costs no line (tester #9: 仅 / 购买).
    expect(breakLinesWell(cells[0][0], 27.5)).toBe(
      "挽留联系（有流失迹象）\n未安排：纳入挽留活动\n（仅购买一次：\n批量短信或邮件）",
    );
  });

  test("a line breaks after ：，； or before （ where that costs no line (stop 42 tester #9)", () => {
    expect(breakLinesWell("D 列“推荐意愿(0-10)”的值 12 超出 0–10，已按空值处理", 50)).toBe(
      "D 列“推荐意愿(0-10)”的值 12 超出 0–10，\n已按空值处理",
    );
    expect(
      breakLinesWell(
        "上次购买已是 118 天前（所有客户通常约 48 天）；已 466 天未联系；购买次数少：4 个购买日（所有客户通常约 5.5 个）",
        35.5,
      ),
    ).toBe(
      "上次购买已是 118 天前\n（所有客户通常约 48 天）；\n已 466 天未联系；购买次数少：\n4 个购买日（所有客户通常约 5.5 个）",
    );
    // Where it would cost a line, the break stays where the line is full (批 / 量: 5 lines, not 6).
    const call =
      "一次性购买客户关怀活动（批量短信或邮件）；RFM 分群从即将沉睡降至休眠客户，价值分类从一般发展客户降至一般挽留客户（自 2025-11-30）";
    expect(breakLinesWell(call, 30).split("\n")).toHaveLength(5);
  });

  test("never more lines than the same text with no clause mark to prefer (：，； as 。、！)", () => {
    const piece = fc.constantFrom(
      "挽留联系（有流失迹象）",
      "未安排：纳入挽留活动",
      "（仅购买一次：批量短信或邮件）",
      "；",
      "，",
      "：",
      "上次购买已是 118 天前",
      "已 466 天未联系",
      "流失风险等级从中升至高",
      "（自 2025-11-30）",
      "请向负责人索取",
    );
    const plainOf = (t: string) =>
      t.replace(/[：，；]/g, (c) => ({ "：": "。", "，": "、", "；": "！" })[c]!);
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 24, max: 120 }),
        (parts, half) => {
          const text = parts.join("");
          const width = half / 2;
          for (const whole of [true, false]) {
            const out = breakLinesWell(text, width, whole);
            const plain = breakLinesWell(plainOf(text), width, whole);
            expect({ out, more: out.split("\n").length > plain.split("\n").length }).toEqual({
              out,
              more: false,
            });
            for (const line of out.split("\n")) expect(textLines(line, width)).toBe(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the names are the catalog's (one owner: categories.ts, changes.ts)", () => {
    for (const name of [...Object.values(STAGE_NAMES_ZH), ...Object.values(VALUE_TIER_NAMES_ZH)])
      expect(KEPT_WHOLE_ZH).toContain(name);
    expect(KEPT_WHOLE_ZH).toContain("未分类（无购买）");
    expect(KEPT_WHOLE_ZH).toContain("生命周期阶段");
    expect(KEPT_WHOLE_ZH).toContain("风险"); // of {level}风险
  });

  test("no line feed of ours falls inside a name a line could hold, at any width", () => {
    const piece = fc.oneof(
      fc.constantFrom(...KEPT_WHOLE_ZH),
      fc.constantFrom(RISK_PHRASES_ZH.churned, RISK_PHRASES_ZH.prospect),
      fc.constantFrom(
        "从",
        "降至",
        "升至",
        "；",
        "，",
        "：",
        "（自 2025-11-30）",
        " → ",
        "客户每 90 天定期回访",
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 2, maxLength: 14 }),
        fc.integer({ min: 16, max: 120 }),
        (parts, half) => {
          const text = parts.join("");
          const width = half / 2;
          for (const whole of [true, false]) {
            const out = breakLinesWell(text, width, whole);
            expect({ out, cut: cutName(out, width) }).toEqual({ out, cut: undefined });
            for (const line of out.split("\n")) expect(textLines(line, width)).toBe(1);
            // Kinsoku (stop 42 reviewer D13), where an unbroken run (2025-11-30）；) fits a line.
            expect({ out, bad: kinsokuBad(out, true, width) }).toEqual({ out, bad: [] });
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  /**
   * Lines of `out` starting with a closing mark, and a last line of one character. With `width`,
   * a closing mark may start a line where the piece before it (the previous line's last Chinese
   * character or its run of digits, dates, Latin and marks, spaced marks too) and the marks do not fit a line
   * together: wrapLines's contract, as without kinsoku (CI of stop 50: "2025-11-30），" then "："
   * at 16 units).
   */
  const kinsokuBad = (out: string, names = false, width?: number) => {
    const lines = out.split("\n");
    const piecesTooWide = (k: number) => {
      if (width === undefined) return false;
      const run = `[^\\s\\u3400-\\u9fff（(]*(?:\\s+[${CLOSING}]+)*$`;
      const piece = lines[k - 1].match(new RegExp(`[\\u3400-\\u9fff]?${run}`))![0];
      const marks = lines[k].match(new RegExp(`^[${CLOSING}]+`))![0];
      return textLines(piece + marks, width) > 1;
    };
    const bad = lines.filter((l, k) => k > 0 && CLOSING.includes(l[0]) && !piecesTooWide(k));
    // A last line of one character (a name a line holds stays whole before it: 冠军客户 / 从).
    const last = lines.at(-1)!.trim();
    const closes = CLOSING.includes(last);
    if (lines.length > 1 && last.length === 1 && (!names || closes))
      if (!closes || !piecesTooWide(lines.length - 1)) bad.push(last);
    return bad;
  };

  test("a closing mark starts a line only where the piece before it cannot go over with it", () => {
    // CI of stop 50: "2025-11-30），：" is wider than 16 units, so the ： starts the next line.
    const out = breakLinesWell("（自 2025-11-30），：待挽回（已进入流失期）", 16);
    expect(out.split("\n").slice(0, 3)).toEqual(["（自", "2025-11-30），", "："]);
    expect(kinsokuBad(out, true, 16)).toEqual([]);
    // Where it could go over, it is told: a line of 流失期 then ） alone.
    expect(kinsokuBad("待挽回（已进入流失期\n）", true, 16)).toEqual(["）", "）"]);
  });

  test("a kept name wider than its line is cut where a line may start (stop 42 reviewer D13)", () => {
    expect(breakLinesWell(RISK_PHRASES_ZH.churned, 22)).toBe("待挽回（已进入流失\n期）");
    // A name a line holds stays whole before a last character (冠军客户 / 从, not 冠军客 / 户从).
    expect(breakLinesWell("冠军客户从", 10)).toBe("冠军客户\n从");
    expect(breakLinesWell("流失风险等级从待挽回（已进入流失期）降至中", 22)).toBe(
      "流失风险等级从\n待挽回（已进入流失\n期）降至中",
    );
    for (const width of [16, 18])
      expect(
        kinsokuBad(breakLinesWell("客户从潜在客户（未购买，无风险等级）变为新客户", width)),
      ).toEqual([]);
    for (let half = 20; half <= 64; half++)
      for (const phrase of [RISK_PHRASES_ZH.churned, RISK_PHRASES_ZH.prospect])
        for (const text of [phrase, `重要价值客户流失风险等级${phrase}`, `从${phrase}降至中`]) {
          const out = breakLinesWell(text, half / 2);
          expect({ out, bad: kinsokuBad(out) }).toEqual({ out, bad: [] });
        }
  });
});

describe("a two-item talking point breaks between its items (stop 42 tester #17)", () => {
  test("the tester's points: 最近 / 购买 in 277 of 489, now after the ；", () => {
    expect(breakLinesWell("最近评价最低：价格 2/5；最近购买：培训课程", 33.5)).toBe(
      "最近评价最低：价格 2/5；\n最近购买：培训课程",
    );
    const change = "消费金额 206,729 → 239,317，购买天数 13 → 15，最近购买 2025-11-03 → 2025-12-16";
    const lines = breakLinesWell(change, 36).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((l) => l.endsWith("最近"))).toBe(false);
  });

  test("a line ends after a label's ： only where a break after the ； would cost a line (tester48 L3)", () => {
    // The refresh's 37.5-wide talking point wrote 最近购买：/ 培训课程: the nearest clause mark won.
    for (const width of [37.5, 40])
      expect(breakLinesWell("最近评价最低：价格 2/5；最近购买：培训课程", width)).toBe(
        "最近评价最低：价格 2/5；\n最近购买：培训课程",
      );
    expect(breakLinesWell("最近评价最低：产品质量 3/5；最近购买：办公文具礼盒", 48)).toBe(
      "最近评价最低：产品质量 3/5；\n最近购买：办公文具礼盒",
    );
    const first = fc
      .tuple(
        fc.constantFrom("产品质量", "价格", "售后服务", "交付"),
        fc.integer({ min: 1, max: 5 }),
      )
      .map(([d, n]) => `最近评价最低：${d} ${n}/5`);
    const product = fc.constantFrom("培训课程", "显示器", "标准版软件许可", "办公文具礼盒");
    // At width 25 "…价格 1/5；最近购买：/ 办公文具礼盒" was written, the same 3 lines as breaking at the
    // ； (10 of the 6,480 cases: a property of 300 random runs failed about one time in three).
    expect(breakLinesWell("最近评价最低：价格 1/5；最近购买：办公文具礼盒", 25)).toBe(
      "最近评价最低：\n价格 1/5；\n最近购买：办公文具礼盒",
    );
    fc.assert(
      fc.property(first, product, fc.integer({ min: 40, max: 120 }), (a, p, half) => {
        const width = half / 2;
        const out = breakLinesWell(`${a}；最近购买：${p}`, width);
        // (A label and value wider than a line break after the label.)
        if (!out.includes("最近购买：\n") || textLines(`最近购买：${p}`, width) > 1) return;
        const items =
          breakLinesWell(`${a}；`, width).split("\n").length +
          breakLinesWell(`最近购买：${p}`, width).split("\n").length;
        expect({ out, fewer: out.split("\n").length < items }).toEqual({ out, fewer: true });
      }),
      { numRuns: 300 },
    );
  });

  test("a break falls between the items or between words, never inside the point's words, at any width", () => {
    const first = fc.oneof(
      fc
        .tuple(
          fc.constantFrom("产品质量", "价格", "售后服务", "交付"),
          fc.integer({ min: 1, max: 5 }),
        )
        .map(([d, n]) => `最近评价最低：${d} ${n}/5`),
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 400 }))
        .map(([c, d]) => `${c} 个投诉未解决（最久 ${d} 天）`),
    );
    const product = fc.constantFrom("培训课程", "显示器", "标准版软件许可", "办公文具礼盒");
    fc.assert(
      fc.property(first, product, fc.integer({ min: 40, max: 90 }), (a, p, half) => {
        const text = `${a}；最近购买：${p}`;
        const out = breakLinesWell(text, half / 2);
        let at = 0;
        for (const line of out.split("\n").slice(0, -1)) {
          at += line.length;
          while (text[at] === " ") at++;
          expect({ out, inName: keptInside(text)?.[at] === 1 }).toEqual({ out, inName: false });
          expect({ out, inWord: cutsWord(text, at) }).toEqual({ out, inWord: false });
        }
      }),
      { numRuns: 300 },
    );
  });
});

/*
 * English names and items (stop 43, stop 42 tester #14, #15): the en refresh printed '…Potential
 * loyalist to Need' / 'attention since…', 'General' / 'development', 'purchase' / 'days',
 * 'likelihood' / 'to recommend' (538 of our line feeds inside a name of KEPT_WHOLE_EN), and 198 of
 * 333 two-item talking points broke inside an item ('Weakest in the last survey: product' /
 * 'quality 3/5; …'). A name stays on one line and a line starts after '; ' where that costs the
 * text no line.
 */
describe("English names and list items kept whole where that costs no line (stop 42 tester #14, #15)", () => {
  test("the tester's cells", () => {
    expect(
      breakLinesWell(
        "RFM segment dropped from Potential loyalist to Need attention since 2025-11-30",
        30,
      ),
    ).toBe("RFM segment dropped from\nPotential loyalist to\nNeed attention since 2025-11-30");
    expect(
      breakLinesWell(
        "Weakest in the last survey: product quality 3/5; last bought: Installation service",
        34,
      ),
    ).toBe("Weakest in the last survey:\nproduct quality 3/5;\nlast bought: Installation service");
    expect(
      breakLinesWell("1 open complaint (oldest 0 days); last bought: Installation service", 34),
    ).toBe("1 open complaint (oldest 0 days);\nlast bought: Installation service");
    const atRisk =
      "Bought only once, 349 days ago; overdue by 313 days against the usual gap between purchases (37 days, all customers); NPS detractor: likelihood to recommend 6/10 (2025-01-20); Low satisfaction: latest score 2/5 (2025-01-20)";
    expect(breakLinesWell(atRisk, 44.5)).toContain("\nlikelihood to recommend 6/10");
    // Where keeping it costs a line, the name is cut as any words (5 lines, not 6).
    const reason =
      "Retention call (signs of leaving); Value class dropped from General development to General win-back since 2025-11-30";
    expect(breakLinesWell(reason, 30).split("\n")).toHaveLength(4);
  });

  test("the names are the catalog's, matched whatever their case and as whole words", () => {
    for (const name of [
      SEGMENT_NAMES_EN.need_attention,
      VALUE_CLASS_NAMES_EN.general_development,
      VALUE_TIER_NAMES_EN.medium,
      CHANGES_EN.figure_purchaseDays,
      CHANGES_EN.rfmSegment,
      TALKING_POINTS_EN.quality,
      "likelihood to recommend",
    ])
      expect(KEPT_WHOLE_EN).toContain(name);
    // One-word names are not listed (a line breaks at spaces anyway).
    expect(KEPT_WHOLE_EN).not.toContain("Champions");
    expect(keptInside("value class General development")?.[6]).toBe(2);
    expect(keptInside("Value tier Medium value")?.[18]).toBe(2);
    expect(keptInside("the lifecycle stages")).toBeUndefined();
    // Found in any case, and after other names' first letters (KEPT_FIRST).
    expect(keptInside("to NEED ATTENTION")?.[8]).toBe(2);
    expect(keptInside("从低到成长期")?.[4]).toBe(1);
  });

  test("breakLinesWell breaks each paragraph on its own: one that fits is kept as it is", () => {
    const long =
      "超出自身购买周期 85 天（通常约每 9 天购买一次，已 94 天未购买）；购买次数下降 82%";
    const short = "最近购买：安装调试服务";
    for (const text of [
      `${short}\n${long}\n${short}`,
      `${long}\n\n${long}`,
      `${short}\n${short}`,
    ]) {
      const each = text
        .split("\n")
        .map((p) => breakLinesWell(p, 20))
        .join("\n");
      expect(breakLinesWell(text, 20)).toBe(each);
    }
    const fits = `${short}\n${short}`;
    expect(breakLinesWell(fits, 30)).toBe(fits);
    expect(breakLinesWell(`${short}\n${long}`, 26)).toContain(`${short}\n超出自身`);
  });

  // Letters as wide as these (Calibri) that no name holds, and ':' as wide as ';': the same text
  // with no name and no item to keep.
  const SWAP: Record<string, string> = {
    n: "u",
    u: "n",
    d: "b",
    b: "d",
    o: "p",
    p: "o",
    i: "l",
    l: "i",
    v: "y",
    y: "v",
    ";": ":",
  };
  const disguise = (t: string) => t.replace(/[nudbopilvy;]/g, (c) => SWAP[c]);
  const piece = fc.constantFrom(
    "RFM segment dropped from",
    "Potential loyalist",
    "to",
    "Need attention",
    "since 2025-11-30,",
    "value tier",
    "Medium value",
    "General development →",
    "General win-back;",
    "purchase days 1 → 3,",
    "likelihood to recommend 6/10",
    "Weakest in the last survey: product quality 3/5;",
    "after-sales service 2/5;",
    "last bought: Installation service",
    "churn probability 58% → 28%;",
    "About to sleep",
    "customers",
  );
  test("never more lines than the same text without names or items; far fewer names cut", () => {
    let cutPlain = 0;
    let cutKept = 0;
    /** Our line feeds inside an English name of `text` (its own text or undisguised). */
    const cuts = (text: string, out: string) => {
      const inside = keptInside(text);
      let n = 0;
      let at = 0;
      for (const line of out.split("\n").slice(0, -1)) {
        at += line.length;
        while (text[at] === " ") at++;
        if (inside?.[at] === 2) n++;
      }
      return n;
    };
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 2, maxLength: 14 }),
        fc.integer({ min: 30, max: 160 }),
        (parts, half) => {
          const text = parts.join(" ");
          const width = half / 2;
          const plainText = disguise(text);
          expect(keptInside(plainText)).toBeUndefined();
          const out = breakLinesWell(text, width);
          const plain = breakLinesWell(plainText, width);
          const lines = out.split("\n");
          expect({ out, lines: lines.length <= plain.split("\n").length }).toEqual({
            out,
            lines: true,
          });
          expect(out.replace(/[\n ]/g, "")).toBe(text.replace(/ /g, ""));
          for (const line of lines) expect(textLines(line, width)).toBe(1);
          cutKept += cuts(text, out);
          cutPlain += cuts(text, disguise(plain));
        },
      ),
      { numRuns: 300 },
    );
    // Over random texts of these long names about 60 % of the cuts are left (where keeping a name
    // costs a line); on the en refresh of the samples 107 of 538.
    expect(cutKept).toBeLessThan(cutPlain * 0.8);
  });
});

describe("English words break at spaces, at a hyphen only on a line with no space (stop 42 tester #6)", () => {
  /** Lines of `out` ending inside a Latin word at its hyphen though the line has a space to break at. */
  const badHyphens = (out: string) =>
    out
      .split("\n")
      .filter(
        (line, k, lines) =>
          /[A-Za-z]-$/.test(line) && /^[A-Za-z]/.test(lines[k + 1] ?? "") && line.includes(" "),
      );

  test("the tester's note: 'cut-' / 'offs' no more", () => {
    const note =
      "Since 2025-11-30: 334 customers moved the wrong way, 251 the right way, 15 both ways (mixed), 61 sideways, 7 more moved only with the cut-offs; 64 new. See the Changes tab.";
    for (let half = 40; half <= 240; half++) {
      const out = breakLinesWell(note, half / 2);
      expect({ half, bad: badHyphens(out) }).toEqual({ half, bad: [] });
    }
    expect(inLatinWord("the cut-offs", 8)).toBe(true);
    expect(inLatinWord("2025-11-30", 5)).toBe(false);
    // A word alone wider than its line still breaks at its hyphen.
    expect(breakLinesWell("Win-back-and-more", 6)).toBe("Win-\nback-\nand-\nmore");
  });

  test("a word is kept whole at its hyphen only where that costs no line (stop 42 reviewer D14)", () => {
    // Avoiding the hyphen took 3 lines: 'General' / 'win-back' / 'moved'.
    expect(breakLinesWell("General win-back moved", 12)).toBe("General win-\nback moved");
    expect(breakLinesWell("General win-back moved now", 19)).toBe("General win-back\nmoved now");
  });

  test("no line with a space ends at a hyphen inside a word unless that saves a line, at any width", () => {
    const word = fc.constantFrom(
      "win-back",
      "Win-back",
      "cut-offs",
      "repeat-purchase",
      "follow-up",
      "the",
      "customers",
      "moved",
      "value",
      "→",
      "2025-11-30",
      "12,345;",
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 20, max: 160 }),
        (ws, half) => {
          const text = ws.join(" ");
          for (const whole of [true, false]) {
            const out = breakLinesWell(text, half / 2, whole);
            // At a hyphen only where that saves a line (stop 42 reviewer D14): against the text
            // whose hyphens inside words are an f (as wide, no break after it).
            if (badHyphens(out).length === 0) continue;
            // (A word alone wider than its line breaks at its hyphen anyway.)
            if (ws.some((w) => textLines(w, half / 2) > 1)) continue;
            const unbroken = text.replace(/([A-Za-z])-(?=[A-Za-z])/g, "$1f");
            const lines = out.split("\n").length;
            const avoiding = breakLinesWell(unbroken, half / 2, whole).split("\n").length;
            expect({ out, saves: lines < avoiding }).toEqual({ out, saves: true });
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

test("oneLineWidth: a heading on one line in every renderer's room", () => {
  const w = oneLineWidth("模型重新拟合", 1);
  expect(w).toBe(15);
  expect(headingLines("模型重新拟合", w, 1)).toBe(1);
  expect(headingLines("模型重新拟合", w - 0.5, 1)).toBe(2);
});

// Reviewer49 M1: the label-colon rule (tester48 L3) took "）：" for a label's colon, and the Data
// quality sentence broke inside its （…） instead of after it.
test("a colon right after ）ends a clause: the break stays after it, not inside the parenthesis", () => {
  const sentence =
    "（2025-12-29 至 2025-12-31，第一行为第 91 行）：按分析日期排除，未使用。如要包括这些行，请用更晚的 --as-of";
  expect(breakLinesWell(sentence, 50).split("\n")[0]).toBe(
    "（2025-12-29 至 2025-12-31，第一行为第 91 行）：",
  );
});

describe("curly quotes in Chinese text print one em wide (tester54 T4)", () => {
  // The Overview's 注意 line of tester54's workbook, in merged B2:J2 (text room about 125.3
  // units): counted at 1.06 a quote it was one line (124.9 units); drawn in the CJK font, its 10
  // quotes are 2.1 wide and it takes two, so the row written one line high showed only "。".
  const warning =
    "“客户名单”表的列“店名”未识别，已忽略（是否应为“姓名”？）：全部 36 行都按没有“客户名称”读取。请核对列名，改正后重新运行。";

  test("a quote next to a CJK character is one em; between Latin letters or spaces, Calibri's", () => {
    const c = (t: string) => t.charCodeAt(0);
    expect(widthBetween(c("“"), c("列"), c("E"))).toBe(2.1);
    expect(widthBetween(c("”"), c("l"), c("未"))).toBe(2.1);
    expect(widthBetween(c("“"), c(" "), c("E"))).toBeCloseTo(1.06, 2);
    expect(widthBetween(c("‘"), NaN, c("客"))).toBe(2.1);
    expect(widthAt("列“单价”未", 1)).toBe(2.1);
    expect(widthAt("Column “Email” not", 7)).toBeCloseTo(1.06, 2);
    expect(widthAt("Column “Email” not", 13)).toBeCloseTo(1.06, 2);
  });

  test("the warning takes the two lines it prints in, and every measure agrees", () => {
    const room = 125.3;
    const width = room + 5 / 7;
    expect(wrapLines(warning, room)).toBe(2);
    expect(textLines(warning, width)).toBe(2);
    expect(lineStarts(warning, room, 1, true).length).toBe(2);
    expect(lineStarts(warning, room).length).toBe(2);
    expect(fitsLine(warning, room)).toBe(false);
    // Its units: 10 quotes at 2.1 each over what the other characters take.
    let units = 0;
    for (let i = 0; i < warning.length; i++) units += widthAt(warning, i);
    expect(units).toBeGreaterThan(room);
    // The writer's column widths count them so too.
    expect(valueWidth("“店名”")).toBeGreaterThanOrEqual(Math.ceil(4 * 2.1 + 5 / 7));
    expect(longestWordWidth("“店名”")).toBe(2.1);
    // Broken with line feeds, each line fits its room.
    const broken = breakLinesWell(warning, width);
    for (const line of broken.split("\n")) expect(wrapLines(line, room)).toBe(1);
  });
});
