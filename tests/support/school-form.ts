import type { SchoolFieldsInput } from "@/lib/schemas/schools";

/** A school as its form sends it: a ticked box is "on", an unticked one is not sent. */
export function schoolFormFields({ isTownSeat, isTownCentralKindergarten, ...fields }: SchoolFieldsInput) {
  return {
    ...fields,
    ...(isTownSeat && { isTownSeat: "on" }),
    ...(isTownCentralKindergarten && { isTownCentralKindergarten: "on" }),
  };
}
