import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Erfüllungsgrad: how far a prerequisite or station is in place, from not at all to fully.
 *
 * @example
 * FulfilmentSchema.parse("partly");
 */
export const FulfilmentSchema = z.enum(["no", "inPreparation", "partly", "fully"]);
/** How far an item of the self-assessment is in place. */
export type Fulfilment = z.infer<typeof FulfilmentSchema>;

/** German and English labels of the degrees of fulfilment. */
export const fulfilmentLabels: EnumLabels<Fulfilment> = {
  no: { de: "Nicht vorhanden", en: "Not in place" },
  inPreparation: { de: "In Vorbereitung", en: "In preparation" },
  partly: { de: "Teilweise vorhanden", en: "Partly in place" },
  fully: { de: "Vollständig vorhanden", en: "Fully in place" },
};

/**
 * Points per degree of fulfilment, 0–3, evenly spaced so that every step up counts the same.
 *
 * @example
 * fulfilmentPoints.partly; // 2
 */
export const fulfilmentPoints: Readonly<Record<Fulfilment, number>> = {
  no: 0,
  inPreparation: 1,
  partly: 2,
  fully: 3,
};

