import { vi } from "vitest";

// The cache tests against the machine's real Redis (127.0.0.1:6379), each under a key prefix of its own.
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * A fresh "server process" for the cache modules: its own in-process layers, counters and Redis connection (all
 * kept on globalThis), connected (or failed) before the test goes on. `load` imports the modules under test.
 */
export async function asInstance<Modules>(redisUrl: string, prefix: string, load: () => Promise<Modules>) {
  vi.resetModules();
  const globals = globalThis as {
    rermSharedCache?: unknown;
    rermSectionCache?: unknown;
    redisConnection?: unknown;
  };
  delete globals.rermSharedCache;
  delete globals.rermSectionCache;
  delete globals.redisConnection;
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_KEY_PREFIX = prefix;
  const modules = await load();
  const connection = (await import("@/lib/engines/redis")).redisConnection()!;
  for (let i = 0; i < 50 && connection.status !== "ready"; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return { ...modules, close: () => connection.quit().catch(() => connection.disconnect()) };
}

/** True when the test Redis answers (the Redis tests are skipped otherwise). */
export async function redisAnswers(): Promise<boolean> {
  const { Redis } = await import("ioredis");
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
