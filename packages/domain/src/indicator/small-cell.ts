/** The counts of a cell that small-cell rules look at. */
export interface CellCounts {
  numerator: number | null;
  denominator: number | null;
}

/**
 * Whether a cell's known counts would disclose a small group. A cell is suppressed when
 * - `0 < numerator < threshold`: few persons are counted, or
 * - `0 < denominator − numerator < threshold`: complement disclosure, e.g. 48 of 49 children
 *   reveals the one who is not counted, or
 * - the numerator is unknown and `denominator < threshold`: any rate over so few persons
 *   discloses them.
 *
 * A numerator of 0 alone is not suppressed (in a large group "none" identifies nobody); in a
 * small group the complement rule catches it. Together the rules suppress every cell whose
 * denominator is below the threshold. Internal to the package (not exported from its index).
 */
export function disclosesSmallGroup(cell: CellCounts, threshold: number): boolean {
  const { numerator, denominator } = cell;
  const isSmall = (count: number): boolean => count > 0 && count < threshold;
  if (numerator !== null && isSmall(numerator)) return true;
  if (numerator !== null && denominator !== null) return isSmall(denominator - numerator);
  return numerator === null && denominator !== null && isSmall(denominator);
}

/** Throws a `RangeError` unless the threshold is a positive integer. */
export function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`Die Sperrgrenze muss eine positive ganze Zahl sein (erhalten: ${threshold}).`);
  }
}
