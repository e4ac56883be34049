import "server-only";
import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import type { CacheEntry, CacheHandler } from "next/cache";
import { readOrLock, sharedStore } from "./shared-cache";

// The cache handler of `'use cache: shared'` (docs/decisions/0017): rendered dashboard sections in the shared
// cache's engine. Next.js keys an entry by the build ID, the section's identity and its arguments, and every shared
// section takes its scope and the city's data version as arguments, so an entry never goes stale: a write moves the
// version on and the next request asks for a new key. Nothing is invalidated by tag or path.
// Two layers, as for computed figures:
//   1. this process: the serialized entries, most recently used kept (always on; all the demo needs);
//   2. Redis, when REDIS_URL is set: the same bytes for every instance, with a lock per key, so that after a write
//      one instance renders a section while the others wait for it (single-flight).
// Within one process Next.js already joins concurrent requests for one key to a single render. Redis errors are
// misses: the section renders here, as with no Redis at all.

/** What the shared entries keep of Next.js's CacheEntry: its bytes and timings (tags are not used here). */
interface StoredEntry {
  value: Uint8Array;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
}

interface SectionCacheStats {
  rendered: number;
  localHits: number;
  sharedHits: number;
  waitedForOther: number;
  storeErrors: number;
}

// Process-wide on globalThis: Next.js loads this module for the handler and the app bundle may load it again.
const processState = globalThis as unknown as {
  rermSectionCache?: {
    local: Map<string, StoredEntry>;
    localBytes: { total: number };
    fillTokens: Map<string, string>;
    stats: SectionCacheStats;
  };
};
processState.rermSectionCache ??= {
  local: new Map(),
  localBytes: { total: 0 },
  fillTokens: new Map(),
  stats: { rendered: 0, localHits: 0, sharedHits: 0, waitedForOther: 0, storeErrors: 0 },
};
const { local, localBytes, fillTokens } = processState.rermSectionCache;

/** What the section cache did in this process, for /api/health and the multi-instance tests. */
export const sectionCacheStats: SectionCacheStats = processState.rermSectionCache.stats;

/** Bytes of rendered sections one process keeps (a county's school table is the largest, some 100 KB). */
const LOCAL_MAX_BYTES = 48 * 1024 * 1024;
/** Versioned keys never go stale; the TTL only bounds Redis memory, as for computations. */
const SHARED_TTL_MAX_SECONDS = 24 * 3600;
/** How long one instance may hold a section's render lock before the others render it themselves. */
const RENDER_LOCK_MS = 10_000;

/** Next.js's key is its encoded arguments (long, with the build ID first): one fixed-length hash names it. */
function storeKey(cacheKey: string): string {
  return `section:${createHash("sha256").update(cacheKey).digest("base64url")}`;
}

function keepLocal(key: string, entry: StoredEntry): void {
  const previous = local.get(key);
  if (previous) {
    local.delete(key);
    localBytes.total -= previous.value.byteLength;
  }
  local.set(key, entry);
  localBytes.total += entry.value.byteLength;
  while (localBytes.total > LOCAL_MAX_BYTES && local.size > 1) {
    const [oldestKey, oldest] = local.entries().next().value!;
    local.delete(oldestKey);
    localBytes.total -= oldest.value.byteLength;
  }
}

/** A fresh single-use stream over the stored bytes for every hit, as Next.js requires. */
function entryOf(stored: StoredEntry): CacheEntry {
  return {
    ...stored,
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(stored.value);
        controller.close();
      },
    }),
  };
}

export const sectionCacheHandler: CacheHandler = {
  async get(cacheKey) {
    const key = storeKey(cacheKey);
    const held = local.get(key);
    if (held) {
      sectionCacheStats.localHits++;
      keepLocal(key, held); // most recently used last
      return entryOf(held);
    }
    const store = sharedStore();
    if (!store) return undefined;
    try {
      const found = await readOrLock(store, key, RENDER_LOCK_MS, () => sectionCacheStats.waitedForOther++);
      if ("value" in found) {
        sectionCacheStats.sharedHits++;
        const stored = deserialize(found.value) as StoredEntry;
        keepLocal(key, stored);
        return entryOf(stored);
      }
      // This instance renders the section; set() stores it and releases the lock.
      if (found.token) fillTokens.set(key, found.token);
    } catch {
      sectionCacheStats.storeErrors++;
    }
    return undefined;
  },

  async set(cacheKey, pendingEntry) {
    const key = storeKey(cacheKey);
    const token = fillTokens.get(key);
    fillTokens.delete(key);
    const store = sharedStore();
    try {
      const entry = await pendingEntry;
      // Consume the single-use stream once and keep the bytes, never the stream (it holds the request).
      const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
      const stored: StoredEntry = {
        value,
        tags: entry.tags,
        stale: entry.stale,
        timestamp: entry.timestamp,
        expire: entry.expire,
        revalidate: entry.revalidate,
      };
      sectionCacheStats.rendered++;
      keepLocal(key, stored);
      if (store) {
        const ttl = Math.max(1, Math.min(SHARED_TTL_MAX_SECONDS, Math.ceil(entry.expire)));
        await store.set(key, serialize(stored), ttl);
      }
    } catch {
      // A render that failed part-way leaves nothing behind: the next request renders again.
      sectionCacheStats.storeErrors++;
    } finally {
      if (store && token) await store.unlock(key, token).catch(() => sectionCacheStats.storeErrors++);
    }
  },

  // Keys carry the data version, so tags and paths never need to expire an entry.
  async refreshTags() {},
  async getExpiration() {
    return 0;
  },
  async updateTags() {},
};
