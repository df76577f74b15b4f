import type { CouncilDecisionReference } from "./council-decision.js";
import type { LeitbildStatement, LeitbildVersionInput } from "./leitbild-version.js";

/**
 * Whether the content of a Leitbild version may still be edited. Only drafts may: once the
 * council has adopted a version, its text is a public record (also after it was superseded).
 * The one status change still allowed for an adopted version is checked by
 * {@link checkLeitbildChange}.
 *
 * @example
 * canChangeLeitbildVersion({ ...version, status: "adopted" }); // false
 */
export function canChangeLeitbildVersion(existing: Pick<LeitbildVersionInput, "status">): boolean {
  return existing.status === "draft";
}

function sameStatements(a: readonly LeitbildStatement[], b: readonly LeitbildStatement[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i];
      return t !== undefined && s.title === t.title && s.text === t.text;
    })
  );
}

function sameAdoption(
  a: CouncilDecisionReference | null,
  b: CouncilDecisionReference | null,
): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.body === b.body &&
    a.date === b.date &&
    a.paperNumber === b.paperNumber &&
    a.decisionId === b.decisionId
  );
}

/** Compares field by field so that key order (e.g. after a JSON round trip) does not matter. */
function sameContent(a: LeitbildVersionInput, b: LeitbildVersionInput): boolean {
  return (
    a.territoryId === b.territoryId &&
    a.versionNumber === b.versionNumber &&
    a.title === b.title &&
    a.preamble === b.preamble &&
    sameStatements(a.statements, b.statements) &&
    sameAdoption(a.adoption, b.adoption)
  );
}

/**
 * Checks whether a stored Leitbild version may be replaced by `next`. Returns `null` when the
 * change is allowed, otherwise a German message saying why it is refused:
 * - the territory of a version never changes;
 * - a draft may change freely, but cannot jump to "superseded" (it was never in force);
 * - an adopted version keeps its content (title, preamble, statements, version number and
 *   council decision); its only allowed change is the status adopted → superseded;
 * - a superseded version is final.
 * An unchanged resubmission is always allowed.
 *
 * @example
 * checkLeitbildChange(adopted, { ...adopted, status: "superseded" }); // null
 * checkLeitbildChange(adopted, { ...adopted, title: "Neu" });
 * // "Eine beschlossene Fassung des Leitbildes ist unveränderlich …"
 */
export function checkLeitbildChange(
  existing: LeitbildVersionInput,
  next: LeitbildVersionInput,
): string | null {
  if (existing.territoryId !== next.territoryId) {
    return "Eine Fassung des Leitbildes kann nicht einem anderen Gebiet zugeordnet werden. Bitte für das andere Gebiet eine eigene Fassung anlegen.";
  }
  if (existing.status === "draft") {
    if (next.status === "superseded") {
      return "Ein Entwurf kann nicht abgelöst werden, weil er nie beschlossen wurde. Bitte den Entwurf beschließen oder verwerfen.";
    }
    return null;
  }
  if (!sameContent(existing, next)) {
    return "Eine beschlossene Fassung des Leitbildes ist unveränderlich: Titel, Präambel, Leitsätze, Versionsnummer und Beschluss bleiben wie beschlossen. Für einen neuen Text bitte eine neue Fassung (Entwurf) anlegen.";
  }
  if (existing.status === next.status) return null;
  if (existing.status === "adopted" && next.status === "superseded") return null;
  if (existing.status === "adopted") {
    return "Eine beschlossene Fassung kann nicht wieder zum Entwurf werden. Bitte eine neue Fassung anlegen.";
  }
  return "Eine abgelöste Fassung bleibt abgelöst; ihr Status kann nicht mehr geändert werden.";
}

/**
 * Adopts a draft: the returned version carries status "adopted" and the council decision; all
 * other fields stay as they are. Throws when the version is not a draft, because adopting twice
 * would overwrite the record of the first decision.
 *
 * @example
 * adoptLeitbildVersion(draft, {
 *   body: "Kreistag Coesfeld",
 *   date: "2018-12-19",
 *   paperNumber: "SV-9-1217",
 *   decisionId: null,
 * }).status; // "adopted"
 */
export function adoptLeitbildVersion<T extends LeitbildVersionInput>(
  draft: T,
  decision: CouncilDecisionReference,
): T {
  if (draft.status !== "draft") {
    throw new Error(
      `Nur ein Entwurf kann beschlossen werden; diese Fassung (Version ${String(draft.versionNumber)}) ist bereits ${draft.status === "adopted" ? "beschlossen" : "abgelöst"}.`,
    );
  }
  return { ...draft, status: "adopted", adoption: { ...decision } };
}
