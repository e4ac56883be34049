// RFC 9457 problem details, in Chinese or English by Accept-Language (Chinese unless English is preferred).
import type { Locale } from "@/lib/i18n/locales";
import zh from "@/lib/i18n/messages/zh/api.json";
import en from "@/lib/i18n/messages/en/api.json";

export type ProblemKind =
  | "unauthenticated"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "staleVersion"
  | "invalidState"
  | "validation"
  | "badRequest"
  | "notAcceptable"
  | "rateLimited"
  | "unavailable"
  | "unexpected";

export const PROBLEM_STATUS: Record<ProblemKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  staleVersion: 409,
  invalidState: 409,
  validation: 422,
  badRequest: 400,
  notAcceptable: 406,
  rateLimited: 429,
  unavailable: 503,
  unexpected: 500,
};

const TEXTS: Record<Locale, typeof zh.api.problems> = { zh: zh.api.problems, en: en.api.problems };

/** The reader's language from Accept-Language: the first of zh or en by the header's order and weights. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return "zh";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "zh";
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Field errors of a validation problem: where (a JSON pointer-like path) and what */
  errors?: { pointer: string; detail: string }[];
  [extension: string]: unknown;
}

export function problemDetails(
  kind: ProblemKind,
  locale: Locale,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  const text = TEXTS[locale][kind];
  return {
    type: `/api/v1/docs#problem-${kind}`,
    title: text.title,
    status: PROBLEM_STATUS[kind],
    detail: text.detail,
    ...extra,
  };
}

export function problemResponse(
  problem: ProblemDetails,
  locale: Locale,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      "content-language": locale === "zh" ? "zh-CN" : "en",
      vary: "Accept-Language",
      ...headers,
    },
  });
}
