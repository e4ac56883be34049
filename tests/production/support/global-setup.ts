// Global set-up of the multi-process tests (playwright.production.config.ts): the production artifact (built if
// stale), a fresh database with the demo data, migrated once more by the artifact's own migrate script, a private
// Redis, two instances and nginx.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { ARTIFACT_DIR } from "@/scripts/build";
import { freshDemoDatabase } from "./database";
import { PORTS, startInstance, startNginx, startRedis, STATE_DIR, writeState } from "./cluster";

export default async function globalSetup() {
  const log = (line: string) => console.log(`[production-tests] ${line}`);
  await buildIfNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, log);
  rmSync(path.join(STATE_DIR, "logs"), { recursive: true, force: true });
  const database = await freshDemoDatabase("rerm_prod");
  writeState({
    databaseUrl: database.url,
    redisUrl: `redis://127.0.0.1:${PORTS.redis}`,
    redisKeyPrefix: `rerm-test-${randomBytes(3).toString("hex")}`,
    pids: {},
  });
  // The rollout's migrate step, from the artifact, with production dependencies only: nothing is pending.
  const migrated = execFileSync(process.execPath, [path.join(ARTIFACT_DIR, "scripts/db/migrate.mjs")], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      DATABASE_URL: database.url,
    } as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  log(migrated.trim());
  await startRedis();
  await Promise.all([startInstance("a", PORTS.instanceA), startInstance("b", PORTS.instanceB)]);
  await startNginx();
  log(`two instances behind nginx on http://localhost:${PORTS.nginx} (state in ${STATE_DIR})`);
  return async () => {
    const { stopProcess, readState } = await import("./cluster");
    for (const name of Object.keys(readState().pids))
      await stopProcess(name, name === "nginx" ? "SIGQUIT" : "SIGTERM");
    await database.drop();
  };
}
