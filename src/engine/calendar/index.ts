export { weekday, isWeekend } from "./weekday";
export { workCalendar, type WorkCalendar, type WorkingDayRules } from "./workCalendar";
export {
  DEFAULT_HOLIDAYS,
  DEFAULT_MAKE_UP_WORKDAYS,
  DEFAULT_HOLIDAY_YEARS,
} from "./chineseHolidays";
export { civilFromDays, daysFromCivil, quarterKey, quarterLabel } from "./civil";
