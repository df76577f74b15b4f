import { z } from "zod";

/**
 * The identifier of every record: a UUID, so that records from several municipalities and
 * imports never collide.
 *
 * @example
 * IdSchema.parse("0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11");
 */
export const IdSchema = z.uuid();
/** A record identifier (UUID). */
export type Id = z.infer<typeof IdSchema>;
