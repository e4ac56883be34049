import { inject } from "vitest";

// lib/env reads the environment lazily, so setting it here (before any query) points lib/db at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DB_POOL_MAX = "4";
