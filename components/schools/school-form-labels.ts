import "server-only";
import { getTranslations } from "next-intl/server";
import { LocationClass, Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import type { SchoolFormLabels } from "./school-register-fields";

/** The school form's enum labels in the reader's language. */
export async function schoolFormLabels(): Promise<SchoolFormLabels> {
  const tEnums = await getTranslations("enums");
  return {
    levels: Object.values(SchoolLevel).map((value) => ({ value, label: tEnums(`schoolLevel.${value}`) })),
    ownerships: Object.values(Ownership).map((value) => ({ value, label: tEnums(`ownership.${value}`) })),
    locationClasses: Object.fromEntries(
      Object.values(LocationClass).map((value) => [value, tEnums(`locationClass.${value}`)]),
    ) as Record<LocationClass, string>,
  };
}
