// Construction, renovation, equipment and IT projects of a county.
import type { ProjectCategory } from "@/lib/generated/prisma/enums";
import { addDays, isoDay } from "@/lib/utils/periods";
import type { CountyRow, SchoolRow, DemoDataset } from "./dataset";
import type { SeededRandom } from "./random";

const PROJECT_KINDS: {
  category: ProjectCategory;
  label: string;
  budget: [number, number];
  places: [number, number];
}[] = [
  { category: "CONSTRUCTION", label: "新建教学楼工程", budget: [800, 6000], places: [300, 1500] },
  { category: "CONSTRUCTION", label: "改扩建工程", budget: [300, 2500], places: [100, 600] },
  { category: "RENOVATION", label: "校舍维修改造", budget: [60, 600], places: [0, 0] },
  { category: "RENOVATION", label: "运动场改造", budget: [80, 500], places: [0, 0] },
  { category: "EQUIPMENT", label: "教学仪器设备配置", budget: [50, 400], places: [0, 0] },
  { category: "IT", label: "千兆校园网升级", budget: [40, 300], places: [0, 0] },
  { category: "IT", label: "直录播教室建设", budget: [30, 150], places: [0, 0] },
];

export function generateProjects(
  data: DemoDataset,
  county: CountyRow,
  schools: SchoolRow[],
  density: number,
  random: SeededRandom,
): void {
  const count = Math.round(random.int(6, 13) * Math.min(density, 2));
  for (let i = 0; i < count; i++) {
    const kind = random.pick(PROJECT_KINDS);
    const school = random.chance(0.85) ? random.pick(schools) : null;
    const plannedStart = addDays(data.asOf, -random.int(-120, 600));
    const plannedFinish = addDays(plannedStart, random.int(90, 540));
    const started = plannedStart <= data.asOf && random.chance(0.93);
    const actualStart = started ? addDays(plannedStart, random.int(-10, 45)) : null;
    const finished = started && plannedFinish <= data.asOf && random.chance(0.85);
    const actualFinish = finished ? addDays(plannedFinish, random.int(-20, 60)) : null;
    const budgetWan = Math.round(random.uniform(kind.budget[0], kind.budget[1]));
    const progress = finished ? random.uniform(0.92, 1.04) : started ? random.uniform(0.1, 0.85) : 0;
    const id = data.projects.length + 1;
    const spentWan = Math.round(budgetWan * progress);
    data.projects.push({
      id,
      countyId: county.id,
      schoolId: school?.id ?? null,
      name: `${school ? school.name : county.name}${kind.label}`,
      category: kind.category,
      budget: budgetWan * 10_000,
      fundsReceived: fundsReceivedWan(id, budgetWan, spentWan, finished) * 10_000,
      spent: spentWan * 10_000,
      plannedStart: isoDay(plannedStart),
      plannedFinish: isoDay(plannedFinish),
      // A start or finish drawn after today is today's (the project's status says it happened).
      actualStart: actualStart ? isoDay(actualStart <= data.asOf ? actualStart : data.asOf) : null,
      actualFinish: actualFinish ? isoDay(actualFinish <= data.asOf ? actualFinish : data.asOf) : null,
      status: finished ? "COMPLETED" : started ? "IN_PROGRESS" : "PLANNED",
      progress: finished ? 100 : started ? Math.min(99, Math.round(progress * 100)) : 0,
      newPlaces: kind.places[1] > 0 ? random.int(kind.places[0], kind.places[1]) : 0,
    });
  }
}

// Part of the budget not spent yet that has arrived, by the project's id: the columns added with the project
// register (decision 0021) draw nothing from the random source, so every other table generates as before.
const UNSPENT_RECEIVED_SHARES = [0, 0.2, 0.4, 0.6];

/** 到位资金 in 万元: at least what is spent (payments come out of it); a finished project has received what it spent. */
function fundsReceivedWan(id: number, budgetWan: number, spentWan: number, isFinished: boolean): number {
  if (isFinished || spentWan >= budgetWan) return spentWan;
  return (
    spentWan +
    Math.round((budgetWan - spentWan) * UNSPENT_RECEIVED_SHARES[id % UNSPENT_RECEIVED_SHARES.length]!)
  );
}
