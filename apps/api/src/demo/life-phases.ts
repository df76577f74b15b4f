import {
  defaultFieldsOfAction,
  defaultLifePhases,
  defaultTransitions,
  type FieldOfActionInput,
  type LifePhaseInput,
  resolveTransitionTemplates,
  type TransitionInput,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { fieldOfActionAggregate } from "../repositories/field-of-action.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { insert } from "./insert.js";

/** Codes of the default life phases, from pregnancy to the entry into work. */
export type PhaseCode =
  | "schwangerschaft"
  | "fruehe-kindheit"
  | "kita-alter"
  | "grundschulalter"
  | "sekundarstufe-1"
  | "uebergang-schule-beruf";

/** Codes of the four critical transitions Ü1–Ü4. */
export type TransitionCode = "UE1" | "UE2" | "UE3" | "UE4";

/** Codes of the default fields of action. */
export type FieldCode = "jugend" | "bildung" | "gesundheit" | "soziales" | "integration" | "sport";

/** The axes of the offer map as stored, by code. */
export interface SeededAxes {
  lifePhases: Record<PhaseCode, Stored<LifePhaseInput>>;
  transitions: Record<TransitionCode, Stored<TransitionInput>>;
  fields: Record<FieldCode, Stored<FieldOfActionInput>>;
}

function byCode<T extends { code: string }, K extends string>(records: readonly T[], codes: readonly K[], what: string): Record<K, T> {
  const result = {} as Record<K, T>;
  for (const code of codes) {
    const found = records.find((r) => r.code === code);
    if (!found) throw new Error(`Demodaten: Die Standardwerte enthalten keine ${what} „${code}“.`);
    result[code] = found;
  }
  return result;
}

/** The domain's default life phases, transitions (Ü1–Ü4) and fields of action, unchanged. */
export async function seedAxes(db: Kysely<Database>): Promise<SeededAxes> {
  const phases: Stored<LifePhaseInput>[] = [];
  for (const phase of defaultLifePhases) phases.push(await insert(db, lifePhaseAggregate, phase));

  const templates = resolveTransitionTemplates(defaultTransitions, phases);
  if (templates.length !== defaultTransitions.length) {
    throw new Error("Demodaten: Nicht alle Standardübergänge passen zu den Standard-Lebensphasen.");
  }
  const transitions: Stored<TransitionInput>[] = [];
  for (const transition of templates) transitions.push(await insert(db, transitionAggregate, transition));

  const fields: Stored<FieldOfActionInput>[] = [];
  for (const field of defaultFieldsOfAction) fields.push(await insert(db, fieldOfActionAggregate, field));

  return {
    lifePhases: byCode(
      phases,
      ["schwangerschaft", "fruehe-kindheit", "kita-alter", "grundschulalter", "sekundarstufe-1", "uebergang-schule-beruf"],
      "Lebensphase",
    ),
    transitions: byCode(transitions, ["UE1", "UE2", "UE3", "UE4"], "Übergang"),
    fields: byCode(fields, ["jugend", "bildung", "gesundheit", "soziales", "integration", "sport"], "Handlungsfeld"),
  };
}
