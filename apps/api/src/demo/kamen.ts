import type { LifePhaseInput, TransitionInput } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { insert } from "./insert.js";

/**
 * Kamen's own life phases, from birth to 21 (its prevention chain reaches young adults), as
 * its youth office adapted them from the platform's defaults; pregnancy is left to the county.
 */
const KAMEN_PHASES = [
  { code: "fruehe-kindheit", de: "Frühe Kindheit (0 bis 3)", en: "Early childhood (0 to 3)", min: 0, max: 36 },
  { code: "kita", de: "Kita-Zeit (3 bis 6)", en: "Day care (3 to 6)", min: 36, max: 72 },
  { code: "grundschule", de: "Grundschule (6 bis 10)", en: "Primary school (6 to 10)", min: 72, max: 120 },
  { code: "sekundarstufe", de: "Weiterführende Schule (10 bis 16)", en: "Secondary school (10 to 16)", min: 120, max: 192 },
  { code: "junge-menschen", de: "Junge Menschen (16 bis 21)", en: "Young people (16 to 21)", min: 192, max: 252 },
] as const;

const KAMEN_TRANSITIONS = [
  ["UE1", "Ü1: Familie → Kita", "T1: Family → day care", "fruehe-kindheit", "kita"],
  ["UE2", "Ü2: Kita → Grundschule", "T2: Day care → primary school", "kita", "grundschule"],
  ["UE3", "Ü3: Grundschule → weiterführende Schule", "T3: Primary → secondary school", "grundschule", "sekundarstufe"],
  ["UE4", "Ü4: Schule → Ausbildung und Beruf", "T4: School → training and work", "sekundarstufe", "junge-menschen"],
] as const;

/** Kamen's youth office's own life phases (0 to 21) and transitions. */
export async function seedKamenConfiguration(db: Kysely<Database>, youthOfficeId: string): Promise<Stored<LifePhaseInput>[]> {
  const phases: Stored<LifePhaseInput>[] = [];
  for (const [order, phase] of KAMEN_PHASES.entries()) {
    phases.push(
      await insert(db, lifePhaseAggregate, {
        code: phase.code,
        name: { de: phase.de, en: phase.en },
        description: "",
        minAgeMonths: phase.min,
        maxAgeMonths: phase.max,
        order: order + 1,
        youthOfficeId,
        adoptedFromId: null,
      }),
    );
  }
  const idOf = (code: string) => phases.find((p) => p.code === code)?.id ?? "";
  for (const [order, [code, de, en, from, to]] of KAMEN_TRANSITIONS.entries()) {
    await insert(db, transitionAggregate, {
      code,
      name: { de, en },
      description: "",
      fromLifePhaseId: idOf(from),
      toLifePhaseId: idOf(to),
      order: order + 1,
      youthOfficeId,
      adoptedFromId: null,
    } satisfies TransitionInput);
  }
  return phases;
}
