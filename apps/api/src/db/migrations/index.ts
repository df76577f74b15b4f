import type { Migration } from "kysely/migration";
import * as aggregates from "./2026-11-23-01-aggregates.js";
import * as accountsAudit from "./2026-11-23-02-accounts-audit.js";
import * as proposalIndexes from "./2026-11-23-03-proposal-indexes.js";
import * as youthOfficesBoundaries from "./2026-11-29-01-youth-offices-boundaries.js";
import * as rateLimit from "./2026-11-29-02-rate-limit.js";
import * as deferrableReferences from "./2026-11-29-03-deferrable-references.js";
import * as changeNotifications from "./2026-11-29-04-change-notifications.js";
import * as searchIndexes from "./2026-11-29-05-search-indexes.js";
import * as offerTitleSearch from "./2026-11-29-06-offer-title-search.js";
import * as offerTranslationsLocations from "./2026-11-29-07-offer-translations-locations.js";
import * as offerGinDirectUpdates from "./2026-11-29-08-offer-gin-direct-updates.js";
import * as workflows from "./2026-11-29-09-workflows.js";
import * as reportSearchSpeed from "./2026-11-29-10-report-search-speed.js";
import * as feedback from "./2026-11-29-11-feedback.js";
import * as reportSpeed from "./2026-11-30-02-report-speed.js";

/**
 * Every migration, by name in the order they run. Listed statically rather than read from the
 * folder so that the compiled server and the tests run exactly the same set.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-23-01-aggregates": aggregates,
  "2026-11-23-02-accounts-audit": accountsAudit,
  "2026-11-23-03-proposal-indexes": proposalIndexes,
  "2026-11-29-01-youth-offices-boundaries": youthOfficesBoundaries,
  "2026-11-29-02-rate-limit": rateLimit,
  "2026-11-29-03-deferrable-references": deferrableReferences,
  "2026-11-29-04-change-notifications": changeNotifications,
  "2026-11-29-05-search-indexes": searchIndexes,
  "2026-11-29-06-offer-title-search": offerTitleSearch,
  "2026-11-29-07-offer-translations-locations": offerTranslationsLocations,
  "2026-11-29-08-offer-gin-direct-updates": offerGinDirectUpdates,
  "2026-11-29-09-workflows": workflows,
  "2026-11-29-10-report-search-speed": reportSearchSpeed,
  "2026-11-29-11-feedback": feedback,
  "2026-11-30-02-report-speed": reportSpeed,
};
