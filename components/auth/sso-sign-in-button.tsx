"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Sign-in through the configured OpenID Connect provider (统一身份认证): the browser goes to the provider. */
export function SsoSignInButton({
  providerId,
  providerName,
  callbackUrl,
}: {
  providerId: string;
  providerName: string;
  callbackUrl: string;
}) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl });
      }}
    >
      {t("ssoButton", { provider: providerName })}
    </Button>
  );
}
