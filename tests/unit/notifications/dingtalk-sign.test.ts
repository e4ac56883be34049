import { describe, expect, it } from "vitest";
import { dingtalkSignature, dingtalkSignedUrl } from "@/lib/notifications/dingtalk-sign";

// Known value, computed by hand outside this code with
//   printf '1700000000000\nSECtest' | openssl dgst -sha256 -hmac SECtest -binary | base64
// → aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g= ; URL-encoded as DingTalk's documentation asks ("+", "/", "=").
const EXPECTED_BASE64 = "aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g=";
describe("DingTalk robot signing (加签)", () => {
  it("signs timestamp + newline + secret with HMAC-SHA256 keyed by the secret, Base64, URL-encoded", () => {
    expect(dingtalkSignature("SECtest", 1_700_000_000_000)).toBe(
      "aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D",
    );
  });

  it("appends timestamp and sign to the webhook's own query, and leaves an unsigned robot's URL alone", () => {
    const url = dingtalkSignedUrl(
      "https://oapi.dingtalk.com/robot/send?access_token=abc",
      "SECtest",
      1_700_000_000_000,
    );
    expect(url).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign=${encodeURIComponent(EXPECTED_BASE64)}`,
    );
    expect(dingtalkSignedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", null, 1)).toBe(
      "https://oapi.dingtalk.com/robot/send?access_token=abc",
    );
  });
});
