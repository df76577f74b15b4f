import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Akteursart: what kind of organisation an actor of the prevention chain is.
 *
 * @example
 * ActorKindSchema.parse("freeProvider");
 */
export const ActorKindSchema = z.enum([
  "publicBody",
  "freeProvider",
  "network",
  "association",
  "school",
  "healthcare",
  "volunteerInitiative",
  "company",
  "other",
]);
/** The kind of an actor. */
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** German and English labels of the actor kinds. */
export const actorKindLabels: EnumLabels<ActorKind> = {
  publicBody: { de: "Öffentlicher Träger", en: "Public body" },
  freeProvider: { de: "Freier Träger", en: "Independent non-profit provider" },
  network: { de: "Netzwerk", en: "Network" },
  association: { de: "Verein oder Verband", en: "Association" },
  school: { de: "Schule", en: "School" },
  healthcare: { de: "Gesundheitswesen", en: "Healthcare" },
  volunteerInitiative: { de: "Ehrenamtliche Initiative", en: "Volunteer initiative" },
  company: { de: "Unternehmen", en: "Company" },
  other: { de: "Sonstige", en: "Other" },
};
