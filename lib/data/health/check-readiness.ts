import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { isRedisReachable } from "@/lib/engines/redis";
import { db } from "@/lib/db";
import { isShuttingDown } from "@/lib/lifecycle";

export interface Readiness {
  ready: boolean;
  checks: {
    database: "ok" | "unreachable" | "not_utc";
    migrations: "ok" | "pending" | "unknown";
    redis: "ok" | "unreachable" | "not_configured";
    process: "ok" | "shutting_down";
  };
  pendingMigrations?: string[];
}

/** The migrations this build ships (prisma/migrations beside the server: the artifact carries them). */
function shippedMigrations(): string[] | null {
  const dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma/migrations");
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Whether this instance can serve: the database answers in UTC (scripts/db/prepare.ts), every migration the build
 * ships has been applied (the migrate step runs before a rollout), Redis answers when it is configured, and no
 * shutdown has begun. Public and unscoped: it reveals names of migrations, nothing of anyone's data.
 */
export async function checkReadiness(): Promise<Readiness> {
  const checks: Readiness["checks"] = {
    database: "ok",
    migrations: "ok",
    redis: process.env.REDIS_URL ? "ok" : "not_configured",
    process: isShuttingDown() ? "shutting_down" : "ok",
  };
  let pendingMigrations: string[] | undefined;
  const [databaseResult, redisUp] = await Promise.all([
    (async () => {
      const [setting] = await db().$queryRaw<{ tz: string }[]>`SELECT current_setting('TimeZone') AS tz`;
      const applied = await db().$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      return { timeZone: setting?.tz, applied: new Set(applied.map((row) => row.name)) };
    })().catch(() => null),
    isRedisReachable(),
  ]);
  if (!databaseResult) {
    checks.database = "unreachable";
    checks.migrations = "unknown";
  } else {
    if (databaseResult.timeZone !== "UTC") checks.database = "not_utc";
    const shipped = shippedMigrations();
    if (!shipped) checks.migrations = "unknown";
    else {
      pendingMigrations = shipped.filter((name) => !databaseResult.applied.has(name));
      if (pendingMigrations.length > 0) checks.migrations = "pending";
    }
  }
  if (process.env.REDIS_URL && !redisUp) checks.redis = "unreachable";
  const ready =
    checks.database === "ok" &&
    checks.migrations !== "pending" &&
    checks.migrations !== "unknown" &&
    checks.redis !== "unreachable" &&
    checks.process === "ok";
  return { ready, checks, ...(pendingMigrations?.length ? { pendingMigrations } : {}) };
}
