import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { expectConsoleError } from "../support/console-errors";
import { asInstance, REDIS_URL, redisAnswers } from "./support/redis";

// The shared cache (lib/cache/shared-cache.ts) against the machine's real Redis (127.0.0.1:6379, under a key
// prefix of its own). Each "instance" is a fresh copy of the modules, with its own in-process layer and its own
// Redis connection, as two server processes would have.
const instance = (redisUrl: string, prefix: string) =>
  asInstance(redisUrl, prefix, () => import("@/lib/cache/shared-cache"));

describe.skipIf(!(await redisAnswers()))("the shared cache with Redis", () => {
  it("computes a key once across two instances asking at the same time, and both get the value", async () => {
    // Two instances of one deployment: the same Redis and key prefix.
    const prefix = `rerm-test-${randomBytes(4).toString("hex")}`;
    const first = await instance(REDIS_URL, prefix);
    const second = await instance(REDIS_URL, prefix);
    let computations = 0;
    const compute = async () => {
      computations++;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { counties: new Map([[1, { value: 0.98 }]]), asOf: new Date("2026-12-01T00:00:00Z") };
    };
    const key = JSON.stringify(["test", 1, "v7"]);
    const [a, b] = await Promise.all([
      first.sharedValue(key, compute, { ttlSeconds: 60 }),
      second.sharedValue(key, compute, { ttlSeconds: 60 }),
    ]);
    expect(computations).toBe(1);
    // Maps and Dates survive the trip through Redis.
    expect(b).toEqual(a);
    expect(b.counties.get(1)).toEqual({ value: 0.98 });
    expect(second.sharedCacheStats.waitedForOther + first.sharedCacheStats.waitedForOther).toBe(1);
    await first.close();
    await second.close();
  });

  it("computes from the database when Redis cannot be reached, and logs the outage once", async () => {
    const outage = expectConsoleError(/^\[redis\] unavailable, serving from the database/);
    const offline = await instance("redis://127.0.0.1:1", "rerm-test-offline");
    let computations = 0;
    const value = await offline.sharedValue("k", async () => ++computations, { ttlSeconds: 60 });
    expect(value).toBe(1);
    expect(await offline.sharedValue("k", async () => ++computations, { ttlSeconds: 60 })).toBe(1);
    expect(computations).toBe(1); // the in-process layer still keeps it
    await offline.close();
    expect(outage.calls).toHaveLength(1);
  });
});

describe("the shared cache's layer in this process", () => {
  it("keeps the most recently used values within SHARED_CACHE_MAX_MB of their serialized size", async () => {
    vi.resetModules();
    delete (globalThis as { rermSharedCache?: unknown }).rermSharedCache;
    const redisUrl = process.env.REDIS_URL;
    delete process.env.REDIS_URL;
    vi.stubEnv("SHARED_CACHE_MAX_MB", "1");
    try {
      const { sharedValue, localValueUsage } = await import("@/lib/cache/shared-cache");
      let computations = 0;
      // About 400 KB serialized each: two fit in 1 MB, a third pushes out the least recently used.
      const value = (key: string) =>
        sharedValue(key, async () => (computations++, "x".repeat(400 * 1024)), { ttlSeconds: 60 });
      await value("a");
      await value("b");
      await value("a"); // "a" is now the most recently used
      await value("c");
      await new Promise((resolve) => setTimeout(resolve)); // sizes are taken once a value has resolved
      expect(computations).toBe(3);
      const kept = localValueUsage();
      expect(kept.entries).toBe(2);
      expect(kept.bytes).toBeGreaterThan(800 * 1024);
      expect(kept.bytes).toBeLessThanOrEqual(1024 * 1024);
      await value("a");
      await value("c");
      expect(computations).toBe(3); // both still kept
      await value("b");
      expect(computations).toBe(4); // "b" was the one let go
    } finally {
      vi.unstubAllEnvs();
      if (redisUrl !== undefined) process.env.REDIS_URL = redisUrl;
    }
  });
});
