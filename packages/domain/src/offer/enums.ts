import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Angebotsstatus, the HSDS 3.0 service status (`temporarilyClosed` is HSDS "temporarily closed").
 *
 * @example
 * OfferStatusSchema.parse("active");
 */
export const OfferStatusSchema = z.enum(["active", "inactive", "defunct", "temporarilyClosed"]);
/** The status of an offer. */
export type OfferStatus = z.infer<typeof OfferStatusSchema>;

/** German and English labels of the offer statuses. */
export const offerStatusLabels: EnumLabels<OfferStatus> = {
  active: { de: "Aktiv", en: "Active" },
  inactive: { de: "Inaktiv", en: "Inactive" },
  defunct: { de: "Eingestellt", en: "Defunct" },
  temporarilyClosed: { de: "Vorübergehend geschlossen", en: "Temporarily closed" },
};

/**
 * Präventionsebene: universal (for everyone), selective (for groups at higher risk),
 * indicated (for individuals showing first signs).
 *
 * @example
 * PreventionLevelSchema.parse("universal");
 */
export const PreventionLevelSchema = z.enum(["universal", "selective", "indicated"]);
/** The prevention level of an offer. */
export type PreventionLevel = z.infer<typeof PreventionLevelSchema>;

/** German and English labels of the prevention levels. */
export const preventionLevelLabels: EnumLabels<PreventionLevel> = {
  universal: { de: "Universelle Prävention", en: "Universal prevention" },
  selective: { de: "Selektive Prävention", en: "Selective prevention" },
  indicated: { de: "Indizierte Prävention", en: "Indicated prevention" },
};

/**
 * Zielgruppe: whom an offer addresses.
 *
 * @example
 * TargetGroupSchema.parse("singleParents");
 */
export const TargetGroupSchema = z.enum([
  "expectantParents",
  "parents",
  "children",
  "adolescents",
  "youngAdults",
  "families",
  "singleParents",
  "familiesWithMigrationHistory",
  "professionals",
]);
/** A target group of an offer. */
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

/** German and English labels of the target groups. */
export const targetGroupLabels: EnumLabels<TargetGroup> = {
  expectantParents: { de: "Werdende Eltern", en: "Expectant parents" },
  parents: { de: "Eltern", en: "Parents" },
  children: { de: "Kinder", en: "Children" },
  adolescents: { de: "Jugendliche", en: "Adolescents" },
  youngAdults: { de: "Junge Volljährige", en: "Young adults" },
  families: { de: "Familien", en: "Families" },
  singleParents: { de: "Alleinerziehende", en: "Single parents" },
  familiesWithMigrationHistory: { de: "Familien mit Einwanderungsgeschichte", en: "Families with a migration background" },
  professionals: { de: "Fachkräfte", en: "Professionals" },
};

/**
 * Wochentag in iCal RRULE notation, as HSDS schedules use it (`byday`).
 *
 * @example
 * WeekdaySchema.parse("MO");
 */
export const WeekdaySchema = z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
/** A weekday code (iCal). */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** German and English labels of the weekdays. */
export const weekdayLabels: EnumLabels<Weekday> = {
  MO: { de: "Montag", en: "Monday" },
  TU: { de: "Dienstag", en: "Tuesday" },
  WE: { de: "Mittwoch", en: "Wednesday" },
  TH: { de: "Donnerstag", en: "Thursday" },
  FR: { de: "Freitag", en: "Friday" },
  SA: { de: "Samstag", en: "Saturday" },
  SU: { de: "Sonntag", en: "Sunday" },
};

/**
 * Wiederholung of a schedule, the iCal RRULE `FREQ` values an offer needs.
 *
 * @example
 * ScheduleFrequencySchema.parse("WEEKLY");
 */
export const ScheduleFrequencySchema = z.enum(["WEEKLY", "MONTHLY"]);
/** How often a schedule repeats. */
export type ScheduleFrequency = z.infer<typeof ScheduleFrequencySchema>;

/** German and English labels of the schedule frequencies. */
export const scheduleFrequencyLabels: EnumLabels<ScheduleFrequency> = {
  WEEKLY: { de: "Wöchentlich", en: "Weekly" },
  MONTHLY: { de: "Monatlich", en: "Monthly" },
};
