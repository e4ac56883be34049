import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApiTokenForm } from "@/components/api-tokens/api-token-form";
import { RevokeApiTokenButton } from "@/components/api-tokens/revoke-api-token-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens/list-api-tokens";
import { listCityPlaces } from "@/lib/data/geography/list-city-places";
import { API_TOKEN_ROLES } from "@/lib/schemas/api-tokens";
import { localized } from "@/lib/utils/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

const STATE_TONES = { active: "success", expired: "warning", revoked: "neutral" } as const;

export default async function ApiTokensPage() {
  const user = await requirePagePermission("api-tokens:manage");
  const [tokens, places, t, tRoles, format, locale] = await Promise.all([
    listApiTokens(user),
    listCityPlaces(user),
    getTranslations("apiTokens"),
    getTranslations("roles"),
    getFormatter(),
    getLocale(),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("never");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <a href="/api/v1/docs" className="text-sm text-brand-700 hover:underline">
            {t("docsLink")}
          </a>
        }
      />
      <Card>
        <h2 className="mb-3 text-base font-semibold">{t("create")}</h2>
        <ApiTokenForm places={places} roles={API_TOKEN_ROLES} />
      </Card>
      <div className="mt-6">
        {tokens.length === 0 ? (
          <EmptyState title={t("none")} />
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("prefix")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("scope")}</Th>
                <Th>{t("expiresAt")}</Th>
                <Th>{t("lastUsedAt")}</Th>
                <Th>{t("callsLastDay")}</Th>
                <Th>{t("state")}</Th>
                <Th>
                  <span className="sr-only">{t("revoke")}</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <tr key={token.id}>
                  <Td>{token.name}</Td>
                  <Td className="font-mono">{token.prefix}…</Td>
                  <Td>{tRoles(token.role)}</Td>
                  <Td>
                    {token.school?.name ??
                      (token.county ? localized(token.county, "name", locale) : t("cityWide"))}
                  </Td>
                  <Td>{when(token.expiresAt)}</Td>
                  <Td>{when(token.lastUsedAt)}</Td>
                  <Td>{token.callsLastDay}</Td>
                  <Td>
                    <Badge tone={STATE_TONES[token.state]}>{t(`states.${token.state}`)}</Badge>
                  </Td>
                  <Td>
                    {token.state !== "revoked" && (
                      <RevokeApiTokenButton tokenId={token.id} name={token.name} />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </>
  );
}
