import { existsSync, readFileSync } from "node:fs";
import { decodeMail, type ReceivedMail } from "../../support/message-sinks";
import { E2E_MAILBOX_FILE } from "./config";

export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
}

/** Every mail the e2e server's SMTP sink has received so far to `address`, decoded. */
export function mailsTo(address: string): SunkMail[] {
  if (!existsSync(E2E_MAILBOX_FILE)) return [];
  return readFileSync(E2E_MAILBOX_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ReceivedMail)
    .filter((mail) => mail.to.includes(address))
    .map((mail) => ({ to: mail.to, ...decodeMail(mail.raw) }));
}
