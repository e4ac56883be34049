import "server-only";
import { readyRedis, redisKey } from "@/lib/engines/redis";

// Counters of failed sign-ins per client address and per unknown login name, over a fixed window. Known accounts
// are locked in the database itself (lib/data/auth/authenticate.ts); these cover what has no row to lock.
// The engine (docs/decisions/0015): Redis when REDIS_URL is set, so that every instance counts the same attempts;
// this process's memory otherwise (the demo), and whenever Redis is unreachable.

export interface AttemptCounter {
  /** Counts one more attempt under `key` and returns the count within the current window. */
  hit(key: string, windowSeconds: number): Promise<number>;
  /** The count within the current window, without counting. */
  count(key: string): Promise<number>;
}

const MEMORY_MAX_KEYS = 50_000;

/** In-process counters: exact for one instance, which is all the demo runs. */
export class MemoryAttemptCounter implements AttemptCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowSeconds: number): Promise<number> {
    const now = Date.now();
    const current = this.windows.get(key);
    const window =
      current && current.endsAt > now ? current : { count: 0, endsAt: now + windowSeconds * 1000 };
    window.count++;
    this.windows.delete(key);
    this.windows.set(key, window);
    // Bounded: the oldest windows go first (an address flood cannot grow memory without end).
    while (this.windows.size > MEMORY_MAX_KEYS) this.windows.delete(this.windows.keys().next().value!);
    return window.count;
  }

  async count(key: string): Promise<number> {
    const window = this.windows.get(key);
    return window && window.endsAt > Date.now() ? window.count : 0;
  }
}

/** Redis counters, atomic across instances: INCR, and the window's expiry set by its first attempt. */
class RedisAttemptCounter implements AttemptCounter {
  async hit(key: string, windowSeconds: number): Promise<number> {
    const redis = readyRedis();
    if (!redis) throw new Error("redis unavailable");
    const fullKey = redisKey("attempts", key);
    const results = await redis.multi().incr(fullKey).expire(fullKey, windowSeconds, "NX").exec();
    return Number(results?.[0]?.[1] ?? 0);
  }

  async count(key: string): Promise<number> {
    const redis = readyRedis();
    if (!redis) throw new Error("redis unavailable");
    return Number((await redis.get(redisKey("attempts", key))) ?? 0);
  }
}

const memory = new MemoryAttemptCounter();
const shared = new RedisAttemptCounter();

/** The counter chosen by configuration: Redis when it is configured and reachable, else this process's memory. */
export const signInAttempts: AttemptCounter = {
  async hit(key, windowSeconds) {
    if (!readyRedis()) return memory.hit(key, windowSeconds);
    return shared.hit(key, windowSeconds).catch(() => memory.hit(key, windowSeconds));
  },
  async count(key) {
    if (!readyRedis()) return memory.count(key);
    return shared.count(key).catch(() => memory.count(key));
  },
};
