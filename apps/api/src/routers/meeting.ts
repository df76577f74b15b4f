import { meetingAggregate, byBodyFilter } from "../repositories/governance.js";
import { router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const meetingRouter = router(crudProcedures(meetingAggregate, byBodyFilter));
