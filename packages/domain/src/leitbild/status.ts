import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Status of a Leitbild version (Fassung des Präventionsleitbildes): a draft under discussion,
 * the version adopted by the council, or an earlier adopted version replaced by a newer one.
 *
 * @example
 * LeitbildStatusSchema.parse("adopted");
 */
export const LeitbildStatusSchema = z.enum(["draft", "adopted", "superseded"]);
/** Status of a Leitbild version: `draft`, `adopted` or `superseded`. */
export type LeitbildStatus = z.infer<typeof LeitbildStatusSchema>;

/** German and English labels of the Leitbild statuses. */
export const leitbildStatusLabels: EnumLabels<LeitbildStatus> = {
  draft: { de: "Entwurf", en: "Draft" },
  adopted: { de: "Beschlossen", en: "Adopted" },
  superseded: { de: "Abgelöst", en: "Superseded" },
};
