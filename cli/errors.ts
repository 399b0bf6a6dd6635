/**
 * Errors the `zonesafe` command reports to its user: one line naming the problem and the fix, exit
 * code 2. Anything else that escapes is reduced to the same one-line form; the stack trace is shown
 * only with `ZONESAFE_DEBUG=1`.
 */

/** The exit code of a usage, input or program error. */
export const EXIT_USAGE = 2;
/** The exit code when a mandatory violation remains. */
export const EXIT_VIOLATIONS = 1;
/** The exit code of a clean run. */
export const EXIT_OK = 0;

/** A problem with the command's input (flags, project, stack, state file or program) and how to fix it. */
export class CliError extends Error {
    /** Creates the error from the problem (what is wrong) and the fix (what the user should do). */
    constructor(
        public readonly problem: string,
        public readonly fix: string,
        options?: { cause?: unknown },
    ) {
        super(`${problem} (${fix})`, options);
        this.name = "CliError";
    }
}

/** Collapses a message to one line: line breaks and runs of blanks become single spaces or "; ". */
export function oneLine(text: string): string {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join("; ")
        .replace(/\s+/g, " ")
        .replace(/;\s*;/g, ";");
}

/** The message of anything thrown, as one line. */
export function messageOf(e: unknown): string {
    if (e instanceof Error) return oneLine(e.message || e.name);
    return oneLine(String(e));
}

/** The line printed on stderr for an error: `zonesafe: <problem> (<fix>)`. */
export function errorLine(e: unknown): string {
    if (e instanceof CliError) return `zonesafe: ${oneLine(e.problem)} (${oneLine(e.fix)})`;
    return `zonesafe: ${messageOf(e)}`;
}

/** Whether stack traces were asked for (`ZONESAFE_DEBUG=1`). */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
    const v = env.ZONESAFE_DEBUG;
    return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}
