import { getTranslations } from "next-intl/server";
import { AgePyramidChart } from "@/components/charts/age-pyramid-chart";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import { getTeacherStructure } from "@/lib/data/dashboard/get-teacher-structure";

function CountList({ title, items }: { title: string; items: { label: string; count: number }[] }) {
  return (
    <div>
      <dt className="mb-1 font-medium text-slate-700">{title}</dt>
      {items.map((item) => (
        <dd key={item.label} className="flex justify-between border-b border-slate-100 py-0.5">
          <span>{item.label}</span>
          <span className="tabular-nums">{item.count.toLocaleString()}</span>
        </dd>
      ))}
    </div>
  );
}

/**
 * Age pyramid and degree mix (urban vs rural schools), titles and backbone teachers of a county or a school: the
 * same for every user of one role and scope, so a shared cached section (docs/decisions/0017).
 */
export async function TeacherStructureCard({
  view,
}: {
  view: SharedSectionKey & { place: { countyId: number } | { schoolId: number }; asOf: Date };
}) {
  "use cache: shared";
  beginSharedSection(view);
  const [structure, t, tEnums] = await Promise.all([
    getTeacherStructure(view.viewer, view.place, view.asOf),
    getTranslations("dashboard"),
    getTranslations("enums"),
  ]);
  if (!structure || structure.total === 0)
    return (
      <Card title={t("teachers")}>
        <EmptyState title={t("empty")} />
      </Card>
    );
  return (
    <Card
      title={t("teachers")}
      actions={
        <span className="text-sm text-slate-600">{t("teachersTotal", { count: structure.total })}</span>
      }
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="mb-2 text-sm font-medium text-slate-700">{t("agePyramid")}</h3>
          <AgePyramidChart
            bands={structure.ageBands.map((band) => ({
              label: t(`ageBand.${band.band}`),
              urban: band.urban,
              rural: band.rural,
            }))}
            urbanLabel={t("urban")}
            ruralLabel={t("rural")}
            ariaLabel={t("agePyramidLabel")}
          />
        </div>
        <div>
          <h3 className="mb-2 text-sm font-medium text-slate-700">{t("degreeMix")}</h3>
          <GroupedBarChart
            data={structure.degrees.map((row) => ({
              degree: tEnums(`degree.${row.degree}`),
              urban: row.urban,
              rural: row.rural,
            }))}
            categoryKey="degree"
            series={[
              { key: "urban", label: t("urban"), color: "#1d4ed8" },
              { key: "rural", label: t("rural"), color: "#15803d" },
            ]}
            ariaLabel={t("degreeMixLabel")}
          />
        </div>
        <dl className="grid grid-cols-2 gap-4 text-sm lg:col-span-2">
          <CountList
            title={t("titles")}
            items={structure.titles.map((row) => ({
              label: tEnums(`professionalTitle.${row.title}`),
              count: row.count,
            }))}
          />
          <CountList
            title={t("backbone")}
            items={structure.backbone.map((row) => ({
              label: tEnums(`backboneLevel.${row.level}`),
              count: row.count,
            }))}
          />
        </dl>
      </div>
    </Card>
  );
}
