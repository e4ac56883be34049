import { describe, expect, it } from "vitest";
import { isLastAttempt, retryWindows, shortError } from "@/lib/notifications/retry-policy";

describe("delivery retries", () => {
  it("with back-off, waits 30–60 s, 60–120 s, 120–240 s … before retries 1, 2, 3 (retryDelay 30)", () => {
    expect(retryWindows({ retryLimit: 5, retryDelay: 30, retryBackoff: true })).toEqual([
      { retry: 1, minSeconds: 30, maxSeconds: 60 },
      { retry: 2, minSeconds: 60, maxSeconds: 120 },
      { retry: 3, minSeconds: 120, maxSeconds: 240 },
      { retry: 4, minSeconds: 240, maxSeconds: 480 },
      { retry: 5, minSeconds: 480, maxSeconds: 960 },
    ]);
  });

  it("without back-off, waits the same delay each time; no retries without a limit", () => {
    expect(retryWindows({ retryLimit: 2, retryDelay: 10, retryBackoff: false })).toEqual([
      { retry: 1, minSeconds: 10, maxSeconds: 10 },
      { retry: 2, minSeconds: 10, maxSeconds: 10 },
    ]);
    expect(retryWindows({ retryLimit: 0, retryDelay: 10, retryBackoff: true })).toEqual([]);
  });

  it("the attempt after `retryLimit` retries is the last", () => {
    expect(isLastAttempt(0, { retryLimit: 2 })).toBe(false);
    expect(isLastAttempt(1, { retryLimit: 2 })).toBe(false);
    expect(isLastAttempt(2, { retryLimit: 2 })).toBe(true);
    expect(isLastAttempt(0, { retryLimit: 0 })).toBe(true);
  });

  it("keeps an error short, on one line, without URLs (a webhook URL holds its robot's token)", () => {
    expect(
      shortError(
        new Error("connect ECONNREFUSED\n  at https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=secret"),
      ),
    ).toBe("connect ECONNREFUSED at <url>");
    expect(shortError(new Error("x".repeat(400)))).toHaveLength(300);
    expect(shortError("")).toBe("error");
  });
});
