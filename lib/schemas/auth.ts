import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/password-strength";

// Messages are i18n keys under `validation.` (translated where they are shown).
export const loginSchema = z.object({
  loginName: z.string().trim().min(1, "required").max(64, "tooLong"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});
export type LoginInput = z.infer<typeof loginSchema>;

const PASSWORD_MIN_LENGTH = 10;

/** A new password: long enough, with letters and digits, not a common one, and not the login name. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(200, "tooLong")
  .regex(/[A-Za-z]/, "passwordNeedsLetter")
  .regex(/[0-9]/, "passwordNeedsDigit")
  .refine((password) => !isCommonPassword(password), "passwordTooCommon");

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
