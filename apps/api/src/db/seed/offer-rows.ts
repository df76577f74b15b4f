import type {
  OfferContact,
  OfferCost,
  OfferSchedule,
  OfferStatus,
  PreventionLevel,
  TargetGroup,
  Weekday,
} from "@praeventionskette/domain";
import type { ActorKey } from "./actors.js";
import type { GoalKey } from "./goals.js";
import type { FieldCode, PhaseCode, TransitionCode } from "./life-phases.js";
import { COUNTY_YOUTH_OFFICE_TOWNS, type TownKey } from "./territories.js";

/** A place where an offer takes place, in the demo tables' short form. */
export interface PlaceRow {
  name: string;
  street: string;
  town: TownKey;
  /** Step-free access; `null` when not yet assessed. */
  wheelchair?: boolean | null;
  accessibility?: string;
}

/** One offer in the demo tables: plain data, with keys instead of ids. */
export interface OfferRow {
  title: string;
  shortTitle?: string;
  description: string;
  provider: ActorKey;
  /** Towns served, or the whole county. */
  where: readonly (TownKey | "kreis")[];
  at?: readonly PlaceRow[];
  when?: readonly OfferSchedule[];
  /** ISO 639-1 codes; German only when left out. */
  languages?: readonly string[];
  /** Free of charge when left out. */
  cost?: OfferCost;
  /** Age range in months: from (inclusive, −9 = start of pregnancy) to (exclusive, `null` = open). */
  ages: readonly [number, number | null];
  phases: readonly PhaseCode[];
  transitions?: readonly TransitionCode[];
  fields: readonly FieldCode[];
  groups: readonly TargetGroup[];
  level: PreventionLevel;
  goals?: readonly GoalKey[];
  eligibility?: string;
  contact: OfferContact;
  /** Active when left out. */
  status?: OfferStatus;
  visibleFrom?: string;
  visibleTo?: string;
}

/** A weekly schedule (iCal `FREQ=WEEKLY;BYDAY=…`). */
export function weekly(byDay: readonly Weekday[], opensAt: string | null, closesAt: string | null, description: string | null = null): OfferSchedule {
  return { freq: "WEEKLY", byDay: [...byDay], opensAt, closesAt, description };
}

/** A monthly schedule, e.g. every first Wednesday (described in words). */
export function monthly(byDay: readonly Weekday[], opensAt: string | null, closesAt: string | null, description: string): OfferSchedule {
  return { freq: "MONTHLY", byDay: [...byDay], opensAt, closesAt, description };
}

/** Free of charge. */
export const FREE: OfferCost = { free: true, amountCents: null, description: null };

/** A fee in euro cents, or `null` when it depends on income or is not fixed. */
export function fee(amountCents: number | null, description: string): OfferCost {
  return { free: false, amountCents, description };
}

/** A role mailbox as contact (never a private person). */
export function mailbox(name: string, email: string, url: string | null = null): OfferContact {
  return { name, email, phone: null, url };
}

/** Age in whole years, as months. */
export function years(from: number, to: number | null): readonly [number, number | null] {
  return [from * 12, to === null ? null : to * 12];
}

