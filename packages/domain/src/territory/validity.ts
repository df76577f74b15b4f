import { isValidOn } from "../shared/date.js";
import type { IsoDate } from "../shared/date.js";
import type { Territory } from "./territory.js";

/**
 * The territories whose validity period covers the date (both ends inclusive), e.g. the
 * boundaries in force on a reporting date.
 *
 * @example
 * territoriesValidOn(territories, "2024-12-31");
 */
export function territoriesValidOn<T extends Pick<Territory, "validFrom" | "validTo">>(
  territories: readonly T[],
  date: IsoDate,
): T[] {
  return territories.filter((t) => isValidOn(t, date));
}
