import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const localeChoiceSchema = z.object({ locale: z.enum(LOCALES, { error: "invalid" }) });
