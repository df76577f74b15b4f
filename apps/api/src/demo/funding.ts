import { computeGrant, type FundingApplicationInput, type FundingProgrammeInput } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { advanceFundingApplication, fundingApplicationAggregate, fundingProgrammeAggregate } from "../repositories/funding.js";
import type { SeededGoals } from "./goals.js";
import { insert, seeder } from "./insert.js";
import type { SeededTerritories } from "./territories.js";

/*
 * The state's 2018 project grants to close gaps in prevention chains (council paper
 * SV-9-1082): 80 % of eligible costs, at most 35,000 € per municipality, fixed-amount
 * financing, applications by 15 April 2018; Kreis Coesfeld applied for 35,000 € on eligible
 * costs of 43,750 € and was approved by notice of 14 May 2018. The project content and the
 * file reference are invented.
 */

export const PROGRAMME: FundingProgrammeInput = {
  name: "Kommunale Präventionsketten: Projektmittel zum Lückenschluss 2018",
  funder: "Land Nordrhein-Westfalen, Ministerium für Kinder, Familie, Flüchtlinge und Integration",
  description:
    "Zusätzliche Landesmittel, um Lücken in kommunalen Präventionsketten der teilnehmenden Kommunen zu schließen. Projektförderung als Festbetragsfinanzierung: bis zu 35.000 € je Kommune oder Kreis (80 % der zuwendungsfähigen Ausgaben).",
  fundingRate: 0.8,
  maxGrantCents: 3_500_000,
  applicationDeadline: "2018-04-15",
  financingType: "fixedAmount",
  youthOfficeId: null,
};

const ELIGIBLE_COSTS_CENTS = 4_375_000;

/** The funding programme and Kreis Coesfeld's application to it. */
export async function seedFunding(
  db: Kysely<Database>,
  context: { territories: SeededTerritories; goals: SeededGoals },
): Promise<{ programme: Stored<FundingProgrammeInput>; application: Stored<FundingApplicationInput> }> {
  const programme = await insert(db, fundingProgrammeAggregate, PROGRAMME);
  const grant = computeGrant({ eligibleCostsCents: ELIGIBLE_COSTS_CENTS, fundingRate: programme.fundingRate, maxGrantCents: programme.maxGrantCents });
  // Applications start as submitted; the approval notice is recorded by moving it on.
  const submitted: FundingApplicationInput = {
    programmeId: programme.id,
    territoryId: context.territories.county.id,
    title: "Lückenschluss 2018: Babylotsin und mehrsprachige Willkommensmappe",
    description:
      "Aufbau eines Babylotsinnen-Angebots an der Geburtsklinik Coesfeld und Übersetzung der Willkommensmappe in fünf Sprachen, damit Familien mit Neugeborenen die Frühen Hilfen früher und leichter erreichen (Sach- und Honorarkosten).",
    eligibleCostsCents: ELIGIBLE_COSTS_CENTS,
    requestedGrantCents: grant,
    status: "submitted",
    submittedOn: "2018-04-12",
    approval: null,
    proofOfUse: null,
    goalIds: [context.goals.mBabylotsin.id, context.goals.mWillkommensmappe.id],
  };
  const stored = await insert(db, fundingApplicationAggregate, submitted);
  const application = await advanceFundingApplication(
    db,
    {
      id: stored.id,
      expectedVersion: stored.version,
      step: "recordNotice",
      notice: { noticeDate: "2018-05-14", grantCents: grant, noticeReference: "Demo-Az. 2018-117", proofOfUseDueOn: "2019-06-30" },
    },
    seeder,
  );
  return { programme, application };
}
