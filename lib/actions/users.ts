"use server";

import { createUser } from "@/lib/data/users/create-user";
import { resetUserPassword } from "@/lib/data/users/reset-user-password";
import { setUserActive, unlockUser } from "@/lib/data/users/set-user-active";
import { linkExternalIdentity, unlinkExternalIdentity } from "@/lib/data/users/link-external-identity";
import { updateUser } from "@/lib/data/users/update-user";
import {
  createUserSchema,
  linkExternalIdentitySchema,
  setUserActiveSchema,
  unlinkExternalIdentitySchema,
  updateUserSchema,
  userIdSchema,
} from "@/lib/schemas/users";
import { defineAction, type Revalidation } from "./builder";

// Accounts change no figure: only the user list is stale.
const USER_LIST: Revalidation = { path: "/admin/users" };

/** The temporary password is shown once, to the manager who created the account. */
export const createUserAction = defineAction({
  name: "createUserAction",
  schema: createUserSchema,
  run: createUser,
  revalidate: [USER_LIST],
  success: ({ user, temporaryPassword }) => ({
    messageKey: "users.created",
    params: { login: user.loginName },
    data: { userId: user.id, temporaryPassword },
  }),
});

export const updateUserAction = defineAction({
  name: "updateUserAction",
  schema: updateUserSchema,
  run: updateUser,
  revalidate: [USER_LIST],
  success: "users.updated",
});

export const resetUserPasswordAction = defineAction({
  name: "resetUserPasswordAction",
  schema: userIdSchema,
  run: (manager, { id }) => resetUserPassword(manager, id),
  revalidate: [USER_LIST],
  success: (result) => ({ messageKey: "users.passwordReset", data: result }),
});

export const setUserActiveAction = defineAction({
  name: "setUserActiveAction",
  schema: setUserActiveSchema,
  run: (manager, { id, active }) => setUserActive(manager, id, active),
  revalidate: [USER_LIST],
  success: (_result, { active }) => (active ? "users.reactivated" : "users.deactivated"),
});

export const unlockUserAction = defineAction({
  name: "unlockUserAction",
  schema: userIdSchema,
  run: (manager, { id }) => unlockUser(manager, id),
  revalidate: [USER_LIST],
  success: "users.unlocked",
});

// The account's page lists its linked identities.
const userPage = ({ id }: { id: number }): Revalidation[] => [USER_LIST, { path: `/admin/users/${id}` }];

export const linkExternalIdentityAction = defineAction({
  name: "linkExternalIdentityAction",
  schema: linkExternalIdentitySchema,
  run: linkExternalIdentity,
  revalidate: userPage,
  success: "users.identityLinked",
});

export const unlinkExternalIdentityAction = defineAction({
  name: "unlinkExternalIdentityAction",
  schema: unlinkExternalIdentitySchema,
  run: unlinkExternalIdentity,
  revalidate: userPage,
  success: "users.identityUnlinked",
});
