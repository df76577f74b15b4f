import { z } from "zod";

/**
 * A calendar date in ISO 8601 form (`YYYY-MM-DD`). Dates are plain strings so that they
 * survive JSON and databases without time-zone shifts.
 *
 * @example
 * IsoDateSchema.parse("2018-09-25");
 */
export const IsoDateSchema = z.iso.date();
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A period during which something is valid: from a date, until a date (inclusive) or open.
 * Territories and other records keep their history through such periods instead of being
 * overwritten.
 *
 * @example
 * ValidityPeriodSchema.parse({ validFrom: "1975-01-01", validTo: null });
 */
export const ValidityPeriodSchema = z
  .object({
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable(),
  })
  .refine((p) => p.validTo === null || p.validTo >= p.validFrom, {
    message: "Das Ende der Gültigkeit liegt vor ihrem Beginn.",
    path: ["validTo"],
  });
/** A validity period; `validTo` is inclusive, `null` means open-ended. */
export type ValidityPeriod = z.infer<typeof ValidityPeriodSchema>;

/**
 * Whether a validity period covers the given date.
 *
 * @example
 * isValidOn({ validFrom: "2020-01-01", validTo: null }, "2024-05-01"); // true
 */
export function isValidOn(period: ValidityPeriod, date: IsoDate): boolean {
  return period.validFrom <= date && (period.validTo === null || date <= period.validTo);
}

/**
 * Whole months between two dates, counting a month only once its day is reached. Negative
 * when `to` lies before `from` (e.g. an expected birth date in the future).
 *
 * @example
 * monthsBetween("2024-03-15", "2025-03-14"); // 11
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && td < fd) months -= 1;
  if (months < 0 && td > fd) months += 1;
  return months;
}
