/**
 * The command's files: reading an input (a state file, a config) with errors that say what is wrong
 * with it, and writing a report so that it is either complete or not there at all.
 *
 * - An input must be a regular file: a directory, a named pipe, a device (`/dev/zero`) or a socket is
 *   refused by what it is, before it is opened (opening a pipe or reading a device never ends).
 * - An unreadable file (permissions, I/O error) gets a sentence with the path and the fix; a binary
 *   or UTF-16 file is recognized as such, and its bytes are never echoed.
 * - A report goes to a temporary file beside its target and is renamed over it once complete, so a
 *   full disk leaves the previous report intact. A target that is one of the run's inputs (the state
 *   file, a policy pack config, the program's files) or that is not a regular file on an ordinary file
 *   system (`/proc`, `/sys`, `/dev`, a pipe) is refused before anything runs.
 */
import * as fs from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import { CliError } from "./errors";

/** What a non-regular file is, in words ("a directory", "a named pipe (FIFO)", …); `undefined` for a regular file. */
export function fileKind(st: fs.Stats): string | undefined {
    if (st.isFile()) return undefined;
    if (st.isDirectory()) return "a directory";
    if (st.isFIFO()) return "a named pipe (FIFO)";
    if (st.isCharacterDevice()) return "a character device";
    if (st.isBlockDevice()) return "a block device";
    if (st.isSocket()) return "a socket";
    return "not a regular file";
}

/** The error code of a failed file operation (`ENOENT`, `EACCES`, …), if any. */
function codeOf(e: unknown): string | undefined {
    const code = (e as { code?: unknown } | null)?.code;
    return typeof code === "string" ? code : undefined;
}

/** A one-line error for a failed read of `file`: what happened in words, and what to do. */
export function readError(file: string, e: unknown, what: string, fix: string): CliError {
    switch (codeOf(e)) {
        case "ENOENT":
        case "ENOTDIR":
            return new CliError(`${what} ${file} does not exist`, fix, { cause: e });
        case "EACCES":
        case "EPERM":
            return new CliError(`cannot read ${what} ${file}: permission denied`, `make it readable by this user (for example \`chmod u+r ${file}\`) or run as its owner`, { cause: e });
        case "EIO":
            return new CliError(`cannot read ${what} ${file}: input/output error (the disk or network file system failed while reading)`, "check the disk, or copy the file to a healthy local disk and pass that copy", { cause: e });
        case "EISDIR":
            return new CliError(`${what} ${file} is a directory; a regular file is needed`, fix, { cause: e });
        case "ELOOP":
            return new CliError(`${what} ${file} is a symbolic link that loops`, fix, { cause: e });
        case "ENAMETOOLONG":
            return new CliError(`the path of ${what} is too long`, fix, { cause: e });
        default: {
            const code = codeOf(e);
            return new CliError(`cannot read ${what} ${file}${code ? ` (${code})` : ""}`, fix, { cause: e });
        }
    }
}

/** Checks that `file` is a regular file without opening it; a directory, pipe or device is refused by what it is. */
export function requireRegularFile(file: string, what: string, fix: string): void {
    let st: fs.Stats;
    try {
        st = fs.statSync(file);
    } catch (e) {
        throw readError(file, e, what, fix);
    }
    const kind = fileKind(st);
    if (kind !== undefined) throw new CliError(`${what} ${file} is ${kind}; a regular file is needed`, fix);
}

/**
 * Whether bytes look like UTF-16 text: a byte-order mark, or NUL bytes at every other position of a
 * text that is otherwise ASCII.
 */
function looksUtf16(bytes: Buffer): boolean {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
    const n = Math.min(bytes.length - (bytes.length % 2), 512);
    if (n < 4) return false;
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0) evenZero++;
        if (bytes[i + 1] === 0) oddZero++;
    }
    const half = n / 2;
    return (evenZero >= half * 0.9 && oddZero === 0) || (oddZero >= half * 0.9 && evenZero === 0);
}

/**
 * Reads a regular file as UTF-8 text (a leading byte-order mark dropped). A non-regular file, a read
 * failure, a UTF-16 file, a binary file and invalid UTF-8 each get their own one-line error; no byte
 * of the content is ever part of it.
 */
export function readTextFile(file: string, what: string, fix: string): string {
    requireRegularFile(file, what, fix);
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (e) {
        throw readError(file, e, what, fix);
    }
    if (looksUtf16(bytes)) {
        throw new CliError(`${what} ${file} is UTF-16 text; zonesafe reads UTF-8`, `convert it, for example \`iconv -f UTF-16 -t UTF-8 ${path.basename(file)} > converted.json\` (PowerShell's \`>\` writes UTF-16: use \`Out-File -Encoding utf8\`)`);
    }
    if (bytes.includes(0)) {
        throw new CliError(`${what} ${file} is a binary file (it holds NUL bytes), not text`, fix);
    }
    let text: string;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
        throw new CliError(`${what} ${file} is not UTF-8 text`, `save it as UTF-8; ${fix}`);
    }
    return text.replace(/^\uFEFF/, "");
}

/** The deepest nesting of arrays and objects in a JSON text (brackets inside strings not counted). */
export function jsonDepth(text: string): number {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c) i++;
            else if (c === 0x22) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > max) max = depth;
        } else if (c === 0x7d || c === 0x5d) depth--;
    }
    return max;
}

/** File systems whose files are the kernel's interfaces, not storage (statfs magic numbers). */
const SPECIAL_FILE_SYSTEMS = new Map<number, string>([
    [0x9fa0, "proc"],
    [0x62656572, "sysfs"],
    [0x27e0eb, "cgroup"],
    [0x63677270, "cgroup2"],
    [0x64626720, "debugfs"],
    [0x74726163, "tracefs"],
    [0x73636673, "securityfs"],
    [0x62656570, "configfs"],
    [0x6165676c, "pstore"],
    [0xcafe4a11, "bpf"],
    [0xde5e81e4, "efivarfs"],
    [0x1cd1, "devpts"],
]);

/** Top directories that never hold reports (the kernel's and the devices' trees). */
const SPECIAL_DIRS = ["/proc", "/sys", "/dev"];

/** The nearest existing directory at or above `dir`. */
function existingAncestor(dir: string): string {
    let d = dir;
    while (!fs.existsSync(d)) {
        const up = path.dirname(d);
        if (up === d) return d;
        d = up;
    }
    return d;
}

function isInside(file: string, dir: string): boolean {
    const r = path.relative(dir, file);
    return r === "" || (!r.startsWith("..") && !path.isAbsolute(r));
}

/** The real path of a file, or the path itself when it cannot be resolved. */
function real(file: string): string {
    try {
        return fs.realpathSync(file);
    } catch {
        return path.resolve(file);
    }
}

/** Extensions of files a program or pack is made of. */
const SOURCE_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);
/** Names of the files that describe a project or package. */
const PROJECT_FILE_NAMES = /^(Pulumi(\..+)?\.ya?ml|PulumiPolicy\.ya?ml|package(-lock)?\.json|tsconfig(\..+)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml)$/;

/** What a run reads: files it must never overwrite, and directories whose program and project files it must not. */
export interface RunInputs {
    /** Files read by the run (state, policy pack configs, Pulumi.yaml, the stack's config, the entry point). */
    files: string[];
    /** Directories of code (the project, the policy packs): their source and project files are inputs too. */
    sourceDirs: string[];
}

/**
 * Refuses a report target that would clobber an input or cannot hold a report: an input file (by real
 * path and by inode), a source or project file of the program or a pack, anything under `/proc`,
 * `/sys` or `/dev` or on a kernel file system, and an existing target that is not a regular file.
 * Returns the absolute target.
 */
export function checkReportTarget(out: string, cwd: string, inputs: RunInputs): string {
    const file = path.resolve(cwd, out);
    const fix = "pass --out with a new file name for the report";
    if (out.trim() === "" || out.endsWith("/") || out.endsWith(path.sep)) {
        throw new CliError(`--out '${out}' names no file`, fix);
    }
    const anchor = real(existingAncestor(path.dirname(file)));
    const target = path.join(anchor, path.relative(existingAncestor(path.dirname(file)), file));
    for (const dir of SPECIAL_DIRS) {
        if (isInside(target, dir) || isInside(file, dir)) {
            throw new CliError(`--out ${file} is under ${dir}, which holds the system's interfaces, not files`, fix);
        }
    }
    try {
        const type = fs.statfsSync(anchor).type;
        const special = SPECIAL_FILE_SYSTEMS.get(type);
        if (special) throw new CliError(`--out ${file} is on the ${special} file system, which holds the system's interfaces, not files`, fix);
    } catch (e) {
        if (e instanceof CliError) throw e;
    }
    let st: fs.Stats | undefined;
    try {
        st = fs.statSync(file);
    } catch {
        st = undefined;
    }
    if (st) {
        const kind = fileKind(st);
        if (kind !== undefined) throw new CliError(`--out ${file} is ${kind}; a report is written to a regular file`, fix);
        const realTarget = real(file);
        for (const input of inputs.files) {
            let same = real(input) === realTarget;
            if (!same) {
                try {
                    const ist = fs.statSync(input);
                    same = ist.ino === st.ino && ist.dev === st.dev;
                } catch {
                    same = false;
                }
            }
            if (same) throw new CliError(`--out ${file} is an input of this run (${input}); writing the report would overwrite it`, fix);
        }
        const base = path.basename(realTarget);
        for (const dir of inputs.sourceDirs) {
            if (isInside(realTarget, real(dir)) && !realTarget.split(path.sep).includes("node_modules") && (SOURCE_EXTENSIONS.has(path.extname(base)) || PROJECT_FILE_NAMES.test(base))) {
                throw new CliError(`--out ${file} is a file of the program or policy pack in ${dir}; writing the report would overwrite it`, fix);
            }
        }
    }
    return file;
}

/** How {@link writeFileAtomic} writes the temporary file; tests substitute a failing one. */
export type FileWriter = (fd: number, text: string) => void;

const defaultWriter: FileWriter = (fd, text) => {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
};

/**
 * Writes `text` to `file` through a temporary file in the same directory, renamed over `file` once it
 * is complete: a failure (a full disk) leaves the previous file as it was and no temporary file behind.
 */
export function writeFileAtomic(file: string, text: string, writer: FileWriter = defaultWriter): void {
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    let mode = 0o644;
    try {
        mode = fs.statSync(file).mode & 0o777;
    } catch {
        // A new file.
    }
    const fd = fs.openSync(tmp, "wx", mode);
    try {
        try {
            writer(fd, text);
        } finally {
            fs.closeSync(fd);
        }
        fs.renameSync(tmp, file);
    } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw e;
    }
}

/** Writes a report to `file` (see {@link writeFileAtomic}); a failure is a one-line error that says the previous file is intact. */
export function writeReportFile(file: string, text: string, writer?: FileWriter): void {
    try {
        writeFileAtomic(file, text, writer);
    } catch (e) {
        const code = codeOf(e);
        const why =
            code === "ENOSPC" ? "the disk is full" : code === "EDQUOT" ? "the disk quota is exhausted" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EROFS" ? "the file system is read-only" : code === "EIO" ? "input/output error" : (code ?? (e as Error).message);
        throw new CliError(`cannot write ${file}: ${why}; ${fs.existsSync(file) ? "the previous file is unchanged" : "nothing was written"}`, "free space or pass --out with a writable path", { cause: e });
    }
}

/** The inputs of a run: its packs (directories and config files) and further files and source directories. */
export function runInputs(packs: ReadonlyArray<{ dir: string; configFile?: string }>, files: string[] = [], sourceDirs: string[] = []): RunInputs {
    return {
        files: [...files, ...packs.flatMap((p) => (p.configFile ? [p.configFile] : []))],
        sourceDirs: [...sourceDirs, ...packs.map((p) => p.dir)],
    };
}
