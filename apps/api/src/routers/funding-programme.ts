import { fundingProgrammeAggregate, fundingProgrammeFilter } from "../repositories/funding.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const fundingProgrammeRouter = router(crudProcedures(fundingProgrammeAggregate, fundingProgrammeFilter));
