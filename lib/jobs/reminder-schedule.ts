// The deadline reminders on a timer (decision 0037, JOBS=in-process): a timer in each server process: safe with
// any number of instances, because sendDueReminders writes each reminder under a once-only key that the database
// refuses twice, so an instance more only repeats a no-op. JOBS=off leaves the sending to
// `npm run reminders:send` from cron; JOBS=pg-boss (the default, decision 0042) schedules them once across instances.
import "server-only";
import { getEnv } from "@/lib/env";
import { isShuttingDown } from "@/lib/lifecycle";
import { runScheduledWork } from "./scheduled-work";

const MS_PER_MINUTE = 60_000;
/** The first run waits for the server to settle after a start. */
const FIRST_RUN_DELAY_MS = MS_PER_MINUTE;

async function runOnce(): Promise<void> {
  if (isShuttingDown()) return;
  try {
    const { opened, sent } = await runScheduledWork();
    if (opened > 0) console.log(`[schedule] ${opened} periods opened`);
    if (sent > 0) console.log(`[reminders] sent ${sent}`);
  } catch (error) {
    // A failed run is retried by the next tick; it never reaches a user's request.
    console.error("[reminders] run failed", error);
  }
}

/** Starts the timer once per process, only with JOBS=in-process (pg-boss has its own schedule: ./engine.ts). */
export function startReminderSchedule(): void {
  const state = globalThis as unknown as { rermReminderTimer?: NodeJS.Timeout };
  if (state.rermReminderTimer) return;
  const env = getEnv();
  if (env.JOBS !== "in-process") return;
  state.rermReminderTimer = setInterval(() => void runOnce(), env.REMINDER_INTERVAL_MINUTES * MS_PER_MINUTE);
  state.rermReminderTimer.unref();
  setTimeout(() => void runOnce(), FIRST_RUN_DELAY_MS).unref();
}
