import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
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
