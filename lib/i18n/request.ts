import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, localeOrDefault } from "./locales";
import { loadMessages } from "./messages";

// The locale is a cookie (no /en/ prefix in URLs), so a shared link opens in the reader's own language. A cached
// section cannot read cookies: it is given the locale and names it (next-intl's
// setRequestLocale).
export default getRequestConfig(async ({ requestLocale }) => {
  const named = await requestLocale;
  const locale = localeOrDefault(named ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: "Asia/Shanghai",
    messages: await loadMessages(locale),
  };
});
