// A search answer as large as a state-wide word search's (19 KB of JSON, as real ones): twenty result
// cards and facets over the Land's 53 counties and county-free cities. Made up, always the same;
// only its size and shape matter.

const id = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** The made-up answer: `offer.searchCards`'s shape, with the counts of a word found all over the state. */
export function searchSizedAnswer() {
  const items = Array.from({ length: 20 }, (_, n) => ({
    id: id(n),
    shownLanguage: "de",
    fallback: false,
    display: {
      title: `Hebammensprechstunde im Familienzentrum Nummer ${n}`,
      description: `Offene Sprechstunde für Schwangere und Eltern mit Säuglingen: Fragen zu Stillen, Schlafen, Ernährung und Gesundheit, ohne Anmeldung, kostenfrei und vertraulich und Hilfe beim Weg zu weiteren Angeboten ${n}…`,
    },
    provider: { name: `Familienzentrum am Markt ${n}` },
    minAgeMonths: 0,
    maxAgeMonths: 12,
    cost: { free: true },
    locations: [{ city: "Düsseldorf", wheelchairAccessible: true, coordinates: { latitude: 51.2277, longitude: 6.7735 } }],
  }));
  const named = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, n) => ({ value: id(1_000 + n), count: 500 - n, name: { de: `${prefix} ${n}`, en: `${prefix} ${n}` } }));
  return {
    items,
    total: 1000,
    limit: 20,
    offset: 0,
    totalIsCapped: true,
    displayLanguage: "de",
    ageMonths: null,
    facets: {
      fieldsOfAction: named(6, "Handlungsfeld"),
      lifePhases: named(8, "Lebensphase"),
      languages: ["de", "en", "tr", "ar", "uk"].map((value, n) => ({ value, count: 900 - n * 100 })),
      freeOfCharge: [{ value: true, count: 700 }, { value: false, count: 300 }],
      wheelchairAccessible: [{ value: true, count: 600 }, { value: false, count: 400 }],
      territories: Array.from({ length: 53 }, (_, n) => ({ value: id(10_000 + n), count: 600 - n * 10, name: `Kreis ${n}`, kind: "county" })),
    },
    nextTransition: null,
  };
}
