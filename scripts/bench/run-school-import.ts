// npm run bench:school-import — the school register's import rate for a city's schools (3,000, as a prefecture-level
// city has), through the data function the import page's action calls, on a fresh demo database (created on the
// local PostgreSQL server of TEST_DATABASE_ADMIN_URL, or an embedded one, and dropped afterwards).
import { importSchools } from "@/lib/data/schools/import-schools";
import { db } from "@/lib/db";
import { createFreshDatabase } from "@/tests/setup/fresh-database";
import { schoolRows, schoolXlsx } from "@/tests/support/school-file";
import { sessionUserWhere } from "@/tests/support/session-user";

const ROWS = 3_000;
const FIRST_CODE = 3709000000;

const database = await createFreshDatabase({ prefix: "rerm_bench", log: (line) => console.error(line) });
try {
  // db() reads DATABASE_URL on first use: the benchmark is the first user of the client in this process.
  process.env.DATABASE_URL = database.url;
  const staff = await sessionUserWhere({ loginName: "jinan.staff" }, { sessionId: "bench", ip: null });
  const towns = await db().town.findMany({
    where: { county: { cityId: staff.cityId } },
    select: { code: true },
  });
  const rows = schoolRows(
    ROWS,
    towns.map((town) => town.code!),
    FIRST_CODE,
  );
  const file = { name: "bench.xlsx", format: "xlsx" as const, data: await schoolXlsx(rows) };
  const timed = async (expect: (summary: Record<string, number>) => boolean, data = file) => {
    const started = performance.now();
    const outcome = await importSchools(staff, data);
    const ms = performance.now() - started;
    if (outcome.status !== "imported" || !expect({ ...outcome.summary }))
      throw new Error(`Unexpected outcome: ${JSON.stringify(outcome).slice(0, 500)}`);
    return ms;
  };
  const insertMs = await timed((summary) => summary.inserted === ROWS);
  const unchangedMs = await timed((summary) => summary.unchanged === ROWS);
  const renamed = {
    ...file,
    data: await schoolXlsx(rows.map((row) => ({ ...row, name: `${row.name}（更名）` }))),
  };
  const updateMs = await timed((summary) => summary.updated === ROWS, renamed);
  const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
  console.log(
    JSON.stringify(
      {
        rows: ROWS,
        fileBytes: file.data.byteLength,
        insertMs: Math.round(insertMs),
        insertRowsPerSecond: rate(insertMs),
        unchangedMs: Math.round(unchangedMs),
        unchangedRowsPerSecond: rate(unchangedMs),
        updateMs: Math.round(updateMs),
        updateRowsPerSecond: rate(updateMs),
      },
      null,
      2,
    ),
  );
} finally {
  const global = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await global.prisma?.$disconnect();
  await database.drop();
}
