"use server";

import { addGroupMember } from "@/lib/data/groups/add-group-member";
import { createGroup } from "@/lib/data/groups/create-group";
import { dissolveGroup } from "@/lib/data/groups/dissolve-group";
import { endGroupMembership } from "@/lib/data/groups/end-group-membership";
import { updateGroup } from "@/lib/data/groups/update-group";
import {
  addGroupMemberSchema,
  createGroupSchema,
  dissolveGroupSchema,
  endGroupMembershipSchema,
  updateGroupSchema,
} from "@/lib/schemas/groups";
import { defineAction, EVERY_PAGE } from "./builder";

// Groups decide the group-coverage figure of every dashboard, the worklist and the register's group filter: every
// page is stale after a write.
export const createGroupAction = defineAction({
  name: "createGroupAction",
  schema: createGroupSchema,
  run: createGroup,
  revalidate: [EVERY_PAGE],
  success: "groups.created",
  redirect: (group) => `/groups/${group.id}`,
});

export const updateGroupAction = defineAction({
  name: "updateGroupAction",
  schema: updateGroupSchema,
  run: updateGroup,
  revalidate: [EVERY_PAGE],
  success: "groups.updated",
});

export const addGroupMemberAction = defineAction({
  name: "addGroupMemberAction",
  schema: addGroupMemberSchema,
  run: addGroupMember,
  revalidate: [EVERY_PAGE],
  success: ({ school, group }) => ({
    messageKey: "groups.memberAdded",
    params: { school: school.name, group: group.name },
  }),
});

export const endGroupMembershipAction = defineAction({
  name: "endGroupMembershipAction",
  schema: endGroupMembershipSchema,
  run: endGroupMembership,
  revalidate: [EVERY_PAGE],
  success: "groups.memberLeft",
});

export const dissolveGroupAction = defineAction({
  name: "dissolveGroupAction",
  schema: dissolveGroupSchema,
  run: dissolveGroup,
  revalidate: [EVERY_PAGE],
  success: "groups.dissolved",
});
