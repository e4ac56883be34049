import type { DeliveryChannel } from "@/lib/generated/prisma/enums";
import type { Channel } from "./channel";
import { dingtalkChannel } from "./dingtalk";
import { emailChannel } from "./email";
import { wecomChannel } from "./wecom";

/** Every channel by its enum value: the one place a new channel is registered. */
export const CHANNELS: Record<DeliveryChannel, Channel> = {
  EMAIL: emailChannel,
  WECOM: wecomChannel,
  DINGTALK: dingtalkChannel,
};
