import "server-only";
import { countApiCall, pruneApiRateWindows } from "@/lib/data/api-tokens/record-api-call";
import { readyRedis, redisKey } from "@/lib/engines/redis";
import { getEnv } from "@/lib/env";

// Calls per token per minute, over fixed one-minute windows. The engine (docs/decisions/0015, 0028): Redis when it is
// configured and reachable, else PostgreSQL; both are shared by every instance, so the limit holds behind a load
// balancer. Never this process's memory: several instances would each allow the full limit.

export interface RateVerdict {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends */
  resetSeconds: number;
}

/** About one call in this many drops the database's finished windows (older than PRUNE_AFTER_MS). */
const PRUNE_EVERY_CALLS = 100;
const PRUNE_AFTER_MS = 3_600_000;

async function countInDatabase(tokenId: number, windowStart: number): Promise<number> {
  if (Math.random() * PRUNE_EVERY_CALLS < 1)
    await pruneApiRateWindows(new Date(windowStart - PRUNE_AFTER_MS));
  return countApiCall(tokenId, new Date(windowStart));
}

export async function hitApiRateLimit(tokenId: number, now = Date.now()): Promise<RateVerdict> {
  const limit = getEnv().API_RATE_LIMIT_PER_MINUTE;
  const windowStart = Math.floor(now / 60_000) * 60_000;
  const resetSeconds = Math.max(1, Math.ceil((windowStart + 60_000 - now) / 1000));
  const count =
    (await countInRedis(tokenId, windowStart).catch(() => null)) ??
    (await countInDatabase(tokenId, windowStart));
  return { isAllowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
}

async function countInRedis(tokenId: number, windowStart: number): Promise<number | null> {
  const redis = readyRedis();
  if (!redis) return null;
  const key = redisKey("api-rate", tokenId, windowStart);
  const results = await redis.multi().incr(key).expire(key, 120, "NX").exec();
  const count = Number(results?.[0]?.[1]);
  return Number.isFinite(count) && count > 0 ? count : null;
}
