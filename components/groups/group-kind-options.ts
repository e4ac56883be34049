import "server-only";
import { getTranslations } from "next-intl/server";
import { EducationGroupKind } from "@/lib/generated/prisma/enums";

/** The four kinds as options in the reader's language (the enums namespace stays off the client). */
export async function groupKindOptions(): Promise<{ value: string; label: string }[]> {
  const tEnums = await getTranslations("enums");
  return Object.values(EducationGroupKind).map((value) => ({ value, label: tEnums(`groupKind.${value}`) }));
}
