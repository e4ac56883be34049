import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/imports/import-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { SCHOOL_IMPORT } from "@/lib/imports/specs/schools";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("importTitle") };
}

/** The school register's bulk import into the user's scope, with its template (decision 0022). */
export default async function SchoolImportPage() {
  await requirePagePermission("schools:manage");
  const [t, tImports] = await Promise.all([getTranslations("schools"), getTranslations("imports")]);
  return (
    <>
      <PageHeader
        title={t("importTitle")}
        description={tImports("description")}
        actions={
          <Link href="/schools" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <Card
        title={tImports("schools.title")}
        actions={
          <a
            href={`/imports/templates/${SCHOOL_IMPORT.kind}`}
            className="text-sm text-brand-700 hover:underline"
          >
            {tImports("template")}
          </a>
        }
      >
        <p className="mb-3 text-sm text-slate-600">{tImports("schools.help")}</p>
        <ImportForm kind="schools" />
      </Card>
    </>
  );
}
