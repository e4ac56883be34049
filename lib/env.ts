import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (a PostgreSQL connection URL)"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections this server process may open; keep the sum over processes under the database's limit. */
  DB_POOL_MAX: positiveInt(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** Minutes without a request after which a session ends. */
  SESSION_IDLE_MINUTES: positiveInt(30),
  /** Hours after sign-in after which a session ends, active or not. */
  SESSION_MAX_HOURS: positiveInt(8),
  /** Failed sign-ins in a row that lock an account. */
  LOGIN_MAX_FAILURES: positiveInt(5),
  LOGIN_LOCK_MINUTES: positiveInt(15),
  /** Memory for rendered dashboards kept per server process (lib/page-cache); 0 renders every request. */
  RENDERED_PAGE_CACHE_MB: z.coerce.number().int().min(0).default(64),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; read lazily so that `next build` needs no database settings. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.NEXTAUTH_SECRET) {
    throw new Error(
      "Invalid environment:\n  NEXTAUTH_SECRET: required in production (at least 16 characters)",
    );
  }
  cached = parsed.data;
  return cached;
}
