import { territoryAggregate, territoryFilter } from "../repositories/territory.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const territoryRouter = router(crudProcedures(territoryAggregate, territoryFilter));
