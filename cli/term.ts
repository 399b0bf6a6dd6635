/**
 * Terminal output helpers: ANSI colors, used only when the output is a terminal and colors were not
 * turned off (`--no-color`, `NO_COLOR`), or when `FORCE_COLOR` asks for them; and progress on stderr
 * for long runs: a spinner on a terminal, a few plain lines with the elapsed time elsewhere (a CI log).
 */

/** Text styles; each is the identity when colors are off. */
export interface Style {
    enabled: boolean;
    bold(s: string): string;
    dim(s: string): string;
    red(s: string): string;
    yellow(s: string): string;
    green(s: string): string;
    cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** A style with colors on or off. */
export function makeStyle(enabled: boolean): Style {
    const id = (s: string) => s;
    return {
        enabled,
        bold: enabled ? wrap(1, 22) : id,
        dim: enabled ? wrap(2, 22) : id,
        red: enabled ? wrap(31, 39) : id,
        yellow: enabled ? wrap(33, 39) : id,
        green: enabled ? wrap(32, 39) : id,
        cyan: enabled ? wrap(36, 39) : id,
    };
}

/**
 * Whether to color output written to `stream`: `--no-color` and `NO_COLOR` turn colors off,
 * `FORCE_COLOR` (other than `0`) turns them on, otherwise colors follow whether the stream is a terminal.
 */
export function colorWanted(stream: { isTTY?: boolean }, noColorFlag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
    if (noColorFlag) return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
    if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR.toLowerCase() !== "false";
    return stream.isTTY === true;
}

/** Removes ANSI escape sequences. */
export function stripAnsi(s: string): string {
    // eslint-disable-next-line no-control-regex
    return s.replace(/\u001b\[[0-9;]*m/g, "");
}

/** The stream a progress indicator writes to. */
export interface ProgressStream {
    isTTY?: boolean;
    write(chunk: string): boolean;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** The start of a progress line (not `zonesafe:`, which starts the error line and notes). */
export const PROGRESS_LINE_PREFIX = "zonesafe [";

/**
 * Progress on stderr. On a terminal: a one-line spinner with a status text, redrawn in place, which
 * appears only after `delayMs` (so short runs stay quiet). Elsewhere (a CI log, a file): one line per
 * stage, `zonesafe [<elapsed>s] <text>`, printed when the stage changes, so that a log shows where the
 * time went without a line per resource.
 */
export class Progress {
    private text = "";
    private frame = 0;
    private timer: ReturnType<typeof setInterval> | undefined;
    private shown = false;
    private lastStage: string | undefined;
    private readonly startedAt = Date.now();
    private readonly active: boolean;
    private readonly lines: boolean;

    /** Creates an indicator on `stream`; `enabled` false (for example with `--quiet`) turns it off. */
    constructor(
        private readonly stream: ProgressStream,
        enabled: boolean,
        private readonly delayMs = 400,
        private readonly intervalMs = 100,
    ) {
        this.active = enabled && stream.isTTY === true;
        this.lines = enabled && stream.isTTY !== true;
    }

    /**
     * Sets the status text; starts the spinner on first use. Without a terminal, prints the text as a
     * line when `stage` (by default the text itself) differs from the last one printed.
     */
    update(text: string, stage: string = text): void {
        this.text = text;
        if (this.lines) {
            if (stage !== this.lastStage) this.log(text);
            this.lastStage = stage;
            return;
        }
        if (!this.active || this.timer) return;
        this.timer = setInterval(() => this.draw(), this.intervalMs);
        this.timer.unref?.();
    }

    /** Prints `text` as a progress line, without a terminal only (a spinner shows the status instead). */
    log(text: string): void {
        if (!this.lines) return;
        this.stream.write(`${PROGRESS_LINE_PREFIX}${this.elapsed()}s] ${text}\n`);
    }

    private elapsed(): string {
        return ((Date.now() - this.startedAt) / 1000).toFixed(1);
    }

    private draw(): void {
        if (Date.now() - this.startedAt < this.delayMs) return;
        this.shown = true;
        this.stream.write(`\r\u001b[2K${FRAMES[this.frame++ % FRAMES.length]} ${this.text} (${this.elapsed()}s)`);
    }

    /** Stops the indicator and clears its line. */
    stop(): void {
        if (this.timer) clearInterval(this.timer);
        this.timer = undefined;
        if (this.shown) this.stream.write("\r\u001b[2K");
        this.shown = false;
    }

    /** Whether the spinner has drawn anything. */
    get visible(): boolean {
        return this.shown;
    }
}
