import { createHash, randomBytes } from "node:crypto";

// Tokens look like `rerm_` + 43 base64url characters (256 random bits): the prefix lets secret scanners and people
// recognise them; only the SHA-256 is stored (a random token of this length needs no slow hash).
export const API_TOKEN_PREFIX = "rerm_";
const TOKEN_SHAPE = /^rerm_[A-Za-z0-9_-]{43}$/;

/** lastUsedAt is written at most once a minute per token, not on every call. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;
/** The token list shows each token's calls of this many days. */
export const CALLS_SHOWN_DAYS = 1;

/** The login name of a token's account: from its hash, unique, and never a person's (no dot-free pinyin). */
export function apiTokenLoginName(hash: string): string {
  return `api-token.${hash.slice(0, 16)}`;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateApiToken(): { token: string; prefix: string; hash: string } {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), hash: hashApiToken(token) };
}

/** Whether a bearer credential can be a token at all (anything else is refused without a query). */
export function isApiTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
