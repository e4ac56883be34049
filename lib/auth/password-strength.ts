import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// Common passwords are refused (等保 expects it): zxcvbn-ts estimates how many guesses a password takes against its
// maintained dictionaries (the most common passwords, names, words, keyboard patterns, dates and sequences).
// Below score 3 (about 10^8 guesses) a password is one that attackers try early: "Password123", "1qaz2wsx3edc".

/** zxcvbn's "safely unguessable" score: an offline attack with a slow hash still needs very long. */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** True when the password is common or built from common parts (optionally the user's own login or name). */
export function isCommonPassword(password: string, userInputs: string[] = []): boolean {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, userInputs).score < MIN_PASSWORD_SCORE;
}
