import { boundaryAggregate, boundaryFilter } from "../repositories/boundary.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const boundaryRouter = router(crudProcedures(boundaryAggregate, boundaryFilter));
