import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./locales";

/** Stores the reader's language for a year (it is read by lib/i18n/request.ts and the rendered-page cache). */
export async function storeLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https:") === true,
  });
}
