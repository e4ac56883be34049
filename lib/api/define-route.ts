// The one way to write a route of the REST API (/api/v1, docs/decisions/0028). A route is declared: its method and
// path, its zod schemas (query, body, answer) and its data function, which checks permission and scope itself —
// the same lib/data functions the pages and forms call, so there is no second path to the data. The builder does
// the rest once, in this order: authenticate the bearer token to its account (exactly as a session resolves a
// user), count the call against the token's rate limit, parse, run, answer JSON or CSV with an ETag, map errors to
// RFC 9457 problem details in the reader's language, and log the call (token, route, status, time).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { clientIpFrom } from "@/lib/auth/request";
import { authenticateApiToken } from "@/lib/data/api-tokens/authenticate-api-token";
import { recordApiCall } from "@/lib/data/api-tokens/record-api-call";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "next-intl";
import { toCsv, type CsvTable } from "./csv";
import { localeFromAcceptLanguage, problemDetails, problemResponse, type ProblemKind } from "./problem";
import { hitApiRateLimit } from "./rate-limit";

export type RouteMethod = "GET" | "POST" | "PUT";

export interface RouteInput<Query, Body> {
  query: Query;
  body: Body;
  params: Record<string, string>;
}

export interface RouteDeclaration<Query extends z.ZodType, Body extends z.ZodType, Answer extends z.ZodType> {
  /** The OpenAPI operationId; the permission matrix finds the route by it */
  name: string;
  method: RouteMethod;
  /** Below /api/v1, in OpenAPI form: /schools, /submissions/{id} */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Query;
  body?: Body;
  /** The answer's JSON; documents it and is the contract the OpenAPI check tests the live answers against */
  answer: Answer;
  /** For list routes: the rows as a CSV table (Accept: text/csv or ?format=csv) */
  csv?: (answer: z.output<Answer>) => CsvTable;
  /** HTTP status of a successful write (default 200) */
  successStatus?: number;
  /** The data function: checks role and scope itself and throws AppError for expected failures */
  run: (user: SessionUser, input: RouteInput<z.output<Query>, z.output<Body>>) => Promise<z.input<Answer>>;
}

export interface RegisteredRoute {
  name: string;
  method: RouteMethod;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodType;
  body?: z.ZodType;
  answer: z.ZodType;
  hasCsv: boolean;
  successStatus: number;
  /** Everything after authentication and the rate limit: what the permission matrix calls for each role */
  invoke: (
    user: SessionUser,
    raw: { query?: unknown; body?: unknown; params?: Record<string, string> },
  ) => Promise<unknown>;
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
}

const REGISTRY = new Map<string, RegisteredRoute>();

/** Every route declared so far (the caller loads lib/api/routes first). */
export function registeredRoutes(): RegisteredRoute[] {
  return [...REGISTRY.values()];
}

const EMPTY = z.object({});
const PROBLEM_OF_CODE: Record<AppErrorCode, ProblemKind> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  CONFLICT: "conflict",
  STALE_VERSION: "staleVersion",
  INVALID_STATE: "invalidState",
  VALIDATION: "validation",
  UNAVAILABLE: "unavailable",
};

/** A request the route refuses before or instead of running: answered as a problem. */
class RouteProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(kind);
  }
}

function pointerErrors(error: z.ZodError, root: string) {
  return error.issues.map((issue) => ({
    pointer: `${root}/${issue.path.map(String).join("/")}`.replace(/\/$/, ""),
    detail: issue.message,
  }));
}

/** Query parameters as an object; a parameter given twice is a list. `format` chooses the answer's form only. */
function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === "format") continue;
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function wantsCsv(request: Request, url: URL): boolean {
  const format = url.searchParams.get("format");
  if (format) return format === "csv";
  const accept = request.headers.get("accept") ?? "";
  return /\btext\/csv\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept);
}

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

/** A weak validator of the exact bytes answered: equal bytes, equal tag, on every instance. */
function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

export function defineRoute<
  Query extends z.ZodType = typeof EMPTY,
  Body extends z.ZodType = typeof EMPTY,
  Answer extends z.ZodType = z.ZodType,
>(declaration: RouteDeclaration<Query, Body, Answer>): RegisteredRoute {
  const querySchema: z.ZodType = declaration.query ?? EMPTY;
  const bodySchema: z.ZodType | null = declaration.body ?? null;
  const routePattern = `/api/v1${declaration.path}`;

  async function invoke(
    user: SessionUser,
    raw: { query?: unknown; body?: unknown; params?: Record<string, string> },
  ): Promise<unknown> {
    const query = querySchema.safeParse(raw.query ?? {});
    if (!query.success)
      throw new RouteProblem("validation", { errors: pointerErrors(query.error, "#/query") });
    let body: unknown = {};
    if (bodySchema) {
      const parsed = bodySchema.safeParse(raw.body);
      if (!parsed.success)
        throw new RouteProblem("validation", { errors: pointerErrors(parsed.error, "#/body") });
      body = parsed.data;
    }
    const answer = await declaration.run(user, {
      query: query.data as z.output<Query>,
      body: body as z.output<Body>,
      params: raw.params ?? {},
    });
    return declaration.answer.parse(answer);
  }

  async function handler(
    request: Request,
    context: { params: Promise<Record<string, string>> },
  ): Promise<Response> {
    const started = performance.now();
    const locale: Locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const url = new URL(request.url);
    let tokenId: number | null = null;
    let rateHeaders: Record<string, string> = {};
    let response: Response;
    try {
      const bearer = bearerOf(request);
      const caller = bearer ? await authenticateApiToken(bearer, clientIpFrom(request.headers)) : null;
      if (!caller) {
        throw new RouteProblem("unauthenticated", {}, { "www-authenticate": 'Bearer realm="api"' });
      }
      tokenId = caller.tokenId;
      const rate = await hitApiRateLimit(caller.tokenId);
      rateHeaders = {
        "ratelimit-limit": String(rate.limit),
        "ratelimit-remaining": String(rate.remaining),
        "ratelimit-reset": String(rate.resetSeconds),
      };
      if (!rate.isAllowed) {
        throw new RouteProblem("rateLimited", {}, { "retry-after": String(rate.resetSeconds) });
      }
      const csv = wantsCsv(request, url);
      if (csv && !declaration.csv) throw new RouteProblem("notAcceptable");
      let rawBody: unknown;
      if (bodySchema) {
        try {
          rawBody = await request.json();
        } catch {
          throw new RouteProblem("badRequest");
        }
      }
      const answer = await invoke(caller.user, {
        query: queryObject(url),
        body: rawBody,
        params: await context.params,
      });
      response = answerResponse(request, declaration, answer, csv, rateHeaders);
    } catch (error) {
      response = await failureResponse(error, locale, {
        name: declaration.name,
        tokenId,
        instance: url.pathname,
        rateHeaders,
      });
    }
    if (tokenId !== null) {
      await recordApiCall({
        tokenId,
        method: request.method,
        route: routePattern,
        status: response.status,
        durationMs: performance.now() - started,
      }).catch((error: unknown) => console.error(`[api] could not log a call of ${routePattern}`, error));
    }
    return response;
  }

  const registered: RegisteredRoute = {
    name: declaration.name,
    method: declaration.method,
    path: declaration.path,
    tag: declaration.tag,
    summary: declaration.summary,
    description: declaration.description,
    query: declaration.query,
    body: declaration.body,
    answer: declaration.answer,
    hasCsv: Boolean(declaration.csv),
    successStatus: declaration.successStatus ?? 200,
    invoke,
    handler,
  };
  REGISTRY.set(declaration.name, registered);
  return registered;
}

function answerResponse(
  request: Request,
  declaration: { method: RouteMethod; csv?: (answer: never) => CsvTable; successStatus?: number },
  answer: unknown,
  csv: boolean,
  rateHeaders: Record<string, string>,
): Response {
  const body = csv ? toCsv(declaration.csv!(answer as never)) : JSON.stringify(answer);
  const headers: Record<string, string> = {
    ...rateHeaders,
    "content-type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    "cache-control": "private, no-cache",
    vary: "Authorization, Accept, Accept-Language",
  };
  if (declaration.method === "GET") {
    const etag = etagOf(body);
    headers.etag = etag;
    if (matchesEtag(request.headers.get("if-none-match"), etag)) {
      const { "content-type": _type, ...rest } = headers;
      return new Response(null, { status: 304, headers: rest });
    }
  }
  return new Response(body, { status: declaration.successStatus ?? 200, headers });
}

async function failureResponse(
  error: unknown,
  locale: Locale,
  {
    name,
    tokenId,
    instance,
    rateHeaders,
  }: { name: string; tokenId: number | null; instance: string; rateHeaders: Record<string, string> },
): Promise<Response> {
  if (error instanceof RouteProblem) {
    return problemResponse(problemDetails(error.kind, locale, { instance, ...error.extra }), locale, {
      ...rateHeaders,
      ...error.headers,
    });
  }
  if (isAppError(error)) {
    const details = error.details as
      | { fieldErrors?: Record<string, { key: string; params?: Record<string, string | number> }[]> }
      | undefined;
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "validation" });
    // The form's own messages, in the reader's language; the key stays as `code` for programs.
    const errors = details?.fieldErrors
      ? Object.entries(details.fieldErrors).flatMap(([field, list]) =>
          list.map((entry) => ({
            pointer: `#/body/${field.replaceAll(".", "/")}`,
            code: entry.key,
            detail: t.has(entry.key as never) ? t(entry.key as never, entry.params as never) : entry.key,
          })),
        )
      : undefined;
    return problemResponse(
      problemDetails(PROBLEM_OF_CODE[error.code], locale, {
        instance,
        code: error.messageKey,
        ...(errors ? { errors } : {}),
      }),
      locale,
      rateHeaders,
    );
  }
  const reference = randomBytes(4).toString("hex");
  console.error(`[api] ${name} failed (reference ${reference}, token ${tokenId ?? "none"})`, error);
  return problemResponse(problemDetails("unexpected", locale, { instance, reference }), locale, rateHeaders);
}
