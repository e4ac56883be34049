import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { businessDay } from "@/lib/utils/periods";
import { unsafeLoadThresholdsInForce } from "./load-thresholds";

/** The standards' thresholds in force in the user's city today, with their sources (what the catalogue shows). */
export async function listThresholdsInForce(user: SessionUser, asOf: Date = businessDay(new Date())) {
  assertCan(user, "indicators:view");
  return unsafeLoadThresholdsInForce(db(), ownCityId(user), asOf);
}
