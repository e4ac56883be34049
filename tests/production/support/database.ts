import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { withDatabase } from "@/scripts/db/database-name";
import { PROJECT_ROOT } from "@/scripts/db/migrations";

const run = promisify(execFile);

/** A fresh database with the demo data on the local server, and how to drop it. */
export async function freshDemoDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { stdout } = await run(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(PROJECT_ROOT, "tests/production/support/database-cli.ts"),
      prefix,
    ],
    { cwd: PROJECT_ROOT, maxBuffer: 16 * 2 ** 20 },
  );
  const url = stdout.trim().split("\n").at(-1)!;
  return { url, drop: () => dropDatabase(url) };
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(
      `DROP DATABASE IF EXISTS "${decodeURIComponent(new URL(url).pathname.slice(1))}" WITH (FORCE)`,
    );
  } finally {
    await admin.end();
  }
}
