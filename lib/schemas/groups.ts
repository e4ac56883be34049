import { z } from "zod";
import { EducationGroupKind } from "@/lib/generated/prisma/enums";
import { daySchema, filterId, filterText, pageNumber, plainText, requiredId } from "./common";

/** Orders of the group list: by name, by founding day (newest first), or by county (then name). */
export const GROUP_LIST_SORTS = ["name", "founded", "county"] as const;
export const GROUP_STATUSES = ["active", "dissolved"] as const;

/**
 * The group list's query string: search by name, county, kind, active/dissolved, order and page, all applied by the
 * database. Bad values fall back to no filter, the name order and page 1 (shaped like schoolListQuerySchema).
 */
export const groupListQuerySchema = z.object({
  q: filterText,
  county: filterId,
  kind: z.enum(EducationGroupKind).optional().catch(undefined),
  status: z.enum(GROUP_STATUSES).optional().catch(undefined),
  sort: z.enum(GROUP_LIST_SORTS).catch("name"),
  page: pageNumber,
});
export type GroupListQuery = z.infer<typeof groupListQuerySchema>;

/** The county worklist's query string: the rural schools in no urban-rural group, by county (city staff) and name. */
export const groupWorklistQuerySchema = z.object({
  q: filterText,
  county: filterId,
  page: pageNumber,
});
export type GroupWorklistQuery = z.infer<typeof groupWorklistQuerySchema>;

/** The new-group page's county (city staff choose one; a county officer has its own). */
export const groupCountyQuerySchema = z.object({ county: filterId });

const groupFields = z.object({
  name: plainText().trim().min(1, "required").max(100, "tooLong"),
  kind: z.enum(EducationGroupKind, { error: "required" }),
  coreSchoolId: requiredId,
  foundedOn: daySchema,
});

/** A new group of a county: its core school (牵头学校) of that county joins it on the founding day. */
export const createGroupSchema = groupFields.extend({ countyId: requiredId });
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

/** Correcting a group: it stays in its county; the core school is one of its current members. */
export const updateGroupSchema = groupFields.extend({ id: requiredId });
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;

/** A school of the group's county joins on a day. */
export const addGroupMemberSchema = z.object({
  groupId: requiredId,
  schoolId: requiredId,
  joinedOn: daySchema,
});
export type AddGroupMemberInput = z.infer<typeof addGroupMemberSchema>;

/** A current membership ends: `leftOn` is the first day the school is no longer a member. */
export const endGroupMembershipSchema = z.object({
  id: requiredId,
  leftOn: daySchema,
});
export type EndGroupMembershipInput = z.infer<typeof endGroupMembershipSchema>;

/** 解散: the group ends on a day, and every membership current then ends on it. */
export const dissolveGroupSchema = z.object({
  id: requiredId,
  dissolvedOn: daySchema,
});
export type DissolveGroupInput = z.infer<typeof dissolveGroupSchema>;
