/**
 * The words of the visits input by what it is (fix67e: an appointments sheet, 预约登记, was said as
 * classes and check-ins, 上课 / 签到, on the Changes tab, in the churn reasons and on the Overview):
 * the one owner of those words (words/visitKind.ts visitWords). `log` names the input, `one` a
 * visit of it; the texts that say visits take them as {log} and {one}.
 */
export const VISIT_KIND_EN = {
  /** A check-in sheet (签到, 消课记录, Check-ins): the input. */
  log: "visits log",
  /** One visit of it. */
  one: "check-in",
  /** An appointments sheet (预约登记, Appointments: Visits.appointments): the input. */
  logAppointments: "appointments",
  /** One visit of it: an appointment kept. */
  oneAppointments: "kept appointment",
  /** The visits at the head of a line: "Check-ins down 50%". */
  ones: "Check-ins",
  onesAppointments: "Kept appointments",
  /** The sheet they are kept on, where a reason says it ends ("the log ends 22 days ago"). */
  logSheet: "log",
  logSheetAppointments: "appointment book",
};

export const VISIT_KIND_ZH: Record<keyof typeof VISIT_KIND_EN, string> = {
  log: "上课签到",
  one: "上课/签到",
  logAppointments: "预约就诊",
  oneAppointments: "到诊",
  ones: "上课/签到",
  onesAppointments: "到诊",
  logSheet: "签到表",
  logSheetAppointments: "预约表",
};
