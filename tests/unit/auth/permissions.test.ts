import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  can,
  canManageRole,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLES,
  type Permission,
} from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The expected table, written out by hand: a change to ROLE_PERMISSIONS must change this test too.
const EXPECTED: Record<Permission, Role[]> = {
  "dashboard:view": [
    "ADMIN",
    "CITY_STAFF",
    "COUNTY_OFFICER",
    "SCHOOL_PRINCIPAL",
    "LEADER",
    "PROVINCE_STAFF",
    "PROVINCE_LEADER",
  ],
  "indicators:view": [
    "ADMIN",
    "CITY_STAFF",
    "COUNTY_OFFICER",
    "SCHOOL_PRINCIPAL",
    "LEADER",
    "PROVINCE_STAFF",
    "PROVINCE_LEADER",
  ],
  "schools:view": ["ADMIN", "CITY_STAFF", "COUNTY_OFFICER", "SCHOOL_PRINCIPAL", "LEADER"],
  "teachers:view": ["ADMIN", "CITY_STAFF", "COUNTY_OFFICER", "SCHOOL_PRINCIPAL", "LEADER"],
  "submissions:view": ["ADMIN", "CITY_STAFF", "COUNTY_OFFICER", "LEADER"],
  "submissions:edit": ["COUNTY_OFFICER"],
  "submissions:review": ["CITY_STAFF"],
  "periods:manage": ["CITY_STAFF"],
  "school-returns:view": ["CITY_STAFF", "COUNTY_OFFICER", "SCHOOL_PRINCIPAL", "LEADER"],
  "school-returns:edit": ["SCHOOL_PRINCIPAL"],
  "school-returns:review": ["COUNTY_OFFICER"],
  "targets:edit": ["CITY_STAFF"],
  "province-targets:edit": ["PROVINCE_STAFF"],
  "standards:edit": ["ADMIN", "CITY_STAFF"],
  "facilities:edit": ["COUNTY_OFFICER", "SCHOOL_PRINCIPAL"],
  "teachers:edit": ["COUNTY_OFFICER", "SCHOOL_PRINCIPAL"],
  "teachers:rotate": ["COUNTY_OFFICER"],
  "briefings:export": [
    "ADMIN",
    "CITY_STAFF",
    "COUNTY_OFFICER",
    "LEADER",
    "PROVINCE_STAFF",
    "PROVINCE_LEADER",
  ],
  "users:manage": ["ADMIN", "CITY_STAFF"],
  "audit:view": ["ADMIN", "CITY_STAFF"],
  "settings:edit": ["ADMIN"],
  "notifications:manage": ["ADMIN", "CITY_STAFF"],
  "divisions:manage": ["ADMIN", "CITY_STAFF"],
  "schools:manage": ["CITY_STAFF", "COUNTY_OFFICER"],
  "schools:propose": ["SCHOOL_PRINCIPAL"],
  "schools:review-proposals": ["CITY_STAFF", "COUNTY_OFFICER"],
  "groups:view": ["ADMIN", "CITY_STAFF", "COUNTY_OFFICER", "SCHOOL_PRINCIPAL", "LEADER"],
  "groups:manage": ["CITY_STAFF", "COUNTY_OFFICER"],
  "projects:view": ["CITY_STAFF", "COUNTY_OFFICER"],
  "projects:edit": ["COUNTY_OFFICER"],
  "problems:view": ["ADMIN", "CITY_STAFF", "COUNTY_OFFICER", "LEADER"],
  "problems:create": ["CITY_STAFF", "COUNTY_OFFICER"],
  "problems:work": ["COUNTY_OFFICER"],
  "problems:accept": ["CITY_STAFF", "COUNTY_OFFICER"],
  "problems:generate": ["CITY_STAFF"],
  "supervision:view": ["ADMIN", "CITY_STAFF", "COUNTY_OFFICER", "LEADER"],
  "supervision:record": ["CITY_STAFF", "COUNTY_OFFICER"],
  "verification:manage": ["CITY_STAFF"],
  "api-tokens:manage": ["ADMIN"],
};

describe("role → permission table", () => {
  it("lists every permission in the expected table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("gives leaders no write permission at all", () => {
    const writes = ROLE_PERMISSIONS.LEADER.filter((p) => !p.endsWith(":view") && p !== "briefings:export");
    expect(writes).toEqual([]);
  });
});

describe("who may give which role", () => {
  it("lets admins give every city role and city staff every city role but admin", () => {
    expect(assignableRoles("ADMIN")).toEqual([
      "ADMIN",
      "CITY_STAFF",
      "COUNTY_OFFICER",
      "SCHOOL_PRINCIPAL",
      "LEADER",
    ]);
    expect(assignableRoles("CITY_STAFF")).not.toContain("ADMIN");
    expect(assignableRoles("CITY_STAFF")).toContain("CITY_STAFF");
  });

  it("lets no city manager give a province role: its accounts read other cities", () => {
    for (const manager of ["ADMIN", "CITY_STAFF"] as const) {
      expect(assignableRoles(manager)).not.toContain("PROVINCE_STAFF");
      expect(assignableRoles(manager)).not.toContain("PROVINCE_LEADER");
      expect(canManageRole(manager, "PROVINCE_LEADER")).toBe(false);
    }
  });

  it("lets nobody else manage accounts", () => {
    for (const role of [
      "COUNTY_OFFICER",
      "SCHOOL_PRINCIPAL",
      "LEADER",
      "PROVINCE_STAFF",
      "PROVINCE_LEADER",
    ] as const)
      expect(assignableRoles(role)).toEqual([]);
  });

  it("keeps city staff away from admin accounts", () => {
    expect(canManageRole("CITY_STAFF", "ADMIN")).toBe(false);
    expect(canManageRole("CITY_STAFF", "COUNTY_OFFICER")).toBe(true);
    expect(canManageRole("ADMIN", "ADMIN")).toBe(true);
  });
});
