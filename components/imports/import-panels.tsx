import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ImportForm } from "./import-form";

/** The import page of a school or a county: the roster and the facility upload side by side, with templates. */
export async function ImportPanels({
  placeName,
  target,
  backHref,
}: {
  placeName: string;
  target: { kind: "school" | "county"; id: number };
  backHref: string;
}) {
  const t = await getTranslations("imports");
  return (
    <>
      <PageHeader
        title={`${placeName} · ${t("title")}`}
        description={t("description")}
        actions={
          <Link href={backHref} className="text-sm text-brand-700 hover:underline">
            {t("backToRoster")}
          </Link>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        {(["roster", "facilities"] as const).map((kind) => (
          <Card
            key={kind}
            title={t(`${kind}.title`)}
            actions={
              <a href={`/imports/templates/${kind}`} className="text-sm text-brand-700 hover:underline">
                {t("template")}
              </a>
            }
          >
            <p className="mb-3 text-sm text-slate-600">{t(`${kind}.help`)}</p>
            <ImportForm kind={kind} target={target} />
          </Card>
        ))}
      </div>
    </>
  );
}
