"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { controlWiring, FieldErrorList, SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Table, Td, Th } from "@/components/ui/table";
import { splitTargetAction } from "@/lib/actions/indicators";
import { splitProvinceTargetAction } from "@/lib/actions/province-targets";
import {
  checkManualSplit,
  SPLIT_METHODS,
  splitByBase,
  type SplitBase,
  type SplitMethod,
} from "@/lib/indicators/target-cascade";
import { readNumberText } from "@/lib/utils/number-text";

export interface SplitCounty {
  id: number;
  code: string | null;
  label: string;
  bases: Record<SplitBase, number>;
}

/** Whose target is split: a city's among its counties, or the province's among its cities (decision 0041). */
export type SplitLevel = "city" | "province";

const SPLIT_NAMESPACES = { city: "targetCascade", province: "provinceTargets" } as const;

/**
 * Splits a city target among the counties (or, with level "province", the province's among its cities; the units
 * are then cities): choose the target and a base (or type the parts), read the preview, and confirm. The preview is the same pure split the server makes again on confirming (lib/indicators/target-cascade);
 * the parts previewed are sent, so a split of bases that moved in between is refused rather than written unseen.
 */
export function SplitTargetForm({
  indicatorKey,
  decimals,
  cityTargets,
  counties,
  unit,
  level = "city",
}: {
  level?: SplitLevel;
  indicatorKey: string;
  decimals: number;
  cityTargets: { deadlineYear: number; value: number; label: string }[];
  counties: SplitCounty[];
  unit: string;
}) {
  const t = useTranslations(SPLIT_NAMESPACES[level]);
  const locale = useLocale();
  const form = useActionForm(level === "province" ? splitProvinceTargetAction : splitTargetAction);
  const [deadlineYear, setDeadlineYear] = useState(cityTargets[0]!.deadlineYear);
  const [method, setMethod] = useState<SplitMethod>("enrolment");
  const [typed, setTyped] = useState<Record<number, string>>({});
  const total = cityTargets.find((target) => target.deadlineYear === deadlineYear)?.value ?? 0;
  const number = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", {
    maximumFractionDigits: decimals,
  });

  const split =
    method === "manual"
      ? null
      : splitByBase(
          total,
          counties.map((county) => ({ countyId: county.id, code: county.code, base: county.bases[method] })),
          decimals,
        );
  const manualParts = counties.flatMap((county) => {
    const read = readNumberText(typed[county.id] ?? "");
    return read.kind === "number" ? [{ countyId: county.id, value: read.value }] : [];
  });
  const sumCheck =
    method === "manual"
      ? checkManualSplit(total, manualParts, decimals)
      : split?.ok
        ? checkManualSplit(total, split.parts, decimals)
        : null;
  const partOf = (countyId: number) =>
    split?.ok ? split.parts.find((part) => part.countyId === countyId)?.value : undefined;

  return (
    <ActionForm form={form} hiddenFields={{ indicatorKey }} message="none" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="deadlineYear"
          id="split-deadlineYear"
          label={t("cityTarget")}
          value={deadlineYear}
          onChange={(event) => setDeadlineYear(Number(event.target.value))}
          options={cityTargets.map((target) => ({ value: target.deadlineYear, label: target.label }))}
        />
        <SelectField
          name="method"
          id="split-method"
          label={t("method")}
          value={method}
          onChange={(event) => setMethod(event.target.value as SplitMethod)}
          options={SPLIT_METHODS.map((value) => ({ value, label: t(`methods.${value}`) }))}
        />
        <TextField name="note" id="split-note" label={t("note")} maxLength={500} />
      </div>
      {split && !split.ok && (
        <p role="alert" className="text-sm text-red-700">
          {t(`previewError.${split.reason}`)}
        </p>
      )}
      <Table caption={t("splitTitle")}>
        <thead>
          <tr>
            <Th>{t("county")}</Th>
            {method !== "manual" && <Th className="text-right">{t("base")}</Th>}
            <Th className="text-right">{unit ? `${t("part")}（${unit}）` : t("part")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {counties.map((county) => (
            <SplitRow
              key={county.id}
              county={county}
              method={method}
              part={partOf(county.id)}
              typed={typed[county.id] ?? ""}
              onType={(text) => setTyped({ ...typed, [county.id]: text })}
              format={(value) => number.format(value)}
              level={level}
              errors={form.errors[`part.${county.id}`]}
            />
          ))}
        </tbody>
      </Table>
      {sumCheck && (
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="split-sum">
          {t("sumLine", { sum: number.format(sumCheck.sum), total: number.format(total) })}{" "}
          {sumCheck.isExact ? (
            <span className="text-green-700">{t("sumExact")}</span>
          ) : (
            <span className="text-red-700">
              {t("sumGap", { gap: number.format(Math.abs(sumCheck.gap)) })}
            </span>
          )}
        </p>
      )}
      <ConfirmButton
        question={t("confirmQuestion")}
        variant="primary"
        confirmVariant="primary"
        disabled={!sumCheck?.isExact}
      >
        {t("confirm")}
      </ConfirmButton>
      <FormMessage state={form.state} />
    </ActionForm>
  );
}

function SplitRow({
  county,
  method,
  part,
  typed,
  onType,
  format,
  errors,
  level,
}: {
  level: SplitLevel;
  county: SplitCounty;
  method: SplitMethod;
  part: number | undefined;
  typed: string;
  onType: (text: string) => void;
  format: (value: number) => string;
  errors: Parameters<typeof controlWiring>[1];
}) {
  const t = useTranslations(SPLIT_NAMESPACES[level]);
  const id = `part-${county.id}`;
  return (
    <tr>
      <Td>{method === "manual" ? <label htmlFor={id}>{county.label}</label> : county.label}</Td>
      {method !== "manual" && <Td className="text-right tabular-nums">{format(county.bases[method])}</Td>}
      <Td className="text-right tabular-nums">
        {method === "manual" ? (
          <>
            <input
              id={id}
              name={`part.${county.id}`}
              inputMode="decimal"
              value={typed}
              onChange={(event) => onType(event.target.value)}
              aria-label={`${county.label} ${t("part")}`}
              {...controlWiring(id, errors)}
            />
            <FieldErrorList id={`${id}-error`} errors={errors} />
          </>
        ) : (
          <>
            {part === undefined ? "—" : format(part)}
            {part !== undefined && <input type="hidden" name={`part.${county.id}`} value={part} />}
          </>
        )}
      </Td>
    </tr>
  );
}
