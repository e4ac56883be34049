import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CitySettingsForm } from "@/components/indicators/city-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getCitySettings } from "@/lib/data/settings/get-city-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requirePagePermission("settings:edit");
  const [settings, t] = await Promise.all([getCitySettings(user), getTranslations("settings")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CitySettingsForm settings={settings} />
      </Card>
    </>
  );
}
