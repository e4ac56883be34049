import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The timer of the in-process reminder engine: started once per process, first run after a minute, then every
// REMINDER_INTERVAL_MINUTES; JOBS=off or pg-boss starts no timer. The day's work itself (periods opened on schedule,
// reminders sent) is tests/integration/collection-schedule.test.ts and reminders.test.ts.
const runScheduledWork = vi.fn(async () => ({ opened: 0, sent: 0 }));
vi.mock("@/lib/jobs/scheduled-work", () => ({ runScheduledWork }));

const MINUTE = 60_000;

async function freshSchedule(env: Record<string, string>) {
  vi.resetModules();
  delete (globalThis as { rermReminderTimer?: unknown }).rermReminderTimer;
  vi.stubEnv("DATABASE_URL", "postgresql://127.0.0.1:1/unused");
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("@/lib/jobs/reminder-schedule");
}

beforeEach(() => {
  vi.useFakeTimers();
  runScheduledWork.mockClear();
});
afterEach(() => {
  const timer = (globalThis as { rermReminderTimer?: NodeJS.Timeout }).rermReminderTimer;
  if (timer) clearInterval(timer);
  delete (globalThis as { rermReminderTimer?: unknown }).rermReminderTimer;
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("the reminder schedule", () => {
  it("runs a minute after start, then every interval, once per process however often it is started", async () => {
    const { startReminderSchedule } = await freshSchedule({
      JOBS: "in-process",
      REMINDER_INTERVAL_MINUTES: "30",
    });
    startReminderSchedule();
    startReminderSchedule();
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(runScheduledWork).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(runScheduledWork).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(runScheduledWork).toHaveBeenCalledTimes(2);
  });

  it("starts no timer with JOBS=off", async () => {
    const { startReminderSchedule } = await freshSchedule({ JOBS: "off" });
    startReminderSchedule();
    await vi.advanceTimersByTimeAsync(120 * MINUTE);
    expect(runScheduledWork).not.toHaveBeenCalled();
  });
});
