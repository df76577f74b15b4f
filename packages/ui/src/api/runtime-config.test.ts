import { describe, expect, it } from "vitest";
import { loadRuntimeConfig } from "./runtime-config.js";

function answering(status: number, body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

describe("loadRuntimeConfig", () => {
  it("uses the defaults when there is no config.json", async () => {
    await expect(loadRuntimeConfig("http://x/config.json", answering(404, {}))).resolves.toEqual({ apiUrl: "", operatorName: "Präventionskette", imprintUrl: null, privacyUrl: null });
  });

  it("reads the operator's settings", async () => {
    const config = await loadRuntimeConfig("http://x/config.json", answering(200, { apiUrl: "https://api.kreis-coesfeld.de", operatorName: "Kreis Coesfeld" }));
    expect(config.apiUrl).toBe("https://api.kreis-coesfeld.de");
    expect(config.operatorName).toBe("Kreis Coesfeld");
  });

  it("names the wrong key of a broken file", async () => {
    await expect(loadRuntimeConfig("http://x/config.json", answering(200, { apiUrl: "ftp://x" }))).rejects.toThrow(/apiUrl: apiUrl muss leer sein/);
    await expect(loadRuntimeConfig("http://x/config.json", answering(500, {}))).rejects.toThrow(/HTTP 500/);
    await expect(loadRuntimeConfig("http://x/config.json", answering(200, { operatorName: " ", imprintUrl: 3 }))).rejects.toThrow(/operatorName: darf nicht leer sein; imprintUrl: Text erwartet/);
    await expect(loadRuntimeConfig("http://x/config.json", answering(200, ["apiUrl"]))).rejects.toThrow(/JSON-Objekt/);
  });
});
