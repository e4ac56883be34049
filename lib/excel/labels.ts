// The Chinese words of the import and export files for each enum value (the file format, not UI text: the
// templates are Chinese whatever the interface language). Imports also accept the enum codes themselves.
import type {
  BackboneLevel,
  Degree,
  Gender,
  ProfessionalTitle,
  Subject,
  TeacherStatus,
} from "@/lib/generated/prisma/enums";

export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

export const DEGREE_LABELS: Record<Degree, string> = {
  POSTGRADUATE: "研究生",
  BACHELOR: "本科",
  ASSOCIATE: "专科",
  HIGH_SCHOOL_OR_BELOW: "高中及以下",
};

export const SUBJECT_LABELS: Record<Subject, string> = {
  CHINESE: "语文",
  MATH: "数学",
  ENGLISH: "英语",
  MORALITY_LAW: "道德与法治",
  HISTORY: "历史",
  GEOGRAPHY: "地理",
  PHYSICS: "物理",
  CHEMISTRY: "化学",
  BIOLOGY: "生物",
  SCIENCE: "科学",
  IT: "信息科技",
  PE: "体育与健康",
  MUSIC: "音乐",
  ART: "美术",
  LABOR: "劳动",
  PSYCHOLOGY: "心理健康",
  PRESCHOOL: "学前教育",
  SPECIAL_EDUCATION: "特殊教育",
  VOCATIONAL: "专业课",
  OTHER: "其他",
};

export const TITLE_LABELS: Record<ProfessionalTitle, string> = {
  UNRANKED: "未定级",
  THIRD: "三级教师",
  SECOND: "二级教师",
  FIRST: "一级教师",
  SENIOR: "高级教师",
  PROFESSOR: "正高级教师",
};

export const BACKBONE_LABELS: Record<BackboneLevel, string> = {
  NONE: "无",
  COUNTY: "县级",
  CITY: "市级",
  PROVINCE: "省级",
};

export const STATUS_LABELS: Record<TeacherStatus, string> = {
  ACTIVE: "在岗",
  ON_LEAVE: "离岗",
  LEFT: "调离",
  RETIRED: "退休",
};

export const YES_NO = { yes: "是", no: "否" } as const;

/** A yes/no column read as the form's checkbox values. */
export const FLAG_LABELS: Record<"true" | "false", string> = { true: YES_NO.yes, false: YES_NO.no };

/** Label → code for one enum; codes map to themselves so that a file written in codes also reads. */
export function codeByLabel<Code extends string>(labels: Record<Code, string>): Map<string, Code> {
  const map = new Map<string, Code>();
  for (const [code, label] of Object.entries(labels) as [Code, string][]) {
    map.set(label, code);
    map.set(code, code);
  }
  return map;
}
