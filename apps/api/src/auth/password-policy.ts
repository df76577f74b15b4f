import { z } from "zod";

/**
 * Password rules (BSI IT-Grundschutz ORP.4 in spirit): long rather than complicated, at least
 * 12 characters, not one repeated character, and not the account's own e-mail address.
 */
export const PasswordSchema = z
  .string()
  .min(12, "Das Passwort muss mindestens 12 Zeichen lang sein.")
  .max(128, "Das Passwort darf höchstens 128 Zeichen lang sein.")
  .refine((password) => new Set(password).size >= 5, "Das Passwort ist zu einfach: bitte mehr verschiedene Zeichen verwenden.");

/** Refuses a password that contains the e-mail address's local part. */
export function passwordMentionsEmail(password: string, email: string): boolean {
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  return local.length >= 4 && password.toLowerCase().includes(local);
}
