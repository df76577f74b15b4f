import { qualityAssessmentAggregate } from "../repositories/quality.js";
import { byTerritoryFilter } from "../repositories/scopes.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const qualityAssessmentRouter = router(crudProcedures(qualityAssessmentAggregate, byTerritoryFilter));
