import { z } from "zod";

/**
 * A telephone number, checked loosely: digits, spaces, `+`, `/`, `-` and parentheses, with at
 * least three digits. German numbers come in too many notations to parse strictly.
 *
 * @example
 * PhoneSchema.parse("+49 2541 18-0");
 */
export const PhoneSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+\s/()-]+$/, {
    error: "Eine Telefonnummer enthält nur Ziffern, Leerzeichen und + / - ( ).",
  })
  .refine((s) => (s.match(/\d/g) ?? []).length >= 3, {
    error: "Eine Telefonnummer braucht mindestens drei Ziffern.",
  });

/**
 * An e-mail address.
 *
 * @example
 * EmailSchema.parse("jugendamt@kreis-coesfeld.de");
 */
export const EmailSchema = z.email({ error: "Bitte geben Sie eine gültige E-Mail-Adresse an." }).max(254);

/**
 * A web address; only http and https, so that no `javascript:` link reaches a public page.
 *
 * @example
 * WebUrlSchema.parse("https://www.kreis-coesfeld.de");
 */
export const WebUrlSchema = z
  .url({ protocol: /^https?$/, error: "Bitte geben Sie eine Webadresse mit http:// oder https:// an." })
  .max(2000);

/**
 * A German postal address.
 *
 * @example
 * PostalAddressSchema.parse({ street: "Friedrich-Ebert-Straße 7", postalCode: "48653", city: "Coesfeld" });
 */
export const PostalAddressSchema = z.object({
  /** Street and house number. */
  street: z.string().trim().min(1).max(200),
  /** Five-digit German postal code (PLZ). */
  postalCode: z.string().trim().regex(/^\d{5}$/, { error: "Eine Postleitzahl hat fünf Ziffern." }),
  /** Town or city. */
  city: z.string().trim().min(1).max(200),
});
/** A German postal address. */
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

/**
 * Ansprechperson: a contact person of an actor. Personal data: it appears in public views
 * only when `isPublic` is set (GDPR: the person has agreed).
 *
 * @example
 * ContactPersonSchema.parse({ name: "Anna Beispiel", role: "Koordination Frühe Hilfen",
 *   email: "anna.beispiel@example.org", phone: null, isPublic: false });
 */
export const ContactPersonSchema = z.object({
  /** Full name. */
  name: z.string().trim().min(1).max(200),
  /** Function, e.g. „Koordination Frühe Hilfen“; may be empty. */
  role: z.string().trim().max(200),
  /** E-mail address, if any. */
  email: EmailSchema.nullable(),
  /** Telephone number, if any. */
  phone: PhoneSchema.nullable(),
  /** Whether the person agreed to appear in public views. */
  isPublic: z.boolean(),
});
/** A contact person of an actor. */
export type ContactPerson = z.infer<typeof ContactPersonSchema>;
