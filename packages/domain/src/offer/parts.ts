import { z } from "zod";
import { EmailSchema, PhoneSchema, PostalAddressSchema, WebUrlSchema } from "../actor/contact.js";
import { OfferCoordinatesSchema } from "./coordinates.js";
import { ScheduleFrequencySchema, WeekdaySchema } from "./enums.js";

/**
 * Barrierefreiheit of a location (HSDS `accessibility`); `null` where not yet assessed.
 *
 * @example
 * AccessibilitySchema.parse({ wheelchairAccessible: true, description: "Aufzug am Seiteneingang" });
 */
export const AccessibilitySchema = z.object({
  /** Step-free access for wheelchairs; `null` when unknown. */
  wheelchairAccessible: z.boolean().nullable(),
  /** Further details, e.g. lift, accessible toilet, induction loop. */
  description: z.string().trim().max(2000).nullable(),
});
/** The accessibility of a location. */
export type Accessibility = z.infer<typeof AccessibilitySchema>;

/**
 * Angebotsort: where an offer takes place (HSDS `location` with its physical address and, if
 * known, its coordinates for a map; `coordinates` is optional in input and defaults to `null`).
 *
 * @example
 * OfferLocationSchema.parse({ name: "Familienzentrum St. Lamberti", address: { street: "Markt 1", postalCode: "48653", city: "Coesfeld" },
 *   accessibility: { wheelchairAccessible: null, description: null },
 *   coordinates: { latitude: 51.9458, longitude: 7.1675, source: "map" } });
 */
export const OfferLocationSchema = z.object({
  /** Name of the place or office, if it has one. */
  name: z.string().trim().min(1).max(200).nullable(),
  /** Where the place is. */
  address: PostalAddressSchema,
  /** How accessible the place is. */
  accessibility: AccessibilitySchema,
  /** Where the place is on a map (WGS 84), and where that came from; `null` when unknown. */
  coordinates: OfferCoordinatesSchema.nullable().default(null),
});
/** A location of an offer. */
export type OfferLocation = z.infer<typeof OfferLocationSchema>;

/**
 * A time of day, `HH:MM` (24 hours).
 *
 * @example
 * TimeOfDaySchema.parse("09:30");
 */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: "Eine Uhrzeit hat die Form HH:MM, z. B. 09:30.",
});

/**
 * Öffnungszeit: a recurring schedule in the shape of HSDS `schedule` (iCal RRULE fields).
 * A weekly schedule needs at least one weekday; closing lies after opening.
 *
 * @example
 * OfferScheduleSchema.parse({ freq: "WEEKLY", byDay: ["TU"], opensAt: "09:30", closesAt: "11:30",
 *   description: "Elterncafé, außer in den Schulferien" });
 */
export const OfferScheduleSchema = z
  .object({
    /** How often it repeats (RRULE `FREQ`). */
    freq: ScheduleFrequencySchema,
    /** Weekdays it takes place on (RRULE `BYDAY`). */
    byDay: z.array(WeekdaySchema).max(7),
    /** Start time `HH:MM`, if fixed. */
    opensAt: TimeOfDaySchema.nullable(),
    /** End time `HH:MM`, if fixed; after `opensAt`. */
    closesAt: TimeOfDaySchema.nullable(),
    /** Free text, e.g. „außer in den Schulferien“. */
    description: z.string().trim().max(500).nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.freq === "WEEKLY" && s.byDay.length === 0) {
      ctx.addIssue({ code: "custom", path: ["byDay"], message: "Ein wöchentlicher Termin braucht mindestens einen Wochentag." });
    }
    if (new Set(s.byDay).size !== s.byDay.length) {
      ctx.addIssue({ code: "custom", path: ["byDay"], message: "Jeder Wochentag darf nur einmal vorkommen." });
    }
    if (s.opensAt !== null && s.closesAt !== null && s.closesAt <= s.opensAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Das Ende muss nach dem Beginn liegen." });
    }
  });
/** A recurring schedule of an offer. */
export type OfferSchedule = z.infer<typeof OfferScheduleSchema>;

/**
 * Kosten (HSDS `cost_options`, currency EUR). An offer free of charge carries no amount; a
 * paid one may leave the amount open (e.g. income-dependent fees) and describe it.
 *
 * @example
 * OfferCostSchema.parse({ free: false, amountCents: 2500, description: "pro Kurs, ermäßigt auf Anfrage" });
 */
export const OfferCostSchema = z
  .object({
    /** Free of charge. */
    free: z.boolean(),
    /** Price in euro cents; `null` when free or not a fixed amount. */
    amountCents: z.number().int().nonnegative().nullable(),
    /** Fee details, e.g. reductions (HSDS `fees_description`). */
    description: z.string().trim().max(1000).nullable(),
  })
  .superRefine((c, ctx) => {
    if (c.free && c.amountCents !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["amountCents"],
        message: "Ein kostenloses Angebot hat keinen Betrag: entfernen Sie den Betrag oder das Häkchen „kostenlos“.",
      });
    }
  });
/** The costs of an offer. */
export type OfferCost = z.infer<typeof OfferCostSchema>;

/**
 * Kontakt for an offer (HSDS `contacts`, `phones`, `email`, `url`): at least one way to get in
 * touch. A name here is public, so use a role or an office rather than a private person
 * unless the person agreed.
 *
 * @example
 * OfferContactSchema.parse({ name: "Koordinationsstelle Frühe Hilfen", email: "fruehehilfen@kreis-coesfeld.de", phone: null, url: null });
 */
export const OfferContactSchema = z
  .object({
    /** Contact name, preferably an office or role. */
    name: z.string().trim().min(1).max(200).nullable(),
    /** E-mail address. */
    email: EmailSchema.nullable(),
    /** Telephone number. */
    phone: PhoneSchema.nullable(),
    /** Web page with details or registration. */
    url: WebUrlSchema.nullable(),
  })
  .superRefine((c, ctx) => {
    if (c.email === null && c.phone === null && c.url === null) {
      ctx.addIssue({
        code: "custom",
        path: ["email"],
        message: "Geben Sie mindestens einen Kontaktweg an: E-Mail, Telefon oder Webadresse.",
      });
    }
  });
/** How to contact an offer. */
export type OfferContact = z.infer<typeof OfferContactSchema>;
