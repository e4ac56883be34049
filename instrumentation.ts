// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installGracefulShutdown } = await import("./lib/shutdown");
    installGracefulShutdown();
    // The `shared` cache handler (lib/cache/shared-cache-handler.mjs) is loaded outside the app's bundle and
    // reaches the shared cache's engine through this.
    const { sectionCacheHandler } = await import("./lib/cache/section-cache");
    (globalThis as { rermSectionCacheHandler?: unknown }).rermSectionCacheHandler = sectionCacheHandler;
    // The job engine (JOBS: pg-boss by default, or decision 0037's timer), not while the build collects pages.
    // Not awaited: the server answers requests while pg-boss starts, and a failed start is logged, never fatal.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobs } = await import("./lib/jobs/engine");
      void startJobs();
      const { startReminderSchedule } = await import("./lib/jobs/reminder-schedule");
      startReminderSchedule();
    }
  }
}
