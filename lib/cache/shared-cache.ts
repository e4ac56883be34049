import "server-only";
import { randomUUID } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import { readyRedis, redisKey } from "@/lib/engines/redis";
import { getEnv } from "@/lib/env";

// The shared cache (docs/decisions/0015): values derived from a scope's data, keyed by that scope and its data
// version, so an entry never goes stale — a write moves the version on and the next request asks for a new key.
// Two layers:
//   1. this process: the values themselves, most recently used kept up to SHARED_CACHE_MAX_MB of their serialized
//      size (always on; all the demo needs);
//   2. Redis, when REDIS_URL is set: the serialized values, shared by every instance, with a lock per key so that
//      after a write one instance computes and the others wait for its result (single-flight).
// Redis errors are misses: the value is computed from the database, as with no Redis at all.

/** The place shared values are kept beyond this process (Redis in production). */
export interface SharedStore {
  get(key: string): Promise<Buffer | null>;
  set(key: string, value: Buffer, ttlSeconds: number): Promise<void>;
  /** Takes the key's compute lock for ttlMs; null when another instance holds it. */
  lock(key: string, ttlMs: number): Promise<string | null>;
  unlock(key: string, token: string): Promise<void>;
  isLocked(key: string): Promise<boolean>;
}

const UNLOCK_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/** Redis as the shared store; null while it is not configured or not connected. */
export function sharedStore(): SharedStore | null {
  const redis = readyRedis();
  if (!redis) return null;
  const lockKey = (key: string) => redisKey("lock", key);
  return {
    get: (key) => redis.getBuffer(redisKey("value", key)),
    async set(key, value, ttlSeconds) {
      await redis.set(redisKey("value", key), value, "EX", ttlSeconds);
    },
    async lock(key, ttlMs) {
      const token = randomUUID();
      return (await redis.set(lockKey(key), token, "PX", ttlMs, "NX")) === "OK" ? token : null;
    },
    async unlock(key, token) {
      await redis.eval(UNLOCK_SCRIPT, 1, lockKey(key), token);
    },
    async isLocked(key) {
      return (await redis.exists(lockKey(key))) === 1;
    },
  };
}

// Process-wide, on globalThis: Next.js bundles route handlers and pages separately, and a module-level Map would be
// one cache per bundle (the /api/health counters would not see the pages' work).
interface SharedCacheStats {
  computed: number;
  localHits: number;
  sharedHits: number;
  waitedForOther: number;
  storeErrors: number;
}
/** A value kept in this process, and its serialized size once it has resolved (0 while it is computed). */
interface LocalValue {
  value: Promise<unknown>;
  bytes: number;
}
const processState = globalThis as unknown as {
  rermSharedCache?: {
    local: Map<string, LocalValue>;
    localBytes: { total: number };
    stats: SharedCacheStats;
  };
};
processState.rermSharedCache ??= {
  local: new Map(),
  localBytes: { total: 0 },
  stats: { computed: 0, localHits: 0, sharedHits: 0, waitedForOther: 0, storeErrors: 0 },
};

/** What the cache did in this process, for /api/health and the multi-instance tests. */
export const sharedCacheStats: SharedCacheStats = processState.rermSharedCache.stats;

export interface SharedValueOptions {
  /** How long the shared copy is kept (versioned keys never go stale; this only bounds memory). */
  ttlSeconds: number;
  /** How long one instance may hold the compute lock before the others compute themselves. */
  computeTimeoutMs?: number;
}

const LOCAL_MAX_ENTRIES = 64;
const { local, localBytes } = processState.rermSharedCache;
const POLL_MS = 25;

// A computation of the city and its counties is up to a few MB serialized; every write makes a new key, and
// the versions it replaced stay until they are the least recently used. Bounded by count alone, 64 of them held
// hundreds of MB (docs/decisions/0054): the bound is on their size, measured as Redis would store them.
function localMaxBytes(): number {
  return getEnv().SHARED_CACHE_MAX_MB * 1024 * 1024;
}

function forget(key: string): void {
  const held = local.get(key);
  if (!held) return;
  local.delete(key);
  localBytes.total -= held.bytes;
}

function evictBeyondBounds(): void {
  const maxBytes = localMaxBytes();
  while (local.size > LOCAL_MAX_ENTRIES || (localBytes.total > maxBytes && local.size > 1)) {
    forget(local.keys().next().value!);
  }
}

function keepLocal(key: string, value: Promise<unknown>, bytes = 0): void {
  forget(key);
  const held: LocalValue = { value, bytes };
  local.set(key, held);
  localBytes.total += bytes;
  if (bytes === 0) {
    value.then(
      (resolved) => {
        if (local.get(key) !== held) return; // evicted or replaced meanwhile
        try {
          held.bytes = serialize(resolved).byteLength;
        } catch {
          forget(key); // what cannot be measured (nor stored in Redis) is not kept
          return;
        }
        localBytes.total += held.bytes;
        evictBeyondBounds();
      },
      () => {
        if (local.get(key) === held) forget(key); // a failed computation is not kept
      },
    );
  }
  evictBeyondBounds();
}

/** Empties this process's layer (the briefing bench, to time a render that reads and composes again). */
export function forgetLocalValues(): void {
  local.clear();
  localBytes.total = 0;
}

/** The values this process keeps and their serialized size, for /api/health. */
export function localValueUsage(): { entries: number; bytes: number } {
  return { entries: local.size, bytes: localBytes.total };
}

/**
 * The value under `key`, computed at most once per key in this process and, with Redis, once across instances.
 * `key` must name everything the value depends on (scope and data version included).
 */
export function sharedValue<T>(
  key: string,
  compute: () => Promise<T>,
  options: SharedValueOptions,
): Promise<T> {
  const held = local.get(key);
  if (held) {
    sharedCacheStats.localHits++;
    keepLocal(key, held.value, held.bytes); // most recently used last
    return held.value as Promise<T>;
  }
  const value = fromStoreOrCompute(key, compute, options);
  keepLocal(key, value);
  return value;
}

/**
 * The stored value under `key`, or, when there is none, this instance's lock to compute it (`token`; null when the
 * instance that held it is too slow or gone, and this one computes without it). While another instance holds the
 * lock, waits for its result rather than compute the same thing again (`onWait` counts it). Store errors throw.
 */
export async function readOrLock(
  store: SharedStore,
  key: string,
  lockMs: number,
  onWait: () => void,
): Promise<{ value: Buffer } | { token: string | null }> {
  const deadline = Date.now() + lockMs;
  for (;;) {
    const stored = await store.get(key);
    if (stored) return { value: stored };
    const token = await store.lock(key, lockMs);
    if (token) return { token };
    onWait();
    while (Date.now() < deadline && (await store.isLocked(key))) {
      const ready = await store.get(key);
      if (ready) return { value: ready };
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    if (Date.now() >= deadline) return { token: null }; // the other instance is too slow or gone: compute here
    // The lock was released: the value is there now, or its holder failed and we take the lock.
  }
}

async function fromStoreOrCompute<T>(
  key: string,
  compute: () => Promise<T>,
  { ttlSeconds, computeTimeoutMs = 30_000 }: SharedValueOptions,
): Promise<T> {
  const store = sharedStore();
  if (!store) return computeCounted(compute);
  let token: string | null = null;
  try {
    const found = await readOrLock(store, key, computeTimeoutMs, () => sharedCacheStats.waitedForOther++);
    if ("value" in found) {
      sharedCacheStats.sharedHits++;
      return deserialize(found.value) as T;
    }
    token = found.token;
  } catch {
    sharedCacheStats.storeErrors++;
    return computeCounted(compute);
  }
  try {
    const value = await computeCounted(compute);
    await store.set(key, serialize(value), ttlSeconds).catch(() => sharedCacheStats.storeErrors++);
    return value;
  } finally {
    if (token) await store.unlock(key, token).catch(() => sharedCacheStats.storeErrors++);
  }
}

async function computeCounted<T>(compute: () => Promise<T>): Promise<T> {
  sharedCacheStats.computed++;
  return compute();
}
