// The job engine (decision 0042): pg-boss 10 in the schema `pgboss` of the app's own database, started and stopped
// with the server (instrumentation.ts, lib/shutdown.ts). It holds one cron schedule for the deadline reminders across
// all instances (pg-boss fires a schedule once, whichever instance's clock monitor sees it first), and one job per
// e-mail or robot message with retries and back-off. It runs on the demo's embedded PGlite server too (checked: the
// queue, retries and cron). JOBS=in-process keeps decision 0037's timer; JOBS=off runs nothing here.
import "server-only";
import PgBoss from "pg-boss";
import { deliverMessage } from "@/lib/data/notifications/deliver-message";
import { dispatchDeliveries } from "@/lib/data/notifications/dispatch-deliveries";
import { pruneDeliveries } from "@/lib/data/notifications/prune-deliveries";
import { getEnv } from "@/lib/env";
import type { RetryPolicy } from "@/lib/notifications/retry-policy";
import { registerDispatcher } from "./dispatch-now";
import { runScheduledWork } from "./scheduled-work";

export const JOB_SCHEMA = "pgboss";
export const QUEUES = {
  reminders: "deadline-reminders",
  dispatch: "dispatch-deliveries",
  deliver: "deliver-message",
  prune: "prune-deliveries",
} as const;

/** The send log's old rows are deleted once a day, at night in Beijing. */
const PRUNE_CRON = "30 3 * * *";

/** Queued deliveries are turned into jobs every minute (cron's finest step), and after every reminders run. */
const DISPATCH_CRON = "* * * * *";
/** How often an idle worker asks for a delivery job. */
const DELIVERY_POLL_SECONDS = 1;
/** Delivery jobs one worker takes per poll and sends at once (pg-boss waits a poll between batches). */
const DELIVERY_BATCH = 50;

export interface JobEngineOptions {
  connectionString: string;
  /** Connections this engine may open */
  max: number;
  retry: RetryPolicy;
  /** The reminders' cron schedule, or "off": none (`npm run reminders:send` from the system's cron instead) */
  reminderCron: string;
  /** Days the send log keeps sent and failed rows (DELIVERY_RETENTION_DAYS) */
  retentionDays: number;
  /** Whether this instance fires cron schedules (tests turn it off to drive the queues themselves) */
  schedule?: boolean;
  pollSeconds?: number;
  /** The reminders' clock (default: the real one); a test runs the schedule on a day it chooses */
  clock?: () => Date;
  /**
   * How often pg-boss looks for a cron schedule due (default 30 s) and turns it into a job (5 s): a test makes these
   * short, so that a schedule fires within seconds of its minute instead of up to 35 s later.
   */
  cronMonitorSeconds?: number;
  cronWorkerSeconds?: number;
}

export interface JobEngine {
  boss: PgBoss;
  /** Claims queued deliveries and inserts their jobs now (what the per-minute schedule does). */
  dispatch(): Promise<number>;
  stop(): Promise<void>;
}

/** REMINDER_CRON's value for no reminders on the engine's schedule. */
export const REMINDERS_OFF = "off";

/** Attempts at creating a queue while other instances start at the same moment. */
const QUEUE_CREATE_ATTEMPTS = 5;
const QUEUE_CREATE_PAUSE_MS = 200;

/**
 * Creates a queue, or updates its policy if it exists. pg-boss 10's createQueue can deadlock when two instances
 * create the same queue at once (seen here: two servers starting together); the loser tries again.
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
      return;
    } catch (error) {
      if (attempt >= QUEUE_CREATE_ATTEMPTS) throw error;
      await new Promise((resolve) =>
        setTimeout(resolve, QUEUE_CREATE_PAUSE_MS * attempt * (1 + Math.random())),
      );
    }
  }
}

interface DeliveryJobData {
  deliveryId: number;
}

/** Starts pg-boss on the database, creates its queues and schedules, and starts this process's workers. */
export async function startJobEngine(options: JobEngineOptions): Promise<JobEngine> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    max: options.max,
    application_name: "rerm-jobs",
    schedule: options.schedule ?? true,
    ...(options.cronMonitorSeconds ? { cronMonitorIntervalSeconds: options.cronMonitorSeconds } : {}),
    ...(options.cronWorkerSeconds ? { cronWorkerIntervalSeconds: options.cronWorkerSeconds } : {}),
  });
  // pg-boss reports its own failures (a lost connection while polling) as events; without a listener they crash.
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  await ensureQueue(boss, { name: QUEUES.reminders, policy: "singleton", retryLimit: 0 });
  await ensureQueue(boss, { name: QUEUES.dispatch, policy: "singleton", retryLimit: 0 });
  await ensureQueue(boss, { name: QUEUES.deliver, ...options.retry });
  await ensureQueue(boss, { name: QUEUES.prune, policy: "singleton", retryLimit: 0 });

  const dispatch = () =>
    dispatchDeliveries(async (jobs, database) => {
      await boss.insert(
        jobs.map(({ deliveryId, jobId }) => ({
          id: jobId,
          name: QUEUES.deliver,
          data: { deliveryId } satisfies DeliveryJobData,
          ...options.retry,
        })),
        { db: database },
      );
    });

  if (options.schedule ?? true) {
    // A schedule is kept in the database for every instance: "off" removes one an earlier start left.
    if (options.reminderCron === REMINDERS_OFF) await boss.unschedule(QUEUES.reminders);
    else await boss.schedule(QUEUES.reminders, options.reminderCron, {}, { tz: "Asia/Shanghai" });
    await boss.schedule(QUEUES.dispatch, DISPATCH_CRON, {});
    await boss.schedule(QUEUES.prune, PRUNE_CRON, {}, { tz: "Asia/Shanghai" });
  }
  const pollingIntervalSeconds = options.pollSeconds ?? DELIVERY_POLL_SECONDS;
  await boss.work(QUEUES.reminders, { pollingIntervalSeconds }, async () => {
    const { opened, sent } = await runScheduledWork(options.clock?.());
    if (opened > 0) console.log(`[jobs] collections: ${opened} periods opened on schedule`);
    if (sent > 0) console.log(`[jobs] reminders: ${sent} sent`);
    await dispatch();
  });
  await boss.work(QUEUES.dispatch, { pollingIntervalSeconds }, async () => {
    await dispatch();
  });
  await boss.work(QUEUES.prune, { pollingIntervalSeconds }, async () => {
    const pruned = await pruneDeliveries(options.retentionDays);
    if (pruned > 0)
      console.log(`[jobs] send log: ${pruned} rows older than ${options.retentionDays} days deleted`);
  });
  await boss.work<DeliveryJobData>(
    QUEUES.deliver,
    { pollingIntervalSeconds, batchSize: DELIVERY_BATCH, includeMetadata: true },
    async (jobs) => {
      // One failure must not fail the batch's other messages: each job is completed or failed on its own.
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await deliverMessage(job.data.deliveryId, job);
            await boss.complete(QUEUES.deliver, job.id);
          } catch (error) {
            await boss.fail(QUEUES.deliver, job.id, {
              message: error instanceof Error ? error.message : "failed",
            });
          }
        }),
      );
    },
  );
  return {
    boss,
    dispatch,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

const state = globalThis as unknown as { rermJobEngine?: Promise<JobEngine | null> };

/** The server's engine: started once per process with JOBS=pg-boss, from the validated environment. */
export function startJobs(): Promise<JobEngine | null> {
  if (state.rermJobEngine) return state.rermJobEngine;
  const env = getEnv();
  if (env.JOBS !== "pg-boss") return Promise.resolve(null);
  state.rermJobEngine = startJobEngine({
    connectionString: env.DATABASE_URL,
    max: env.JOBS_POOL_MAX,
    retry: {
      retryLimit: env.DELIVERY_RETRY_LIMIT,
      retryDelay: env.DELIVERY_RETRY_DELAY_SECONDS,
      retryBackoff: true,
    },
    reminderCron: env.REMINDER_CRON,
    retentionDays: env.DELIVERY_RETENTION_DAYS,
  })
    .then((engine) => {
      registerDispatcher(engine.dispatch);
      return engine;
    })
    .catch((error: unknown) => {
      // No engine is no reason to refuse requests: messages stay queued in the send log until one runs.
      console.error("[jobs] pg-boss did not start; e-mails and robot messages stay queued", error);
      return null;
    });
  return state.rermJobEngine;
}

/** Stops this process's workers (finishing the jobs in hand) before the database pools close. */
export async function stopJobs(): Promise<void> {
  const engine = await state.rermJobEngine;
  state.rermJobEngine = undefined;
  registerDispatcher(null);
  await engine?.stop();
}
