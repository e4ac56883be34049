import { createHmac } from "node:crypto";

/**
 * A DingTalk group robot with 加签 (signing) set accepts a message only at its webhook URL with `timestamp` (ms since
 * the epoch, within an hour of DingTalk's clock) and `sign` = Base64(HMAC-SHA256(key = secret,
 * data = `${timestamp}\n${secret}`)), URL-encoded. Pure: the caller passes the time.
 */
export function dingtalkSignature(secret: string, timestampMs: number): string {
  const digest = createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
  return encodeURIComponent(digest);
}

/** The webhook URL to post to: as configured without a secret, with `timestamp` and `sign` appended with one. */
export function dingtalkSignedUrl(webhook: string, secret: string | null, timestampMs: number): string {
  if (!secret) return webhook;
  const separator = webhook.includes("?") ? "&" : "?";
  return `${webhook}${separator}timestamp=${timestampMs}&sign=${dingtalkSignature(secret, timestampMs)}`;
}
