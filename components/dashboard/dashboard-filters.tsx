import { getTranslations } from "next-intl/server";
import { INPUT_CLASSES } from "@/components/forms/field";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { PEER_GROUPS, type PeerGroup } from "@/lib/indicators/dashboard";
import {
  NORMALISATIONS,
  PEER_SCHEMES,
  type Normalisation,
  type PeerScheme,
} from "@/lib/indicators/fair-rankings";
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
  fair?: { normalisation: Normalisation; scheme: PeerScheme };
  /** Other parameters of the view to keep (sort order, chosen trend, the school table's filters) */
  hidden?: Record<string, string | undefined>;
}) {
  const [t, tIndicators, tFair] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("indicators"),
    getTranslations("dashboard.fair"),
  ]);
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
      {fair && (
        <>
          <FilterField id="per" label={tFair("measure")}>
            <select id="per" name="per" defaultValue={fair.normalisation} className={INPUT_CLASSES}>
              {NORMALISATIONS.map((normalisation) => (
                <option key={normalisation} value={normalisation}>
                  {tFair(`per.${normalisation}`)}
                </option>
              ))}
            </select>
          </FilterField>
          <FilterField id="peers" label={tFair("scheme")}>
            <select id="peers" name="peers" defaultValue={fair.scheme} className={INPUT_CLASSES}>
              {PEER_SCHEMES.map((scheme) => (
                <option key={scheme} value={scheme}>
                  {tFair(`schemes.${scheme}`)}
                </option>
              ))}
            </select>
          </FilterField>
        </>
      )}
    </FilterBar>
  );
}
