/**
 * The key that signs session tokens. Production refuses to start without NEXTAUTH_SECRET (lib/env.ts); the fallback
 * only serves development and tests.
 */
export function authSecret(): string {
  return process.env.NEXTAUTH_SECRET ?? "development-only-secret-do-not-use";
}
