/**
 * A problem with the user's input (a missing sheet or column, a file that cannot be read): the CLI
 * exits 2 with this message and the task pane shows it. Anything else that is thrown is a bug.
 */
export class InputError extends Error {
  constructor(
    message: string,
    /** The same message in Chinese, for the task pane and zh-CN runs. */
    readonly messageZh: string = message,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** Thrown when the user cancels a run; the last good results stay in place. */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "CancelledError";
  }
}
