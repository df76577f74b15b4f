import type { IsoDate } from "../shared/date.js";
import type { LeitbildVersionInput } from "./leitbild-version.js";

type AdoptedVersion<T extends LeitbildVersionInput> = T & {
  adoption: NonNullable<LeitbildVersionInput["adoption"]>;
};

function wasAdopted<T extends LeitbildVersionInput>(v: T): v is AdoptedVersion<T> {
  return v.status !== "draft" && v.adoption !== null;
}

/**
 * The Leitbild version in force on a date, among the versions of one territory: the version
 * with the latest adoption date on or before `date` (on equal dates the higher version number).
 * A version stays in force until the next version is adopted; a version marked superseded
 * without a later adopted version counts as repealed at an unknown date, so nothing is in force.
 * Drafts never count. Returns `null` when no version was in force.
 *
 * @example
 * currentLeitbild([v1, v2], "2020-01-01"); // v1 if v1 was adopted 2018-12-19 and v2 2021-06-30
 */
export function currentLeitbild<T extends LeitbildVersionInput>(
  versions: readonly T[],
  date: IsoDate,
): T | null {
  let best: AdoptedVersion<T> | null = null;
  for (const v of versions) {
    if (!wasAdopted(v) || v.adoption.date > date) continue;
    if (
      best === null ||
      v.adoption.date > best.adoption.date ||
      (v.adoption.date === best.adoption.date && v.versionNumber > best.versionNumber)
    ) {
      best = v;
    }
  }
  if (best === null || best.status === "adopted") return best;
  const chosen = best;
  // A superseded version is only in force if a successor exists (adopted after the date).
  const hasSuccessor = versions.some(
    (v) =>
      v !== chosen &&
      wasAdopted(v) &&
      (v.adoption.date > chosen.adoption.date ||
        (v.adoption.date === chosen.adoption.date && v.versionNumber > chosen.versionNumber)),
  );
  return hasSuccessor ? chosen : null;
}

/**
 * The number for a new version: one above the highest existing number, 1 for the first.
 *
 * @example
 * nextVersionNumber([{ versionNumber: 1 }, { versionNumber: 2 }]); // 3
 */
export function nextVersionNumber(
  versions: readonly Pick<LeitbildVersionInput, "versionNumber">[],
): number {
  return versions.reduce((max, v) => Math.max(max, v.versionNumber), 0) + 1;
}
