import { DisplayLanguageSchema, IdSchema, OfferSearchCriteriaSchema, searchAge } from "@praeventionskette/domain";
import { z } from "zod";
import { RuleViolationError } from "../errors.js";
import { getOffer, type OfferSearch, offerAggregate, searchOffers } from "../repositories/offer.js";
import { offerCardResult } from "../repositories/offer-card.js";
import { OfferNearSchema } from "../repositories/offer-near.js";
import { publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

// `language` filters by the languages an offer is held in (as since 0.1); the language to show
// the texts in is `displayLanguage`, in search and get alike.
const OfferSearchInputSchema = OfferSearchCriteriaSchema.safeExtend({
  /** Planners also see offers that are not (yet, or no longer) published. */
  includeUnpublished: z.boolean().default(false),
  /** Counts per filter value; `false` when only the list is wanted. */
  facets: z.boolean().default(true),
  /** Only offers with a location within `km` of the point (the family's town or where it stands). */
  near: OfferNearSchema.optional(),
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

type OfferSearchInput = z.output<typeof OfferSearchInputSchema>;

/** The search as the repository takes it: the child's age from a birth date or months, published today unless asked otherwise. */
function searchOf(input: OfferSearchInput, today: string): OfferSearch {
  const { includeUnpublished, birthDate, ageMonths, ...search } = input;
  const age = searchAge({ birthDate, ageMonths }, today);
  if (!age.ok) throw new RuleViolationError(age.message, [age.path]);
  return { ...search, ageMonths: age.ageMonths, publishedOn: includeUnpublished ? undefined : today };
}

export const offerRouter = router({
  ...crudProcedures(offerAggregate),
  /** One offer with its provider's name and its texts in `displayLanguage` (German by default), saying which language it shows. */
  get: publicProcedure
    .input(z.object({ id: IdSchema, displayLanguage: DisplayLanguageSchema.optional() }))
    .query(({ ctx, input }) => getOffer(ctx.db, input.id, ctx.access, input.displayLanguage)),
  /**
   * Search for families: German words forgiving typos and compounds, the child's age or birth
   * date ("what comes next": the next transition with its offers), territory, life phase, field
   * of action, language, cost and wheelchair access, with counts per filter value. By default
   * only offers published today.
   */
  search: publicProcedure
    .input(OfferSearchInputSchema.prefault({}))
    .query(({ ctx, input }) => searchOffers(ctx.db, searchOf(input, ctx.today()), ctx.access)),
  /**
   * The same search answered as result cards (title, shortened description, provider, ages, cost,
   * places): what a family's result list and map show, a fraction of the full records' size.
   */
  searchCards: publicProcedure
    .input(OfferSearchInputSchema.prefault({}))
    .query(async ({ ctx, input }) => offerCardResult(await searchOffers(ctx.db, searchOf(input, ctx.today()), ctx.access))),
});
