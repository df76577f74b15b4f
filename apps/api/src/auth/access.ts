import { DEFAULT_SUPPRESSION_THRESHOLD, youthOfficesFor } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { ForbiddenError, UnauthenticatedError } from "../errors.js";
import type { Principal, Role } from "./roles.js";

/** Territories a person may act in: all of them, or these ids (each with everything below it). */
export interface TerritoryScope {
  all: boolean;
  territoryIds: string[];
}

/** What the current request may read and write, worked out once from the person's roles. */
export interface Access {
  principal: Principal | null;
  /** Name recorded in the audit trail and as "changed by". */
  editorName: string;
  /** Internal (non-public) data of these territories may be read. */
  readable: TerritoryScope;
  /** Records of these territories may be created and changed. */
  writable: TerritoryScope;
  /**
   * Whose configuration (life phases, transitions, fields of action, indicators, funding
   * programmes) may be changed: every youth office's and the platform defaults (`all`), or that
   * of these youth offices.
   */
  configurable: { all: boolean; youthOfficeIds: string[] };
  /** Organisations whose offers this person may propose changes to. */
  organisationIds: string[];
  today: string;
  /** Counts below this are suppressed wherever this reader sees data outside its own territories. */
  suppressionThreshold: number;
}

const noScope: TerritoryScope = { all: false, territoryIds: [] };

/** Access of an anonymous visitor: published, public data only. */
export function anonymousAccess(today: string, suppressionThreshold = DEFAULT_SUPPRESSION_THRESHOLD): Access {
  return {
    principal: null,
    editorName: "Öffentlich",
    readable: noScope,
    writable: noScope,
    configurable: { all: false, youthOfficeIds: [] },
    organisationIds: [],
    today,
    suppressionThreshold,
  };
}

/** Access of a system task (seed, CLI): everything, recorded under its own name. */
export function systemAccess(today: string, name = "System"): Access {
  const all = { all: true, territoryIds: [] };
  return {
    principal: null,
    editorName: name,
    readable: all,
    writable: all,
    configurable: { all: true, youthOfficeIds: [] },
    organisationIds: [],
    today,
    suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  };
}

function scopeOf(roles: readonly Role[], principal: Principal, below: (id: string) => string[]): TerritoryScope {
  const assignments = principal.assignments.filter((a) => roles.includes(a.role));
  if (assignments.some((a) => a.role === "admin")) return { all: true, territoryIds: [] };
  const ids = new Set<string>();
  for (const assignment of assignments) {
    if (assignment.territoryId) for (const id of below(assignment.territoryId)) ids.add(id);
  }
  return { all: false, territoryIds: [...ids] };
}

/**
 * The platform administration configures everything; a coordinator the youth office responsible
 * for the territory of their assignment (the county's coordinator the county youth office, a
 * town coordinator the town's own), never the platform defaults.
 */
function configurableYouthOffices(
  principal: Principal,
  tree: readonly { id: string; parent_id: string | null; youth_office_id: string | null }[],
): Access["configurable"] {
  if (principal.assignments.some((a) => a.role === "admin")) return { all: true, youthOfficeIds: [] };
  const nodes = tree.map((t) => ({ id: t.id, name: "", kind: "town" as const, code: null, parentId: t.parent_id, youthOfficeId: t.youth_office_id }));
  const ids = new Set<string>();
  for (const assignment of principal.assignments) {
    if (assignment.role !== "coordinator" || !assignment.territoryId) continue;
    const nearest = youthOfficesFor(nodes, assignment.territoryId)[0];
    if (nearest) ids.add(nearest);
  }
  return { all: false, youthOfficeIds: [...ids] };
}

/** Works out a signed-in person's access from their role assignments and the territory tree. */
export async function accessFor(
  db: Kysely<Database>,
  principal: Principal,
  today: string,
  suppressionThreshold = DEFAULT_SUPPRESSION_THRESHOLD,
): Promise<Access> {
  const tree = await db.selectFrom("territory").select(["id", "parent_id", "youth_office_id"]).execute();
  const children = new Map<string, string[]>();
  for (const node of tree) {
    if (!node.parent_id) continue;
    children.set(node.parent_id, [...(children.get(node.parent_id) ?? []), node.id]);
  }
  const below = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(below)];
  return {
    principal,
    editorName: principal.name,
    readable: scopeOf(["admin", "coordinator", "townEditor", "viewer"], principal, below),
    writable: scopeOf(["admin", "coordinator", "townEditor"], principal, below),
    configurable: configurableYouthOffices(principal, tree),
    organisationIds: principal.assignments.flatMap((a) => (a.role === "providerEditor" && a.organisationId ? [a.organisationId] : [])),
    today,
    suppressionThreshold,
  };
}

/** Whether the reader sees internal data of at least one of the territories. */
export function readsInternally(access: Access, territoryIds: readonly string[]): boolean {
  return access.readable.all || territoryIds.some((id) => access.readable.territoryIds.includes(id));
}

/** Whether every one of the territories lies in the scope. */
export function covers(scope: TerritoryScope, territoryIds: readonly string[]): boolean {
  return scope.all || territoryIds.every((id) => scope.territoryIds.includes(id));
}

/** What a write touches: records of territories, or configuration of owners (null: the platform defaults). */
export type WriteScope = { territories: readonly string[] } | { owners: readonly (string | null)[] };

/**
 * Refuses a write the person's roles do not cover: the territories a record belongs to (before
 * and after the change), or the owners of a piece of configuration.
 */
export function assertMayWrite(access: Access, what: string, scope: WriteScope): void {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
  if ("owners" in scope) {
    if (access.configurable.all) return;
    if (scope.owners.includes(null)) {
      throw new ForbiddenError(`${what}: Die Voreinstellungen der Plattform ändert nur die Plattform-Administration. Übernehmen Sie sie für Ihr Jugendamt und passen Sie sie dort an.`);
    }
    if (!scope.owners.every((owner) => owner !== null && access.configurable.youthOfficeIds.includes(owner))) {
      throw new ForbiddenError(`${what}: Sie können nur die Konfiguration Ihres eigenen Jugendamts ändern.`);
    }
    return;
  }
  const territories = scope.territories;
  if (!covers(access.writable, territories)) {
    throw new ForbiddenError(`${what}: Ihre Rolle erlaubt keine Änderungen in diesem Gebiet.`);
  }
}
