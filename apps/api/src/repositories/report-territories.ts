import type { TerritoryKind } from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { changesSeen } from "../db/changes-seen.js";
import type { Database } from "../db/types.js";

/** A territory as reports and analyses name and place it, archived ones included (offers may still list them). */
export interface KeptTerritory {
  id: string;
  name: string;
  kind: TerritoryKind;
  code: string | null;
  parentId: string | null;
  youthOfficeId: string | null;
  validFrom: string;
  validTo: string | null;
  archived: boolean;
}

/** Every territory by id, and each one's children. */
export interface KeptTerritories {
  byId: Map<string, KeptTerritory>;
  childrenOf: Map<string, KeptTerritory[]>;
}

let kept: { seen: string; territories: Promise<KeptTerritories> } | null = null;

/**
 * The territory table, only the columns reports and analyses read: at state scale (8,000
 * territories) whole records cost more to fetch and parse than the rest of a coverage analysis.
 */
export async function readTerritories(db: Kysely<Database>): Promise<KeptTerritories> {
  const { rows } = await sql<KeptTerritory>`
    select id, data->>'name' as name, kind, code, parent_id as "parentId", youth_office_id as "youthOfficeId",
      valid_from::text as "validFrom", valid_to::text as "validTo", archived_at is not null as archived
    from territory`.execute(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const childrenOf = new Map<string, KeptTerritory[]>();
  for (const row of rows) if (row.parentId !== null) childrenOf.set(row.parentId, [...(childrenOf.get(row.parentId) ?? []), row]);
  return { byId, childrenOf };
}

/**
 * The territory table, read once per change reported for `db` (see changes-seen.ts), or null
 * where nothing reports changes: then reports ask SQL, and coverage analyses read the table
 * themselves. Every report places its area in the tree (ancestors, children, subtrees); three of
 * a report's dozen statements did only that.
 */
export function keptTerritories(db: Kysely<Database>): Promise<KeptTerritories> | null {
  const seen = changesSeen(db);
  if (seen === null) return null;
  if (kept?.seen !== seen) {
    const territories = readTerritories(db);
    kept = { seen, territories };
    // A failed read is not kept: the next report reads again.
    territories.catch(() => {
      if (kept?.territories === territories) kept = null;
    });
  }
  return kept.territories;
}
