"use server";

import { storeLocale } from "@/lib/i18n/locale-cookie";
import { localeChoiceSchema } from "@/lib/schemas/locale";
import { defineAction, EVERY_PAGE } from "./builder";

/** The reader's language; anyone may choose it, so no sign-in is needed. Every page is rendered in it from now. */
export const setLocaleAction = defineAction({
  name: "setLocaleAction",
  access: "public",
  schema: localeChoiceSchema,
  run: (_reader, { locale }) => storeLocale(locale),
  revalidate: [EVERY_PAGE],
  success: "locale.changed",
});
