"use server";

import { getSessionUser } from "@/lib/auth/session";
import { updateOwnLocale } from "@/lib/data/users/update-own-locale";
import { storeLocale } from "@/lib/i18n/locale-cookie";
import { localeChoiceSchema } from "@/lib/schemas/locale";
import { defineAction, EVERY_PAGE } from "./builder";

/**
 * The reader's language; anyone may choose it, so no sign-in is needed. Every page is rendered in it from now; a
 * signed-in user's choice is also kept on the account, for the messages sent to them.
 */
export const setLocaleAction = defineAction({
  name: "setLocaleAction",
  access: "public",
  schema: localeChoiceSchema,
  run: async (_reader, { locale }) => {
    await storeLocale(locale);
    const user = await getSessionUser();
    if (user) await updateOwnLocale(user, locale);
  },
  revalidate: [EVERY_PAGE],
  success: "locale.changed",
});
