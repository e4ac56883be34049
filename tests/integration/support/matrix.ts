// Building blocks of the permission matrix (tests/integration/permission-matrix.test.ts): the demo actors, the
// targets in their own scope, in another scope of the same city, and in another city, and how an outcome counts.
import { isAppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { provinceSessionUserFor, sessionUserFor } from "../../support/session-user";

export const ACTOR_KINDS = [
  "admin",
  "staff",
  "cityLeader",
  "officer",
  "countyLeader",
  "principal",
  "provinceStaff",
  "provinceLeader",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const RELATIONS = ["own", "sibling", "otherCity"] as const;
export type Relation = (typeof RELATIONS)[number];

const ACTOR_LOGINS: Record<ActorKind, string> = {
  admin: "jinan.admin",
  staff: "jinan.staff",
  cityLeader: "jinan.leader",
  officer: "jinan.shanghe",
  countyLeader: "jinan.shanghe.leader",
  principal: "jinan.principal",
  // 山东省: every target below (济南 and 潍坊) is in their province.
  provinceStaff: "shandong.staff",
  provinceLeader: "shandong.leader",
};
const PROVINCE_ACTORS: readonly ActorKind[] = ["provinceStaff", "provinceLeader"];

export interface Target {
  countyId: number;
  schoolId: number;
  /** An account that no actor signs in with, safe to change */
  userId: number;
  /** A teacher of `schoolId`, and the school's 学校标识码 (for import files) */
  teacherId: number;
  schoolCode: string;
}

export interface MatrixWorld {
  actors: Record<ActorKind, SessionUser>;
  targets: Record<Relation, Target>;
}

async function idOfCounty(name: string) {
  return (await db().county.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}
async function idOfUser(loginName: string) {
  return (await db().user.findUniqueOrThrow({ where: { loginName }, select: { id: true } })).id;
}

/**
 * own: 商河县 (the officer's and county leader's county) and the principal's own school;
 * sibling: 历下区 and one of its schools (same city, outside every county-level actor's scope);
 * otherCity: 青州市 (潍坊) and one of its schools.
 */
export async function loadMatrixWorld(): Promise<MatrixWorld> {
  const actors = Object.fromEntries(
    await Promise.all(
      ACTOR_KINDS.map(
        async (kind) =>
          [
            kind,
            PROVINCE_ACTORS.includes(kind)
              ? await provinceSessionUserFor(ACTOR_LOGINS[kind])
              : await sessionUserFor(ACTOR_LOGINS[kind]),
          ] as const,
      ),
    ),
  ) as Record<ActorKind, SessionUser>;
  const shanghe = await idOfCounty("商河县");
  const lixia = await idOfCounty("历下区");
  const qingzhou = await idOfCounty("青州市");
  const schoolIn = async (countyId: number) =>
    (await db().school.findFirstOrThrow({ where: { countyId }, orderBy: { id: "asc" } })).id;
  const schoolRefs = async (schoolId: number) => {
    const school = await db().school.findUniqueOrThrow({ where: { id: schoolId }, select: { code: true } });
    const teacher = await db().teacher.findFirstOrThrow({
      where: { schoolId, status: "ACTIVE" },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    return { schoolId, schoolCode: school.code, teacherId: teacher.id };
  };
  return {
    actors,
    targets: {
      own: {
        countyId: shanghe,
        ...(await schoolRefs(actors.principal.schoolId!)),
        userId: await idOfUser("jinan.pingyin"),
      },
      sibling: {
        countyId: lixia,
        ...(await schoolRefs(await schoolIn(lixia))),
        userId: await idOfUser("jinan.tianqiao"),
      },
      otherCity: {
        countyId: qingzhou,
        ...(await schoolRefs(await schoolIn(qingzhou))),
        userId: await idOfUser("weifang.anqiu"),
      },
    },
  };
}

export type Outcome = "allowed" | "denied";

/**
 * Denied: the call threw FORBIDDEN or NOT_FOUND, an action returned those codes, or a reader returned nothing.
 * Anything else (a result, a success, a validation error about the payload itself) got past the permission gate.
 */
export async function outcomeOf(
  call: () => Promise<unknown>,
  deniedWhen?: (value: unknown) => boolean,
): Promise<Outcome> {
  try {
    const value = await call();
    if (value === null) return "denied";
    if (
      value &&
      typeof value === "object" &&
      "status" in value &&
      value.status === "error" &&
      "code" in value
    ) {
      if (value.code === "FORBIDDEN" || value.code === "NOT_FOUND") return "denied";
    }
    if (deniedWhen?.(value)) return "denied";
    return "allowed";
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || deniedWhen?.(error)) return "denied";
    return "allowed";
  }
}

/** Allowed for these actors on these relations, denied for everyone else. */
export function allow(rules: Partial<Record<ActorKind, readonly Relation[]>>) {
  return (actor: ActorKind, relation: Relation) => rules[actor]?.includes(relation) ?? false;
}

export const ANY: readonly Relation[] = RELATIONS;
export const IN_CITY: readonly Relation[] = ["own", "sibling"];
export const OWN: readonly Relation[] = ["own"];
export const CITY_ROLES = { admin: IN_CITY, staff: IN_CITY, cityLeader: IN_CITY } as const;
/** The province's roles: every target is in their province (docs/decisions/0038). */
export const PROVINCE_ROLES = { provinceStaff: ANY, provinceLeader: ANY } as const;
export const EVERYONE = {
  admin: ANY,
  staff: ANY,
  cityLeader: ANY,
  officer: ANY,
  countyLeader: ANY,
  principal: ANY,
} as const;
/** Every account, the province's included: its own password and language, the shared catalogue. */
export const EVERY_ACCOUNT = { ...EVERYONE, ...PROVINCE_ROLES } as const;
