"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateNotificationChannelsAction } from "@/lib/actions/notifications";

export function RobotSettingsForm({
  channels,
}: {
  channels: { wecomWebhook: string; dingtalkWebhook: string; hasDingtalkSecret: boolean };
}) {
  const t = useTranslations("deliveries");
  const tCommon = useTranslations("common");
  return (
    <ActionForm action={updateNotificationChannelsAction} message="bottom" className="grid max-w-2xl gap-4">
      <TextField
        name="wecomWebhook"
        label={t("wecomWebhook")}
        type="url"
        inputMode="url"
        placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
        defaultValue={channels.wecomWebhook}
      />
      <TextField
        name="dingtalkWebhook"
        label={t("dingtalkWebhook")}
        type="url"
        inputMode="url"
        placeholder="https://oapi.dingtalk.com/robot/send?access_token=…"
        defaultValue={channels.dingtalkWebhook}
      />
      <TextField
        name="dingtalkSecret"
        label={t("dingtalkSecret")}
        hint={channels.hasDingtalkSecret ? t("dingtalkSecretSet") : t("dingtalkSecretHint")}
        type="password"
        autoComplete="off"
      />
      {channels.hasDingtalkSecret && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="clearDingtalkSecret" />
          {t("clearDingtalkSecret")}
        </label>
      )}
      <div>
        <SubmitButton>{tCommon("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
