import { type FieldOfActionInput, FieldOfActionInputSchema } from "@praeventionskette/domain";
import type { Aggregate } from "./aggregate.js";
import { configurationFilter, ownerOf, ownerReference } from "./configuration.js";

/** Handlungsfelder: Jugend, Bildung, Gesundheit, Soziales, Integration, Sport … */
export const fieldOfActionAggregate: Aggregate<FieldOfActionInput> = {
  table: "field_of_action",
  label: "Handlungsfeld",
  input: FieldOfActionInputSchema,
  columns: (field) => ({ code: field.code, youth_office_id: field.youthOfficeId }),
  territoriesOf: null,
  ownerOf,
  references: (field) => [
    ...ownerReference(field),
    { table: "field_of_action", ids: field.adoptedFromId ? [field.adoptedFromId] : [], path: "adoptedFromId", what: "Handlungsfeld" },
  ],
};

/** Fields of action by owner, or those in force for a territory (a youth office's own replace the defaults). */
export const fieldOfActionFilter = configurationFilter("field_of_action", "replace");
