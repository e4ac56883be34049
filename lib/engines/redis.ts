import "server-only";
import { Redis } from "ioredis";
import { getEnv } from "@/lib/env";

// The one Redis connection of this process, shared by the engines that use it (lib/cache, lib/auth/rate-limit),
// created only when REDIS_URL is set. Redis is a shared accelerator, never the source of truth: every caller treats
// an error or an unavailable connection as "no shared state" and goes to the database, so an outage makes the app
// slower, not broken. The outage is logged once, and its end once.

const globalForRedis = globalThis as unknown as { redisConnection?: Redis | null };

/** Commands fail at once while the connection is down instead of queueing (a queued command would stall a page). */
const COMMAND_TIMEOUT_MS = 500;

let isDown = false;

function connect(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    // Keep trying in the background; commands in the meantime fail fast and callers use the database.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  });
  client.on("error", (error: Error) => {
    if (!isDown) {
      isDown = true;
      console.error(`[redis] unavailable, serving from the database until it returns: ${error.message}`);
    }
  });
  client.on("ready", () => {
    if (isDown) console.error("[redis] available again: shared caching and limits resume");
    isDown = false;
  });
  return client;
}

/** The shared Redis connection, or null when REDIS_URL is not set (the in-process engines are used then). */
export function redisConnection(): Redis | null {
  if (globalForRedis.redisConnection === undefined) {
    const url = getEnv().REDIS_URL;
    globalForRedis.redisConnection = url ? connect(url) : null;
  }
  return globalForRedis.redisConnection;
}

/** A connection that can take commands now, or null (not configured, or down): callers fall back at once. */
export function readyRedis(): Redis | null {
  const client = redisConnection();
  return client && client.status === "ready" ? client : null;
}

/** Every key this app writes starts with this, so that one Redis can serve several deployments. */
export function redisKey(...parts: (string | number)[]): string {
  return [getEnv().REDIS_KEY_PREFIX, ...parts].join(":");
}

/** For /api/ready: true when Redis is not configured or answers a PING. */
export async function isRedisReachable(): Promise<boolean> {
  const client = redisConnection();
  if (!client) return true;
  try {
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  }
}

/** Closes the connection on shutdown. */
export async function closeRedis(): Promise<void> {
  const client = globalForRedis.redisConnection;
  globalForRedis.redisConnection = undefined;
  if (client) await client.quit().catch(() => client.disconnect());
}
