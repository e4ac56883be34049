import type { DeliveryChannel } from "@/lib/generated/prisma/enums";

// A city's group robots (decision 0042), kept in its `settings` rows under these keys. The webhook URL carries the
// robot's token and the DingTalk secret signs every message: neither is ever shown back or logged in full.
export const ROBOT_SETTING_KEYS = {
  wecomWebhook: "wecom_webhook",
  dingtalkWebhook: "dingtalk_webhook",
  dingtalkSecret: "dingtalk_secret",
} as const;

/** The robots' own hosts: a webhook URL must name one of these over https (or a host in ROBOT_WEBHOOK_HOSTS). */
export const ROBOT_HOSTS = {
  WECOM: "qyapi.weixin.qq.com",
  DINGTALK: "oapi.dingtalk.com",
} as const satisfies Partial<Record<DeliveryChannel, string>>;

export type RobotChannel = keyof typeof ROBOT_HOSTS;

export interface CityRobots {
  WECOM: { webhook: string } | null;
  DINGTALK: { webhook: string; secret: string | null } | null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The robots from stored settings rows (key → value). */
export function cityRobotsFrom(stored: Partial<Record<string, unknown>>): CityRobots {
  const wecom = text(stored[ROBOT_SETTING_KEYS.wecomWebhook]);
  const dingtalk = text(stored[ROBOT_SETTING_KEYS.dingtalkWebhook]);
  return {
    WECOM: wecom ? { webhook: wecom } : null,
    DINGTALK: dingtalk
      ? { webhook: dingtalk, secret: text(stored[ROBOT_SETTING_KEYS.dingtalkSecret]) }
      : null,
  };
}

/** How the send log names a robot without its token: the host and the token's last four characters. */
export function robotLabel(webhook: string): string {
  try {
    const url = new URL(webhook);
    const token = url.searchParams.get("key") ?? url.searchParams.get("access_token") ?? "";
    return token.length > 4 ? `${url.host} …${token.slice(-4)}` : url.host;
  } catch {
    return "?";
  }
}

/**
 * Whether a webhook URL may be used for a channel: https to the robot's own host, or a host the operator allowed
 * (ROBOT_WEBHOOK_HOSTS, http too). Security: the server posts to this URL, so a city's staff must not be able to
 * point it at an address inside the server's network (SSRF).
 */
export function isAllowedWebhook(
  channel: RobotChannel,
  webhook: string,
  extraHosts: readonly string[],
): boolean {
  let url: URL;
  try {
    url = new URL(webhook);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (extraHosts.includes(url.hostname)) return url.protocol === "https:" || url.protocol === "http:";
  return url.protocol === "https:" && url.hostname === ROBOT_HOSTS[channel];
}
