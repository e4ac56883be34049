import "server-only";
import { closeRedis } from "@/lib/engines/redis";
import { closeDatabase } from "@/lib/db";
import { stopJobs } from "@/lib/jobs/engine";
import { beginShutdown } from "@/lib/lifecycle";
import { closePdfPool } from "@/lib/pdf/pdf-pool";

/** The longest the job engine and the pools may take to close once the last request has been answered. */
const CLOSE_TIMEOUT_MS = 15_000;

/**
 * On SIGTERM (systemd stop, a rolling restart), Next.js stops accepting connections, finishes the requests in flight
 * and then exits the process. This adds what Next.js does not know about: /api/ready turns 503 at once, the job
 * engine's workers finish the messages in hand, and the database pools and the Redis connection are closed after the
 * last request and before the exit, so PostgreSQL sees orderly disconnects rather than dropped connections.
 */
export function installGracefulShutdown(): void {
  const flags = globalThis as unknown as { rermShutdownInstalled?: boolean };
  if (flags.rermShutdownInstalled) return;
  flags.rermShutdownInstalled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`[shutdown] ${signal}: finishing requests in flight, then closing the database pools`);
    beginShutdown();
    // Next.js calls process.exit once its server has closed; run the closing first.
    const exit = process.exit.bind(process);
    process.exit = ((code?: number) => {
      const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
      void Promise.race([
        Promise.allSettled([
          stopJobs()
            .catch((error: unknown) => console.error("[shutdown] job engine", error))
            .finally(closeDatabase),
          closeRedis(),
          closePdfPool(),
        ]),
        timeout,
      ]).finally(() => exit(code));
    }) as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
