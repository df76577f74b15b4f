import { useSyncExternalStore } from "react";

/** An offer on the family's shortlist, as it was when saved (so the list needs no request). */
export interface ShortlistEntry {
  id: string;
  title: string;
  /** Where it takes place, e.g. "Dülmen, Coesfeld". */
  places: string;
}

// Merkliste: kept in this browser only (localStorage), never sent anywhere, so no cookie and no
// consent banner; a family that clears its browser data clears the list.
const STORAGE_KEY = "praeventionskette.merkliste";
const NONE: readonly ShortlistEntry[] = [];
const listeners = new Set<() => void>();
let cached: { raw: string | null; entries: readonly ShortlistEntry[] } = { raw: null, entries: NONE };

function read(): readonly ShortlistEntry[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return NONE;
  }
  if (raw === cached.raw) return cached.entries;
  let entries: readonly ShortlistEntry[] = NONE;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) entries = parsed.filter((entry): entry is ShortlistEntry => typeof entry?.id === "string" && typeof entry?.title === "string" && typeof entry?.places === "string");
  } catch {
    // A damaged list is treated as empty rather than breaking the page.
  }
  cached = { raw, entries };
  return entries;
}

function write(entries: readonly ShortlistEntry[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Private modes may refuse storage; the button then simply does not keep the offer.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the list.
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The shortlist; empty on the server and while hydrating, so the first render matches the server's. */
export function useShortlist(): readonly ShortlistEntry[] {
  return useSyncExternalStore(subscribe, read, () => NONE);
}

/** Adds the offer, or removes it when it is already on the list. */
export function toggleShortlisted(entry: ShortlistEntry): void {
  const entries = read();
  write(entries.some((saved) => saved.id === entry.id) ? entries.filter((saved) => saved.id !== entry.id) : [...entries, entry]);
}

/** Removes the offer from the list. */
export function removeShortlisted(id: string): void {
  write(read().filter((saved) => saved.id !== id));
}

const noChange = () => () => undefined;

/** True once the page runs with JavaScript (after hydration); false on the server. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noChange, () => true, () => false);
}
