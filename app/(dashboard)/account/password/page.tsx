import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { OwnEmailForm } from "@/components/account/own-email-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getOwnEmail } from "@/lib/data/users/update-own-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("passwordTitle") };
}

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const [t, email] = await Promise.all([getTranslations("account"), getOwnEmail(user)]);
  return (
    <>
      <PageHeader title={t("passwordTitle")} />
      {user.mustChangePassword && (
        <p
          role="status"
          className="mb-4 max-w-md rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("mustChange")}
        </p>
      )}
      <ChangePasswordForm />
      {!user.mustChangePassword && (
        <section className="mt-10" aria-labelledby="own-email">
          <h2 id="own-email" className="mb-3 text-lg font-semibold">
            {t("emailTitle")}
          </h2>
          <OwnEmailForm email={email} />
        </section>
      )}
    </>
  );
}
