/**
 * What a municipality sets without rebuilding an app: `config.json` beside the app's
 * `index.html`. All keys are optional; an app served by the platform's own server needs none.
 */
export interface RuntimeConfig {
  /** Where the API answers, e.g. https://praevention.kreis-coesfeld.de; empty: the app's own origin. */
  apiUrl: string;
  /** The operator's name, shown in the header and the page title. */
  operatorName: string;
  /** Impressum and Datenschutzerklärung of the operator (links in the footer). */
  imprintUrl: string | null;
  privacyUrl: string | null;
}

/**
 * Checks the four keys by hand rather than with a zod schema: even zod/mini brings its core
 * (about 14 KB gzipped) to every app's first page for this one file, and the reporting app's
 * first page has a 150 KB budget.
 */
function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new Error("config.json ist ungültig: Es muss ein JSON-Objekt sein.");
  const data = raw as Record<string, unknown>;
  const problems: string[] = [];
  const text = (key: keyof RuntimeConfig): string | null | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return value;
    if (typeof value === "string") return value.trim();
    problems.push(`${key}: Text erwartet`);
    return undefined;
  };
  const filled = (key: keyof RuntimeConfig): string | null => {
    const value = text(key);
    if (value === "") problems.push(`${key}: darf nicht leer sein`);
    return value || null;
  };
  const apiUrl = text("apiUrl") ?? "";
  if (apiUrl !== "" && !/^https?:\/\/[^/]+/.test(apiUrl)) problems.push("apiUrl: apiUrl muss leer sein oder mit http:// bzw. https:// beginnen.");
  const config = {
    apiUrl,
    operatorName: filled("operatorName") ?? "Präventionskette",
    imprintUrl: filled("imprintUrl"),
    privacyUrl: filled("privacyUrl"),
  };
  if (problems.length > 0) throw new Error(`config.json ist ungültig: ${problems.join("; ")}`);
  return config;
}

/**
 * Reads `config.json` (a missing file means the defaults). A broken file stops the app with a
 * message that names the wrong key, because guessing would send requests to the wrong place.
 *
 * @example
 * const config = await loadRuntimeConfig(new URL("config.json", document.baseURI));
 */
export async function loadRuntimeConfig(url: URL | string, fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl(url, { headers: { Accept: "application/json" } });
  if (response.status === 404) return parseRuntimeConfig({});
  if (!response.ok) throw new Error(`config.json konnte nicht geladen werden (HTTP ${response.status}).`);
  return parseRuntimeConfig(await response.json());
}
