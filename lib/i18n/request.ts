import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, localeOrDefault } from "./locales";
import { loadMessages } from "./messages";

// The locale is a cookie (no /en/ prefix in URLs), so a shared link opens in the reader's own language.
export default getRequestConfig(async () => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = localeOrDefault(cookie);
  return {
    locale,
    timeZone: "Asia/Shanghai",
    messages: await loadMessages(locale),
  };
});
