import { describe, expect, it } from "vitest";
import {
  dueReminderRule,
  reminderKey,
  REMINDER_RULES,
  schoolReminderKey,
  urgeKey,
} from "@/lib/workflows/reminders";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DEADLINE = day("2026-10-13");

describe("deadline reminders", () => {
  it("none before three days ahead; then before, on, and after the deadline", () => {
    expect(dueReminderRule(DEADLINE, day("2026-10-09"))).toBeNull();
    expect(dueReminderRule(DEADLINE, day("2026-10-10"))?.key).toBe("before_3");
    expect(dueReminderRule(DEADLINE, day("2026-10-12"))?.key).toBe("before_3");
    expect(dueReminderRule(DEADLINE, day("2026-10-13"))?.key).toBe("on_day");
    expect(dueReminderRule(DEADLINE, day("2026-10-14"))?.key).toBe("after_1");
  });

  it("a sender that missed days sends the latest due rule only", () => {
    expect(dueReminderRule(DEADLINE, day("2026-10-30"))?.key).toBe("after_1");
  });

  it("keys a reminder by period, unit and rule", () => {
    expect(reminderKey(7, 12, REMINDER_RULES[0]!)).toBe("reminder:7:12:before_3");
    // A school whose id equals a county's id gets a key of its own.
    expect(schoolReminderKey(7, 12, REMINDER_RULES[0]!)).toBe("reminder:7:school-12:before_3");
  });
});

describe("urgeKey", () => {
  it("is one per period, county and day", () => {
    expect(urgeKey(7, 12, "2033-06-20")).toBe("urge:7:12:2033-06-20");
    expect(urgeKey(7, 12, "2033-06-21")).not.toBe(urgeKey(7, 12, "2033-06-20"));
  });
});
