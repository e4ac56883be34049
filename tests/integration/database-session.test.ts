import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { sessionUserFor } from "./support/session";

// A PostgreSQL server installed with local time (initdb on a machine in China sets TimeZone = 'Asia/Shanghai'):
// timestamps are stored as UTC wall time, so the app's connections must run in UTC whatever the server says.
// The embedded database takes no per-connection options; it always runs in UTC.
describe.skipIf(inject("isEmbeddedDatabase"))("a database server set to local time", () => {
  beforeAll(async () => {
    // Before the app's first connection in this file, so that every one of them starts under the setting.
    const url = new URL(process.env.DATABASE_URL!);
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${url.pathname.slice(1)}" SET TimeZone = 'Asia/Shanghai'`);
    await admin.end();
  });

  it("leaves a plain connection in local time, but the app's connections run in UTC", async () => {
    const plain = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await plain.connect();
    const { rows } = await plain.query<{ TimeZone: string }>("SHOW TimeZone");
    await plain.end();
    expect(rows[0]?.TimeZone).toBe("Asia/Shanghai");
    const [setting] = await db().$queryRaw<{ TimeZone: string }[]>`SHOW TimeZone`;
    expect(setting?.TimeZone).toBe("UTC");
  });

  it("writes a raw SQL now() as the current UTC time, as Prisma reads it back", async () => {
    const staff = await sessionUserFor("jinan.staff");
    await db().$transaction((tx) =>
      recordAudit(tx, staff, { action: "save", entity: "facility_record", entityId: 1 }),
    );
    const { changedAt } = await db().dataVersion.findUniqueOrThrow({ where: { cityId: staff.cityId } });
    expect(Math.abs(changedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
