/**
 * The database side of a data drill, over `mysql2`: where the drilled database is (a URL or a unix
 * socket), connecting to it and to its restored copy, the business tables, `CHECKSUM TABLE`, and the
 * deletion a restore drill starts with. The password never appears in anything printed.
 */
import * as mysql from "mysql2/promise";
import { CliError } from "../../errors";

/** How to reach a MySQL database: TCP host and port, or a unix socket; the account and the database ("" for none). */
export interface MysqlTarget {
    host?: string;
    port?: number;
    socketPath?: string;
    user: string;
    password?: string;
    database: string;
}

/** The variable that holds the password when the URL carries none. */
export const MYSQL_PASSWORD_ENV = "ZONESAFE_MYSQL_PASSWORD";

const FORMAT = "mysql://USER[:PASSWORD]@HOST[:PORT][/DATABASE], or mysql://USER@localhost[/DATABASE]?socket=/path/to/mysqld.sock";

/**
 * Parses `--mysql`: `mysql://USER[:PASSWORD]@HOST[:PORT][/DATABASE][?socket=PATH]`. Without a password
 * in the URL, {@link MYSQL_PASSWORD_ENV} is used. Throws a CliError naming the part that is wrong.
 */
export function parseMysqlUrl(text: string, env: NodeJS.ProcessEnv = process.env): MysqlTarget {
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        throw new CliError("--mysql is not a URL", `give ${FORMAT}`);
    }
    if (url.protocol !== "mysql:") throw new CliError(`--mysql must use the mysql: scheme; got ${url.protocol}`, `give ${FORMAT}`);
    const user = decodeURIComponent(url.username);
    if (user === "") throw new CliError("--mysql names no user", `give ${FORMAT}`);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
    if (database.includes("/")) throw new CliError("--mysql may name one database as its path, no more", `give ${FORMAT}`);
    const password = url.password !== "" ? decodeURIComponent(url.password) : env[MYSQL_PASSWORD_ENV];
    const socketPath = url.searchParams.get("socket") ?? undefined;
    const target: MysqlTarget = { user, database, ...(password === undefined ? {} : { password }) };
    if (socketPath !== undefined) return { ...target, socketPath };
    const port = url.port === "" ? 3306 : Number(url.port);
    if (url.hostname === "") throw new CliError("--mysql names no host", `give ${FORMAT}`);
    return { ...target, host: url.hostname.replace(/^\[|\]$/g, ""), port };
}

/** The target as shown to a person: never the password. */
export function describeTarget(t: MysqlTarget): string {
    return t.socketPath !== undefined ? `${t.user}@${t.socketPath}/${t.database}` : `${t.user}@${t.host}:${t.port}/${t.database}`;
}

/**
 * Connects (strings for dates: the server's own local time is kept as it is); with `createDatabase`,
 * creates the target's database first when it is missing.
 */
export async function connect(t: MysqlTarget, { timeoutMs = 10_000, createDatabase = false }: { timeoutMs?: number; createDatabase?: boolean } = {}): Promise<mysql.Connection> {
    const conn = await mysql.createConnection({
        ...(t.socketPath !== undefined ? { socketPath: t.socketPath } : { host: t.host, port: t.port }),
        user: t.user,
        password: t.password,
        dateStrings: true,
        connectTimeout: timeoutMs,
    });
    try {
        if (createDatabase) await conn.query(`CREATE DATABASE IF NOT EXISTS ${ident(t.database)}`);
        if (t.database !== "") await conn.query(`USE ${ident(t.database)}`);
        return conn;
    } catch (e) {
        await conn.end().catch(() => undefined);
        throw e;
    }
}

/** Whether a database exists on the server `conn` is connected to. */
export async function databaseExists(conn: mysql.Connection, database: string): Promise<boolean> {
    const [rows] = await conn.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", [database]);
    return (rows as unknown[]).length > 0;
}

/** Quotes an identifier. */
export function ident(name: string): string {
    return `\`${name.replace(/`/g, "``")}\``;
}

/** The base tables of the connection's database, by name, without `except`. */
export async function baseTables(conn: mysql.Connection, except: readonly string[] = []): Promise<string[]> {
    const [rows] = await conn.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    return (rows as Array<{ name: string }>).map((r) => r.name).filter((n) => !except.includes(n));
}

/** `CHECKSUM TABLE` of each table: its checksum, or null when the table does not exist. */
export async function checksums(conn: mysql.Connection, tables: readonly string[]): Promise<Record<string, string | null>> {
    const out: Array<[string, string | null]> = [];
    for (const t of tables) {
        const [rows] = await conn.query(`CHECKSUM TABLE ${ident(t)} EXTENDED`);
        const value = (rows as Array<{ Checksum: number | string | null }>)[0]?.Checksum;
        out.push([t, value === null || value === undefined ? null : String(value)]);
    }
    // Own keys from entries: a table named `__proto__` is a table like any other.
    return Object.fromEntries(out);
}

/** Deletes every row of the tables (the "business data deleted" fault of a restore drill). */
export async function deleteRows(conn: mysql.Connection, tables: readonly string[]): Promise<void> {
    for (const t of tables) await conn.query(`DELETE FROM ${ident(t)}`);
}

/** The same target with another database, or another host and port (a clone). */
export function retarget(t: MysqlTarget, change: { database?: string; host?: string; port?: number }): MysqlTarget {
    const out: MysqlTarget = { ...t, database: change.database ?? t.database };
    if (change.host !== undefined) {
        delete out.socketPath;
        out.host = change.host;
        out.port = change.port ?? 3306;
    }
    return out;
}
