import { fundingApplicationAggregate, fundingApplicationFilter } from "../repositories/funding.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const fundingApplicationRouter = router(crudProcedures(fundingApplicationAggregate, fundingApplicationFilter));
