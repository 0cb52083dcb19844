import { readFileSync } from "node:fs";
import path from "node:path";
import { CancelledError, InputError } from "../engine/errors";
import { defaultRules, ruleSetJson } from "../engine/rules";
import { say } from "../engine/words/catalog";
import { analyzeCommand, loadRules, ruleFileLanguage } from "./analyzeCommand";
import { systemClock, type Clock } from "./clock";
import {
  fileNamesLanguage,
  helpText,
  inputLanguage,
  langGiven,
  languageOf,
  parseCli,
  runLanguage,
  type CliArgs,
} from "./args";
import { printSummary, quietText } from "./summary";
import { removeTempFilesOnExit } from "../workbook/file/tempFiles";

/**
 * The command line. Exit 0 on success, 2 on bad input with one clear line on stderr, 1 only for a
 * bug. See `--help` (args.ts) for the contract scripts rely on. `clock` is injected by tests.
 */
export async function main(argv: string[], clock: Clock = systemClock): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
    switch (args.command) {
      case "help":
        // Asked for (--help, help): stdout and 0. No command at all is a usage error: the help goes
        // to stderr and the exit code is 2, as for any other bad command line (README: exit codes).
        if (argv.length === 0) {
          process.stderr.write(helpText(languageOf(argv)));
          return 2;
        }
        process.stdout.write(helpText(languageOf(argv)));
        return 0;
      case "version": {
        const pkg = JSON.parse(
          readFileSync(path.join(__dirname, "../../package.json"), "utf8"),
        ) as { version: string };
        process.stdout.write(`${pkg.version}\n`);
        return 0;
      }
      case "rules": {
        if (args.check) {
          const file = args.check;
          // The language follows the file as analyze's follows its input (runLanguage).
          const lang = await runLanguage(
            args,
            async () => (await ruleFileLanguage(file)) ?? fileNamesLanguage([file]),
          );
          try {
            await loadRules(file, lang);
          } catch (e) {
            if (e instanceof InputError) e.runLang ??= lang;
            throw e;
          }
          process.stdout.write(`${say(lang, "cli", "rulesValid", { file })}\n`);
        }
        if (args.print) process.stdout.write(ruleSetJson(defaultRules(), args.lang) + "\n");
        return 0;
      }
      case "analyze": {
        const outcome = await analyzeCommand(args, clock);
        if (!args.quiet) printSummary(outcome, outcome.lang);
        // Quiet: what the user typed on the schedule and this run did not keep is still said.
        else process.stderr.write(quietText(outcome, outcome.lang));
        return 0;
      }
    }
  } catch (e) {
    return await reportError(e, argv);
  }
}

async function reportError(e: unknown, argv: string[]): Promise<number> {
  // --lang, else the language the run found in its input (InputError.runLang), else that of the
  // input the command line names (an argument error comes before the run reads it), else the
  // system's.
  const lang =
    (e instanceof InputError && e.runLang) ||
    (langGiven(argv) ? null : await inputLanguage(argv)) ||
    languageOf(argv);
  if (e instanceof InputError) {
    process.stderr.write(`${say(lang, "cli", "error", { message: e.in(lang) })}\n`);
    return 2;
  }
  if (e instanceof CancelledError) {
    process.stderr.write(`${say(lang, "cli", "cancelled")}\n`);
    return 2;
  }
  const err = e as Error;
  process.stderr.write(
    `${say(lang, "cli", "internalError", { message: err?.message ?? String(e) })}\n` +
      (process.env.CA_DEBUG ? `${err?.stack ?? ""}\n` : ""),
  );
  return 1;
}

/**
 * The program: main() on the command line's arguments, its code as the exit code. Called by the
 * loader (src/cli/loader.ts, build/cli/main.js) once it has loaded the bundle, or below.
 */
export function runAsProgram(): void {
  // Ctrl-C, SIGTERM or a crash must not leave a writer's .~out.xlsx.*.tmp behind.
  removeTempFilesOnExit();
  // Should the run ever stop without settling (a library that swallows an error), it must not
  // look like success.
  process.exitCode = 1;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      exitOnceFlushed(code);
    },
    (e) => {
      // main() reports its own errors: this is one in the reporting itself.
      const message = (e as Error)?.message ?? String(e);
      process.stderr.write(
        `${say(languageOf(process.argv), "cli", "internalError", { message })}\n`,
      );
      process.exitCode = 1;
    },
  );
}

/**
 * Ends the process with `code` as soon as stdout and stderr have taken all that was written: main()
 * has awaited the run's files (written, closed, renamed into place), and the exit handlers still
 * run (tempFiles.ts). Waiting for the event loop to drain instead cost ~0.1 s at 100k: Node then
 * disposes of the main thread's heap (~350 MB) and stops the worker threads left, each tearing
 * down its own heap, before the process ends.
 * CA_NATURAL_EXIT=1 lets the process end by itself, as before.
 */
function exitOnceFlushed(code: number): void {
  if (process.env.CA_NATURAL_EXIT === "1") return;
  let open = 2;
  // A write's callback comes after the writes before it (on Linux, pipes and files are written at
  // once; elsewhere a pipe may be asynchronous), also when the stream has failed (EPIPE).
  const flushed = (): void => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}

// Run only when this file is the program (src/cli/main.ts through tsx, or build/cli/run.js run
// directly): in the demo's bundle (build/cli/demo.js) this module is bundled in, `require.main ===
// module` holds there too, and the demo would run main() on its own arguments beside the demo.
if (require.main === module && /[\\/](main|run)\.[jt]s$/.test(require.main.filename))
  runAsProgram();
