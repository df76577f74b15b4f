import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Sichtbarkeit: whether an indicator appears in public views and exports or only for staff.
 *
 * @example
 * IndicatorVisibilitySchema.parse("internal");
 */
export const IndicatorVisibilitySchema = z.enum(["public", "internal"]);
/** Whether an indicator is public or internal. */
export type IndicatorVisibility = z.infer<typeof IndicatorVisibilitySchema>;

/** German and English labels of the indicator visibilities. */
export const indicatorVisibilityLabels: EnumLabels<IndicatorVisibility> = {
  public: { de: "Öffentlich", en: "Public" },
  internal: { de: "Intern", en: "Internal" },
};
