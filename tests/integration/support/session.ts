// The signed-in user for action tests. The real lib/auth/session reads the next-auth cookie, which only exists
// inside a request; everything below it (loadSessionUser, the data layer) is the real code.
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { nextNavigationStub } from "../../setup/next-navigation-stub";

let current: SessionUser | null = null;

export function signInAs(user: SessionUser | null): void {
  current = user;
}

/** Who signInAs signed in (for a matrix form that needs the actor's own record, such as an inbox message). */
export function signedInUser(): SessionUser {
  if (!current) throw new Error("no one is signed in");
  return current;
}

export const sessionModuleStub = {
  getSessionUser: async () => current,
  async requireUser(options: { allowPendingPasswordChange?: boolean } = {}) {
    if (!current) return nextNavigationStub.redirect("/login?reason=expired");
    if (current.mustChangePassword && !options.allowPendingPasswordChange)
      return nextNavigationStub.redirect("/account/password");
    return current;
  },
  async requirePagePermission(permission: Permission) {
    const user = await sessionModuleStub.requireUser();
    if (!can(user.role, permission)) nextNavigationStub.notFound();
    return user;
  },
};
