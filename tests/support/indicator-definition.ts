import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";

/** A computed county- and city-level percentage indicator named by its key; tests set what they vary. */
export function indicatorDefinition(
  fields: Partial<IndicatorDefinitionView> & Pick<IndicatorDefinitionView, "key">,
): IndicatorDefinitionView {
  return {
    theme: "teachers",
    nameZh: fields.key,
    nameEn: fields.key,
    unit: "%",
    unitEn: "%",
    valueType: "PERCENT",
    direction: "AT_LEAST",
    kind: "COMPUTED",
    levels: ["COUNTY", "CITY"],
    definitionZh: "",
    definitionEn: "",
    formulaZh: null,
    formulaEn: null,
    policySource: "",
    responsibleOffice: null,
    isCumulative: false,
    cityRollUp: "MEAN",
    defaultTarget: 100,
    defaultDeadlineYear: 2027,
    sortOrder: 0,
    ...fields,
  };
}
