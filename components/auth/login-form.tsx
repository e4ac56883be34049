"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { SIGN_IN_ERRORS } from "@/lib/auth/sign-in-errors";

export function LoginForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl: string;
  initialError: string | null;
}) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      loginName: String(form.get("loginName") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    const code = result?.error ?? "unknown";
    setError((SIGN_IN_ERRORS as readonly string[]).includes(code) ? code : "unknown");
  }

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4"
      noValidate
      aria-describedby={error ? "login-error" : undefined}
    >
      <div aria-live="assertive">
        {error && (
          <p
            id="login-error"
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {t(`errors.${error}`)}
          </p>
        )}
      </div>
      <TextField name="loginName" label={t("loginName")} autoComplete="username" required autoFocus />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "…" : t("submit")}
      </Button>
    </form>
  );
}
