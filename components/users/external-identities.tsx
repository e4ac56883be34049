"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { linkExternalIdentityAction, unlinkExternalIdentityAction } from "@/lib/actions/users";

export interface LinkedIdentity {
  id: number;
  subject: string;
  createdAt: Date;
  lastLoginAt: Date | null;
}

/**
 * The account's single sign-on identities (docs/decisions/0029): the person named by the provider's link claim
 * signs in as this account. Without a configured provider only the existing links are listed, to be removed.
 */
export function ExternalIdentities({
  userId,
  identities,
  provider,
}: {
  userId: number;
  identities: LinkedIdentity[];
  provider: { name: string; linkClaim: string } | null;
}) {
  const t = useTranslations("users");
  const format = useFormatter();
  const linkForm = useActionForm(linkExternalIdentityAction);
  const unlinkForm = useActionForm(unlinkExternalIdentityAction);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("never");

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {provider ? t("identitiesBody", { provider: provider.name }) : t("ssoNotConfigured")}
      </p>
      {identities.length === 0 ? (
        <p className="text-sm text-slate-500">{t("identitiesNone")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-md border border-slate-200"
          aria-label={t("identitiesTitle")}
        >
          {identities.map((identity) => (
            <li
              key={identity.id}
              className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
            >
              <span>
                <span className="font-mono">{identity.subject}</span>
                <span className="ml-2 text-xs text-slate-500">
                  {t("identityLinkedAt")} {when(identity.createdAt)} · {t("identityLastLogin")}{" "}
                  {when(identity.lastLoginAt)}
                </span>
              </span>
              <ActionForm
                form={unlinkForm}
                hiddenFields={{ id: userId, identityId: identity.id }}
                message="none"
              >
                <ConfirmButton question={t("unlinkConfirm")} variant="danger">
                  {t("unlinkIdentity")}
                </ConfirmButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={unlinkForm.state} />
      {provider && (
        <ActionForm form={linkForm} hiddenFields={{ id: userId }} className="space-y-3">
          <TextField
            name="subject"
            label={t("identitySubject", { claim: provider.linkClaim })}
            hint={t("identitySubjectHint", { claim: provider.linkClaim })}
            required
            maxLength={255}
          />
          <Button type="submit" variant="secondary" disabled={linkForm.isPending}>
            {t("linkIdentity")}
          </Button>
        </ActionForm>
      )}
    </div>
  );
}
