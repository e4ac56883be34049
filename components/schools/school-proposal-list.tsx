import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import type { listSchoolProposals } from "@/lib/data/school-proposals/list-school-proposals";
import type { Ownership, SchoolLevel, SchoolProposalState } from "@/lib/generated/prisma/enums";
import type { UrbanRuralCode } from "@/lib/indicators/urban-rural-code";
import type { SchoolProposalChanges } from "@/lib/schemas/school-proposals";
import { SchoolProposalDecision } from "./school-proposal-decision";

type ProposalRow = Awaited<ReturnType<typeof listSchoolProposals>>["rows"][number];
type ChangedField = keyof SchoolProposalChanges;

const STATE_TONES: Record<SchoolProposalState, BadgeTone> = {
  PENDING: "warning",
  ACCEPTED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

/**
 * Correction proposals, each with its fields as the register has them now beside the proposed values, its grounds
 * and, while pending, what the viewer may do with it (the server checks again).
 */
export async function SchoolProposalList({
  rows,
  viewerId,
  canDecide,
  showSchool,
}: {
  rows: ProposalRow[];
  viewerId: number;
  canDecide: boolean;
  showSchool: boolean;
}) {
  const [t, tSchools, tEnums, tCommon, format] = await Promise.all([
    getTranslations("schoolProposals"),
    getTranslations("schools"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  function shown<K extends ChangedField>(
    field: K,
    value: SchoolProposalChanges[K] | null | undefined,
  ): string {
    if (value === null || value === undefined || value === "") return t("empty");
    if (typeof value === "boolean") return value ? tCommon("yes") : tCommon("no");
    if (field === "level") return tEnums(`schoolLevel.${value as SchoolLevel}`);
    if (field === "ownership") return tEnums(`ownership.${value as Ownership}`);
    if (field === "urbanRuralCode")
      return `${value} ${tSchools(`urbanRuralCodes.${value as UrbanRuralCode}`)}`;
    return String(value);
  }
  return (
    <ul className="space-y-4">
      {rows.map((row) => {
        const pending = row.state === "PENDING";
        const fields = Object.keys(row.changes) as ChangedField[];
        return (
          <li key={row.id}>
            <Card
              title={
                showSchool ? (
                  <Link href={`/schools/${row.school.id}`} className="text-brand-700 hover:underline">
                    {row.school.name}
                    <span className="ml-2 font-mono text-sm font-normal text-slate-500">
                      {row.school.code}
                    </span>
                  </Link>
                ) : (
                  t("proposedBy", { name: row.proposedBy.displayName, date: date(row.createdAt) })
                )
              }
              actions={<Badge tone={STATE_TONES[row.state]}>{t(`states.${row.state}`)}</Badge>}
            >
              <div className="space-y-3 text-sm text-slate-700">
                {showSchool && (
                  <p className="text-slate-600">
                    {t("proposedBy", { name: row.proposedBy.displayName, date: date(row.createdAt) })}
                  </p>
                )}
                <table className="w-full text-left">
                  <caption className="sr-only">{t("changes")}</caption>
                  <thead className="text-xs text-slate-500">
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t("changes")}
                      </th>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t("current")}
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        {t("proposed")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {fields.map((field) => (
                      <tr key={field}>
                        <th scope="row" className="py-1 pr-3 font-normal text-slate-600">
                          {tSchools(`fields.${field}`)}
                        </th>
                        <td className="py-1 pr-3">{shown(field, row.school[field])}</td>
                        <td className="py-1 font-medium text-slate-900">
                          {shown(field, row.changes[field])}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <dl className="space-y-1">
                  <dt className="text-xs text-slate-500">{t("note")}</dt>
                  <dd className="whitespace-pre-wrap">{row.note}</dd>
                  {row.rejectReason && (
                    <>
                      <dt className="text-xs text-slate-500">{t("rejectReason")}</dt>
                      <dd className="whitespace-pre-wrap">{row.rejectReason}</dd>
                    </>
                  )}
                </dl>
                {row.decidedAt && (
                  <p className="text-xs text-slate-500">{t("decidedAt", { date: date(row.decidedAt) })}</p>
                )}
                <SchoolProposalDecision
                  proposalId={row.id}
                  canDecide={pending && canDecide}
                  canWithdraw={pending && row.proposedById === viewerId}
                />
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
