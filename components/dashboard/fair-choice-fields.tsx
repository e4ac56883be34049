import { getTranslations } from "next-intl/server";
import { INPUT_CLASSES } from "@/components/forms/field";
import { FilterField } from "@/components/ui/filter-bar";
import { NORMALISATIONS, PEER_SCHEMES } from "@/lib/indicators/fair-rankings";
import type { FairChoice } from "@/lib/schemas/reports";

/** The two choices of fair rankings (decision 0039), as fields of a GET filter form: `per` and `peers`. */
export async function FairChoiceFields({ fair }: { fair: FairChoice }) {
  const t = await getTranslations("dashboard.fair");
  return (
    <>
      <FilterField id="per" label={t("measure")}>
        <select id="per" name="per" defaultValue={fair.normalisation} className={INPUT_CLASSES}>
          {NORMALISATIONS.map((normalisation) => (
            <option key={normalisation} value={normalisation}>
              {t(`per.${normalisation}`)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="peers" label={t("scheme")}>
        <select id="peers" name="peers" defaultValue={fair.scheme} className={INPUT_CLASSES}>
          {PEER_SCHEMES.map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(`schemes.${scheme}`)}
            </option>
          ))}
        </select>
      </FilterField>
    </>
  );
}
