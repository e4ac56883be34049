// npm run db:backup -- [file]   a pg_dump custom-format backup of DATABASE_URL (default: backups/<db>-<UTC time>.dump)
// npm run db:restore -- <file>  restores such a backup into DATABASE_URL, which must be an empty database
// Both use PostgreSQL's own tools (pg_dump / pg_restore, same major version as the server or newer).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { requireDatabaseUrl } from "./database-url";
import { runConnectionsInUtc } from "./prepare";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}`)),
    );
  });
}

/** Writes a custom-format dump of the database (all tables, sequences, and the migration history). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<string> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${file}`,
    `--dbname=${databaseUrl}`,
  ]);
  return file;
}

/** Restores a dump into an empty database and sets the app role's UTC time zone there (not part of a dump). */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) AS count FROM pg_tables WHERE schemaname = 'public'",
    );
    if (Number(rows[0]?.count) > 0)
      throw new Error("The target database is not empty: restore into a new, empty database.");
    await run("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      `--dbname=${databaseUrl}`,
      file,
    ]);
    await runConnectionsInUtc(client);
  } finally {
    await client.end();
  }
}

const isMain = process.argv[1] && /backup\.(ts|mjs)$/.test(process.argv[1]);
if (isMain) {
  const [command, file] = process.argv.slice(2);
  const url = requireDatabaseUrl();
  const done =
    command === "backup"
      ? backupDatabase(
          url,
          file ??
            path.join(
              "backups",
              `${decodeURIComponent(new URL(url).pathname.slice(1))}-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`,
            ),
        ).then((written) => console.log(`Backup written to ${written}`))
      : command === "restore" && file
        ? restoreDatabase(url, file).then(() => console.log(`Restored ${file}`))
        : Promise.reject(new Error("usage: backup.ts backup [file] | restore <file>"));
  done.then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
