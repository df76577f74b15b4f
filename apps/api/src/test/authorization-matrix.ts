/**
 * The authorization matrix: who may call which tRPC procedure, for records of their own
 * territory and of another one. Written by hand from the platform's role rules (not derived
 * from the implementation), so that `auth/authorization-matrix.test.ts` can hold the real
 * router against it. Every procedure of `appRouter` needs an entry here; a new procedure
 * without one fails the suite.
 *
 * The rules:
 * - anonymous visitors read public data only (territories, life phases, transitions, fields of
 *   action, actors in their public view, published offers, adopted Leitbild versions, goals,
 *   public indicators and their observations with small cells suppressed, bodies, meetings,
 *   decisions, funding programmes, coverage) and write nothing;
 * - a viewer reads the internal data of its territory (funding applications, quality
 *   assessments, draft Leitbild versions, unpublished offers, internal indicators and their
 *   observations, pending offer proposals) but writes nothing;
 * - a town editor writes the records of its town and its social areas (boundaries included), not
 *   those of other towns or of the county, and no configuration (life phases, transitions,
 *   fields of action, indicators, funding programmes);
 * - a coordinator writes everything in its county and its towns, sets up the youth offices of
 *   its towns, and changes the configuration of its own youth office, nothing in another county
 *   or youth office; the platform defaults are the administration's alone;
 * - a provider editor writes nothing through the generic procedures, only offer proposals for
 *   its own organisation, and reads its own organisation's unpublished offers;
 * - the administration does everything;
 * - the audit trail is for administrators only; accounts and roles are managed by
 *   administrators and, within their county, by coordinators.
 *
 * Who is who in the test: viewer and town editor of town A, coordinator of county 1 (towns A
 * and B), provider editor of an organisation in town A, an administrator. "own" is a record of
 * town A (of the provider editor's organisation); "other" is a record of town B (of another
 * organisation there), for the coordinator one of county 2.
 */

/** Who calls. */
export const matrixRoles = ["anonymous", "viewer", "providerEditor", "townEditor", "coordinator", "admin"] as const;
export type MatrixRole = (typeof matrixRoles)[number];

/** Whether the record lies in the caller's own territory (organisation) or in another one. */
export const matrixScopes = ["own", "other"] as const;
export type MatrixScope = (typeof matrixScopes)[number];

/**
 * What the caller gets:
 * - `allow`: the call succeeds; a read shows the record in full (internal view);
 * - `public`: the call succeeds and shows the record only in its public view (an actor's
 *   non-public contact persons left out, an observation's small counts suppressed);
 * - `hidden`: the call succeeds but leaves the record out (lists and searches);
 * - `deny`: refused, with UNAUTHORIZED for anonymous visitors and FORBIDDEN for signed-in people.
 */
export type Outcome = "allow" | "public" | "hidden" | "deny";

/** The outcome for each role, for a record of its own territory and of another one. */
export type RoleOutcomes = Record<MatrixRole, Record<MatrixScope, Outcome>>;

/**
 * One procedure's expectations, per kind of record it is probed with (e.g. a published and an
 * unpublished offer); procedures that need no distinction use the single variant `record`.
 */
export type ProcedureExpectation = Record<string, RoleOutcomes>;

type Shorthand = Outcome | readonly [own: Outcome, other: Outcome];

/** A row of the table: one outcome per role, or `[own, other]` where they differ. */
function roles(row: Record<MatrixRole, Shorthand>): RoleOutcomes {
  const expand = (value: Shorthand) => (typeof value === "string" ? { own: value, other: value } : { own: value[0], other: value[1] });
  return {
    anonymous: expand(row.anonymous),
    viewer: expand(row.viewer),
    providerEditor: expand(row.providerEditor),
    townEditor: expand(row.townEditor),
    coordinator: expand(row.coordinator),
    admin: expand(row.admin),
  };
}

// ---------------------------------------------------------------------------------------------
// Rows, written out once and named after the rule they state.

/** Public data: everybody reads it, whatever territory it belongs to. */
const everybody = roles({ anonymous: "allow", viewer: "allow", providerEditor: "allow", townEditor: "allow", coordinator: "allow", admin: "allow" });

/** Internal data of a territory, read one record at a time: staff of that territory only. */
const internalGet = roles({
  anonymous: "deny",
  viewer: ["allow", "deny"],
  providerEditor: "deny",
  townEditor: ["allow", "deny"],
  coordinator: ["allow", "deny"],
  admin: "allow",
});
/** Internal data of a territory in lists: staff of that territory see it, others do not. */
const internalList = roles({
  anonymous: "hidden",
  viewer: ["allow", "hidden"],
  providerEditor: "hidden",
  townEditor: ["allow", "hidden"],
  coordinator: ["allow", "hidden"],
  admin: "allow",
});

/** Unpublished offers: staff of the offer's territory and its own provider. */
const unpublishedOfferGet = roles({
  anonymous: "deny",
  viewer: ["allow", "deny"],
  providerEditor: ["allow", "deny"],
  townEditor: ["allow", "deny"],
  coordinator: ["allow", "deny"],
  admin: "allow",
});
const unpublishedOfferList = roles({
  anonymous: "hidden",
  viewer: ["allow", "hidden"],
  providerEditor: ["allow", "hidden"],
  townEditor: ["allow", "hidden"],
  coordinator: ["allow", "hidden"],
  admin: "allow",
});

/** Actors: everybody reads them; contact persons who did not agree appear only to staff of the actor's territory and to the organisation itself. */
const actorRead = roles({
  anonymous: "public",
  viewer: ["allow", "public"],
  providerEditor: ["allow", "public"],
  townEditor: ["allow", "public"],
  coordinator: ["allow", "public"],
  admin: "allow",
});

/** Observations of a public indicator: everybody; small counts suppressed outside the reader's own territories. */
const publicObservationRead = roles({
  anonymous: "public",
  viewer: ["allow", "public"],
  providerEditor: "public",
  townEditor: ["allow", "public"],
  coordinator: ["allow", "public"],
  admin: "allow",
});

/** The public time series: suppressed for everybody, because it is the public output. */
const publicSeries = roles({ anonymous: "public", viewer: "public", providerEditor: "public", townEditor: "public", coordinator: "public", admin: "public" });

/** Internal shared configuration (internal indicators): staff of any territory, not the public nor providers. */
const staffGet = roles({ anonymous: "deny", viewer: "allow", providerEditor: "deny", townEditor: "allow", coordinator: "allow", admin: "allow" });
const staffList = roles({ anonymous: "hidden", viewer: "allow", providerEditor: "hidden", townEditor: "allow", coordinator: "allow", admin: "allow" });

/** Records of a territory: its town editor, its county's coordinator and the administration write them. */
const territoryWrite = roles({
  anonymous: "deny",
  viewer: "deny",
  providerEditor: "deny",
  townEditor: ["allow", "deny"],
  coordinator: ["allow", "deny"],
  admin: "allow",
});

/** A youth office's configuration: its coordinator and the administration. */
const configurationWrite = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: ["allow", "deny"], admin: "allow" });
/** Configuration variants: a youth office's own, and the platform defaults (administration only). */
const configuration = () => ({ record: configurationWrite, platformDefault: adminOnly });

/** Youth offices of a county's towns: the county's coordinator sets them up. */
const youthOfficeWrite = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: ["allow", "deny"], admin: "allow" });

/** Previewing an upload writes nothing: anybody signed in. */
const signedIn = roles({ anonymous: "deny", viewer: "allow", providerEditor: "allow", townEditor: "allow", coordinator: "allow", admin: "allow" });

/** The administration alone. */
const adminOnly = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: "deny", admin: "allow" });

/** Account management: the administration, and coordinators within their county. */
const accountManagement = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: ["allow", "deny"], admin: "allow" });
/** The account list: coordinators see the accounts with roles in their county. */
const accountList = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: ["allow", "hidden"], admin: "allow" });
/** Accounts without any role yet belong to no county: account managers may create them. */
const accountManagers = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: "allow", admin: "allow" });

/** Feedback from the portal: the coordination and the administration answer it (it belongs to no territory). */
const feedbackReaders = roles({ anonymous: "deny", viewer: "deny", providerEditor: "deny", townEditor: "deny", coordinator: "allow", admin: "allow" });

/** Proposing a new offer or a change: a provider editor for its own organisation (and the administration). */
const proposeOwnOffer = roles({ anonymous: "deny", viewer: "deny", providerEditor: ["allow", "deny"], townEditor: "deny", coordinator: "deny", admin: "allow" });
/** Pending proposals are internal data of the offer's territory and of the proposing organisation. */
const proposalGet = roles({
  anonymous: "deny",
  viewer: ["allow", "deny"],
  providerEditor: ["allow", "deny"],
  townEditor: ["allow", "deny"],
  coordinator: ["allow", "deny"],
  admin: "allow",
});
const proposalList = roles({
  anonymous: "deny",
  viewer: ["allow", "hidden"],
  providerEditor: ["allow", "hidden"],
  townEditor: ["allow", "hidden"],
  coordinator: ["allow", "hidden"],
  admin: "allow",
});
/** Approving or rejecting a proposal is writing the offer: reviewers of its territory. */
const proposalReview = territoryWrite;

// ---------------------------------------------------------------------------------------------
// The table. Reads of aggregates whose records differ in visibility are probed with each kind.

export const authorizationMatrix: Record<string, ProcedureExpectation> = {
  "account.me": { record: everybody },
  // Roles in a place: a viewer of the town, or a provider editor of an organisation there; the
  // administration's role is granted by the administration alone.
  "account.list": { viewerRole: accountList, providerRole: accountList },
  "account.create": { viewerRole: accountManagement, providerRole: accountManagement, adminRole: adminOnly, noRoles: accountManagers },
  "account.assignRole": { viewerRole: accountManagement, providerRole: accountManagement, adminRole: adminOnly },
  "account.revokeRole": { viewerRole: accountManagement, providerRole: accountManagement },

  "audit.list": { record: adminOnly },
  "feedback.list": { record: feedbackReaders },

  // The start page of the admin app: anyone signed in, each within their own scope.
  "dashboard.attention": { record: signedIn },

  "territory.list": { record: everybody },
  "territory.get": { record: everybody },
  "territory.create": { record: territoryWrite },
  "territory.update": { record: territoryWrite },
  "territory.archive": { record: territoryWrite },
  "territory.restore": { record: territoryWrite },
  "territory.delete": { record: territoryWrite },
  "territory.boundaries": { record: everybody },
  "territory.previewBoundaryImport": { record: signedIn },
  "territory.importBoundaries": { record: territoryWrite },

  "youthOffice.list": { record: everybody },
  "youthOffice.get": { record: everybody },
  "youthOffice.create": { record: youthOfficeWrite },
  "youthOffice.update": { record: youthOfficeWrite },
  "youthOffice.archive": { record: youthOfficeWrite },
  "youthOffice.restore": { record: youthOfficeWrite },
  "youthOffice.delete": { record: youthOfficeWrite },
  "youthOffice.adoptDefaults": { record: configurationWrite },

  "boundary.list": { record: everybody },
  "boundary.get": { record: everybody },
  "boundary.create": { record: territoryWrite },
  "boundary.update": { record: territoryWrite },
  "boundary.archive": { record: territoryWrite },
  "boundary.restore": { record: territoryWrite },
  "boundary.delete": { record: territoryWrite },

  "lifePhase.list": { record: everybody },
  "lifePhase.get": { record: everybody },
  "lifePhase.create": configuration(),
  "lifePhase.update": configuration(),
  "lifePhase.archive": configuration(),
  "lifePhase.restore": configuration(),
  "lifePhase.delete": configuration(),
  "lifePhase.forAge": { record: everybody },
  "lifePhase.forBirthDate": { record: everybody },

  "transition.list": { record: everybody },
  "transition.get": { record: everybody },
  "transition.create": configuration(),
  "transition.update": configuration(),
  "transition.archive": configuration(),
  "transition.restore": configuration(),
  "transition.delete": configuration(),

  "fieldOfAction.list": { record: everybody },
  "fieldOfAction.get": { record: everybody },
  "fieldOfAction.create": configuration(),
  "fieldOfAction.update": configuration(),
  "fieldOfAction.archive": configuration(),
  "fieldOfAction.restore": configuration(),
  "fieldOfAction.delete": configuration(),

  "actor.list": { record: actorRead },
  "actor.get": { record: actorRead },
  "actor.create": { record: territoryWrite },
  "actor.update": { record: territoryWrite },
  "actor.archive": { record: territoryWrite },
  "actor.restore": { record: territoryWrite },
  "actor.delete": { record: territoryWrite },

  "offer.list": { published: everybody, unpublished: unpublishedOfferList },
  "offer.get": { published: everybody, unpublished: unpublishedOfferGet },
  "offer.search": { published: everybody, unpublished: unpublishedOfferList },
  "offer.searchCards": { published: everybody, unpublished: unpublishedOfferList },
  "offer.create": { record: territoryWrite },
  "offer.update": { record: territoryWrite },
  "offer.archive": { record: territoryWrite },
  "offer.restore": { record: territoryWrite },
  "offer.delete": { record: territoryWrite },

  "offerProposal.create": { record: proposeOwnOffer },
  "offerProposal.list": { record: proposalList },
  "offerProposal.get": { record: proposalGet },
  "offerProposal.approve": { record: proposalReview },
  "offerProposal.reject": { record: proposalReview },
  // Withdrawing is the proposing organisation's own step (and the administration's).
  "offerProposal.withdraw": { record: proposeOwnOffer },

  "coverage.analyse": { record: everybody },

  "leitbild.list": { adopted: everybody, draft: internalList },
  "leitbild.get": { adopted: everybody, draft: internalGet },
  "leitbild.create": { record: territoryWrite },
  "leitbild.update": { record: territoryWrite },
  "leitbild.archive": { record: territoryWrite },
  "leitbild.restore": { record: territoryWrite },
  "leitbild.delete": { record: territoryWrite },
  "leitbild.adopt": { record: territoryWrite },

  "goal.list": { record: everybody },
  "goal.get": { record: everybody },
  "goal.create": { record: territoryWrite },
  "goal.update": { record: territoryWrite },
  "goal.archive": { record: territoryWrite },
  "goal.restore": { record: territoryWrite },
  "goal.delete": { record: territoryWrite },
  "goal.progress": { record: everybody },
  "goal.cascadeProgress": { record: everybody },

  "indicator.list": { public: everybody, internal: staffList },
  "indicator.get": { public: everybody, internal: staffGet },
  "indicator.create": configuration(),
  "indicator.update": configuration(),
  "indicator.archive": configuration(),
  "indicator.restore": configuration(),
  "indicator.delete": configuration(),

  "observation.list": { public: publicObservationRead, internal: internalList },
  "observation.get": { public: publicObservationRead, internal: internalGet },
  "observation.publicSeries": { public: publicSeries },
  "observation.create": { record: territoryWrite },
  "observation.update": { record: territoryWrite },
  "observation.archive": { record: territoryWrite },
  "observation.restore": { record: territoryWrite },
  "observation.delete": { record: territoryWrite },

  "body.list": { record: everybody },
  "body.get": { record: everybody },
  "body.create": { record: territoryWrite },
  "body.update": { record: territoryWrite },
  "body.archive": { record: territoryWrite },
  "body.restore": { record: territoryWrite },
  "body.delete": { record: territoryWrite },

  "meeting.list": { record: everybody },
  "meeting.get": { record: everybody },
  "meeting.create": { record: territoryWrite },
  "meeting.update": { record: territoryWrite },
  "meeting.archive": { record: territoryWrite },
  "meeting.restore": { record: territoryWrite },
  "meeting.delete": { record: territoryWrite },

  "decision.list": { record: everybody },
  "decision.get": { record: everybody },
  "decision.create": { record: territoryWrite },
  "decision.update": { record: territoryWrite },
  "decision.archive": { record: territoryWrite },
  "decision.restore": { record: territoryWrite },
  "decision.delete": { record: territoryWrite },

  "fundingProgramme.list": { record: everybody },
  "fundingProgramme.get": { record: everybody },
  "fundingProgramme.create": configuration(),
  "fundingProgramme.update": configuration(),
  "fundingProgramme.archive": configuration(),
  "fundingProgramme.restore": configuration(),
  "fundingProgramme.delete": configuration(),

  "fundingApplication.list": { record: internalList },
  "fundingApplication.get": { record: internalGet },
  "fundingApplication.create": { record: territoryWrite },
  "fundingApplication.update": { record: territoryWrite },
  "fundingApplication.archive": { record: territoryWrite },
  "fundingApplication.restore": { record: territoryWrite },
  "fundingApplication.delete": { record: territoryWrite },
  "fundingApplication.submit": { record: territoryWrite },
  "fundingApplication.recordNotice": { record: territoryWrite },
  "fundingApplication.reject": { record: territoryWrite },
  "fundingApplication.recordSpending": { record: territoryWrite },
  "fundingApplication.submitProofOfUse": { record: territoryWrite },
  "fundingApplication.close": { record: territoryWrite },

  "qualityAssessment.list": { record: internalList },
  "qualityAssessment.get": { record: internalGet },
  "qualityAssessment.create": { record: territoryWrite },
  "qualityAssessment.update": { record: territoryWrite },
  "qualityAssessment.archive": { record: territoryWrite },
  "qualityAssessment.restore": { record: territoryWrite },
  "qualityAssessment.delete": { record: territoryWrite },

  // Imports, previews included: only who may write in the territories of the file's rows (a
  // preview would otherwise tell which records exist elsewhere).
  "exchange.previewOfferImport": { record: territoryWrite },
  "exchange.importOffers": { record: territoryWrite },
  "exchange.previewObservationImport": { record: territoryWrite },
  "exchange.importObservations": { record: territoryWrite },

  // Reports show values as observation reads do: public indicators to everybody (small counts
  // suppressed outside the reader's own territories), internal ones to staff of the territory;
  // a committee's funding figures only to staff of its territory.
  "report.indicatorValues": { public: publicObservationRead, internal: internalGet },
  "report.needVsSupply": { public: publicObservationRead, internal: internalGet },
  "report.committeeBundle": { keyIndicator: publicObservationRead, funding: internalList },
};

/**
 * Where the implementation is known to disagree with the table: the table stays the
 * specification, and each entry here pins what the implementation answers instead (an
 * outcome, or the error code of a refusal), so the suite stays green and fails as soon as the
 * behaviour changes, whether fixed or not. Remove an entry once the implementation follows
 * the rule.
 */
export interface KnownDeviation {
  procedure: string;
  variant: string;
  roles: readonly MatrixRole[];
  scopes: readonly MatrixScope[];
  /** What the implementation answers: an outcome, or UNAUTHORIZED / FORBIDDEN. */
  actual: Exclude<Outcome, "deny"> | "UNAUTHORIZED" | "FORBIDDEN";
  why: string;
}

/** Cases where the implementation knowingly differs from the table; empty now that all are fixed. */
export const knownDeviations: readonly KnownDeviation[] = [];
