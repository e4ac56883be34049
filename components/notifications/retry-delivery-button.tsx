"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { retryDeliveryAction } from "@/lib/actions/notifications";

/** A failed message of the send log sent again (queued for the job engine; the page does not wait for it). */
export function RetryDeliveryButton({ deliveryId, label }: { deliveryId: number; label: string }) {
  const t = useTranslations("deliveries");
  return (
    <ActionForm action={retryDeliveryAction} hiddenFields={{ deliveryId }}>
      <SubmitButton variant="secondary">
        {t("retry")}
        <span className="sr-only">: {label}</span>
      </SubmitButton>
    </ActionForm>
  );
}
