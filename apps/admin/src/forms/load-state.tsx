import { Notice } from "@praeventionskette/ui";
import type { ReactNode } from "react";

/** A query as far as the page's load state needs it. */
interface LoadingQuery {
  isPending: boolean;
  isError: boolean;
  error: { message: string; data?: { code?: string } | null } | null;
}

/**
 * What an edit page shows before its form: a status line while a query loads, the reason when
 * one failed (`notFound` in the area's words when the record does not exist), or null when all
 * arrived. `false` stands for a query the page does not need (a new record has none to load).
 */
export function loadState(texts: { loading: string; notFound: string }, ...queries: (LoadingQuery | false)[]): ReactNode | null {
  const needed = queries.filter((query): query is LoadingQuery => query !== false);
  const failed = needed.find((query) => query.isError);
  if (failed) return <Notice tone="error">{failed.error?.data?.code === "NOT_FOUND" ? texts.notFound : failed.error?.message}</Notice>;
  if (needed.some((query) => query.isPending)) return <p role="status">{texts.loading}</p>;
  return null;
}
