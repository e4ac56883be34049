/** Error codes the sign-in form turns into messages; neither says whether the login name exists. */
export const SIGN_IN_ERRORS = ["invalid", "locked", "expired", "unknown"] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];
