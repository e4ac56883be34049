import { getFormatter, getTranslations } from "next-intl/server";
import { auditChanges } from "@/lib/audit/changes";

// Where the audit page finds a field's label and an enum value's words: the entity's own form labels first, then the
// audit page's shared ones; a field without a label keeps its name.
const FIELD_LABELS: Partial<Record<string, string>> = {
  school: "schools.fields",
  facility_record: "facilities.fields",
  teacher: "teachers.fields",
};
const ANY_ENTITY = "*";
const VALUE_WORDS: Record<string, Partial<Record<string, string>>> = {
  [ANY_ENTITY]: {
    level: "enums.schoolLevel",
    ownership: "enums.ownership",
    locationClass: "enums.locationClass",
    role: "roles",
    urbanRuralCode: "schools.urbanRuralCodes",
  },
  teacher: {
    gender: "teachers.enums.gender",
    highestDegree: "teachers.enums.degree",
    subject: "teachers.enums.subject",
    title: "teachers.enums.title",
    backboneLevel: "teachers.enums.backbone",
    status: "teachers.enums.status",
  },
  submission: { state: "enums.submissionState" },
  reporting_period: { state: "enums.periodState" },
  county: { kind: "enums.countyKind" },
};
const ISO_DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** An audit record's before and after as a table of labelled fields, the changed ones marked. */
export async function AuditChanges({
  entity,
  before,
  after,
  fieldNames = {},
}: {
  entity: string;
  before: unknown;
  after: unknown;
  /** Labels of fields the messages cannot name (a standard set's items, by id) */
  fieldNames?: Record<string, string>;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const changes = auditChanges(before, after);
  const label = (field: string) => {
    if (fieldNames[field]) return fieldNames[field];
    const own = FIELD_LABELS[entity];
    if (own && t.has(`${own}.${field}`)) return t(`${own}.${field}`);
    return t.has(`audit.fields.${field}`) ? t(`audit.fields.${field}`) : field;
  };
  const words = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("common.notAvailable");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (typeof value === "string") {
      const prefix = VALUE_WORDS[entity]?.[field] ?? VALUE_WORDS[ANY_ENTITY]![field];
      if (prefix && t.has(`${prefix}.${value}`)) return t(`${prefix}.${value}`);
      if (ISO_DAY.test(value))
        return format.dateTime(new Date(value), { dateStyle: "medium", timeZone: "UTC" });
      if (ISO_INSTANT.test(value))
        return format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" });
      return value;
    }
    return typeof value === "number" ? format.number(value) : JSON.stringify(value);
  };
  const oneSided = before === null || after === null;
  if (changes.length === 0) return <p className="text-xs text-slate-500">{t("audit.noChanges")}</p>;
  return (
    <table className="min-w-[18rem] text-xs">
      <thead>
        <tr className="text-left text-slate-500">
          <th className="py-1 pr-3 font-medium">{t("audit.field")}</th>
          {before !== null && <th className="py-1 pr-3 font-medium">{t("audit.before")}</th>}
          {after !== null && <th className="py-1 font-medium">{t("audit.after")}</th>}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          const marked = change.changed && !oneSided;
          return (
            <tr key={change.field} className={marked ? "bg-amber-50" : undefined}>
              <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-600">
                {label(change.field)}
                {marked && <span className="sr-only">（{t("audit.changed")}）</span>}
              </th>
              {before !== null && (
                <td className="py-1 pr-3 text-slate-700">{words(change.field, change.before)}</td>
              )}
              {after !== null && (
                <td className={marked ? "py-1 font-medium text-amber-900" : "py-1 text-slate-700"}>
                  {words(change.field, change.after)}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
