import { dingtalkSignedUrl } from "../dingtalk-sign";
import type { Channel } from "./channel";
import { postRobotMessage } from "./channel";

/** 钉钉 group robot: `{ msgtype: "markdown", markdown: { title, text } }`, signed when the robot has a secret. */
export const dingtalkChannel: Channel = {
  channel: "DINGTALK",
  async send(message, destination) {
    const url = dingtalkSignedUrl(destination.address, destination.secret ?? null, Date.now());
    await postRobotMessage(url, {
      msgtype: "markdown",
      markdown: { title: message.title, text: message.markdown },
    });
  },
};
