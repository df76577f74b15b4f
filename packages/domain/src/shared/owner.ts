import type { z } from "zod";
import { IdSchema } from "./id.js";

/**
 * Who a piece of configuration (life phases, transitions, fields of action, indicators, funding
 * programmes) belongs to: a youth office (Jugendamt), or `null` for the platform-wide defaults
 * that every youth office may adopt. Codes are unique per owner, so two youth offices may both
 * have a phase `fruehe-kindheit` with different ages. Optional in input; absent means `null`.
 *
 * @example
 * OwnerSchema.parse(null); // a platform default
 */
export const OwnerSchema = IdSchema.nullable().default(null);
/** The owning youth office's id, or `null` for a platform default. */
export type Owner = z.infer<typeof OwnerSchema>;

/**
 * Where an adapted record came from: the platform default a youth office copied and then
 * changed, so that the adaptation stays traceable. Optional in input; absent means `null`.
 *
 * @example
 * AdoptedFromSchema.parse(defaultPhaseId);
 */
export const AdoptedFromSchema = IdSchema.nullable().default(null);
