// npm run db:seed-checksum
// Generates the demo data in memory at three scales for one fixed day and prints a checksum of everything
// generated, table by table: a change to prisma/seed that must not change the data shows the same lines before
// and after. Nothing is written to a database.
import { createHash } from "node:crypto";
import { generateDemoData } from "@/prisma/seed/generate";

const SCALES = [0.5, 1, 2.5];
const AS_OF = new Date("2026-11-23T00:00:00Z");

const sha256 = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

for (const scale of SCALES) {
  const data = generateDemoData({ scale, asOf: AS_OF });
  console.log(`--scale ${scale}: ${sha256(data)}`);
  for (const [table, rows] of Object.entries(data)) {
    if (Array.isArray(rows))
      console.log(`  ${table.padEnd(20)} ${String(rows.length).padStart(8)}  ${sha256(rows)}`);
  }
}
