import { goalAggregate, goalFilter } from "../repositories/goal.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const goalRouter = router(crudProcedures(goalAggregate, goalFilter));
