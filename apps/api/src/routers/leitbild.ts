import { leitbildVersionAggregate } from "../repositories/leitbild.js";
import { byTerritoryFilter } from "../repositories/scopes.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const leitbildRouter = router(crudProcedures(leitbildVersionAggregate, byTerritoryFilter));
