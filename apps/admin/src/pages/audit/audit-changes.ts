/** One field an audit entry changed, with its value before and after as short text. */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const MAX_LENGTH = 160;

function shortText(value: unknown): string {
  if (value === undefined || value === null) return "–";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)} …` : text;
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The top-level fields that differ between an entry's `before` and `after` (a creation lists
 * every field it set, a deletion every field it removed), in the record's own order.
 *
 * @example
 * auditChanges({ name: "A", x: 1 }, { name: "B", x: 1 }) // [{ field: "name", before: "A", after: "B" }]
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const a = asObject(typeof before === "string" ? JSON.parse(before) : before);
  const b = asObject(typeof after === "string" ? JSON.parse(after) : after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: shortText(a[field]), after: shortText(b[field]) }));
}
