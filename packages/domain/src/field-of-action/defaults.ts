import type { FieldOfActionInput } from "./field-of-action.js";

/**
 * The fields of action named in the council papers (Jugend, Bildung, Gesundheit, Soziales,
 * Integration) plus Sport.
 *
 * @example
 * defaultFieldsOfAction.map((f) => f.code); // ["jugend", "bildung", "gesundheit", "soziales", "integration", "sport"]
 */
export const defaultFieldsOfAction: readonly FieldOfActionInput[] = [
  {
    code: "jugend",
    name: { de: "Jugend", en: "Youth" },
    description: "Kinder- und Jugendhilfe: Frühe Hilfen, Jugendarbeit, Hilfen zur Erziehung, Kinderschutz.",
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "bildung",
    name: { de: "Bildung", en: "Education" },
    description: "Kita, Schule, Ganztag, Sprachförderung, Familienbildung, Übergang in den Beruf.",
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "gesundheit",
    name: { de: "Gesundheit", en: "Health" },
    description: "Hebammen, Kinderärztinnen und -ärzte, Gesundheitsamt, Früherkennung, Gesundheitsförderung.",
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "soziales",
    name: { de: "Soziales", en: "Social services" },
    description: "Existenzsicherung, Beratung, Jobcenter, Teilhabe für Familien in Armutslagen.",
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "integration",
    name: { de: "Integration", en: "Integration" },
    description: "Kommunales Integrationszentrum, Migrationsberatung, Sprach- und Kulturmittlung.",
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "sport",
    name: { de: "Sport", en: "Sport" },
    description: "Sportvereine, Bewegungsförderung, Schwimmfähigkeit.",
    youthOfficeId: null,
    adoptedFromId: null,
  },
];
