import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import {
  type ClientMessagesRoute,
  type Messages,
  pickMessages,
  ROUTE_CLIENT_NAMESPACES,
} from "@/lib/i18n/messages";
import { MoreClientMessages } from "./more-client-messages";

/** Sends the client components below a route file the namespaces they translate with (lib/i18n/messages). */
export async function ClientMessages({
  route,
  children,
}: {
  route: ClientMessagesRoute;
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  return (
    <MoreClientMessages messages={pickMessages(messages, ROUTE_CLIENT_NAMESPACES[route])}>
      {children}
    </MoreClientMessages>
  );
}
