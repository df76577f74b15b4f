import type { RuntimeConfig } from "@praeventionskette/ui";

/**
 * The checks of packages/ui's `RuntimeConfigSchema`, written out by hand: that schema brings
 * zod's core (14 KB gzipped) to the first page, which would break this app's 150 KB budget.
 * Same keys, same defaults, same messages.
 */
function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const data = (raw ?? {}) as Record<string, unknown>;
  if (typeof data !== "object" || Array.isArray(data)) throw new Error("config.json ist ungültig: Es muss ein JSON-Objekt sein.");
  const problems: string[] = [];
  const text = (key: string): string | null | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return value;
    if (typeof value !== "string") {
      problems.push(`${key}: Text erwartet`);
      return undefined;
    }
    return value.trim();
  };
  const apiUrl = text("apiUrl") ?? "";
  if (apiUrl !== "" && !/^https?:\/\/[^/]+/.test(apiUrl)) problems.push("apiUrl: apiUrl muss leer sein oder mit http:// bzw. https:// beginnen.");
  const operatorName = text("operatorName");
  if (operatorName === "") problems.push("operatorName: darf nicht leer sein");
  const link = (key: string) => {
    const value = text(key);
    if (value === "") problems.push(`${key}: darf nicht leer sein`);
    return value || null;
  };
  const config = { apiUrl, operatorName: operatorName || "Präventionskette", imprintUrl: link("imprintUrl"), privacyUrl: link("privacyUrl") };
  if (problems.length > 0) throw new Error(`config.json ist ungültig: ${problems.join("; ")}`);
  return config;
}

/**
 * Reads `config.json` beside the app (a missing file means the defaults); a broken file stops
 * the app with a message naming the wrong key, as `loadRuntimeConfig` of packages/ui does.
 *
 * @example
 * const config = await loadReportingConfig(new URL("config.json", document.baseURI));
 */
export async function loadReportingConfig(url: URL | string): Promise<RuntimeConfig> {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (response.status === 404) return parseRuntimeConfig({});
  if (!response.ok) throw new Error(`config.json konnte nicht geladen werden (HTTP ${response.status}).`);
  return parseRuntimeConfig(await response.json());
}
