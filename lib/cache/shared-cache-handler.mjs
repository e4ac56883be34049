// The `shared` cache handler of next.config.ts, used by `'use cache: shared'` sections (docs/decisions/0017).
// Next.js loads this file itself, outside the app's bundle, so it cannot import the app's TypeScript modules: it
// forwards to the handler that instrumentation.ts puts on globalThis when a server process starts
// (lib/cache/section-cache.ts). Where that has not run (a build's prerendering), nothing is kept.
const installed = () => globalThis.rermSectionCacheHandler;

/** @type {import("next/cache").CacheHandler} */
const sharedCacheHandler = {
  async get(cacheKey, softTags) {
    return installed()?.get(cacheKey, softTags);
  },
  async set(cacheKey, pendingEntry) {
    const handler = installed();
    if (handler) return handler.set(cacheKey, pendingEntry);
    await (await pendingEntry).value.cancel();
  },
  async refreshTags() {},
  async getExpiration() {
    return 0;
  },
  async updateTags() {},
};

export default sharedCacheHandler;
