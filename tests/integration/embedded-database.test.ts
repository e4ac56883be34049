import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isPortFree, startEmbeddedDatabase, type EmbeddedDatabase } from "@/scripts/embedded-db";

// The demo's embedded database (decision 0055): pooled connections' parameterized queries and another connection's
// transactions run side by side on PGlite's one session. Before each Parse/Bind/Execute/Sync batch kept its turn, a
// transaction begun between one connection's Parse and its Bind took the turn, and 1,800 of these 2,000 statements
// failed ("bind message supplies 2 parameters, but prepared statement "" requires 3") or came back empty.

let embedded: EmbeddedDatabase;

beforeAll(async () => {
  let port = 56_532;
  while (!(await isPortFree(port))) port += 1;
  embedded = await startEmbeddedDatabase({ dataDir: ":memory:", port });
}, 60_000);

afterAll(() => embedded?.stop());

describe("the embedded database", () => {
  it("answers every connection's parameterized queries with its own rows, however they interleave", async () => {
    const clients = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const client = new pg.Client({ connectionString: embedded.url });
        await client.connect();
        return client;
      }),
    );
    try {
      const failures: string[] = [];
      await Promise.all(
        clients.map(async (client, index) => {
          for (let round = 0; round < 200; round++) {
            // One connection runs transactions throughout, as the app's writes do beside its reads.
            if (index === 0) {
              await client.query("BEGIN");
              const { rows } = await client.query<{ answer: number }>("SELECT $1::int AS answer", [round]);
              if (rows[0]?.answer !== round) failures.push(`${round} ≠ ${rows[0]?.answer} in a transaction`);
              await client.query("COMMIT");
              continue;
            }
            // Two shapes of statement, with two and three parameters, so a crossed Bind cannot pass unnoticed.
            const [sql, params, expected] =
              (index + round) % 2 === 0
                ? ["SELECT $1::int + $2::int AS answer", [index, round], String(index + round)]
                : [
                    "SELECT $1::text || $2::text || $3::text AS answer",
                    [index, "-", round],
                    `${index}-${round}`,
                  ];
            try {
              const { rows } = await client.query<{ answer: unknown }>(sql, params);
              if (String(rows[0]?.answer) !== expected)
                failures.push(`${expected} ≠ ${String(rows[0]?.answer)}`);
            } catch (error) {
              failures.push(error instanceof Error ? error.message : String(error));
            }
          }
        }),
      );
      expect(failures).toEqual([]);
      // As the app reads: Prisma's driver adapter over a pool, many statements at once.
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: embedded.url, max: 10 }) });
      try {
        const answers = await Promise.all(
          Array.from({ length: 300 }, (_, n) =>
            n % 2 === 0
              ? prisma.$queryRaw<{ answer: string }[]>`SELECT (${n}::int + ${1}::int)::text AS answer`
              : prisma.$queryRaw<
                  { answer: string }[]
                >`SELECT ${String(n)}::text || ${"-"}::text || ${"x"}::text AS answer`,
          ),
        );
        expect(answers.map((rows) => rows[0]?.answer)).toEqual(
          answers.map((_, n) => (n % 2 === 0 ? String(n + 1) : `${n}-x`)),
        );
      } finally {
        await prisma.$disconnect();
      }
      // A transaction holds its turn: another connection's statement waits for the COMMIT, and the queue goes on
      // after that statement fails.
      await clients[0]!.query("BEGIN");
      const waiting = clients[1]!.query("SELECT 1/0");
      await clients[0]!.query("CREATE TEMP TABLE t (n int)");
      await clients[0]!.query("INSERT INTO t VALUES ($1)", [7]);
      await clients[0]!.query("COMMIT");
      await expect(waiting).rejects.toThrow(/division by zero/);
      expect((await clients[2]!.query("SELECT $1::int * 6 AS n", [7])).rows).toEqual([{ n: 42 }]);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  }, 60_000);
});
