// npm run reminders:send
// Opens the collections' periods whose first day has come (decision 0051) and sends the deadline reminders due today
// (decision 0037), once, and exits: for a cron job. Running it again, or in two places at once, opens and sends
// nothing twice (a period's unique key; each message's once-only key).
import { runScheduledWork } from "@/lib/jobs/scheduled-work";
import { closeDatabase } from "@/lib/db";

try {
  const { opened, sent } = await runScheduledWork();
  console.log(`Periods opened on schedule: ${opened}; reminders sent: ${sent}`);
} finally {
  await closeDatabase();
}
