import "server-only";
import { countyScopeWhere, inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import type { DbClient } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { RosterTarget } from "@/lib/schemas/teachers";

export interface ResolvedRosterTarget {
  kind: RosterTarget["kind"];
  id: number;
  countyId: number;
  /** Active schools of the roster, by 学校标识码 */
  schools: Map<string, { id: number; name: string }>;
  /** Where clause of the roster's teachers */
  teacherWhere: { schoolId: number } | { school: { countyId: number } };
  label: string;
}

/**
 * A school's or a county's roster, checked against the user's scope (a principal has no county roster). Throws
 * NOT_FOUND for anything outside the scope, so that ids of other scopes cannot be probed.
 */
export async function resolveRosterTarget(
  client: DbClient,
  user: SessionUser,
  target: RosterTarget,
): Promise<ResolvedRosterTarget> {
  if (target.kind === "school") {
    const school = await client.school.findFirst({
      where: inScope({ id: target.id, isActive: true }, schoolScopeWhere(user)),
      select: { id: true, code: true, name: true, countyId: true },
    });
    if (!school) throw notFoundError();
    return {
      kind: "school",
      id: school.id,
      countyId: school.countyId,
      schools: new Map([[school.code, { id: school.id, name: school.name }]]),
      teacherWhere: { schoolId: school.id },
      label: school.name,
    };
  }
  const county = await client.county.findFirst({
    where: inScope({ id: target.id }, countyScopeWhere(user)),
    select: {
      id: true,
      name: true,
      schools: { where: { isActive: true }, select: { id: true, code: true, name: true } },
    },
  });
  if (!county) throw notFoundError();
  return {
    kind: "county",
    id: county.id,
    countyId: county.id,
    schools: new Map(county.schools.map((school) => [school.code, { id: school.id, name: school.name }])),
    teacherWhere: { school: { countyId: county.id } },
    label: county.name,
  };
}
