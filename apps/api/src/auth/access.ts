import { DEFAULT_SUPPRESSION_THRESHOLD } from "@praeventionskette/domain";
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
  /** May change configuration shared by the whole platform (life phases, indicators …). */
  mayConfigure: boolean;
  /** Organisations whose offers this person may propose changes to. */
  organisationIds: string[];
  today: string;
  /** Counts below this are suppressed wherever this reader sees data outside its own territories. */
  suppressionThreshold: number;
}

const noScope: TerritoryScope = { all: false, territoryIds: [] };

/** Access of an anonymous visitor: published, public data only. */
export function anonymousAccess(today: string, suppressionThreshold = DEFAULT_SUPPRESSION_THRESHOLD): Access {
  return { principal: null, editorName: "Öffentlich", readable: noScope, writable: noScope, mayConfigure: false, organisationIds: [], today, suppressionThreshold };
}

/** Access of a system task (seed, CLI): everything, recorded under its own name. */
export function systemAccess(today: string, name = "System"): Access {
  const all = { all: true, territoryIds: [] };
  return {
    principal: null,
    editorName: name,
    readable: all,
    writable: all,
    mayConfigure: true,
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

/** Works out a signed-in person's access from their role assignments and the territory tree. */
export async function accessFor(
  db: Kysely<Database>,
  principal: Principal,
  today: string,
  suppressionThreshold = DEFAULT_SUPPRESSION_THRESHOLD,
): Promise<Access> {
  const tree = await db.selectFrom("territory").select(["id", "parent_id"]).execute();
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
    mayConfigure: principal.assignments.some((a) => a.role === "admin" || a.role === "coordinator"),
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

/**
 * Refuses a write the person's roles do not cover. `territories` is null for platform-wide
 * configuration, else the territories the record belongs to (before and after the change).
 */
export function assertMayWrite(access: Access, what: string, territories: readonly string[] | null): void {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
  if (territories === null) {
    if (!access.mayConfigure) {
      throw new ForbiddenError(`${what}: Änderungen an der gemeinsamen Konfiguration sind der Koordinierung und der Administration vorbehalten.`);
    }
    return;
  }
  if (!covers(access.writable, territories)) {
    throw new ForbiddenError(`${what}: Ihre Rolle erlaubt keine Änderungen in diesem Gebiet.`);
  }
}
