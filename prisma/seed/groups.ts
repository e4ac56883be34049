// Urban-rural education groups around urban core schools, leaving part of the rural schools out.
import { isUrbanRuralKind } from "@/lib/indicators/education-groups";
import { addDays, isoDay } from "@/lib/utils/periods";
import type { CountyProfile } from "./counties";
import type { CountyRow, SchoolRow, GroupRow, DemoDataset } from "./dataset";
import type { SeededRandom } from "./random";

export function generateGroups(
  data: DemoDataset,
  county: CountyRow,
  schools: SchoolRow[],
  profile: CountyProfile,
  random: SeededRandom,
): void {
  const rural = schools.filter((s) => s.locationClass !== "URBAN" && s.level !== "SPECIAL_EDUCATION");
  if (rural.length === 0) return;
  const cores = schools.filter(
    (s) =>
      s.locationClass === "URBAN" &&
      (s.level === "PRIMARY" ||
        s.level === "JUNIOR" ||
        s.level === "NINE_YEAR" ||
        s.level === "KINDERGARTEN"),
  );
  if (cores.length === 0) return;
  const groupCount = Math.min(cores.length, Math.max(1, Math.ceil(rural.length / 7)));
  const chosenCores = random.shuffle([...cores]).slice(0, groupCount);
  const groups = chosenCores.map((core): GroupRow => {
    const kind = random.chance(0.8) ? "URBAN_RURAL_GROUP" : "COMMUNITY";
    const group: GroupRow = {
      id: data.groups.length + 1,
      countyId: county.id,
      name:
        core.name.replace(/(小学|中学|幼儿园|学校)$/, "") +
        (core.level === "KINDERGARTEN" ? "幼教集团" : "教育集团"),
      kind,
      isUrbanRural: isUrbanRuralKind(kind),
      coreSchoolId: core.id,
      foundedOn: isoDay(addDays(data.asOf, -random.int(400, 2500))),
    };
    data.groups.push(group);
    data.groupMembers.push({ groupId: group.id, schoolId: core.id, joinedOn: group.foundedOn, leftOn: null });
    return group;
  });
  for (const school of rural) {
    if (!random.chance(profile.groupCoverage)) continue;
    const sameKind = groups.filter(
      (g) =>
        (data.schools[g.coreSchoolId - 1]?.level === "KINDERGARTEN") === (school.level === "KINDERGARTEN"),
    );
    const group = random.pick(sameKind.length > 0 ? sameKind : groups);
    data.groupMembers.push({
      groupId: group.id,
      schoolId: school.id,
      joinedOn: isoDay(addDays(data.asOf, -random.int(30, 1500))),
      leftOn: null,
    });
  }
}
