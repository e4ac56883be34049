import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import type { Channel } from "./channel";

let transport: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** E-mail over SMTP (SMTP_URL, SMTP_FROM), plain text. Without SMTP_URL no e-mail is queued at all. */
export const emailChannel: Channel = {
  channel: "EMAIL",
  async send(message, destination) {
    const env = getEnv();
    if (!env.SMTP_URL) throw new Error("SMTP_URL is not set");
    await transporter(env.SMTP_URL).sendMail({
      from: env.SMTP_FROM,
      to: destination.address,
      subject: message.subject,
      text: message.text,
    });
  },
};
