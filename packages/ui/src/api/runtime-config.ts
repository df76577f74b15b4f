// zod/mini: the classic API would add about 40 KB to every app's first page for this one check.
import * as z from "zod/mini";

/**
 * What a municipality sets without rebuilding an app: `config.json` beside the app's
 * `index.html`. All keys are optional; an app served by the platform's own server needs none.
 */
export const RuntimeConfigSchema = z.object({
  /** Where the API answers, e.g. https://praevention.kreis-coesfeld.de; empty: the app's own origin. */
  apiUrl: z._default(
    z.string().check(z.trim(), z.refine((url) => url === "" || /^https?:\/\/[^/]+/.test(url), { error: "apiUrl muss leer sein oder mit http:// bzw. https:// beginnen." })),
    "",
  ),
  /** The operator's name, shown in the header and the page title. */
  operatorName: z._default(z.string().check(z.trim(), z.minLength(1)), "Präventionskette"),
  /** Impressum and Datenschutzerklärung of the operator (links in the footer). */
  imprintUrl: z._default(z.nullable(z.string().check(z.trim(), z.minLength(1))), null),
  privacyUrl: z._default(z.nullable(z.string().check(z.trim(), z.minLength(1))), null),
});
/** Runtime configuration of an app. */
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

/**
 * Reads `config.json` (a missing file means the defaults). A broken file stops the app with a
 * message that names the wrong key, because guessing would send requests to the wrong place.
 *
 * @example
 * const config = await loadRuntimeConfig(new URL("config.json", document.baseURI));
 */
export async function loadRuntimeConfig(url: URL | string, fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl(url, { headers: { Accept: "application/json" } });
  if (response.status === 404) return RuntimeConfigSchema.parse({});
  if (!response.ok) throw new Error(`config.json konnte nicht geladen werden (HTTP ${response.status}).`);
  const parsed = RuntimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`config.json ist ungültig: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  return parsed.data;
}
