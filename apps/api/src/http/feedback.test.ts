import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { listFeedback } from "../repositories/feedback.js";
import { testDatabases } from "../test/databases.js";
import { createTestApp, TEST_ORIGIN } from "../test/http.js";
import { feedbackRoutes } from "./feedback.js";

/** A form post as the portal's page sends it without JavaScript. */
function sendForm(app: Hono, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.request(`${TEST_ORIGIN}/api/feedback`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: TEST_ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const valid = {
  art: "barriere",
  seite: "/angebote?q=Hebamme",
  nachricht: "Die Filter lassen sich mit der Tastatur nicht erreichen.",
  antwort: "",
  sprache: "en",
  zurueck: "/en/barrierefreiheit/rueckmeldung",
};

describe.each(testDatabases)("the portal's feedback form on $name", (database) => {
  let handle: DatabaseHandle;
  let app: Hono;
  const stored = async () => (await listFeedback(handle.db, { limit: 500, offset: 0 })).items;

  beforeAll(async () => {
    handle = await database.open();
    app = createTestApp(handle).app;
  });
  afterAll(() => handle?.close());

  it("stores a valid form and returns to the form in its language with a thank-you, setting no cookie", async () => {
    const response = await sendForm(app, valid);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/en/barrierefreiheit/rueckmeldung?gesendet=1");
    expect(response.headers.get("set-cookie")).toBeNull();
    const [feedback] = await stored();
    expect(feedback).toMatchObject({ kind: "barrier", page: "/angebote?q=Hebamme", message: valid.nachricht, replyTo: null, language: "en" });
    expect(Date.now() - new Date(feedback!.receivedAt).getTime()).toBeLessThan(60_000);

    await sendForm(app, { ...valid, art: "inhalt", seite: "", antwort: "a.b@example.org", sprache: "de", zurueck: "/barrierefreiheit/rueckmeldung" });
    expect((await stored())[0]).toMatchObject({ kind: "content", page: null, replyTo: "a.b@example.org", language: "de" });
  });

  it("refuses bad input with the fields to correct, keeps no message or address in the URL, and stores nothing", async () => {
    const before = (await stored()).length;
    const response = await sendForm(app, { ...valid, art: "lob", nachricht: "    kurz  ", antwort: "keine adresse@", zurueck: "https://elsewhere.example/phish" });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, TEST_ORIGIN);
    // A foreign return address is not followed: back to the German form.
    expect(location.pathname).toBe("/barrierefreiheit/rueckmeldung");
    expect(location.searchParams.get("fehler")?.split(",").sort()).toEqual(["antwort", "art", "nachricht"]);
    expect(location.search).not.toContain("kurz");
    expect(location.search).not.toContain("adresse");
    expect((await stored()).length).toBe(before);

    const json = await app.request(`${TEST_ORIGIN}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      body: JSON.stringify({ art: "sonstiges", nachricht: "" }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ issues: [{ field: "nachricht", message: expect.stringContaining("Anliegen") }] });
    const tooLong = await sendForm(app, { ...valid, nachricht: "x".repeat(4001) });
    expect(new URL(tooLong.headers.get("location")!, TEST_ORIGIN).searchParams.get("fehler")).toBe("nachricht");
    expect((await stored()).length).toBe(before);
  });

  it("refuses a form sent from another site", async () => {
    const before = (await stored()).length;
    const response = await sendForm(app, valid, { origin: "https://elsewhere.example" });
    expect(response.status).toBe(403);
    expect((await stored()).length).toBe(before);
  });

  it("limits one sender to five within ten minutes, then says so instead of storing", async () => {
    // Two were sent above by the same (test) sender.
    for (let i = 0; i < 3; i++) expect((await sendForm(app, valid)).headers.get("location")).toContain("gesendet=1");
    const before = (await stored()).length;
    const limited = await sendForm(app, valid);
    expect(limited.headers.get("location")).toBe("/en/barrierefreiheit/rueckmeldung?fehler=zu-oft");
    expect((await stored()).length).toBe(before);
  });

  it("limits everyone together per hour, whatever their addresses", async () => {
    let sender = 0;
    let clock = Date.now();
    const alone = feedbackRoutes({ db: handle.db, clientAddress: () => `10.0.0.${(sender += 1)}`, limits: { perSender: 5, windowMs: 600_000, perHour: (await stored()).length + 1 }, now: () => clock });
    const post = () => alone.request("/", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(valid) });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(429);
    clock += 2 * 3_600_000;
    expect((await post()).status).toBe(201);
  });
});
