import { fieldOfActionAggregate, fieldOfActionFilter } from "../repositories/field-of-action.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const fieldOfActionRouter = router(crudProcedures(fieldOfActionAggregate, fieldOfActionFilter));
