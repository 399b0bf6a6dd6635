/**
 * Paths as reports show them: relative, never an absolute path of the machine that ran the command
 * (a report travels: pull-request comments, CI artifacts, code scanning).
 */
import * as fs from "fs";
import * as path from "path";

/** The nearest directory at or above `start` holding `.git`, or `undefined`. */
export function repositoryRoot(start: string): string | undefined {
    let dir = path.resolve(start);
    for (;;) {
        if (fs.existsSync(path.join(dir, ".git"))) return dir;
        const up = path.dirname(dir);
        if (up === dir) return undefined;
        dir = up;
    }
}

/**
 * `file` relative to `base`, with forward slashes ("." for `base` itself; `../shop/index.ts` for a
 * file beside it). A file on another drive, which has no relative path, is shown by its name.
 */
export function displayPath(file: string, base: string): string {
    const abs = path.resolve(file);
    const r = path.relative(path.resolve(base), abs);
    if (r === "") return ".";
    if (path.isAbsolute(r)) return path.basename(abs);
    return r.split(path.sep).join("/");
}
