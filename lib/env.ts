import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Empty counts as unset: a systemd or compose file often writes VAR= for "not configured". */
const optionalString = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().min(1).optional(),
);

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (a PostgreSQL connection URL)"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections this server process may open; keep the sum over processes under the database's limit. */
  DB_POOL_MAX: positiveInt(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** The app's public URL: links in e-mails and robot messages are absolute with it. */
  NEXTAUTH_URL: optionalString,
  /** Minutes without a request after which a session ends. */
  SESSION_IDLE_MINUTES: positiveInt(30),
  /** Hours after sign-in after which a session ends, active or not. */
  SESSION_MAX_HOURS: positiveInt(8),
  /** Failed sign-ins in a row that lock an account. */
  LOGIN_MAX_FAILURES: positiveInt(5),
  LOGIN_LOCK_MINUTES: positiveInt(15),
  /** Failed sign-ins from one client address within LOGIN_LOCK_MINUTES after which that address is refused. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: positiveInt(100),
  /** Optional read replica for dashboard reads (lib/db.ts); writes and the reads that follow a write use the primary. */
  DATABASE_REPLICA_URL: optionalString,
  /** Shared state across instances (lib/engines/redis.ts); unset: everything is kept in this process. */
  REDIS_URL: optionalString,
  /** Prefix of every Redis key of this deployment, so that one Redis can serve several. */
  REDIS_KEY_PREFIX: z.string().min(1).default("rerm"),
  /**
   * The job engine (lib/jobs, decision 0042). "pg-boss": pg-boss in the schema `pgboss` of this database runs the
   * deadline reminders on one cron schedule across all instances and sends every e-mail and robot message as a job
   * with retries (works on the demo's embedded database too). "in-process": the reminders on a timer in each
   * process (decision 0037), nothing leaves the app. "off": this process runs no job (`npm run reminders:send`).
   */
  JOBS: z.enum(["pg-boss", "in-process", "off"]).default("pg-boss"),
  /** Connections pg-boss may open in this process (on top of DB_POOL_MAX). */
  JOBS_POOL_MAX: positiveInt(2),
  /** When the reminders run under pg-boss (cron, Beijing time). */
  REMINDER_CRON: z.string().min(1).default("0 * * * *"),
  /** JOBS=in-process: minutes between two runs of the reminders in each process. */
  REMINDER_INTERVAL_MINUTES: positiveInt(60),
  /**
   * Where evidence files (佐证材料) are kept (lib/files/store.ts): "local" in FILE_STORE_DIR, or "s3" in the bucket of
   * an S3-compatible object store (MinIO, Ceph, a cloud's object storage) given by the S3_ variables.
   */
  FILE_STORE: z.enum(["local", "s3"]).default("local"),
  /** The store's URL, e.g. http://minio:9000; unset: the AWS endpoint of S3_REGION */
  S3_ENDPOINT: optionalString.pipe(z.url().optional()),
  S3_BUCKET: optionalString,
  S3_REGION: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(1).default("us-east-1"),
  ),
  /** Unset: the SDK's own credential chain (instance role, shared config) */
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** Objects under this prefix of the bucket, so that one bucket can serve several deployments */
  S3_KEY_PREFIX: z.preprocess((value) => (value === "" ? undefined : value), z.string().default("evidence/")),
  /** Retries of a failed e-mail or robot message after its first attempt, and the first wait (doubling). */
  DELIVERY_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  DELIVERY_RETRY_DELAY_SECONDS: positiveInt(30),
  /** Days the send log keeps its sent and failed rows; a daily job deletes older ones (queued ones stay). */
  DELIVERY_RETENTION_DAYS: positiveInt(180),
  /** E-mail (smtp://user:pass@host:587 or smtps://…); unset: no e-mail is sent. */
  SMTP_URL: optionalString,
  SMTP_FROM: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(1).default("乡村教育振兴监测平台 <noreply@localhost>"),
  ),
  /**
   * Hosts a city's group-robot webhooks may name besides WeCom's and DingTalk's own (comma-separated, e.g. a relay
   * inside the bureau's network); http is accepted for these only.
   */
  ROBOT_WEBHOOK_HOSTS: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((host) => host.trim())
            .filter(Boolean)
        : [],
    z.array(z.string()),
  ),
  /**
   * Worker threads that render briefing PDFs in this process (lib/pdf/pdf-pool.ts, decision 0050): at most this many
   * renders at once, each off the request thread. 0 renders on the request thread (a render then holds up the
   * instance's other requests for its duration).
   */
  PDF_RENDER_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  /** The longest a briefing may wait for a worker and render; beyond it the request gets 503 and the worker is replaced. */
  PDF_RENDER_TIMEOUT_MS: positiveInt(30_000),
  /**
   * Megabytes of shared values (computed figures, briefings) one process keeps, by their serialized size
   * (lib/cache/shared-cache.ts, decision 0054); the least recently used go first. They take a few times this in the
   * heap.
   */
  SHARED_CACHE_MAX_MB: positiveInt(64),
  /** Calls one API token may make per minute (lib/api/rate-limit.ts). */
  API_RATE_LIMIT_PER_MINUTE: positiveInt(600),
  /**
   * Single sign-on through an OpenID Connect provider (统一身份认证, lib/auth/oidc.ts): its issuer URL and this
   * product's client registration there. Unset: passwords only.
   */
  OIDC_ISSUER: optionalString.pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  /** The sign-in button's label, e.g. 政务服务统一身份认证 */
  OIDC_DISPLAY_NAME: optionalString,
  /** The claim that names the person, matched against the identities admins linked to accounts */
  OIDC_LINK_CLAIM: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(1).default("sub"),
  ),
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
  const oidc = [parsed.data.OIDC_ISSUER, parsed.data.OIDC_CLIENT_ID, parsed.data.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new Error(
      "Invalid environment:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three for single sign-on, or none",
    );
  }
  if (parsed.data.FILE_STORE === "s3" && !parsed.data.S3_BUCKET) {
    throw new Error("Invalid environment:\n  S3_BUCKET: required when FILE_STORE=s3");
  }
  if (Boolean(parsed.data.S3_ACCESS_KEY_ID) !== Boolean(parsed.data.S3_SECRET_ACCESS_KEY)) {
    throw new Error(
      "Invalid environment:\n  S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both, or neither for the SDK's own credentials",
    );
  }
  cached = parsed.data;
  return cached;
}
