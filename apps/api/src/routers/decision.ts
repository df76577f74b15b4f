import { decisionAggregate, byBodyFilter } from "../repositories/governance.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const decisionRouter = router(crudProcedures(decisionAggregate, byBodyFilter));
