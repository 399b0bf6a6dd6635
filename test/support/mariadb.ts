/**
 * A real MariaDB server from Debian for the drill runner's tests: a private `mariadbd` per test file in
 * a temporary folder, on a unix socket and a free 127.0.0.1 port, with the binary log on (row format),
 * started and stopped by the test. It also plays the cloud's backup and restore for real: a backup is
 * `mariadb-dump` with the binary log position; a restore loads the dump into a new database and replays
 * the binary log with `mariadb-binlog` up to a recorded time (or position), as a point-in-time
 * restore does.
 *
 * As with the other Debian tools (debianTools.ts): when one is missing the tests are pending locally
 * and fail under CI.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Context } from "mocha";
import * as mysql from "mysql2/promise";
import { requireTools, type DebianTool } from "./debianTools";
import { freePort, ServiceProcess } from "./processes";

/** The server. */
export const MARIADBD: DebianTool = { command: "mariadbd", package: "mariadb-server", env: "ZONESAFE_MARIADBD" };
/** Its data directory initialiser. */
export const MARIADB_INSTALL_DB: DebianTool = { command: "mariadb-install-db", package: "mariadb-server", env: "ZONESAFE_MARIADB_INSTALL_DB" };
/** The logical backup. */
export const MARIADB_DUMP: DebianTool = { command: "mariadb-dump", package: "mariadb-client", env: "ZONESAFE_MARIADB_DUMP" };
/** The binary log reader (point-in-time replay). */
export const MARIADB_BINLOG: DebianTool = { command: "mariadb-binlog", package: "mariadb-client", env: "ZONESAFE_MARIADB_BINLOG" };
/** The client that loads dumps and replays. */
export const MARIADB_CLIENT: DebianTool = { command: "mariadb", package: "mariadb-client", env: "ZONESAFE_MARIADB" };

/** Every tool the tests run. */
export const MARIADB_TOOLS = [MARIADBD, MARIADB_INSTALL_DB, MARIADB_DUMP, MARIADB_BINLOG, MARIADB_CLIENT];

/** The account the tests give the runner (a password, so that the tests can check it is never printed). */
export const DRILL_USER = "drill";

/**
 * For a `before` hook: the tools' binaries (mariadbd lives in /usr/sbin, which is not on every PATH).
 * Pending locally, failing under CI, when one is missing.
 */
export function requireMariaDb(ctx: Context, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
    const PATH = [env.PATH ?? "", "/usr/sbin", "/usr/local/sbin"].filter((p) => p !== "").join(path.delimiter);
    return requireTools(ctx, MARIADB_TOOLS, { ...env, PATH });
}

/** A backup: the dump file and the binary log position it was consistent at. */
export interface Backup {
    database: string;
    file: string;
    binlogFile: string;
    position: number;
}

/** Where a restore stops replaying the binary log: a recorded time (the server's local time) or a position. */
export type StopAt = { datetime: string } | { position: number };

function run(binary: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
        const child = execFile(binary, args, { env: opts.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            if (err) reject(new Error(`${path.basename(binary)} ${args.filter((a) => !a.startsWith("--password")).join(" ")} failed: ${err.message} ${stderr}`.trim()));
            else resolve(stdout);
        });
        if (opts.input !== undefined) child.stdin!.end(opts.input);
    });
}

/** A private MariaDB server. */
export class MariaDbServer {
    private root: mysql.Pool | undefined;

    private constructor(
        readonly dir: string,
        readonly socket: string,
        readonly port: number,
        /** The drill account's password. */
        readonly password: string,
        private readonly tools: Record<string, string>,
        private readonly proc: ServiceProcess,
    ) {}

    /**
     * Initialises a data directory and starts a server on a socket and a free port; the drill account
     * has every privilege and `password` (a clone carries its source's accounts: give it the source's).
     */
    static async start(tools: Record<string, string>, name = "mariadb", password = `pw-${Math.random().toString(36).slice(2)}-secret`): Promise<MariaDbServer> {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zonesafe-${name}-`));
        const data = path.join(dir, "data");
        const env = { ...process.env, TZ: "UTC" };
        // Its own temporary folder: servers started side by side never meet in the system's.
        const tmp = path.join(dir, "tmp");
        fs.mkdirSync(tmp);
        const small = ["--innodb-log-file-size=4M", "--innodb-buffer-pool-size=16M", "--skip-name-resolve", `--tmpdir=${tmp}`];
        await run(tools["mariadb-install-db"], ["--no-defaults", `--datadir=${data}`, "--auth-root-authentication-method=normal", "--skip-test-db", ...small], { env });
        const socket = path.join(dir, "mariadb.sock");
        for (let attempt = 1; ; attempt++) {
            const port = await freePort();
            const args = [
                "--no-defaults",
                ...(process.getuid?.() === 0 ? ["--user=root"] : []),
                `--datadir=${data}`,
                `--socket=${socket}`,
                `--port=${port}`,
                "--bind-address=127.0.0.1",
                `--pid-file=${path.join(dir, "mariadb.pid")}`,
                `--log-bin=${path.join(data, "binlog")}`,
                "--server-id=1",
                "--binlog-format=ROW",
                "--default-time-zone=+00:00",
                "--character-set-server=utf8mb4",
                ...small,
            ];
            const proc = new ServiceProcess(name, { binary: tools.mariadbd, args, cwd: dir, env }, path.join(dir, "mariadb.log")).start();
            const server = new MariaDbServer(dir, socket, port, password, tools, proc);
            try {
                await server.waitReady();
                await server.sql(`CREATE USER '${DRILL_USER}'@'127.0.0.1' IDENTIFIED BY '${password}'`);
                await server.sql(`CREATE USER '${DRILL_USER}'@'localhost' IDENTIFIED BY '${password}'`);
                await server.sql(`GRANT ALL ON *.* TO '${DRILL_USER}'@'127.0.0.1', '${DRILL_USER}'@'localhost'`);
                return server;
            } catch (err) {
                await proc.stop();
                if (attempt >= 3 || !/address already in use/i.test(proc.log)) throw err;
            }
        }
    }

    private async waitReady(timeoutMs = 30_000): Promise<void> {
        const until = Date.now() + timeoutMs;
        let last = "";
        while (Date.now() < until) {
            if (!this.proc.running) throw this.proc.failure("exited before it accepted connections");
            try {
                const c = await mysql.createConnection({ socketPath: this.socket, user: "root" });
                await c.end();
                return;
            } catch (e) {
                last = (e as Error).message;
            }
            await new Promise((r) => setTimeout(r, 50));
        }
        throw this.proc.failure(`did not accept connections within ${timeoutMs} ms (last: ${last})`);
    }

    /** A URL for the drill account over TCP (with its password) to `database`. */
    url(database: string): string {
        return `mysql://${DRILL_USER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
    }

    /** Runs SQL as root over the socket (in `database` when given) and returns the rows. */
    async sql<T = Record<string, unknown>>(query: string, database?: string, params: unknown[] = []): Promise<T[]> {
        this.root ??= mysql.createPool({ socketPath: this.socket, user: "root", connectionLimit: 2, dateStrings: true });
        if (database === undefined) {
            const [rows] = await this.root.query(query, params);
            return rows as T[];
        }
        const c = await this.root.getConnection();
        try {
            await c.query(`USE \`${database}\``);
            const [rows] = await c.query(query, params);
            return rows as T[];
        } finally {
            c.release();
        }
    }

    /** A backup of one database: `mariadb-dump --single-transaction --master-data=2`, with the binary log position read from it. */
    async backup(database: string): Promise<Backup> {
        const file = path.join(this.dir, `backup-${database}-${Date.now()}.sql`);
        const dump = await run(this.tools["mariadb-dump"], ["--no-defaults", `--socket=${this.socket}`, "--user=root", "--single-transaction", "--master-data=2", database]);
        fs.writeFileSync(file, dump);
        const m = /MASTER_LOG_FILE='([^']+)', MASTER_LOG_POS=(\d+)/.exec(dump);
        if (!m) throw new Error(`the dump of ${database} names no binary log position`);
        return { database, file, binlogFile: path.join(this.dir, "data", m[1]), position: Number(m[2]) };
    }

    /**
     * Restores a backup of this server into `into` on `target` (this server by default): the dump,
     * then the binary log from the backup's position up to `stop`, the database renamed on the way.
     */
    async restore(backup: Backup, into: string, stop: StopAt, target: MariaDbServer = this): Promise<void> {
        const client = (db?: string) => ["--no-defaults", `--socket=${target.socket}`, "--user=root", ...(db === undefined ? [] : [db])];
        // Not written to the target's own binary log: that log keeps only the business writes, whose
        // replay must not meet its own replayed events (and their GTIDs) again.
        const quiet = "SET SESSION sql_log_bin = 0;\n";
        await run(target.tools.mariadb, client(), { input: `${quiet}CREATE DATABASE \`${into}\`;\n` });
        await run(target.tools.mariadb, client(into), { input: quiet + fs.readFileSync(backup.file, "utf8") });
        const replay = await this.binlog(backup, into, stop);
        await run(target.tools.mariadb, client(into), { input: quiet + replay });
    }

    /** The replay script (`mariadb-binlog`) of a backup's database from its position up to `stop`, renamed to `into`. */
    async binlog(backup: Backup, into: string, stop?: StopAt): Promise<string> {
        const args = ["--no-defaults", `--start-position=${backup.position}`, `--database=${backup.database}`, `--rewrite-db=${backup.database}->${into}`];
        if (stop && "datetime" in stop) args.push(`--stop-datetime=${stop.datetime}`);
        if (stop && "position" in stop) args.push(`--stop-position=${stop.position}`);
        return run(this.tools["mariadb-binlog"], [...args, backup.binlogFile], { env: { ...process.env, TZ: "UTC" } });
    }

    /**
     * The position where the last transaction that inserted into `table` before `stop` starts in the
     * binary log after a backup: replaying up to it loses exactly that write (a binary log shipped short).
     */
    async lastInsertInto(backup: Backup, table: string, stop?: StopAt): Promise<number> {
        const text = await this.binlog(backup, backup.database, stop);
        let start: number | undefined;
        let found: number | undefined;
        let at: number | undefined;
        let mapped = false;
        for (const line of text.split("\n")) {
            const pos = /^# at (\d+)$/.exec(line);
            if (pos) {
                at = Number(pos[1]);
                continue;
            }
            if (/\tGTID \d+-\d+-\d+/.test(line)) start = at;
            if (line.includes("\tTable_map:")) mapped = line.includes(`\`.\`${table}\``);
            else if (line.includes("\tWrite_rows") && mapped && start !== undefined) found = start;
        }
        if (found === undefined) throw new Error(`no insert into ${table} after the backup's position`);
        return found;
    }

    /** Stops the server and removes its folder. */
    async stop(): Promise<void> {
        await this.root?.end().catch(() => undefined);
        await this.proc.stop("SIGTERM");
        fs.rmSync(this.dir, { recursive: true, force: true });
    }
}
