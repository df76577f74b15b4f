import { importObservationsCsv } from "../ops/observation-csv.js";
import { importOffers, OfferFileFormatSchema, offerFileText } from "../ops/offer-import.js";
import { UploadSchema, uploadedBytes } from "../ops/upload.js";
import { authenticatedProcedure, router } from "../trpc/init.js";

const OfferUploadSchema = UploadSchema.extend({ format: OfferFileFormatSchema });

/**
 * Imports with a dry run. Each preview answers what the import would create and update and
 * every row's problems (row, column, German message) without writing; each import writes all
 * rows or, if any has a problem, none (then `problems` says why). Files come as text or base64
 * (`UploadSchema`, at most 4 MB). Only people who may write in the rows' territories may preview
 * or import; a row elsewhere refuses the whole request.
 */
export const exchangeRouter = router({
  /** Offers from a CSV (German spreadsheet) or HSDS 3.0 JSON file: what an import would do. */
  previewOfferImport: authenticatedProcedure
    .input(OfferUploadSchema)
    .mutation(({ ctx, input }) => importOffers(ctx.db, { format: input.format, text: offerFileText(uploadedBytes(input), input.format) }, ctx.access, { dryRun: true })),
  /** Offers from a CSV or HSDS 3.0 JSON file, all or nothing. */
  importOffers: authenticatedProcedure
    .input(OfferUploadSchema)
    .mutation(({ ctx, input }) => importOffers(ctx.db, { format: input.format, text: offerFileText(uploadedBytes(input), input.format) }, ctx.access, { dryRun: false })),
  /** Indicator values from a German CSV (as `export-observations` writes it): what an import would do. */
  previewObservationImport: authenticatedProcedure
    .input(UploadSchema)
    .mutation(({ ctx, input }) => importObservationsCsv(ctx.db, uploadedBytes(input), ctx.access, { dryRun: true })),
  /** Indicator values from a German CSV, all or nothing. */
  importObservations: authenticatedProcedure
    .input(UploadSchema)
    .mutation(({ ctx, input }) => importObservationsCsv(ctx.db, uploadedBytes(input), ctx.access, { dryRun: false })),
});
