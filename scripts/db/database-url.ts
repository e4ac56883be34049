import "dotenv/config";

/** DATABASE_URL from the environment (or .env), or a clear message and exit. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Set it to a PostgreSQL URL, e.g. postgresql://postgres@127.0.0.1:5432/rerm, " +
        "or run `npm run demo`, which starts an embedded database.",
    );
    process.exit(2);
  }
  return url;
}
