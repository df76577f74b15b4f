import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Kysely } from "kysely";
import { type Access, covers } from "../auth/access.js";
import { passwordMentionsEmail } from "../auth/password-policy.js";
import type { Principal, RoleAssignment } from "../auth/roles.js";
import type { Database } from "../db/types.js";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError } from "../errors.js";
import { inTransaction } from "./aggregate.js";
import { recordAudit } from "./audit.js";

/** The person behind a session, with their role assignments; null when the user is gone. */
export async function loadPrincipal(db: Kysely<Database>, userId: string): Promise<Principal | null> {
  const user = await db.selectFrom("user").select(["id", "name", "email"]).where("id", "=", userId).executeTakeFirst();
  if (!user) return null;
  const assignments = await db
    .selectFrom("role_assignment")
    .select(["role", "territory_id", "organisation_id"])
    .where("user_id", "=", userId)
    .execute();
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    assignments: assignments.map((a) => ({
      role: a.role as RoleAssignment["role"],
      territoryId: a.territory_id,
      organisationId: a.organisation_id,
    })),
  };
}

async function organisationTerritory(db: Kysely<Database>, organisationId: string): Promise<string> {
  const actor = await db.selectFrom("actor").select("data").where("id", "=", organisationId).executeTakeFirst();
  if (!actor) throw new RuleViolationError("Die Organisation gibt es nicht.", ["organisationId"]);
  return (actor.data as { territoryId: string }).territoryId;
}

/** Only administrators and coordinators manage accounts at all. */
function assertManagesAccounts(access: Access): void {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
  const isCoordinator = access.principal?.assignments.some((a) => a.role === "coordinator") ?? false;
  if (!access.writable.all && !isCoordinator) {
    throw new ForbiddenError("Konten verwalten nur die Administration und die Kommunale Koordinierung.");
  }
}

/**
 * Administrators grant any role; a coordinator grants roles inside the territories it
 * coordinates, never the administration.
 */
async function assertMayGrant(db: Kysely<Database>, access: Access, assignment: RoleAssignment): Promise<void> {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
  if (access.writable.all) return;
  const isCoordinator = access.principal?.assignments.some((a) => a.role === "coordinator") ?? false;
  if (!isCoordinator || assignment.role === "admin") {
    throw new ForbiddenError("Rollen vergeben nur die Administration und, in ihrem Kreis, die Kommunale Koordinierung.");
  }
  const territory = assignment.territoryId ?? (assignment.organisationId ? await organisationTerritory(db, assignment.organisationId) : null);
  if (!territory || !covers(access.writable, [territory])) {
    throw new ForbiddenError("Diese Rolle liegt außerhalb Ihres Gebiets.");
  }
}

/** An account as administrators see it. */
export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  assignments: (RoleAssignment & { id: string })[];
}

/** Creates a person's account with a password (or for single sign-on only) and their roles. */
export async function createAccount(
  db: Kysely<Database>,
  input: { name: string; email: string; password: string | null; assignments: RoleAssignment[] },
  access: Access,
): Promise<AccountSummary> {
  if (input.password && passwordMentionsEmail(input.password, input.email)) {
    throw new RuleViolationError("Das Passwort darf die E-Mail-Adresse nicht enthalten.", ["password"]);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  assertManagesAccounts(access);
  return inTransaction(db, async (trx) => {
    for (const assignment of input.assignments) await assertMayGrant(trx, access, assignment);
    const email = input.email.toLowerCase();
    const existing = await trx.selectFrom("user").select("id").where("email", "=", email).executeTakeFirst();
    if (existing) throw new ConflictError(`Ein Konto mit der E-Mail-Adresse ${email} gibt es bereits.`);
    const id = randomUUID();
    const now = new Date();
    await trx.insertInto("user").values({ id, name: input.name, email, emailVerified: true, createdAt: now, updatedAt: now }).execute();
    if (passwordHash) {
      await trx
        .insertInto("account")
        .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash, createdAt: now, updatedAt: now })
        .execute();
    }
    const assignments = [];
    for (const assignment of input.assignments) {
      const row = await trx
        .insertInto("role_assignment")
        .values({ user_id: id, role: assignment.role, territory_id: assignment.territoryId, organisation_id: assignment.organisationId })
        .returning("id")
        .executeTakeFirstOrThrow();
      assignments.push({ ...assignment, id: row.id });
    }
    const account = { id, name: input.name, email, assignments };
    await recordAudit(trx, access, { action: "createAccount", table: "user", recordId: id, before: null, after: account });
    return account;
  });
}

/** Gives a person one more role. */
export async function assignRole(
  db: Kysely<Database>,
  input: { userId: string; assignment: RoleAssignment },
  access: Access,
): Promise<AccountSummary> {
  return inTransaction(db, async (trx) => {
    await assertMayGrant(trx, access, input.assignment);
    const user = await trx.selectFrom("user").select("id").where("id", "=", input.userId).executeTakeFirst();
    if (!user) throw new NotFoundError("Konto", input.userId);
    const row = await trx
      .insertInto("role_assignment")
      .values({ user_id: input.userId, role: input.assignment.role, territory_id: input.assignment.territoryId, organisation_id: input.assignment.organisationId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, access, { action: "assignRole", table: "role_assignment", recordId: row.id, before: null, after: { userId: input.userId, ...input.assignment } });
    return getAccount(trx, input.userId);
  });
}

/** Takes one role away. */
export async function revokeRole(db: Kysely<Database>, input: { assignmentId: string }, access: Access): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom("role_assignment").selectAll().where("id", "=", input.assignmentId).forUpdate().executeTakeFirst();
    if (!row) throw new NotFoundError("Rollenzuweisung", input.assignmentId);
    const assignment = { role: row.role as RoleAssignment["role"], territoryId: row.territory_id, organisationId: row.organisation_id };
    await assertMayGrant(trx, access, assignment);
    await trx.deleteFrom("role_assignment").where("id", "=", input.assignmentId).execute();
    await recordAudit(trx, access, { action: "revokeRole", table: "role_assignment", recordId: row.id, before: { userId: row.user_id, ...assignment }, after: null });
  });
}

/** One account with its roles. */
export async function getAccount(db: Kysely<Database>, userId: string): Promise<AccountSummary> {
  const user = await db.selectFrom("user").select(["id", "name", "email"]).where("id", "=", userId).executeTakeFirst();
  if (!user) throw new NotFoundError("Konto", userId);
  const rows = await db.selectFrom("role_assignment").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();
  return {
    ...user,
    assignments: rows.map((r) => ({ id: r.id, role: r.role as RoleAssignment["role"], territoryId: r.territory_id, organisationId: r.organisation_id })),
  };
}

/** Accounts an administrator (all) or coordinator (those with roles in its territories) may manage. */
export async function listAccounts(db: Kysely<Database>, access: Access): Promise<AccountSummary[]> {
  assertManagesAccounts(access);
  const users = await db.selectFrom("user").select("id").orderBy("name").execute();
  const accounts = await Promise.all(users.map((user) => getAccount(db, user.id)));
  if (access.writable.all) return accounts;
  const organisations = await db.selectFrom("actor").select(["id", "territory_id"]).execute();
  const territoryOf = new Map(organisations.map((o) => [o.id, o.territory_id]));
  // A coordinator manages the accounts whose roles lie in its county, provider editors included.
  const inScope = (a: RoleAssignment) => {
    const territory = a.territoryId ?? (a.organisationId ? territoryOf.get(a.organisationId) : undefined);
    return territory !== undefined && covers(access.writable, [territory]);
  };
  return accounts.filter((account) => account.assignments.some(inScope));
}
