import { z } from "zod";

// Messages are i18n keys under `validation.` (translated where they are shown).
export const loginSchema = z.object({
  loginName: z.string().trim().min(1, "required").max(64, "tooLong"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});
export type LoginInput = z.infer<typeof loginSchema>;

const PASSWORD_MIN_LENGTH = 10;

/** A new password: long enough, with letters and digits, and not the login name. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(200, "tooLong")
  .regex(/[A-Za-z]/, "passwordNeedsLetter")
  .regex(/[0-9]/, "passwordNeedsDigit");

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "required"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordsDiffer",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "passwordUnchanged",
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;
