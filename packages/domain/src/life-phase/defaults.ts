import type { LifePhase, LifePhaseInput } from "./life-phase.js";
import type { TransitionInput } from "./transition.js";

/**
 * The default life phases of the NRW initiative "kinderstark": from pregnancy to the entry
 * into work. A municipality starts from these and adapts them; the last two overlap on
 * purpose (career orientation starts in grade 8, at about 14).
 *
 * @example
 * defaultLifePhases.map((p) => p.code); // ["schwangerschaft", "fruehe-kindheit", …]
 */
export const defaultLifePhases: readonly LifePhaseInput[] = [
  {
    code: "schwangerschaft",
    name: { de: "Rund um Schwangerschaft und Geburt", en: "Pregnancy and birth" },
    description: "Hebamme, Geburtsklinik, Schwangerschaftsberatung, Willkommensbesuch.",
    minAgeMonths: -9,
    maxAgeMonths: 12,
    order: 1,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "fruehe-kindheit",
    name: { de: "Frühe Kindheit (U3)", en: "Early childhood (under 3)" },
    description: "Familie, Kindertagespflege, U3-Kita, Frühe Hilfen.",
    minAgeMonths: 0,
    maxAgeMonths: 36,
    order: 2,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "kita-alter",
    name: { de: "Kita-Alter (Ü3)", en: "Kindergarten age (3 to 6)" },
    description: "Kita, Familienzentrum, Sprachförderung, Schuleingangsuntersuchung.",
    minAgeMonths: 36,
    maxAgeMonths: 72,
    order: 3,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "grundschulalter",
    name: { de: "Grundschulalter", en: "Primary school age" },
    description: "Grundschule, Offene Ganztagsschule (OGS), Familiengrundschulzentrum.",
    minAgeMonths: 72,
    maxAgeMonths: 120,
    order: 4,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "sekundarstufe-1",
    name: { de: "Sekundarstufe I / Jugend", en: "Lower secondary school / youth" },
    description: "Weiterführende Schule, Schulsozialarbeit, offene Jugendarbeit.",
    minAgeMonths: 120,
    maxAgeMonths: 192,
    order: 5,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "uebergang-schule-beruf",
    name: {
      de: "Übergang Schule–Beruf / junge Volljährige",
      en: "School-to-work transition / young adults",
    },
    description: "Berufskolleg, Ausbildung, Jobcenter, Jugendberufsagentur, KAoA.",
    minAgeMonths: 168,
    maxAgeMonths: 252,
    order: 6,
    youthOfficeId: null,
    adoptedFromId: null,
  },
];

/** A transition that refers to its life phases by code, for defaults and seeds written before ids exist. */
export type TransitionTemplate = Omit<TransitionInput, "fromLifePhaseId" | "toLifePhaseId"> & {
  /** Code of the life phase the transition leaves. */
  fromLifePhaseCode: string;
  /** Code of the life phase the transition enters. */
  toLifePhaseCode: string;
};

/**
 * The four critical transitions (Übergänge Ü1–Ü4) between the default life phases.
 *
 * @example
 * defaultTransitions[0]?.code; // "UE1"
 */
export const defaultTransitions: readonly TransitionTemplate[] = [
  {
    code: "UE1",
    name: { de: "Ü1: Familie → Kita / Kindertagespflege", en: "T1: Family → day care / childminder" },
    description: "Der Schritt aus der Familie in die erste Betreuung außerhalb.",
    fromLifePhaseCode: "fruehe-kindheit",
    toLifePhaseCode: "kita-alter",
    order: 1,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "UE2",
    name: { de: "Ü2: Kita → Grundschule", en: "T2: Day care → primary school" },
    description: "Einschulung, Schuleingangsuntersuchung, Zusammenarbeit von Kita und Grundschule.",
    fromLifePhaseCode: "kita-alter",
    toLifePhaseCode: "grundschulalter",
    order: 2,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "UE3",
    name: { de: "Ü3: Grundschule → weiterführende Schule", en: "T3: Primary → secondary school" },
    description: "Wechsel in die Sekundarstufe I.",
    fromLifePhaseCode: "grundschulalter",
    toLifePhaseCode: "sekundarstufe-1",
    order: 3,
    youthOfficeId: null,
    adoptedFromId: null,
  },
  {
    code: "UE4",
    name: { de: "Ü4: Schule → Ausbildung / Beruf", en: "T4: School → training / work" },
    description: "Berufsorientierung nach „Kein Abschluss ohne Anschluss“ (KAoA) ab Klasse 8.",
    fromLifePhaseCode: "sekundarstufe-1",
    toLifePhaseCode: "uebergang-schule-beruf",
    order: 4,
    youthOfficeId: null,
    adoptedFromId: null,
  },
];

/**
 * Turns transition templates into inputs once the life phases have ids. Templates whose
 * phase codes are unknown are left out, so check the count when that matters.
 *
 * @example
 * resolveTransitionTemplates(defaultTransitions, storedPhases); // TransitionInput[]
 */
export function resolveTransitionTemplates(
  templates: readonly TransitionTemplate[],
  phases: readonly Pick<LifePhase, "id" | "code">[],
): TransitionInput[] {
  const idByCode = new Map(phases.map((p) => [p.code, p.id] as const));
  const result: TransitionInput[] = [];
  for (const { fromLifePhaseCode, toLifePhaseCode, ...rest } of templates) {
    const fromLifePhaseId = idByCode.get(fromLifePhaseCode);
    const toLifePhaseId = idByCode.get(toLifePhaseCode);
    if (fromLifePhaseId === undefined || toLifePhaseId === undefined) continue;
    result.push({ ...rest, fromLifePhaseId, toLifePhaseId });
  }
  return result;
}
