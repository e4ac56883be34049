// Ranked option lists (职称, 学历, 骨干教师) are shown highest rank first in forms, filters and charts (issue 22).
import { describe, expect, it } from "vitest";
import { BackboneLevel, Degree, ProfessionalTitle } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { inRankOrder, RANKED_OPTIONS } from "@/lib/indicators/rank-order";

type Labels = Record<string, Record<string, string>>;

describe("ranked option lists", () => {
  it("list every 职称, 学历 and 骨干 level once, highest first", async () => {
    const enums = ((await loadMessages("zh")) as { teachers: { enums: Labels } }).teachers.enums;
    const labels = (key: keyof Labels & string, values: readonly string[]) =>
      values.map((v) => enums[key]![v]);
    expect(labels("title", RANKED_OPTIONS.title)).toEqual([
      "正高级教师",
      "高级教师",
      "一级教师",
      "二级教师",
      "三级教师",
      "未定级",
    ]);
    expect(labels("degree", RANKED_OPTIONS.degree)).toEqual(["研究生", "本科", "专科", "高中及以下"]);
    expect(labels("backbone", RANKED_OPTIONS.backbone)).toEqual(["省级骨干", "市级骨干", "县级骨干", "无"]);
    expect([...RANKED_OPTIONS.title].sort()).toEqual(Object.values(ProfessionalTitle).sort());
    expect([...RANKED_OPTIONS.degree].sort()).toEqual(Object.values(Degree).sort());
    expect([...RANKED_OPTIONS.backbone].sort()).toEqual(Object.values(BackboneLevel).sort());
  });

  it("puts counted rows in rank order, with zero for a rank nobody holds", () => {
    // As a GROUP BY returns them: in no particular order.
    const counts = [
      { key: "UNRANKED", count: 4 },
      { key: "FIRST", count: 7 },
      { key: "SENIOR", count: 2 },
    ];
    expect(inRankOrder(RANKED_OPTIONS.title, counts)).toEqual([
      { key: "PROFESSOR", count: 0 },
      { key: "SENIOR", count: 2 },
      { key: "FIRST", count: 7 },
      { key: "SECOND", count: 0 },
      { key: "THIRD", count: 0 },
      { key: "UNRANKED", count: 4 },
    ]);
  });
});
