import { actorAggregate, actorFilter } from "../repositories/actor.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const actorRouter = router(crudProcedures(actorAggregate, actorFilter));
