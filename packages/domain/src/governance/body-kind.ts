import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Kind of body (Gremium) in the governance of a prevention chain: the working bodies of the
 * Kreis Coesfeld pattern (steering group, planning group, coordination office, network,
 * conferences) and the political bodies that take the formal decisions (youth welfare committee
 * under SGB VIII §71 and its planning sub-committee, Kreistag, town council).
 *
 * @example
 * BodyKindSchema.parse("planningGroup");
 */
export const BodyKindSchema = z.enum([
  "steeringGroup",
  "planningGroup",
  "coordinationOffice",
  "youthWelfareCommittee",
  "youthWelfarePlanningSubcommittee",
  "countyCouncil",
  "townCouncil",
  "mayorsConference",
  "network",
  "developmentConference",
  "socialAreaConference",
]);
/** Kind of governance body. */
export type BodyKind = z.infer<typeof BodyKindSchema>;

/** German and English labels of the body kinds. */
export const bodyKindLabels: EnumLabels<BodyKind> = {
  steeringGroup: { de: "Steuerungsgruppe", en: "Steering group" },
  planningGroup: { de: "Planungsgruppe", en: "Planning group" },
  coordinationOffice: { de: "Kommunale Koordinierung", en: "Coordination office" },
  youthWelfareCommittee: { de: "Jugendhilfeausschuss", en: "Youth welfare committee" },
  youthWelfarePlanningSubcommittee: {
    de: "Unterausschuss Jugendhilfeplanung",
    en: "Youth welfare planning sub-committee",
  },
  countyCouncil: { de: "Kreistag", en: "County council" },
  townCouncil: { de: "Rat", en: "Town council" },
  mayorsConference: { de: "Bürgermeisterkonferenz", en: "Mayors' conference" },
  network: { de: "Netzwerk", en: "Network" },
  developmentConference: { de: "Entwicklungskonferenz", en: "Development conference" },
  socialAreaConference: { de: "Sozialraumkonferenz", en: "Social area conference" },
};
