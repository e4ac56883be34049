// The typed audit entities (lib/audit/entities.ts): a write's record moves the city's data version exactly when its
// entity moves the figures, and the migration that unified the entity names renames the records written before.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ENTITY_NAMES, movesFigures } from "@/lib/audit/entities";
import { listAuditFacets, listAuditLogs } from "@/lib/data/audit/list-audit-logs";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { MIGRATIONS_DIR } from "@/scripts/db/migrations";
import { sessionUserFor } from "../support/session-user";

const versionOf = async (cityId: number) =>
  (await db().dataVersion.findUnique({ where: { cityId } }))?.version ?? 0n;

describe("audit entities", () => {
  it.each(AUDIT_ENTITY_NAMES)(
    "%s: a record moves the data version exactly when the entity moves the figures",
    async (entity) => {
      const staff = await sessionUserFor("jinan.staff");
      const before = await versionOf(staff.cityId);
      await db().$transaction((tx) => recordAudit(tx, staff, { action: "update", entity, entityId: 1 }));
      expect(await versionOf(staff.cityId)).toBe(before + (movesFigures(entity) ? 1n : 0n));
    },
  );

  it("user accounts, school correction proposals, evidence files of the 整改台账, supervision visits, 催报, group robots and API tokens are the entities that move no figure", () => {
    expect(AUDIT_ENTITY_NAMES.filter((entity) => !movesFigures(entity))).toEqual([
      "user",
      "province_target",
      "school_proposal",
      "evidence_file",
      "supervision_visit",
      "report_reminder",
      "notification_channels",
      "message_delivery",
      "api_token",
    ]);
  });

  it("the unifying migration renames the records of imports to the entity they write, and nothing else", async () => {
    const [folder] = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith("_typed_audit_entities"));
    const sql = readFileSync(path.join(MIGRATIONS_DIR, folder!, "migration.sql"), "utf8");
    const admin = await sessionUserFor("jinan.admin");
    const legacy = ["facility_records", "teacher_roster", "facility_record", "teacher", "user"];
    const ids: bigint[] = [];
    for (const entity of legacy) {
      const row = await db().auditLog.create({
        data: { actorId: admin.id, cityId: admin.cityId, action: "import", entity, entityId: "school:1" },
      });
      ids.push(row.id);
    }
    const statements = sql.split(/;\s*$/m).filter((statement) => /\bUPDATE\b/.test(statement));
    expect(statements).toHaveLength(2);
    for (const statement of statements) await db().$executeRawUnsafe(statement);
    const after = await db().auditLog.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { entity: true },
    });
    expect(after.map((row) => row.entity)).toEqual([
      "facility_record",
      "teacher",
      "facility_record",
      "teacher",
      "user",
    ]);
    expect(
      (await listAuditFacets(admin)).entities.every((entity) => AUDIT_ENTITY_NAMES.includes(entity as never)),
    ).toBe(true);
  });
});

describe("the audit log in words", () => {
  it("names each record's subject: a school, a facility record with its year, an import's school, a report's quarter", async () => {
    const admin = await sessionUserFor("jinan.admin");
    const school = await db().school.findFirstOrThrow({
      where: { cityId: admin.cityId },
      orderBy: { id: "asc" },
    });
    const record = await db().facilityRecord.findFirstOrThrow({
      where: { schoolId: school.id },
      orderBy: { schoolYear: "desc" },
    });
    const submission = await db().submission.findFirstOrThrow({
      where: { period: { cityId: admin.cityId } },
      select: {
        id: true,
        county: { select: { name: true } },
        period: { select: { year: true, quarter: true } },
      },
    });
    const written = [
      { action: "update", entity: "school", entityId: school.id },
      { action: "update", entity: "facility_record", entityId: record.id },
      { action: "import", entity: "teacher", entityId: `school:${school.id}` },
      { action: "import", entity: "school", entityId: `city:${admin.cityId}` },
      { action: "approve", entity: "submission", entityId: submission.id },
      { action: "delete", entity: "teacher", entityId: 2_000_000_000 },
    ] as const;
    await db().$transaction(async (tx) => {
      for (const entry of written) await recordAudit(tx, admin, entry);
    });
    const { rows } = await listAuditLogs(admin, { page: 1 });
    const newest = rows.slice(0, written.length).reverse();
    expect(newest.map((row) => row.subject)).toEqual([
      { name: school.name, nameEn: school.name },
      { name: school.name, nameEn: school.name, schoolYear: record.schoolYear },
      { name: school.name, nameEn: school.name },
      expect.objectContaining({ name: "济南市" }),
      expect.objectContaining({ name: submission.county.name, quarter: submission.period }),
      // A subject deleted since (or never there) has no name: the page shows its id.
      null,
    ]);
  });
});
