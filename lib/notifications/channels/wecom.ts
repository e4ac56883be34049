import type { Channel } from "./channel";
import { postRobotMessage } from "./channel";

/** 企业微信 group robot: `{ msgtype: "markdown", markdown: { content } }` to the webhook URL (its key is in the URL). */
export const wecomChannel: Channel = {
  channel: "WECOM",
  async send(message, destination) {
    await postRobotMessage(destination.address, {
      msgtype: "markdown",
      markdown: { content: message.markdown },
    });
  },
};
