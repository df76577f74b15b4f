/** The paths of the legal pages, the same in every language (the language is the prefix). */
export const LEGAL_PATHS = {
  accessibility: "/barrierefreiheit",
  feedback: "/barrierefreiheit/rueckmeldung",
  imprint: "/impressum",
  privacy: "/datenschutz",
} as const;

/** The fields of the feedback form the API may send back as wrong (codes, as in the form's field names). */
export const FEEDBACK_FIELDS = ["art", "seite", "nachricht", "antwort"] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

/** What the feedback is about, as the form sends it. */
export const FEEDBACK_KINDS = ["barriere", "inhalt", "sonstiges"] as const;
export type FeedbackKindCode = (typeof FEEDBACK_KINDS)[number];

/** What a legal page shows: which page, and for the feedback form the state the API returned it in. */
export type LegalRoute =
  | { kind: "accessibility" }
  | { kind: "imprint" }
  | { kind: "privacy" }
  | {
      kind: "feedback";
      /** Stored: the thank-you is shown instead of the form. */
      sent: boolean;
      /** Fields the API refused. */
      errors: FeedbackField[];
      /** The API's platform-wide or per-sender limit was reached. */
      tooMany: boolean;
      /** Prefilled: the kind chosen before (barriere, inhalt, sonstiges). */
      chosenKind?: FeedbackKindCode;
      /** Prefilled: the page it is about (the footer's link passes the page it was on). */
      about?: string;
    };

/** The legal page a path shows, with the feedback form's state from the query; null for other paths. */
export function legalRouteOf(path: string, query: URLSearchParams): LegalRoute | null {
  if (path === LEGAL_PATHS.accessibility) return { kind: "accessibility" };
  if (path === LEGAL_PATHS.imprint) return { kind: "imprint" };
  if (path === LEGAL_PATHS.privacy) return { kind: "privacy" };
  if (path !== LEGAL_PATHS.feedback) return null;
  const codes = (query.get("fehler") ?? "").split(",");
  const art = FEEDBACK_KINDS.find((kind) => kind === query.get("art"));
  const about = query.get("seite")?.trim().slice(0, 300);
  return {
    kind: "feedback",
    sent: query.get("gesendet") === "1",
    errors: FEEDBACK_FIELDS.filter((field) => codes.includes(field)),
    tooMany: codes.includes("zu-oft"),
    chosenKind: art,
    about: about || undefined,
  };
}
