import { z } from "zod";
import { GERMANY_BOUNDS } from "../boundary/validate-geometry.js";
import type { EnumLabels } from "../shared/label.js";

/**
 * Where a location's coordinates came from: typed in (`entered`, e.g. copied from a map
 * service), placed by pointing on the platform's own map (`map`), or invented for demo data
 * inside the town's boundary (`demo`, never a real address).
 *
 * @example
 * CoordinateSourceSchema.parse("map");
 */
export const CoordinateSourceSchema = z.enum(["entered", "map", "demo"], {
  error: "Herkunft der Koordinaten: „entered“ (eingegeben), „map“ (auf der Karte gesetzt) oder „demo“ (Demodaten).",
});
/** Where coordinates came from. */
export type CoordinateSource = z.infer<typeof CoordinateSourceSchema>;

/** German and English labels of the coordinate sources. */
export const coordinateSourceLabels: EnumLabels<CoordinateSource> = {
  entered: { de: "Eingegeben", en: "Entered" },
  map: { de: "Auf der Karte gesetzt", en: "Placed on the map" },
  demo: { de: "Demodaten (erfundener Punkt im Gemeindegebiet)", en: "Demo data (invented point inside the town)" },
};

/** A number in German notation, for messages: 51,83. */
const de = (value: number): string => String(value).replace(".", ",");

/**
 * Koordinaten of a location in WGS 84 (EPSG:4326, as GPS and HSDS use them), in degrees:
 * latitude (Breite, north–south) and longitude (Länge, east–west), plus where they came from.
 * Latitude lies in [-90, 90], longitude in [-180, 180], and the point inside Germany
 * ({@link GERMANY_BOUNDS}); a point that would fit with the two swapped gets a hint saying so.
 *
 * @example
 * OfferCoordinatesSchema.parse({ latitude: 51.8307, longitude: 7.2836, source: "map" }); // Dülmen, Marktplatz
 */
export const OfferCoordinatesSchema = z
  .object({
    /** Breite in degrees north, −90 to 90 (Germany: about 47.3 to 55.1). */
    latitude: z
      .number({ error: "Die Breite muss eine Zahl in Grad sein, z. B. 51.83." })
      .min(-90, { error: "Die Breite liegt zwischen -90 und 90 Grad." })
      .max(90, { error: "Die Breite liegt zwischen -90 und 90 Grad." }),
    /** Länge in degrees east, −180 to 180 (Germany: about 5.9 to 15.0). */
    longitude: z
      .number({ error: "Die Länge muss eine Zahl in Grad sein, z. B. 7.26." })
      .min(-180, { error: "Die Länge liegt zwischen -180 und 180 Grad." })
      .max(180, { error: "Die Länge liegt zwischen -180 und 180 Grad." }),
    /** Where the coordinates came from. */
    source: CoordinateSourceSchema,
  })
  .superRefine((c, ctx) => {
    const [west, south, east, north] = GERMANY_BOUNDS;
    const inGermany = (lat: number, lon: number) => lat >= south && lat <= north && lon >= west && lon <= east;
    if (inGermany(c.latitude, c.longitude)) return;
    const swapped = inGermany(c.longitude, c.latitude);
    ctx.addIssue({
      code: "custom",
      path: ["latitude"],
      message:
        `Der Ort (Breite ${de(c.latitude)}, Länge ${de(c.longitude)}) liegt außerhalb Deutschlands ` +
        `(Breite ${de(south)}° bis ${de(north)}°, Länge ${de(west)}° bis ${de(east)}°).` +
        (swapped ? " Sind Breite und Länge vertauscht? Die Breite ist in Deutschland die größere Zahl, z. B. 51,83 und 7,26 für Dülmen." : ""),
    });
  });
/** A location's coordinates with their source. */
export type OfferCoordinates = z.infer<typeof OfferCoordinatesSchema>;
