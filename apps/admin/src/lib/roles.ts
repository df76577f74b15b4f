import type { Me } from "./trpc.js";

type Person = NonNullable<Me>;

const REVIEWER_ROLES = new Set(["admin", "coordinator", "townEditor"]);

/** Whether the person may publish directly and review proposals (administration, coordination, town editors). */
export function isReviewer(me: Person): boolean {
  return me.assignments.some((assignment) => REVIEWER_ROLES.has(assignment.role));
}

/** The organisations whose offers the person edits as a provider (Anbieter-Redaktion). */
export function providerOrganisations(me: Person): string[] {
  return me.assignments.flatMap((assignment) => (assignment.role === "providerEditor" && assignment.organisationId ? [assignment.organisationId] : []));
}

/**
 * How the offer form saves for this person: reviewers write the offer (`edit`); a provider
 * editor without a reviewing role proposes the change for review (`propose`).
 *
 * @example
 * offerMode({ assignments: [{ role: "providerEditor", territoryId: null, organisationId: awo }], … }) // "propose"
 */
export function offerMode(me: Person): "edit" | "propose" {
  return !isReviewer(me) && providerOrganisations(me).length > 0 ? "propose" : "edit";
}
