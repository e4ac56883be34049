import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // The password page renders inside the shell while a temporary password is pending.
  const user = await requireUser({ allowPendingPasswordChange: true });
  return (
    <AppShell user={user} scope={await getScopeNames(user)}>
      {children}
    </AppShell>
  );
}
