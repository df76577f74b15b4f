import { z } from "zod";
import type { IsoDate } from "../shared/date.js";
import type { EnumLabels } from "../shared/label.js";

/**
 * Zeitraumtyp: the kind of period an indicator is reported for. School statistics and the
 * school-entry examination follow the school year, most others the calendar year.
 *
 * @example
 * PeriodTypeSchema.parse("schoolYear");
 */
export const PeriodTypeSchema = z.enum(["year", "schoolYear", "quarter", "month"]);
/** The kind of reporting period. */
export type PeriodType = z.infer<typeof PeriodTypeSchema>;

/** German and English labels of the period types. */
export const periodTypeLabels: EnumLabels<PeriodType> = {
  year: { de: "Kalenderjahr", en: "Calendar year" },
  schoolYear: { de: "Schuljahr", en: "School year" },
  quarter: { de: "Quartal", en: "Quarter" },
  month: { de: "Monat", en: "Month" },
};

/** An example of each period type's notation, for messages and input hints. */
export const periodExamples: Readonly<Record<PeriodType, string>> = {
  year: "2021",
  schoolYear: "2021/22",
  quarter: "2021-Q3",
  month: "2021-07",
};

/**
 * A period taken apart: `year` is the calendar year, or for a school year the year it starts in.
 * `part` is the quarter (1–4) or month (1–12), absent for years and school years.
 */
export type ParsedPeriod =
  | {
      /** A calendar or school year. */
      type: "year" | "schoolYear";
      /** The calendar year, or the year the school year starts in. */
      year: number;
    }
  | {
      /** A quarter or month. */
      type: "quarter" | "month";
      /** The calendar year. */
      year: number;
      /** The quarter (1–4) or month (1–12). */
      part: number;
    };

const patterns: ReadonlyArray<[PeriodType, RegExp]> = [
  ["year", /^(\d{4})$/],
  ["schoolYear", /^(\d{4})\/(\d{2})$/],
  ["quarter", /^(\d{4})-Q([1-4])$/],
  ["month", /^(\d{4})-(0[1-9]|1[0-2])$/],
];

/**
 * Takes a period string apart, or returns `null` when it is none of the four notations
 * ("2021", "2021/22", "2021-Q3", "2021-07"). A school year must span two consecutive years.
 *
 * @example
 * parsePeriod("2021/22"); // { type: "schoolYear", year: 2021 }
 * parsePeriod("2021/23"); // null
 */
export function parsePeriod(period: string): ParsedPeriod | null {
  for (const [type, pattern] of patterns) {
    const match = pattern.exec(period);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < 1000) return null;
    if (type === "year") return { type, year };
    if (type === "schoolYear") {
      return Number(match[2]) === (year + 1) % 100 ? { type, year } : null;
    }
    return { type, year, part: Number(match[2]) };
  }
  return null;
}

/**
 * Writes a parsed period back in its notation; the inverse of {@link parsePeriod}.
 *
 * @example
 * formatPeriod({ type: "quarter", year: 2021, part: 3 }); // "2021-Q3"
 */
export function formatPeriod(period: ParsedPeriod): string {
  const year = String(period.year).padStart(4, "0");
  switch (period.type) {
    case "year":
      return year;
    case "schoolYear":
      return `${year}/${String((period.year + 1) % 100).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${period.part}`;
    case "month":
      return `${year}-${String(period.part).padStart(2, "0")}`;
  }
}

/**
 * Zeitraum: a reporting period in one of four notations: year "2021", school year "2021/22",
 * quarter "2021-Q3", month "2021-07".
 *
 * @example
 * PeriodSchema.parse("2021-Q3");
 */
export const PeriodSchema = z
  .string()
  .trim()
  .refine((value) => parsePeriod(value) !== null, {
    message:
      "Der Zeitraum ist ungültig. Erlaubt sind Jahr („2021“), Schuljahr („2021/22“), Quartal („2021-Q3“) oder Monat („2021-07“).",
  });
/** A reporting period string. */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * The type of a period string, or `null` when it is not a valid period.
 *
 * @example
 * periodTypeOf("2021-07"); // "month"
 */
export function periodTypeOf(period: string): PeriodType | null {
  return parsePeriod(period)?.type ?? null;
}

/**
 * Whether a period string is valid and of the given type.
 *
 * @example
 * isValidPeriod("schoolYear", "2021/22"); // true
 * isValidPeriod("year", "2021/22"); // false
 */
export function isValidPeriod(periodType: PeriodType, period: string): boolean {
  return periodTypeOf(period) === periodType;
}

function parseOrThrow(period: string): ParsedPeriod {
  const parsed = parsePeriod(period);
  if (!parsed) throw new RangeError(`Ungültiger Zeitraum: „${period}“.`);
  return parsed;
}

/**
 * The first day of a period. School years in NRW begin on 1 August (SchulG NRW §7).
 * Throws a `RangeError` for an invalid period.
 *
 * @example
 * periodStartDate("2021/22"); // "2021-08-01"
 * periodStartDate("2021-Q3"); // "2021-07-01"
 */
export function periodStartDate(period: string): IsoDate {
  const parsed = parseOrThrow(period);
  const year = String(parsed.year).padStart(4, "0");
  switch (parsed.type) {
    case "year":
      return `${year}-01-01`;
    case "schoolYear":
      return `${year}-08-01`;
    case "quarter":
      return `${year}-${String(parsed.part * 3 - 2).padStart(2, "0")}-01`;
    case "month":
      return `${year}-${String(parsed.part).padStart(2, "0")}-01`;
  }
}

/**
 * Orders periods chronologically by their first day, for `Array.prototype.sort`. Periods
 * starting on the same day ("2021", "2021-Q1", "2021-01") are ordered by their notation so the
 * order is stable. Throws a `RangeError` for an invalid period.
 *
 * @example
 * ["2021-Q3", "2020-Q4", "2021-Q1"].sort(comparePeriods); // ["2020-Q4", "2021-Q1", "2021-Q3"]
 */
export function comparePeriods(a: string, b: string): number {
  const startA = periodStartDate(a);
  const startB = periodStartDate(b);
  if (startA !== startB) return startA < startB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Bezugsjahr: the year a period counts as in year-based methods such as goal progress, by the
 * convention "the calendar year in which the period ends": a calendar year is itself, a school
 * year counts as the year it ends in ("2023/24" → 2024, the year of its leaving certificates
 * and school-entry examinations), a quarter or month as its calendar year. Throws a
 * `RangeError` for an invalid period.
 *
 * @example
 * periodEndYear("2023/24"); // 2024
 * periodEndYear("2021-Q3"); // 2021
 */
export function periodEndYear(period: string): number {
  const parsed = parseOrThrow(period);
  return parsed.type === "schoolYear" ? parsed.year + 1 : parsed.year;
}
