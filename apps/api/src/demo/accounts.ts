import type { Kysely } from "kysely";
import { systemAccess } from "../auth/access.js";
import type { RoleAssignment } from "../auth/roles.js";
import { createAccount } from "../repositories/account.js";
import type { Database } from "../db/types.js";
import type { SeededActors } from "./actors.js";
import type { SeededTerritories } from "./territories.js";

/** The password of every demo account; documented in the README, never used outside demo mode. */
export const DEMO_PASSWORD = "Demo-Praevention-2026";

/** One demo account per role, so each view of the platform can be tried at once. */
export async function seedDemoAccounts(db: Kysely<Database>, territories: SeededTerritories, actors: SeededActors): Promise<number> {
  const accounts: { name: string; email: string; assignment: RoleAssignment }[] = [
    { name: "Demo Administration", email: "admin@demo.example", assignment: { role: "admin", territoryId: null, organisationId: null } },
    { name: "Demo Koordinierung Kreis Coesfeld", email: "koordinierung@demo.example", assignment: { role: "coordinator", territoryId: territories.county.id, organisationId: null } },
    { name: "Demo Redaktion Dülmen", email: "duelmen@demo.example", assignment: { role: "townEditor", territoryId: territories.towns.duelmen.id, organisationId: null } },
    { name: "Demo Redaktion Olfen", email: "olfen@demo.example", assignment: { role: "townEditor", territoryId: territories.towns.olfen.id, organisationId: null } },
    { name: "Demo Anbieter AWO", email: "awo@demo.example", assignment: { role: "providerEditor", territoryId: null, organisationId: actors.awo.id } },
    { name: "Demo Lesezugriff Kreis", email: "lesen@demo.example", assignment: { role: "viewer", territoryId: territories.county.id, organisationId: null } },
    { name: "Demo Jugendamt Kamen", email: "kamen@demo.example", assignment: { role: "coordinator", territoryId: territories.unna.kamen.id, organisationId: null } },
  ];
  const seeder = systemAccess(new Date().toISOString().slice(0, 10), "Demodaten");
  for (const account of accounts) {
    await createAccount(db, { name: account.name, email: account.email, password: DEMO_PASSWORD, assignments: [account.assignment] }, seeder);
  }
  return accounts.length;
}
