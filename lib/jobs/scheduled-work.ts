// The day's scheduled work of the collections (decisions 0037, 0051), one run for every way it is started: the job
// engine's schedule (./engine.ts), the in-process timer (./reminder-schedule.ts) and `npm run reminders:send`. The
// periods whose first day has come are opened first, then the reminders due today are sent. Both are safe to run
// again and in several processes at once.
import "server-only";
import { openScheduledPeriods } from "@/lib/data/collections/open-scheduled-periods";
import { sendDueReminders } from "@/lib/data/notifications/send-due-reminders";

export async function runScheduledWork(now?: Date): Promise<{ opened: number; sent: number }> {
  const { opened } = await openScheduledPeriods(now);
  const { sent } = await sendDueReminders(now);
  return { opened, sent };
}
