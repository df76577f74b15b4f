import type { QualityAssessmentInput } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { qualityAssessmentAggregate } from "../repositories/quality.js";
import { insert } from "./insert.js";
import type { SeededTerritories } from "./territories.js";

/** The county's self-assessment along the ISA quality framework, as the planning group might have made it in 2024. */
export async function seedQualityAssessment(db: Kysely<Database>, territories: SeededTerritories): Promise<Stored<QualityAssessmentInput>> {
  return insert(db, qualityAssessmentAggregate, {
    territoryId: territories.county.id,
    assessedOn: "2024-11-20",
    assessedBy: "Planungsgruppe Präventionskette",
    prerequisites: {
      a: { fulfilment: "partly", note: "Die Planungsgruppe tagt regelmäßig; eine ämterübergreifende Fachplanungskonferenz mit Schule und Gesundheit findet bisher einmal im Jahr statt." },
      b: { fulfilment: "fully", note: "Präventionsleitbild 2018 vom Kreistag beschlossen (SV-9-1217); Fortschreibung als Leitbild 2.0 in Arbeit." },
      c: { fulfilment: "fully", note: "Leitziel, drei strategische Ziele und messbare Handlungsziele mit Maßnahmen." },
      d: { fulfilment: "fully", note: "Steuerungsgruppe unter Vorsitz des Landrats, Planungsgruppe mit allen elf Kommunen, Netzwerk Frühe Hilfen und Entwicklungskonferenz." },
      e: { fulfilment: "partly", note: "Kennzahlenset auf Gemeindeebene; Sozialräume erst teilweise abgebildet." },
      f: { fulfilment: "inPreparation", note: "Eine Elternbefragung zu den Frühen Hilfen ist für 2025 geplant." },
      g: { fulfilment: "no", note: "Sozialraumkonferenzen gibt es bisher nur in Dülmen als Pilot außerhalb der Präventionskette." },
    },
    stations: {
      leitbild: { fulfilment: "fully", note: "Leitbild beschlossen und bei Trägern bekannt." },
      strategicSteering: { fulfilment: "fully", note: "Zielkaskade von der Steuerungsgruppe verabschiedet." },
      implementation: { fulfilment: "partly", note: "Maßnahmen laufen; die Verantwortung ist nicht für alle Maßnahmen geklärt." },
      reflection: { fulfilment: "inPreparation", note: "Erster Wirkungsbericht auf Basis des Monitorings in Vorbereitung." },
    },
  });
}
