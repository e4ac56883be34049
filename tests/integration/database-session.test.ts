import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { runConnectionsInUtc } from "@/scripts/db/prepare";
import { sessionUserFor } from "../support/session-user";

async function timeZoneOfNewConnection(): Promise<string> {
  // A plain connection with no startup options, as a pooler in transaction mode would open it.
  const plain = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await plain.connect();
  try {
    const { rows } = await plain.query<{ TimeZone: string }>("SHOW TimeZone");
    return rows[0]!.TimeZone;
  } finally {
    await plain.end();
  }
}

// A PostgreSQL server installed with local time (initdb on a machine in China sets TimeZone = 'Asia/Shanghai'):
// timestamps are stored as UTC wall time, so the app's connections must run in UTC whatever the server says, and
// without per-connection options, which PgBouncer in transaction mode drops.
// The embedded database has no roles to configure; it always runs in UTC.
describe.skipIf(inject("isEmbeddedDatabase"))("a database server set to local time", () => {
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${url.pathname.slice(1)}" SET TimeZone = 'Asia/Shanghai'`);
    await admin.end();
  });

  it("runs every new connection of the app's role in UTC because the migration step set it for the role", async () => {
    expect(await timeZoneOfNewConnection()).toBe("UTC");
    const url = new URL(process.env.DATABASE_URL!);
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      // Without the role's setting, the server's local time comes back: the setting is what keeps UTC.
      await admin.query(`ALTER ROLE CURRENT_USER IN DATABASE "${url.pathname.slice(1)}" RESET TimeZone`);
      expect(await timeZoneOfNewConnection()).toBe("Asia/Shanghai");
    } finally {
      await runConnectionsInUtc(admin);
      await admin.end();
    }
    expect(await timeZoneOfNewConnection()).toBe("UTC");
  });

  it("writes a raw SQL now() as the current UTC time, as Prisma reads it back", async () => {
    const [setting] = await db().$queryRaw<{ TimeZone: string }[]>`SHOW TimeZone`;
    expect(setting?.TimeZone).toBe("UTC");
    const staff = await sessionUserFor("jinan.staff");
    await db().$transaction((tx) =>
      recordAudit(tx, staff, { action: "save", entity: "facility_record", entityId: 1 }),
    );
    const { changedAt } = await db().dataVersion.findUniqueOrThrow({ where: { cityId: staff.cityId } });
    expect(Math.abs(changedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
