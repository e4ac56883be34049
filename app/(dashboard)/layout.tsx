import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";
import { countUnreadNotifications } from "@/lib/data/notifications/list-notifications";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // The password page renders inside the shell while a temporary password is pending.
  const user = await requireUser({ allowPendingPasswordChange: true });
  const [scope, unread] = await Promise.all([getScopeNames(user), countUnreadNotifications(user)]);
  return (
    <AppShell user={user} scope={scope} unread={unread}>
      {children}
    </AppShell>
  );
}
