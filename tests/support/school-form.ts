import type { SchoolFieldsInput } from "@/lib/schemas/schools";

/** A school as its form sends it: a ticked box is "on", an unticked one is not sent. */
export function schoolFormFields({
  isTownSeat,
  isTownCentralKindergarten,
  isBoarding,
  ...fields
}: SchoolFieldsInput) {
  return {
    ...fields,
    ...(isTownSeat && { isTownSeat: "on" }),
    ...(isTownCentralKindergarten && { isTownCentralKindergarten: "on" }),
    ...(isBoarding && { isBoarding: "on" }),
  };
}

/** A public rural primary school of a town, as the register's schema takes it; the caller gives a fresh code. */
export function ruralPrimarySchool(
  fields: Pick<SchoolFieldsInput, "code" | "townId"> & Partial<SchoolFieldsInput>,
): SchoolFieldsInput {
  return {
    name: "测试小学",
    level: "PRIMARY",
    ownership: "PUBLIC",
    urbanRuralCode: "220",
    isTownSeat: false,
    isTownCentralKindergarten: false,
    isBoarding: false,
    ...fields,
  };
}
