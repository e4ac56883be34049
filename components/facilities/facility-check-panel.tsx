"use client";

import { useFormatter, useTranslations } from "next-intl";
import { VerdictBadge } from "@/components/dashboard/verdict-badge";
import type { FacilityCheck, FacilityItemCheck } from "@/lib/indicators/formulas/facility-checks";
import { RESOURCE_RULE } from "@/lib/indicators/formulas/quality-balanced";
import { VERDICT_SYMBOLS } from "@/lib/indicators/judgement";

/** Name and unit of each checked item in the page's language (from the indicator catalogue). */
export type ItemLabels = Record<string, { name: string; unit: string }>;

function ItemRows({ items, labels }: { items: FacilityItemCheck<string>[]; labels: ItemLabels }) {
  const t = useTranslations("facilities");
  const format = useFormatter();
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left text-xs text-slate-500">
          <th className="py-1 pr-2 font-medium">{t("check.item")}</th>
          <th className="py-1 pr-2 text-right font-medium">{t("check.value")}</th>
          <th className="py-1 pr-2 text-right font-medium">{t("check.threshold")}</th>
          <th className="py-1 font-medium">{t("check.result")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((item) => {
          const label = labels[item.key];
          return (
            <tr key={item.key} data-item={item.key}>
              <td className="py-1.5 pr-2 text-slate-700">{label?.name ?? item.key}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">
                {number(item.value)} <span className="text-xs text-slate-500">{label?.unit}</span>
              </td>
              <td className="py-1.5 pr-2 text-right tabular-nums text-slate-600">
                {item.threshold === null ? t("check.notConfigured") : `≥ ${number(item.threshold)}`}
              </td>
              <td className="py-1.5">
                {item.met === null ? (
                  <span className="text-slate-500">{VERDICT_SYMBOLS.not_judgeable}</span>
                ) : item.met ? (
                  <span className="text-green-700">
                    {VERDICT_SYMBOLS.pass} {t("check.met")}
                  </span>
                ) : (
                  <span className="text-red-700">
                    {VERDICT_SYMBOLS.fail} {t("check.gap", { gap: number(item.gap ?? 0) })}
                    {item.shortfall !== null && (
                      <span className="block text-xs text-red-600">
                        {t(`check.shortfall.${item.key}`, { amount: number(item.shortfall) })}
                      </span>
                    )}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The live result of the standards check: the MoE 2017 resource items per stage and the Class Ⅱ items. */
export function FacilityCheckPanel({ check, labels }: { check: FacilityCheck; labels: ItemLabels }) {
  const t = useTranslations("facilities");
  const { qualityBalanced, classTwo } = check;
  return (
    <aside
      aria-live="polite"
      aria-label={t("check.title")}
      className="space-y-4 xl:sticky xl:top-4 xl:self-start"
    >
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="qb-title">
        <div className="mb-2 flex items-center justify-between gap-2">
          <h2 id="qb-title" className="text-sm font-semibold text-slate-800">
            {t("check.qualityBalanced")}
          </h2>
          {qualityBalanced.evaluated && <VerdictBadge verdict={qualityBalanced.verdict} />}
        </div>
        {!qualityBalanced.evaluated ? (
          <p className="text-sm text-slate-600">{t(`check.excluded.${qualityBalanced.reason}`)}</p>
        ) : (
          qualityBalanced.stages.map((stage) => (
            <div key={stage.stage} className="mt-3" data-stage={stage.stage}>
              <h3 className="mb-1 flex items-center justify-between text-sm text-slate-700">
                <span>
                  {t(`check.stage.${stage.stage}`)} · {t("check.pupils", { count: stage.enrolment })} ·{" "}
                  {t("check.metCount", { met: stage.metCount, total: stage.items.length })}
                </span>
                <VerdictBadge verdict={stage.verdict} />
              </h3>
              <ItemRows items={stage.items} labels={labels} />
            </div>
          ))
        )}
        <p className="mt-2 text-xs text-slate-500">{t("check.qualityBalancedRule", RESOURCE_RULE)}</p>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="c2-title">
        <div className="mb-2 flex items-center justify-between gap-2">
          <h2 id="c2-title" className="text-sm font-semibold text-slate-800">
            {t("check.classTwo")}
          </h2>
          {classTwo.applies && classTwo.computable && <VerdictBadge verdict={classTwo.verdict} />}
        </div>
        {!classTwo.applies ? (
          <p className="text-sm text-slate-600">{t("check.classTwoNotApplicable")}</p>
        ) : !classTwo.computable ? (
          <p className="text-sm text-slate-600">{t("check.noPupils")}</p>
        ) : (
          <ItemRows items={classTwo.items} labels={labels} />
        )}
      </section>
    </aside>
  );
}
