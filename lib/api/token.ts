import { createHash, randomBytes } from "node:crypto";

// Tokens look like `rerm_` + 43 base64url characters (256 random bits): the prefix lets secret scanners and people
// recognise them; only the SHA-256 is stored (a random token of this length needs no slow hash).
export const API_TOKEN_PREFIX = "rerm_";
const TOKEN_SHAPE = /^rerm_[A-Za-z0-9_-]{43}$/;

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
