"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";

/** Marks one message read; the button names the message for screen readers, as a row of buttons all say the same. */
export function MarkReadForm({ notificationId, title }: { notificationId: number; title: string }) {
  const t = useTranslations("inbox");
  return (
    <ActionForm action={markNotificationReadAction} hiddenFields={{ notificationId }} message="bottom">
      <SubmitButton variant="secondary">
        {t("markRead")}
        <span className="sr-only">: {title}</span>
      </SubmitButton>
    </ActionForm>
  );
}

export function MarkAllReadForm() {
  const t = useTranslations("inbox");
  return (
    <ActionForm action={markAllNotificationsReadAction} message="bottom">
      <SubmitButton variant="secondary">{t("markAllRead")}</SubmitButton>
    </ActionForm>
  );
}
