import { randomBytes } from "node:crypto";
import type { CacheEntry } from "next/cache";
import { describe, expect, it } from "vitest";
import { expectConsoleError } from "../support/console-errors";
import { asInstance, REDIS_URL, redisAnswers } from "./support/redis";

// The cache handler of `'use cache: shared'` sections (lib/cache/section-cache.ts) against the machine's real Redis
// (127.0.0.1:6379, under a key prefix of its own). Each "instance" is a fresh copy of the modules, with its own
// in-process layer, counters and Redis connection, as two server processes would have.
const instance = (redisUrl: string, prefix: string) =>
  asInstance(redisUrl, prefix, () => import("@/lib/cache/section-cache"));

/** An entry as Next.js hands it to set(): the rendered bytes as a single-use stream. */
function rendered(text: string, afterMs = 0): Promise<CacheEntry> {
  return new Promise((resolve) =>
    setTimeout(
      () =>
        resolve({
          value: new Response(text).body!,
          tags: [],
          stale: 300,
          timestamp: Date.now(),
          expire: 604_800,
          revalidate: 86_400,
        }),
      afterMs,
    ),
  );
}

async function textOf(entry: CacheEntry | undefined): Promise<string | undefined> {
  return entry && new Response(entry.value).text();
}

describe.skipIf(!(await redisAnswers()))("the section cache with Redis", () => {
  it("serves a section rendered by one instance to another from Redis, and each hit reads afresh", async () => {
    const prefix = `rerm-test-${randomBytes(4).toString("hex")}`;
    const a = await instance(REDIS_URL, prefix);
    const b = await instance(REDIS_URL, prefix);
    const key = `["build-1","section-id",[{"viewer":{"cityId":1},"dataVersion":"7"}]]`;
    expect(await a.sectionCacheHandler.get(key, [])).toBeUndefined(); // A renders it
    await a.sectionCacheHandler.set(key, rendered("<section>济南</section>"));
    expect(await textOf(await b.sectionCacheHandler.get(key, []))).toBe("<section>济南</section>");
    expect(b.sectionCacheStats).toMatchObject({ rendered: 0, sharedHits: 1 });
    // Then from B's own memory, a fresh stream each time.
    expect(await textOf(await b.sectionCacheHandler.get(key, []))).toBe("<section>济南</section>");
    expect(await textOf(await b.sectionCacheHandler.get(key, []))).toBe("<section>济南</section>");
    expect(b.sectionCacheStats).toMatchObject({ rendered: 0, sharedHits: 1, localHits: 2 });
    // Another version is another key: B renders it.
    expect(await b.sectionCacheHandler.get(key.replace('"7"', '"8"'), [])).toBeUndefined();
    await a.close();
    await b.close();
  });

  it("makes an instance that misses while another renders wait for that render instead of rendering too", async () => {
    const prefix = `rerm-test-${randomBytes(4).toString("hex")}`;
    const a = await instance(REDIS_URL, prefix);
    const b = await instance(REDIS_URL, prefix);
    const key = "a section after a write";
    expect(await a.sectionCacheHandler.get(key, [])).toBeUndefined(); // A takes the render lock
    const waiting = b.sectionCacheHandler.get(key, []);
    await a.sectionCacheHandler.set(key, rendered("<section>v8</section>", 200));
    expect(await textOf(await waiting)).toBe("<section>v8</section>");
    expect(b.sectionCacheStats).toMatchObject({ rendered: 0, waitedForOther: 1, sharedHits: 1 });
    await a.close();
    await b.close();
  });

  it("renders in this process when Redis cannot be reached, without an error", async () => {
    const outage = expectConsoleError(/^\[redis\] unavailable, serving from the database/);
    const offline = await instance("redis://127.0.0.1:1", "rerm-test-offline");
    expect(await offline.sectionCacheHandler.get("k", [])).toBeUndefined();
    await offline.sectionCacheHandler.set("k", rendered("<section/>"));
    expect(await textOf(await offline.sectionCacheHandler.get("k", []))).toBe("<section/>");
    expect(offline.sectionCacheStats).toMatchObject({ rendered: 1, localHits: 1, storeErrors: 0 });
    await offline.close();
    expect(outage.calls).toHaveLength(1);
  });
});
