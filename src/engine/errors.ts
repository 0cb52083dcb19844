import type { Lang, SheetKind } from "./schema";

/**
 * Where the user fixes an input problem: the input's sheet choice, or (`fields`, keys) the
 * required columns it has none for. The task pane points there (数据 → 交易 → 金额); the CLI
 * does not use it.
 */
export interface InputAt {
  kind: SheetKind;
  fields: readonly string[];
  /** The sheet read when it was found but cannot be used (no header row): absent when none was found. */
  sheet?: string;
}

/**
 * A problem with the user's input (a missing sheet or column, a file that cannot be read): the CLI
 * exits 2 with this message and the task pane shows it. Anything else that is thrown is a bug.
 */
export class InputError extends Error {
  /**
   * The run's language when the error arose after it was known from the input itself (a CSV or
   * workbook with Chinese headers and no --lang): the message is then shown in it.
   */
  runLang?: Lang;

  /** The input whose sheet or column choice fixes it (a required sheet or column missing). */
  at?: InputAt;

  constructor(
    message: string,
    /** The same message in Chinese, for the task pane and zh-CN runs. */
    readonly messageZh: string = message,
  ) {
    super(message);
    this.name = "InputError";
  }

  /**
   * The message in a language: the one place that picks between the two texts.
   *
   * @example new InputError("No sheet", "没有表").in("zh-CN") // "没有表"
   */
  in(lang: Lang): string {
    return lang === "zh-CN" ? this.messageZh : this.message;
  }

  /**
   * An InputError from both languages' texts of one catalog entry (sayBoth's result).
   *
   * @example InputError.of(sayBoth("args", "badLang", { value: "fr" }))
   */
  static of(words: Record<Lang, string>): InputError {
    return new InputError(words["en-US"], words["zh-CN"]);
  }
}

/** Thrown when the user cancels a run; the last good results stay in place. */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "CancelledError";
  }
}
