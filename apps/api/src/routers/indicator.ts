import { indicatorAggregate, indicatorFilter } from "../repositories/indicator.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const indicatorRouter = router(crudProcedures(indicatorAggregate, indicatorFilter));
