import { diffRecords, type FieldChange, type OfferInput, OfferInputSchema, type ProposalStatus, REJECTION_REASON_LENGTH } from "@praeventionskette/domain";
import { type Kysely, type RawBuilder, type Selectable, type SelectQueryBuilder, sql } from "kysely";
import { type Access, assertMayWrite, readsInternally } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError } from "../errors.js";
import { checkReferences, createRecord, fieldsOf, findRecord, inTransaction, type Page, presented, type Stored, updateRecord } from "./aggregate.js";
import { recordAudit } from "./audit.js";
import { offerAggregate } from "./offer.js";
import { jsonb, sqlArray } from "./sql-values.js";

// Offer approval: a provider editor's new offer or change to an offer is stored here as a
// proposal; only a reviewer (town editor, coordinator or admin whose writable scope covers the
// offer's territories) publishes it into the `offer` table, which is what the public reads.


const statusLabels: Record<ProposalStatus, string> = {
  pending: "offen",
  approved: "bereits freigegeben",
  rejected: "bereits abgelehnt",
  withdrawn: "zurückgezogen",
};


const LABEL = "Angebotsvorschlag";
const TABLE = "offer_proposal";

/** A provider's proposed new offer or change to an offer, as stored until and after its review. */
export interface OfferProposal {
  id: string;
  /** The offer it changes; for a new offer null until approved, then the offer that was created. */
  offerId: string | null;
  /** The version of the offer the change was based on; null for a new offer. */
  baseVersion: number | null;
  providerId: string;
  /** The complete offer as it would be published. */
  data: OfferInput;
  status: ProposalStatus;
  /** Why it was rejected. */
  reason: string | null;
  /** User id of the provider editor who proposed it. */
  proposedBy: string;
  proposedByName: string;
  proposedAt: string;
  reviewedByName: string | null;
  reviewedAt: string | null;
  /** Increases with every review action; approve, reject and withdraw name the version they saw. */
  version: number;
}

/** A proposal with the published offer it would change (null for a new one) and what it changes. */
export interface OfferProposalDetail extends OfferProposal {
  current: Stored<OfferInput> | null;
  /** Changed fields between the currently published offer (or none) and the proposal. */
  diff: FieldChange[];
}

type ProposalRow = Selectable<Database["offer_proposal"]>;

const iso = (value: Date | string): string => new Date(value).toISOString();

function toProposal(row: ProposalRow): OfferProposal {
  return {
    id: row.id,
    offerId: row.offer_id,
    baseVersion: row.base_version,
    providerId: row.provider_id,
    data: row.data as OfferInput,
    status: row.status as ProposalStatus,
    reason: row.reason,
    proposedBy: row.proposed_by,
    proposedByName: row.proposed_by_name,
    proposedAt: iso(row.proposed_at),
    reviewedByName: row.reviewed_by_name,
    reviewedAt: row.reviewed_at === null ? null : iso(row.reviewed_at),
    version: row.version,
  };
}

function requirePerson(access: Access): void {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
}

function assertOwnOrganisation(access: Access, providerId: string, what: string): void {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
  if (!access.writable.all && !access.organisationIds.includes(providerId)) {
    throw new ForbiddenError(`${what}: Sie können nur für Angebote Ihrer eigenen Organisation Vorschläge machen.`);
  }
}

/**
 * Restricts a query to the proposals this access may see: all for administrators; those of the
 * reader's organisations; and those whose offer (as proposed and as published) lies wholly in
 * the reader's territories: reviewers see what they may review, viewers what concerns them.
 */
function visible<O>(
  query: SelectQueryBuilder<Database, "offer_proposal", O>,
  access: Access,
): SelectQueryBuilder<Database, "offer_proposal", O> {
  if (access.readable.all) return query;
  const conditions: RawBuilder<boolean>[] = [];
  if (access.organisationIds.length > 0) {
    conditions.push(sql<boolean>`offer_proposal.provider_id = any(${sqlArray(access.organisationIds, "uuid")})`);
  }
  if (access.readable.territoryIds.length > 0) {
    const scope = sqlArray(access.readable.territoryIds, "uuid");
    conditions.push(sql<boolean>`(
      array(select jsonb_array_elements_text(offer_proposal.data -> 'territoryIds'))::uuid[] <@ ${scope}
      and (offer_proposal.offer_id is null
        or exists (select 1 from offer where offer.id = offer_proposal.offer_id and offer.territory_ids <@ ${scope})))`);
  }
  if (conditions.length === 0) return query.where(sql<boolean>`false`);
  return query.where(sql<boolean>`(${sql.join(conditions, sql` or `)})`);
}

/** The territories a review must be allowed to write: the offer's as proposed and as published. */
async function territoriesUnderReview(db: Kysely<Database>, proposal: OfferProposal): Promise<string[]> {
  const current = proposal.offerId ? await findRecord(db, offerAggregate, proposal.offerId) : undefined;
  return [...new Set([...proposal.data.territoryIds, ...(current?.territoryIds ?? [])])];
}

/** The proposal with this id, locked for the review in this transaction. */
async function lockProposal(trx: Kysely<Database>, id: string): Promise<OfferProposal> {
  const row = await trx.selectFrom(TABLE).selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!row) throw new NotFoundError(LABEL, id);
  return toProposal(row);
}

/** Refuses a review action on a proposal that changed since it was read or is no longer pending. */
function assertPending(proposal: OfferProposal, expectedVersion: number): void {
  if (proposal.version !== expectedVersion) {
    throw new ConflictError(
      `${LABEL} wurde inzwischen bearbeitet (Ihre Fassung: Version ${expectedVersion}, gespeichert: Version ${proposal.version}). ` +
        "Bitte laden Sie ihn neu.",
    );
  }
  if (proposal.status !== "pending") {
    throw new ConflictError(`${LABEL} ist ${statusLabels[proposal.status]} und kann nicht mehr bearbeitet werden.`);
  }
}

/** Stores the outcome of a review action, bumps the proposal's version and appends its audit entry. */
async function conclude(
  trx: Kysely<Database>,
  access: Access,
  before: OfferProposal,
  action: "approve" | "reject" | "withdraw",
  changes: { status: ProposalStatus; offerId?: string; reason?: string; reviewed: boolean },
): Promise<OfferProposal> {
  const row = await trx
    .updateTable(TABLE)
    .set({
      status: changes.status,
      ...(changes.offerId ? { offer_id: changes.offerId } : {}),
      ...(changes.reason !== undefined ? { reason: changes.reason } : {}),
      ...(changes.reviewed ? { reviewed_by_name: access.editorName, reviewed_at: sql<Date>`now()` } : {}),
      version: sql<number>`version + 1`,
    })
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const after = toProposal(row);
  await recordAudit(trx, access, { action, table: TABLE, recordId: after.id, before, after });
  return after;
}

/** A proposed offer: new (`offerId` null) or a change to the offer at `expectedVersion`. */
export interface OfferProposalInput {
  offerId: string | null;
  expectedVersion: number | null;
  data: OfferInput;
}

/**
 * Stores a provider editor's new offer or change to an offer as a pending proposal; the
 * published offer stays as it is until a reviewer approves. Only for the editor's own
 * organisations (as the offer's provider before and after the change). References are checked
 * as for a direct write; a change based on an outdated version is refused at once.
 */
export async function proposeOffer(db: Kysely<Database>, input: OfferProposalInput, access: Access): Promise<OfferProposal> {
  return inTransaction(db, async (trx) => {
    assertOwnOrganisation(access, input.data.providerId, LABEL);
    const existing = input.offerId ? await findRecord(trx, offerAggregate, input.offerId) : null;
    if (input.offerId) {
      if (!existing) throw new NotFoundError(offerAggregate.label, input.offerId);
      assertOwnOrganisation(access, existing.providerId, LABEL);
      if (input.expectedVersion === null) {
        throw new RuleViolationError("Geben Sie die Version des Angebots an, auf der die Änderung beruht.", ["expectedVersion"]);
      }
      if (existing.version !== input.expectedVersion) {
        throw new ConflictError(
          `Das Angebot wurde inzwischen geändert (Ihre Fassung: Version ${input.expectedVersion}, gespeichert: Version ${existing.version}). ` +
            "Bitte laden Sie es neu und übernehmen Sie Ihre Änderungen erneut.",
        );
      }
    } else if (input.expectedVersion !== null) {
      throw new RuleViolationError("Ein neues Angebot hat noch keine Version.", ["expectedVersion"]);
    }
    await checkReferences(trx, offerAggregate, input.data);
    await offerAggregate.check?.(trx, { id: input.offerId, input: input.data, existing: existing ?? null });

    const row = await trx
      .insertInto(TABLE)
      .values({
        offer_id: input.offerId,
        base_version: existing ? existing.version : null,
        provider_id: input.data.providerId,
        data: jsonb(input.data),
        proposed_by: access.principal?.userId ?? "",
        proposed_by_name: access.editorName,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const proposal = toProposal(row);
    await recordAudit(trx, access, { action: "propose", table: TABLE, recordId: proposal.id, before: null, after: proposal });
    return proposal;
  });
}

/** Filters for the list of proposals. */
export interface ProposalFilter {
  status?: ProposalStatus;
  offerId?: string;
  providerId?: string;
  limit: number;
  offset: number;
}

/**
 * The proposals this access may see, oldest first (the review queue's order): providers their
 * organisations', reviewers those in their writable scope, administrators all.
 */
export async function listProposals(db: Kysely<Database>, filter: ProposalFilter, access: Access): Promise<Page<OfferProposal>> {
  requirePerson(access);
  let base = visible(db.selectFrom(TABLE), access);
  if (filter.status) base = base.where("status", "=", filter.status);
  if (filter.offerId) base = base.where("offer_id", "=", filter.offerId);
  if (filter.providerId) base = base.where("provider_id", "=", filter.providerId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("proposed_at", "asc").orderBy("id", "asc").limit(filter.limit).offset(filter.offset).execute(),
    base.select(sql<string>`count(*)`.as("total")).executeTakeFirstOrThrow(),
  ]);
  const items = await Promise.all(
    rows.map(toProposal).map(async (p) => (p.reviewedByName === null || readsInternally(access, await territoriesUnderReview(db, p)) ? p : { ...p, reviewedByName: null })),
  );
  return { items, total: Number(count.total), limit: filter.limit, offset: filter.offset };
}

/**
 * One proposal with the currently published offer and the diff between the two (for a new
 * offer every field is listed as added). NotFoundError, or ForbiddenError outside the reader's
 * organisations and review scope.
 */
export async function getProposal(db: Kysely<Database>, id: string, access: Access): Promise<OfferProposalDetail> {
  requirePerson(access);
  const row = await visible(db.selectFrom(TABLE), access).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) {
    const exists = await db.selectFrom(TABLE).select("id").where("id", "=", id).executeTakeFirst();
    if (exists) throw new ForbiddenError(`${LABEL}: Ihre Rolle erlaubt keinen Zugriff auf diesen Vorschlag.`);
    throw new NotFoundError(LABEL, id);
  }
  const found = toProposal(row);
  const stored = found.offerId ? await findRecord(db, offerAggregate, found.offerId) : undefined;
  const [current = null] = stored ? await presented(db, offerAggregate, [stored], access) : [];
  // Providers learn the outcome and the reason of a review, not the reviewer's name.
  const proposal = readsInternally(access, await territoriesUnderReview(db, found)) ? found : { ...found, reviewedByName: null };
  return { ...proposal, current, diff: diffRecords(current ? fieldsOf(current) : null, proposal.data) };
}

/**
 * Publishes a pending proposal: creates the offer, or updates it provided it is still at the
 * version the proposal was based on (otherwise CONFLICT: the reviewer rejects and the provider
 * proposes again on the current version). The reviewer must be allowed to write the offer's
 * territories. Offer, proposal and both audit entries are written in one transaction.
 */
export async function approveProposal(
  db: Kysely<Database>,
  review: { id: string; expectedVersion: number },
  access: Access,
): Promise<{ proposal: OfferProposal; offer: Stored<OfferInput> }> {
  return inTransaction(db, async (trx) => {
    requirePerson(access);
    const proposal = await lockProposal(trx, review.id);
    assertMayWrite(access, offerAggregate.label, { territories: await territoriesUnderReview(trx, proposal) });
    assertPending(proposal, review.expectedVersion);
    // Stored data was valid when proposed; the schema may have tightened since.
    const data = OfferInputSchema.parse(proposal.data);

    let offer: Stored<OfferInput>;
    if (proposal.offerId === null) {
      offer = await createRecord(trx, offerAggregate, data, access);
    } else {
      const current = await findRecord(trx, offerAggregate, proposal.offerId, { forUpdate: true });
      if (!current) throw new NotFoundError(offerAggregate.label, proposal.offerId);
      const baseVersion = proposal.baseVersion ?? 0;
      if (current.version !== baseVersion) {
        const by = current.updatedBy ? ` von ${current.updatedBy}` : "";
        throw new ConflictError(
          `Das Angebot wurde${by} geändert, nachdem dieser Vorschlag eingereicht wurde ` +
            `(Vorschlag zu Version ${baseVersion}, gespeichert: Version ${current.version}). ` +
            "Bitte lehnen Sie den Vorschlag ab; der Anbieter kann seine Änderung auf Grundlage der aktuellen Fassung neu vorschlagen.",
        );
      }
      offer = await updateRecord(trx, offerAggregate, { id: proposal.offerId, expectedVersion: baseVersion, input: data }, access);
    }
    const approved = await conclude(trx, access, proposal, "approve", { status: "approved", offerId: offer.id, reviewed: true });
    return { proposal: approved, offer };
  });
}

/** Rejects a pending proposal with a reason the provider reads; the published offer stays as it is. */
export async function rejectProposal(
  db: Kysely<Database>,
  review: { id: string; expectedVersion: number; reason: string },
  access: Access,
): Promise<OfferProposal> {
  const reason = review.reason.trim();
  if (reason.length < REJECTION_REASON_LENGTH.min || reason.length > REJECTION_REASON_LENGTH.max) {
    throw new RuleViolationError(
      `Bitte begründen Sie die Ablehnung (${REJECTION_REASON_LENGTH.min} bis ${REJECTION_REASON_LENGTH.max} Zeichen).`,
      ["reason"],
    );
  }
  return inTransaction(db, async (trx) => {
    requirePerson(access);
    const proposal = await lockProposal(trx, review.id);
    assertMayWrite(access, offerAggregate.label, { territories: await territoriesUnderReview(trx, proposal) });
    assertPending(proposal, review.expectedVersion);
    return conclude(trx, access, proposal, "reject", { status: "rejected", reason, reviewed: true });
  });
}

/** Withdraws a pending proposal; only its provider's editors may. */
export async function withdrawProposal(
  db: Kysely<Database>,
  change: { id: string; expectedVersion: number },
  access: Access,
): Promise<OfferProposal> {
  if (!access.principal) throw new UnauthenticatedError();
  return inTransaction(db, async (trx) => {
    const proposal = await lockProposal(trx, change.id);
    assertOwnOrganisation(access, proposal.providerId, LABEL);
    assertPending(proposal, change.expectedVersion);
    return conclude(trx, access, proposal, "withdraw", { status: "withdrawn", reviewed: false });
  });
}
