"use client";

import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useMemo, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/**
 * Adds a route's namespaces to the messages its parents sent: next-intl's provider replaces what it is given, so the
 * shell's namespaces would otherwise travel again with every route.
 */
export function MoreClientMessages({ messages, children }: { messages: Messages; children: ReactNode }) {
  const parent = useMessages() as Messages;
  const locale = useLocale();
  const merged = useMemo(() => ({ ...parent, ...messages }), [parent, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
