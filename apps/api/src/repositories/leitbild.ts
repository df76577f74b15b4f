import {
  canChangeLeitbildVersion,
  checkLeitbildChange,
  type LeitbildVersionInput,
  LeitbildVersionInputSchema,
} from "@praeventionskette/domain";
import { sql } from "kysely";
import { ConflictError } from "../errors.js";
import { territoryIdIn } from "./scopes.js";
import type { Aggregate } from "./aggregate.js";

/** Präventionsleitbild: versions, of which adopted ones are immutable. */
export const leitbildVersionAggregate: Aggregate<LeitbildVersionInput> = {
  table: "leitbild_version",
  label: "Leitbild-Fassung",
  input: LeitbildVersionInputSchema,
  columns: (version) => ({
    territory_id: version.territoryId,
    version_number: version.versionNumber,
    status: version.status,
  }),
  territoriesOf: async (_db, version) => [version.territoryId],
  inTerritories: territoryIdIn,
  // Drafts are internal until the council adopts them.
  publicRows: () => sql<boolean>`status in ('adopted', 'superseded')`,
  references: (version) => [
    { table: "territory", ids: [version.territoryId], path: "territoryId", what: "Gebiet" },
    {
      table: "decision",
      ids: version.adoption?.decisionId ? [version.adoption.decisionId] : [],
      path: "adoption.decisionId",
      what: "Beschluss",
    },
  ],
  async check(_db, change) {
    if (!change.existing) return;
    const refusal = checkLeitbildChange(change.existing, change.input);
    if (refusal) throw new ConflictError(refusal);
  },
  checkDelete(existing) {
    if (!canChangeLeitbildVersion(existing)) {
      throw new ConflictError("Eine beschlossene Fassung des Leitbildes kann nicht gelöscht werden; sie bleibt als Nachweis erhalten.");
    }
  },
};
