// The read routes families and committees hit most, as the apps call them: tRPC GET requests
// (`/trpc/<procedure>?input=<JSON>`).
// Inputs vary between requests so that no single cached plan or row answers them all.
import http from "node:http";

/** One measured route: a name for the table and the request paths to rotate through. */
export interface RouteSpec {
  name: string;
  paths: string[];
}

// What families type into the search box: single words, plurals and compounds.
const searchWords = [
  "Hebamme",
  "Sprachförderung",
  "Elterncafé",
  "Schwimmen",
  "Krabbelgruppe",
  "Familienberatung",
  "Stillberatung",
  "Kita",
  "Hausaufgabenhilfe",
  "Babymassage",
  "Erziehungsberatung",
  "Ferienfreizeit",
  "Musik",
  "Sport",
  "Schuldnerberatung",
  "Frühe Hilfen",
  "Bewegung",
  "Lesen",
  "Jugendtreff",
  "Übergang Schule",
];

const query = (procedure: string, input?: unknown): string =>
  input === undefined ? `/trpc/${procedure}` : `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

// node:http rather than fetch: on a large data set one report request may take minutes, longer
// than fetch's fixed five-minute limits.
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function data<T>(origin: string, path: string): Promise<T> {
  const response = await get(origin + path);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.body.slice(0, 300)}`);
  return (JSON.parse(response.body) as { result: { data: T } }).result.data;
}

interface Identified {
  id: string;
}

/**
 * Looks up ids in the running server (towns, life phases, offers, a public indicator) and
 * builds the route set from them, so it works on any data set.
 */
export async function discoverRoutes(origin: string): Promise<RouteSpec[]> {
  const territories = (await data<{ items: (Identified & { kind: string; parentId: string | null })[] }>(origin, query("territory.list", { limit: 200 }))).items;
  const county = territories.find((t) => t.kind === "county");
  const towns = territories.filter((t) => t.kind === "town");
  const lifePhases = (await data<{ items: Identified[] }>(origin, query("lifePhase.list", { limit: 200 }))).items;
  const indicators = (await data<{ items: (Identified & { visibility: string })[] }>(origin, query("indicator.list", { limit: 200 }))).items;
  const publicIndicator = indicators.find((indicator) => indicator.visibility === "public");
  const offers = (await data<{ items: Identified[] }>(origin, query("offer.search", { limit: 200 }))).items;
  if (!county || towns.length === 0 || lifePhases.length === 0 || !publicIndicator || offers.length === 0) {
    throw new Error("the data set lacks a county, towns, life phases, a public indicator or published offers");
  }

  // The year committees report on: the one the indicator's latest period counts as.
  const latest = await data<{ period: string }>(origin, query("report.indicatorValues", { indicatorId: publicIndicator.id, territoryId: county.id }));
  const year = Number(latest.period.slice(0, 4)) + (latest.period.includes("/") ? 1 : 0);
  // The county and its towns, where the indicator has values (a need-vs-supply report needs them).
  const areas = [county, ...towns.filter((town) => town.parentId === county.id).slice(0, 19)];

  const pick = <T>(list: T[], index: number): T => list[index % list.length] as T;
  // Each word once with each kind of filter a family uses: a life phase, a town, a child's age.
  // As the family portal asks: result cards (`offer.searchCards`); `offer.search text` measures
  // the same searches answered with full records, as the admin app and API clients ask.
  const filtered = searchWords.flatMap((text, index) => [
    query("offer.searchCards", { text, lifePhaseId: pick(lifePhases, index).id }),
    query("offer.searchCards", { text, territoryId: pick(towns, index).id }),
    query("offer.searchCards", { text, ageMonths: (index * 7) % 120, territoryId: pick(towns, index + 3).id, lifePhaseId: pick(lifePhases, index + 1).id }),
  ]);
  return [
    { name: "offer.search text", paths: searchWords.map((text) => query("offer.search", { text })) },
    { name: "offer.searchCards text", paths: searchWords.map((text) => query("offer.searchCards", { text })) },
    { name: "offer.searchCards text+filters", paths: filtered },
    { name: "offer.search no filter", paths: [query("offer.search")] },
    { name: "offer.get", paths: offers.map((offer) => query("offer.get", { id: offer.id })) },
    { name: "territory.list", paths: [query("territory.list")] },
    {
      // What a youth welfare committee reads: Leitbild, goals, key indicators, coverage, meetings, funding.
      name: "report.committeeBundle",
      paths: areas.map((area) => query("report.committeeBundle", { territoryId: area.id, year })),
    },
    {
      name: "report.indicatorValues",
      paths: areas.map((area) => query("report.indicatorValues", { indicatorId: publicIndicator.id, territoryId: area.id })),
    },
    { name: "coverage.analyse", paths: areas.map((area) => query("coverage.analyse", { territoryId: area.id })) },
    {
      name: "report.needVsSupply",
      paths: areas.map((area, index) => query("report.needVsSupply", { territoryId: area.id, needIndicatorId: publicIndicator.id, lifePhaseId: pick(lifePhases, index).id })),
    },
  ];
}

/** Requests every path once: fails early on a route that does not answer 200, and warms the server up. */
export async function checkRoutes(origin: string, routes: RouteSpec[]): Promise<void> {
  for (const route of routes) {
    for (const path of new Set(route.paths)) {
      const response = await get(origin + path);
      if (response.status !== 200) throw new Error(`${route.name}: ${path} answered ${response.status}: ${response.body.slice(0, 300)}`);
    }
  }
}
