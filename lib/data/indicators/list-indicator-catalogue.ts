import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import { unsafeLoadIndicatorDefinitions } from "./compute-indicators";

/** The indicator catalogue (definitions, formulas, sources): the same for every signed-in role. */
export async function listIndicatorCatalogue(user: SessionUser): Promise<IndicatorDefinitionView[]> {
  assertCan(user, "indicators:view");
  return unsafeLoadIndicatorDefinitions(db());
}
