import { comparePeriods } from "@praeventionskette/domain";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type RouterOutputs, useTRPC } from "./trpc.js";

/** An indicator as the indicator list gives it. */
export type ListedIndicator = RouterOutputs["indicator"]["list"]["items"][number];

/** One value of a series as this reader may see it. */
export interface SeriesPoint {
  period: string;
  /** The rate; null when suppressed. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** „gesperrt“: a small count, or one that would let a small count be recomputed. */
  suppressed: boolean;
}

const seriesKey = (indicatorId: string, territoryId: string) => `${indicatorId}|${territoryId}`;

/**
 * The indicators this reader may see (public ones for anonymous visitors, internal ones too for
 * staff), by code.
 */
export function useVisibleIndicators() {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.indicator.list.queryOptions({ limit: 200 }), staleTime: 5 * 60_000 });
  const items = useMemo(() => [...(list.data?.items ?? [])].sort((a, b) => a.code.localeCompare(b.code, "de", { numeric: true })), [list.data]);
  return { indicators: items, isPending: list.isPending, error: list.error };
}

/**
 * Every series of these indicators in these territories, read through `observation.list`: so
 * exactly as the reader may see them — the public view with suppression for everyone, the
 * reader's own territories unsuppressed for staff, internal indicators only there.
 */
export function useSeries(indicators: readonly ListedIndicator[], territoryIds: readonly string[]) {
  const trpc = useTRPC();
  const pairs = indicators.flatMap((indicator) => territoryIds.map((territoryId) => ({ indicatorId: indicator.id, territoryId })));
  const results = useQueries({
    queries: pairs.map((pair) => ({ ...trpc.observation.list.queryOptions({ ...pair, limit: 200 }), staleTime: 60_000 })),
  });
  const series = new Map<string, SeriesPoint[]>();
  pairs.forEach((pair, index) => {
    const items = results[index]?.data?.items ?? [];
    const points = items.map((o) => ({
      period: o.period,
      value: o.value ?? null,
      numerator: o.numerator ?? null,
      denominator: o.denominator ?? null,
      // The public view marks suppressed cells; the record type does not name the flag.
      suppressed: (o as { suppressed?: boolean }).suppressed === true,
    }));
    series.set(seriesKey(pair.indicatorId, pair.territoryId), points.sort((a, b) => comparePeriods(a.period, b.period)));
  });
  return {
    seriesOf: (indicatorId: string, territoryId: string) => series.get(seriesKey(indicatorId, territoryId)) ?? [],
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/** The latest period of a series with a value or a „gesperrt“, or null. */
export function latestPeriod(points: readonly SeriesPoint[]): string | null {
  return points.at(-1)?.period ?? null;
}

/** Change from the previous published value to the latest, judged by the indicator's direction. */
export interface Trend {
  from: SeriesPoint;
  to: SeriesPoint;
  change: number;
  /** better / worse by the desired direction; `unrated` for context indicators; `same` without change. */
  judgement: "better" | "worse" | "same" | "unrated";
}

/** The trend between the last two published values of a series, or null with fewer than two. */
export function trendOf(points: readonly SeriesPoint[], polarity: ListedIndicator["polarity"]): Trend | null {
  const published = points.filter((p) => !p.suppressed && p.value !== null);
  const to = published.at(-1);
  const from = published.at(-2);
  if (!to || !from || to.value === null || from.value === null) return null;
  const change = to.value - from.value;
  const judgement =
    Math.abs(change) < 1e-9 ? "same" : polarity === "neutral" ? "unrated" : (change > 0) === (polarity === "higherIsBetter") ? "better" : "worse";
  return { from, to, change, judgement };
}
