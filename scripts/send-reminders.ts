// npm run reminders:send
// Sends the deadline reminders due today (decision 0037) once and exits: for a cron job or a job engine. Running it
// again, or in two places at once, sends nothing twice (each message has a once-only key).
import { sendDueReminders } from "@/lib/data/notifications/send-due-reminders";
import { closeDatabase } from "@/lib/db";

try {
  const { sent } = await sendDueReminders();
  console.log(`Reminders sent: ${sent}`);
} finally {
  await closeDatabase();
}
