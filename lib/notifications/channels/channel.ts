import type { DeliveryChannel } from "@/lib/generated/prisma/enums";
import type { OutgoingMessage } from "../compose-message";

/**
 * One way out of the app (decision 0042). A channel gets the composed message and where to send it, and either
 * resolves (sent) or throws (the job is retried with back-off; the error's message goes to the send log, so it must
 * hold no secret). Adding a channel: a file here implementing this, its enum value in `DeliveryChannel`, and its
 * entry in ./index.ts; who receives it is chosen in lib/data/notifications/queue-deliveries.ts.
 */
export interface Channel {
  readonly channel: DeliveryChannel;
  send(message: OutgoingMessage, destination: Destination): Promise<void>;
}

/** Where a delivery goes, resolved when it is sent: an address, or a robot's webhook (and its signing secret). */
export interface Destination {
  address: string;
  secret?: string | null;
}

/** The longest a webhook may take to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Posts a robot message and checks both HTTP and the robots' own answer ({ errcode: 0 } means accepted; WeCom and
 * DingTalk answer 200 with a non-zero errcode for a bad key or a rate limit).
 */
export async function postRobotMessage(url: string, payload: object): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  let answer: { errcode?: number; errmsg?: string } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(`HTTP ${response.status}, not a robot's answer`);
  }
  if (answer.errcode !== undefined && answer.errcode !== 0)
    throw new Error(`errcode ${answer.errcode}: ${String(answer.errmsg ?? "").slice(0, 100)}`);
}
