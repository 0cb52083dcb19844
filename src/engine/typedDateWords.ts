import type { Lang } from "./schema";
import type { TypedDateProblem } from "./parse/date";
import { say, type Code } from "./words/catalog";

/**
 * Why a typed date is not a day, in a language's words (the catalog's `typedDate` section): what
 * `--as-of` (cli/args.ts) and the rule set's `asOf` (rules/validate.ts) say after their own name.
 *
 * @example typedDateWords("en-US", "2025-02-30", typedDateProblem("2025-02-30")!)
 * // "“2025-02-30” is not a real date (month 2 of 2025 has 28 days)"
 */
export function typedDateWords(lang: Lang, value: string, problem: TypedDateProblem): string {
  const day = (n: number) => say(lang, "typedDate", `weekday${n}` as Code<"typedDate">);
  switch (problem.code) {
    case "notADate":
    case "noYear":
    case "noSuchMonth":
      return say(lang, "typedDate", problem.code, { value });
    case "ambiguous":
      return say(lang, "typedDate", "ambiguous", { value, ...problem });
    case "ambiguousMonthDay": {
      // A birthday's 12/9: 12 September or 9 December, each written as no one can misread it.
      const monthDay = ([month, d]: readonly [number, number]) =>
        say(lang, "typedDate", "monthDay", {
          month: say(lang, "typedDate", `month${month}` as Code<"typedDate">),
          day: String(d),
        });
      return say(lang, "typedDate", "ambiguous", {
        value,
        dayFirst: monthDay(problem.dayFirst),
        monthFirst: monthDay(problem.monthFirst),
      });
    }
    case "yearRange":
      // Years as written, not as numbers with a thousands separator.
      return say(lang, "typedDate", "yearRange", {
        value,
        from: String(problem.from),
        to: String(problem.to),
      });
    case "dayZero":
      return say(lang, "typedDate", "dayZero", { value, days: problem.days });
    case "noSuchDay":
      return say(lang, "typedDate", "noSuchDay", {
        value,
        year: String(problem.year),
        month: String(problem.month),
        days: problem.days,
      });
    case "wrongWeekday":
      return say(lang, "typedDate", "wrongWeekday", {
        value,
        date: problem.date,
        written: day(problem.written),
        actual: day(problem.actual),
      });
  }
}
