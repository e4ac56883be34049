// Expected domain failures. Anything else is a bug: it propagates to error.tsx and is logged on the server.

export const APP_ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  INVALID_STATE: 409,
  VALIDATION: 422,
  /** Busy or slower than allowed (a briefing render past its timeout): try again later. */
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** i18n key under `errors.` for the user-facing message, with its parameters */
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  /** Extra data the caller may show (e.g. the current values after a stale save) */
  readonly details?: unknown;

  constructor(
    code: AppErrorCode,
    options: {
      messageKey?: string;
      params?: Record<string, string | number>;
      details?: unknown;
      log?: string;
    } = {},
  ) {
    super(options.log ?? options.messageKey ?? code);
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.messageKey ?? `codes.${code}`;
    this.params = options.params ?? {};
    this.details = options.details;
  }

  get httpStatus(): number {
    return APP_ERROR_CODES[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Out-of-scope and missing records look the same to the caller, so ids of other scopes cannot be probed. */
export function notFoundError(): AppError {
  return new AppError("NOT_FOUND");
}

/**
 * A unique index refused a write (PostgreSQL 23505, Prisma P2002): another request took the value between the
 * write's own check and its insert. The write reports it as the same conflict its check gives.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export function forbiddenError(): AppError {
  return new AppError("FORBIDDEN");
}
