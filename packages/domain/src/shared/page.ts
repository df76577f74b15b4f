import { z } from "zod";

/**
 * Paging of every list: `limit` entries from `offset` on (at most 200 per request). Every list
 * answers with {@link Page}: the entries and the number of all that match.
 *
 * @example
 * PageRequestSchema.parse({ limit: 20, offset: 40 }); // the third page of twenty
 */
export const PageRequestSchema = z.object({
  /** How many entries; 50 when not given. */
  limit: z.number().int().min(1).max(200).default(50),
  /** How many to skip. */
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
/** A request for one page of a list. */
export type PageRequest = z.infer<typeof PageRequestSchema>;

/** One page of a list: its entries and how many match in all. */
export interface Page<T> {
  items: T[];
  /** All matching entries; with `totalIsCapped` at least this many. */
  total: number;
  limit: number;
  offset: number;
  /** True when counting stopped at a limit (large searches), so `total` is a lower bound. */
  totalIsCapped?: boolean;
}
