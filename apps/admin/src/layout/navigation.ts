import type { LinkProps } from "@tanstack/react-router";
import { offerMode } from "../lib/roles.js";
import type { Me } from "../lib/trpc.js";

type Person = NonNullable<Me>;

/** What a provider editor works with: its offers and its proposals. */
export const PROVIDER_PAGES = new Set<string>(["/", "/angebote", "/vorschlaege"]);

/** One entry of the sidebar: its path and the text key of its label. */
export interface NavigationEntry {
  to: NonNullable<LinkProps["to"]>;
  label: string;
  /** Who may use the page; absent: every member of staff. */
  visibleTo?: (me: Person) => boolean;
}

/** A heading of the sidebar with its entries; a group without a heading comes first (the start page). */
export interface NavigationGroup {
  heading: string | null;
  entries: NavigationEntry[];
}

const hasRole = (me: Person, ...roles: string[]) => me.assignments.some((assignment) => roles.includes(assignment.role));

/** Accounts are managed by the administration and, in their county, the coordination office (API rule in repositories/account.ts). */
const managesAccounts = (me: Person) => hasRole(me, "admin", "coordinator");
/** The audit trail is readable by the administration only (API rule in routers/audit.ts). */
const readsAudit = (me: Person) => hasRole(me, "admin");

/**
 * The sidebar's fourteen pages in four groups, in the order staff think about the work: the
 * network of offers and actors, steering by Leitbild and goals, monitoring, and administration.
 */
export const NAVIGATION: NavigationGroup[] = [
  { heading: null, entries: [{ to: "/", label: "nav.start" }] },
  {
    heading: "navGroups.network",
    entries: [
      { to: "/angebote", label: "nav.offers" },
      { to: "/vorschlaege", label: "nav.proposals" },
      { to: "/akteure", label: "nav.actors" },
      { to: "/gremien", label: "nav.bodies" },
    ],
  },
  {
    heading: "navGroups.steering",
    entries: [
      { to: "/leitbild", label: "leitbild.nav" },
      { to: "/ziele", label: "nav.goals" },
      { to: "/foerderung", label: "nav.funding" },
    ],
  },
  {
    heading: "navGroups.monitoring",
    entries: [
      { to: "/indikatoren", label: "nav.indicators" },
      { to: "/qualitaet", label: "nav.quality" },
    ],
  },
  {
    heading: "navGroups.administration",
    entries: [
      { to: "/gebiete", label: "nav.territories" },
      { to: "/konfiguration", label: "nav.configuration" },
      { to: "/konten", label: "nav.accounts", visibleTo: managesAccounts },
      { to: "/protokoll", label: "nav.audit", visibleTo: readsAudit },
    ],
  },
];

/**
 * The groups this person sees: a provider editor only its offers and proposals; entries of
 * administration only for the roles the API lets use them; groups left empty disappear.
 */
export function navigationFor(me: Person): NavigationGroup[] {
  const providerOnly = offerMode(me) === "propose";
  return NAVIGATION.map((group) => ({
    ...group,
    entries: group.entries.filter((entry) => (providerOnly ? PROVIDER_PAGES.has(entry.to) : (entry.visibleTo?.(me) ?? true))),
  })).filter((group) => group.entries.length > 0);
}
