import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** Picks an option of the select labelled `label` inside `scope` (React Aria: a button opening a list box). */
async function choose(page: Page, scope: Locator | Page, label: string, option: string): Promise<void> {
  await scope.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first().getByRole("button").click();
  // A selected option carries a check mark after its name.
  await page.getByRole("option", { name: new RegExp(`^${option}( ✓)?$`) }).click();
}

/** Types a date into the React Aria date field labelled `label` (segment by segment, as a person would). */
async function typeDate(page: Page, label: string, day: string, month: string, year: string): Promise<void> {
  await page.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first().getByRole("spinbutton").first().click();
  await page.keyboard.type(`${day}${month}${year}`);
}

/** A record as the API answers it to the signed-in person. */
async function apiGet<T>(page: Page, url: string, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.get(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

describe("bodies, meetings and decisions in the admin app", () => {
  const session = useBrowserSession();

  it("lets the coordinator record a meeting with its agenda and a decision linked to a goal; a wrong agenda number is refused at the field", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Gremien" }).click();
    await page.getByRole("heading", { level: 1, name: "Gremien" }).waitFor();
    await page.getByRole("link", { name: "Steuerungsgruppe Kommunale Präventionskette" }).waitFor();
    await choose(page, page, "Art", "Planungsgruppe");
    await page.waitForURL(/art=planningGroup/);
    await page.getByRole("link", { name: "Steuerungsgruppe Kommunale Präventionskette" }).waitFor({ state: "detached" });
    await page.getByRole("link", { name: "Planungsgruppe Präventionskette" }).waitFor();
    await expectAccessible(page, "Gremien: Liste");
    await screenshot(page, "bodies-list-1280");

    await page.getByRole("link", { name: "Planungsgruppe Präventionskette" }).click();
    await page.getByRole("heading", { level: 1, name: "Planungsgruppe Präventionskette" }).waitFor();
    expect(await page.getByRole("group", { name: "Mitglied 1", exact: true }).getByLabel("Name oder Funktion").inputValue()).toBe("Kommunale Koordinierung");
    await page.getByRole("heading", { level: 2, name: "Sitzungen" }).waitFor();
    await expectAccessible(page, "Gremium");
    await screenshot(page, "bodies-body-1280");

    await page.getByRole("link", { name: "Neue Sitzung" }).click();
    await page.getByRole("heading", { level: 1, name: "Neue Sitzung" }).waitFor();
    await page.getByLabel("Titel", { exact: true }).fill("12. Sitzung der Planungsgruppe");
    await typeDate(page, "Datum", "10", "11", "2026");
    await choose(page, page, "Status", "Durchgeführt");
    await page.getByLabel("Ort").fill("Kreishaus Coesfeld, Raum 312");
    await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
    await page.getByRole("group", { name: "Tagesordnungspunkt 1", exact: true }).getByLabel("Titel").fill("Fortschreibung der Zielkaskade");
    await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
    const second = page.getByRole("group", { name: "Tagesordnungspunkt 2" });
    await second.getByLabel("Nummer").fill("TOP 2");
    await second.getByLabel("Titel").fill("Willkommensbesuche: Stand der Umsetzung");
    await page.getByRole("button", { name: "Sitzung speichern" }).click();

    // Refused at the field, with the API's German message; nothing typed is lost.
    await second.getByText("Bitte die Nummer des Tagesordnungspunkts wie „3“, „3.1“ oder „4a“ angeben.").waitFor();
    expect(await second.getByLabel("Nummer").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Ort").inputValue()).toBe("Kreishaus Coesfeld, Raum 312");
    expect(page.url()).toMatch(/\/sitzungen\/neu$/);
    await expectAccessible(page, "Sitzung: abgelehnte Eingabe");
    await screenshot(page, "bodies-meeting-refused-1280");
    await second.getByLabel("Nummer").fill("2");
    await page.getByRole("button", { name: "Sitzung speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "12. Sitzung der Planungsgruppe" }).waitFor();
    await page.waitForURL(/\/sitzungen\/[0-9a-f-]{36}$/);
    const meetingId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByText("In dieser Sitzung ist noch kein Beschluss erfasst.").waitFor();

    // The decision starts from the meeting it was taken in and is linked to a goal.
    await page.getByRole("link", { name: "Beschluss erfassen" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuer Beschluss" }).waitFor();
    await page.getByLabel("Titel", { exact: true }).fill("Empfehlung: Willkommensbesuche ausbauen");
    await typeDate(page, "Datum", "10", "11", "2026");
    await page.getByLabel("Vorlage").fill("PG-2026-12");
    await page.getByLabel("Beschlusstext").fill("Die Planungsgruppe empfiehlt der Steuerungsgruppe, die Willkommensbesuche in allen Kommunen anzubieten.");
    await page.getByRole("button", { name: "Gegenstand verknüpfen" }).click();
    const subject = page.getByRole("group", { name: "Gegenstand 1", exact: true });
    await subject.getByRole("combobox", { name: "Ziel" }).fill("Willkommensbesuch");
    await page.getByRole("option", { name: /Bis Ende 2026 erhalten mindestens 95 % der Familien mit Neugeborenen einen Willkommensbesuch/ }).click();
    await expectAccessible(page, "Beschluss erfassen");
    await screenshot(page, "bodies-decision-1280");
    await page.getByRole("button", { name: "Beschluss speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Empfehlung: Willkommensbesuche ausbauen" }).waitFor();
    await page.waitForURL(/\/beschluesse\/[0-9a-f-]{36}$/);
    const decisionId = new URL(page.url()).pathname.split("/").pop()!;

    // Stored with the meeting and the goal, read back through the API.
    const decision = await apiGet<{ meetingId: string; subjects: { type: string; id: string }[]; outcome: string }>(page, url, "decision.get", { id: decisionId });
    expect(decision.meetingId).toBe(meetingId);
    expect(decision.outcome).toBe("adopted");
    expect(decision.subjects).toHaveLength(1);
    expect(decision.subjects[0]?.type).toBe("goal");
    const goal = await apiGet<{ title: string }>(page, url, "goal.get", { id: decision.subjects[0]!.id });
    expect(goal.title).toBe("Bis Ende 2026 erhalten mindestens 95 % der Familien mit Neugeborenen einen Willkommensbesuch");
    const meeting = await apiGet<{ agenda: { number: string; title: string }[] }>(page, url, "meeting.get", { id: meetingId });
    expect(meeting.agenda).toEqual([{ number: "1", title: "Fortschreibung der Zielkaskade" }, { number: "2", title: "Willkommensbesuche: Stand der Umsetzung" }]);

    // The meeting lists its decision.
    await page.getByRole("link", { name: "Zurück zum Gremium" }).click();
    // By its address too: a repeated attempt (in CI) finds the first attempt's meeting of the same name.
    await page.getByRole("link", { name: "12. Sitzung der Planungsgruppe" }).and(page.locator(`[href$="/sitzungen/${meetingId}"]`)).click();
    await page.getByRole("region", { name: "Beschlüsse dieser Sitzung" }).getByRole("link", { name: "Empfehlung: Willkommensbesuche ausbauen" }).waitFor();
    await expectAccessible(page, "Sitzung mit Beschluss");

    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, url, "coordinator");
    await phone.goto(`${url}/admin/gremien/${(await apiGet<{ bodyId: string }>(page, url, "meeting.get", { id: meetingId })).bodyId}/beschluesse/${decisionId}`);
    await phone.getByRole("group", { name: "Gegenstand 1", exact: true }).waitFor();
    await expectAccessible(phone, "Beschluss am Telefon");
    await screenshot(phone, "bodies-decision-390");
    await phone.goto(`${url}/admin/gremien`);
    await phone.getByRole("link", { name: "Planungsgruppe Präventionskette" }).click();
    await phone.getByRole("heading", { level: 2, name: "Beschlüsse" }).waitFor();
    await screenshot(phone, "bodies-body-390");
  }, 240_000);
});
