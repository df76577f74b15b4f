import { type FieldOfActionInput, FieldOfActionInputSchema } from "@praeventionskette/domain";
import type { Aggregate } from "./aggregate.js";

/** Handlungsfelder: Jugend, Bildung, Gesundheit, Soziales, Integration, Sport … */
export const fieldOfActionAggregate: Aggregate<FieldOfActionInput> = {
  table: "field_of_action",
  label: "Handlungsfeld",
  input: FieldOfActionInputSchema,
  columns: (field) => ({ code: field.code }),
  territoriesOf: null,
};
