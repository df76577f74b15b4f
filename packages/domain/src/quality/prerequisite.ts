import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Voraussetzung: the seven building blocks (a–g) of the self-assessment checklist a
 * municipality uses to see which structures of a prevention chain it already has.
 *
 * @example
 * PrerequisiteSchema.parse("e"); // small-area prevention monitoring
 */
export const PrerequisiteSchema = z.enum(["a", "b", "c", "d", "e", "f", "g"]);
/** A prerequisite of the self-assessment checklist, a–g. */
export type Prerequisite = z.infer<typeof PrerequisiteSchema>;

/** German and English labels of the prerequisites a–g. */
export const prerequisiteLabels: EnumLabels<Prerequisite> = {
  a: {
    de: "Regelmäßige ämterübergreifende Planungskonferenz",
    en: "Regular cross-department planning conference",
  },
  b: { de: "Präventionsleitbild", en: "Prevention mission statement (Leitbild)" },
  c: {
    de: "Strategische Ziele und Zielkaskade (kommunaler Aktionsplan)",
    en: "Strategic goals and goal cascade (action plan)",
  },
  d: {
    de: "Steuerungsgruppe, weitere Gremien und ein Präventionsnetzwerk über die Frühen Hilfen hinaus",
    en: "Steering group, further bodies and a prevention network beyond early support (Frühe Hilfen)",
  },
  e: { de: "Sozialräumliches Präventionsmonitoring", en: "Small-area prevention monitoring" },
  f: {
    de: "Regelmäßige Befragungen von Familien (Adressat:innenbefragungen)",
    en: "Regular surveys of families",
  },
  g: { de: "Sozialraumkonferenzen", en: "Social-area conferences" },
};
