// Deadline reminders (催报) as rules relative to a period's deadline (docs/decisions/0037): before it, on it and
// after it, the users of units that have not submitted are reminded. Each rule is sent at most once per unit: the
// sender keys every message by period, unit and rule, and a unique index refuses a second copy.
import { addDays } from "@/lib/utils/periods";

export interface ReminderRule {
  /** Part of the message's once-only key; never rename a rule that has been sent */
  key: string;
  /** Calendar days from the deadline day: negative before it, 0 on it */
  daysFromDeadline: number;
}

/** Three days before, on the day, and the day after (逾期催报). */
export const REMINDER_RULES: readonly ReminderRule[] = [
  { key: "before_3", daysFromDeadline: -3 },
  { key: "on_day", daysFromDeadline: 0 },
  { key: "after_1", daysFromDeadline: 1 },
];

/**
 * The rule due on `today` for a deadline: the latest one whose day has come, or null before the first. A sender
 * that missed a day (the server was down) sends the latest due rule, not every missed one, so a unit never gets a
 * "three days left" after the deadline has passed.
 */
export function dueReminderRule(
  deadline: Date,
  today: Date,
  rules: readonly ReminderRule[] = REMINDER_RULES,
): ReminderRule | null {
  const due = rules
    .filter((rule) => addDays(deadline, rule.daysFromDeadline).getTime() <= today.getTime())
    .sort((a, b) => a.daysFromDeadline - b.daysFromDeadline);
  return due.at(-1) ?? null;
}

/** The once-only key of a reminder: one per period, unit and rule (per recipient, by the unique index). */
export function reminderKey(periodId: number, countyId: number, rule: ReminderRule): string {
  return `reminder:${periodId}:${countyId}:${rule.key}`;
}

/** The once-only key of a reminder to a school about its return (decision 0046): schools and counties never share one. */
export function schoolReminderKey(periodId: number, schoolId: number, rule: ReminderRule): string {
  return `reminder:${periodId}:school-${schoolId}:${rule.key}`;
}

/**
 * The once-only key of a 催报 sent by city staff: one per period, unit and Beijing day, so a second click (or a
 * second member of staff) the same day reminds nobody twice; the next day may urge again.
 */
export function urgeKey(periodId: number, countyId: number, day: string): string {
  return `urge:${periodId}:${countyId}:${day}`;
}

/** The once-only key of a 催报 a county sends a school about its return: as `urgeKey`, per school and Beijing day. */
export function schoolUrgeKey(periodId: number, schoolId: number, day: string): string {
  return `urge:${periodId}:school-${schoolId}:${day}`;
}
