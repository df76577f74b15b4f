import { transitionAggregate, transitionFilter } from "../repositories/life-phase.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const transitionRouter = router(crudProcedures(transitionAggregate, transitionFilter));
