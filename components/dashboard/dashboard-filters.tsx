import { getTranslations } from "next-intl/server";
import { INPUT_CLASSES } from "@/components/forms/field";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { PEER_GROUPS, type PeerGroup } from "@/lib/indicators/dashboard";
import type { FairChoice } from "@/lib/schemas/reports";
import { FairChoiceFields } from "./fair-choice-fields";
import { quarterKey, type Quarter } from "@/lib/utils/periods";

/** Period, and the peer group filter (city), carried in the query string. */
export async function DashboardFilters({
  path,
  quarters,
  quarter,
  peerGroup,
  fair,
  hidden = {},
}: {
  path: string;
  quarters: Quarter[];
  quarter: Quarter;
  peerGroup?: PeerGroup | null;
  /** The heat table's figures (raw or per base) and peer-group scheme (decision 0039) */
  fair?: FairChoice;
  /** Other parameters of the view to keep (sort order, chosen trend, the school table's filters) */
  hidden?: Record<string, string | undefined>;
}) {
  const [t, tIndicators] = await Promise.all([getTranslations("dashboard"), getTranslations("indicators")]);
  const peerLabels: Record<PeerGroup, string> = {
    districts: t("peerDistricts"),
    counties: t("peerCounties"),
    zones: t("peerZones"),
  };
  return (
    <FilterBar resetHref={path}>
      {Object.entries(hidden).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <FilterField id="period" label={t("period")}>
        <select id="period" name="period" defaultValue={quarterKey(quarter)} className={INPUT_CLASSES}>
          {quarters.map((q, index) => (
            <option key={quarterKey(q)} value={quarterKey(q)}>
              {index === 0
                ? t("periodCurrent", { label: tIndicators("quarter", { ...q }) })
                : tIndicators("quarter", { ...q })}
            </option>
          ))}
        </select>
      </FilterField>
      {peerGroup !== undefined && (
        <FilterField id="group" label={t("peerGroup")}>
          <select id="group" name="group" defaultValue={peerGroup ?? ""} className={INPUT_CLASSES}>
            <option value="">{t("allPeers")}</option>
            {(Object.keys(PEER_GROUPS) as PeerGroup[]).map((group) => (
              <option key={group} value={group}>
                {peerLabels[group]}
              </option>
            ))}
          </select>
        </FilterField>
      )}
      {fair && <FairChoiceFields fair={fair} />}
    </FilterBar>
  );
}
