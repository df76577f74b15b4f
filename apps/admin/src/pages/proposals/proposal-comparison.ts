/** One path of the offer as a reviewer compares it: the published value beside the proposed one. */
export interface ComparisonRow {
  /** Path into the offer, e.g. `title` or `contact.email`; the label's key. */
  path: string;
  published: unknown;
  proposed: unknown;
  changed: boolean;
}

/** The fields a reviewer always sees, in the order of the offer form. */
const SHOWN_ALWAYS = [
  "title",
  "shortTitle",
  "description",
  "eligibility",
  "providerId",
  "territoryIds",
  "fieldOfActionIds",
  "status",
  "minAgeMonths",
  "maxAgeMonths",
  "languages",
  "cost.free",
  "contact.email",
  "contact.phone",
  "contact.url",
] as const;

function valueAt(record: Readonly<Record<string, unknown>> | null, path: string): unknown {
  let value: unknown = record ?? undefined;
  for (const segment of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

const within = (changePath: string, path: string) => changePath === path || changePath.startsWith(`${path}.`);

/**
 * The rows of the field-by-field comparison: the offer's main fields always, then every other
 * top-level field the proposal changes (locations, schedules, translations, …), each marked
 * changed when the API's diff has a change at or below its path.
 *
 * @example
 * comparisonRows({ title: "A", shortTitle: null }, { title: "A", shortTitle: "B" }, [{ path: "shortTitle", before: null, after: "B" }])
 * // [{ path: "title", changed: false, … }, { path: "shortTitle", published: null, proposed: "B", changed: true }, …]
 */
export function comparisonRows(
  published: Readonly<Record<string, unknown>> | null,
  proposed: Readonly<Record<string, unknown>>,
  diff: readonly { path: string }[],
): ComparisonRow[] {
  const row = (path: string): ComparisonRow => ({
    path,
    published: valueAt(published, path),
    proposed: valueAt(proposed, path),
    changed: diff.some((change) => within(change.path, path)),
  });
  const shown = new Set<string>(SHOWN_ALWAYS);
  const rows = SHOWN_ALWAYS.map(row);
  const others = new Set(diff.map((change) => change.path).filter((path) => ![...shown].some((field) => within(path, field))).map((path) => {
    const [first = path, second] = path.split(".");
    // Costs and contact are shown by their parts; the others as a whole.
    return (first === "cost" || first === "contact") && second ? `${first}.${second}` : first;
  }));
  return [...rows, ...[...others].map(row)];
}

type Parts = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "");
const joined = (parts: unknown[], separator = ", ") => parts.map(text).filter((part) => part !== "").join(separator);

/**
 * An offer's translations, places or times in words a reviewer reads at a glance, one entry per
 * line: „Englisch: Parents' café“, „Familienzentrum, Markt 1, 48249 Dülmen (51.83, 7.28)“,
 * „TU, TH 09:30–11:30“.
 *
 * @example
 * describeOfferPart("translations", { en: { title: "Parents' café" } }, () => "Englisch"); // "Englisch: Parents' café"
 */
export function describeOfferPart(path: "translations" | "locations" | "schedules", value: unknown, languageName: (language: string) => string): string {
  if (path === "translations") {
    const entries = Object.entries((value ?? {}) as Record<string, Parts>);
    return entries.length === 0 ? "—" : entries.map(([language, translation]) => `${languageName(language)}: ${joined([translation.title, translation.shortTitle, translation.description, translation.eligibility], " · ")}`).join("\n");
  }
  const items = Array.isArray(value) ? (value as Parts[]) : [];
  if (items.length === 0) return "—";
  if (path === "locations") {
    return items.map((location) => {
      const address = (location.address ?? {}) as Parts;
      const point = location.coordinates as Parts | null | undefined;
      const where = joined([location.name, address.street, joined([address.postalCode, address.city], " ")]);
      return point ? `${where} (${text(point.latitude)}, ${text(point.longitude)})` : where;
    }).join("\n");
  }
  return items.map((schedule) => joined([Array.isArray(schedule.byDay) ? schedule.byDay.join(", ") : "", [schedule.opensAt, schedule.closesAt].map(text).filter(Boolean).join("–"), schedule.description], " ")).join("\n");
}
