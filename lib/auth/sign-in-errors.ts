/** Error codes the sign-in form turns into messages; neither says whether the login name exists. */
export const SIGN_IN_ERRORS = [
  "invalid",
  "locked",
  "expired",
  "unknown",
  // Single sign-on refusals (lib/auth/options.ts): the provider has already vouched for the person, so the reason
  // may be told.
  "sso_unlinked",
  "sso_inactive",
  "sso_failed",
] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

/** next-auth's own codes for a provider sign-in that broke off (bad state, provider error, …). */
const PROVIDER_FAILURES = [
  "OAuthSignin",
  "OAuthCallback",
  "OAuthAccountNotLinked",
  "Callback",
  "AccessDenied",
];

/** The message for the sign-in page's `?error=` (any other value is "unknown"). */
export function signInErrorFrom(code: string | undefined): SignInError | null {
  if (!code) return null;
  if ((SIGN_IN_ERRORS as readonly string[]).includes(code)) return code as SignInError;
  return PROVIDER_FAILURES.includes(code) ? "sso_failed" : "unknown";
}
