import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { officialCity, SHANDONG_PROVINCE_CODE } from "@/lib/divisions/shandong";
import { AppError } from "@/lib/errors";
import type { CreateFirstAdminInput } from "@/lib/schemas/users";
import { AUDITED_USER_FIELDS } from "./user-access";

/** Who the audit log names for a write made from the command line, where nobody is signed in. */
export const COMMAND_LINE_ACTOR = "admin:create";

/**
 * The first administrator of a city, for an empty installation (`npm run admin:create`, README "Setting up for
 * your city"): creates the city from the official division list if it does not exist, then the admin with the
 * password given (it is theirs, so it need not be changed at first sign-in). Refused when the city already has an
 * active admin: from then on accounts are made in the app, where they are audited under their maker.
 */
export async function createFirstAdmin(input: CreateFirstAdminInput) {
  const official = officialCity(input.cityCode);
  if (!official) throw new AppError("VALIDATION", { messageKey: "divisions.cityNotListed" });
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const city = await tx.city.upsert({
      where: { code: official.code },
      create: {
        code: official.code,
        name: official.name,
        nameEn: official.nameEn,
        bureauName: `${official.name}教育局`,
        // Every city of the division list is Shandong's (its province row comes with the migrations).
        province: { connect: { code: SHANDONG_PROVINCE_CODE } },
      },
      update: {},
      select: { id: true, code: true, name: true },
    });
    const [admin, taken] = await Promise.all([
      tx.user.findFirst({ where: { cityId: city.id, role: "ADMIN", isActive: true }, select: { id: true } }),
      tx.user.findUnique({ where: { loginName: input.loginName }, select: { id: true } }),
    ]);
    if (admin) throw new AppError("CONFLICT", { messageKey: "users.adminExists" });
    if (taken) throw new AppError("CONFLICT", { messageKey: "users.loginTaken" });
    const user = await tx.user.create({
      data: {
        loginName: input.loginName,
        displayName: input.displayName,
        role: "ADMIN",
        cityId: city.id,
        passwordHash,
        passwordChangedAt: new Date(),
      },
      select: AUDITED_USER_FIELDS,
    });
    await recordAudit(tx, null, {
      action: "create",
      entity: "user",
      entityId: user.id,
      actorLogin: COMMAND_LINE_ACTOR,
      cityId: city.id,
      after: user,
    });
    return { city, user };
  });
}
