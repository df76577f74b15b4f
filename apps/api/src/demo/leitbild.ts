import type { LeitbildVersionInput } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { adoptLeitbild as adoptLeitbildWithDecision, leitbildVersionAggregate } from "../repositories/leitbild.js";
import { insert, seeder } from "./insert.js";
import type { SeededTerritories } from "./territories.js";

/*
 * The Präventionsleitbild of Kreis Coesfeld with its four guiding statements (SV-9-1217,
 * adopted by the Kreistag in December 2018), and a draft second version that extends the chain
 * to the entry into work. The statements' explanations are demo texts.
 */

const TITLE = "Präventionsleitbild des Kreises Coesfeld";

const STATEMENTS_2018 = [
  {
    title: "Teilhabe ermöglichen",
    text: "Wir schaffen Zugänge zu Bildung, Gesundheit und gesellschaftlichem Leben für alle Kinder und ihre Familien – unabhängig von Herkunft, Einkommen und Wohnort.",
  },
  {
    title: "An Stärken orientieren",
    text: "Wir sehen zuerst die Fähigkeiten und Ressourcen von Kindern und Familien und stärken Schutzfaktoren, bevor Schwierigkeiten entstehen.",
  },
  {
    title: "Chancengerechtigkeit sicherstellen",
    text: "Wir gleichen ungleiche Startbedingungen aus und setzen Mittel dort ein, wo der Bedarf am größten ist.",
  },
  {
    title: "Vielfalt fördern",
    text: "Wir begegnen allen Menschen, die hier aufwachsen, ankommen und leben, wertschätzend, tolerant und offen und verstehen Vielfalt als Stärke.",
  },
] as const;

/** Version 1 as it was discussed in the steering group, before the council adopted it. */
function version1(territoryId: string): LeitbildVersionInput {
  return {
    territoryId,
    versionNumber: 1,
    title: TITLE,
    preamble:
      "Alle Kinder im Kreis Coesfeld sollen gesund aufwachsen, ihre Fähigkeiten entfalten und gleichberechtigt am gesellschaftlichen Leben teilhaben. Vorbeugendes Handeln verstehen der Kreis und seine elf Städte und Gemeinden als gesamtkommunale Querschnittsaufgabe, die von freien Trägern, Verbänden und der Zivilgesellschaft mitgetragen wird. Im ersten Schritt stehen Kinder von der Geburt bis zum Ende des zehnten Lebensjahres im Mittelpunkt.",
    statements: STATEMENTS_2018.map((s) => ({ ...s })),
    status: "draft",
    adoption: null,
  };
}

/** Stores version 1 as a draft; it is adopted once the council decision exists (see {@link adoptLeitbild}). */
export async function seedLeitbildDraft(db: Kysely<Database>, territories: SeededTerritories): Promise<Stored<LeitbildVersionInput>> {
  return insert(db, leitbildVersionAggregate, version1(territories.county.id));
}

/** Adopts the draft with the council decision, through the platform's adoption workflow. */
export async function adoptLeitbild(
  db: Kysely<Database>,
  draft: Stored<LeitbildVersionInput>,
  decisionId: string,
): Promise<Stored<LeitbildVersionInput>> {
  return (await adoptLeitbildWithDecision(db, { id: draft.id, expectedVersion: draft.version, decisionId }, seeder)).adopted;
}

/** The draft of version 2 (2026): the chain now runs from pregnancy to the entry into work. */
export async function seedLeitbildV2Draft(db: Kysely<Database>, territories: SeededTerritories): Promise<Stored<LeitbildVersionInput>> {
  return insert(db, leitbildVersionAggregate, {
    territoryId: territories.county.id,
    versionNumber: 2,
    title: TITLE,
    preamble:
      "Alle Kinder und Jugendlichen im Kreis Coesfeld sollen gesund aufwachsen, ihre Fähigkeiten entfalten und gleichberechtigt teilhaben – von der Schwangerschaft bis zum gelingenden Einstieg in Ausbildung und Beruf. Prävention bleibt eine gesamtkommunale Querschnittsaufgabe der Verantwortungsgemeinschaft aus Kreis, Städten und Gemeinden, freien Trägern und Zivilgesellschaft.",
    statements: [
      ...STATEMENTS_2018.map((s) => ({ ...s })),
      {
        title: "Beteiligung leben",
        text: "Wir beteiligen Kinder, Jugendliche und Familien an der Planung der Angebote und fragen regelmäßig, was ihnen hilft.",
      },
    ],
    status: "draft",
    adoption: null,
  });
}
