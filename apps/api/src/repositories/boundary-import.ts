import {
  type BoundaryFeatureCollection,
  BoundaryFeatureCollectionSchema,
  type BoundaryFeatureIssues,
  BoundaryGeometrySchema,
  checkBoundaryFeatures,
  featureKey,
  featureLabel,
  featureName,
  IdSchema,
  IsoDateSchema,
  MAX_BOUNDARY_UPLOAD_BYTES,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { NotFoundError, RuleViolationError } from "../errors.js";
import { allRecords, createRecord, deleteRecord, fieldsOf, findRecord, inTransaction, updateRecord } from "./aggregate.js";
import { boundaryAggregate, dayBefore } from "./boundary.js";
import { territoryAggregate } from "./territory.js";

/** An upload of boundaries for the territories below `parentId` (e.g. a town's social areas). */
export const BoundaryImportInputSchema = z.object({
  parentId: IdSchema,
  collection: BoundaryFeatureCollectionSchema,
  /** The day the new boundaries take effect; boundaries valid before end the day before. */
  validFrom: IsoDateSchema,
  source: z.string().trim().min(1, { error: "Bitte die Quelle der Grenzen angeben." }).max(500),
  schematic: z.boolean().default(false),
  /** Match features by official key, by name, or by key and then name. */
  matchBy: z.enum(["key", "name", "keyOrName"]).default("keyOrName"),
  /** Import the matched features although others found no territory. */
  ignoreUnmatched: z.boolean().default(false),
});
/** The input of a boundary preview or import. */
export type BoundaryImportInput = z.infer<typeof BoundaryImportInputSchema>;

/** What an import would do, feature by feature. */
export interface BoundaryImportPreview {
  featureCount: number;
  matches: { index: number; label: string; territoryId: string; territoryName: string; territoryCode: string | null; by: "key" | "name"; replacesBoundary: boolean }[];
  misses: { index: number; label: string; reason: string }[];
  invalid: BoundaryFeatureIssues[];
  /** Territories below the parent that no feature matched. */
  territoriesWithoutFeature: { id: string; name: string; code: string | null }[];
}

const normalised = (name: string): string =>
  name.normalize("NFC").toLocaleLowerCase("de").replace(/^(stadt|gemeinde|kreis)\s+/, "").replace(/\s+/g, " ").trim();

function checkSize(collection: BoundaryFeatureCollection): void {
  const bytes = Buffer.byteLength(JSON.stringify(collection));
  if (bytes > MAX_BOUNDARY_UPLOAD_BYTES) {
    throw new RuleViolationError(
      `Die Datei ist mit ${(bytes / 1024 / 1024).toFixed(1)} MB zu groß (höchstens ${MAX_BOUNDARY_UPLOAD_BYTES / 1024 / 1024} MB). Vereinfachen Sie die Geometrien oder teilen Sie die Datei.`,
      ["collection"],
    );
  }
}

/** Matches the features of an upload to the territories below the parent, without writing. */
export async function previewBoundaryImport(db: Kysely<Database>, input: BoundaryImportInput): Promise<BoundaryImportPreview> {
  checkSize(input.collection);
  if (!(await findRecord(db, territoryAggregate, input.parentId))) throw new NotFoundError(territoryAggregate.label, input.parentId);
  const { rows: candidates } = await sql<{ id: string; name: string; code: string | null }>`
    with recursive below(id) as (
      select id from territory where parent_id = ${input.parentId}
      union select t.id from territory t join below on t.parent_id = below.id
    )
    select t.id, t.data->>'name' as name, t.code from territory t join below using (id)
    where t.archived_at is null and t.valid_from <= ${input.validFrom}::date and (t.valid_to is null or t.valid_to >= ${input.validFrom}::date)
    order by t.code nulls last, t.data->>'name'`.execute(db);
  const invalid = checkBoundaryFeatures(input.collection);
  const invalidIndices = new Set(invalid.map((i) => i.index));
  const bounded = new Set(
    (
      await db
        .selectFrom("territory_boundary")
        .select("territory_id")
        .where("archived_at", "is", null)
        .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", input.validFrom)]))
        .execute()
    ).map((row) => row.territory_id),
  );

  const matches: BoundaryImportPreview["matches"] = [];
  const misses: BoundaryImportPreview["misses"] = [];
  const taken = new Map<string, string>();
  for (const [index, feature] of input.collection.features.entries()) {
    const label = featureLabel(feature, index);
    if (invalidIndices.has(index)) continue;
    const key = featureKey(feature);
    const name = featureName(feature);
    let found: { territory: (typeof candidates)[number]; by: "key" | "name" } | null = null;
    if (input.matchBy !== "name" && key !== null) {
      const byKey = candidates.find((t) => t.code === key);
      if (byKey) found = { territory: byKey, by: "key" };
    }
    if (!found && input.matchBy !== "key" && name !== null) {
      const byName = candidates.filter((t) => normalised(t.name) === normalised(name));
      if (byName.length > 1) {
        misses.push({ index, label, reason: `Der Name passt zu ${byName.length} Gebieten; bitte den amtlichen Schlüssel angeben.` });
        continue;
      }
      if (byName[0]) found = { territory: byName[0], by: "name" };
    }
    if (!found) {
      misses.push({
        index,
        label,
        reason: key === null && name === null ? "Das Objekt hat weder Schlüssel noch Namen." : "Kein Gebiet mit diesem Schlüssel oder Namen unterhalb des gewählten Gebiets.",
      });
      continue;
    }
    const earlier = taken.get(found.territory.id);
    if (earlier) {
      misses.push({ index, label, reason: `„${found.territory.name}“ ist schon ${earlier} zugeordnet.` });
      continue;
    }
    taken.set(found.territory.id, label);
    matches.push({
      index,
      label,
      territoryId: found.territory.id,
      territoryName: found.territory.name,
      territoryCode: found.territory.code,
      by: found.by,
      replacesBoundary: bounded.has(found.territory.id),
    });
  }
  const territoriesWithoutFeature = candidates.filter((t) => !taken.has(t.id));
  return { featureCount: input.collection.features.length, matches, misses, invalid, territoriesWithoutFeature };
}

function refusal(preview: BoundaryImportPreview, ignoreUnmatched: boolean): string | null {
  const lines = [
    ...preview.invalid.map((feature) => `${feature.label}: ${feature.issues.join(" ")}`),
    ...(ignoreUnmatched ? [] : preview.misses.map((miss) => `${miss.label}: ${miss.reason}`)),
  ];
  if (lines.length === 0) return preview.matches.length === 0 ? "Kein Objekt der Datei passt zu einem Gebiet; es wurde nichts importiert." : null;
  const shown = lines.slice(0, 10).join("\n");
  return `Es wurde nichts importiert:\n${shown}${lines.length > 10 ? `\n… und ${lines.length - 10} weitere.` : ""}`;
}

/**
 * Imports the boundaries of an upload: all or nothing. A feature that breaks a rule, or (unless
 * `ignoreUnmatched`) finds no territory, refuses the whole upload with a message naming each.
 * A territory's boundary valid on `validFrom` ends the day before (or is replaced when it
 * starts that same day), so older periods keep their shape.
 */
export async function importBoundaries(
  db: Kysely<Database>,
  input: BoundaryImportInput,
  access: Access,
): Promise<BoundaryImportPreview & { imported: number }> {
  return inTransaction(db, async (trx) => {
    const preview = await previewBoundaryImport(trx, input);
    const refused = refusal(preview, input.ignoreUnmatched);
    if (refused) throw new RuleViolationError(refused, ["collection"]);
    const boundaries = (await allRecords(trx, boundaryAggregate)).filter((b) => b.archivedAt === null);
    for (const match of preview.matches) {
      for (const old of boundaries.filter((b) => b.territoryId === match.territoryId && (b.validTo === null || b.validTo >= input.validFrom))) {
        if (old.validFrom >= input.validFrom) {
          await deleteRecord(trx, boundaryAggregate, { id: old.id, expectedVersion: old.version }, access);
        } else {
          const { id, version } = old;
      const fields = fieldsOf(old);
          await updateRecord(trx, boundaryAggregate, { id, expectedVersion: version, input: { ...fields, validTo: dayBefore(input.validFrom) } }, access);
        }
      }
      const feature = input.collection.features[match.index];
      await createRecord(
        trx,
        boundaryAggregate,
        {
          territoryId: match.territoryId,
          geometry: BoundaryGeometrySchema.parse(feature?.geometry),
          validFrom: input.validFrom,
          validTo: null,
          source: input.source,
          schematic: input.schematic,
        },
        access,
      );
    }
    return { ...preview, imported: preview.matches.length };
  });
}
