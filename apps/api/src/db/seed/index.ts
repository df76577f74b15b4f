import type { Kysely } from "kysely";
import type { Database } from "../types.js";
export async function seedDemoDataIfEmpty(_db: Kysely<Database>): Promise<boolean> { return false; }
