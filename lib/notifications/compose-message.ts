import { createTranslator } from "next-intl";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { noticeText } from "./notice-text";

/** A notice as it leaves the app: the inbox's own title and body (lib/notifications/notice-text.ts). */
export interface OutgoingMessage {
  subject: string;
  title: string;
  body: string;
  /** Absolute when the app's public URL is known, else the path inside the app */
  url: string;
  /** For e-mail */
  text: string;
  /** For the group robots (both render Markdown) */
  markdown: string;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Pure: the message from a notice, given the translators of the `inbox` and `app` namespaces. */
export function composeMessageWith(
  notice: { kind: NotificationKind; params: unknown; link: string },
  locale: Locale,
  tInbox: Translate,
  appName: string,
  baseUrl: string | undefined,
): OutgoingMessage {
  const { title, body } = noticeText(notice, locale, tInbox);
  const url = baseUrl ? new URL(notice.link, baseUrl).toString() : notice.link;
  const open = tInbox("open");
  return {
    subject: locale === "en" ? `[${appName}] ${title}` : `【${appName}】${title}`,
    title,
    body,
    url,
    text: `${title}\n\n${body}\n\n${open}: ${url}\n\n— ${appName}`,
    markdown: `### ${title}\n\n${body}\n\n[${open}](${url})`,
  };
}

/** The message in `locale` (Chinese unless the recipient's language is known to be another). */
export async function composeMessage(
  notice: { kind: NotificationKind; params: unknown; link: string },
  locale: Locale,
  baseUrl: string | undefined,
): Promise<OutgoingMessage> {
  const messages = await loadMessages(locale);
  const tInbox = createTranslator({ locale, messages, namespace: "inbox" }) as unknown as Translate;
  const tApp = createTranslator({ locale, messages, namespace: "app" });
  return composeMessageWith(notice, locale, tInbox, tApp("name"), baseUrl);
}
