import { bodyAggregate, bodyFilter } from "../repositories/governance.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const bodyRouter = router(crudProcedures(bodyAggregate, bodyFilter));
