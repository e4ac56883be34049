import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read out or copied by hand.
const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** A random 12-character password with letters and digits; the user must change it at first sign-in. */
export function generateTemporaryPassword(): string {
  const alphabet = LETTERS + DIGITS;
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]);
  chars.push(LETTERS[randomInt(LETTERS.length)]!, DIGITS[randomInt(DIGITS.length)]!);
  // Shuffle so the guaranteed letter and digit are not always last.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
