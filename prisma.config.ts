import "dotenv/config";
import { defineConfig } from "prisma/config";

// The datasource URL is only needed by CLI commands that talk to a database; `prisma generate` runs without it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
